"""The generated NumPy and C kernels of ops nobody catalogued, against the exact oracle.

A user declares an op by its forward formula; its kernels are lowered from the derived
formulas like the catalog's.  The oracle here does not use the engine's derivation: it
expands the forward formula into one SymPy expression per output element
(:class:`tests.oracle.Expander`), differentiates ``L = sum G * Y`` with ``sympy.diff`` and
evaluates both at random inputs.  The ops are chosen for index patterns the catalog does not
have (two-slot reads whose solved positions couple two gradient axes, products inside a
window maximum, reads at reversed and mixed offsets, a sum inside a function, one input read
twice), which reach derivation and lowering paths no catalog op does.
"""
from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

import derive
import derive.codegen.c
import derive.codegen.numpy
from derive import Op, Tensor, WindowMax, index, relu, sigmoid, size

from .exact import concrete_rules, prove_op, slot_shape
from .oracle import Expander, symbol_array
from .test_user_ops import gated_max, reversed_depthwise, strided_conv


def two_slot_strided():
    # y[i] = sum_k x[2k, 2i + k] w[k]: the input gradient at (p, r) needs k = p/2 and
    # i = (2r - p)/4, a congruence 4 | 2r - p whose coefficient on r shares the factor 2
    P, L, K = size("P L K")
    i, k = index("i k")
    x = Tensor("x", [("row", P), ("position", L)])
    w = Tensor("w", [("tap", K)])
    y = Tensor("y", [("position", sp.floor((L - K) / 2) + 1)])
    return Op("two_slot_strided", [x, w], y, (i,),
              sp.Sum(x[2 * k, 2 * i + k] * w[k], (k, 0, K - 1)))


def mirrored_difference():
    # y[c, i] = sum_k (x[c, i + k] - x[c, i - k]) w[c, k]: two reads of one tensor at
    # opposite offsets in one body
    C, L, K = size("C L K")
    c, i, k = index("c i k")
    x = Tensor("x", [("channel", C), ("position", L)])
    w = Tensor("w", [("channel", C), ("tap", K)])
    y = Tensor("y", [("channel", C), ("position", L)])
    return Op("mirrored_difference", [x, w], y, (c, i),
              sp.Sum((x[c, i + k] - x[c, i - k]) * w[c, k], (k, 0, K - 1)))


def split_gated_max():
    # a 2-d window maximum of a gated image, ties shared: y[i, j] = max_{a,b} x[i+a, 2j+b] g[a, b]
    H, W, K = size("H W K")
    i, j, a, b = index("i j a b")
    x = Tensor("x", [("row", H), ("column", W)])
    g = Tensor("g", [("tap row", K), ("tap column", K)])
    y = Tensor("y", [("row", H - K + 1), ("column", sp.floor((W - K) / 2) + 1)])
    return Op("split_gated_max", [x, g], y, (i, j),
              WindowMax.make(x[i + a, 2 * j + b] * g[a, b], [(a, 0, K - 1), (b, 0, K - 1)],
                             ties="split"))


def gated_conv():
    # y[c, i] = sigmoid(sum_k x[c, i - k] w[c, k]) x[c, i]: a sum inside a function, whose
    # reads leave the input at the left edge (zero there), and the input read twice
    C, L, K = size("C L K")
    c, i, k = index("c i k")
    x = Tensor("x", [("channel", C), ("position", L)])
    w = Tensor("w", [("channel", C), ("tap", K)])
    y = Tensor("y", [("channel", C), ("position", L)])
    return Op("gated_conv", [x, w], y, (c, i),
              sigmoid(sp.Sum(x[c, i - k] * w[c, k], (k, 0, K - 1))) * x[c, i])


def relu_pool():
    # y[i] = (1/K) sum_k relu(x[K i + k]): the output extent floor(L/K) uses the tap count,
    # which no input's shape gives (a C kernel needs it fixed too)
    L, K = size("L K")
    i, k = index("i k")
    x = Tensor("x", [("position", L)])
    y = Tensor("y", [("position", sp.floor(L / K))])
    return Op("relu_pool", [x], y, (i,), sp.Sum(relu(x[K * i + k]), (k, 0, K - 1)) / K)


