"""Max-pool routing as index arithmetic: where a pooled value came from.

Seed 003 records, for every pooled value, the position of its maximizer in the convolution
map and the top-left pixel of that position's receptive field in the image, and finds by
hand ``(j*2+0)*14 + i*2+1``.  Here the general formula is *derived* by composing the affine
index maps of the two ops' forward formulas:

* the pool reads the map at ``s_p * r + d_p * a - p_p`` (per spatial axis) for pooled
  position ``r`` and window offset ``a`` -- read off the pool's ``WindowMax`` body;
* the convolution at map position ``u`` reads the image at ``s_c * u + d_c * k - p_c`` for
  kernel tap ``k``; the receptive field's top-left pixel is tap ``k = 0``;
* composing the two and flattening row-major over the map's and the image's extents gives
  closed-form flat indices in the pooled position ``(r, c)`` and the offset ``(a, b)`` of
  the window's first maximizer; keeping the tap ``(k_h, k_w)`` symbolic gives the pixel
  that tap multiplies -- the ``x[i -> ?]`` of the seed's kernel gradient.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from ..ir import WindowMax
from .sequential import Resolved, Sequential

__all__ = ["Routing", "routing"]


def _spatial_reads(op, bindings) -> tuple[list[sp.Expr], sp.Indexed]:
    """The spatial index expressions of the op's (single) read of its input ``x``."""
    x = op.inputs[0]
    reads = [a for a in sp.sympify(op.formula).atoms(sp.Indexed) if a.base == x.base]
    if len(reads) != 1:
        raise ValueError(f"{op.name}: expected one read of {x.name}, found {len(reads)}")
    read = reads[0]
    return [sp.sympify(e).subs(bindings) for e in read.indices[2:]], read


@dataclass
class Routing:
    """Closed forms, in the pooled position ``pooled`` = (r, c) and the window offset
    ``offset`` = (a, b): ``map_position`` / ``map_flat`` in the convolution map,
    ``input_position`` / ``input_flat`` of the receptive field's top-left pixel."""

    conv: Resolved
    pool: Resolved
    pooled: tuple[sp.Symbol, ...]
    offset: tuple[sp.Symbol, ...]
    map_position: tuple[sp.Expr, ...]
    map_flat: sp.Expr
    input_position: tuple[sp.Expr, ...]
    input_flat: sp.Expr
    map_shape: tuple[int, ...]
    input_shape: tuple[int, ...]
    taps: tuple[sp.Symbol, ...] = ()
    tap_position: tuple[sp.Expr, ...] = ()
    tap_flat: sp.Expr = sp.S.Zero

    def at(self, pooled, offset, tap=(0, 0)) -> dict:
        """The closed forms evaluated at integers (``tap``: a kernel tap for the pixel that
        tap reads, the x[i -> ?] of seed 003's weight gradient)."""
        sub = dict(zip(self.pooled + self.offset + self.taps,
                       list(pooled) + list(offset) + list(tap)))
        ev = lambda e: int(sp.sympify(e).xreplace(sub))  # noqa: E731
        return {"map_position": tuple(ev(e) for e in self.map_position),
                "map_flat": ev(self.map_flat),
                "input_position": tuple(ev(e) for e in self.input_position),
                "input_flat": ev(self.input_flat),
                "tap_position": tuple(ev(e) for e in self.tap_position),
                "tap_flat": ev(self.tap_flat)}

    def text(self) -> str:
        r, c = (str(s) for s in self.pooled)
        a, b = (str(s) for s in self.offset)
        return "\n".join([
            f"pooled position ({r}, {c}), first maximizer at window offset ({a}, {b}):",
            f"  position in the {'x'.join(map(str, self.map_shape))} map "
            f"({self.conv.name}): {tuple(self.map_position)}",
            f"    flat {_rowmajor(self.map_position, self.map_shape)} = {self.map_flat}",
            f"  top-left pixel of its receptive field in the "
            f"{'x'.join(map(str, self.input_shape))} image ({self.conv.in_name}): "
            f"{tuple(self.input_position)}",
            f"    flat {_rowmajor(self.input_position, self.input_shape)} = "
            f"{self.input_flat}",
            f"  the pixel kernel tap {tuple(self.taps)} multiplies (x index in dE/dw): "
            f"{tuple(self.tap_position)}",
            f"    flat {_rowmajor(self.tap_position, self.input_shape)} = {self.tap_flat}"])


def _rowmajor(pos, shape) -> str:
    """``(p0)*W + p1`` as seed 003 writes it (two axes)."""
    if len(pos) != 2:
        return str(_flat(pos, shape))
    return f"({pos[0]})*{shape[1]} + {pos[1]}"


def _flat(pos, shape) -> sp.Expr:
    out = sp.S.Zero
    for p, s in zip(pos, shape):
        out = out * s + p
    return sp.expand(out)


def routing(net: Sequential, pool_layer: str | None = None) -> Routing:
    """The routing of a 2-d max pool that reads a 2-d convolution's output directly."""
    layers = net.resolved
    cand = [k for k, r in enumerate(layers) if r.layer.op_name == "max_pool2d"
            and (pool_layer is None or r.name == pool_layer)]
    if not cand:
        raise ValueError(f"network {net.name} has no max_pool2d layer"
                         + (f" named {pool_layer!r}" if pool_layer else ""))
    k = cand[0]
    pool = layers[k]
    if k == 0 or layers[k - 1].layer.op_name != "conv2d":
        raise ValueError(f"{pool.label} does not read a conv2d layer's output directly")
    conv = layers[k - 1]
    r, c, a, b = sp.symbols("r c a b", integer=True)
    # pool: map position = pool read with (pooled index, window offset)
    p_exprs, p_read = _spatial_reads(pool.op, pool.op.bindings)
    w = next(iter(sp.sympify(pool.op.formula).atoms(WindowMax)))
    offs = w.variables
    out_sp = pool.op.index[2:]
    sub_p = dict(zip(out_sp, (r, c)))
    sub_p.update(dict(zip(offs, (a, b))))
    map_pos = tuple(sp.expand(e.xreplace(sub_p)) for e in p_exprs)
    # convolution: top-left input pixel of map position u = conv read at tap 0
    c_exprs, c_read = _spatial_reads(conv.op, conv.op.bindings)
    conv_sp = conv.op.index[2:]
    taps = conv.op.grad_index["w"][-2:]
    sub_c = dict(zip(conv_sp, map_pos))
    sub_c.update({t: 0 for t in taps})
    in_pos = tuple(sp.expand(e.xreplace(sub_c)) for e in c_exprs)
    sub_t = dict(zip(conv_sp, map_pos))
    tap_pos = tuple(sp.expand(e.xreplace(sub_t)) for e in c_exprs)
    map_shape = tuple(conv.out_shape[1:])
    in_shape = tuple(conv.in_shape[1:])
    return Routing(conv, pool, (r, c), (a, b), map_pos, _flat(map_pos, map_shape), in_pos,
                   _flat(in_pos, in_shape), map_shape, in_shape, tuple(taps), tap_pos,
                   _flat(tap_pos, in_shape))
