"""Max pooling with tied inputs: the derived formula under ties='first' gives the whole
gradient to the first maximizer in row-major window order, exactly as PyTorch does; under
ties='split' the tied maximizers share it evenly."""
import numpy as np
import pytest
import torch
import torch.nn.functional as F

from derive import ops
from derive.evaluate import Evaluator

from .exact import concrete_rules


def derived_grad(name, params, x, g):
    op = ops.get(name, **params)
    sizes = {"N": x.shape[0], "C": x.shape[1]}
    sizes.update(dict(zip(("H", "W") if x.ndim == 4 else ("L",), x.shape[2:])))
    rules = concrete_rules(op, sizes)
    d = op.derive().substitute(rules)
    ev = Evaluator({"x": x.astype(object), "grad_y": g.astype(object)}, rules)
    return np.array(ev.formula_array(d.gradients["x"].formula, x.shape), dtype=float)


@pytest.mark.parametrize("params", [
    dict(kernel_size=2),
    dict(kernel_size=3, stride=1, padding=1),
    dict(kernel_size=2, stride=1, dilation=2, ceil_mode=True),
    dict(kernel_size=3, stride=2, padding=1, ceil_mode=True),
])
def test_first_maximizer_matches_pytorch(params):
    rng = np.random.default_rng(0)
    x = rng.integers(0, 2, size=(1, 2, 5, 5)).astype(float)     # many ties
    xt = torch.tensor(x, requires_grad=True)
    y = F.max_pool2d(xt, **params)
    g = rng.integers(1, 5, size=tuple(y.shape)).astype(float)
    y.backward(torch.tensor(g))
    got = derived_grad("max_pool2d", params, x, g)
    np.testing.assert_array_equal(got, xt.grad.numpy())


def test_split_shares_evenly():
    x = np.array([[[[1.0, 1.0], [0.0, 1.0]]]])
    g = np.array([[[[6.0]]]])
    got = derived_grad("max_pool2d", dict(kernel_size=2, ties="split"), x, g)
    np.testing.assert_array_equal(got, [[[[2.0, 2.0], [0.0, 2.0]]]])
    got = derived_grad("max_pool2d", dict(kernel_size=2), x, g)
    np.testing.assert_array_equal(got, [[[[6.0, 0.0], [0.0, 0.0]]]])
