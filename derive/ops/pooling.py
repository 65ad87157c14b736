"""avg_pool{1,2,3}d and max_pool{1,2,3}d, as ``torch.nn.functional``.

Average pooling (2-d)::

    y[n, c, i, j] = 1/D(i, j) * sum_{k_h, k_w} x[n, c, s_h i + k_h - p_h, s_w j + k_w - p_w]

with ``x`` zero outside and the divisor ``D`` PyTorch's: ``divisor_override`` when given, else
the window clipped to the padded input (``count_include_pad=True``) or to the input itself.

Max pooling (2-d)::

    y[n, c, i, j] = max_{k_h, k_w} x[n, c, s_h i + d_h k_h - p_h, s_w j + d_w k_w - p_w]

over the taps inside the input (PyTorch pads with -inf).  Tie rule ``ties``: ``first`` (the
first maximizer in row-major window order takes the whole gradient, as PyTorch) or ``split``
(shared evenly by the tied maximizers, as ``jnp.max``).
"""
from __future__ import annotations

import sympy as sp

from ..ir import Axis, Tensor, WindowMax
from ..op import Op
from .params import Param, ParamError, as_bool, as_tuple, given_sizes
from .window import make_dims, out_extent, check_extent, SPATIAL


def _common(dims):
    return [
        Param("kernel_size", 2, "window extent per dimension", "ints"),
        Param("stride", None, "step between windows (default: kernel_size)", "ints"),
        Param("padding", 0, "implicit padding on both sides (at most half the kernel)", "ints"),
        Param("ceil_mode", False, "round the output size up (PyTorch's rule)", "bool"),
    ]


def _sizes(dims):
    return [Param(n, None, "concrete size for documents (optional)", "opt_int", size=n)
            for n in ("N", "C") + SPATIAL[dims]]


def avg_params(dims):
    return _common(dims) + [
        Param("count_include_pad", True, "count padding zeros in the divisor", "bool"),
        Param("divisor_override", None, "divide by this instead of the window size", "opt_int"),
    ] + _sizes(dims)


def max_params(dims):
    return _common(dims) + [
        Param("dilation", 1, "spacing between window taps", "ints"),
        Param("ties", "first", "tie rule: first (PyTorch) or split (jnp.max)", "choice",
              ("first", "split")),
    ] + _sizes(dims)


def _setup(dims, p, name, dilation):
    kernel = as_tuple("kernel_size", p["kernel_size"], dims, 1)
    stride = kernel if p["stride"] is None else as_tuple("stride", p["stride"], dims, 1)
    padding = as_tuple("padding", p["padding"], dims, 0)
    for k, pd in zip(kernel, padding):
        if 2 * pd > k:
            raise ParamError(f"padding {pd} must be at most half of kernel_size {k} "
                             f"(PyTorch's rule)")
    ceil_mode = as_bool("ceil_mode", p["ceil_mode"])
    sizes = given_sizes(p, ("N", "C") + SPATIAL[dims])
    D = make_dims(dims, kernel, stride, dilation, padding, padding)
    bindings, definitions, steps = {}, {}, []
    for dm in D:
        bindings.update(dm.values)
        ext, st = out_extent(dm, ceil_mode)
        definitions[dm.out] = ext
        steps.append(st)
        check_extent(name, dm, ext, sizes)
    for k, v in sizes.items():
        bindings[sp.Symbol(k, integer=True, positive=True)] = v
    N = sp.Symbol("N", integer=True, positive=True)
    C = sp.Symbol("C", integer=True, positive=True)
    n, c = sp.symbols("n c", integer=True)
    sp_name = (lambda a: SPATIAL[dims][a].lower() if dims > 1 else "position")
    x = Tensor("x", [Axis("batch", N), Axis("channel", C)] +
               [Axis(sp_name(a), dm.extent) for a, dm in enumerate(D)], doc="input")
    y = Tensor("y", [Axis("batch", N), Axis("channel", C)] +
               [Axis("out " + sp_name(a), dm.out) for a, dm in enumerate(D)], doc="output")
    glossary = {N: "batch size", C: "channels", n: "batch index", c: "channel"}
    for dm in D:
        glossary.update({
            dm.extent: "input extent", dm.out: "output extent", dm.kernel: "window extent",
            dm.stride: "stride", dm.pad_lo: "padding", dm.out_index: "output position",
            dm.in_index: "input position", dm.offset: "offset within the window"})
        glossary[dm.dilation] = "dilation"
    return kernel, stride, padding, ceil_mode, D, bindings, definitions, steps, x, y, n, c, glossary


