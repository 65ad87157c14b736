"""A network as a chain of catalog ops: the ``Sequential``-style declaration.

Each :class:`Layer` names one catalog op (with PyTorch's hyper-parameters), the tensor its
output is called by, and the names of its parameter tensors.  :class:`Sequential` resolves the
shapes through the chain once, at declaration: every size symbol of an op (``C``, ``H``, ``I``
...) is bound from the activation that reaches it, every output extent comes from the op's own
derived size formula, and a layer whose input does not fit the previous layer's output is
refused with an error naming the two layers.

Layouts follow ``torch.nn.functional``: an op whose first axis is the batch (convolution,
pooling, linear) sees the activation with the batch first; a linear layer after a spatial
layer sees it flattened row-major (as ``x.reshape(N, -1)``); an elementwise op or a loss sees
all elements (batch included) as one flat axis and keeps the shape of its input.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from math import prod

import sympy as sp

from .. import ops as catalog
from ..op import Op
from ..ops.params import ParamError

__all__ = ["Layer", "Sequential", "layer", "ChainError"]


class ChainError(ValueError):
    """Two layers whose shapes do not chain (the message names both)."""


@dataclass
class Layer:
    """One layer: catalog op ``op_name`` with ``params``; ``name`` names its output tensor;
    ``weights`` maps the op's parameter tensors (``w``, ``b``) to network names."""

    name: str
    op_name: str
    params: dict = field(default_factory=dict)
    weights: dict = field(default_factory=dict)


def layer(name: str, op_name: str, weights: dict | None = None, **params) -> Layer:
    """``layer('h2i', 'linear', {'w': 'w12', 'b': 'b12'}, out_features=80)``."""
    return Layer(name, op_name, dict(params), dict(weights or {}))


@dataclass
class Resolved:
    """A layer with its shapes resolved (per sample: the batch axis is left out)."""

    layer: Layer
    op: Op
    index: int
    batched: bool                   # the op's first axis is the batch
    in_name: str                    # the activation it reads
    in_shape: tuple[int, ...]       # per-sample shape of that activation
    op_in_shape: tuple[int, ...]    # per-sample shape as the op sees it (flattened for linear)
    out_shape: tuple[int, ...]      # per-sample shape of its output
    sizes: dict                     # size symbol -> int (the batch symbol excluded)
    param_shapes: dict              # op tensor name -> shape
    param_names: dict               # op tensor name -> network tensor name

    @property
    def name(self) -> str:
        return self.layer.name

    @property
    def label(self) -> str:
        return f"layer {self.index} {self.layer.name!r} ({self.layer.op_name})"

    @property
    def flattens(self) -> bool:
        return self.batched and self.op_in_shape != self.in_shape


def _sym_text(op: Op, sym) -> str:
    g = op.glossary.get(sym)
    return f"{sym} ({g})" if g else str(sym)


def _batch_symbol(t) -> sp.Symbol | None:
    if t.axes and t.axes[0].name == "batch":
        return t.axes[0].extent
    return None


