"""conv1d / conv2d / conv3d, as ``torch.nn.functional.conv{1,2,3}d``.

Forward (2-d, one group)::

    y[n, o, i, j] = b[o] + sum_{c, k_h, k_w} x[n, c, s_h i + d_h k_h - p_h, s_w j + d_w k_w - p_w]
                                              * w[o, c, k_h, k_w]

with ``x`` zero outside its extent.  With ``groups = G > 1`` the channel axes are addressed by
(group, channel within group) pairs: ``x[n, g, c, ...]``, ``w[g, o, c, ...]``, ``y[n, g, o, ...]``.
"""
from __future__ import annotations

import sympy as sp

from ..ir import Axis, Tensor
from ..op import Op
from .params import Param, ParamError, as_bool, as_tuple, given_sizes, positive_int
from .window import make_dims, out_extent, check_extent, SPATIAL


def params(dims: int) -> list[Param]:
    return [
        Param("kernel_size", 3, "window extent per dimension (must match the weight's shape)",
              "ints"),
        Param("stride", 1, "step between windows", "ints"),
        Param("padding", 0, "zeros added on both sides: int, tuple, 'same' or 'valid'",
              "padding"),
        Param("dilation", 1, "spacing between kernel taps", "ints"),
        Param("groups", 1, "channel groups (in and out channels divisible by it)", "int"),
        Param("bias", True, "add a per-channel bias", "bool"),
        Param("in_channels", None, "input channels C (optional: checked against groups)",
              "opt_int", size="C"),
        Param("out_channels", None, "output channels O (optional: checked against groups)",
              "opt_int", size="O"),
    ] + [Param(n, None, "concrete size for documents (optional)", "opt_int", size=n)
         for n in ("N",) + SPATIAL[dims]]


