"""Bindings: which symbol of a hand formula is which tensor, set or hyper-parameter of the op.

Syntax (one binding per string, or several separated by commas outside parentheses)::

    x=input            the symbol x names the op's input, in PyTorch's layout
    x=input:HWC        ... with its indices in the order row, column, channel
    I=input:(HW)C      ... one flattened (row-major) index for row and column, then channel
    K=weight:HWC       weight taps (H, W) then input channel; the out channel O left implicit
    delta=grad_output  the upstream gradient dL/dy (also: upstream)
    E=loss             the loss (default names: L, E, loss)
    S=window           a set symbol: the pooling window / receptive field (clipped to the input)
    S=padded_window    ... counting padded positions too (count_include_pad=True)
    S=region           superpixel ops: S_{p,q} the region of pixel (p,q), S_r region r
    p=padding  s=stride  K=kernel_size  d=dilation   hyper-parameters (also p=p_h, K=K_w ...)
    M=K_h  L=C         any size or hyper-parameter symbol of the op by its name

Tensor targets: ``input`` (the first input), ``weight``, ``bias``, ``output``,
``grad_output`` / ``upstream``, ``label``, ``target``, or an op tensor's own name.

Layout letters (roles): ``N`` batch, ``C`` channel (also ``I`` for a weight's input channel),
``O`` out channel / out feature, ``H`` ``W`` ``D`` ``L`` spatial (or kernel taps), ``F``
feature, ``M`` element, ``R`` region.  Axes a binding leaves out are implicit: they take the
index of the same role on the left-hand side (the batch index ``n`` of ``x_{p,q,k}``, the out
channel of ``\\delta(m,n)`` in a weight gradient).  Without a layout, a tensor's indices follow
PyTorch's layout with the leading axes (batch, channel) optional; when a tensor's indices are
also the indices of a set (``S_{p,q}``), they are spatial and the layout is channel-last.

Defaults: x, X, I, input -> input; w, W, K, weight -> weight; b -> bias; y, Y, O, output ->
output; delta -> grad_output; ell -> label; L, E, loss -> the loss; S -> window (region
for superpixel ops).  A symbol with an op tensor's name names it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import sympy as sp

from .parse import FormulaError

SPATIAL_ROLES = ("D", "H", "W", "L")

TENSOR_ROLES = {
    "input": None, "weight": "w", "bias": "b", "output": "@out", "grad_output": "@grad",
    "upstream": "@grad", "label": "label", "target": "@target",
}
DEFAULT_TENSORS = {
    "x": "input", "X": "input", "I": "input", "input": "input",
    "w": "weight", "W": "weight", "K": "weight", "weight": "weight",
    "b": "bias", "ell": "label", "delta": "grad_output", "y": "output", "Y": "output", "O": "output", "output": "output",
}
LOSS_NAMES = ("L", "E", "loss")
SET_KINDS = ("window", "padded_window", "region")
PARAM_ALIASES = {"stride": "s", "padding": "p", "dilation": "d", "kernel_size": "K",
                 "kernel": "K"}
DEFAULT_PARAM_NAMES = {"s": "s", "p": "p", "d": "d", "K": "K"}


@dataclass
class TensorBinding:
    tensor: object               # derive.ir.Tensor
    roles: tuple                 # the tensor's role letter per slot
    layout: Optional[tuple]      # groups of roles per written index; None = default
    explicit: bool = False


@dataclass
class Bindings:
    tensors: dict = field(default_factory=dict)    # symbol -> TensorBinding
    sets: dict = field(default_factory=dict)       # symbol -> set kind
    scalars: dict = field(default_factory=dict)    # symbol -> SymPy symbol of the op / value
    losses: set = field(default_factory=set)
    notes: list = field(default_factory=list)


def axis_roles(t, dims: int) -> tuple:
    """The role letter of each index slot of tensor ``t``."""
    names = [a.name for a in t.axes]
    spatial = {1: ("L",), 2: ("H", "W"), 3: ("D", "H", "W")}.get(dims, ())
    out, taps = [], 0
    has_col = "column" in names
    for a in t.axes:
        nm = a.name
        if a.parts:
            raise FormulaError(f"tensor {t.name}: grouped channels are not supported by the "
                               f"verifier (use groups=1)")
        base = nm[4:] if nm.startswith("out ") and nm not in ("out channel", "out feature") else nm
        if nm in ("batch", "sample"):
            r = "N"
        elif nm in ("channel", "channel within group", "class"):
            r = "C"
        elif nm in ("out channel", "out feature"):
            r = "O"
        elif nm == "feature":
            r = "F"
        elif nm in ("element", "output"):
            r = "M"
        elif nm == "region":
            r = "R"
        elif nm == "tap":
            r = spatial[taps] if taps < len(spatial) else "T"
            taps += 1
        elif nm == "row":
            r = "H" if has_col else "N"
        elif nm == "column":
            r = "W"
        elif base in ("h", "w", "d"):
            r = base.upper()
        elif base == "position":
            r = "L"
        else:
            r = "?"
        out.append(r)
    # axes nobody named in the role table (a user op's "time") get a letter of their own
    for k, r in enumerate(out):
        if r == "?" or out.count(r) > 1:
            cand = [c for c in (names[k][:1].upper(), "T", "U", "V", "Z", "A", "B")
                    if c.isalpha() and c not in out]
            out[k] = cand[0] if cand else str(k)
    return tuple(out)


def op_dims(op) -> int:
    x = op.inputs[0]
    return sum(1 for a in x.axes if a.name in ("h", "w", "d", "position", "row", "column")) \
        if op.name.startswith(("conv", "avg_pool", "max_pool")) else 0


def is_region_op(op) -> bool:
    """An op pooling over the regions of a label map (superpixel pooling)."""
    return any(t.name == "label" and t.kind == "index" for t in op.inputs)


def op_symbols(op) -> dict:
    """name -> SymPy symbol for every size / hyper-parameter symbol of the op."""
    syms = set()
    for t in list(op.inputs) + [op.output]:
        for e in t.slot_extents:
            syms |= sp.sympify(e).free_symbols
    syms |= set(op.bindings) | set(op.definitions)
    for v in op.definitions.values():
        syms |= sp.sympify(v).free_symbols
    return {s.name: s for s in syms if isinstance(s, sp.Symbol)}


def _param_symbol(op, short: str, name: str):
    """``s`` / ``p`` / ``d`` / ``K``: the op's symbol when every dimension has one value."""
    syms = op_symbols(op)
    if short in syms:
        return syms[short]
    cands = [s for n, s in syms.items() if n.startswith(short + "_") and len(n) == len(short) + 2]
    if not cands:
        return None
    vals = {op.bindings.get(s) for s in cands}
    if len(vals) != 1 or None in vals:
        raise FormulaError(f"{name} differs between dimensions; bind one, e.g. "
                           f"{name}={sorted(c.name for c in cands)[0]}")
    return sorted(cands, key=lambda s: s.name)[0]


