"""The generated C kernels against independent oracles.

* PyTorch (``torch.nn.functional`` forward + autograd) for every catalog op that PyTorch ships,
  float64, to 1e-10 relative; max pooling with integer-valued inputs so that ties occur;
* for superpixel pooling (no torch op): a torch reference built from ``scatter_reduce`` +
  autograd, and the exact :class:`~derive.evaluate.Evaluator` on tiny sizes (tie rules);
* every generated source compiles with ``-std=c99 -Wall -Wextra -Werror``;
* a few kernels built with ``-fsanitize=address,undefined`` run in a subprocess (the ASan
  runtime preloaded) without a report -- and a deliberately broken library does get reported;
* bad input gives a one-line ValueError.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import torch  # noqa: E402  (a required test dependency: a missing oracle must fail, not skip)
F = torch.nn.functional
from hypothesis import HealthCheck, assume, given, settings, strategies as st  # noqa: E402

from derive import ops  # noqa: E402
from derive.codegen import c as clower  # noqa: E402
from derive.codegen import cload  # noqa: E402
from derive.evaluate import Evaluator  # noqa: E402

pytestmark = [pytest.mark.filterwarnings("ignore:Using padding='same'")]

#: the hypothesis-drawn configurations are many: they are built with -O1 (appended to the
#: default flags) to keep compile time modest; the fixed configurations use the default -O3
FAST = ("-O1",)
#: contractions (conv, linear) have two lowerings, chosen by size: plain loops for small
#: products, gathered matrices and a GEMM for large ones.  The tests run both at small sizes by
#: moving the switch (and the threshold of the parallel region, so that products run on
#: several threads and the reduction over images is exercised).
PATHS = {"loops": ("-DDERIVE_GEMM_MIN_FLOPS=INT64_MAX",),
         "gemm": ("-DDERIVE_GEMM_MIN_FLOPS=0", "-DDERIVE_PARALLEL_MIN_FLOPS=0")}

HYP = settings(max_examples=int(os.environ.get("DERIVE_HYPOTHESIS_EXAMPLES", "100")), deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module", autouse=True)
def _cache(tmp_path_factory):
    """Build into a fresh cache: the tests compile what they check."""
    old = os.environ.get("DERIVE_CACHE")
    os.environ["DERIVE_CACHE"] = str(tmp_path_factory.mktemp("derive-cache"))
    yield
    if old is None:
        os.environ.pop("DERIVE_CACHE", None)
    else:
        os.environ["DERIVE_CACHE"] = old


def close(got, want, rtol=1e-10):
    want = np.asarray(want, dtype=np.float64)
    got = np.asarray(got)
    assert got.shape == want.shape, (got.shape, want.shape)
    scale = max(1.0, float(np.max(np.abs(want)))) if want.size else 1.0
    np.testing.assert_allclose(got, want, rtol=rtol, atol=rtol * scale)


def check_torch(name, params, arrays, torch_fn, rng, rtol=1e-10, flags=()):
    """Forward and every gradient of the C kernels vs torch_fn + autograd."""
    k = cload.load(ops.get(name, **params), extra_flags=flags)
    y = k.forward(*arrays)
    ts = [None if a is None else
          torch.tensor(a, requires_grad=a.dtype.kind == "f") for a in arrays]
    yt = torch_fn(*ts)
    close(y, yt.detach().numpy(), rtol)
    g = rng.standard_normal(tuple(yt.shape))
    yt.backward(torch.tensor(g, dtype=yt.dtype))
    grads = k.backward(g.astype(arrays[0].dtype), *arrays)
    if params.get("bias", True) is False:
        # an absent bias has gradient None, in its place after the weight
        assert len(grads) == len(arrays) + 1 and grads[-1] is None
        grads = grads[:-1]
    assert len(grads) == len(arrays)
    for a, t, gr in zip(arrays, ts, grads):
        if t is None or not t.requires_grad:
            assert gr is None
        else:
            close(gr, t.grad.numpy(), rtol)


def ints(rng, shape):
    """Small integer values as float64: max pooling sees many ties."""
    return rng.integers(-2, 3, size=shape).astype(np.float64)


# ----------------------------------------------------------------------------- convolutions

CONV = [
    (2, dict(kernel_size=3), (2, 3, 6, 7), 4),
    (2, dict(kernel_size=3, stride=2, padding=1), (2, 3, 7, 8), 4),
    (2, dict(kernel_size=2, stride=3), (2, 2, 8, 9), 3),                       # stride > kernel
    (2, dict(kernel_size=3, stride=2, padding=1, dilation=2), (2, 3, 9, 8), 2),
    (2, dict(kernel_size=3, groups=2, padding=1), (2, 4, 5, 6), 6),            # groups
    (2, dict(kernel_size=(2, 3), groups=3, stride=(2, 1), padding=(1, 2), dilation=(2, 1),
             bias=False), (1, 3, 7, 6), 3),
    (2, dict(kernel_size=(2, 4), padding="same"), (2, 2, 5, 6), 3),           # asymmetric same
    (2, dict(kernel_size=3, padding="same", dilation=2), (1, 2, 6, 5), 2),
    (2, dict(kernel_size=5, padding="valid"), (1, 1, 14, 14), 1),              # batch 1, channel 1
    (2, dict(kernel_size=(3, 1), stride=(2, 1), bias=False), (1, 1, 7, 5), 2),  # odd sizes
    (1, dict(kernel_size=3, stride=2, padding=1, dilation=2, groups=3), (2, 3, 11), 6),
    (1, dict(kernel_size=1), (3, 2, 5), 1),
    (3, dict(kernel_size=(3, 2, 3), stride=(1, 2, 1), padding=1), (1, 2, 4, 5, 4), 3),
]


def conv_ref(dims, params, bias):
    fn = {1: F.conv1d, 2: F.conv2d, 3: F.conv3d}[dims]
    kw = {k: params[k] for k in ("stride", "padding", "dilation", "groups") if k in params}
    return lambda x, w, b=None: fn(x, w, b, **kw)


def conv_arrays(rng, dims, params, xshape, O):
    G = params.get("groups", 1)
    ks = params.get("kernel_size", 3)
    ks = (ks,) * dims if isinstance(ks, int) else tuple(ks)
    x = rng.standard_normal(xshape)
    w = rng.standard_normal((O, xshape[1] // G) + ks)
    arrays = [x, w]
    if params.get("bias", True):
        arrays.append(rng.standard_normal(O))
    return arrays


@pytest.mark.parametrize("path", sorted(PATHS))
@pytest.mark.parametrize("dims,params,xshape,O", CONV,
                         ids=[f"conv{c[0]}d-{i}" for i, c in enumerate(CONV)])
def test_conv_vs_torch(dims, params, xshape, O, path):
    rng = np.random.default_rng(len(xshape) * 100 + O)
    arrays = conv_arrays(rng, dims, params, xshape, O)
    check_torch(f"conv{dims}d", params, arrays,
                conv_ref(dims, params, params.get("bias", True)), rng, flags=PATHS[path])


@st.composite
def conv_configs(draw):
    dims = draw(st.integers(1, 2))
    k = tuple(draw(st.integers(1, 3)) for _ in range(dims))
    s = tuple(draw(st.integers(1, 3)) for _ in range(dims))
    d = tuple(draw(st.integers(1, 2)) for _ in range(dims))
    p = tuple(draw(st.integers(0, 2)) for _ in range(dims))
    G = draw(st.integers(1, 2))
    N, Cg, Og = draw(st.integers(1, 2)), draw(st.integers(1, 2)), draw(st.integers(1, 2))
    ext = tuple(draw(st.integers(max(1, dd * (kk - 1) + 1 - 2 * pp),
                                 max(1, dd * (kk - 1) + 1 - 2 * pp) + 4))
                for kk, dd, pp in zip(k, d, p))
    bias = draw(st.booleans())
    params = dict(kernel_size=k, stride=s, dilation=d, padding=p, groups=G, bias=bias)
    return dims, params, (N, G * Cg) + ext, G * Og


@HYP
@given(conv_configs(), st.integers(0, 2**16), st.sampled_from(sorted(PATHS)))
def test_conv_hypothesis(cfg, seed, path):
    dims, params, xshape, O = cfg
    rng = np.random.default_rng(seed)
    arrays = conv_arrays(rng, dims, params, xshape, O)
    check_torch(f"conv{dims}d", params, arrays, conv_ref(dims, params, params["bias"]), rng,
                flags=FAST + PATHS[path])


# ----------------------------------------------------------------------------- pooling

MAXPOOL = [
    (2, dict(kernel_size=2), (2, 3, 6, 7)),
    (2, dict(kernel_size=3, stride=2, padding=1), (2, 2, 7, 8)),
    (2, dict(kernel_size=2, stride=3), (1, 2, 8, 10)),                           # stride > kernel
    (2, dict(kernel_size=3, stride=2, padding=1, dilation=2), (2, 2, 9, 8)),
    (2, dict(kernel_size=3, stride=2, ceil_mode=True), (1, 1, 8, 7)),
    (2, dict(kernel_size=(3, 2), stride=(2, 3), padding=(1, 1), ceil_mode=True), (2, 1, 9, 7)),
    (1, dict(kernel_size=3, stride=2, padding=1, dilation=2, ceil_mode=True), (2, 3, 12)),
    (1, dict(kernel_size=1), (1, 1, 5)),
    # output rows longer than one block of the gradient's window scan (256 positions)
    (1, dict(kernel_size=3, stride=2, padding=1), (1, 2, 1100)),
    (2, dict(kernel_size=2), (1, 1, 3, 601)),
    (3, dict(kernel_size=2, stride=(1, 2, 2), padding=1), (1, 2, 3, 5, 4)),
]


def maxpool_ref(dims, params):
    fn = {1: F.max_pool1d, 2: F.max_pool2d, 3: F.max_pool3d}[dims]
    kw = dict(params)
    return lambda x: fn(x, **kw)


@pytest.mark.parametrize("dims,params,xshape", MAXPOOL,
                         ids=[f"max_pool{c[0]}d-{i}" for i, c in enumerate(MAXPOOL)])
def test_max_pool_vs_torch_with_ties(dims, params, xshape):
    rng = np.random.default_rng(7)
    check_torch(f"max_pool{dims}d", params, [ints(rng, xshape)], maxpool_ref(dims, params), rng)


@st.composite
def pool_configs(draw, kind):
    dims = draw(st.integers(1, 2))
    k = tuple(draw(st.integers(1, 3)) for _ in range(dims))
    s = tuple(draw(st.integers(1, 3)) for _ in range(dims))
    p = tuple(draw(st.integers(0, kk // 2)) for kk in k)
    d = tuple(draw(st.integers(1, 2)) for _ in range(dims)) if kind == "max" else (1,) * dims
    ext = tuple(draw(st.integers(max(1, dd * (kk - 1) + 1 - 2 * pp),
                                 max(1, dd * (kk - 1) + 1 - 2 * pp) + 5))
                for kk, dd, pp in zip(k, d, p))
    params = dict(kernel_size=k, stride=s, padding=p, ceil_mode=draw(st.booleans()))
    if kind == "max":
        params["dilation"] = d
    else:
        params["count_include_pad"] = draw(st.booleans())
        params["divisor_override"] = draw(st.sampled_from([None, None, 1, 3]))
    N, C = draw(st.integers(1, 2)), draw(st.integers(1, 2))
    return dims, params, (N, C) + ext


@HYP
@given(pool_configs("max"), st.integers(0, 2**16))
def test_max_pool_hypothesis(cfg, seed):
    dims, params, xshape = cfg
    # a window of padding only: PyTorch's gradient is undefined there (tests/test_empty_window.py)
    assume(not torch.isinf(maxpool_ref(dims, params)(torch.zeros(xshape, dtype=torch.float64))).any())
    rng = np.random.default_rng(seed)
    check_torch(f"max_pool{dims}d", params, [ints(rng, xshape)], maxpool_ref(dims, params), rng,
                flags=FAST)


AVGPOOL = [
    (2, dict(kernel_size=2), (2, 3, 6, 7)),
    (2, dict(kernel_size=3, stride=2, padding=1, count_include_pad=True), (2, 2, 7, 8)),
    (2, dict(kernel_size=3, stride=2, padding=1, count_include_pad=False), (2, 2, 7, 8)),
    (2, dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=True),
     (1, 2, 8, 6)),
    (2, dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False),
     (1, 2, 8, 6)),
    (2, dict(kernel_size=3, stride=2, padding=1, divisor_override=5), (2, 1, 7, 7)),
    (2, dict(kernel_size=2, stride=3), (1, 1, 8, 10)),                           # stride > kernel
    (1, dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False),
     (2, 3, 10)),
    (3, dict(kernel_size=2, stride=1, padding=1, divisor_override=3), (1, 2, 4, 5, 3)),
]


def avgpool_ref(dims, params):
    fn = {1: F.avg_pool1d, 2: F.avg_pool2d, 3: F.avg_pool3d}[dims]
    kw = dict(params)
    if dims == 1:
        kw.pop("divisor_override", None)      # avg_pool1d has no divisor_override
    return lambda x: fn(x, **kw)


@pytest.mark.parametrize("dims,params,xshape", AVGPOOL,
                         ids=[f"avg_pool{c[0]}d-{i}" for i, c in enumerate(AVGPOOL)])
def test_avg_pool_vs_torch(dims, params, xshape):
    rng = np.random.default_rng(11)
    check_torch(f"avg_pool{dims}d", params, [rng.standard_normal(xshape)],
                avgpool_ref(dims, params), rng)


@HYP
@given(pool_configs("avg"), st.integers(0, 2**16))
def test_avg_pool_hypothesis(cfg, seed):
    dims, params, xshape = cfg
    if dims == 1 and params["divisor_override"] is not None:
        # torch's avg_pool1d lacks divisor_override: compare through avg_pool2d on (.., 1, L)
        rng = np.random.default_rng(seed)
        x = rng.standard_normal(xshape)
        kw = dict(params)
        kw2 = {k: (1,) + tuple(v) if isinstance(v, tuple) else v for k, v in kw.items()}
        kw2["padding"] = (0,) + tuple(params["padding"])
        ref = lambda t: F.avg_pool2d(t[:, :, None, :], **kw2)[:, :, 0, :]  # noqa: E731
        check_torch("avg_pool1d", params, [x], ref, rng, flags=FAST)
        return
    rng = np.random.default_rng(seed)
    check_torch(f"avg_pool{dims}d", params, [rng.standard_normal(xshape)],
                avgpool_ref(dims, params), rng, flags=FAST)


# ----------------------------------------------------------------------------- dense, activations, losses

@pytest.mark.parametrize("path", sorted(PATHS))
def test_linear_vs_torch(path):
    rng = np.random.default_rng(3)
    x, w, b = rng.standard_normal((4, 5)), rng.standard_normal((3, 5)), rng.standard_normal(3)
    check_torch("linear", {}, [x, w, b], lambda x, w, b: F.linear(x, w, b), rng,
                flags=PATHS[path])
    check_torch("linear", dict(bias=False), [x[:1], w], lambda x, w: F.linear(x, w), rng,
                flags=PATHS[path])


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu"])
def test_activations_vs_torch(name):
    rng = np.random.default_rng(5)
    x = rng.standard_normal((2, 3, 4)) * 3
    x[0, 0, :2] = 0.0          # relu'(0) = 0, as PyTorch
    check_torch(name, {}, [x], getattr(torch, name), rng)


@pytest.mark.parametrize("dim", [-1, 1, 0])
def test_softmax_vs_torch(dim):
    rng = np.random.default_rng(6)
    x = rng.standard_normal((3, 4, 5)) * 50     # large logits: the row max is subtracted
    check_torch("softmax", dict(dim=dim), [x], lambda t: torch.softmax(t, dim), rng)


def test_losses_vs_torch():
    rng = np.random.default_rng(8)
    y, d = rng.standard_normal((3, 4)), rng.standard_normal((3, 4))
    check_torch("half_sse", {}, [y, d], lambda a, b: 0.5 * ((a - b) ** 2).sum(), rng)
    check_torch("mse_loss", {}, [y, d], F.mse_loss, rng)
    x = rng.standard_normal((5, 4)) * 300        # overflow without the max shift
    t = np.array([0, 3, 1, 1, 2])
    check_torch("cross_entropy", {}, [x, t], F.cross_entropy, rng)
    check_torch("cross_entropy", {}, [x[:1], t[:1]], F.cross_entropy, rng)


# ----------------------------------------------------------------------------- superpixel pooling

def superpixel_ref(kind, R):
    """Region pooling from torch ops: scatter_reduce over the flattened pixels."""
    def fn(x, label):
        N, C, H, W = x.shape
        idx = label.reshape(N, 1, H * W).expand(N, C, H * W)
        flat = x.reshape(N, C, H * W)
        count = torch.zeros(N, R, dtype=x.dtype).scatter_add(
            1, label.reshape(N, H * W), torch.ones(N, H * W, dtype=x.dtype))[:, None, :]
        if kind == "max":
            init = torch.full((N, C, R), -torch.inf, dtype=x.dtype)
            y = init.scatter_reduce(2, idx, flat, "amax", include_self=True)
            return torch.where(count > 0, y, torch.zeros_like(y))
        s = torch.zeros(N, C, R, dtype=x.dtype).scatter_add(2, idx, flat)
        return s / torch.clamp(count, min=1)
    return fn


@pytest.mark.parametrize("kind,ties", [("max", "first"), ("max", "split"), ("avg", None)])
def test_superpixel_vs_torch_reference(kind, ties):
    rng = np.random.default_rng(9)
    R = 6
    x = rng.standard_normal((2, 3, 5, 4))          # continuous: no ties, both rules agree
    label = rng.integers(0, R - 1, size=(2, 5, 4))  # region R-1 stays empty
    params = dict(num_regions=R)
    if ties:
        params["ties"] = ties
    check_torch(f"superpixel_{kind}_pool", params, [x, label], superpixel_ref(kind, R), rng)


def _sym(op, name):
    for t in op.inputs:
        for e in t.slot_extents:
            for s in e.free_symbols:
                if s.name == name:
                    return s
    raise KeyError(name)


@pytest.mark.parametrize("name,params", [
    ("superpixel_max_pool", dict(num_regions=3, ties="first")),
    ("superpixel_max_pool", dict(num_regions=3, ties="split")),
    ("superpixel_avg_pool", dict(num_regions=3)),
    ("max_pool2d", dict(kernel_size=3, stride=1, padding=1, ties="split")),
    ("max_pool2d", dict(kernel_size=2, stride=1, ties="first")),
])
def test_tie_rules_vs_exact_evaluator(name, params):
    """Tied maxima everywhere: the C gradients equal the exact interpreter's."""
    rng = np.random.default_rng(12)
    op = ops.get(name, **params)
    d = op.derive().concrete()
    if name.startswith("superpixel"):
        x = rng.integers(0, 2, size=(1, 2, 3, 3)).astype(np.float64)
        label = rng.integers(0, 3, size=(1, 3, 3))
        arrays = [x, label]
        tensors = {"x": x, "label": label}
    else:
        x = rng.integers(0, 2, size=(1, 2, 4, 4)).astype(np.float64)
        arrays, tensors = [x], {"x": x}
    sizes = {_sym(op, s): v for s, v in zip("NCHW", x.shape)}
    k = cload.load(op)
    y = k.forward(*arrays)
    ev = Evaluator(tensors, sizes)
    want_y = ev.formula_array(d.forward.subs(sizes), y.shape).astype(np.float64)
    close(y, want_y)
    g = rng.standard_normal(y.shape)
    ev = Evaluator(dict(tensors, **{d.upstream.name: g, op.output.name: y}), sizes)
    want = ev.formula_array(d.gradients["x"].formula.subs(sizes), x.shape).astype(np.float64)
    close(k.backward(g, *arrays)[0], want)