def build_avg(dims: int, p: dict, name: str) -> Op:
    count_include_pad = as_bool("count_include_pad", p["count_include_pad"])
    div = p["divisor_override"]
    if div is not None and (isinstance(div, bool) or not isinstance(div, int) or div == 0):
        raise ParamError(f"divisor_override must be a non-zero integer or none, got {div!r}")
    (kernel, stride, padding, ceil_mode, D, bindings, definitions, steps, x, y, n, c,
     glossary) = _setup(dims, p, name, (1,) * dims)
    for dm in D:
        bindings[dm.dilation] = 1
    taps = [dm.stride * dm.out_index + dm.offset - dm.pad_lo for dm in D]
    body = sp.Sum(x[(n, c) + tuple(taps)], *[(dm.offset, 0, dm.kernel - 1) for dm in D])
    if div is not None:
        divisor = sp.Integer(div)
    else:
        divisor = sp.S.One
        for dm in D:
            start = dm.stride * dm.out_index - dm.pad_lo
            if count_include_pad:
                divisor *= sp.Min(start + dm.kernel, dm.extent + dm.pad_hi) - start
            else:
                divisor *= sp.Min(start + dm.kernel, dm.extent) - sp.Max(start, 0)
    formula = body / divisor
    out_idx = (n, c) + tuple(dm.out_index for dm in D)
    torch = {"fn": f"avg_pool{dims}d", "kwargs": {
        "kernel_size": kernel, "stride": stride, "padding": padding, "ceil_mode": ceil_mode,
        "count_include_pad": count_include_pad, "divisor_override": div}}
    return Op(name, [x], y, out_idx, formula, params=dict(p), bindings=bindings,
              definitions=definitions,
              grad_index={"x": (n, c) + tuple(dm.in_index for dm in D)}, glossary=glossary,
              doc=f"{dims}-d average pooling, as torch.nn.functional.avg_pool{dims}d",
              size_steps=steps, torch=torch)


def build_max(dims: int, p: dict, name: str) -> Op:
    dilation = as_tuple("dilation", p["dilation"], dims, 1)
    ties = p["ties"]
    if ties not in ("first", "split"):
        raise ParamError(f"ties must be 'first' or 'split', got {ties!r}")
    (kernel, stride, padding, ceil_mode, D, bindings, definitions, steps, x, y, n, c,
     glossary) = _setup(dims, p, name, dilation)
    taps = [dm.stride * dm.out_index + dm.dilation * dm.offset - dm.pad_lo for dm in D]
    formula = WindowMax.make(x[(n, c) + tuple(taps)],
                             [(dm.offset, 0, dm.kernel - 1) for dm in D], True, ties,
                             empty=-sp.oo)
    out_idx = (n, c) + tuple(dm.out_index for dm in D)
    torch = {"fn": f"max_pool{dims}d", "kwargs": {
        "kernel_size": kernel, "stride": stride, "padding": padding, "dilation": dilation,
        "ceil_mode": ceil_mode}}
    return Op(name, [x], y, out_idx, formula, params=dict(p), bindings=bindings,
              definitions=definitions,
              grad_index={"x": (n, c) + tuple(dm.in_index for dm in D)}, glossary=glossary,
              doc=f"{dims}-d max pooling, as torch.nn.functional.max_pool{dims}d "
                  f"(tie rule: {ties})", size_steps=steps, torch=torch)
