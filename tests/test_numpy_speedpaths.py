"""The speed paths of the generated NumPy kernels, against PyTorch.

* ``backward(..., wrt=...)``: only the gradients asked for, each equal to PyTorch's, None for
  the others; an unknown name is a one-line ValueError naming the valid ones;
* the per-shape plans (contraction layouts, tap windows, read slices) and the scratch
  buffers reused across calls: alternating shapes and dtypes, results that outlive the next
  call (no returned array shares memory with a scratch buffer).
"""
from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from derive import ops
from derive.codegen import numpy as npgen

_MODS: dict = {}


def mod(name, **params):
    key = (name, tuple(sorted(params.items())))
    if key not in _MODS:
        _MODS[key] = npgen.load(ops.get(name, **params))
    return _MODS[key]


def conv_torch(x, w, b, g, **kw):
    ts = [torch.tensor(a, requires_grad=True) for a in (x, w, b)]
    y = F.conv2d(*ts, **kw)
    grads = torch.autograd.grad(y, ts, torch.tensor(g))
    return y.detach().numpy(), [t.numpy() for t in grads]


def close(got, want, tol):
    assert got.shape == want.shape and got.dtype == want.dtype
    scale = max(1.0, float(np.max(np.abs(want))))
    assert float(np.max(np.abs(got - want))) <= tol * scale


CONVS = [dict(kernel_size=3, stride=1, padding=1), dict(kernel_size=3, stride=2, padding=1),
         dict(kernel_size=3, stride=1, padding=2, dilation=2), dict(kernel_size=5)]


# more output than input channels: the input gradient contracts the output channels first and
# adds a shifted slice per tap, the forward stacks the taps; fewer: the other way round (the
# two lowerings of one term, picked by shape at run time)
@pytest.mark.parametrize("channels", [(3, 4), (4, 3)], ids=["C3-O4", "C4-O3"])
@pytest.mark.parametrize("params", CONVS, ids=str)
@pytest.mark.parametrize("wrt", ["x", "w", "b", ("x", "w"), ("w", "b"), None])
def test_conv_wrt_matches_torch(params, wrt, channels):
    rng = np.random.default_rng(1)
    k = params["kernel_size"]
    C, O = channels
    x, w, b = (rng.standard_normal((2, C, 11, 11)), rng.standard_normal((O, C, k, k)),
               rng.standard_normal(O))
    kw = {k: v for k, v in params.items() if k != "kernel_size"}
    yt = F.conv2d(*(torch.tensor(a) for a in (x, w, b)), **kw)
    g = rng.standard_normal(tuple(yt.shape))
    y, want = conv_torch(x, w, b, g, **kw)
    close(mod("conv2d", **params).forward(x, w, b), y, 1e-10)
    got = mod("conv2d", **params).backward(g, x, w, b, wrt=wrt)
    asked = ("x", "w", "b") if wrt is None else ((wrt,) if isinstance(wrt, str) else wrt)
    assert len(got) == 3
    for name, gv, tv in zip(("x", "w", "b"), got, want):
        if name in asked:
            close(gv, tv, 1e-10)
        else:
            assert gv is None


@pytest.mark.parametrize("channels", [(2, 4), (4, 2)], ids=["C2-O4", "C4-O2"])
def test_conv_with_fixed_channels_matches_torch(channels):
    """Channel counts fixed by binding: the choice between the two lowerings is made when the
    code is generated (one branch emitted, at the body's indentation)."""
    C, O = channels
    k = npgen.load(ops.get("conv2d", kernel_size=3, padding=1).bind(C=C, O=O))
    rng = np.random.default_rng(3)
    x, w, b = (rng.standard_normal((2, C, 6, 5)), rng.standard_normal((O, C, 3, 3)),
               rng.standard_normal(O))
    g = rng.standard_normal((2, O, 6, 5))
    y, want = conv_torch(x, w, b, g, padding=1)
    close(k.forward(x, w, b), y, 1e-10)
    for gv, tv in zip(k.backward(g, x, w, b), want):
        close(gv, tv, 1e-10)


