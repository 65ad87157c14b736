"""Generated NumPy kernels against independent oracles.

* PyTorch (torch.nn.functional + autograd) for every op it ships, float64, 1e-10 relative;
  max pooling with ties (small-integer inputs);
* for superpixel pooling (no torch op) and half_sse: a reference written with torch ops
  (scatter_reduce + autograd) and the exact element-by-element Evaluator on tiny sizes;
* hypothesis-drawn configurations per op family; a float32 smoke test; bad input.
"""
from __future__ import annotations

import os
import re

import numpy as np
import pytest
import sympy as sp

import torch  # noqa: E402  (a required test dependency: a missing oracle must fail, not skip)
import torch.nn.functional as F  # noqa: E402
from hypothesis import HealthCheck, assume, given, settings, strategies as st  # noqa: E402

from derive import ops  # noqa: E402
from derive.codegen import numpy as npgen  # noqa: E402
from derive.evaluate import Evaluator  # noqa: E402

RTOL = 1e-10
_CACHE: dict = {}


def kernel(name, **params):
    key = (name, tuple(sorted(params.items())))
    if key not in _CACHE:
        op = ops.get(name, **params)
        _CACHE[key] = (op, npgen.load(op))
    return _CACHE[key]


def close(got, want, what=""):
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape, f"{what}: shape {got.shape} != {want.shape}"
    scale = max(1.0, float(np.max(np.abs(want)))) if want.size else 1.0
    err = float(np.max(np.abs(got - want))) if want.size else 0.0
    assert err <= RTOL * scale, f"{what}: max abs error {err:.3e} (scale {scale:.3e})"


# ---------------------------------------------------------------------------- torch oracle
def torch_call(op, ts):
    fn, kw = op.torch["fn"], dict(op.torch.get("kwargs", {}))
    if fn.startswith("conv"):
        bias = ts[2] if len(ts) > 2 else None
        return getattr(F, fn)(ts[0], ts[1], bias, **kw)
    if fn == "avg_pool1d":
        # F.avg_pool1d has no divisor_override: the same pooling as 2-d over a unit row
        kw2 = {k: ((1,) + tuple(v) if isinstance(v, tuple) else v) for k, v in kw.items()}
        kw2["padding"] = (0,) + tuple(kw["padding"])
        return F.avg_pool2d(ts[0].unsqueeze(-2), **kw2).squeeze(-2)
    if fn.startswith(("avg_pool", "max_pool")):
        return getattr(F, fn)(ts[0], **kw)
    if fn == "linear":
        return F.linear(*ts)
    if fn in ("sigmoid", "tanh", "relu"):
        return getattr(torch, fn)(ts[0])
    if fn == "softmax":
        return torch.softmax(ts[0], op.torch["dim"])
    if fn == "mse_loss":
        return F.mse_loss(ts[0], ts[1])
    if fn == "cross_entropy":
        return F.cross_entropy(ts[0], ts[1])
    if fn == "half_sse":
        return 0.5 * ((ts[0] - ts[1]) ** 2).sum()
    raise KeyError(fn)


def against_torch(name, arrays, seed=0, **params):
    op, mod = kernel(name, **params)
    ts = [torch.tensor(np.ascontiguousarray(a), requires_grad=a.dtype.kind == "f")
          for a in arrays]
    y_t = torch_call(op, ts)
    go = np.random.default_rng(seed).standard_normal(tuple(y_t.shape))
    y_t.backward(torch.tensor(go))
    y = mod.forward(*arrays)
    close(y, y_t.detach().numpy(), f"{name} forward")
    grads = mod.backward(go, *arrays)
    assert len(grads) == len(op.inputs) + (1 if op.torch.get("bias") is False else 0)
    for t, g, tt in zip(op.inputs, grads, ts):
        if t.kind == "index":
            assert g is None
        else:
            close(g, tt.grad.numpy(), f"{name} d/d{t.name}")
    if op.torch.get("bias") is False:
        assert grads[-1] is None


def R(rng, *shape):
    return rng.standard_normal(shape)


def ties(rng, *shape):
    """Small integers: many equal values inside each pooling window."""
    return rng.integers(-2, 3, shape).astype(np.float64)


