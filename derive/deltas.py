"""Kronecker-delta elimination: the heart of the reverse-mode derivation.

A term of a derivative is a loop nest over summation variables and a product with Kronecker
deltas ``delta(e, P)`` (one per index of every read ``X[e]`` that was differentiated).  Each
delta is an affine index equation; it is solved over the integers for one summation variable,
preferring an output index (the result then *gathers*: it sums over what contributes to
``X[P]``) and a coefficient of ±1.  A coefficient ``s`` other than ±1 leaves an explicit
divisibility condition ``s | ...``.  The solved variable's range and the condition that every
read stays inside its tensor (zero outside) become closed-form loop bounds.
"""
from __future__ import annotations

import sympy as sp

from . import indexing
from .formula import Divides, Term
from .ir import ArgmaxIs, IndexRange, WindowMax
from .steps import Step


def prime(s: sp.Symbol, avoid=()) -> sp.Symbol:
    """``s`` primed (``k'``, then ``k''`` ...) until the name is not in ``avoid``."""
    new = sp.Symbol(s.name + "'", integer=True)
    while new in avoid:
        new = sp.Symbol(new.name + "'", integer=True)
    return new


def subs_free(expr: sp.Expr, rule: dict) -> sp.Expr:
    """``expr.subs(rule)`` without capture: a sum or window inside ``expr`` whose bound
    variable occurs in a substituted value has that variable renamed (primed) first.
    (Solving ``i = p + k`` into ``sigmoid(sum_k w[k] x[i - k])`` must give
    ``sum_k' w[k'] x[p + k - k']``; SymPy's ``subs`` would read ``x[p]``.)"""
    expr = sp.sympify(expr)
    clash = set().union(*[sp.sympify(v).free_symbols for v in rule.values()])
    if clash:
        def rename(e):
            avoid = clash | e.free_symbols | set(rule)
            new = {}
            avoid |= e.atoms(sp.Symbol)
            for v in e.variables:
                if v in clash:
                    new[v] = prime(v, avoid)
                    avoid.add(new[v])
            return e.xreplace(new)
        expr = expr.replace(lambda e: isinstance(e, (sp.Sum, WindowMax))
                            and bool(set(e.variables) & clash), rename)
    return expr.subs(rule)


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
            new = prime(r.var, used | taken)
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


def _own_bounds(lr: IndexRange, conds: list) -> IndexRange:
    """A loop whose bound came to use its own variable (a nested sum's bound ``k <= i``,
    with ``i`` solved as ``p + k``): the terms of the Max / Min that use it become
    conditions ``>= 0`` (tightened with the others), the rest stay the bound."""
    v = lr.var
    lo, hi = sp.sympify(lr.lo), sp.sympify(lr.hi)
    if v not in lo.free_symbols | hi.free_symbols:
        return lr

    def split(b, kind, cond):
        args = list(b.args) if isinstance(b, kind) else [b]
        own = [a for a in args if v in a.free_symbols]
        rest = [a for a in args if v not in a.free_symbols]
        if not own or not rest:
            return b
        conds.extend(sp.expand(cond(a)) for a in own)
        return kind(*rest)
    return IndexRange(v, split(lo, sp.Max, lambda a: v - a), split(hi, sp.Min, lambda a: a - v))


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
        loops = [_own_bounds(lr, conds) for lr in loops]
        rest = subs_free(rest, rule)
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


