"""Terms selected by a first maximizer, seen from the selecting side.

A max-pooling gradient is, in gather form, ``sum_k ArgmaxIs(window(E), k) * R[E] * c`` with
``E = E(x, k)`` the upstream position that element ``x`` reaches through window offset ``k``.
For each position ``u`` of ``R`` exactly one offset is selected (the window's first maximizer),
so the lowerings may visit the positions ``u`` instead: scan the window at ``u``, decode its
maximizer ``k``, solve ``E(x, k) = u`` for the element ``x`` and add ``c * R[u]`` there -- when
``x`` and ``k`` satisfy the term's limits and conditions, which makes the visit add exactly the
(element, offset) pairs the gather form adds.

:func:`match` recognises such a term and solves for ``x``; :func:`conditions` lists the term's
conditions at the solved element, without those that hold by construction
(:func:`derive.codegen.bounds.holds` on the box of positions and offsets).  Both lowerings (C
and NumPy) use them; each scans the window its own way.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from ..formula import Formula, Term
from ..ir import ArgmaxIs, WindowMax
from .bounds import holds

__all__ = ["Selector", "match", "conditions", "value_at", "flat_parts", "disjoint"]


@dataclass
class Selector:
    argmax: ArgmaxIs
    read: sp.Indexed          # R[E]
    reads: list               # every read factor (all at E)
    coef: sp.Expr             # the term's number factor
    offsets: list             # k: the term's sums, the maximizer's position in the window
    positions: list           # u: one symbol per index of R
    solution: dict            # element index -> expression in u and k
    window: WindowMax         # the window at position u (no k left)


def match(f: Formula, t: Term, body, tensors, position_symbol) -> Selector | None:
    """The selector form of term ``t`` (body ``body``), or None.  ``tensors``: the names of the
    real tensors that ``R`` may be; ``position_symbol(d)``: a new integer symbol for index
    ``d`` of ``R``."""
    if t.filters:
        return None
    factors = list(sp.Mul.make_args(sp.sympify(body)))
    sel = [a for a in factors if isinstance(a, ArgmaxIs)]
    if len(sel) != 1 or sel[0].window.ties != "first":
        return None
    a = sel[0]
    reads = [x for x in factors if isinstance(x, sp.Indexed)]
    numbers = [x for x in factors if x.is_number]
    if (not reads or len(reads) + 1 + len(numbers) != len(factors)
            or any(str(r.base) not in tensors or r.indices != reads[0].indices for r in reads)):
        return None
    ks = list(a.at)
    if ([r.var for r in t.sums] != ks or not all(isinstance(k, sp.Symbol) for k in ks)
            or len(ks) != len(a.window.variables)):
        return None
    R = reads[0]
    free = list(f.index)
    us = [position_symbol(d) for d in range(len(R.indices))]
    try:
        sol = sp.solve([sp.expand(e - u) for e, u in zip(R.indices, us)], free, dict=True)
    except NotImplementedError:
        return None
    if len(sol) != 1 or set(sol[0]) != set(free):
        return None
    sol = {v: sp.expand(e) for v, e in sol[0].items()}
    for e in sol.values():
        if e.free_symbols - set(us) - set(ks) or any(
                not c.is_Integer for c in e.as_coefficients_dict().values()):
            return None
    window = a.window.xreplace(sol)
    if window.free_symbols & set(ks):
        return None
    return Selector(a, R, reads, sp.Mul(*numbers), ks, us, sol, window)


def value_at(s: Selector, where) -> sp.Expr:
    """The term's value without its selector, its reads taken at index tuple ``where``."""
    return s.coef * sp.Mul(*[r.base[tuple(where)] for r in s.reads])


def conditions(f: Formula, t: Term, s: Selector, conc, space: dict) -> list | None:
    """The term's conditions (element in the output, offsets within their limits, divisibility,
    guards) at the solved element, less those that hold on ``space`` (``{symbol: (lo, hi)}``
    for the positions and offsets); None when one of them never holds.  ``conc``: the
    lowering's concretization of parameter symbols."""
    conds = []
    for v, n in zip(f.index, f.ranges):
        conds += [sp.Ge(v, 0), sp.Lt(v, conc(n))]
    for r in t.sums:
        conds += [sp.Ge(r.var, conc(r.lo)), sp.Le(r.var, conc(r.hi))]
    conds += [sp.Eq(sp.Mod(conc(d.expr), conc(d.modulus)), 0) for d in t.divides]
    conds += [sp.sympify(g) for g in t.guards]
    keep = []
    for c in conds:
        c2 = sp.sympify(c).xreplace(s.solution)
        if c2 in (sp.false, False):
            return None
        if not holds(c2, space):
            keep.append(c2)
    return keep


def flat_parts(s: Selector, index, ranges) -> tuple | None:
    """The solved element's row-major flat index in an output with indices ``index`` of
    extents ``ranges``, as ``(part in the positions, part in the offsets)``; None when a term
    of it mixes both."""
    flat = sp.S.Zero
    for v, n in zip(index, ranges):
        flat = flat * n + s.solution[v]
    flat = sp.expand(flat)
    ks, us = set(s.offsets), set(s.positions)
    flat_k = sp.Add(*[x for x in sp.Add.make_args(flat) if x.free_symbols & ks])
    flat_u = sp.expand(flat - flat_k)
    if flat_k.free_symbols & us or flat_u.free_symbols & ks:
        return None
    return flat_u, flat_k


def disjoint(s: Selector, box) -> bool:
    """Whether distinct (position, offset) pairs always solve to distinct elements (windows
    that do not overlap): every element index is ``a * u + b * k + c`` for its own position
    ``u`` and at most its own offset ``k`` (each offset of ``box``, ``[(lo, hi), ...]``, with
    a range in some index), the offset's span ``|b| * (hi - lo)`` shorter than the step
    ``|a|``."""
    kbox = dict(zip(s.offsets, box))
    used_u, used_k = set(), set()
    for e in s.solution.values():
        us = [u for u in s.positions if e.has(u)]
        ks = [k for k in s.offsets if e.has(k)]
        if len(us) != 1 or len(ks) > 1 or us[0] in used_u:
            return False
        u = us[0]
        a = e.coeff(u)
        b = e.coeff(ks[0]) if ks else sp.S.Zero
        rest = sp.expand(e - a * u - (b * ks[0] if ks else 0))
        if not (a.is_Integer and b.is_Integer) or a == 0 or rest.has(u, *s.offsets):
            return False
        if ks:
            lo, hi = kbox[ks[0]]
            if ks[0] in used_k or abs(b) * (hi - lo) >= abs(a):
                return False
            used_k.add(ks[0])
        used_u.add(u)
    return (used_u == set(s.positions)
            and all(k in used_k for k, (lo, hi) in kbox.items() if hi > lo))