# ---------------------------------------------------------------------------- fixed cases
CONV = [
    # (name, x shape, w shape, params)
    ("conv2d", (2, 3, 7, 6), (4, 3, 3, 3), dict(kernel_size=3, stride=2, padding=1)),
    ("conv2d", (1, 1, 5, 5), (1, 1, 5, 5), dict(kernel_size=5)),
    ("conv2d", (2, 2, 9, 8), (3, 2, 2, 2), dict(kernel_size=2, stride=3)),          # stride > kernel
    ("conv2d", (2, 3, 11, 9), (2, 3, 3, 3), dict(kernel_size=3, stride=2, padding=2, dilation=2)),
    ("conv2d", (2, 4, 7, 6), (6, 2, 3, 2), dict(kernel_size=(3, 2), stride=(2, 1), padding=(1, 0),
                                                dilation=(2, 1), groups=2)),
    ("conv2d", (1, 6, 5, 5), (6, 1, 3, 3), dict(kernel_size=3, padding=1, groups=6)),   # depthwise
    ("conv2d", (2, 3, 7, 6), (2, 3, 4, 2), dict(kernel_size=(4, 2), padding="same")),  # even 'same'
    ("conv2d", (1, 2, 6, 7), (3, 2, 3, 3), dict(kernel_size=3, padding="valid", bias=False)),
    ("conv1d", (2, 3, 9), (4, 3, 4), dict(kernel_size=4, padding="same", bias=False)),
    ("conv1d", (3, 1, 10), (2, 1, 2), dict(kernel_size=2, stride=4)),
    ("conv1d", (2, 4, 13), (4, 2, 3), dict(kernel_size=3, stride=2, padding=3, dilation=3, groups=2)),
    ("conv3d", (1, 2, 5, 4, 5), (3, 2, 2, 2, 3), dict(kernel_size=(2, 2, 3), stride=(1, 2, 3),
                                                      padding=1)),
    ("conv3d", (2, 2, 4, 5, 3), (2, 1, 3, 2, 1), dict(kernel_size=(3, 2, 1), groups=2,
                                                      dilation=(1, 2, 1), padding=(1, 0, 0))),
]


@pytest.mark.parametrize("name,xs,ws,params", CONV, ids=lambda v: str(v))
def test_conv_against_torch(name, xs, ws, params):
    rng = np.random.default_rng(1)
    arrays = [R(rng, *xs), R(rng, *ws)]
    if params.get("bias", True):
        arrays.append(R(rng, ws[0]))
    against_torch(name, arrays, **params)


POOL = [
    ("avg_pool2d", (2, 3, 7, 6), dict(kernel_size=3, stride=2, padding=1)),
    ("avg_pool2d", (2, 3, 7, 6), dict(kernel_size=3, stride=2, padding=1, count_include_pad=False)),
    ("avg_pool2d", (1, 1, 7, 9), dict(kernel_size=(2, 3), stride=(3, 2), ceil_mode=True)),
    ("avg_pool2d", (2, 2, 8, 7), dict(kernel_size=3, stride=2, padding=1, ceil_mode=True,
                                      count_include_pad=False)),
    ("avg_pool2d", (2, 2, 8, 7), dict(kernel_size=3, stride=2, padding=1, ceil_mode=True,
                                      count_include_pad=True)),
    ("avg_pool2d", (2, 2, 6, 6), dict(kernel_size=2, divisor_override=3)),
    ("avg_pool2d", (2, 2, 9, 5), dict(kernel_size=2, stride=4)),                      # stride > kernel
    ("avg_pool1d", (2, 3, 8), dict(kernel_size=3, stride=2, padding=1, ceil_mode=True,
                                   count_include_pad=False)),
    ("avg_pool1d", (2, 3, 8), dict(kernel_size=3, divisor_override=2)),
    ("avg_pool3d", (1, 2, 5, 4, 6), dict(kernel_size=(2, 2, 3), stride=(1, 2, 2), padding=(1, 0, 1))),
    ("max_pool2d", (2, 3, 7, 6), dict(kernel_size=2)),
    ("max_pool2d", (2, 3, 8, 8), dict(kernel_size=3, stride=1, padding=1)),           # overlapping
    ("max_pool2d", (2, 2, 9, 7), dict(kernel_size=3, stride=2, padding=1, dilation=2,
                                      ceil_mode=True)),
    ("max_pool2d", (1, 1, 9, 9), dict(kernel_size=2, stride=3)),                      # stride > kernel
    ("max_pool2d", (2, 3, 7, 8), dict(kernel_size=(3, 2), stride=(2, 1), padding=(1, 1),
                                      ceil_mode=True)),
    ("max_pool1d", (2, 3, 9), dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, dilation=2)),
    ("max_pool3d", (1, 2, 5, 6, 4), dict(kernel_size=2, stride=(1, 2, 2), padding=1)),
]


@pytest.mark.parametrize("name,xs,params", POOL, ids=lambda v: str(v))
def test_pool_against_torch(name, xs, params):
    rng = np.random.default_rng(2)
    x = ties(rng, *xs) if name.startswith("max") else R(rng, *xs)
    against_torch(name, [x], **params)