def autocorrelation():
    # y[i] = sum_k x[i] x[i + k] w[k]: the input in two reads of one product
    L, K = size("L K")
    i, k = index("i k")
    x = Tensor("x", [("position", L)])
    w = Tensor("w", [("tap", K)])
    y = Tensor("y", [("position", L)])
    return Op("autocorrelation", [x, w], y, (i,), sp.Sum(x[i] * x[i + k] * w[k], (k, 0, K - 1)))


def soft_window():
    # y[i] = sum_k exp(x[i+k-1]) x[i+k-1] / sum_j exp(x[i+j-1]): a softmax-weighted window; at
    # the border the positions outside x are left out of both sums (exp(0) = 1 would not be
    # zero); K appears in no shape
    L, K = size("L K")
    i, k, j = index("i k j")
    x = Tensor("x", [("position", L)])
    y = Tensor("y", [("position", L)])
    return Op("soft_window", [x], y, (i,),
              sp.Sum(sp.exp(x[i + k - 1]) * x[i + k - 1], (k, 0, K - 1))
              / sp.Sum(sp.exp(x[i + j - 1]), (j, 0, K - 1)))


def lse_pool():
    # y[i] = log sum_k exp(x[2i + k]): a log-sum-exp window (the maximum subtracted first)
    L, K = size("L K")
    i, k = index("i k")
    x = Tensor("x", [("position", L)])
    y = Tensor("y", [("position", sp.floor((L - K) / 2) + 1)])
    return Op("lse_pool", [x], y, (i,), sp.log(sp.Sum(sp.exp(x[2 * i + k]), (k, 0, K - 1))))


def exp_window():
    # y[i] = sum_k exp(x[i + k - 1]) w[k]: a top-level sum whose summand does not vanish at a
    # zero read (the border leaves the outside positions out)
    L, K = size("L K")
    i, k = index("i k")
    x = Tensor("x", [("position", L)])
    w = Tensor("w", [("tap", K)])
    y = Tensor("y", [("position", L)])
    return Op("exp_window", [x, w], y, (i,), sp.Sum(sp.exp(x[i + k - 1]) * w[k], (k, 0, K - 1)))


def dilated_conv():
    # y[n, o, i] = sum_{c,k} x[n, c, i + 2k - 2] w[o, c, k]: a dilated 1-d convolution, same
    # size; with more output than input channels its input gradient (and with fewer, its
    # forward) is contracted first on a zero-bordered grid, each tap a flat offset of 2k
    N, C, O, L, K = size("N C O L K")
    n, o, i, c, k = index("n o i c k")
    x = Tensor("x", [("batch", N), ("channel", C), ("position", L)])
    w = Tensor("w", [("out channel", O), ("channel", C), ("tap", K)])
    y = Tensor("y", [("batch", N), ("out channel", O), ("position", L)])
    return Op("dilated_conv", [x, w], y, (n, o, i),
              sp.Sum(x[n, c, i + 2 * k - 2] * w[o, c, k], (c, 0, C - 1), (k, 0, K - 1)))


def transposed_conv():
    # y[o, p] = sum_{c,j} x[c, j] w[c, o, p - 2j]: a transposed convolution written as a
    # gather over the input positions; the range of j moves with p, so NumPy sums over the
    # tap k = p - 2j instead (j = (p - k)/2 where 2 | p - k)
    C, O, L, K = size("C O L K")
    o, p, c, j = index("o p c j")
    x = Tensor("x", [("channel", C), ("position", L)])
    w = Tensor("w", [("channel", C), ("out channel", O), ("tap", K)])
    y = Tensor("y", [("out channel", O), ("position", 2 * (L - 1) + K)])
    return Op("transposed_conv", [x, w], y, (o, p),
              sp.Sum(x[c, j] * w[c, o, p - 2 * j], (c, 0, C - 1), (j, 0, L - 1)))