def _padding(dims, padding, kernel, stride, dilation):
    if isinstance(padding, str):
        if padding == "valid":
            return (0,) * dims, (0,) * dims
        if padding == "same":
            if any(s != 1 for s in stride):
                raise ParamError("padding='same' is not supported for strided convolutions "
                                 "(stride must be 1)")
            total = [d * (k - 1) for d, k in zip(dilation, kernel)]
            lo = tuple(t // 2 for t in total)
            return lo, tuple(t - l for t, l in zip(total, lo))
        raise ParamError(f"padding must be an int, a tuple, 'same' or 'valid', got {padding!r}")
    p = as_tuple("padding", padding, dims, 0)
    return p, p


def build(dims: int, p: dict, name: str) -> Op:
    kernel = as_tuple("kernel_size", p["kernel_size"], dims, 1)
    stride = as_tuple("stride", p["stride"], dims, 1)
    dilation = as_tuple("dilation", p["dilation"], dims, 1)
    pad_lo, pad_hi = _padding(dims, p["padding"], kernel, stride, dilation)
    groups = p["groups"]
    positive_int("groups", groups)
    bias = as_bool("bias", p["bias"])
    for ch in ("in_channels", "out_channels"):
        v = p[ch]
        if v is not None:
            positive_int(ch, v)
            if v % groups:
                raise ParamError(f"groups={groups} does not divide {ch}={v}")
    sizes = given_sizes(p, ("N",) + SPATIAL[dims])

    D = make_dims(dims, kernel, stride, dilation, pad_lo, pad_hi)
    N = sp.Symbol("N", integer=True, positive=True)
    n = sp.Symbol("n", integer=True)
    c = sp.Symbol("c", integer=True)
    o = sp.Symbol("o", integer=True)
    g = sp.Symbol("g", integer=True)
    bindings, definitions, size_steps = {}, {}, []
    for dm in D:
        bindings.update(dm.values)
        ext, step = out_extent(dm, ceil_mode=False)
        definitions[dm.out] = ext
        size_steps.append(step)
        check_extent(name, dm, ext, sizes)
    for k, v in sizes.items():
        bindings[sp.Symbol(k, integer=True, positive=True)] = v

    grouped = groups > 1
    if grouped:
        G = sp.Symbol("G", integer=True, positive=True)
        Cg = sp.Symbol("C_g", integer=True, positive=True)
        Og = sp.Symbol("O_g", integer=True, positive=True)
        C, O = G * Cg, G * Og
        bindings[G] = groups
        for ch, sym in (("in_channels", Cg), ("out_channels", Og)):
            if p[ch] is not None:
                bindings[sym] = p[ch] // groups
        x_ch = Axis("channel", C, (G, Cg))
        y_ch = Axis("out channel", O, (G, Og))
        w_ax = [Axis("out channel", O, (G, Og)), Axis("channel within group", Cg)]
        ch_x, ch_y, ch_w = (g, c), (g, o), (g, o, c)
    else:
        C = sp.Symbol("C", integer=True, positive=True)
        O = sp.Symbol("O", integer=True, positive=True)
        for ch, sym in (("in_channels", C), ("out_channels", O)):
            if p[ch] is not None:
                bindings[sym] = p[ch]
        x_ch = Axis("channel", C)
        y_ch = Axis("out channel", O)
        w_ax = [Axis("out channel", O), Axis("channel", C)]
        ch_x, ch_y, ch_w = (c,), (o,), (o, c)

    x = Tensor("x", [Axis("batch", N), x_ch] + [Axis(SPATIAL[dims][a].lower() if dims > 1
                                                     else "position", dm.extent)
                                                for a, dm in enumerate(D)],
               doc="input")
    w = Tensor("w", w_ax + [Axis("tap", dm.kernel) for dm in D], doc="weight (kernel)")
    y = Tensor("y", [Axis("batch", N), y_ch] + [Axis("out " + (SPATIAL[dims][a].lower()
                                                               if dims > 1 else "position"),
                                                     dm.out) for a, dm in enumerate(D)],
               doc="output")
    inputs = [x, w]
    taps = [dm.stride * dm.out_index + dm.dilation * dm.offset - dm.pad_lo for dm in D]
    out_idx = (n,) + ch_y + tuple(dm.out_index for dm in D)
    body = x[(n,) + ch_x + tuple(taps)] * w[ch_w + tuple(dm.offset for dm in D)]
    limits = [(c, 0, (Cg if grouped else C) - 1)] + [(dm.offset, 0, dm.kernel - 1) for dm in D]
    formula = sp.Sum(body, *limits)
    grad_index = {
        "x": (n,) + ch_x + tuple(dm.in_index for dm in D),
        "w": ch_w + tuple(dm.offset for dm in D),
    }
    if bias:
        b = Tensor("b", [y_ch], doc="bias")
        inputs.append(b)
        formula = formula + b[ch_y]
        grad_index["b"] = ch_y
    glossary = {
        N: "batch size", n: "batch index", c: "input channel" + (" within its group" if grouped else ""),
        o: "output channel" + (" within its group" if grouped else ""),
    }
    if grouped:
        glossary.update({g: "channel group", G: "number of groups (groups)",
                         Cg: "input channels per group", Og: "output channels per group"})
    else:
        glossary.update({C: "input channels", O: "output channels"})
    for dm in D:
        glossary.update({
            dm.extent: "input extent", dm.out: "output extent", dm.kernel: "kernel extent",
            dm.stride: "stride", dm.dilation: "dilation", dm.pad_lo: "padding",
            dm.out_index: "output position", dm.in_index: "input position",
            dm.offset: "kernel tap (offset within the window)"})
        if dm.pad_hi != dm.pad_lo:
            glossary[dm.pad_lo] = "padding before"
            glossary[dm.pad_hi] = "padding after"
    torch = {"fn": f"conv{dims}d", "kwargs": {"stride": stride, "padding": _torch_pad(
        p["padding"], pad_lo, pad_hi), "dilation": dilation, "groups": groups},
        "bias": bias}
    return Op(name, inputs, y, out_idx, formula, params=dict(p), bindings=bindings,
              definitions=definitions, grad_index=grad_index, glossary=glossary,
              doc=f"{dims}-d convolution (cross-correlation), as torch.nn.functional."
                  f"conv{dims}d", size_steps=size_steps, torch=torch)


def _torch_pad(padding, lo, hi):
    if isinstance(padding, str):
        return padding
    return lo