def test_max_pool_ties_first_maximizer():
    """A window of equal values: the whole gradient goes to its first position."""
    x = np.zeros((1, 1, 4, 4))
    _, mod = kernel("max_pool2d", kernel_size=2)
    g, = mod.backward(np.ones((1, 1, 2, 2)), x)
    want = np.zeros((4, 4))
    want[::2, ::2] = 1
    close(g[0, 0], want, "ties")
    against_torch("max_pool2d", [x], kernel_size=2)


def test_max_pool_split_ties_share_evenly():
    x = np.zeros((1, 1, 2, 2))
    _, mod = kernel("max_pool2d", kernel_size=2, ties="split")
    g, = mod.backward(np.ones((1, 1, 1, 1)), x)
    close(g, np.full((1, 1, 2, 2), 0.25), "split ties")


DENSE = [
    ("linear", [(5, 3), (4, 3), (4,)], {}),
    ("linear", [(1, 1), (1, 1)], dict(bias=False)),
    ("sigmoid", [(3, 4)], {}),
    ("tanh", [(2, 3, 5)], {}),
    ("relu", [(7,)], {}),
    ("softmax", [(3, 5)], {}),
    ("softmax", [(3, 5, 2)], dict(dim=1)),
    ("softmax", [(1, 1)], {}),
    ("mse_loss", [(2, 3), (2, 3)], {}),
]


@pytest.mark.parametrize("name,shapes,params", DENSE, ids=lambda v: str(v))
def test_dense_against_torch(name, shapes, params):
    rng = np.random.default_rng(3)
    arrays = [(ties(rng, *s) if name == "relu" else R(rng, *s)) for s in shapes]
    against_torch(name, arrays, **params)


def test_softmax_large_logits():
    rng = np.random.default_rng(4)
    against_torch("softmax", [R(rng, 4, 6) * 400])
    against_torch("cross_entropy", [R(rng, 4, 6) * 400, rng.integers(0, 6, 4)])


@pytest.mark.parametrize("n,c", [(4, 5), (1, 3), (6, 1)])
def test_cross_entropy_against_torch(n, c):
    rng = np.random.default_rng(5)
    against_torch("cross_entropy", [R(rng, n, c), rng.integers(0, c, n)])


def test_activations_at_zero():
    """relu'(0) = 0 as PyTorch; tanh/sigmoid at 0."""
    x = np.array([-1.0, 0.0, 0.0, 2.0])
    for f in ("relu", "sigmoid", "tanh"):
        against_torch(f, [x])


def test_strided_and_fortran_order_input():
    rng = np.random.default_rng(14)
    x = R(rng, 2, 3, 14, 12)[:, :, ::2, 1::2]                  # a non-contiguous view
    w = np.asfortranarray(R(rng, 4, 3, 3, 3))
    against_torch("conv2d", [x, w, R(rng, 4)[::-1]], kernel_size=3, padding=1, stride=2)
    against_torch("max_pool2d", [ties(rng, 2, 3, 14, 12)[..., ::2]], kernel_size=2)


def test_large_inputs_take_the_pooled_paths():
    """Beyond the small-array shortcuts of the runtime: a max-pool gradient with more than
    131072 windows (its index table made afresh per call, not kept) and with ties, and a
    convolution whose stacked taps go through the scratch pool; then a small call of the same
    kernel, whose tables are kept per shape."""
    rng = np.random.default_rng(15)
    for shape in ((4, 8, 130, 130), (1, 2, 9, 7), (4, 8, 130, 130)):
        against_torch("max_pool2d", [ties(rng, *shape)], kernel_size=3, stride=2, padding=1)
    against_torch("conv2d", [R(rng, 2, 4, 40, 40), R(rng, 5, 4, 3, 3), R(rng, 5)],
                  kernel_size=3, padding=1)


def test_kept_index_tables_stay_bounded():
    """The max-pool gradient keeps its index tables per shape only while they are small and
    their total stays within the budget (64 MB): a sweep over many shapes does not grow it."""
    _, mod = kernel("max_pool2d", kernel_size=2)
    rng = np.random.default_rng(16)
    for a in range(50, 130):            # about 0.9 MB of tables per shape, 72 MB in all
        b = 3700 // a                   # 32 a b windows, 8 bytes of index each
        x = rng.standard_normal((1, 32, 2 * a, 2 * b))
        g = np.ones((1, 32, a, b))
        gx = mod.backward(g, x)[0]
        assert gx.sum() == g.size       # every window passes its 1 to one element
    assert 0 < mod._PLAN_BYTES[0] <= 1 << 26
    assert sum(1 for k in mod._PLANS if k[0] == "at_plan") < 80