# ----------------------------------------------------------------------------- float32, layouts

def test_float32_smoke():
    rng = np.random.default_rng(13)
    x = rng.standard_normal((2, 3, 7, 6)).astype(np.float32)
    w = rng.standard_normal((4, 3, 3, 3)).astype(np.float32)
    b = rng.standard_normal(4).astype(np.float32)
    for path in sorted(PATHS):
        check_torch("conv2d", dict(stride=2, padding=1), [x, w, b],
                    lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=1), rng, rtol=1e-4,
                    flags=PATHS[path])
    check_torch("max_pool2d", dict(kernel_size=3, stride=2, padding=1), [x],
                lambda t: F.max_pool2d(t, 3, 2, 1), rng, rtol=1e-5)
    check_torch("avg_pool2d", dict(kernel_size=2), [x], lambda t: F.avg_pool2d(t, 2), rng,
                rtol=1e-5)
    check_torch("softmax", {}, [x[0, 0] * 40], lambda t: torch.softmax(t, -1), rng, rtol=1e-4)
    k = cload.load(ops.get("conv2d", stride=2, padding=1))
    assert k.forward(x, w, b).dtype == np.float32
    assert all(g.dtype == np.float32 for g in
               k.backward(np.ones((2, 4, 4, 3), np.float32), x, w, b))


