"""The op declaration: tensors, hyper-parameters and the forward formula -- nothing else.

Example (a strided, dilated 1-d convolution nobody ships)::

    from derive import Op, Tensor, index, size
    import sympy as sp

    N, C, O, L, K = size("N C O L K")
    n, o, i, c, k = index("n o i c k")
    Lo = sp.floor((L + 2 - 2*(K - 1) - 1) / 3) + 1
    x = Tensor("x", [("batch", N), ("channel", C), ("position", L)])
    w = Tensor("w", [("out channel", O), ("channel", C), ("tap", K)])
    y = Tensor("y", [("batch", N), ("out channel", O), ("position", Lo)])
    op = Op("my_conv", inputs=[x, w], output=y, index=(n, o, i),
            formula=sp.Sum(x[n, c, 3*i + 2*k - 1] * w[o, c, k], (c, 0, C - 1), (k, 0, K - 1)))

Positions outside a tensor are left out: at each point of a sum, a product term of the
summand (products distributed over sums, functions kept whole) that reads outside a tensor
adds nothing, and a point of a :class:`~derive.ir.WindowMax` that reads outside is not part of
the window (PyTorch pads max pooling with -inf).  For products of reads, as in a convolution,
this is zero padding; ``sum_k exp(x[i + k - 1])`` at the border sums only the terms inside x
(zero padding would add exp(0) = 1 per outside tap).  The formula outside any sum follows the
same rule, as a sum of one point: ``exp(x[i - 1]) + x[i]`` is ``x[0]`` at ``i = 0``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Sequence

import sympy as sp

from .ir import Tensor


@dataclass
class Op:
    name: str
    inputs: Sequence[Tensor]
    output: Tensor
    index: tuple
    formula: sp.Expr
    params: dict[str, Any] = field(default_factory=dict)
    #: concrete values of hyper-parameter symbols (stride, padding, kernel size ...)
    bindings: dict = field(default_factory=dict)
    #: definitions of derived sizes, e.g. {H_out: floor((H + 2p - K)/s) + 1}
    definitions: dict = field(default_factory=dict)
    #: preferred names of the free indices of each input's gradient
    grad_index: dict[str, tuple] = field(default_factory=dict)
    #: what each symbol means, for documents: symbol -> text
    glossary: dict = field(default_factory=dict)
    doc: str = ""
    #: steps that derived the output size (recorded by the op builder)
    size_steps: list = field(default_factory=list)
    #: the names of the matching torch.nn.functional op and its arguments, for kernels
    torch: dict = field(default_factory=dict)

    def __post_init__(self):
        self.index = tuple(self.index)
        self.formula = sp.sympify(self.formula)
        names = [t.name for t in self.inputs] + [self.output.name]
        if len(set(names)) != len(names):
            raise ValueError(f"op {self.name}: tensor names must be distinct, got {names}")
        if len(self.index) != len(self.output.slot_extents):
            raise ValueError(
                f"op {self.name}: output {self.output.name} takes "
                f"{len(self.output.slot_extents)} indices, the formula gives {len(self.index)}")
        known = {t.base for t in self.inputs}
        for r in self.formula.atoms(sp.Indexed):
            if r.base not in known:
                raise ValueError(f"op {self.name}: the formula reads {r.base}, which is not "
                                 f"an input")

    def tensor(self, name: str) -> Tensor:
        for t in list(self.inputs) + [self.output]:
            if t.name == name:
                return t
        raise KeyError(name)

    @property
    def differentiable(self) -> list[Tensor]:
        return [t for t in self.inputs if t.kind == "real"]

    def sizes(self) -> dict:
        """The op's free size symbols by name (those of its tensors' extents and formula that
        no binding or definition fixes)."""
        syms = set(sp.sympify(self.formula).free_symbols) - set(self.index)
        for t in list(self.inputs) + [self.output]:
            for e in t.slot_extents:
                syms |= sp.sympify(e).free_symbols
        fixed = set(map(sp.sympify, self.bindings)) | set(map(sp.sympify, self.definitions))
        return {s.name: s for s in syms if s not in fixed and s.is_integer
                and s.is_positive}

    def bind(self, **sizes) -> "Op":
        """The same op with some sizes fixed, e.g. ``op.bind(K=3)``: its kernels then loop
        over those sizes as constants (a NumPy kernel needs the tap counts fixed)."""
        free = self.sizes()
        rules = dict(self.bindings)
        for name, v in sizes.items():
            if name not in free:
                raise ValueError(f"op {self.name} has no free size {name!r}; its sizes are "
                                 f"{', '.join(sorted(free)) or 'none'}")
            if isinstance(v, bool) or not isinstance(v, (int, sp.Integer)) or int(v) < 1:
                raise ValueError(f"size {name} of op {self.name} must be a positive integer, "
                                 f"got {v!r}")
            rules[free[name]] = sp.Integer(int(v))
        return replace(self, bindings=rules)

    def derive(self):
        """The derivation of every input's gradient (see :mod:`derive.autodiff`), computed
        once per op and shared by every view (kernels, documents, verifier, networks); the
        derivation is never modified after it is made."""
        cached = self.__dict__.get("_derivation")
        if cached is None:
            from .autodiff import derive_op
            cached = self.__dict__["_derivation"] = derive_op(self)
        return cached