def test_unbatched_input():
    rng = np.random.default_rng(6)
    x, w, b = R(rng, 3, 7, 6), R(rng, 4, 3, 3, 3), R(rng, 4)
    against_torch("conv2d", [x, w, b], kernel_size=3, padding=1)
    against_torch("max_pool2d", [ties(rng, 3, 7, 6)], kernel_size=2)
    against_torch("avg_pool1d", [R(rng, 3, 9)], kernel_size=3, stride=2)


# ---------------------------------------------------------------------------- no torch op
def exact_gradient(op, name, tensors, go, sizes):
    d = op.derive().concrete()
    sub = {sp.Symbol(k, integer=True, positive=True): v for k, v in sizes.items()}
    ev = Evaluator(dict(tensors, **{d.upstream.name: go}), sub)
    f = d.gradients[name].formula.subs(sub)
    return ev.formula_array(f, tensors[name].shape).astype(float)


def exact_forward(op, tensors, shape, sizes):
    d = op.derive().concrete()
    sub = {sp.Symbol(k, integer=True, positive=True): v for k, v in sizes.items()}
    ev = Evaluator(tensors, sub)
    return ev.formula_array(d.forward.subs(sub), shape).astype(float)


def superpixel_torch(kind, x, label, R_, go):
    """Region pooling with torch ops: scatter_reduce (sum / amax) + autograd.  amax's
    gradient is shared evenly among tied maxima (the 'split' rule)."""
    xt = torch.tensor(x, requires_grad=True)
    N, C, H, W = x.shape
    lab = torch.tensor(label).reshape(N, 1, H * W).expand(N, C, H * W)
    xf = xt.reshape(N, C, H * W)
    if kind == "avg":
        s = torch.zeros(N, C, R_, dtype=xt.dtype).scatter_reduce(2, lab, xf, "sum")
        cnt = torch.zeros(N, 1, R_, dtype=xt.dtype).scatter_reduce(
            2, lab[:, :1], torch.ones(N, 1, H * W, dtype=xt.dtype), "sum")
        y = s / cnt.clamp(min=1)
    else:
        y = torch.full((N, C, R_), -float("inf"), dtype=xt.dtype).scatter_reduce(
            2, lab, xf, "amax", include_self=True)
        y = torch.where(torch.isinf(y), torch.zeros_like(y), y)
    y.backward(torch.tensor(go))
    return y.detach().numpy(), xt.grad.numpy()


@pytest.mark.parametrize("kind,ties_rule", [("avg", None), ("max", "first"), ("max", "split")])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_superpixel(kind, ties_rule, seed):
    rng = np.random.default_rng(10 + seed)
    R_ = 5
    params = dict(num_regions=R_)
    if ties_rule:
        params["ties"] = ties_rule
    op, mod = kernel(f"superpixel_{kind}_pool", **params)
    N, C, H, W = (2, 3, 4, 5) if seed else (1, 1, 3, 3)
    x = ties(rng, N, C, H, W)
    label = rng.integers(0, R_ - 1, (N, H, W))      # region R-1 stays empty
    y = mod.forward(x, label)
    go = rng.standard_normal(y.shape)
    gx, gl = mod.backward(go, x, label)
    assert gl is None
    y_t, g_t = superpixel_torch(kind, x, label, R_, go)
    close(y, y_t, "superpixel forward vs torch")
    if kind == "avg" or ties_rule == "split":
        close(gx, g_t, "superpixel gradient vs torch")
    sizes = dict(N=N, C=C, H=H, W=W)
    close(gx, exact_gradient(op, "x", {"x": x, "label": label}, go, sizes), "vs Evaluator")
    close(y, exact_forward(op, {"x": x, "label": label}, y.shape, sizes), "forward vs Evaluator")


def test_superpixel_max_first_without_ties_matches_torch():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((2, 2, 5, 6))
    label = rng.integers(0, 4, (2, 5, 6))
    _, mod = kernel("superpixel_max_pool", num_regions=4)
    go = rng.standard_normal((2, 2, 4))
    gx, _ = mod.backward(go, x, label)
    _, g_t = superpixel_torch("max", x, label, 4, go)
    close(gx, g_t, "superpixel max (no ties)")


def test_half_sse():
    rng = np.random.default_rng(8)
    yv, dv = R(rng, 6), R(rng, 6)
    op, mod = kernel("half_sse")
    against_torch("half_sse", [yv, dv])
    go = np.float64(1.7)
    gy, gd = mod.backward(go, yv, dv)
    close(gy, exact_gradient(op, "y", {"y": yv, "d": dv}, go, {"M": 6}), "half_sse d/dy exact")
    close(gd, exact_gradient(op, "d", {"y": yv, "d": dv}, go, {"M": 6}), "half_sse d/dd exact")
    close(mod.forward(yv, dv), exact_forward(op, {"y": yv, "d": dv}, (), {"M": 6}), "E exact")