def parse_bind(bind) -> list[tuple[str, str]]:
    if bind is None:
        return []
    if isinstance(bind, dict):
        return [(str(k).strip(), str(v).strip()) for k, v in bind.items()]
    if isinstance(bind, str):
        bind = [bind]
    out = []
    for item in bind:
        if not isinstance(item, str):
            raise FormulaError(f"a binding must be a string like 'x=input:HWC', got {item!r}")
        depth, cur, parts = 0, "", []
        for ch in item:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            if ch == "," and depth == 0:
                parts.append(cur)
                cur = ""
            else:
                cur += ch
        parts.append(cur)
        for p in parts:
            p = p.strip()
            if not p:
                continue
            if "=" not in p:
                raise FormulaError(f"binding {p!r} must look like symbol=target, e.g. x=input:HWC")
            k, v = p.split("=", 1)
            k, v = k.strip().lstrip("\\"), v.strip()
            if not k or not v:
                raise FormulaError(f"binding {p!r} must look like symbol=target, e.g. x=input:HWC")
            out.append((k, v))
    return out


def parse_layout(spec: str, roles: tuple, tname: str) -> tuple:
    groups, i = [], 0
    spec = spec.replace(" ", "")
    while i < len(spec):
        ch = spec[i]
        if ch == "(":
            j = spec.find(")", i)
            if j < 0:
                raise FormulaError(f"layout {spec!r}: unclosed '('")
            g = tuple(spec[i + 1:j])
            if not g:
                raise FormulaError(f"layout {spec!r}: empty group")
            groups.append(g)
            i = j + 1
        else:
            groups.append((ch,))
            i += 1
    flat = []
    for g in groups:
        for r in g:
            if r == "I" and "I" not in roles and "C" in roles:
                r = "C"
            if r == "C" and "C" not in roles and "O" in roles:
                r = "O"
            flat.append(r)
    fixed = []
    k = 0
    for g in groups:
        fixed.append(tuple(flat[k:k + len(g)]))
        k += len(g)
    for r in flat:
        if r not in roles:
            raise FormulaError(f"layout {spec!r}: {tname} has no axis {r!r} (its axes: "
                               f"{''.join(roles)})")
    if len(set(flat)) != len(flat):
        raise FormulaError(f"layout {spec!r} names an axis twice")
    return tuple(fixed)


