"""A max-pool window with no position inside the input (padding and dilation make it possible):
its output is -inf, as PyTorch's, and it passes no gradient.  PyTorch's own gradient there is
not meaningful: it routes the value to an index outside the window (for a 1x1 input and three
channels it writes channel 0's gradient into channel 2's pixel), so we compare the forward
with PyTorch and the gradient with the exact derivation."""
import numpy as np
import pytest
import torch
import torch.nn.functional as F

import derive
from derive import ops
from derive.evaluate import Evaluator

from .exact import concrete_rules, prove

PARAMS = dict(kernel_size=2, padding=1, dilation=2)


@pytest.mark.parametrize("lang", ["numpy", "c"])
def test_empty_window_is_minus_inf_and_passes_no_gradient(lang):
    k = derive.load("max_pool2d", lang, **PARAMS)
    x = np.arange(3.0).reshape(1, 3, 1, 1)
    y = k.forward(x)
    want = F.max_pool2d(torch.tensor(x), **PARAMS).numpy()
    assert np.all(np.isneginf(want))
    np.testing.assert_array_equal(y, want)
    (gx,) = k.backward(np.ones_like(y), x)
    np.testing.assert_array_equal(gx, np.zeros_like(x))


def test_the_derivation_agrees():
    assert prove("max_pool2d", PARAMS, dict(N=1, C=2, H=1, W=1)) > 0
    op = ops.get("max_pool2d", **PARAMS)
    rules = concrete_rules(op, dict(N=1, C=1, H=1, W=1))
    d = op.derive().substitute(rules)
    ev = Evaluator({"x": np.ones((1, 1, 1, 1), dtype=object),
                    "grad_y": np.ones((1, 1, 1, 1), dtype=object)}, rules)
    assert ev.formula(d.gradients["x"].formula, (0, 0, 0, 0)) == 0