# ---------------------------------------------------------------------------- hypothesis
# DERIVE_HYPOTHESIS_EXAMPLES sets the examples per op family (issue 4 asks for at least 100)
EXAMPLES = int(os.environ.get("DERIVE_HYPOTHESIS_EXAMPLES", "100"))
FAST = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.data())
def test_conv_hypothesis(data):
    dims = data.draw(st.sampled_from([1, 2]))
    k = data.draw(st.tuples(*[st.integers(1, 4)] * dims))
    s = data.draw(st.tuples(*[st.integers(1, 4)] * dims))
    dl = data.draw(st.tuples(*[st.integers(1, 2)] * dims))
    p = data.draw(st.tuples(*[st.integers(0, 2)] * dims))
    groups = data.draw(st.sampled_from([1, 2]))
    cg, og, n = data.draw(st.integers(1, 2)), data.draw(st.integers(1, 2)), data.draw(st.integers(1, 2))
    sizes = [data.draw(st.integers(dl[a] * (k[a] - 1) + 1 - 2 * p[a] if
                                   dl[a] * (k[a] - 1) + 1 - 2 * p[a] > 1 else 1, 9))
             for a in range(dims)]
    bias = data.draw(st.booleans())
    rng = np.random.default_rng(data.draw(st.integers(0, 99)))
    arrays = [R(rng, n, groups * cg, *sizes), R(rng, groups * og, cg, *k)]
    if bias:
        arrays.append(R(rng, groups * og))
    against_torch(f"conv{dims}d", arrays, kernel_size=k, stride=s, dilation=dl, padding=p,
                  groups=groups, bias=bias)


