"""Prove a derived gradient equal to the exact Jacobian at one concrete configuration."""
from __future__ import annotations

import numpy as np
import sympy as sp

from derive import ops
from derive.evaluate import Evaluator
from derive.ir import relu, sigmoid, step

from .oracle import Expander, symbol_array, tie_share


def concrete_rules(op, sizes: dict) -> dict:
    """Hyper-parameter values, the given sizes and the derived output extents."""
    rules = dict(op.bindings)
    syms = set()
    for t in list(op.inputs) + [op.output]:
        for e in t.slot_extents:
            syms |= sp.sympify(e).free_symbols
    for s in syms:
        if s.name in sizes:
            rules[s] = sp.Integer(sizes[s.name])
    for k, v in op.definitions.items():
        rules[k] = sp.sympify(v).subs(rules)
    return rules


def slot_shape(t, rules) -> tuple[int, ...]:
    shape = []
    for e in t.slot_extents:
        v = sp.sympify(e).subs(rules)
        assert v.is_Integer, f"extent {e} of {t.name} not concrete: {v}"
        shape.append(int(v))
    return tuple(shape)


def prove(op_name: str, params: dict, sizes: dict, seed: int = 0, forward: bool = True):
    return prove_op(ops.get(op_name, **params), sizes, seed, forward)


def prove_op(op, sizes: dict, seed: int = 0, forward: bool = True):
    op_name, params = op.name, op.params
    deriv = op.derive()
    rules = concrete_rules(op, sizes)
    rng = np.random.default_rng(seed)
    arrays = {}
    for t in op.inputs:
        shape = slot_shape(t, {**rules, **op.bindings})
        if t.kind == "real":
            arrays[t.name] = symbol_array(t.name, shape)
        else:
            if t.name == "label":
                R = int(rules[sp.Symbol("R", integer=True, positive=True)])
                hi = R - 1 if R > 1 else 1
            else:
                hi = int(sp.sympify(op.inputs[0].slot_extents[-1]).subs(rules))
            arrays[t.name] = rng.integers(0, hi, size=shape).astype(object)
            arrays[t.name] = np.vectorize(sp.Integer, otypes=[object])(arrays[t.name]) \
                if arrays[t.name].size else arrays[t.name]
    out_shape = slot_shape(op.output, rules)
    ex = Expander(arrays, {k: v for k, v in rules.items()})
    body = op.formula.subs(rules)
    Y = np.empty(out_shape, dtype=object)
    for idx in np.ndindex(*out_shape):
        env = {s: sp.Integer(v) for s, v in zip(op.index, idx)}
        Y[idx] = ex.formula(body, env)
    G = symbol_array("G", out_shape)
    L = sp.Add(*[G[idx] * Y[idx] for idx in np.ndindex(*out_shape)])
    concrete = deriv.substitute(rules)
    tensors = dict(arrays)
    tensors[op.output.name] = Y
    tensors[deriv.upstream.name] = G
    ev = Evaluator(tensors, rules, argmax_share=tie_share,
                   max_of=lambda vals, ties: sp.Add(*[v * tie_share(vals, k, ties)
                                                       for k, v in enumerate(vals)]))
    checked = 0
    if forward:
        for idx in np.ndindex(*out_shape):
            got = ev.formula(concrete.forward, idx)
            assert _same(got, Y[idx]), (op_name, params, sizes, "forward", idx, got, Y[idx])
    for name, g in concrete.gradients.items():
        X = arrays[name]
        for idx in np.ndindex(*X.shape):
            want = sp.diff(L, X[idx])
            got = ev.formula(g.formula, idx)
            assert _same(got, want), (op_name, params, sizes, name, idx, got, want)
            checked += 1
    return checked


def _same(a, b) -> bool:
    if a == b:
        return True
    # relu' = step with step(0) = 0; x * DiracDelta(x) = 0
    a = a.replace(lambda e: isinstance(e, step), lambda e: sp.Heaviside(e.args[0], 0))
    a = a.replace(lambda e: isinstance(e, sigmoid), lambda e: 1 / (1 + sp.exp(-e.args[0])))
    a = a.replace(lambda e: isinstance(e, relu), lambda e: e.args[0] * sp.Heaviside(e.args[0], 0))
    b = b.replace(lambda e: isinstance(e, sp.DiracDelta), lambda e: sp.S.Zero)
    d = sp.expand(a - b)
    if d == 0:
        return True
    return sp.simplify(d) == 0
