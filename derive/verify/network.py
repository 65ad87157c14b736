"""Seed 003's four-layer sigmoid network, for checking its hand-written weight gradients.

The network (named ``bpnet``; the seed's names)::

    hi[j]  = sum_i x[i] w1[i,j]      ho[j]  = sigma(hi[j])
    h2i[m] = sum_j ho[j] w12[j,m]    h2o[m] = sigma(h2i[m])
    yi[k]  = sum_m h2o[m] w2[m,k]    yo[k]  = sigma(yi[k])
    E = 1/2 sum_k (yo[k] - d[k])^2

is not written out here: every layer is the catalog's own forward formula (``linear`` without
bias, ``sigmoid``, ``half_sse``) evaluated by the reference interpreter, with the seed's weight
layout ``w[in, out]`` transposed to ``linear``'s ``w[out, in]``.  The loss is then an explicit
SymPy expression of the weights at small sizes, and the reference gradient is ``sympy.diff``
of it -- the exact oracle, independent of any derivation.  The hand formula reads the
forward values ``ho``, ``h2o``, ``yo`` (and ``hi``, ``h2i``, ``yi``) of the same expressions.
"""
from __future__ import annotations

import numpy as np
import sympy as sp

from ..evaluate import Evaluator
from ..ir import Axis, Tensor
from . import bind as B
from .check import (CONVENTION, Case, Evaluation, HandFormula, Unusable, Verdict, _array_text,
                    _fmt, same)

PARAMS = {"in_features": 2, "hidden1": 2, "hidden2": 2, "out_features": 10}


class NetOp:
    """Quacks like :class:`~derive.op.Op` for the verifier's static analysis."""

    def __init__(self, params: dict):
        self.name = "bpnet"
        self.params = dict(params)
        I, J, M, K = sp.symbols("I J M K", integer=True, positive=True)
        self.sizes = {"I": I, "J": J, "M": M, "K": K}
        vec = lambda n, e: Tensor(n, [Axis("element", e)])
        mat = lambda n, a, b: Tensor(n, [Axis("feature", a), Axis("out feature", b)])
        self.x, self.d = vec("x", I), vec("d", K)
        self.w1, self.w12, self.w2 = mat("w1", I, J), mat("w12", J, M), mat("w2", M, K)
        self.hidden = {n: vec(n, e) for n, e in (("hi", J), ("ho", J), ("h2i", M), ("h2o", M),
                                                  ("yi", K), ("yo", K))}
        self.inputs = [self.x, self.w1, self.w12, self.w2, self.d]
        self.output = Tensor("E", [], doc="loss")
        self.bindings, self.definitions, self.glossary = {}, {}, {}
        self.formula = sp.S.Zero

    def tensor(self, name):
        for t in self.inputs + list(self.hidden.values()) + [self.output]:
            if t.name == name:
                return t
        raise KeyError(name)


def _params(params: dict) -> dict:
    p = dict(PARAMS)
    for k, v in (params or {}).items():
        if k not in PARAMS:
            raise Unusable(f"bpnet has no parameter {k!r} (parameters: {', '.join(PARAMS)})")
        if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 16:
            raise Unusable(f"bpnet: {k} must be an integer in 1..16, got {v!r}")
        p[k] = v
    return p


def _layer(name, **kw):
    from .. import ops
    return ops.get(name, **kw).derive().concrete()


def forward(op: NetOp, sizes: dict, data: dict) -> dict:
    """The hidden values and E, from the catalog's forward formulas."""
    I, J, M, K = (sizes[s] for s in ("I", "J", "M", "K"))
    out = dict(data)

    def linear(inp, w, n_in, n_out):
        d = _layer("linear", bias=False, in_features=n_in, out_features=n_out, N=1)
        ev = Evaluator({"x": np.array([inp], dtype=object), "w": np.array(w).T.copy()})
        return ev.formula_array(d.forward, (1, n_out))[0]

    def act(v, n):
        d = _layer("sigmoid", M=n)
        return Evaluator({"x": np.array(v, dtype=object)}).formula_array(d.forward, (n,))

    out["hi"] = linear(data["x"], data["w1"], I, J)
    out["ho"] = act(out["hi"], J)
    out["h2i"] = linear(out["ho"], data["w12"], J, M)
    out["h2o"] = act(out["h2i"], M)
    out["yi"] = linear(out["h2o"], data["w2"], M, K)
    out["yo"] = act(out["yi"], K)
    d = _layer("half_sse", M=K)
    out["E"] = np.array(Evaluator({"y": out["yo"], "d": data["d"]}).formula(d.forward, ()),
                        dtype=object)
    return out