def test_unbatched_and_noncontiguous_inputs():
    rng = np.random.default_rng(14)
    k = cload.load(ops.get("conv2d", padding=1))
    x = rng.standard_normal((3, 6, 5))
    w = rng.standard_normal((2, 3, 3, 3))
    b = rng.standard_normal(2)
    y = k.forward(x, w, b)
    close(y, F.conv2d(torch.tensor(x), torch.tensor(w), torch.tensor(b), padding=1).numpy())
    gx, gw, gb = k.backward(np.ones_like(y), x, w, b)
    assert gx.shape == x.shape
    # an absent bias passed as None, as torch.nn.functional takes it; the op by name
    k0 = cload.load("conv2d", padding=1, bias=False)
    y0 = k0.forward(x, w, None)
    close(y0, F.conv2d(torch.tensor(x), torch.tensor(w), None, padding=1).numpy())
    assert k0.backward(np.ones_like(y0), x, w, None)[2] is None
    # non-contiguous input is copied to a contiguous array: same result
    big = rng.standard_normal((2, 3, 12, 5))
    xs = big[:, :, ::2, :]
    assert not xs.flags.c_contiguous
    close(k.forward(xs, w, b), k.forward(np.ascontiguousarray(xs), w, b))


# ----------------------------------------------------------------------------- bad input

