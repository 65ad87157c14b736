"""Reverse mode on index formulas.

For an op ``Y[out] = f(...)`` and each differentiable input ``X``:

1. chain rule: ``dL/dX[P] = sum over out of G[out] * dY[out]/dX[P]`` (``G = dL/dY``);
2. the partial derivative by SymPy, which turns every read ``X[e]`` into Kronecker deltas
   ``delta(e, P)`` (and a :class:`~derive.ir.WindowMax` into its tie-rule indicator);
3. the sums are flattened into terms; each delta is eliminated by solving its affine index
   equation over the integers for one summation variable (an output index when possible, so
   that the result gathers), with the divisibility condition explicit when the coefficient
   is not ±1 and the solved variable's range turned into a condition;
4. the conditions -- solved ranges and the reads that must stay inside their tensors -- are
   turned into closed-form loop bounds (:func:`derive.indexing.tighten`);
5. where the op's forward value reappears (``sigmoid(x)``, ``exp(x)/sum exp``) it is written
   as the output ``Y``.

Every step is recorded in a :class:`Step` for the explainer.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from . import indexing
from .deltas import eliminate, expand_terms, prime, read_conditions
from .formula import Formula, Term
from .ir import IndexRange, Tensor, WindowMax
from .op import Op
from .output_form import express_in_output
from .steps import Step


@dataclass
class Gradient:
    input: Tensor
    formula: Formula
    steps: list[Step]


@dataclass
class Derivation:
    op: Op
    forward: Formula
    forward_steps: list[Step]
    gradients: dict[str, Gradient]
    upstream: Tensor

    def substitute(self, rules: dict) -> "Derivation":
        """The same derivation with sizes / hyper-parameters replaced by values."""
        rules = {sp.sympify(k): sp.sympify(v) for k, v in rules.items()}
        return Derivation(
            self.op, simplify_formula(self.forward.subs(rules)), self.forward_steps,
            {k: Gradient(g.input, simplify_formula(g.formula.subs(rules)), g.steps)
             for k, g in self.gradients.items()},
            self.upstream)

    def concrete(self) -> "Derivation":
        """Substitute the op's hyper-parameter bindings and size definitions."""
        return self.substitute(self.op_rules())

    def op_rules(self) -> dict:
        rules = dict(self.op.bindings)
        for k, v in self.op.definitions.items():
            rules[k] = sp.sympify(v).subs(self.op.bindings)
        return rules


# ---------------------------------------------------------------------------- driver
def _extents(op: Op, upstream: Tensor) -> dict:
    ext = {t.base: t.slot_extents for t in op.inputs}
    ext[upstream.base] = op.output.slot_extents
    return ext


def normalize_windows(expr: sp.Expr, extents: dict, box: dict) -> sp.Expr:
    """Tighten the limits of every WindowMax so that it reads only inside its tensors."""
    def fix(w: WindowMax):
        loops = [IndexRange(v, sp.sympify(lo), sp.sympify(hi)) for v, lo, hi in w.limits]
        inner_box = dict(box)
        conds = read_conditions(w.body, extents, {**inner_box, **{l.var: (l.lo, l.hi) for l in loops}})
        loops, guards, filters, empty = indexing.tighten(loops, conds, inner_box)
        where = sp.And(w.where, *guards, *filters) if (guards or filters) else w.where
        return WindowMax.make(w.body, [(l.var, l.lo, l.hi) for l in loops], where, w.ties,
                              w.empty)
    return expr.replace(lambda e: isinstance(e, WindowMax), fix)


