"""A reference interpreter for index formulas at concrete sizes.

It evaluates a :class:`~derive.formula.Formula` (or an op's raw forward formula) element by
element, with tensors given as arrays of numbers or of SymPy symbols.  It is slow and simple
on purpose: the verifier and the tests use it as the meaning of a formula; generated kernels
are checked against it and against PyTorch.
"""
from __future__ import annotations

from typing import Callable, Mapping

import numpy as np
import sympy as sp

from .formula import Formula, Term
from .ir import ArgmaxIs, WindowMax

Reader = Callable[[str, tuple], object]


def first_argmax_share(values: list, k: int, ties: str):
    """Numeric tie rule: the share of window position ``k`` (values are numbers)."""
    m = max(values)
    if ties == "first":
        first = next(j for j, v in enumerate(values) if v == m)
        return 1 if k == first else 0
    n = sum(1 for v in values if v == m)
    return sp.Rational(1, n) if values[k] == m else 0


class Evaluator:
    """Evaluate SymPy index expressions with concrete index values.

    ``tensors`` maps a tensor name to an array (numbers or SymPy objects); a read outside the
    array's extent gives 0 inside a sum and is excluded from a window max.  ``argmax_share``
    gives the tie rule's share of a window position (``values, k, ties -> share``)."""

    def __init__(self, tensors: Mapping[str, np.ndarray], sizes: Mapping = (),
                 argmax_share=first_argmax_share, max_of=None):
        self.tensors = dict(tensors)
        self.sizes = {sp.sympify(k): sp.sympify(v) for k, v in dict(sizes).items()}
        self.argmax_share = argmax_share
        self.max_of = max_of or (lambda vals, ties: max(vals))

    # -- reading
    def in_range(self, name: str, idx: tuple) -> bool:
        a = self.tensors[name]
        if np.ndim(a) == 0:
            return idx == ()
        return len(idx) == a.ndim and all(0 <= i < n for i, n in zip(idx, a.shape))

    def read(self, name: str, idx: tuple):
        if not self.in_range(name, idx):
            return sp.S.Zero
        a = self.tensors[name]
        v = a[idx] if idx else a[()]
        return v if isinstance(v, sp.Basic) else sp.sympify(v)

    # -- evaluation
    def ev(self, e, env: dict):
        e = sp.sympify(e)
        if e.is_Integer or e.is_Rational or e.is_Float or e in (sp.true, sp.false):
            return e
        if e.is_Symbol:
            if e in env:
                return env[e]
            if e in self.sizes:
                return self.sizes[e]
            if e.name in self.tensors and np.ndim(self.tensors[e.name]) == 0:
                return self.read(e.name, ())
            return e
        if isinstance(e, sp.Indexed):
            idx = tuple(self.int_of(i, env) for i in e.indices)
            return self.read(str(e.base), idx)
        if isinstance(e, sp.Sum):
            return self.sum(e.function, list(e.limits), env)
        if isinstance(e, WindowMax):
            vals, _ = self.window(e, env)
            return self.max_of(vals, e.ties) if vals else e.empty
        if isinstance(e, ArgmaxIs):
            w = e.window
            at = tuple(self.int_of(a, env) for a in e.at)
            vals, points = self.window(w, env)
            if at not in points:
                return sp.S.Zero
            return self.argmax_share(vals, points.index(at), w.ties)
        if isinstance(e, sp.KroneckerDelta):
            a, b = (self.ev(x, env) for x in e.args)
            return sp.S.One if sp.simplify(a - b) == 0 else sp.S.Zero
        if isinstance(e, sp.Piecewise):
            for val, cond in e.args:
                c = self.ev(cond, env)
                if c == sp.true or c is True:
                    return self.ev(val, env)
            return sp.S.Zero
        args = [self.ev(a, env) for a in e.args]
        return e.func(*args)

    def int_of(self, e, env) -> int:
        v = self.ev(e, env)
        if not (v.is_Integer if isinstance(v, sp.Basic) else isinstance(v, (int, np.integer))):
            raise ValueError(f"index {e} is not an integer at {env}: {v}")
        return int(v)

    def sum(self, body, limits, env):
        if not limits:
            return self.ev(body, env)
        (v, lo, hi), rest = limits[0], limits[1:]
        lo, hi = self.int_of(lo, env), self.int_of(hi, env)
        total = sp.S.Zero
        for val in range(lo, hi + 1):
            env2 = dict(env)
            env2[v] = sp.Integer(val)
            total += self.sum(body, rest, env2)
        return total

    def window(self, w: WindowMax, env):
        """The values of a window and the positions (tuples of the window variables)."""
        vals, points = [], []

        def rec(k, env2):
            if k == len(w.limits):
                where = self.ev(w.where, env2)
                if where not in (sp.true, True, sp.S.One):
                    if where in (sp.false, False, sp.S.Zero):
                        return
                    if not bool(where):
                        return
                if not self.reads_in_range(w.body, env2):
                    return
                vals.append(self.ev(w.body, env2))
                points.append(tuple(int(env2[v]) for v in w.variables))
                return
            v, lo, hi = w.limits[k]
            for val in range(self.int_of(lo, env2), self.int_of(hi, env2) + 1):
                e3 = dict(env2)
                e3[v] = sp.Integer(val)
                rec(k + 1, e3)

        rec(0, dict(env))
        return vals, points

    def reads_in_range(self, body, env) -> bool:
        for r in body.atoms(sp.Indexed):
            name = str(r.base)
            if name not in self.tensors:
                continue
            idx = tuple(self.int_of(i, env) for i in r.indices)
            if not self.in_range(name, idx):
                return False
        return True

    # -- formulas
    def term(self, t: Term, env: dict):
        for g in t.guards:
            if not _true(self.ev(g, env)):
                return sp.S.Zero
        return self._loops(t, 0, env)

    def _loops(self, t: Term, k: int, env):
        if k == len(t.sums):
            for d in t.divides:
                m, e = self.ev(d.modulus, env), self.ev(d.expr, env)
                if int(e) % int(m) != 0:
                    return sp.S.Zero
            for f in t.filters:
                if not _true(self.ev(f, env)):
                    return sp.S.Zero
            return self.ev(t.body, env)
        r = t.sums[k]
        lo, hi = self.int_of(r.lo, env), self.int_of(r.hi, env)
        total = sp.S.Zero
        for val in range(lo, hi + 1):
            env2 = dict(env)
            env2[r.var] = sp.Integer(val)
            total += self._loops(t, k + 1, env2)
        return total

    def formula(self, f: Formula, idx: tuple):
        env = {s: sp.Integer(v) for s, v in zip(f.index, idx)}
        return sp.Add(*[self.term(t, env) for t in f.terms])

    def formula_array(self, f: Formula, shape: tuple) -> np.ndarray:
        out = np.empty(shape, dtype=object)
        for idx in np.ndindex(*shape):
            out[idx] = self.formula(f, idx)
        return out


def _true(v) -> bool:
    if v in (sp.true, True):
        return True
    if v in (sp.false, False):
        return False
    return bool(v)