@pytest.mark.parametrize("make,pattern", [
    (lambda r: ("conv2d", {}, [r((2, 3, 6, 6)), r((4, 2, 3, 3)), r(4)]), "axis 1"),
    (lambda r: ("conv2d", {}, [r((2, 3, 6, 6)), r((4, 3, 2, 3)), r(4)]), "K_h = 3"),
    (lambda r: ("conv2d", {}, [r((2, 3, 6, 6)), r((4, 3, 3, 3)), r(5)]), "b: axis 0"),
    (lambda r: ("conv2d", {}, [r((2, 3, 2, 6)), r((4, 3, 3, 3)), r(4)]), "does not fit"),
    (lambda r: ("conv2d", dict(groups=2), [r((2, 4, 6, 6)), r((3, 2, 3, 3)), r(3)]),
     "divisible by 2"),
    (lambda r: ("conv2d", dict(groups=2), [r((2, 3, 6, 6)), r((4, 1, 3, 3)), r(4)]),
     "x: axis 1"),
    (lambda r: ("conv2d", {}, [r((2, 3, 6, 6)), r((4, 3, 3, 3))]), "expected 3 tensors"),
    (lambda r: ("conv2d", {}, [r((3, 6, 6, 1, 1)), r((4, 3, 3, 3)), r(4)]), "4 axes"),
    (lambda r: ("conv2d", {}, [r((2, 3, 6, 6)).astype(np.int32), r((4, 3, 3, 3)), r(4)]),
     "float64 or float32"),
    (lambda r: ("conv2d", {}, [r((2, 3, 6, 6)).astype(np.float16), r((4, 3, 3, 3)), r(4)]),
     "float64 or float32"),
    (lambda r: ("conv2d", {}, [r((2, 3, 6, 6)), r((4, 3, 3, 3)).astype(np.float32), r(4)]),
     "share one dtype"),
    (lambda r: ("max_pool2d", dict(kernel_size=3, dilation=2), [r((1, 1, 4, 4))]),
     "does not fit"),
    (lambda r: ("superpixel_max_pool", dict(num_regions=3),
                [r((1, 2, 3, 3)), np.full((1, 3, 3), 3)]), "label values must lie in 0..R-1"),
    (lambda r: ("superpixel_avg_pool", dict(num_regions=3),
                [r((1, 2, 3, 3)), np.full((1, 3, 3), -1)]), "label values"),
    (lambda r: ("superpixel_avg_pool", dict(num_regions=3),
                [r((1, 2, 3, 3)), np.zeros((1, 3, 3))]), "must hold integers"),
    (lambda r: ("superpixel_avg_pool", dict(num_regions=3),
                [r((1, 2, 3, 3)), np.zeros((1, 3, 4), dtype=np.int64)]), "label: axis 2"),
    (lambda r: ("cross_entropy", {}, [r((3, 4)), np.array([0, 4, 1])]), "t values"),
    (lambda r: ("mse_loss", {}, [r((3, 4)), r((4, 3))]), "same shape"),
    (lambda r: ("linear", {}, [r((3, 4)), r((2, 5)), r(2)]), "w: axis 1"),
])
def test_bad_input_is_value_error(make, pattern):
    rng = np.random.default_rng(0)
    name, params, arrays = make(lambda s: rng.standard_normal(s))
    k = cload.load(ops.get(name, **params))
    with pytest.raises(ValueError, match=pattern) as ei:
        k.forward(*arrays)
    assert "\n" not in str(ei.value)
    with pytest.raises(ValueError):
        k.backward(np.ones(1), *arrays)