def shifted_terms():
    # y[c, i] = exp(x[c, i - 1]) + x[c, i] x[c, i + 1] + sigmoid(x[c, i + 1] + x[c, i]): terms
    # outside any sum that read outside x are left out as a sum's are (exp(0) = 1 and
    # sigmoid(x[c, i]) would not be zero)
    C, L = size("C L")
    c, i = index("c i")
    x = Tensor("x", [("channel", C), ("position", L)])
    y = Tensor("y", [("channel", C), ("position", L)])
    return Op("shifted_terms", [x], y, (c, i),
              sp.exp(x[c, i - 1]) + x[c, i] * x[c, i + 1] + sigmoid(x[c, i + 1] + x[c, i]))


CASES = [
    (strided_conv, dict(N=2, C=2, O=3, L=11, K=3)),
    (strided_conv, dict(N=1, C=1, O=1, L=4, K=1)),
    (reversed_depthwise, dict(C=3, L=7, K=3)),
    (reversed_depthwise, dict(C=1, L=2, K=4)),
    (gated_max, dict(L=9, K=3)),
    (gated_max, dict(L=4, K=4)),
    (two_slot_strided, dict(P=7, L=10, K=3)),
    (two_slot_strided, dict(P=9, L=13, K=5)),
    (mirrored_difference, dict(C=2, L=6, K=3)),
    (split_gated_max, dict(H=5, W=8, K=2)),
    (gated_conv, dict(C=2, L=6, K=3)),
    (gated_conv, dict(C=1, L=2, K=4)),
    (relu_pool, dict(L=10, K=3)),
    (autocorrelation, dict(L=7, K=3)),
    (soft_window, dict(L=5, K=3)),
    (lse_pool, dict(L=9, K=3)),
    (exp_window, dict(L=5, K=3)),
    (dilated_conv, dict(N=2, C=1, O=3, L=7, K=3)),
    (dilated_conv, dict(N=1, C=3, O=2, L=4, K=4)),
    (transposed_conv, dict(C=2, O=3, L=5, K=3)),
    (transposed_conv, dict(C=1, O=1, L=2, K=1)),
    (shifted_terms, dict(C=2, L=5)),
    (shifted_terms, dict(C=1, L=1)),
]
#: ops whose C kernel also needs the tap count fixed (no input's shape gives it)
FIXED_IN_C = {relu_pool, soft_window, lse_pool}


def _oracle(op, sizes, rng):
    """(inputs, forward, upstream gradient, gradients) by full expansion of the forward
    formula and sympy.diff, evaluated at random inputs."""
    shaped = {s.name for t in list(op.inputs) + [op.output] for e in t.slot_extents
              for s in sp.sympify(e).free_symbols}
    op = op.bind(**{n: v for n, v in sizes.items() if n in op.sizes() and n not in shaped})
    rules = concrete_rules(op, sizes)
    syms = {t.name: symbol_array(t.name, slot_shape(t, {**rules, **op.bindings}))
            for t in op.inputs}
    ex = Expander(syms, dict(rules))
    body = op.formula.subs(rules)
    oshape = slot_shape(op.output, rules)
    Y = np.empty(oshape, dtype=object)
    for idx in np.ndindex(*oshape):
        Y[idx] = ex.formula(body, {s: sp.Integer(v) for s, v in zip(op.index, idx)})
    vals = {n: rng.standard_normal(a.shape) for n, a in syms.items()}
    G = rng.standard_normal(oshape)
    loss = sp.Add(*[sp.Float(G[idx]) * Y[idx] for idx in np.ndindex(*oshape)])
    flat = [s for a in syms.values() for s in a.ravel()]
    point = [v for n in syms for v in vals[n].ravel()]
    # the tie indicators of a maximum are step functions: evaluated, never differentiated;
    # relu is a * Heaviside(a, 0), whose derivative's a * DiracDelta(a) is zero
    ind = {"Gt": lambda p, q: float(p > q), "Ge": lambda p, q: float(p >= q),
           "Heaviside": lambda a, h=0.5: 1.0 if a > 0 else (float(h) if a == 0 else 0.0)}
    at = lambda exprs: np.array(sp.lambdify(flat, list(exprs), modules=[ind, "math"])(*point),
                                dtype=float)
    fwd = at(Y.ravel()).reshape(oshape)
    nodirac = lambda e: e.replace(lambda q: isinstance(q, sp.DiracDelta), lambda q: sp.S.Zero)
    grads = {n: at(nodirac(sp.diff(loss, s)) for s in a.ravel()).reshape(a.shape)
             for n, a in syms.items()}
    return [vals[t.name] for t in op.inputs], fwd, G, [grads[t.name] for t in op.inputs]


