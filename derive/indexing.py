"""Integer index arithmetic: solving affine index equations, divisibility, bound tightening.

Index expressions are affine in the loop variables, with coefficients that are integers or
positive size symbols (stride ``s``, dilation ``d``).  Data-dependent indices (a label map
``label[n, h, w]``) are opaque integer terms.  Everything here works on symbolic sizes as well
as on concrete ones; with concrete sizes the bounds fold to numbers.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from .formula import Divides
from .ir import IndexRange

Box = dict  # symbol -> (lo, hi), inclusive


def affine_in(expr: sp.Expr, var: sp.Symbol):
    """``(c, rest)`` with ``expr == c*var + rest`` and neither ``c`` nor ``rest`` containing
    ``var``; ``None`` when ``expr`` is not affine in ``var`` (e.g. ``var`` inside an index of a
    data tensor, or multiplied by another loop variable)."""
    expr = sp.expand(expr)
    if var not in expr.free_symbols:
        return sp.S.Zero, expr
    rest, dep = expr.as_independent(var, as_Add=True)
    c = sp.S.Zero
    for t in sp.Add.make_args(dep):
        coef, v = t.as_independent(var, as_Mul=True)
        if v != var:
            return None
        c += coef
    if c == 0:
        return None
    return c, rest


@dataclass(frozen=True)
class Solution:
    var: sp.Symbol
    value: sp.Expr            # var = value
    divides: Divides | None   # condition for an integer solution
    equation: sp.Expr         # the equation solved, as  lhs - rhs  (== 0)
    coefficient: sp.Expr


def solve_for(equation: sp.Expr, var: sp.Symbol) -> Solution | None:
    """Solve ``equation == 0`` for the integer ``var`` (``c*var + rest = 0``).

    When ``c`` is not ±1 the solution ``-rest/c`` is an integer only when ``c | rest``: that
    condition is returned explicitly (SymPy's ``deltasummation`` drops it)."""
    a = affine_in(equation, var)
    if a is None:
        return None
    c, rest = a
    if c.free_symbols and not (c.is_positive or c.is_negative):
        return None
    value = sp.expand(-rest / c)
    div = None
    if abs(c) != 1:
        d = Divides(abs(c) if c.is_number else (c if c.is_positive else -c), sp.expand(-rest))
        if d.decided() is not True:
            div = d
    return Solution(var, value, div, equation, c)


def _sign(c: sp.Expr):
    if c.is_positive:
        return 1
    if c.is_negative:
        return -1
    return 0


def extreme(expr: sp.Expr, box: Box, lowest: bool):
    """The minimum (``lowest``) or maximum of affine ``expr`` over the box, or None when a
    coefficient's sign is unknown or a variable is not affine."""
    expr = sp.expand(expr)
    for v in sorted(expr.free_symbols & set(box), key=str):
        a = affine_in(expr, v)
        if a is None:
            return None
        c, rest = a
        sg = _sign(c)
        if sg == 0:
            return None
        lo, hi = box[v]
        pick = lo if (sg > 0) == lowest else hi
        expr = sp.expand(c * pick + rest)
    return expr


def provably_nonneg(expr: sp.Expr, box: Box) -> bool | None:
    """True when ``expr >= 0`` on the whole box, False when ``expr < 0`` on all of it, else
    None."""
    lo = extreme(expr, box, lowest=True)
    if lo is not None:
        t = _nonneg(lo)
        if t is True:
            return True
    hi = extreme(expr, box, lowest=False)
    if hi is not None:
        t = _nonneg(hi)
        if t is False:
            return False
    return None


def _nonneg(e: sp.Expr):
    e = sp.simplify(e) if e.free_symbols else e
    if e.is_nonnegative:
        return True
    if e.is_negative:
        return False
    return None


def bound_from(cond: sp.Expr, var: sp.Symbol):
    """From ``cond >= 0`` (affine in ``var`` with a coefficient of known sign) the bound it
    puts on the integer ``var``: ``('lo', ceil(..))`` or ``('hi', floor(..))``; else None."""
    a = affine_in(cond, var)
    if a is None:
        return None
    c, rest = a
    sg = _sign(c)
    if sg > 0:
        return "lo", sp.ceiling(sp.cancel(-rest / c))
    if sg < 0:
        return "hi", sp.floor(sp.cancel(rest / (-c)))
    return None


def split_minmax(cond: sp.Expr) -> list[sp.Expr]:
    """``cond >= 0`` as conditions without Min / Max where that is exact: ``Min(a, b) + r >= 0``
    is ``a + r >= 0`` and ``b + r >= 0``, and so is ``r - Max(a, b) >= 0`` (a bound written
    with Min / Max, such as a nested sum's, reaching a condition)."""
    cond = sp.expand(cond)
    for t in sp.Add.make_args(cond):
        c, f = t.as_coeff_Mul()
        if (isinstance(f, sp.Min) and c > 0) or (isinstance(f, sp.Max) and c < 0):
            rest = cond - t
            return [x for a in f.args for x in split_minmax(rest + c * a)]
    return [cond]


def tighten(sums: list[IndexRange], conds: list[sp.Expr], box: Box):
    """Turn the conditions ``c >= 0`` into loop bounds.

    Each condition bounds the innermost loop variable it contains, in terms of outer variables
    and free indices.  Returns ``(sums, guards, filters, empty)``: guards are conditions free
    of loop variables, filters are conditions that could not become bounds, ``empty`` is True
    when a condition is provably never met (the term vanishes)."""
    sums = list(sums)
    conds = [c for cond in conds for c in split_minmax(cond)]
    order = {r.var: i for i, r in enumerate(sums)}
    full_box = dict(box)
    for r in sums:
        full_box[r.var] = (r.lo, r.hi)
    guards, filters = [], []
    seen = set()
    for cond in conds:
        cond = sp.expand(cond)
        if cond in seen:
            continue
        seen.add(cond)
        verdict = provably_nonneg(cond, full_box)
        if verdict is True:
            continue
        if verdict is False:
            return sums, guards, filters, True
        vs = [v for v in cond.free_symbols if v in order]
        if not vs:
            guards.append(sp.GreaterThan(cond, 0))
            continue
        v = max(vs, key=lambda s: order[s])
        b = bound_from(cond, v)
        if b is None:
            filters.append(sp.GreaterThan(cond, 0))
            continue
        i = order[v]
        r = sums[i]
        if b[0] == "lo":
            sums[i] = IndexRange(v, _max(r.lo, b[1]), r.hi)
        else:
            sums[i] = IndexRange(v, r.lo, _min(r.hi, b[1]))
    return sums, guards, filters, False


def _max(a, b):
    if a == b:
        return a
    return sp.Max(a, b)


def _min(a, b):
    if a == b:
        return a
    return sp.Min(a, b)


def range_conditions(index_expr: sp.Expr, extent: sp.Expr) -> list[sp.Expr]:
    """``0 <= e <= extent-1`` as two ``>= 0`` conditions."""
    e = sp.expand(index_expr)
    return [e, sp.expand(extent - 1 - e)]
