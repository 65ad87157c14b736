"""The exact oracle: full scalar expansion of an op's forward formula at concrete sizes.

Independent of the engine's derivation: it expands the *forward* formula into one SymPy
expression per output element (every input element a scalar symbol), forms
``L = sum_out G[out] * Y[out]`` with symbolic upstream gradients ``G``, and differentiates with
``sympy.diff``.  A max is expanded as ``sum_k v_k * share_k`` where ``share_k`` is the tie
rule written with comparison indicators whose derivative is zero (first maximizer: ``v_k`` is
greater than every earlier value and at least every later one).
"""
from __future__ import annotations

import itertools

import numpy as np
import sympy as sp

from derive.ir import WindowMax, relu, sigmoid


class Gt(sp.Function):
    """[a > b], a constant under differentiation (true almost everywhere)."""

    def fdiff(self, argindex=1):
        return sp.S.Zero


class Ge(sp.Function):
    """[a >= b], a constant under differentiation."""

    def fdiff(self, argindex=1):
        return sp.S.Zero


def tie_share(values, k, ties):
    vk = values[k]
    if ties == "first":
        out = sp.S.One
        for j, v in enumerate(values):
            if j < k:
                out *= Gt(vk, v)
            elif j > k:
                out *= Ge(vk, v)
        return out
    def eq_max(i):
        out = sp.S.One
        for j, v in enumerate(values):
            if j != i:
                out *= Ge(values[i], v)
        return out
    return eq_max(k) / sp.Add(*[eq_max(i) for i in range(len(values))])


def symbol_array(name: str, shape) -> np.ndarray:
    arr = np.empty(shape, dtype=object)
    for idx in np.ndindex(*shape):
        arr[idx] = sp.Symbol(f"{name}[{','.join(map(str, idx))}]", real=True)
    return arr


class Expander:
    """Expand a forward formula into scalars.  At each point of a sum, the summand's product
    terms (products distributed over sums, functions kept whole) that read outside a tensor
    add nothing, and a point of a window that reads outside is not part of the max:
    out-of-range positions are left out.  For products of reads (convolutions) this is zero
    padding; ``sum_k exp(x[i + k - 1])`` at the border sums only the terms inside x.  The
    formula itself is a sum of one point (:meth:`formula`)."""

    def __init__(self, arrays: dict, values: dict):
        self.arrays = arrays
        self.values = values

    def formula(self, body, env):
        """The value of a whole formula at the output index ``env``: outside any sum, too, a
        product term that reads outside a tensor is left out (``x[i] * exp(x[i + 1])`` is 0
        at the last position, not ``x[i] * exp(0)``)."""
        return self._sum(body, [], env)

    def inside(self, name, idx):
        a = self.arrays[name]
        return len(idx) == a.ndim and all(0 <= i < n for i, n in zip(idx, a.shape))

    def ex(self, e, env):
        if isinstance(e, sp.Indexed):
            idx = tuple(int(self.ex(i, env)) for i in e.indices)
            name = str(e.base)
            return self.arrays[name][idx] if self.inside(name, idx) else sp.S.Zero
        if isinstance(e, sp.Sum):
            return self._sum(e.function, list(e.limits), env)
        if isinstance(e, WindowMax):
            vals = []
            ranges = [range(int(self.ex(lo, env)), int(self.ex(hi, env)) + 1)
                      for _, lo, hi in e.limits]
            for pt in itertools.product(*ranges):
                env2 = dict(env)
                env2.update({v: sp.Integer(p) for v, p in zip(e.variables, pt)})
                if self.ex(e.where, env2) in (sp.false, sp.S.Zero, False):
                    continue
                ok = True
                for r in e.body.atoms(sp.Indexed):
                    idx = tuple(int(self.ex(i, env2)) for i in r.indices)
                    if not self.inside(str(r.base), idx):
                        ok = False
                if ok:
                    vals.append(self.ex(e.body, env2))
            if not vals:
                return e.empty
            return sp.Add(*[v * tie_share(vals, k, e.ties) for k, v in enumerate(vals)])
        if isinstance(e, sp.KroneckerDelta):
            a, b = (self.ex(x, env) for x in e.args)
            return sp.S.One if a == b else sp.S.Zero
        # the engine's scalar primitives, written in SymPy's own terms so that sympy.diff
        # (not the engine's derivative rules) differentiates them
        if isinstance(e, sigmoid):
            return 1 / (1 + sp.exp(-self.ex(e.args[0], env)))
        if isinstance(e, relu):
            a = self.ex(e.args[0], env)
            return a * sp.Heaviside(a, 0)
        if e.is_Symbol:
            if e in env:
                return env[e]
            if e in self.values:
                return sp.Integer(self.values[e])
            return e
        if not e.args:
            return e
        return e.func(*[self.ex(a, env) for a in e.args])

    def _sum(self, body, limits, env):
        if not limits:
            total = sp.S.Zero
            for term in sp.Add.make_args(sp.expand(body, deep=False, multinomial=False,
                                                   power_exp=False, log=False)):
                if all(self.inside(str(r.base), tuple(int(self.ex(i, env)) for i in r.indices))
                       for r in _top_reads(term)):
                    total += self.ex(term, env)
            return total
        (v, lo, hi), rest = limits[0], limits[1:]
        total = sp.S.Zero
        for val in range(int(self.ex(lo, env)), int(self.ex(hi, env)) + 1):
            env2 = dict(env)
            env2[v] = sp.Integer(val)
            total += self._sum(body, rest, env2)
        return total


def _top_reads(e):
    """The reads of ``e`` outside its nested sums and windows (whose own points are left out
    by their own rule)."""
    if isinstance(e, sp.Indexed):
        return [e]
    if isinstance(e, (sp.Sum, WindowMax)):
        return []
    return [r for a in e.args for r in _top_reads(a)]