def _check(k, inputs, fwd, G, grads, names):
    np.testing.assert_allclose(k.forward(*inputs), fwd, rtol=1e-10, atol=1e-12)
    got = k.backward(G, *inputs)
    assert len(got) == len(grads)
    for name, g, want in zip(names, got, grads):
        np.testing.assert_allclose(g, want, rtol=1e-10, atol=1e-12, err_msg=name)


# NumPy kernels need the tap count fixed (their Python loops run over constant ranges); C
# kernels take it at run time, or fixed like NumPy's (then their tap loops are constant)
@pytest.mark.parametrize("lang, bound", [("numpy", True), ("c", False), ("c", True)],
                         ids=["numpy", "c", "c-fixed-taps"])
@pytest.mark.parametrize("make, sizes", CASES,
                         ids=[f"{m.__name__}-{'-'.join(f'{k}{v}' for k, v in s.items())}"
                              for m, s in CASES])
def test_user_op_kernels_match_the_exact_oracle(make, sizes, lang, bound):
    op = make()
    if make in FIXED_IN_C and not bound:
        with pytest.raises(derive.codegen.c.LoweringError,
                           match=r"uses \['K'\], not a size of an input.*"
                                 r"derive\.load\(op, 'c', K=\.\.\.\)"):
            derive.load(op, lang)
        return
    rng = np.random.default_rng(sum(sizes.values()))
    inputs, fwd, G, grads = _oracle(op, sizes, rng)
    k = derive.load(op, lang, **({"K": sizes["K"]} if bound and "K" in sizes else {}))
    _check(k, inputs, fwd, G, grads, [t.name for t in op.inputs])


def test_numpy_names_the_sizes_to_fix():
    with pytest.raises(derive.codegen.numpy.LoweringError,
                       match=r"the range of k .*fix K, e\.g\. derive\.load\(op, 'numpy', K=\.\.\.\)"):
        derive.load(strided_conv(), "numpy")
    with pytest.raises(derive.codegen.numpy.LoweringError, match=r"window .* fix K\b"):
        derive.load(gated_max(), "numpy")


def test_bind_checks_the_sizes():
    op = strided_conv()
    with pytest.raises(ValueError, match=r"op strided_conv has no free size 'Q'; its sizes are "
                                         r"C, K, L, N, O"):
        derive.load(op, "numpy", Q=3)
    for bad in (0, -2, 2.5, True, "3"):
        with pytest.raises(ValueError, match=r"size K of op strided_conv must be a positive "
                                             r"integer"):
            op.bind(K=bad)
    assert "K" not in op.bind(K=3).sizes()
    with pytest.raises(ValueError, match="has no free size 'K'"):
        op.bind(K=3).bind(K=4)


@pytest.mark.parametrize("lang", ["numpy", "c"])
def test_kernels_of_two_bindings_are_two_kernels(lang):
    """One op loaded with two tap counts: each kernel computes its own (no cache confusion),
    and each refuses the other's weights with a clear error."""
    op = strided_conv()
    ks = {K: derive.load(op, lang, K=K) for K in (2, 3)}
    for K, k in ks.items():
        sizes = dict(N=1, C=2, O=2, L=9, K=K)
        inputs, fwd, G, grads = _oracle(op, sizes, np.random.default_rng(K))
        _check(k, inputs, fwd, G, grads, ["x", "w"])
        other = ks[5 - K]
        with pytest.raises(ValueError, match="w"):
            other.forward(*inputs)


