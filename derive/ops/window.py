"""What convolutions and poolings share: per-dimension symbols and the output-size derivation.

The output extent is derived, not looked up: the op states which windows exist (their first
and last taps relative to the padded input) and :func:`out_extent` solves those conditions for
the largest output index, as :mod:`derive.indexing` solves any bound."""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from .. import indexing
from ..steps import Step
from .params import ParamError

SPATIAL = {1: ("L",), 2: ("H", "W"), 3: ("D", "H", "W")}
OUT_INDEX = {1: ("i",), 2: ("i", "j"), 3: ("u", "i", "j")}
IN_INDEX = {1: ("l",), 2: ("h", "w"), 3: ("t", "h", "w")}
OFFSET = {1: ("k",), 2: ("k_h", "k_w"), 3: ("k_d", "k_h", "k_w")}


def _sfx(dims: int, a: int) -> str:
    return "" if dims == 1 else "_" + SPATIAL[dims][a].lower()


@dataclass
class Dim:
    """One spatial dimension: symbols and their concrete values."""

    extent: sp.Symbol       # H
    out: sp.Symbol          # H_o
    kernel: sp.Symbol       # K_h
    stride: sp.Symbol
    dilation: sp.Symbol
    pad_lo: sp.Symbol
    pad_hi: sp.Symbol       # the same symbol as pad_lo when the padding is symmetric
    out_index: sp.Symbol
    in_index: sp.Symbol
    offset: sp.Symbol
    values: dict


def make_dims(dims: int, kernel, stride, dilation, pad_lo, pad_hi) -> list[Dim]:
    out = []
    for a in range(dims):
        sfx = _sfx(dims, a)
        X = SPATIAL[dims][a]
        ext = sp.Symbol(X, integer=True, positive=True)
        K = sp.Symbol("K" + sfx, integer=True, positive=True)
        s = sp.Symbol("s" + sfx, integer=True, positive=True)
        d = sp.Symbol("d" + sfx, integer=True, positive=True)
        pl = sp.Symbol("p" + sfx, integer=True, nonnegative=True)
        values = {K: kernel[a], s: stride[a], d: dilation[a], pl: pad_lo[a]}
        if pad_lo[a] == pad_hi[a]:
            ph = pl
        else:
            pl = sp.Symbol("p" + sfx + "^{l}", integer=True, nonnegative=True)
            ph = sp.Symbol("p" + sfx + "^{r}", integer=True, nonnegative=True)
            values = {K: kernel[a], s: stride[a], d: dilation[a], pl: pad_lo[a],
                      ph: pad_hi[a]}
        out.append(Dim(ext, sp.Symbol(X + "_o", integer=True, positive=True), K, s, d, pl, ph,
                       sp.Symbol(OUT_INDEX[dims][a], integer=True),
                       sp.Symbol(IN_INDEX[dims][a], integer=True),
                       sp.Symbol(OFFSET[dims][a], integer=True), values))
    return out


def out_extent(dim: Dim, ceil_mode: bool) -> tuple[sp.Expr, Step]:
    """Derive the output extent of one dimension.

    A window at output index ``i`` has taps ``s*i + d*k - p`` for ``k = 0..K-1``.
    floor mode: the last tap lies inside the padded input,
        ``s*i + d*(K-1) - p_l <= X - 1 + p_r``.
    ceil mode (PyTorch's rule): the last tap overhangs the padded input by less than a stride,
        ``s*i + d*(K-1) - p_l <= X - 1 + p_r + s - 1``,
    and the first tap lies inside the input or its left padding, ``s*i - p_l <= X - 1``.
    The extent is one more than the largest ``i`` meeting them."""
    i = sp.Symbol("i", integer=True)
    X, K, s, d, pl, ph = dim.extent, dim.kernel, dim.stride, dim.dilation, dim.pad_lo, dim.pad_hi
    first = s * i - pl
    last = s * i + d * (K - 1) - pl
    conds = [(X - 1 + ph) - last]
    text = ["last tap inside the padded input"]
    if ceil_mode:
        conds = [(X - 1 + ph + s - 1) - last, (X - 1) - first]
        text = ["last tap overhangs the padded input by less than one stride",
                "first tap inside the input or its left padding"]
    his = []
    for c in conds:
        kind, b = indexing.bound_from(sp.expand(c), i)
        assert kind == "hi"
        his.append(b)
    hi = his[0] if len(his) == 1 else sp.Min(*his)
    ext = hi + 1
    return ext, Step("output_size", {"symbol": dim.out, "index": i, "conditions": conds,
                                     "texts": text, "value": ext, "ceil_mode": ceil_mode})


def check_extent(op_name: str, dim: Dim, ext: sp.Expr, sizes: dict):
    """With a concrete input extent, a kernel that does not fit is an error."""
    if dim.extent.name in sizes:
        v = ext.subs(dim.values).subs(dim.extent, sizes[dim.extent.name])
        if v.is_number and v < 1:
            raise ParamError(
                f"{op_name}: kernel_size {dim.values[dim.kernel]} (dilation "
                f"{dim.values[dim.dilation]}) is larger than the padded input "
                f"({sizes[dim.extent.name]} + padding)")