def normalize_sums(expr: sp.Expr, extents: dict, box: dict) -> sp.Expr:
    """Tighten the limits of every Sum nested inside a function (a gate's pre-activation
    ``sigmoid(sum_k w[k] x[i - k])``, a softmax denominator) so that it reads only inside its
    tensors: zero outside, as in a top-level sum (whose bounds :func:`eliminate` tightens).
    A condition that cannot become a bound keeps the summand behind a Piecewise."""
    def fix(e, box):
        loops = [IndexRange(v, sp.sympify(lo), sp.sympify(hi)) for v, lo, hi in e.limits]
        inner = {**box, **{l.var: (l.lo, l.hi) for l in loops}}
        body = walk(e.function, inner, False)
        conds = read_conditions(body, extents, inner)
        loops, guards, filters, empty = indexing.tighten(loops, conds, box)
        if empty:
            return sp.S.Zero
        if filters:
            body = sp.Piecewise((body, sp.And(*filters)), (0, True))
        out = sp.Sum(body, *[(l.var, l.lo, l.hi) for l in loops])
        return sp.Piecewise((out, sp.And(*guards)), (0, True)) if guards else out

    def walk(e, box, top):
        if isinstance(e, sp.Sum):
            if not top:
                return fix(e, box)
            inner = {**box, **{v: (sp.sympify(lo), sp.sympify(hi)) for v, lo, hi in e.limits}}
            return sp.Sum(walk(e.function, inner, True), *e.limits)
        if isinstance(e, (sp.Indexed, WindowMax)) or not e.args:
            return e
        keep = top and (e.is_Add or e.is_Mul)
        args = [walk(a, box, keep) for a in e.args]
        return e.func(*args) if args != list(e.args) else e
    return walk(sp.sympify(expr), box, True)


def derive_op(op: Op) -> Derivation:
    upstream = Tensor("grad_" + op.output.name, op.output.axes,
                      latex=r"\frac{\partial L}{\partial %s}" % op.output.latex)
    extents = _extents(op, upstream)
    out_box = {i: (sp.S.Zero, n - 1) for i, n in zip(op.index, op.output.slot_extents)}
    formula = normalize_sums(op.formula, extents, out_box)
    body = normalize_windows(formula, extents, out_box)

    # forward in gather form, with tightened loops (reads outside the input are zero)
    fsteps = [Step("forward", {"lhs": _lhs(op.output, op.index), "rhs": op.formula})]
    terms = []
    for loops, factor in expand_terms(body, set(op.index)):
        t = eliminate(loops, factor, set(), out_box, extents, None)
        if t is not None:
            terms.append(t)
    forward = Formula(op.output, op.index, op.output.slot_extents, terms)

    grads = {}
    for X in op.differentiable:
        grads[X.name] = _gradient(op, X, formula, upstream, extents)
    return Derivation(op, forward, fsteps, grads, upstream)


def _lhs(t: Tensor, idx) -> sp.Expr:
    return t[tuple(idx)] if idx else t.scalar


def _gradient(op: Op, X: Tensor, body: sp.Expr, upstream: Tensor, extents: dict) -> Gradient:
    steps: list[Step] = []
    free = tuple(op.grad_index.get(X.name) or _default_free(X, body))
    free_set = set(free)
    # rename forward symbols that clash with the gradient's free indices
    bound = set(op.index)
    for s in body.atoms(sp.Sum):
        bound |= set(s.variables)
    for w in body.atoms(WindowMax):
        bound |= set(w.variables)
    rename = {}
    for s in bound:
        if s in free_set:
            new = prime(s, free_set | bound)
            rename[s] = new
    out_index = tuple(rename.get(i, i) for i in op.index)
    fbody = body.xreplace(rename) if rename else body
    G = upstream[out_index] if out_index else upstream.scalar
    Xp = X[free]
    out_loops = [IndexRange(i, sp.S.Zero, n - 1) for i, n in zip(out_index, op.output.slot_extents)]
    steps.append(Step("chain", {
        "lhs": Xp, "G": G, "Y": _lhs(op.output, out_index), "loops": out_loops,
        "renamed": rename}))
    partial = sp.diff(fbody, Xp)
    steps.append(Step("partial", {"Y": _lhs(op.output, out_index), "X": Xp, "value": partial}))
    box = {i: (sp.S.Zero, n - 1) for i, n in zip(free, X.slot_extents)}
    terms = []
    for loops, factor in expand_terms(G * partial, set(free) | set(out_index)):
        t = eliminate(out_loops + loops, factor, set(out_index), box, extents, steps)
        if t is not None:
            terms.append(t)
    steps.append(Step("tighten", {"terms": list(terms)}))
    new_terms = []
    for t in terms:
        b2 = express_in_output(t.body, op, op.index)
        if b2.atoms(WindowMax):
            tbox = dict(box)
            for r in t.sums:
                tbox[r.var] = (r.lo, r.hi)
            b2 = normalize_windows(b2, extents, tbox)
        new_terms.append(Term(t.sums, b2, t.guards, t.divides, t.filters))
    if any(a.body != b.body for a, b in zip(terms, new_terms)):
        steps.append(Step("output_form", {"Y": op.output}))
    terms = _merge(new_terms)
    for t in terms:
        t.body = tidy(t.body)
    formula = Formula(X, free, X.slot_extents, terms, loss="L")
    steps.append(Step("final", {"formula": formula}))
    return Gradient(X, formula, steps)


