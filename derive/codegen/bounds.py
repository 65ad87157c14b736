"""Conditions that hold on a box of integer variables, shown by their worst cases.

``holds(c, box)`` is True when condition ``c`` holds for every integer point of ``box``
(``{symbol: (low, high)}``, bounds that may involve sizes): each side of a comparison that is
affine in the box's variables is evaluated at its extreme point -- a variable with a positive
coefficient at its low end plus a non-negative slack, a negative one at its high end minus a
slack -- and SymPy must decide the result for every non-negative slack, after each floor or
ceiling of sizes is replaced by its worst value.  ``Max`` / ``Min`` split into the comparisons
they stand for.  False means "not shown", never
"fails": the caller keeps the condition.

The lowerings use it to drop the tests that a change of the visiting order makes true by
construction (the max-pooling gradient visited from the upstream side), and ``tighten`` to
drop the ``Max`` / ``Min`` arguments of a window's bounds that never decide inside the loops
around it (an unpadded pooling window: ``Max(0, -2 i)`` is 0 for every output ``i >= 0``), so
that the window loops get constant trip counts.
"""
from __future__ import annotations

import sympy as sp

__all__ = ["holds", "tighten"]


def holds(c, box: dict) -> bool:
    c = sp.sympify(c)
    if c in (sp.true, True):
        return True
    if c in (sp.false, False):
        return False
    if isinstance(c, sp.And):
        return all(holds(a, box) for a in c.args)
    if isinstance(c, sp.Or):
        return any(holds(a, box) for a in c.args)
    if isinstance(c, (sp.Ge, sp.Gt, sp.Le, sp.Lt)):
        big, small = (c.lhs, c.rhs) if isinstance(c, (sp.Ge, sp.Gt)) else (c.rhs, c.lhs)
        strict = isinstance(c, (sp.Gt, sp.Lt))
        return _geq(big, small, 1 if strict else 0, box)
    if isinstance(c, sp.Eq):
        d = sp.expand(c.lhs - c.rhs)
        return d == 0
    return False


def _geq(a, b, gap, box) -> bool:
    """``a - b >= gap`` on the box."""
    a, b = sp.sympify(a), sp.sympify(b)
    # a >= Max(p, q) iff a >= p and a >= q;  a >= Min(p, q) if a >= p or a >= q
    if isinstance(b, sp.Max):
        return all(_geq(a, p, gap, box) for p in b.args)
    if isinstance(b, sp.Min):
        return any(_geq(a, p, gap, box) for p in b.args)
    if isinstance(a, sp.Min):
        return all(_geq(p, b, gap, box) for p in a.args)
    if isinstance(a, sp.Max):
        return any(_geq(p, b, gap, box) for p in a.args)
    e = sp.expand(a - b - gap)
    worst = {}
    for v, (lo, hi) in box.items():
        if v not in e.free_symbols:
            continue
        k = e.coeff(v)
        if k.free_symbols & set(box) or sp.expand(e - k * v).has(v) or not k.is_number:
            return False
        t = sp.Dummy(f"t_{v}", integer=True, nonnegative=True)
        worst[v] = lo + t if k > 0 else hi - t
    e = sp.expand(e.xreplace(worst))
    if e.free_symbols & set(box):
        return False
    # a floor / ceiling of sizes at its worst: floor(X) in (X - 1, X], ceiling(X) in [X, X + 1)
    for r in sorted(e.atoms(sp.floor, sp.ceiling), key=str):
        k = e.coeff(r)
        if not k.is_number or sp.expand(e - k * r).has(r):
            return False
        X = r.args[0]
        if isinstance(r, sp.floor):
            e = sp.expand(e - k * r + k * (X if k < 0 else X - 1))
        else:
            e = sp.expand(e - k * r + k * (X + 1 if k < 0 else X))
    return bool((e >= 0) is sp.true or e.is_nonnegative)


def tighten(e, box: dict):
    """``e`` with every ``Max`` / ``Min`` reduced to the arguments that can decide it on
    ``box``: an argument goes when another one is at least as large (``Max``) or at most as
    large (``Min``) at every point of the box, as shown by :func:`holds`.  Unchanged when
    nothing is shown."""
    e = sp.sympify(e)
    if not box or not e.has(sp.Max, sp.Min):
        return e

    def rec(x):
        if not x.args:
            return x
        args = [rec(a) for a in x.args]
        if not isinstance(x, (sp.Max, sp.Min)):
            return x.func(*args)
        rel = sp.Ge if isinstance(x, sp.Max) else sp.Le
        keep = list(args)
        for a in args:
            if any(b is not a and holds(rel(b, a), box) for b in keep):
                keep = [b for b in keep if b is not a]
        return keep[0] if len(keep) == 1 else x.func(*keep)

    return rec(e)