class Sequential:
    """``Sequential(name, input_shape, layers, loss, input_name='x', target_name='d')``.

    ``input_shape`` is the per-sample shape of the input (e.g. ``(1, 14, 14)``); ``loss`` is a
    layer whose op takes (prediction, target) and returns a scalar (``half_sse``, ``mse_loss``).
    """

    def __init__(self, name: str, input_shape, layers: list[Layer], loss: Layer,
                 input_name: str = "x", target_name: str = "d"):
        self.name = name
        self.input_name = input_name
        self.target_name = target_name
        self.input_shape = tuple(int(s) for s in input_shape)
        if not self.input_shape or any(s < 1 for s in self.input_shape):
            raise ValueError(f"network {name}: input shape must be positive integers, "
                             f"got {input_shape!r}")
        self.layers = list(layers)
        self.loss_layer = loss
        names = [input_name, target_name] + [l.name for l in self.layers] + [loss.name]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ValueError(f"network {name}: tensor names must be distinct, "
                             f"{sorted(dup)} used twice")
        self.resolved: list[Resolved] = []
        prev_name, prev_label, shape = input_name, f"the input {input_name!r}", self.input_shape
        for k, l in enumerate(self.layers, start=1):
            r = self._resolve(k, l, prev_name, prev_label, shape)
            self.resolved.append(r)
            prev_name, prev_label, shape = r.name, r.label, r.out_shape
        self.output_shape = shape
        self.loss = self._resolve_loss(len(self.layers) + 1, loss, prev_name, prev_label, shape)
        pnames = [n for r in self.resolved for n in r.param_names.values()]
        clash = {n for n in pnames if pnames.count(n) > 1 or n in names}
        if clash:
            raise ValueError(f"network {name}: parameter names {sorted(clash)} are used twice")

    # ------------------------------------------------------------------ resolution
    def _op(self, k, l: Layer) -> Op:
        try:
            op = catalog.get(l.op_name, **l.params)
        except ParamError as e:
            raise ParamError(f"layer {k} {l.name!r} ({l.op_name}): {e}") from None
        # the catalog gives one op (and so one derivation) per configuration: the seed CNN's
        # three sigmoids share theirs with the kernels and the documents
        return op

    def _resolve(self, k: int, l: Layer, prev_name: str, prev_label: str,
                 shape: tuple[int, ...]) -> Resolved:
        op = self._op(k, l)
        label = f"layer {k} {l.name!r} ({l.op_name})"
        x = op.inputs[0]
        if x.kind != "real":
            raise ValueError(f"{label}: op {l.op_name} does not take a real input first")
        batch = _batch_symbol(x)
        bound: dict = {}
        if batch is None:
            if len(x.slot_extents) != 1:
                raise ValueError(f"{label}: op {l.op_name} has no batch axis and more than "
                                 f"one input axis; it cannot be placed in a chain")
            op_in = shape
            out_shape = shape
            m = x.slot_extents[0]
            v = sp.sympify(m).subs(op.bindings)
            if v.is_number and int(v) != prod(shape):
                raise ChainError(f"{label} expects {int(v)} elements but {prev_label} gives "
                                 f"{prod(shape)} per sample")
        else:
            per = x.axes[1:]
            if len(per) == len(shape):
                op_in = shape
            elif len(per) == 1:
                op_in = (prod(shape),)
            else:
                want = ", ".join(a.name for a in per)
                raise ChainError(f"{label} expects ({want}) per sample but {prev_label} gives "
                                 f"shape {shape}")
            bound = self._bind(op, per, op_in, label, prev_label, shape)
            bound[batch] = batch
            rules = self._rules(op, bound)
            out_shape = []
            for a in op.output.axes[1:]:
                v = sp.sympify(a.extent).subs(rules)
                v = sp.sympify(v).subs(rules)
                if not v.is_number:
                    miss = ", ".join(_sym_text(op, s) for s in sorted(v.free_symbols, key=str))
                    raise ValueError(f"{label}: the size {miss} of its output is not "
                                     f"determined; give it as a parameter (e.g. "
                                     f"out_channels=..., out_features=...)")
                if int(v) < 1:
                    raise ChainError(f"{label} does not fit {prev_label}: its window is larger "
                                     f"than the input of shape {shape} (output extent {v})")
                out_shape.append(int(v))
            out_shape = tuple(out_shape)
        rules = self._rules(op, bound)
        param_shapes, param_names = {}, {}
        for t in op.inputs[1:]:
            if t.kind != "real":
                raise ValueError(f"{label}: op {l.op_name} takes an index tensor {t.name}; "
                                 f"only real parameters are supported in a chain")
            sh = []
            for e in t.slot_extents:
                v = sp.sympify(sp.sympify(e).subs(rules)).subs(rules)
                if not v.is_number:
                    miss = ", ".join(_sym_text(op, s) for s in sorted(v.free_symbols, key=str))
                    raise ValueError(f"{label}: the size {miss} of parameter {t.name} is not "
                                     f"determined; give it as a parameter (e.g. "
                                     f"out_channels=..., out_features=...)")
                sh.append(int(v))
            param_shapes[t.name] = tuple(sh)
            param_names[t.name] = l.weights.get(t.name, f"{t.name}_{l.name}")
        unknown = set(l.weights) - set(param_shapes)
        if unknown:
            raise ValueError(f"{label}: op {l.op_name} has no parameter tensor "
                             f"{sorted(unknown)} (it has {sorted(param_shapes) or 'none'})")
        sizes = {s: v for s, v in bound.items() if s != batch}
        return Resolved(l, op, k, batch is not None, prev_name, shape, tuple(op_in),
                        tuple(out_shape), sizes, param_shapes, param_names)

    @staticmethod
    def _rules(op: Op, bound: dict) -> dict:
        rules = dict(op.bindings)
        rules.update({s: v for s, v in bound.items() if s != v})
        for s, e in op.definitions.items():
            rules[s] = sp.sympify(e).subs(rules)
        return rules

    @staticmethod
    def _bind(op: Op, axes, op_in, label, prev_label, shape) -> dict:
        bound: dict = {}
        for a, n in zip(axes, op_in):
            ext = sp.sympify(a.extent).subs(op.bindings).subs(bound)
            if ext.is_number:
                if int(ext) != n:
                    raise ChainError(
                        f"{label} expects {a.name} extent {int(ext)} but {prev_label} gives "
                        f"{n} (shape {shape})")
                continue
            free = sorted(ext.free_symbols, key=str)
            if len(free) != 1:
                raise ValueError(f"{label}: cannot bind the {a.name} extent {a.extent}")
            s = free[0]
            sol = sp.solve(sp.Eq(ext, n), s)
            if len(sol) != 1 or not sp.sympify(sol[0]).is_integer or sol[0] < 1:
                raise ChainError(f"{label} cannot take {a.name} extent {n} from {prev_label} "
                                 f"(it needs {a.extent} with integer {s})")
            bound[s] = int(sol[0])
        return bound

    def _resolve_loss(self, k, l: Layer, prev_name, prev_label, shape) -> Resolved:
        op = self._op(k, l)
        label = f"loss {l.name!r} ({l.op_name})"
        if len(op.inputs) != 2 or op.output.rank != 0:
            raise ValueError(f"{label}: a loss takes (prediction, target) and returns a "
                             f"scalar; {l.op_name} does not")
        if _batch_symbol(op.inputs[0]) is not None:
            raise ValueError(f"{label}: losses with a batch axis and class-index targets are "
                             f"not supported in a chain yet; use half_sse or mse_loss")
        return Resolved(l, op, k, False, prev_name, shape, shape, (), {}, {}, {})

    # ------------------------------------------------------------------ views
    @property
    def parameters(self) -> list[tuple[str, tuple[int, ...]]]:
        """``[(network name, shape)]`` in layer order."""
        return [(r.param_names[t], r.param_shapes[t]) for r in self.resolved
                for t in r.param_shapes]

    def activation_shapes(self) -> dict[str, tuple[int, ...]]:
        out = {self.input_name: self.input_shape}
        for r in self.resolved:
            out[r.name] = r.out_shape
        out[self.target_name] = self.output_shape
        return out

    def summary(self) -> str:
        lines = [f"network {self.name}: input {self.input_name} {self.input_shape}"]
        for r in self.resolved:
            ps = ", ".join(f"{r.param_names[t]} {r.param_shapes[t]}" for t in r.param_shapes)
            extra = " (flattened)" if r.flattens else ""
            lines.append(f"  {r.index}. {r.name} = {r.layer.op_name}({r.in_name}{extra}"
                         f"{', ' + ps if ps else ''}) -> {r.out_shape}")
        lines.append(f"  loss {self.loss.name} = {self.loss.layer.op_name}({self.loss.in_name}, "
                     f"{self.target_name})")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.summary()
