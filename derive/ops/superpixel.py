"""Superpixel (region) pooling: ``superpixel_max_pool`` and ``superpixel_avg_pool``.

An integer label map ``label[n, h, w]`` in ``0..R-1`` assigns every pixel to a region;
output ``y[n, c, r]`` pools the pixels of region ``r`` (seed 000)::

    max:  y[n, c, r] = max_{h, w : label[n, h, w] = r} x[n, c, h, w]
    avg:  y[n, c, r] = sum_{h, w} [label[n, h, w] = r] x[n, c, h, w] / max(1, |S_r|),
          |S_r| = sum_{h, w} [label[n, h, w] = r]

An empty region gives 0 and passes no gradient.  Max pooling follows the tie rule ``ties``
(first maximizer in row-major pixel order by default).  No framework ships this op.
"""
from __future__ import annotations

import sympy as sp

from ..ir import Axis, Tensor, WindowMax
from ..op import Op
from .params import Param, ParamError, given_sizes, positive_int


def params(kind: str) -> list[Param]:
    out = [Param("num_regions", 16, "number of regions R (labels are 0..R-1)", "int")]
    if kind == "max":
        out.append(Param("ties", "first", "tie rule: first (row-major) or split", "choice",
                         ("first", "split")))
    return out + [Param(n, None, "concrete size for documents (optional)", "opt_int", size=n)
                  for n in ("N", "C", "H", "W")]


def build(kind: str, p: dict, name: str) -> Op:
    R_val = positive_int("num_regions", p["num_regions"])
    N, C, H, W, R = sp.symbols("N C H W R", integer=True, positive=True)
    n, c, h, w, r, p_, q = sp.symbols("n c h w r p q", integer=True)
    bindings = {R: R_val}
    for k, v in given_sizes(p, ("N", "C", "H", "W")).items():
        bindings[sp.Symbol(k, integer=True, positive=True)] = v
    x = Tensor("x", [Axis("batch", N), Axis("channel", C), Axis("row", H), Axis("column", W)],
               doc="input")
    label = Tensor("label", [Axis("batch", N), Axis("row", H), Axis("column", W)],
                   kind="index", latex=r"\ell", doc="region label of each pixel")
    y = Tensor("y", [Axis("batch", N), Axis("channel", C), Axis("region", R)], doc="output")
    member = sp.KroneckerDelta(label[n, h, w], r)
    if kind == "max":
        ties = p["ties"]
        if ties not in ("first", "split"):
            raise ParamError(f"ties must be 'first' or 'split', got {ties!r}")
        formula = WindowMax.make(x[n, c, h, w], [(h, 0, H - 1), (w, 0, W - 1)], member, ties)
    else:
        count = sp.Sum(member, (h, 0, H - 1), (w, 0, W - 1))
        formula = sp.Sum(member * x[n, c, h, w], (h, 0, H - 1), (w, 0, W - 1)) / sp.Max(1, count)
    glossary = {N: "batch size", C: "channels", H: "image height", W: "image width",
                R: "number of regions", n: "batch index", c: "channel", r: "region",
                h: "pixel row", w: "pixel column", p_: "pixel row", q: "pixel column"}
    return Op(name, [x, label], y, (n, c, r), formula, params=dict(p), bindings=bindings,
              grad_index={"x": (n, c, p_, q)}, glossary=glossary,
              doc=f"superpixel {kind} pooling over the regions of a label map",
              torch={"fn": f"superpixel_{kind}_pool"})
