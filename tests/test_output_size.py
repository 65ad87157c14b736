"""Derived output sizes equal PyTorch's for every option combination on a small grid, and a
kernel that does not fit is refused as PyTorch refuses it."""
import itertools

import pytest
import sympy as sp
import torch
import torch.nn.functional as F

from derive import ops
from derive.ops.params import ParamError


def derived_len(op, L):
    (ext_sym, ext), = op.definitions.items()
    return int(sp.sympify(ext).subs(op.bindings).subs(sp.Symbol("L", integer=True, positive=True), L))


def torch_len(fn, L, **kw):
    try:
        if fn == "conv1d":
            return F.conv1d(torch.zeros(1, 1, L), torch.zeros(1, 1, kw.pop("kernel_size")), **kw).shape[-1]
        return getattr(F, fn)(torch.zeros(1, 1, L), **kw).shape[-1]
    except RuntimeError:
        return None


def _check(name, fn, L, params, torch_kw):
    try:
        op = ops.get(name, L=L, **params)
    except ParamError:
        got = None
    else:
        got = derived_len(op, L)
    want = torch_len(fn, L, **torch_kw)
    assert got == want, (name, L, params, got, want)


@pytest.mark.parametrize("ceil_mode", [False, True])
def test_max_pool_sizes(ceil_mode):
    n = 0
    for L, K, s, d in itertools.product(range(1, 9), range(1, 5), range(1, 5), range(1, 4)):
        for p in range(0, K // 2 + 1):
            kw = dict(kernel_size=K, stride=s, padding=p, dilation=d, ceil_mode=ceil_mode)
            _check("max_pool1d", "max_pool1d", L, kw, dict(kw))
            n += 1
    assert n > 500


@pytest.mark.parametrize("ceil_mode", [False, True])
def test_avg_pool_sizes(ceil_mode):
    for L, K, s in itertools.product(range(1, 9), range(1, 5), range(1, 5)):
        for p in range(0, K // 2 + 1):
            kw = dict(kernel_size=K, stride=s, padding=p, ceil_mode=ceil_mode)
            _check("avg_pool1d", "avg_pool1d", L, kw, dict(kw))


def test_conv_sizes():
    for L, K, s, d, p in itertools.product(range(1, 8), range(1, 5), range(1, 4), range(1, 3), range(0, 3)):
        kw = dict(kernel_size=K, stride=s, padding=p, dilation=d)
        _check("conv1d", "conv1d", L, kw, dict(kw))
    for L, K, d in itertools.product(range(1, 8), range(1, 5), range(1, 3)):
        for pad in ("same", "valid"):
            kw = dict(kernel_size=K, padding=pad, dilation=d)
            _check("conv1d", "conv1d", L, kw, dict(kw))


def test_2d_sizes_per_dimension():
    op = ops.get("max_pool2d", kernel_size=(3, 2), stride=(2, 1), padding=(1, 0), dilation=(1, 2),
                 ceil_mode=True)
    H, W = 7, 6
    sizes = {sp.Symbol("H", integer=True, positive=True): H, sp.Symbol("W", integer=True, positive=True): W}
    got = tuple(int(sp.sympify(v).subs(op.bindings).subs(sizes)) for v in op.definitions.values())
    want = F.max_pool2d(torch.zeros(1, 1, H, W), kernel_size=(3, 2), stride=(2, 1), padding=(1, 0),
                        dilation=(1, 2), ceil_mode=True).shape[-2:]
    assert got == tuple(want)