class _NetCase(Case):
    def __init__(self, op, sizes):
        self.op = op
        self.sizes = {op.sizes[k]: v for k, v in sizes.items()}
        self.values = dict(self.sizes)
        self.d = None
        self.set_kind_override = None
        self._shapes = {}
        self.scalar_cache = {}


def check_network(eq, params, bind) -> Verdict:
    p = _params(params)
    op = NetOp(p)
    upstream = Tensor("grad_E", [])
    b = B.Bindings()
    for t in op.inputs + list(op.hidden.values()) + [op.output]:
        b.tensors[t.name] = B.TensorBinding(t, B.axis_roles(t, 0), None)
    b.losses = {"L", "loss"}
    for sym, target in B.parse_bind(bind):
        tgt, _, layout = target.partition(":")
        if tgt == "loss":
            b.losses.add(sym)
            continue
        try:
            t = op.tensor(tgt)
        except KeyError:
            raise Unusable(f"binding {sym}={target}: bpnet has no tensor {tgt!r} (tensors: "
                           f"x, w1, w12, w2, d, hi, ho, h2i, h2o, yi, yo, E)") from None
        roles = B.axis_roles(t, 0)
        b.tensors[sym] = B.TensorBinding(t, roles, B.parse_layout(layout, roles, t.name)
                                         if layout else None, bool(layout))
    hf = HandFormula(eq, op, upstream, b, 0)
    if hf.kind != "gradient":
        raise Unusable("for bpnet only gradients dE/d<weight> are checked")
    base = {"I": p["in_features"], "J": p["hidden1"], "M": p["hidden2"], "K": p["out_features"]}
    plans = [base, {**base, "I": base["I"] + 1, "M": base["M"] + 1},
             {**base, "J": base["J"] + 1}]
    n_el = 0
    for sizes in plans:
        case = _NetCase(op, sizes)
        data = {}
        for t in op.inputs:
            shape = case.shape(t)
            a = np.empty(shape, dtype=object)
            for idx in np.ndindex(*shape):
                a[idx] = sp.Symbol(f"{t.name}[{','.join(map(str, idx))}]", real=True)
            data[t.name] = a
        full = forward(op, sizes, data)
        full["grad_E"] = np.array(sp.S.One, dtype=object)
        E = full["E"][()]
        ev = Evaluation(hf, case, full, 2_000_000)
        shape = case.shape(hf.target)
        for idx in np.ndindex(*shape):
            n_el += 1
            expected = sp.diff(E, data[hf.target.name][idx])
            got = ev.element(tuple(idx))
            if not same(got, expected):
                return _wrong(hf, op, sizes, idx, data, expected, got)
    lines = [f"right: the formula equals dE/d{hf.target.name} of the four-layer sigmoid network "
             f"bpnet (x -> w1 -> sigma -> w12 -> sigma -> w2 -> sigma -> E = 1/2 sum (yo-d)^2)",
             f"proved symbolically (the loss expanded from the catalog's linear, sigmoid and "
             f"half_sse formulas, differentiated by sympy.diff) on {len(plans)} cases, "
             f"{n_el} elements in all:"]
    lines += ["  " + ", ".join(f"{k}={v}" for k, v in s.items()) for s in plans]
    lines += ["reading: w1[i,j], w12[j,m], w2[m,k] are [in, out]; ho, h2o, yo the sigmoid "
              "outputs; ds(v) = v(1-v), the sigmoid's derivative through its output", CONVENTION]
    return Verdict("right", "\n".join(lines), {"cases": plans, "symbolic": True})


def _wrong(hf, op, sizes, idx, data, expected, got) -> Verdict:
    rng = np.random.default_rng(0)
    subs = {}
    for a in data.values():
        for s in a.flat:
            subs[s] = sp.Rational(int(rng.integers(-9, 10)), 10)
    e_num, g_num = _fmt(expected.subs(subs)), _fmt(got.subs(subs))
    lines = [f"wrong: the formula differs from dE/d{hf.target.name} of the four-layer sigmoid "
             f"network bpnet",
             "smallest counterexample:",
             "  sizes: " + ", ".join(f"{k}={v}" for k, v in sizes.items()),
             f"  element: dE/d{hf.target.name}[{','.join(map(str, idx))}]",
             f"  expected (sympy.diff): {e_num}",
             f"  got (hand formula): {g_num}"]
    for n, a in data.items():
        vals = np.empty(a.shape, dtype=object)
        for i in np.ndindex(*a.shape):
            vals[i] = a[i].subs(subs)
        if vals.size <= 40:
            lines.append(f"  {n} = {_array_text(vals)}")
    lines.append(CONVENTION)
    return Verdict("wrong", "\n".join(lines), {"case": sizes, "element": idx})