def test_bad_grad_output_is_value_error():
    rng = np.random.default_rng(0)
    k = cload.load(ops.get("max_pool2d", kernel_size=2))
    x = rng.standard_normal((1, 2, 4, 4))
    with pytest.raises(ValueError, match="grad_output has shape"):
        k.backward(np.ones((1, 2, 3, 2)), x)
    with pytest.raises(ValueError, match="grad_output"):
        k.backward(np.ones((1, 2, 2, 2), dtype=np.int64), x)


# ----------------------------------------------------------------------------- compilation

WARN_CONFIGS = [
    ("conv1d", dict(groups=2, bias=False, stride=2, dilation=2, padding=1)),
    ("conv2d", dict(stride=2, padding=1, dilation=2)),
    ("conv2d", dict(kernel_size=(2, 4), padding="same")),
    ("conv3d", {}),
    ("max_pool1d", dict(kernel_size=3, stride=2, ceil_mode=True)),
    ("max_pool2d", dict(kernel_size=3, stride=2, padding=1, ties="split")),
    ("max_pool3d", {}),
    ("avg_pool1d", dict(kernel_size=3, stride=2, padding=1, count_include_pad=False)),
    ("avg_pool2d", dict(kernel_size=3, stride=2, padding=1, divisor_override=5)),
    ("avg_pool3d", dict(ceil_mode=True)),
    ("superpixel_max_pool", {}), ("superpixel_max_pool", dict(ties="split")),
    ("superpixel_avg_pool", {}), ("linear", {}), ("linear", dict(bias=False)),
    ("sigmoid", {}), ("tanh", {}), ("relu", {}), ("softmax", {}), ("half_sse", {}),
    ("mse_loss", {}), ("cross_entropy", {}),
]


def test_every_catalog_op_lowers():
    lowered = {n for n, _ in WARN_CONFIGS}
    assert lowered == set(ops.names())


@pytest.mark.parametrize("name,params", WARN_CONFIGS,
                         ids=[f"{n}-{i}" for i, (n, _) in enumerate(WARN_CONFIGS)])
