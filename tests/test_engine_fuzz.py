"""Hypothesis-drawn configurations, each proved exactly (small sizes keep it quick)."""
from hypothesis import HealthCheck, given, settings, strategies as st

from derive.ops.params import ParamError

from .exact import prove

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@SETTINGS
@given(K=st.integers(1, 4), s=st.integers(1, 4), d=st.integers(1, 3), p=st.integers(0, 2),
       L=st.integers(1, 7), groups=st.sampled_from([1, 2]), bias=st.booleans())
def test_conv1d(K, s, d, p, L, groups, bias):
    try:
        checked = prove("conv1d", dict(kernel_size=K, stride=s, dilation=d, padding=p,
                                       groups=groups, bias=bias, L=L),
                        dict(N=1, C=groups, O=groups, C_g=1, O_g=1, L=L))
    except ParamError:
        return  # the kernel does not fit: refused, as PyTorch refuses it
    assert checked > 0


@SETTINGS
@given(K=st.integers(1, 4), s=st.integers(1, 4), p=st.integers(0, 2), L=st.integers(1, 7),
       ceil_mode=st.booleans(), cip=st.booleans(), div=st.sampled_from([None, 2, 5]))
def test_avg_pool1d(K, s, p, L, ceil_mode, cip, div):
    try:
        checked = prove("avg_pool1d", dict(kernel_size=K, stride=s, padding=p, ceil_mode=ceil_mode,
                                           count_include_pad=cip, divisor_override=div, L=L),
                        dict(N=1, C=1, L=L))
    except ParamError:
        return
    assert checked > 0


@SETTINGS
@given(K=st.integers(1, 3), s=st.integers(1, 3), d=st.integers(1, 2), p=st.integers(0, 1),
       H=st.integers(1, 5), W=st.integers(1, 4), ceil_mode=st.booleans(),
       ties=st.sampled_from(["first", "split"]))
def test_max_pool2d(K, s, d, p, H, W, ceil_mode, ties):
    try:
        checked = prove("max_pool2d", dict(kernel_size=K, stride=s, dilation=d, padding=p,
                                           ceil_mode=ceil_mode, ties=ties, H=H, W=W),
                        dict(N=1, C=1, H=H, W=W))
    except ParamError:
        return
    assert checked > 0
