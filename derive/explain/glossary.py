"""The glossary: every symbol a document's formulas use, with meaning, range and shape.

The explainer records every SymPy object it prints (:class:`Recorder`); the glossary is made
from exactly those objects, so nothing printed goes unexplained.  Meanings come from the op's
declaration (``op.glossary``, tensor docs, axis names); what the derivation itself introduces
(renamed summation indices, the bound positions of a window maximum, the upstream gradient,
the loss) is named here.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from ..formula import Divides
from ..ir import IndexRange, WindowMax

#: the loss: a plain symbol so the glossary check treats it like any other
LOSS_SYMBOL = sp.Symbol("__loss__")

#: what a hyper-parameter symbol means when a declaration does not say (by name prefix)
FALLBACK = {"K": "kernel extent", "s": "stride", "d": "dilation", "p": "padding"}


def symbols_in(obj) -> list:
    """Every symbol, bound or free, and every tensor an object uses, in order of appearance.

    Tensors are returned by name (a ``str``); symbols as SymPy symbols (``Dummy`` included).
    The tie-rule name inside a :class:`WindowMax` is not a symbol of the formula."""
    out: list = []

    def add(x):
        if x not in out:
            out.append(x)

    def walk(e):
        if isinstance(e, (list, tuple)):
            for a in e:
                walk(a)
            return
        if isinstance(e, Divides):
            walk(e.modulus)
            walk(e.expr)
            return
        if isinstance(e, IndexRange):
            walk(e.lo)
            walk(e.var)
            walk(e.hi)
            return
        if not isinstance(e, sp.Basic):
            return
        if isinstance(e, sp.Indexed):
            add(e.base.label.name)
            for i in e.indices:
                walk(i)
            return
        if isinstance(e, WindowMax):
            walk(e.body)
            walk(e.where)
            for lim in e.limits:
                walk(list(lim))
            return
        if isinstance(e, sp.Symbol):
            add(e)
            return
        for a in e.args:
            walk(a)

    walk(obj)
    return out


class Recorder:
    """Collects every object a document prints, and the natural range of each index."""

    def __init__(self):
        self.objects: list = []
        self.ranges: dict = {}

    def note(self, obj):
        self.objects.append(obj)
        return obj

    def note_range(self, var, lo, hi):
        if var not in self.ranges:
            self.ranges[var] = (sp.sympify(lo), sp.sympify(hi))

    def symbols(self) -> list:
        return symbols_in(self.objects)


@dataclass
class Entry:
    key: object          # the SymPy symbol, or a tensor name
    symbol: str          # LaTeX
    meaning: str         # prose (may contain $...$)
    range: str           # LaTeX (without $), may be empty
    kind: str            # 'tensor' | 'index' | 'size' | 'loss'


def _find(glossary: dict, s: sp.Symbol):
    for k, v in glossary.items():
        if getattr(k, "name", None) == s.name:
            return v
    return None
