"""Invalid hyper-parameters give a one-line error naming the parameter, from the API and the
command line alike."""
import subprocess
import sys

import pytest

from derive import ops
from derive.ops.params import ParamError

BAD = [
    ("conv2d", dict(stride=0), "stride"),
    ("conv1d", dict(padding=-1), "padding"),
    ("conv2d", dict(dilation=0), "dilation"),
    ("conv2d", dict(kernel_size=5, H=3, W=3), "kernel_size"),
    ("conv2d", dict(groups=2, in_channels=3), "groups"),
    ("conv2d", dict(groups=3, out_channels=4), "groups"),
    ("conv2d", dict(groups=0), "groups"),
    ("conv2d", dict(stride=2, padding="same"), "padding='same'"),
    ("conv2d", dict(padding="full"), "padding"),
    ("conv2d", dict(kernel_size=(3, 3, 3)), "kernel_size"),
    ("max_pool2d", dict(kernel_size=2, padding=2), "padding"),
    ("max_pool2d", dict(stride=0), "stride"),
    ("max_pool1d", dict(kernel_size=3, L=2), "kernel_size"),
    ("max_pool2d", dict(ties="all"), "ties"),
    ("avg_pool2d", dict(divisor_override=0), "divisor_override"),
    ("avg_pool3d", dict(kernel_size=0), "kernel_size"),
    ("avg_pool2d", dict(ceil_mode=3), "ceil_mode"),
    ("superpixel_max_pool", dict(num_regions=0), "num_regions"),
    ("linear", dict(in_features=0), "in_features"),
    ("conv2d", dict(nonsense=1), "nonsense"),
]


@pytest.mark.parametrize("name,params,word", BAD)
def test_api_error_names_parameter(name, params, word):
    with pytest.raises(ParamError) as e:
        ops.get(name, **params)
    msg = str(e.value)
    assert word in msg and "\n" not in msg


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "derive", *args], capture_output=True, text=True)


@pytest.mark.parametrize("args,word", [
    (["explain", "conv2d", "stride=0"], "stride"),
    (["explain", "conv2d", "groups=2", "in_channels=3"], "groups"),
    (["explain", "conv2d", "stride=2", "padding=same"], "same"),
    (["explain", "max_pool2d", "kernel_size=3", "H=2", "W=2"], "kernel_size"),
    (["explain", "conv9d"], "conv9d"),
    (["explain", "conv2d", "stride"], "stride"),
    (["gen", "avg_pool2d", "padding=-1"], "padding"),
    (["gen", "linear", "--lang", "c", "-o", "/nonexistent/dir/x"], "/nonexistent/dir/x.c"),
    (["explain", "conv2d", "kernel_size=abc"], "kernel_size"),
    (["explain", "conv2d", "stride=1,2,3"], "stride"),
])
def test_cli_error_is_one_line_exit_2(args, word):
    r = _cli(*args)
    assert r.returncode == 2
    assert word in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


def test_cli_list_shows_every_op_and_its_parameters():
    r = _cli("list")
    assert r.returncode == 0
    for name in ops.names():
        assert name in r.stdout
    for word in ("ceil_mode", "count_include_pad", "divisor_override", "dilation", "groups", "ties"):
        assert word in r.stdout


def test_values_parse_like_the_design_says():
    from derive.ops.params import parse_value
    assert parse_value("2") == 2
    assert parse_value("3,2") == (3, 2)
    assert parse_value("true") is True
    assert parse_value("none") is None
    assert parse_value("same") == "same"


def test_sized_names_the_parameters_that_fix_sizes():
    """``ops.sized`` turns concrete sizes (by their symbols) into the op's own parameters, and
    leaves out the sizes no parameter fixes."""
    assert ops.sized("conv2d", {"kernel_size": 3}, {"C": 2, "O": 4, "H": 5, "W": 6, "C_g": 1}) \
        == {"kernel_size": 3, "in_channels": 2, "out_channels": 4, "H": 5, "W": 6}
    assert ops.sized("linear", {"out_features": 8}, {"I": 3}) == \
        {"out_features": 8, "in_features": 3}
    assert ops.sized("max_pool1d", {}, {"C": 2, "L": 9}) == {"C": 2, "L": 9}
    with pytest.raises(ParamError, match="unknown op"):
        ops.sized("conv9d", {}, {})
