"""Ops nobody catalogued, declared with the public API in a few lines, get the same derivation
and are proved against the exact oracle."""
import sympy as sp

from derive import Op, Tensor, WindowMax, index, size

from .exact import prove_op


def strided_conv():
    # the README's example: y[n, o, i] = sum_{c,k} x[n, c, 3i + 2k - 1] w[o, c, k]
    N, C, O, L, K = size("N C O L K")
    n, o, i, c, k = index("n o i c k")
    Lo = sp.floor((L + 2 - 2 * (K - 1) - 1) / 3) + 1
    x = Tensor("x", [("batch", N), ("channel", C), ("position", L)])
    w = Tensor("w", [("out channel", O), ("channel", C), ("tap", K)])
    y = Tensor("y", [("batch", N), ("out channel", O), ("position", Lo)])
    return Op("strided_conv", inputs=[x, w], output=y, index=(n, o, i),
              formula=sp.Sum(x[n, c, 3 * i + 2 * k - 1] * w[o, c, k], (c, 0, C - 1), (k, 0, K - 1)))


def reversed_depthwise():
    # causal depthwise filter with a reversed kernel: y[c, i] = sum_k x[c, i - k] w[c, K-1-k]
    C, L, K = size("C L K")
    c, i, k = index("c i k")
    x = Tensor("x", [("channel", C), ("time", L)])
    w = Tensor("w", [("channel", C), ("tap", K)])
    y = Tensor("y", [("channel", C), ("time", L)])
    return Op("reversed_depthwise", [x, w], y, (c, i),
              sp.Sum(x[c, i - k] * w[c, K - 1 - k], (k, 0, K - 1)))


def gated_max():
    # a max over a strided window of a gated signal: y[i] = max_k x[2i + k] * g[k]
    L, K = size("L K")
    i, k = index("i k")
    x = Tensor("x", [("position", L)])
    g = Tensor("g", [("tap", K)])
    y = Tensor("y", [("position", sp.floor((L - K) / 2) + 1)])
    return Op("gated_max", [x, g], y, (i,),
              WindowMax.make(x[2 * i + k] * g[k], [(k, 0, K - 1)]))


def test_strided_conv_is_exact():
    assert prove_op(strided_conv(), dict(N=1, C=2, O=2, L=9, K=3)) > 0
    assert prove_op(strided_conv(), dict(N=2, C=1, O=1, L=6, K=2)) > 0


def test_strided_conv_gradient_has_the_divisibility_condition():
    d = strided_conv().derive()
    (term,) = d.gradients["x"].formula.terms
    assert [dv.modulus for dv in term.divides] == [3]


def test_reversed_depthwise_is_exact():
    assert prove_op(reversed_depthwise(), dict(C=2, L=5, K=3)) > 0


def test_gated_max_is_exact():
    assert prove_op(gated_max(), dict(L=7, K=3)) > 0