@pytest.mark.parametrize("make, sizes", [
    (gated_conv, dict(C=1, L=3, K=2)),     # (sympy's simplify of sigmoids is slow)
    (relu_pool, dict(L=7, K=3)),
    (autocorrelation, dict(L=5, K=2)),
    (two_slot_strided, dict(P=5, L=7, K=3)),
    (mirrored_difference, dict(C=1, L=5, K=2)),
    (shifted_terms, dict(C=1, L=4)),
], ids=lambda v: getattr(v, "__name__", ""))
def test_declared_op_derivations_are_exact(make, sizes):
    assert prove_op(make(), sizes) > 0


def test_a_sum_inside_a_function_is_bounded_and_not_captured():
    """sigmoid(sum_k w[c, k] x[c, i - k]): the nested sum reads only inside x (its bound is
    tightened like a top-level sum's), and solving i = p + k into it renames its own k
    instead of reading x[c, p]."""
    d = gated_conv().derive()
    (fterm,) = d.forward.terms
    (inner,) = fterm.body.atoms(sp.Sum)
    assert inner.limits[0][2] == sp.Min(sp.Symbol("i", integer=True),
                                         sp.Symbol("K", integer=True, positive=True) - 1)
    x = d.gradients["x"].formula
    for t in x.terms:
        for s in t.body.atoms(sp.Sum):
            (v, _, _), = s.limits
            assert v.name == "k'" or not {r.var for r in t.sums} & {v}
            assert all(v in r.free_symbols for r in s.function.atoms(sp.Indexed)
                       if str(r.base) == "x")
    # the bound k <= Min(i, K - 1) the derivative of the nested sum brings is implied by the
    # loop over i and the extent of w: no condition is left to test per element
    (wterm,) = d.gradients["w"].formula.terms
    assert not wterm.filters and not wterm.guards


@pytest.mark.parametrize("lang", ["numpy", "c"])
def test_transposed_conv2d_gathered_over_inputs_matches_torch(lang):
    """A 2-d transposed convolution declared as a gather over the input positions
    (``y[n, o, p, q] = sum x[n, c, i, j] w[c, o, p - 2i, q - 2j]``) against
    ``torch.nn.functional.conv_transpose2d(stride=2)``: in NumPy both sums move with the output
    position and are summed over the taps instead."""
    import torch
    N, C, O, H, W, K = size("N C O H W K")
    n, o, p, q, c, i, j = index("n o p q c i j")
    x = Tensor("x", [("batch", N), ("channel", C), ("row", H), ("column", W)])
    w = Tensor("w", [("channel", C), ("out channel", O), ("tap row", K), ("tap column", K)])
    y = Tensor("y", [("batch", N), ("out channel", O), ("row", 2 * (H - 1) + K),
                     ("column", 2 * (W - 1) + K)])
    op = Op("transposed_conv2d", [x, w], y, (n, o, p, q),
            sp.Sum(x[n, c, i, j] * w[c, o, p - 2 * i, q - 2 * j], (c, 0, C - 1), (i, 0, H - 1),
                   (j, 0, W - 1)))
    rng = np.random.default_rng(7)
    xv, wv = rng.standard_normal((2, 3, 5, 4)), rng.standard_normal((3, 2, 3, 3))
    xt, wt = torch.tensor(xv, requires_grad=True), torch.tensor(wv, requires_grad=True)
    yt = torch.nn.functional.conv_transpose2d(xt, wt, stride=2)
    g = rng.standard_normal(tuple(yt.shape))
    gx, gw = torch.autograd.grad(yt, (xt, wt), torch.tensor(g))
    k = derive.load(op, lang, K=3)
    np.testing.assert_allclose(k.forward(xv, wv), yt.detach().numpy(), rtol=1e-10, atol=1e-12)
    bx, bw = k.backward(g, xv, wv)
    np.testing.assert_allclose(bx, gx.numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(bw, gw.numpy(), rtol=1e-10, atol=1e-12)