@FAST
@given(st.data())
def test_pool_hypothesis(data):
    dims = data.draw(st.sampled_from([1, 2]))
    kind = data.draw(st.sampled_from(["avg", "max"]))
    k = data.draw(st.tuples(*[st.integers(1, 4)] * dims))
    s = data.draw(st.tuples(*[st.integers(1, 4)] * dims))
    p = tuple(data.draw(st.integers(0, kk // 2)) for kk in k)
    params = dict(kernel_size=k, stride=s, padding=p, ceil_mode=data.draw(st.booleans()))
    dl = (1,) * dims
    if kind == "max":
        dl = data.draw(st.tuples(*[st.integers(1, 2)] * dims))
        params["dilation"] = dl
    else:
        params["count_include_pad"] = data.draw(st.booleans())
        params["divisor_override"] = data.draw(st.sampled_from([None, None, 1, 3]))
    sizes = [data.draw(st.integers(max(1, dl[a] * (k[a] - 1) + 1 - 2 * p[a]), 9))
             for a in range(dims)]
    rng = np.random.default_rng(data.draw(st.integers(0, 99)))
    x = (ties if kind == "max" else R)(rng, data.draw(st.integers(1, 2)),
                                         data.draw(st.integers(1, 2)), *sizes)
    if kind == "max":
        # a window of padding only: PyTorch's gradient is undefined there
        # (tests/test_empty_window.py)
        fn = getattr(F, f"max_pool{dims}d")
        assume(not torch.isinf(fn(torch.zeros(x.shape, dtype=torch.float64), **params)).any())
    against_torch(f"{kind}_pool{dims}d", [x], **params)


@FAST
@given(st.data())
def test_dense_hypothesis(data):
    name = data.draw(st.sampled_from(["linear", "softmax", "cross_entropy", "mse_loss",
                                      "sigmoid", "tanh", "relu"]))
    rng = np.random.default_rng(data.draw(st.integers(0, 99)))
    n, c = data.draw(st.integers(1, 4)), data.draw(st.integers(1, 5))
    if name == "linear":
        bias = data.draw(st.booleans())
        arrays = [R(rng, n, c), R(rng, 3, c)] + ([R(rng, 3)] if bias else [])
        against_torch(name, arrays, bias=bias)
    elif name == "cross_entropy":
        against_torch(name, [R(rng, n, c), rng.integers(0, c, n)])
    elif name == "mse_loss":
        against_torch(name, [R(rng, n, c), R(rng, n, c)])
    else:
        against_torch(name, [R(rng, n, c)])


# ---------------------------------------------------------------------------- float32
@pytest.mark.parametrize("name,arrays,params", [
    ("conv2d", [(2, 3, 8, 8), (4, 3, 3, 3), (4,)], dict(kernel_size=3, padding=1)),
    ("max_pool2d", [(2, 3, 8, 8)], dict(kernel_size=2)),
    ("avg_pool2d", [(2, 3, 8, 8)], dict(kernel_size=3, stride=2, padding=1)),
    ("linear", [(4, 5), (3, 5), (3,)], {}),
    ("softmax", [(3, 5)], {}),
    ("sigmoid", [(3, 5)], {}),
], ids=lambda v: str(v))
def test_float32(name, arrays, params):
    rng = np.random.default_rng(9)
    a64 = [R(rng, *s) for s in arrays]
    a32 = [a.astype(np.float32) for a in a64]
    _, mod = kernel(name, **params)
    y64, y32 = mod.forward(*a64), mod.forward(*a32)
    assert y32.dtype == np.float32
    np.testing.assert_allclose(y32, y64, rtol=1e-4, atol=1e-4)
    go = rng.standard_normal(y64.shape)
    for g32, g64 in zip(mod.backward(go.astype(np.float32), *a32), mod.backward(go, *a64)):
        assert g32.dtype == np.float32
        np.testing.assert_allclose(g32, g64, rtol=1e-4, atol=1e-4)


# ---------------------------------------------------------------------------- structure
@pytest.mark.parametrize("name,params", [
    ("conv2d", dict(kernel_size=3, stride=2, padding=1, groups=2)),
    ("max_pool2d", dict(kernel_size=3, stride=2, ceil_mode=True)),
    ("avg_pool3d", dict(kernel_size=2, count_include_pad=False, padding=1)),
    ("superpixel_max_pool", dict(num_regions=4)), ("softmax", {}), ("cross_entropy", {}),
])
def test_generated_source_is_vectorized_and_standalone(name, params):
    src = npgen.generate(ops.get(name, **params))
    imports = [l for l in src.splitlines() if re.match(r"\s*(import|from)\s", l)]
    assert imports == ["import numpy as np"]
    body = src[src.index("def _forward("):]          # the lowered code (helpers excluded)
    for line in body.splitlines():
        if re.match(r"\s*for\s", line):
            # loops only over compile-time-constant ranges (kernel taps / window offsets)
            assert re.search(r"in range\(-?\d+, -?\d+\):", line), line
        assert "while " not in line


# ---------------------------------------------------------------------------- bad input
def bad(fn, *args, match=None):
    with pytest.raises(ValueError, match=match) as e:
        fn(*args)
    assert "\n" not in str(e.value)


def test_bad_input():
    rng = np.random.default_rng(11)
    _, conv = kernel("conv2d", kernel_size=3, padding=1)
    x, w, b = R(rng, 2, 3, 6, 6), R(rng, 4, 3, 3, 3), R(rng, 4)
    bad(conv.forward, x, R(rng, 4, 3, 5, 5), b, match="tap")             # weight vs kernel_size
    bad(conv.forward, x, R(rng, 4, 2, 3, 3), b, match="channel")
    bad(conv.forward, x, w, R(rng, 5), match="out channel")
    bad(conv.forward, R(rng, 6, 6), w, b, match="dimensions")
    bad(conv.forward, x.astype(np.int64), w, b, match="dtype")
    bad(conv.forward, x, w.astype(np.float32), b, match="dtype")
    bad(conv.backward, R(rng, 2, 4, 5, 6), x, w, b, match="grad_output")
    bad(conv.backward, R(rng, 2, 4, 6, 6).astype(np.float32), x, w, b, match="dtype")
    _, g2 = kernel("conv2d", kernel_size=3, groups=2)
    bad(g2.forward, R(rng, 1, 3, 6, 6), R(rng, 4, 1, 3, 3), R(rng, 4), match="divisible")
    _, big = kernel("conv2d", kernel_size=5)
    bad(big.forward, R(rng, 1, 1, 3, 3), R(rng, 1, 1, 5, 5), R(rng, 1), match="larger")
    _, nb = kernel("conv2d", kernel_size=3, bias=False)
    bad(nb.forward, x, w, b, match="bias")
    _, mp = kernel("max_pool2d", kernel_size=4)
    bad(mp.forward, R(rng, 1, 1, 3, 3), match="larger")
    _, sp_ = kernel("superpixel_avg_pool", num_regions=3)
    bad(sp_.forward, R(rng, 1, 1, 2, 2), np.array([[[0, 1], [2, 3]]]), match="0..2")
    bad(sp_.forward, R(rng, 1, 1, 2, 2), np.zeros((1, 2, 2)), match="integer")
    bad(sp_.forward, R(rng, 1, 1, 2, 2), np.zeros((1, 3, 2), dtype=int), match="size")
    _, ce = kernel("cross_entropy")
    bad(ce.forward, R(rng, 2, 3), np.array([0, 3]), match="0..2")
    bad(ce.forward, R(rng, 2, 3), np.array([0, 1, 2]), match="size")
    _, mse = kernel("mse_loss")
    bad(mse.forward, R(rng, 2, 3), R(rng, 3, 2), match="shape")
    _, sm = kernel("softmax", dim=2)
    bad(sm.forward, R(rng, 2, 3), match="dim")


def test_unchecked_lines_drop_only_checks():
    """An entry without its checks keeps every statement that computes something: only an
    ``if`` whose whole block is one ``_fail`` and the ``_real`` tests go."""
    lines = [
        "x = _real(x, 'x')",
        "t = _index(t, 't')",
        "dt = x.dtype",
        "if x.ndim != 4:",
        "    _fail(f\"x must have 4 dimensions, got {x.shape}\")",
        "_unb = x.ndim == 3",
        "if _unb:",
        "    x = x[None]",
        "if x.shape[1] % 2:",
        "    _fail('odd')",
        "    k = 1",
        "N = x.shape[0]",
        "if N < 1:",
        "    _fail('N')",
    ]
    assert npgen._unchecked(lines) == [
        "t = _index(t, 't')", "dt = x.dtype", "_unb = x.ndim == 3", "if _unb:",
        "    x = x[None]", "if x.shape[1] % 2:", "    _fail('odd')", "    k = 1",
        "N = x.shape[0]"]


UNCHECKED = [
    # (name, arrays of the inputs (None: an integer label map), params)
    ("conv2d", [(2, 4, 7, 6), (6, 2, 3, 3), (6,)], dict(kernel_size=3, stride=2, padding=1,
                                                         groups=2)),
    ("conv2d", [(3, 6, 6), (2, 3, 3, 3)], dict(kernel_size=3, bias=False)),       # unbatched
    ("max_pool2d", [(2, 3, 7, 5)], dict(kernel_size=3, stride=2, ceil_mode=True)),
    ("avg_pool2d", [(2, 3, 6, 6)], dict(kernel_size=3, stride=2, padding=1)),
    ("linear", [(4, 5), (3, 5), (3,)], {}),
    ("sigmoid", [(2, 3, 4)], {}),
    ("softmax", [(2, 3, 4)], dict(dim=1)),
    ("mse_loss", [(3, 4), (3, 4)], {}),
    ("cross_entropy", [(4, 3), "labels"], {}),
]


@pytest.mark.parametrize("name,shapes,params", UNCHECKED, ids=lambda v: str(v))
def test_unchecked_entries_compute_what_the_checked_ones_do(name, shapes, params):
    """The entries the training step calls (``forward_unchecked``, ``backward_unchecked``)
    give the checked entries' results bit for bit: stripping the checks dropped nothing that
    computes (the layouts of flat, ``dim`` and unbatched inputs included)."""
    rng = np.random.default_rng(13)
    arrays = [rng.integers(0, 3, 4) if s == "labels" else R(rng, *s) for s in shapes]
    _, mod = kernel(name, **params)
    y = mod.forward(*arrays)
    assert np.array_equal(mod.forward_unchecked(*arrays), y)
    go = np.asarray(rng.standard_normal(np.shape(y)))
    for wrt in [None, "x"] + (["w"] if name in ("conv2d", "linear") else []):
        want = mod.backward(go, *arrays, wrt=wrt)
        got = mod.backward_unchecked(go, *arrays, wrt=wrt)
        assert len(got) == len(want)
        for g, h in zip(got, want):
            assert (g is None) == (h is None) and (g is None or np.array_equal(g, h))
    src = npgen.generate(ops.get(name, **params))
    entry = src[src.index("def backward_unchecked("):]
    entry = entry[:entry.index("cache = {}")]
    assert "_fail(" not in entry and "_real(" not in entry


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_superpixel_hypothesis(data):
    kind = data.draw(st.sampled_from(["avg", "max"]))
    R_ = data.draw(st.integers(1, 6))
    N, C = data.draw(st.integers(1, 2)), data.draw(st.integers(1, 3))
    H, W = data.draw(st.integers(1, 6)), data.draw(st.integers(1, 6))
    rng = np.random.default_rng(data.draw(st.integers(0, 99)))
    params = dict(num_regions=R_)
    if kind == "max":
        params["ties"] = "split"           # scatter_reduce('amax') shares ties evenly
    _, mod = kernel(f"superpixel_{kind}_pool", **params)
    x = ties(rng, N, C, H, W)
    label = rng.integers(0, R_, (N, H, W))
    y = mod.forward(x, label)
    go = rng.standard_normal(y.shape)
    y_t, g_t = superpixel_torch(kind, x, label, R_, go)
    close(y, y_t, "forward")
    close(mod.backward(go, x, label)[0], g_t, "gradient")


@pytest.mark.parametrize("name,shapes,params", [
    ("conv2d", [(1, 2, 5, 4), (2, 2, 3, 2), (2,)], dict(kernel_size=(3, 2), stride=2, padding=1)),
    ("avg_pool2d", [(1, 2, 5, 5)], dict(kernel_size=3, stride=2, padding=1,
                                        count_include_pad=False)),
    ("softmax", [(2, 4)], {}),
    ("sigmoid", [(5,)], {}),
    ("superpixel_avg_pool", [(1, 2, 3, 4)], dict(num_regions=3)),
    ("cross_entropy", [(3, 4)], {}),
], ids=lambda v: str(v))
def test_finite_differences(name, shapes, params):
    """Central differences of <grad_output, forward(x)> along random directions."""
    rng = np.random.default_rng(12)
    op, mod = kernel(name, **params)
    arrays = [R(rng, *s) for s in shapes]
    if any(t.kind == "index" for t in op.inputs):
        ext = params["num_regions"] if name.startswith("superpixel") else shapes[0][1]
        extra = rng.integers(0, ext, shapes[0][:1] + shapes[0][2:] if name.startswith(
            "superpixel") else shapes[0][:1])
        arrays.append(extra)
    y = mod.forward(*arrays)
    go = rng.standard_normal(np.shape(y))
    grads = mod.backward(go, *arrays)
    eps = 1e-6
    for k, (t, g) in enumerate(zip(op.inputs, grads)):
        if t.kind == "index":
            continue
        v = rng.standard_normal(arrays[k].shape)
        plus = [a + eps * v if j == k else a for j, a in enumerate(arrays)]
        minus = [a - eps * v if j == k else a for j, a in enumerate(arrays)]
        fd = (np.sum(go * mod.forward(*plus)) - np.sum(go * mod.forward(*minus))) / (2 * eps)
        assert abs(fd - np.sum(g * v)) <= 1e-6 * max(1.0, abs(fd)), (name, t.name, fd)


def test_concrete_sizes_in_the_configuration():
    """Sizes given as parameters (the seed CNN layer) fix the accepted shapes."""
    rng = np.random.default_rng(13)
    against_torch("conv2d", [R(rng, 1, 1, 14, 14), R(rng, 1, 1, 5, 5), R(rng, 1)], kernel_size=5,
                  N=1, H=14, W=14, in_channels=1, out_channels=1)
    against_torch("max_pool2d", [ties(rng, 1, 1, 10, 10)], kernel_size=2, N=1, C=1, H=10, W=10)
    _, mod = kernel("conv2d", kernel_size=5, N=1, H=14, W=14, in_channels=1, out_channels=1)
    bad(mod.forward, R(rng, 2, 1, 14, 14), R(rng, 1, 1, 5, 5), R(rng, 1), match="batch")


def test_max_pool_gradient_visits_each_window_once():
    """The max-pooling gradient is one pass from the upstream side: the tie table of every
    window, then one ``np.add.at`` at the maximizers (no loop over window offsets updating
    strided slices of the whole gradient); a split tie rule keeps the offset loop."""
    from derive.codegen import numpy as nlower
    for dims in (1, 2, 3):
        src = nlower.generate(f"max_pool{dims}d", kernel_size=3, stride=2, padding=1)
        back = src[src.index("def backward("):]
        back = back[:back.index("\ndef ")]
        assert back.count("np.add.at(") == 1 and "for k_" not in back
    split = nlower.generate("max_pool2d", kernel_size=2, ties="split")
    back = split[split.index("def backward("):]
    back = back[:back.index("\ndef ")]
    assert "np.add.at(" not in back and "for k_" in back


@pytest.mark.parametrize("params,assigns", [
    (dict(kernel_size=2), True),                              # windows tile the input
    (dict(kernel_size=3, stride=3, padding=1), True),
    (dict(kernel_size=2, dilation=2, stride=3), True),        # {0, 2}, {3, 5}, ...
    (dict(kernel_size=(2, 3), stride=(2, 3), ceil_mode=True), True),
    (dict(kernel_size=3, stride=2), False),                   # neighbours share a column
    (dict(kernel_size=2, dilation=2, stride=2), False),       # {0, 2}, {2, 4}, ...
    (dict(kernel_size=2, stride=(2, 1)), False),
])
def test_max_pool_gradient_assigns_where_windows_do_not_overlap(params, assigns):
    """Where no two windows share an element, the gradient assigns each maximizer its value
    (no ``np.add.at``); where windows overlap it adds.  Either way it matches PyTorch, ties
    included (small integers)."""
    src = npgen.generate(ops.get("max_pool2d", **params))
    back = src[src.index("def backward("):]
    back = back[:back.index("\ndef ")]
    assert ("windows do not overlap" in back, "np.add.at(" in back) == (assigns, not assigns)
    rng = np.random.default_rng(21)
    against_torch("max_pool2d", [ties(rng, 2, 3, 11, 10)], **params)