def resolve_tensor_target(op, upstream, target: str):
    names = {t.name: t for t in list(op.inputs) + [op.output]}
    names[upstream.name] = upstream
    if target in names:
        return names[target]
    role = TENSOR_ROLES.get(target)
    if target == "input":
        return op.inputs[0]
    if role == "@out":
        return op.output
    if role == "@grad":
        return upstream
    if role == "@target":
        for t in op.inputs[1:]:
            if t.name in ("t", "d"):
                return t
        return None
    if role is not None:
        return names.get(role)
    return None


def build(op, upstream, bind, dims: int) -> Bindings:
    """The bindings for ``op`` from the user's strings plus the defaults."""
    b = Bindings()
    explicit = parse_bind(bind)
    seen = set()
    for sym, target in explicit:
        if sym in seen:
            raise FormulaError(f"symbol {sym} is bound twice")
        seen.add(sym)
        tgt, _, layout = target.partition(":")
        tgt = tgt.strip()
        if tgt == "loss":
            b.losses.add(sym)
            continue
        if tgt in SET_KINDS:
            b.sets[sym] = tgt
            continue
        t = resolve_tensor_target(op, upstream, tgt)
        if t is not None:
            roles = axis_roles(t, dims)
            lay = parse_layout(layout, roles, t.name) if layout else None
            b.tensors[sym] = TensorBinding(t, roles, lay, bool(layout))
            continue
        if layout:
            raise FormulaError(f"binding {sym}={target}: only tensors take a layout")
        s = scalar_target(op, tgt)
        if s is None:
            known = sorted(set(TENSOR_ROLES) | set(SET_KINDS) | {"loss"} | set(PARAM_ALIASES)
                           | set(op_symbols(op)))
            raise FormulaError(f"binding {sym}={target}: unknown target {tgt!r} (known: "
                               f"{', '.join(known)})")
        b.scalars[sym] = s
    # defaults
    for t in list(op.inputs) + [op.output, upstream]:
        if t.name not in b.tensors and t.name not in b.scalars and t.name not in b.sets:
            b.tensors.setdefault(t.name, TensorBinding(t, axis_roles(t, dims), None))
    for sym, role in DEFAULT_TENSORS.items():
        if sym in b.tensors or sym in seen:
            continue
        t = resolve_tensor_target(op, upstream, role)
        if t is not None:
            b.tensors[sym] = TensorBinding(t, axis_roles(t, dims), None)
    for n in LOSS_NAMES:
        if n not in seen and n not in b.tensors:
            b.losses.add(n)
    if dims and "S" not in seen:
        b.sets["S"] = "window"
    if is_region_op(op) and "S" not in seen:
        b.sets["S"] = "region"
    return b


def scalar_target(op, tgt: str):
    syms = op_symbols(op)
    if tgt in syms:
        return syms[tgt]
    short = PARAM_ALIASES.get(tgt)
    if short:
        return _param_symbol(op, short, tgt)
    try:
        return sp.Integer(int(tgt))
    except ValueError:
        return None


def default_scalar(op, name: str):
    """An unbound bare symbol: the op's symbol of that name, or s / p / d / K aliases."""
    syms = op_symbols(op)
    if name in syms:
        return syms[name]
    short = DEFAULT_PARAM_NAMES.get(name)
    if short:
        try:
            return _param_symbol(op, short, name)
        except FormulaError:
            return None
    return None
