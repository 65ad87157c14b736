"""Gather-form index formulas: the one derived object every view reads.

A :class:`Formula` gives one element ``target[index]`` as a sum of :class:`Term` s.  Each term
is a loop nest with closed-form inclusive bounds (outermost first), guards that do not depend
on any loop variable (Iverson brackets), divisibility conditions, conditions that could not be
turned into bounds (``filters``, tested per element; none of the catalog ops needs one) and a
scalar body.  Kernels, explanations and the verifier are views of this object.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from .ir import IndexRange, Tensor


@dataclass(frozen=True)
class Divides:
    """``modulus | expr`` -- the divisibility condition left by solving ``modulus * v = expr``."""

    modulus: sp.Expr
    expr: sp.Expr

    def subs(self, rules) -> "Divides":
        return Divides(sp.sympify(self.modulus).subs(rules), sp.sympify(self.expr).subs(rules))

    def as_bool(self) -> sp.Expr:
        return sp.Eq(sp.Mod(self.expr, self.modulus), 0)

    def decided(self):
        """True / False when decidable, else None."""
        m, e = sp.sympify(self.modulus), sp.expand(self.expr)
        if m == 1:
            return True
        if m.is_Integer and e.is_Integer:
            return int(e) % int(m) == 0
        if m.is_Integer:
            # all coefficients multiples of m: divisible regardless of the variables
            coeffs = sp.Poly(e, *sorted(e.free_symbols, key=str)).coeffs() if e.free_symbols else [e]
            if all(c.is_Integer and int(c) % int(m) == 0 for c in coeffs):
                return True
        return None


@dataclass
class Term:
    sums: list[IndexRange]
    body: sp.Expr
    guards: list[sp.Expr] = field(default_factory=list)
    divides: list[Divides] = field(default_factory=list)
    filters: list[sp.Expr] = field(default_factory=list)

    def subs(self, rules) -> "Term":
        return Term([r.subs(rules) for r in self.sums], sp.sympify(self.body).subs(rules),
                    [sp.sympify(g).subs(rules) for g in self.guards],
                    [d.subs(rules) for d in self.divides],
                    [sp.sympify(f).subs(rules) for f in self.filters])

    @property
    def variables(self) -> list[sp.Symbol]:
        return [r.var for r in self.sums]

    @property
    def symbols(self) -> set:
        """The free symbols of the term's sums' bounds, body and conditions."""
        out = set()
        for r in self.sums:
            out |= sp.sympify(r.lo).free_symbols | sp.sympify(r.hi).free_symbols
        for e in [self.body, *self.guards, *self.filters] + [d.expr for d in self.divides]:
            out |= sp.sympify(e).free_symbols
        return out


@dataclass
class Formula:
    """``target[index] = sum of terms``; ``index`` are the free index symbols, ``ranges`` their
    extents (``0 <= index[a] < ranges[a]``)."""

    target: Tensor
    index: tuple[sp.Symbol, ...]
    ranges: tuple[sp.Expr, ...]
    terms: list[Term]
    #: the name of the loss when this formula is a gradient dL/d(target), else None
    loss: str | None = None

    def subs(self, rules) -> "Formula":
        return Formula(self.target, self.index,
                       tuple(sp.sympify(r).subs(rules) for r in self.ranges),
                       [t.subs(rules) for t in self.terms], self.loss)

    def __str__(self) -> str:
        lhs = f"{self.target.name}[{', '.join(map(str, self.index))}]"
        if self.loss:
            lhs = f"d{self.loss}/d{lhs}"
        parts = [term_str(t) for t in self.terms] or ["0"]
        return f"{lhs} = " + "\n    + ".join(parts)

    def as_expr(self) -> sp.Expr:
        """The formula as one SymPy expression (Sum + Piecewise), for printing and comparison."""
        return sp.Add(*[term_expr(t) for t in self.terms])


def term_expr(t: Term) -> sp.Expr:
    conds = list(t.guards) + [d.as_bool() for d in t.divides] + list(t.filters)
    body = t.body
    if conds:
        body = sp.Piecewise((body, sp.And(*conds)), (0, True))
    if t.sums:
        body = sp.Sum(body, *[(r.var, r.lo, r.hi) for r in t.sums])
    return body


def term_str(t: Term) -> str:
    """One term as plain text: ``sum_{v=lo..hi} ... [conditions] body``."""
    out = []
    for r in t.sums:
        out.append(f"sum_{{{r.var}={r.lo}..{r.hi}}}")
    conds = [str(g) for g in t.guards] + [f"{d.modulus} | {d.expr}" for d in t.divides] + \
        [str(f) for f in t.filters]
    if conds:
        out.append("[" + ", ".join(conds) + "]")
    out.append(str(t.body))
    return " ".join(out)
