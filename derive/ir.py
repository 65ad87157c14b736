"""The small IR around SymPy: tensors, index symbols and the few nodes SymPy lacks.

Index arithmetic and scalar bodies are plain SymPy (``Indexed``, ``Sum``, ``KroneckerDelta``).
What SymPy cannot state with symbolic bounds gets a node here, each with its derivative rule:

* :class:`WindowMax` -- the maximum of a body over a set of index variables (a pooling window,
  or a superpixel given by a filter condition), with the value of an empty window.
* :class:`ArgmaxIs` -- the tie rule of a max: 1 when window position ``at`` is *the* maximizer
  of window ``window`` under ``ties='first'`` (first maximizer in row-major window order), or
  ``1/#maximizers`` for each maximizer under ``ties='split'``.
* scalar primitives :class:`sigmoid` and :class:`relu` with their derivative rules
  (``relu'(0) = 0``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import sympy as sp

__all__ = [
    "Axis", "Tensor", "index", "size", "WindowMax", "ArgmaxIs", "sigmoid", "relu", "step",
    "IndexRange",
]


def index(names: str) -> tuple[sp.Symbol, ...] | sp.Symbol:
    """Integer index symbols, e.g. ``n, c, i = index('n c i')``."""
    out = sp.symbols(names, integer=True)
    return out


def size(names: str) -> tuple[sp.Symbol, ...] | sp.Symbol:
    """Positive integer size / hyper-parameter symbols, e.g. ``H, K, s = size('H K s')``."""
    return sp.symbols(names, integer=True, positive=True)


@dataclass(frozen=True)
class Axis:
    """One axis of a tensor: its name (for documents) and its extent.

    ``parts`` splits a flat axis into sub-axes addressed by several indices, as grouped
    convolution addresses channel ``g*Cg + c`` by the pair ``(g, c)``; the flat position is
    ``sum(part_index * stride_of_part)`` in row-major order.
    """

    name: str
    extent: sp.Expr
    parts: tuple[sp.Expr, ...] | None = None

    @property
    def slots(self) -> int:
        return len(self.parts) if self.parts else 1


class Tensor:
    """A tensor of the op: a name, named axes with symbolic extents, and a kind.

    ``kind`` is ``'real'`` (differentiable data), ``'index'`` (integer data such as a label map
    or class targets, never differentiated).  Indexing a tensor gives a SymPy ``Indexed`` with
    one index per slot (a split axis takes one index per part).
    """

    def __init__(self, name: str, axes: Sequence[Axis | tuple], kind: str = "real",
                 latex: str | None = None, doc: str = ""):
        self.name = name
        self.axes = tuple(a if isinstance(a, Axis) else Axis(*a) for a in axes)
        self.kind = kind
        self.doc = doc
        self.latex = latex or name
        self.base = sp.IndexedBase(name)

    @property
    def rank(self) -> int:
        return len(self.axes)

    @property
    def shape(self) -> tuple[sp.Expr, ...]:
        return tuple(a.extent for a in self.axes)

    @property
    def slot_extents(self) -> tuple[sp.Expr, ...]:
        """The extent of each index slot (split axes contribute one extent per part)."""
        out: list[sp.Expr] = []
        for a in self.axes:
            out.extend(a.parts if a.parts else (a.extent,))
        return tuple(out)

    def __getitem__(self, idx) -> sp.Indexed:
        if not isinstance(idx, tuple):
            idx = (idx,)
        if len(idx) != len(self.slot_extents):
            raise ValueError(
                f"tensor {self.name} takes {len(self.slot_extents)} indices, got {len(idx)}")
        if not idx:
            return self.scalar
        return self.base[tuple(sp.sympify(i) for i in idx)]

    @property
    def scalar(self) -> sp.Symbol:
        """A rank-0 tensor is a plain symbol."""
        return sp.Symbol(self.name, real=True)

    def __repr__(self) -> str:
        return f"Tensor({self.name}, {self.shape})"


@dataclass(frozen=True)
class IndexRange:
    """An index variable with inclusive bounds ``lo <= var <= hi``."""

    var: sp.Symbol
    lo: sp.Expr
    hi: sp.Expr

    def subs(self, rules) -> "IndexRange":
        return IndexRange(self.var, sp.sympify(self.lo).subs(rules), sp.sympify(self.hi).subs(rules))


class WindowMax(sp.Function):
    """``WindowMax(body, where, ties, empty, (v1, lo1, hi1), (v2, lo2, hi2), ...)``.

    The maximum of ``body`` over the integer points of the box where ``where`` holds (``where``
    is ``True`` for a plain pooling window, a ``KroneckerDelta`` for a superpixel).  Positions
    that read a tensor outside its extent are not part of the window (PyTorch pads max pooling
    with -inf).  An empty window gives ``empty``: -oo for max pooling (a window of padding
    only, as PyTorch), 0 for an empty superpixel region; it passes no gradient.
    """

    is_real = True

    @classmethod
    def eval(cls, *args):
        return None

    @classmethod
    def make(cls, body, limits, where=True, ties: str = "first", empty=0) -> "WindowMax":
        if ties not in ("first", "split"):
            raise ValueError(f"ties must be 'first' or 'split', got {ties!r}")
        return cls(body, sp.sympify(where), sp.Symbol(ties), sp.sympify(empty),
                   *[sp.Tuple(*l) for l in limits])

    @property
    def body(self) -> sp.Expr:
        return self.args[0]

    @property
    def where(self) -> sp.Expr:
        return self.args[1]

    @property
    def ties(self) -> str:
        return self.args[2].name

    @property
    def empty(self) -> sp.Expr:
        """The value of an empty window (0, or -oo for max pooling as PyTorch)."""
        return self.args[3]

    @property
    def limits(self) -> tuple[tuple[sp.Symbol, sp.Expr, sp.Expr], ...]:
        return tuple(tuple(t) for t in self.args[4:])

    @property
    def variables(self) -> tuple[sp.Symbol, ...]:
        return tuple(t[0] for t in self.limits)

    @property
    def free_symbols(self):
        inner = self.body.free_symbols | sp.sympify(self.where).free_symbols
        for v, lo, hi in self.limits:
            inner |= sp.sympify(lo).free_symbols | sp.sympify(hi).free_symbols
        return inner - set(self.variables)

    def _eval_derivative(self, s):
        # d max_k f_k = sum_k [k is the maximizer] * d f_k   (tie rule in ArgmaxIs)
        d = sp.diff(self.body, s)
        if d == 0:
            return sp.S.Zero
        where = sp.S.One if self.where == sp.true else self.where
        # the window inside the indicator keeps its own (renamed) bound variables, so that
        # solving for the loop variables outside never touches them
        inner = self.xreplace({v: sp.Dummy(v.name, integer=True) for v in self.variables})
        return sp.Sum(where * ArgmaxIs(inner, sp.Tuple(*self.variables)) * d, *self.limits)

    def _latex(self, printer):
        vs = ",".join(printer._print(v) for v in self.variables)
        return r"\max_{%s} %s" % (vs, printer._print(self.body))


class ArgmaxIs(sp.Function):
    """``ArgmaxIs(window, at)``: the share of the gradient of ``window`` (a :class:`WindowMax`)
    that goes to window position ``at``.  With the window's ``ties='first'`` (PyTorch's and
    TensorFlow CPU's rule): 1 at the first maximizer in row-major window order, 0 elsewhere.
    With ``ties='split'`` (``jnp.max``'s rule): ``1/m`` at each of the ``m`` maximizers.
    """

    is_real = True

    @classmethod
    def eval(cls, *args):
        return None

    def fdiff(self, argindex=1):
        return sp.S.Zero

    def _eval_derivative(self, s):
        return sp.S.Zero

    @property
    def window(self) -> WindowMax:
        return self.args[0]

    @property
    def at(self) -> tuple[sp.Expr, ...]:
        return tuple(self.args[1])


class sigmoid(sp.Function):
    """The logistic function 1/(1+e^-x); sigmoid' = sigmoid (1 - sigmoid)."""

    is_real = True

    def fdiff(self, argindex=1):
        return sigmoid(self.args[0]) * (1 - sigmoid(self.args[0]))

    def _eval_rewrite_as_exp(self, x, **kw):
        return 1 / (1 + sp.exp(-x))

    def _latex(self, printer, exp=None):
        s = r"\sigma\left(%s\right)" % printer._print(self.args[0])
        return s if exp is None else r"%s^{%s}" % (s, exp)


class step(sp.Function):
    """The unit step with step(0) = 0: the derivative of relu (relu'(0) = 0, as PyTorch)."""

    is_real = True

    @classmethod
    def eval(cls, x):
        if x.is_number and x.is_real:
            return sp.S.One if x > 0 else sp.S.Zero
        return None

    def fdiff(self, argindex=1):
        return sp.S.Zero

    def _latex(self, printer, exp=None):
        return r"\left[%s > 0\right]" % printer._print(self.args[0])


class relu(sp.Function):
    """max(x, 0); relu'(x) = step(x), with step(0) = 0."""

    is_real = True

    def fdiff(self, argindex=1):
        return step(self.args[0])

    def _latex(self, printer, exp=None):
        s = r"\operatorname{relu}\left(%s\right)" % printer._print(self.args[0])
        return s if exp is None else r"%s^{%s}" % (s, exp)