def test_wrt_on_pool_and_linear():
    rng = np.random.default_rng(2)
    x = rng.standard_normal((2, 3, 8, 8))
    xt = torch.tensor(x, requires_grad=True)
    y = F.max_pool2d(xt, 3, 2)
    g = rng.standard_normal(tuple(y.shape))
    (want,) = torch.autograd.grad(y, xt, torch.tensor(g))
    (got,) = mod("max_pool2d", kernel_size=3, stride=2).backward(g, x, wrt="x")
    close(got, want.numpy(), 1e-12)
    a, w, b = rng.standard_normal((5, 7)), rng.standard_normal((3, 7)), rng.standard_normal(3)
    ts = [torch.tensor(v, requires_grad=True) for v in (a, w, b)]
    yl = F.linear(*ts)
    gl = rng.standard_normal(tuple(yl.shape))
    want = torch.autograd.grad(yl, ts, torch.tensor(gl))
    got = mod("linear").backward(gl, a, w, b, wrt=["w"])
    assert got[0] is None and got[2] is None
    close(got[1], want[1].numpy(), 1e-12)


@pytest.mark.parametrize("bad", ["q", ("x", "bias"), 3])
def test_wrt_unknown_name_is_one_line_value_error(bad):
    rng = np.random.default_rng(3)
    x, w, b = rng.standard_normal((1, 2, 6, 6)), rng.standard_normal((2, 2, 3, 3)), np.zeros(2)
    with pytest.raises(ValueError, match=r"wrt must name gradients among \('x', 'w', 'b'\)") as e:
        mod("conv2d", kernel_size=3, padding=1).backward(np.ones((1, 2, 6, 6)), x, w, b, wrt=bad)
    assert "\n" not in str(e.value)


def test_plans_and_scratch_buffers_across_shapes_and_dtypes():
    """Alternate shapes and dtypes through one module: the per-shape plans and the reused
    scratch arrays must never mix; every earlier result keeps its value."""
    m = mod("conv2d", kernel_size=3, stride=1, padding=1)
    rng = np.random.default_rng(4)
    cases = []
    for shape, dt in [((3, 4, 9, 9), np.float64), ((2, 4, 12, 7), np.float64),
                      ((3, 4, 9, 9), np.float32), ((16, 4, 20, 20), np.float32),
                      ((3, 4, 9, 9), np.float64), ((16, 4, 20, 20), np.float32)]:
        x = rng.standard_normal(shape).astype(dt)
        w = rng.standard_normal((5, 4, 3, 3)).astype(dt)
        b = rng.standard_normal(5).astype(dt)
        y = m.forward(x, w, b)
        g = rng.standard_normal(y.shape).astype(dt)
        grads = m.backward(g, x, w, b)
        cases.append((x, w, b, g, y, grads))
    for x, w, b, g, y, grads in cases:      # checked after every later call has run
        tol = 1e-10 if x.dtype == np.float64 else 1e-4
        yt, want = conv_torch(x.astype(np.float64), w.astype(np.float64),
                              b.astype(np.float64), g.astype(np.float64), padding=1)
        assert y.dtype == x.dtype and all(gr.dtype == x.dtype for gr in grads)
        close(y.astype(np.float64), yt, tol)
        for gv, tv in zip(grads, want):
            close(gv.astype(np.float64), tv, tol)


def test_large_pool_backward_overlapping_windows_with_ties():
    """3x3/2 windows overlap: the gradient accumulates; ties go to the first maximizer."""
    rng = np.random.default_rng(5)
    x = rng.integers(0, 3, (4, 8, 30, 30)).astype(np.float32)
    xt = torch.tensor(x, requires_grad=True)
    y = F.max_pool2d(xt, 3, 2)
    g = rng.standard_normal(tuple(y.shape)).astype(np.float32)
    (want,) = torch.autograd.grad(y, xt, torch.tensor(g))
    m = mod("max_pool2d", kernel_size=3, stride=2)
    for _ in range(2):
        (got,) = m.backward(g, x)
        close(got, want.numpy(), 1e-5)