_SPARE = "p q r t u v m l a b e f".split()


def _default_free(X: Tensor, body: sp.Expr):
    """Free index names for dL/dX: the symbol the forward formula reads X with at each slot
    when that is a plain index (``w[o, c, k]`` -> ``o, c, k``), else a spare letter."""
    reads = [r for r in body.atoms(sp.Indexed) if r.base == X.base]
    used = {s.name for s in body.free_symbols} | {
        v.name for s in body.atoms(sp.Sum) for v in s.variables}
    names = []
    for k in range(len(X.slot_extents)):
        at = {r.indices[k] for r in reads}
        cand = at.pop() if len(at) == 1 else None
        if isinstance(cand, sp.Symbol) and cand not in names:
            names.append(cand)
            continue
        spare = next((n for n in _SPARE if n not in used and
                      sp.Symbol(n, integer=True) not in names), f"{X.name}_{k}")
        names.append(sp.Symbol(spare, integer=True))
    return tuple(names)


def _merge(terms: list[Term]) -> list[Term]:
    """Add the bodies of terms that share loops and conditions."""
    out: list[Term] = []
    for t in terms:
        for u in out:
            if (u.sums == t.sums and u.guards == t.guards and u.divides == t.divides
                    and u.filters == t.filters):
                u.body = u.body + t.body
                break
        else:
            out.append(Term(list(t.sums), t.body, list(t.guards), list(t.divides),
                            list(t.filters)))
    for u in out:
        u.body = sp.factor_terms(u.body)
    return [u for u in out if u.body != 0]


def tidy_index(e: sp.Expr) -> sp.Expr:
    """An index expression in its most readable form: expanded, over a common denominator when
    it has one (``(h + p - d*k)/s`` rather than ``h/s + p/s - d*k/s``)."""
    e = sp.expand(e)
    if e.is_Add and any(not t.as_numer_denom()[1] == 1 for t in e.args):
        e = sp.together(e)
    return e


def tidy(expr: sp.Expr) -> sp.Expr:
    """Tidy every index expression of ``expr``, inside windows too."""
    def fix_read(r):
        return r.base[tuple(tidy_index(i) for i in r.indices)]

    def fix_window(w):
        body = tidy(w.body)
        limits = [(v, tidy_index(lo) if not lo.has(sp.Max, sp.Min) else lo,
                   tidy_index(hi) if not hi.has(sp.Max, sp.Min) else hi) for v, lo, hi in w.limits]
        return WindowMax.make(body, limits, tidy(w.where) if w.where != sp.true else True, w.ties,
                              w.empty)

    expr = expr.replace(lambda e: isinstance(e, sp.Indexed), fix_read)
    return expr.replace(lambda e: isinstance(e, WindowMax), fix_window)


def simplify_formula(f: Formula) -> Formula:
    """Fold what became decidable after substituting values: drop satisfied divisibility
    conditions and guards, drop terms whose conditions fail or whose loops are empty."""
    terms = []
    box = {i: (sp.S.Zero, r - 1) for i, r in zip(f.index, f.ranges)}
    for t in f.terms:
        divs = []
        dead = False
        for d in t.divides:
            v = d.decided()
            if v is False:
                dead = True
            elif v is None:
                divs.append(d)
        guards = []
        for g in t.guards:
            if g == sp.true:
                continue
            if g == sp.false:
                dead = True
                continue
            if isinstance(g, sp.GreaterThan):
                v = indexing.provably_nonneg(g.lhs - g.rhs, box)
                if v is True:
                    continue
                if v is False:
                    dead = True
            guards.append(g)
        for r in t.sums:
            diff = sp.sympify(r.hi - r.lo)
            if diff.is_number and diff < 0:
                dead = True
        if not dead:
            terms.append(Term(t.sums, tidy(t.body), guards, divs, t.filters))
    return Formula(f.target, f.index, f.ranges, terms, f.loss)
