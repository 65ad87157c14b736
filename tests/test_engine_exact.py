"""The exact oracle: every catalog op's derived gather formulas (forward and every gradient)
are proved equal, symbolically, to sympy.diff of the fully expanded forward at small concrete
sizes, over a grid of hyper-parameter combinations."""
import pytest

from .exact import prove

GRID = [
    # conv1d
    ("conv1d", dict(kernel_size=3), dict(N=1, C=1, O=1, L=5)),
    ("conv1d", dict(kernel_size=3, stride=2, padding=1, dilation=2), dict(N=1, C=2, O=2, L=7)),
    ("conv1d", dict(kernel_size=2, stride=3), dict(N=2, C=1, O=1, L=8)),          # stride > kernel
    ("conv1d", dict(kernel_size=4, padding="same", bias=False), dict(N=1, C=1, O=2, L=5)),
    ("conv1d", dict(kernel_size=3, padding="same", dilation=2), dict(N=1, C=1, O=1, L=4)),
    ("conv1d", dict(kernel_size=2, groups=2, stride=2, padding=1), dict(N=1, C_g=1, O_g=1, L=5)),
    ("conv1d", dict(kernel_size=5, padding=1), dict(N=1, C=1, O=1, L=3)),          # kernel = padded input
    # conv2d
    ("conv2d", dict(kernel_size=3, padding=1), dict(N=1, C=1, O=2, H=4, W=3)),
    ("conv2d", dict(kernel_size=2, stride=2, padding=1, groups=2), dict(N=1, C_g=1, O_g=2, H=4, W=3)),
    ("conv2d", dict(kernel_size=(2, 3), stride=(3, 2), dilation=(2, 1), padding=(1, 0)),
     dict(N=1, C=1, O=1, H=6, W=5)),
    ("conv2d", dict(kernel_size=1), dict(N=1, C=1, O=1, H=1, W=1)),                 # 1x1 input
    ("conv2d", dict(kernel_size=3, padding=1), dict(N=1, C=1, O=1, H=1, W=1)),      # 1x1 input, padded
    ("conv2d", dict(kernel_size=2, stride=3), dict(N=1, C=1, O=1, H=5, W=5)),       # stride > kernel
    ("conv2d", dict(kernel_size=(2, 2), padding="same", dilation=(1, 2)), dict(N=1, C=1, O=1, H=3, W=4)),
    ("conv2d", dict(kernel_size=3, stride=2, dilation=2, padding=2, groups=3),
     dict(N=1, C_g=1, O_g=1, H=5, W=5)),
    # conv3d
    ("conv3d", dict(kernel_size=2, stride=2, padding=1, dilation=(1, 2, 1)), dict(N=1, C=1, O=1, D=3, H=4, W=3)),
    ("conv3d", dict(kernel_size=(1, 2, 2), groups=2, bias=False), dict(N=1, C_g=1, O_g=1, D=2, H=3, W=2)),
    # avg_pool
    ("avg_pool1d", dict(kernel_size=3, stride=2, padding=1), dict(N=1, C=1, L=6)),
    ("avg_pool1d", dict(kernel_size=3, stride=2, padding=1, count_include_pad=False), dict(N=1, C=1, L=6)),
    ("avg_pool1d", dict(kernel_size=2, stride=3), dict(N=1, C=2, L=7)),              # stride > kernel
    ("avg_pool1d", dict(kernel_size=3, stride=2, padding=1, ceil_mode=True), dict(N=1, C=1, L=6)),
    ("avg_pool2d", dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False),
     dict(N=1, C=1, H=5, W=4)),
    ("avg_pool2d", dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=True),
     dict(N=1, C=1, H=5, W=4)),
    ("avg_pool2d", dict(kernel_size=2, divisor_override=3), dict(N=1, C=1, H=4, W=5)),
    ("avg_pool2d", dict(kernel_size=(2, 3), stride=1, padding=(1, 1)), dict(N=1, C=1, H=3, W=3)),
    ("avg_pool2d", dict(kernel_size=1), dict(N=1, C=1, H=1, W=1)),                   # 1x1 input
    ("avg_pool2d", dict(kernel_size=4, padding=2), dict(N=1, C=1, H=1, W=1)),        # kernel = padded input
    ("avg_pool3d", dict(kernel_size=2, stride=(1, 2, 2), padding=1, count_include_pad=False, ceil_mode=True),
     dict(N=1, C=1, D=2, H=3, W=3)),
    # max_pool
    ("max_pool1d", dict(kernel_size=3, stride=2, padding=1, ceil_mode=True), dict(N=1, C=1, L=6)),
    ("max_pool1d", dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, ties="split"), dict(N=1, C=1, L=6)),
    ("max_pool1d", dict(kernel_size=2, stride=3, dilation=2), dict(N=1, C=1, L=8)),  # stride > kernel
    ("max_pool2d", dict(kernel_size=2), dict(N=1, C=2, H=4, W=4)),
    ("max_pool2d", dict(kernel_size=2, stride=1, padding=1, dilation=2), dict(N=1, C=1, H=4, W=4)),
    ("max_pool2d", dict(kernel_size=3, stride=2, padding=1, ceil_mode=True), dict(N=1, C=1, H=5, W=4)),
    ("max_pool2d", dict(kernel_size=2, ties="split"), dict(N=1, C=1, H=4, W=4)),
    ("max_pool2d", dict(kernel_size=1), dict(N=1, C=1, H=1, W=1)),                    # 1x1 input
    ("max_pool2d", dict(kernel_size=4, padding=2, stride=1), dict(N=1, C=1, H=1, W=1)),  # kernel = padded input
    ("max_pool1d", dict(kernel_size=2, padding=1, dilation=2), dict(N=1, C=1, L=1)),  # window of padding only
    ("max_pool3d", dict(kernel_size=2, stride=2, padding=1, dilation=(1, 1, 2)), dict(N=1, C=1, D=2, H=3, W=4)),
    # superpixel
    ("superpixel_max_pool", dict(num_regions=3), dict(N=1, C=2, H=3, W=3)),
    ("superpixel_max_pool", dict(num_regions=2, ties="split"), dict(N=2, C=1, H=2, W=3)),
    ("superpixel_avg_pool", dict(num_regions=3), dict(N=2, C=1, H=3, W=3)),
    ("superpixel_avg_pool", dict(num_regions=1), dict(N=1, C=1, H=1, W=1)),
    # dense, activations, losses
    ("linear", {}, dict(N=2, I=3, O=2)),
    ("linear", dict(bias=False), dict(N=1, I=1, O=3)),
    ("sigmoid", {}, dict(M=3)),
    ("tanh", {}, dict(M=3)),
    ("relu", {}, dict(M=3)),
    ("softmax", {}, dict(N=2, C=3)),
    ("half_sse", {}, dict(M=3)),
    ("mse_loss", {}, dict(M=3)),
    ("cross_entropy", {}, dict(N=2, C=3)),
]


def _id(case):
    name, params, sizes = case
    return name + "-" + ",".join(f"{k}={v}" for k, v in {**params, **sizes}.items())


@pytest.mark.parametrize("case", GRID, ids=[_id(c) for c in GRID])
def test_gradient_equals_exact_jacobian(case):
    name, params, sizes = case
    checked = prove(name, params, sizes, seed=len(_id(case)))
    assert checked > 0


def test_grid_covers_the_catalog_and_the_hard_cases():
    from derive import ops
    assert {c[0] for c in GRID} == set(ops.names())
    assert len(GRID) >= 40
    assert any(p.get("groups", 1) > 1 for _, p, _ in GRID)
    assert any(p.get("ceil_mode") for _, p, _ in GRID)
    assert {p.get("count_include_pad", True) for n, p, _ in GRID if n.startswith("avg")} == {True, False}