def test_sources_compile_without_warnings(name, params, tmp_path):
    k = clower.lower(ops.get(name, **params))
    (tmp_path / f"{k.prefix}.c").write_text(k.c_source)
    (tmp_path / f"{k.prefix}.h").write_text(k.h_source)
    omp = ["-fopenmp"] if "-fopenmp" in cload.compiler_flags() else []
    r = subprocess.run([os.environ.get("CC", "cc"), "-std=c99", "-Wall", "-Wextra", "-Werror",
                        "-O1", "-c", str(tmp_path / f"{k.prefix}.c"), "-o",
                        str(tmp_path / "k.o"), *omp], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def _asan_runtime():
    cc = os.environ.get("CC", "cc")
    r = subprocess.run([cc, "-print-file-name=libasan.so"], capture_output=True, text=True)
    path = r.stdout.strip()
    return path if r.returncode == 0 and os.path.isabs(path) and os.path.exists(path) else None


SANITIZE_SCRIPT = textwrap.dedent("""
    import ctypes, sys
    import numpy as np
    from derive import ops
    from derive.codegen import cload
    flags = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all",
             "-fno-omit-frame-pointer", "-O1", "-g"]
    if len(sys.argv) > 1:
        # control: a library with a heap overflow must be reported
        lib = ctypes.CDLL(sys.argv[1])
        lib.overflow.restype = ctypes.c_double
        print(lib.overflow(8))
        sys.exit(0)
    rng = np.random.default_rng(0)
    cases = [
        ("conv2d", dict(stride=2, padding=1, dilation=2), [(2, 3, 7, 8), (4, 3, 3, 3), (4,)]),
        ("conv1d", dict(groups=2, stride=3, kernel_size=2, bias=False), [(1, 4, 9), (2, 2, 2)]),
        ("max_pool2d", dict(kernel_size=3, stride=2, padding=1, ceil_mode=True),
         [(2, 2, 7, 6)]),
        ("max_pool2d", dict(kernel_size=2, stride=1, ties="split"), [(1, 1, 3, 4)]),
        ("avg_pool2d", dict(kernel_size=3, stride=2, padding=1, ceil_mode=True,
                            count_include_pad=False), [(1, 2, 6, 7)]),
        ("softmax", {}, [(3, 5)]),
    ]
    gemm = ["-DDERIVE_GEMM_MIN_FLOPS=0", "-DDERIVE_PARALLEL_MIN_FLOPS=0"]
    cases += [(n, p, s, gemm) for n, p, s in cases if n.startswith("conv")]
    cases += [("linear", {}, [(3, 5), (4, 5), (4,)], gemm),
              ("conv2d", dict(padding=1), [(3, 4, 9, 7), (5, 4, 3, 3), (5,)], gemm)]
    for name, params, shapes, *extra in cases:
        k = cload.load(ops.get(name, **params), extra_flags=flags + (extra[0] if extra else []))
        arrays = [np.round(rng.standard_normal(s)) for s in shapes]
        y = k.forward(*arrays)
        k.backward(np.ones_like(y), *arrays)
        for dt in (np.float32,):
            a32 = [a.astype(dt) for a in arrays]
            k.backward(np.ones_like(y, dtype=dt), *a32)
    for name in ("superpixel_max_pool", "superpixel_avg_pool"):
        k = cload.load(ops.get(name, num_regions=4), extra_flags=flags)
        x = rng.standard_normal((2, 2, 3, 4)); lab = rng.integers(0, 3, (2, 3, 4))
        y = k.forward(x, lab)
        k.backward(np.ones_like(y), x, lab)
    # declared ops: a sum nested in a function read at the border, two-slot strided reads, a
    # window of products with shared ties, a softmax-weighted window (its size fixed), a
    # transposed convolution gathered over the input positions
    from tests.test_user_kernels import (gated_conv, soft_window, split_gated_max,
                                         transposed_conv, two_slot_strided)
    for op, shapes in [(gated_conv(), [(2, 6), (2, 3)]), (two_slot_strided(), [(7, 10), (3,)]),
                       (split_gated_max(), [(5, 8), (2, 2)]), (soft_window().bind(K=3), [(5,)]),
                       (transposed_conv(), [(2, 5), (2, 3, 3)])]:
        k = cload.load(op, extra_flags=flags)
        arrays = [rng.standard_normal(s) for s in shapes]
        y = k.forward(*arrays)
        k.backward(np.ones_like(y), *arrays)
    k = cload.load(ops.get("cross_entropy"), extra_flags=flags)
    x = rng.standard_normal((3, 4)); t = np.array([0, 3, 2])
    k.backward(1.0, x, t)
    try:
        k.forward(x, np.array([0, 4, 2]))
    except ValueError:
        pass
    print("sanitized run finished")
""")


def test_kernels_under_address_and_undefined_sanitizers(tmp_path):
    assert _asan_runtime() is not None, "gcc's AddressSanitizer runtime (libasan) is missing"
    env = dict(os.environ, LD_PRELOAD=_asan_runtime(),
               ASAN_OPTIONS="detect_leaks=0:abort_on_error=0",
               UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1",
               DERIVE_CACHE=str(tmp_path / "cache"))
    script = tmp_path / "run.py"
    script.write_text(SANITIZE_SCRIPT)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    r = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True,
                       timeout=600)
    report = r.stderr
    assert r.returncode == 0, report[-4000:]
    assert "sanitized run finished" in r.stdout
    assert "AddressSanitizer" not in report and "runtime error" not in report, report[-4000:]
    # control: the same set-up does report a real overflow
    bad = tmp_path / "bad.c"
    bad.write_text("#include <stdlib.h>\n"
                   "double overflow(int n) { double *p = malloc(n * sizeof(double));\n"
                   "  for (int i = 0; i < n; ++i) p[i] = i;\n"
                   "  double s = p[n]; free(p); return s; }\n")
    lib = tmp_path / "bad.so"
    subprocess.run([os.environ.get("CC", "cc"), "-fsanitize=address,undefined", "-fPIC",
                    "-shared", "-g", str(bad), "-o", str(lib)], check=True)
    r = subprocess.run([sys.executable, str(script), str(lib)], env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode != 0 and "AddressSanitizer" in r.stderr


def test_backward_wrt_computes_only_the_gradients_asked_for():
    rng = np.random.default_rng(21)
    x, w, b = rng.standard_normal((2, 3, 6, 5)), rng.standard_normal((4, 3, 3, 3)), \
        rng.standard_normal(4)
    k = cload.load(ops.get("conv2d", stride=2, padding=1))
    g = rng.standard_normal(k.forward(x, w, b).shape)
    xt, wt, bt = (torch.tensor(a, requires_grad=True) for a in (x, w, b))
    F.conv2d(xt, wt, bt, stride=2, padding=1).backward(torch.tensor(g))
    gx, gw, gb = k.backward(g, x, w, b, wrt="x")
    assert gw is None and gb is None
    close(gx, xt.grad.numpy())
    gx, gw, gb = k.backward(g, x, w, b, wrt=("w", "b"))
    assert gx is None
    close(gw, wt.grad.numpy())
    close(gb, bt.grad.numpy())
    with pytest.raises(ValueError, match="wrt='y'.*x, w, b"):
        k.backward(g, x, w, b, wrt="y")


def test_max_pool_gradient_scans_each_window_once():
    """The max-pooling gradient is lowered by one window scan per output position, adding the
    upstream gradient at the first maximizer (no table of maximizers, no pass per (element,
    offset) pair); a split tie rule keeps the gather with its tables."""
    for dims in (1, 2, 3):
        src = clower.lower(ops.get(f"max_pool{dims}d", kernel_size=3, stride=2,
                                   padding=1)).c_source
        back = src[src.index(f"derive_max_pool{dims}d_backward_x_f64("):]
        back = back[:back.index("\n}\n")]
        assert "table_" not in back and "malloc" not in back
        assert back.count("< 0) continue;") == 2        # the parallel and the plain nest
        # the element's offset in the window comes from a per-call table indexed by the code
        assert re.search(r"int64_t offset_\d+\[%d\];" % 3 ** dims, back)
    split = clower.lower(ops.get("max_pool2d", kernel_size=2, ties="split")).c_source
    assert "table_max" in split


@pytest.mark.parametrize("params,stores", [
    (dict(kernel_size=2), True),                              # windows tile the input
    (dict(kernel_size=3, stride=3, padding=1), True),
    (dict(kernel_size=2, dilation=2, stride=3), True),        # {0, 2}, {3, 5}, ...
    (dict(kernel_size=(2, 3), stride=(2, 3)), True),
    (dict(kernel_size=3, stride=2), False),                   # neighbours share a column
    (dict(kernel_size=2, dilation=2, stride=2), False),       # {0, 2}, {2, 4}, ...
    (dict(kernel_size=2, stride=(2, 1)), False),
])
def test_windows_that_do_not_overlap_store(params, stores):
    """The max-pool gradient stores into the zeroed plane when no two windows share an
    element (each element gets at most one value), and adds where windows overlap."""
    src = clower.lower(ops.get("max_pool2d", **params)).c_source
    back = src[src.index("derive_max_pool2d_backward_x_f64("):]
    back = back[:back.index("\n}\n")]
    assert ("] = grad_y[" in back, "] += grad_y[" in back) == (stores, not stores)


def test_unpadded_windows_scan_constant_ranges():
    """Without padding every pooling window lies inside the input: the window loops of the
    forward and of the gradient's scan run over constant ranges (unrolled by the compiler);
    with padding the bounds stay."""
    src = clower.lower(ops.get("max_pool2d", kernel_size=3, stride=2)).c_source
    loops = re.findall(r"for \(int64_t k_[hw]_\d+ = ([^;]*); k_[hw]_\d+ <= ([^;]*);", src)
    assert loops and all(lo == "0" and hi == "2" for lo, hi in loops), loops
    padded = clower.lower(ops.get("max_pool2d", kernel_size=3, stride=2, padding=1)).c_source
    loops = re.findall(r"for \(int64_t k_[hw]_\d+ = ([^;]*); k_[hw]_\d+ <= ([^;]*);", padded)
    assert loops and all("derive_imax" in lo and "derive_imin" in hi for lo, hi in loops)


def test_unpadded_convolution_loops_over_constant_tap_ranges():
    """The small-size convolution loops (below the GEMM path): without padding the tap loops
    and the output rows they add into run over plain ranges, the Max / Min of the derived
    bounds dropped where they never decide; with padding the tap bounds stay."""
    def function(src, name):
        """The small-size loops of function ``name`` (before its GEMM path)."""
        body = src[src.index(f"int {name}("):]
        body = body[body.index("< DERIVE_GEMM_MIN_FLOPS) {"):]
        return body[:body.index("\n    } else {")]

    src = clower.lower(ops.get("conv2d", kernel_size=5)).c_source
    fwd = function(src, "derive_conv2d_forward_f64")
    taps = re.findall(r"const int64_t k_[hw]_(?:lo|hi)_\d+ = ([^;]*);", fwd)
    assert taps and set(taps) == {"0", "4"}, taps
    rows = re.findall(r"const int64_t j_(?:lo|hi)_\d+ = ([^;]*);", fwd)
    assert rows and not any("derive_im" in r for r in rows), rows
    gw = function(src, "derive_conv2d_backward_w_f64")
    rows = re.findall(r"const int64_t [ij]_(?:lo|hi)_\d+ = ([^;]*);", gw)
    assert rows and not any("derive_im" in r for r in rows), rows
    padded = clower.lower(ops.get("conv2d", kernel_size=3, padding=1)).c_source
    fwd = function(padded, "derive_conv2d_forward_f64")
    taps = re.findall(r"const int64_t k_h_lo_\d+ = ([^;]*);", fwd)
    assert taps and all("derive_imax" in t for t in taps), taps


def test_short_rows_of_a_reduction_add_into_lane_sums():
    """At small sizes a weight gradient sums short rows (10 wide in the seed CNN): the rows
    add into a vector of lane sums (8 doubles, 16 floats), folded into the accumulator once,
    with the rest of each row added to it directly.  The torch comparisons run these loops
    with rows shorter than, equal to and longer than a vector."""
    src = clower.lower(ops.get("conv2d", kernel_size=5)).c_source
    for fs, lanes in (("f64", 8), ("f32", 16)):
        body = src[src.index(f"int derive_conv2d_backward_w_{fs}("):]
        body = body[body.index("< DERIVE_GEMM_MIN_FLOPS) {"):]
        body = body[:body.index("\n    } else {")]
        decl = re.findall(r"(?:double|float) (lanes_\d+)\[(\d+)\] = \{0\};", body)
        assert decl and all(int(n) == lanes for _, n in decl), decl
        name = decl[0][0]
        assert re.search(r"%s\[lane\w*\] \+= " % name, body)
        assert re.search(r"acc_\d+ \+= %s\[lane\w*\];" % name, body)
    rng = np.random.default_rng(4)
    k = cload.load(ops.get("conv2d", kernel_size=3))
    for width in (5, 10, 12, 21):          # rows of 3, 8, 10 and 19 outputs
        x, w = rng.standard_normal((2, 3, 6, width)), rng.standard_normal((4, 3, 3, 3))
        b = rng.standard_normal(4)
        g = rng.standard_normal((2, 4, 4, width - 2))
        xt, wt = torch.tensor(x, requires_grad=True), torch.tensor(w, requires_grad=True)
        F.conv2d(xt, wt, torch.tensor(b)).backward(torch.tensor(g))
        np.testing.assert_allclose(k.backward(g, x, w, b, wrt="w")[1], wt.grad.numpy(),
                                   rtol=1e-10, atol=1e-12)


def test_input_addresses_follow_the_arrays_passed():
    """The loader reuses the address of the array passed last in a slot: results follow new
    arrays, arrays written in place, and an array resized in place (the address changes)."""
    k = cload.load(ops.get("linear"))
    rng = np.random.default_rng(3)
    w, b = rng.standard_normal((4, 3)), rng.standard_normal(4)
    x1, x2 = rng.standard_normal((2, 3)), rng.standard_normal((2, 3))

    def ref(x):
        return x @ w.T + b

    for x in (x1, x2, x1):
        np.testing.assert_allclose(k.forward(x, w, b), ref(x), rtol=1e-12)
    x1[0, 0] = 7.0
    np.testing.assert_allclose(k.forward(x1, w, b), ref(x1), rtol=1e-12)
    x1.resize((50000, 3), refcheck=False)      # reallocated: a new address
    x1[:] = rng.standard_normal((50000, 3))
    np.testing.assert_allclose(k.forward(x1, w, b), ref(x1), rtol=1e-12)
    g = rng.standard_normal((2, 4))
    for x in (x2, x1[:2].copy()):
        np.testing.assert_allclose(k.backward(g, x, w, b)[1], g.T @ x, rtol=1e-12)


def test_the_kernel_keeps_no_large_input_alive():
    """The loader's address cache holds only small inputs: a large input dropped by the
    caller is freed, and the next arrays get their own addresses."""
    import gc
    import weakref
    k = cload.load(ops.get("linear"))
    rng = np.random.default_rng(4)
    w, b = rng.standard_normal((4, 3)), rng.standard_normal(4)
    x = rng.standard_normal((cload.ADDRESS_CACHE_BYTES // 24 + 1, 3))
    k.forward(x, w, b)
    gone = weakref.ref(x)
    del x
    gc.collect()
    assert gone() is None
    for n in (2, 50000, 2):
        x = rng.standard_normal((n, 3))
        np.testing.assert_allclose(k.forward(x, w, b), x @ w.T + b, rtol=1e-12)


def _batch_shifted_conv():
    """y[n, o, i] = sum_{c,k} x[n, c, i + k - n] w[o, c, k]: each image read shifted by its
    own index, so the gathered matrices' masks depend on the image (the cut of the products)."""
    from derive import Op, Tensor, index, size
    import sympy as sp
    N, C, O, L, K = size("N C O L K")
    n, o, i, c, k = index("n o i c k")
    x = Tensor("x", [("batch", N), ("channel", C), ("position", L)])
    w = Tensor("w", [("out channel", O), ("channel", C), ("tap", K)])
    y = Tensor("y", [("batch", N), ("out channel", O), ("position", L)])
    return Op("batch_shifted_conv", inputs=[x, w], output=y, index=(n, o, i),
              formula=sp.Sum(x[n, c, i + k - n] * w[o, c, k], (c, 0, C - 1), (k, 0, K - 1)))


@pytest.mark.parametrize("path", sorted(PATHS))
def test_masks_that_depend_on_the_image(path):
    """Gathers whose zero pattern changes from one image to the next (written row by row,
    zeros included) against torch autograd, through both lowerings."""
    op = _batch_shifted_conv()
    k = cload.load(op, extra_flags=PATHS[path])
    rng = np.random.default_rng(5)
    N, C, O, L, K = 4, 3, 2, 7, 3
    x, w = rng.standard_normal((N, C, L)), rng.standard_normal((O, C, K))
    xt, wt = torch.tensor(x, requires_grad=True), torch.tensor(w, requires_grad=True)
    xp = F.pad(xt, (N + K, N + K))            # position p of x sits at p + N + K
    cols = []
    for nn in range(N):
        taps = torch.stack([xp[nn, :, N + K + kk - nn: N + K + kk - nn + L]
                            for kk in range(K)], 1)         # (C, K, L)
        cols.append(torch.einsum("ckl,ock->ol", taps, wt))
    yt = torch.stack(cols)
    close(k.forward(x, w), yt.detach().numpy())
    g = rng.standard_normal(yt.shape)
    yt.backward(torch.tensor(g))
    gx, gw = k.backward(g, x, w)
    close(gx, xt.grad.numpy())
    close(gw, wt.grad.numpy())
    # the image-dependent gather is the one allocated without zeroing (rows write their zeros)
    src = clower.lower(op).c_source
    assert re.search(r"\*b_mat_\d+ = \(double \*\)malloc", src)
