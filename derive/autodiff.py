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

from dataclasses import dataclass, field
from typing import Any

import sympy as sp

from . import indexing
from .formula import Divides, Formula, Term
from .ir import ArgmaxIs, IndexRange, Tensor, WindowMax
from .op import Op


@dataclass
class Step:
    """One recorded step: ``kind`` names it, ``data`` holds the SymPy objects it is about."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)


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


def prime(s: sp.Symbol) -> sp.Symbol:
    return sp.Symbol(s.name + "'", integer=True)


# ---------------------------------------------------------------------------- expansion
def expand_terms(expr: sp.Expr, taken: set) -> list[tuple[list[IndexRange], sp.Expr]]:
    """Flatten ``expr`` into ``[(loops, factor)]`` through Add, Mul and Sum (a Sum inside any
    other function stays one atom).  Bound variables are renamed when two sums in one product
    use the same name."""
    if expr.is_Add:
        out = []
        for a in expr.args:
            out.extend(expand_terms(a, taken))
        return out
    if expr.is_Mul:
        acc: list[tuple[list[IndexRange], sp.Expr]] = [([], sp.S.One)]
        for a in expr.args:
            sub = expand_terms(a, taken)
            new = []
            for s1, f1 in acc:
                for s2, f2 in sub:
                    s2, f2 = _avoid(s1, s2, f2, taken)
                    new.append((s1 + s2, f1 * f2))
            acc = new
        return acc
    if isinstance(expr, sp.Sum):
        loops = [IndexRange(v, sp.sympify(lo), sp.sympify(hi)) for v, lo, hi in expr.limits]
        return [(loops + s, f) for s, f in expand_terms(expr.function, taken)]
    return [([], expr)]


def _avoid(s1, s2, f2, taken):
    used = {r.var for r in s1}
    rules = {}
    out = []
    for r in s2:
        if r.var in used:
            new = prime(r.var)
            while new in used or new in taken:
                new = prime(new)
            rules[r.var] = new
            used.add(new)
            out.append(IndexRange(new, r.lo.subs(rules), r.hi.subs(rules)))
        else:
            out.append(IndexRange(r.var, r.lo.subs(rules), r.hi.subs(rules)))
    return out, (f2.subs(rules) if rules else f2)


# ---------------------------------------------------------------------------- reads
def top_reads(expr: sp.Expr) -> list[sp.Indexed]:
    """The tensor reads of ``expr`` outside nested sums / windows / tie indicators (whose
    own bound variables keep their reads in range)."""
    out: list[sp.Indexed] = []

    def walk(e):
        if isinstance(e, sp.Indexed):
            out.append(e)
            for i in e.indices:
                walk(i)
            return
        if isinstance(e, (sp.Sum, WindowMax, ArgmaxIs)):
            return
        for a in e.args:
            walk(a)

    walk(expr)
    return out


def read_conditions(expr: sp.Expr, extents: dict, box: dict) -> list[sp.Expr]:
    """Conditions ``>= 0`` that keep every top-level read inside its tensor."""
    conds = []
    for r in top_reads(expr):
        ext = extents.get(r.base)
        if ext is None:
            continue
        for e, n in zip(r.indices, ext):
            if e in box and box[e] == (sp.S.Zero, n - 1):
                continue
            conds.extend(indexing.range_conditions(e, n))
    return conds


# ---------------------------------------------------------------------------- elimination
def eliminate(loops: list[IndexRange], factor: sp.Expr, prefer: set, box: dict,
              extents: dict, steps: list[Step] | None):
    """Eliminate the Kronecker deltas of one term; returns a :class:`Term` or None (zero)."""
    deltas = []
    rest = sp.S.One
    for a in sp.Mul.make_args(factor):
        if isinstance(a, sp.KroneckerDelta):
            deltas.append(a)
        elif isinstance(a, sp.Pow) and isinstance(a.base, sp.KroneckerDelta):
            deltas.append(a.base)
        else:
            rest *= a
    loops = list(loops)
    conds: list[sp.Expr] = []
    divides: list[Divides] = []
    guards: list[sp.Expr] = []
    pending_filters: list[sp.Expr] = []
    stuck = 0
    while deltas:
        dl = deltas.pop(0)
        eq = sp.expand(dl.args[0] - dl.args[1])
        if eq == 0:
            continue
        if eq.is_number:
            return None
        best = None
        for r in loops:
            if r.var not in eq.free_symbols:
                continue
            sol = indexing.solve_for(eq, r.var)
            if sol is None:
                continue
            score = (r.var not in prefer, abs(sol.coefficient) != 1, loops.index(r))
            if best is None or score < best[0]:
                best = (score, r, sol)
        if best is None:
            if stuck < len(deltas):
                # another delta may first solve for a variable this one depends on
                deltas.append(dl)
                stuck += 1
                continue
            bracket = sp.Eq(dl.args[0], dl.args[1])
            if bracket.free_symbols & {lr.var for lr in loops}:
                pending_filters.append(bracket)
            else:
                guards.append(bracket)
            if steps is not None:
                steps.append(Step("bracket", {"delta": dl}))
            continue
        stuck = 0
        _, r, sol = best
        rule = {r.var: sol.value}
        loops.remove(r)
        loops = [lr.subs(rule) for lr in loops]
        rest = rest.subs(rule)
        deltas = [d.subs(rule) for d in deltas]
        deltas = [d for d in deltas if d != 1]
        if any(d == 0 for d in deltas):
            return None
        conds = [sp.expand(c.subs(rule)) for c in conds]
        guards = [g.subs(rule) for g in guards]
        pending_filters = [f.subs(rule) for f in pending_filters]
        divides = [d.subs(rule) for d in divides]
        new_conds = [sp.expand(sol.value - r.lo), sp.expand(r.hi - sol.value)]
        conds.extend(new_conds)
        if sol.divides is not None:
            divides.append(sol.divides)
        if steps is not None:
            steps.append(Step("eliminate", {
                "delta": dl, "var": r.var, "value": sol.value, "range": (r.lo, r.hi),
                "divides": sol.divides, "coefficient": sol.coefficient}))
    # reads must stay in range (zero outside the input)
    full_box = dict(box)
    for lr in loops:
        full_box[lr.var] = (lr.lo, lr.hi)
    conds.extend(read_conditions(rest, extents, full_box))
    divides_kept = []
    for d in divides:
        v = d.decided()
        if v is False:
            return None
        if v is None:
            divides_kept.append(d)
    before = list(loops)
    loops, g2, filters, empty = indexing.tighten(loops, conds, box)
    if steps is not None:
        shown = []
        for c in conds:
            c = sp.expand(c)
            if c not in shown and indexing.provably_nonneg(c, full_box) is not True:
                shown.append(c)
        steps.append(Step("bounds", {
            "conditions": [sp.GreaterThan(c, 0) for c in shown], "before": before,
            "after": list(loops), "guards": list(g2), "empty": empty}))
    if empty:
        return None
    for f in pending_filters:
        if f.free_symbols & {lr.var for lr in loops}:
            filters.append(f)
        else:
            g2.append(f)
    return Term(loops, rest, guards + g2, divides_kept, filters)


# ---------------------------------------------------------------------------- output form
def express_in_output(expr: sp.Expr, op: Op, out_index) -> sp.Expr:
    """Write occurrences of the op's forward value as reads of its output.

    A product that contains every factor of the forward body (with the output indices matched
    by pattern) has those factors replaced by ``Y[...]`` -- ``exp(x_k)/S`` becomes ``y_k``,
    ``sigmoid(x_p)`` becomes ``y_p``."""
    body = op.formula
    if body.atoms(WindowMax) or not body.atoms(sp.Indexed):
        return expr
    wild = {i: sp.Dummy(i.name) for i in out_index}
    pattern_factors = [f.subs(wild) for f in sp.Mul.make_args(body)]
    key = max(pattern_factors, key=lambda f: len(f.free_symbols & set(wild.values())))
    Y = op.output

    def cover(e):
        if (not isinstance(e, sp.Expr) or isinstance(e, (ArgmaxIs, WindowMax, sp.Indexed))
                or e.is_Atom):
            return e
        if not e.is_Add:
            e2 = _cover_mul(e)
            if e2 is not None:
                return cover(e2)
        if e.args:
            return e.func(*[cover(a) for a in e.args])
        return e

    def _cover_mul(e):
        facs = sp.Mul.make_args(e)
        powers: dict = {}
        for f in facs:
            b, x = _base_exp(f)
            powers[b] = powers.get(b, 0) + x
        kb, kx = _base_exp(key)
        for b in list(powers):
            m = unify(kb, b, set(wild.values()))
            if m is None or any(w not in m for w in wild.values()):
                continue
            inst = {w: m[w] for w in wild.values()}
            ok = True
            need = {}
            for pf in pattern_factors:
                pb, px = _base_exp(pf)
                pb = pb.xreplace(inst)
                need[pb] = sp.sympify(need.get(pb, 0)) + px
            for pb, px in need.items():
                have = sp.sympify(powers.get(pb, 0))
                if not (px.is_number and have.is_number and
                        ((px > 0 and have >= px) or (px < 0 and have <= px))):
                    ok = False
                    break
            if not ok:
                continue
            for pb, px in need.items():
                powers[pb] = powers[pb] - px
            idx = tuple(inst[wild[i]] for i in out_index)
            res = Y[idx] if idx else Y.scalar
            for pb, px in powers.items():
                res *= pb ** px
            return res
        return None

    return cover(expr)


def _base_exp(f):
    if isinstance(f, sp.Pow):
        return f.base, f.exp
    return f, sp.S.One


def unify(pattern, expr, holes: set, bound=None):
    """Structural match of ``pattern`` against ``expr``; ``holes`` are placeholder symbols.
    Returns the binding or None."""
    bound = dict(bound or {})
    if pattern in holes:
        if pattern in bound:
            return bound if bound[pattern] == expr else None
        bound[pattern] = expr
        return bound
    if not pattern.args or not getattr(expr, "args", None):
        return bound if pattern == expr else None
    if pattern.func != expr.func or len(pattern.args) != len(expr.args):
        return None
    for a, b in zip(pattern.args, expr.args):
        bound = unify(a, b, holes, bound)
        if bound is None:
            return None
    return bound


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
        return WindowMax.make(w.body, [(l.var, l.lo, l.hi) for l in loops], where, w.ties)
    return expr.replace(lambda e: isinstance(e, WindowMax), fix)


def derive_op(op: Op) -> Derivation:
    upstream = Tensor("grad_" + op.output.name, op.output.axes,
                      latex=r"\frac{\partial L}{\partial %s}" % op.output.latex)
    extents = _extents(op, upstream)
    out_box = {i: (sp.S.Zero, n - 1) for i, n in zip(op.index, op.output.slot_extents)}
    body = normalize_windows(op.formula, extents, out_box)

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
        grads[X.name] = _gradient(op, X, op.formula, upstream, extents)
    return Derivation(op, forward, fsteps, grads, upstream)


def _lhs(t: Tensor, idx) -> sp.Expr:
    return t[tuple(idx)] if idx else t.scalar


def _gradient(op: Op, X: Tensor, body: sp.Expr, upstream: Tensor, extents: dict) -> Gradient:
    steps: list[Step] = []
    free = tuple(op.grad_index.get(X.name) or _default_free(X))
    free_set = set(free)
    # rename forward symbols that clash with the gradient's free indices
    bound = set(op.index)
    for s in body.atoms(sp.Sum):
        bound |= set(s.variables)
    rename = {}
    for s in bound:
        if s in free_set:
            new = prime(s)
            while new in free_set or new in bound:
                new = prime(new)
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
    formula = Formula(X, free, X.slot_extents, terms)
    steps.append(Step("final", {"formula": formula}))
    return Gradient(X, formula, steps)


def _default_free(X: Tensor):
    names = []
    for k, ext in enumerate(X.slot_extents):
        names.append(sp.Symbol(f"{X.name}_{k}", integer=True))
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
        return WindowMax.make(body, limits, tidy(w.where) if w.where != sp.true else True, w.ties)

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
    return Formula(f.target, f.index, f.ranges, terms)
