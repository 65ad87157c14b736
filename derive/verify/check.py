"""Check a parsed, bound hand formula against the derived one.

The hand formula is evaluated element by element by :class:`HandFormula` (an interpreter of
the parse tree: SymPy values, integer index values, reads outside a tensor give 0); the derived
formula by :class:`derive.evaluate.Evaluator`.  Both are evaluated at several small concrete
sizes: with the tensors as SymPy symbols (an exact, symbolic comparison) when the op has no
window maximum, and with random numbers -- with and without ties -- always.  The first case
that differs (smallest sizes first, elements in row-major order) is the counterexample; a few
re-checks under changed assumptions (stride 1, a flipped kernel, a shifted output, size 1 for
a summed axis, the other divisor rule) name the likely mistake.
"""
from __future__ import annotations

import dataclasses
import itertools
import random
from dataclasses import dataclass, field

import numpy as np
import sympy as sp

from ..evaluate import Evaluator
from ..ir import WindowMax, relu, sigmoid, step
from . import bind as B
from .parse import (Node, And, Bars, Bin, BigOp, Divides, Equation, Floor, FormulaError, Grad,
                    Iverson, Member, Neg, Num, Partial, Ref, Rel, SetRef, Var, walk)

SUFFIX = {"H": "_h", "W": "_w", "D": "_d", "L": ""}
HELPERS = ("ds", "sigma", "exp", "log", "ln", "tanh", "max", "relu")


class Budget(Exception):
    pass


class Unusable(FormulaError):
    pass


@dataclass
class Verdict:
    status: str          # right | wrong | unusable
    text: str
    details: dict = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return {"right": 0, "wrong": 1}.get(self.status, 2)

    def __str__(self) -> str:
        return self.text


# ============================================================================ static analysis
@dataclass
class Read:
    binding: B.TensorBinding
    groups: tuple          # role groups per written index
    implicit: tuple        # roles filled from the left-hand side


class HandFormula:
    """A hand formula bound to an op: static checks at construction, values by :meth:`element`."""

    def __init__(self, eq: Equation, op, upstream, bindings: B.Bindings, dims: int):
        self.eq, self.op, self.upstream, self.b, self.dims = eq, op, upstream, bindings, dims
        self.text = eq.text
        self.notes: list[str] = []
        self.set_vars: set[str] = set()
        self.reads: dict[int, Read] = {}
        self.kinds: dict[str, str] = {}
        self.scalars: dict[str, object] = {}
        self.layouts: dict[str, tuple] = {}
        self.uses_output = False
        self.uses_max = False
        self._analyse()

    # -- errors
    def err(self, msg, node=None):
        pos = getattr(node, "pos", None)
        return Unusable(msg, self.text if pos is not None else None, pos)

    # -- the left-hand side
    def _analyse(self):
        known = set(self.b.tensors) | set(self.b.sets) | set(HELPERS)
        self.eq = Equation(_compounds(self.eq.lhs, known), _compounds(self.eq.rhs, known),
                           self.eq.text)
        lhs, rhs = self.eq.lhs, self.eq.rhs
        self._free_indices_first(lhs, rhs)
        out_names = {s for s, tb in self.b.tensors.items() if tb.tensor is self.op.output}
        if isinstance(lhs, Grad):
            num = lhs.num
            if not isinstance(num, Var):
                raise self.err("the left side must be dL/d<tensor>: the numerator is not a "
                               "symbol", lhs)
            if num.name in out_names and self.op.output.rank == 0:
                self.loss_is_output = True
            elif num.name in self.b.losses:
                self.loss_is_output = False
            else:
                raise self.err(f"{num.name} on the left is not the loss (bind it: "
                               f"{num.name}=loss)", num)
            den = lhs.den
            tname = den.name if isinstance(den, (Ref, Var)) else None
            if tname is None or tname not in self.b.tensors:
                raise self.err("the left side must be the derivative with respect to a tensor "
                               "of the op (e.g. x_{p,q,k}, bind it with x=input)", den)
            tb = self.b.tensors[tname]
            if tb.tensor is self.op.output or tb.tensor is self.upstream:
                raise self.err("the left side is the derivative with respect to the output: "
                               "that is the upstream gradient, there is nothing to check", den)
            if tb.tensor.kind != "real":
                raise self.err(f"{tname} is integer data ({tb.tensor.name}); it has no gradient",
                               den)
            self.kind = "gradient"
            self.target_sym, self.target = tname, tb.tensor
            self.lhs_ref = den
        elif isinstance(lhs, (Ref, Var)) and lhs.name in out_names:
            self.kind = "forward"
            self.target_sym, self.target = lhs.name, self.op.output
            self.loss_is_output = False
            self.lhs_ref = lhs
        else:
            raise self.err("the left side must be a gradient \\frac{\\partial L}{\\partial x_{...}}"
                           " or an element of the op's output", lhs)
        args = self.lhs_ref.args if isinstance(self.lhs_ref, Ref) else ()
        names = []
        for a in args:
            if not isinstance(a, Var):
                raise self.err("the left side's indices must be plain index names", a)
            if a.name in names:
                raise self.err(f"index {a.name} appears twice on the left", a)
            names.append(a.name)
        self.lhs_vars = tuple(names)

        # set variables: the indices of sets and of sums over sets
        for n in walk(rhs):
            if isinstance(n, BigOp) and n.kind == "set":
                self.set_vars |= set(n.names)
                self._set_args(n.where)
            elif isinstance(n, Member):
                self.set_vars |= set(n.names)
                self._set_args(n.where)
            elif isinstance(n, Bars) and isinstance(n.a, (Ref,)) and n.a.name in self.b.sets:
                self._set_args(SetRef(n.a.name, n.a.args, n.a.pos))
        # layouts per tensor symbol
        for n in itertools.chain(walk(lhs), walk(rhs)):
            if isinstance(n, Ref) and n.name in self.b.tensors:
                self._read(n)
        self.lhs_read = self.reads[id(self.lhs_ref)] if isinstance(self.lhs_ref, Ref) else \
            Read(self.b.tensors[self.target_sym], (), self.b.tensors[self.target_sym].roles)
        if not isinstance(self.lhs_ref, Ref) and self.target.rank > 0:
            raise self.err(f"{self.target_sym} needs its indices on the left", self.lhs_ref)
        self.lhs_roles = {}
        for g, a in zip(self.lhs_read.groups, names):
            if len(g) == 1:
                self.lhs_roles[g[0]] = a
        # variable kinds (input / output positions) from direct spatial reads
        for n in walk(rhs):
            if isinstance(n, Ref) and id(n) in self.reads:
                self._kinds_from(n)
        if isinstance(self.lhs_ref, Ref):
            self._kinds_from(self.lhs_ref)
        # free symbols
        self._free(rhs, set(self.lhs_vars))
        grad_dens = {id(n.den) for n in walk(rhs) if isinstance(n, Grad)}
        for n in walk(rhs):
            if isinstance(n, BigOp) and n.op == "max":
                self.uses_max = True
            if isinstance(n, Ref) and id(n) in self.reads and id(n) not in grad_dens and \
                    self.reads[id(n)].binding.tensor is self.op.output:
                self.uses_output = True

    def _free_indices_first(self, lhs, rhs):
        """An index on the right that is on neither side's bound lists: unusable, whatever
        the tensors are (seed 003's ``m``)."""
        den = lhs.den if isinstance(lhs, Grad) else lhs
        left = {a.name for a in getattr(den, "args", ()) if isinstance(a, Var)}

        def visit(n, bound):
            if isinstance(n, BigOp):
                for part in (n.lo, n.hi):
                    if part is not None:
                        visit(part, bound)
                visit(n.body, bound | set(n.names))
                return
            if isinstance(n, Member):
                return
            if isinstance(n, (Ref, SetRef)):
                for a in n.args:
                    for v in walk(a):
                        if isinstance(v, Var) and v.name not in bound and \
                                v.name not in left and v.name not in self.b.scalars and \
                                B.default_scalar(self.op, v.name) is None and \
                                v.name not in self.b.tensors:
                            raise self.err(f"free index {v.name} on the right is not on the "
                                           f"left and not summed (add \\sum_{{{v.name}}} or "
                                           f"bind it)", v)
                    visit(a, bound)
                return
            for c in _kids(n):
                visit(c, bound)
        visit(rhs, set())

    def _set_args(self, s: SetRef):
        if s.name not in self.b.sets:
            raise self.err(f"{s.name} is not a set of op {self.op.name} (bind it, e.g. "
                           f"{s.name}=window)", s)
        if self.b.sets[s.name] == "region":
            if not B.is_region_op(self.op):
                raise self.err(f"{s.name}=region needs a superpixel op (a label map)", s)
            if len(s.args) not in (1, 2):
                raise self.err(f"{s.name} takes a pixel (2 indices) or a region (1 index), got "
                               f"{len(s.args)}", s)
            for a in s.args:
                for v in walk(a):
                    if isinstance(v, Var):
                        self.set_vars.add(v.name)
            return
        if self.dims == 0:
            raise self.err(f"op {self.op.name} has no windows: sets like {s.name} are not "
                           f"supported for it", s)
        if len(s.args) != self.dims:
            raise self.err(f"{s.name} takes {self.dims} indices (one per spatial dimension), "
                           f"got {len(s.args)}", s)
        for a in s.args:
            for v in walk(a):
                if isinstance(v, Var):
                    self.set_vars.add(v.name)

    def _read(self, n: Ref):
        tb = self.b.tensors[n.name]
        k = len(n.args)
        roles = tb.roles
        if tb.layout is not None:
            groups = tb.layout
            if k != len(groups):
                raise self.err(f"{n.name} is bound with layout "
                               f"{''.join('(' + ''.join(g) + ')' if len(g) > 1 else g[0] for g in groups)}"
                               f" ({len(groups)} indices), got {k}", n)
        else:
            if n.name in self.layouts:
                groups = self.layouts[n.name]
                if len(groups) != k:
                    raise self.err(f"{n.name} is read with {len(groups)} and with {k} indices",
                                   n)
            else:
                if k > len(roles) or k == 0 and roles:
                    raise self.err(f"{n.name} ({tb.tensor.name}) takes {len(roles)} indices "
                                   f"({''.join(roles)}), got {k}", n)
                drop = roles[:len(roles) - k]
                if any(r in B.SPATIAL_ROLES for r in drop):
                    raise self.err(f"{n.name} ({tb.tensor.name}) takes {len(roles)} indices "
                                   f"({''.join(roles)}), got {k}; bind its layout, e.g. "
                                   f"{n.name}=<tensor>:{''.join(roles[-k:]) if k else ''}", n)
                kept = list(roles[len(roles) - k:])
                # channel-last when a set index sits at a non-spatial position
                if any(isinstance(a, Var) and a.name in self.set_vars and
                       r not in B.SPATIAL_ROLES + ("R",) for a, r in zip(n.args, kept)):
                    sp_ = [r for r in kept if r in B.SPATIAL_ROLES]
                    kept = sp_ + [r for r in kept if r not in B.SPATIAL_ROLES]
                    self.notes.append(f"{n.name} is read channel-last ({''.join(kept)}): the "
                                      f"indices of the set are spatial")
                groups = tuple((r,) for r in kept)
                self.layouts[n.name] = groups
        used = {r for g in groups for r in g}
        implicit = tuple(r for r in roles if r not in used)
        self.reads[id(n)] = Read(tb, groups, implicit)

    def _kinds_from(self, n: Ref):
        r = self.reads[id(n)]
        t = r.binding.tensor
        if t is self.op.output or t is self.upstream:
            kind = "out"
        elif t is self.op.inputs[0] or t.name == "label":
            kind = "in"
        else:
            return
        for g, a in zip(r.groups, n.args):
            if len(g) == 1 and g[0] in B.SPATIAL_ROLES and isinstance(a, Var):
                old = self.kinds.get(a.name)
                if old and old != kind:
                    continue
                self.kinds[a.name] = kind

    def _free(self, node, bound: set):
        if isinstance(node, BigOp):
            inner = bound | set(node.names)
            for part in (node.lo, node.hi):
                if part is not None:
                    self._free(part, bound)
            if node.where is not None:
                for a in node.where.args:
                    self._free(a, bound)
            if node.kind == "implied":
                for nm in node.names:
                    if nm in self.lhs_vars:
                        raise self.err(f"the sum's index {nm} is also an index on the left",
                                       node)
            self._free(node.body, inner)
            return
        if isinstance(node, Member):
            for nm in node.names:
                if nm not in bound:
                    raise self.err(f"index {nm} in [.. \\in {node.where.name}] is neither on the "
                                   f"left nor summed", node.where)
            for a in node.where.args:
                self._free(a, bound)
            return
        if isinstance(node, Var):
            self._name(node, bound, index=False)
            return
        if isinstance(node, Ref):
            if node.name in self.b.tensors or node.name in self.b.sets or \
                    node.name in HELPERS:
                for a in node.args:
                    self._free_index(a, bound)
                return
            if all(isinstance(a, (Var, Num)) for a in node.args) and node.style == "sub":
                # an indexed name such as c_o: one variable
                self._name(Var(compound(node), node.pos), bound, index=False)
                return
            raise self.err(f"{node.name} is not a tensor of op {self.op.name} (tensors: "
                           f"{', '.join(t.name for t in list(self.op.inputs) + [self.op.output])};"
                           f" bind it, e.g. {node.name}=input)", node)
        if isinstance(node, Grad):
            if not isinstance(node.num, Var) or (node.num.name not in self.b.losses):
                raise self.err("a derivative on the right must be dL/d<output>", node)
            den = node.den
            if not isinstance(den, Ref) or den.name not in self.b.tensors or \
                    self.b.tensors[den.name].tensor is not self.op.output:
                raise self.err("a derivative on the right must be the upstream gradient "
                               "dL/dy of the op's output", node)
            for a in den.args:
                self._free_index(a, bound)
            return
        if isinstance(node, Partial):
            raise self.err("\\partial outside \\frac{\\partial L}{\\partial y}", node)
        for c in _kids(node):
            self._free(c, bound)

    def _free_index(self, a, bound):
        for v in walk(a):
            if isinstance(v, Var):
                self._name(v, bound, index=True)
            elif isinstance(v, Ref):
                self._free(v, bound)

    def _name(self, v: Var, bound: set, index: bool):
        nm = v.name
        if nm in bound:
            return
        if nm in self.b.scalars:
            self.scalars[nm] = self.b.scalars[nm]
            return
        if nm in self.b.tensors and self.b.tensors[nm].tensor.rank == 0:
            return
        s = B.default_scalar(self.op, nm)
        if s is None and nm in self.b.tensors:
            raise self.err(f"{nm} is a tensor ({self.b.tensors[nm].tensor.name}); it needs its "
                           f"indices, e.g. {nm}_{{...}}", v)
        if s is not None:
            self.scalars[nm] = s
            if nm in B.DEFAULT_PARAM_NAMES and s.name != nm:
                self.notes.append(f"{nm} is read as the op's {s}")
            return
        if index:
            raise self.err(f"free index {nm} on the right is not on the left and not summed "
                           f"(add \\sum_{{{nm}}} or bind it)", v)
        raise self.err(f"unbound symbol {nm} (not an index on the left, not summed, not a "
                       f"tensor or hyper-parameter of op {self.op.name}; bind it)", v)


def _compounds(node, known):
    """``c_o`` (a subscripted name that is no tensor or set) becomes the variable ``c_o``."""
    if isinstance(node, Ref):
        if node.name not in known and node.style == "sub" and \
                all(isinstance(a, (Var, Num)) for a in node.args):
            return Var(compound(node), node.pos)
        return Ref(node.name, tuple(_compounds(a, known) for a in node.args), node.style,
                   node.pos)
    if not isinstance(node, Node) or isinstance(node, (Var, Num, SetRef)):
        if isinstance(node, SetRef):
            return SetRef(node.name, tuple(_compounds(a, known) for a in node.args), node.pos)
        return node
    kw = {}
    for f in dataclasses.fields(node):
        v = getattr(node, f.name)
        if isinstance(v, Node):
            v = _compounds(v, known)
        kw[f.name] = v
    return type(node)(**kw)


def _kids(n):
    from .parse import children
    return list(children(n))


def compound(r: Ref) -> str:
    parts = []
    for a in r.args:
        parts.append(a.name if isinstance(a, Var) else str(a.value))
    return r.name + "_" + ",".join(parts)


# ============================================================================ evaluation
class Case:
    """One concrete configuration: sizes, tensors, the derived formulas at those sizes."""

    def __init__(self, op, deriv, sizes: dict, set_kind_override=None):
        self.op, self.sizes = op, dict(sizes)
        rules = dict(deriv.op_rules())
        self.values = {}
        for k, v in rules.items():
            self.values[k] = sp.sympify(v).subs(self.sizes)
        self.values.update(self.sizes)
        self.d = deriv.substitute(self.sizes) if self.sizes else deriv
        self.set_kind_override = set_kind_override

        self._shapes = {}
        self.scalar_cache = {}

    def extent(self, e) -> int:
        return int(sp.sympify(e).subs(self.values).subs(self.values))

    def shape(self, t) -> tuple:
        key = id(t)
        if key not in self._shapes:
            self._shapes[key] = tuple(self.extent(e) for e in t.slot_extents)
        return self._shapes[key]


class Evaluation:
    """Values of the hand formula for one case and one set of tensor values."""

    def __init__(self, hf: HandFormula, case: Case, data: dict, budget: int):
        self.hf, self.case, self.data, self.budget = hf, case, data, budget
        self.steps = 0

    def tick(self, n=1):
        self.steps += n
        if self.steps > self.budget:
            raise Budget()

    # -- element
    def element(self, full_idx: tuple):
        hf = self.hf
        r = hf.lhs_read
        roles = r.binding.roles
        role_val = dict(zip(roles, full_idx))
        env = {}
        for g, name in zip(r.groups, hf.lhs_vars):
            env[name] = self.flat(g, role_val, r.binding.tensor)
        self.role_val = role_val
        return self.ev(hf.eq.rhs, env)

    def flat(self, g, role_val, t):
        ext = dict(zip(self.hf.b.tensors[self.hf.target_sym].roles, self.case.shape(t)))
        v = 0
        for role in g:
            v = v * ext[role] + role_val[role]
        return v

    # -- expressions
    def ev(self, n, env):
        self.tick()
        if isinstance(n, Num):
            v = n.value
            return sp.Rational(v.numerator, v.denominator)
        if isinstance(n, Var):
            return self.var(n.name, env, n)
        if isinstance(n, Bin):
            if n.op == "*":
                return self.product(n, env)
            a = self.ev(n.a, env)
            b = self.ev(n.b, env)
            if n.op == "+":
                return a + b
            if n.op == "-":
                return a - b
            if n.op == "*":
                return a * b
            if n.op == "/":
                return a / b
            if n.op == "^":
                if b.is_number and abs(b) > 8:
                    raise Budget()
                return a ** b
            if n.op == "mod":
                return sp.Mod(a, b)
        if isinstance(n, Neg):
            return -self.ev(n.a, env)
        if isinstance(n, Floor):
            a = self.ev(n.a, env)
            return sp.ceiling(a) if n.ceil else sp.floor(a)
        if isinstance(n, Grad):
            return self.read(n.den, env, self.hf.upstream.name)
        if isinstance(n, Ref):
            return self.ref(n, env)
        if isinstance(n, BigOp):
            return self.bigop(n, env)
        if isinstance(n, Bars):
            a = n.a
            if isinstance(a, Ref) and a.name in self.hf.b.sets:
                return sp.Integer(len(self.set_points(SetRef(a.name, a.args, a.pos), env)))
            return sp.Abs(self.ev(a, env))
        if isinstance(n, Iverson):
            return sp.S.One if self.cond(n.cond, env) else sp.S.Zero
        raise self.hf.err(f"cannot evaluate {type(n).__name__} here", n)

    def product(self, n, env):
        # a factor that is zero (an Iverson bracket) makes the other one irrelevant, even when
        # that one reads a tensor at a non-integer index
        try:
            a = self.ev(n.a, env)
        except NonInteger:
            b = self.ev(n.b, env)
            if b == 0:
                return sp.S.Zero
            raise
        if a == 0:
            return sp.S.Zero
        return a * self.ev(n.b, env)

    def var(self, name, env, node=None):
        if name in env:
            return sp.Integer(env[name])
        hf = self.hf
        if name in hf.scalars:
            cache = self.case.scalar_cache
            if name not in cache:
                s = hf.scalars[name]
                cache[name] = sp.sympify(s).subs(self.case.values).subs(self.case.values)
            return cache[name]
        if name in hf.b.tensors and hf.b.tensors[name].tensor.rank == 0:
            return self.data_value(hf.b.tensors[name].tensor.name, ())
        raise hf.err(f"unbound symbol {name}", node)

    def ref(self, n: Ref, env):
        hf = self.hf
        if id(n) in hf.reads:
            return self.read(n, env)
        if n.name in HELPERS and n.style == "call":
            args = [self.ev(a, env) for a in n.args]
            if n.name == "max":
                return sp.Max(*args) if args else sp.S.Zero
            if len(args) != 1:
                raise hf.err(f"{n.name} takes one argument, got {len(args)}", n)
            a = args[0]
            if n.name == "ds":
                return a * (1 - a)
            if n.name == "sigma":
                return sigmoid(a)
            if n.name == "exp":
                return sp.exp(a)
            if n.name in ("log", "ln"):
                return sp.log(a)
            if n.name == "tanh":
                return sp.tanh(a)
            if n.name == "relu":
                return sp.Max(a, 0)
        return self.var(compound(n), env, n)

    def index_values(self, n: Ref, env, strict=True):
        vals = []
        for a in n.args:
            v = self.ev(a, env)
            if not (isinstance(v, sp.Basic) and v.is_Integer):
                if strict:
                    where = ", ".join(f"{k}={v}" for k, v in sorted(env.items()))
                    raise NonInteger(f"the index of {n.name} is {_fmt(v)} (not an integer) at "
                                     f"{where}; add a divisibility bracket such as [s \\mid h-k]"
                                     f" or round with \\lfloor\\rfloor")
                return None
            vals.append(int(v))
        return vals

    def read(self, n: Ref, env, data_name=None):
        r = self.hf.reads[id(n)]
        vals = self.index_values(n, env)
        if vals is None:
            return sp.S.Zero
        t = r.binding.tensor
        shape = dict(zip(r.binding.roles, self.case.shape(t)))
        role_val = {}
        for g, v in zip(r.groups, vals):
            size = 1
            for role in g:
                size *= shape[role]
            if not 0 <= v < size:
                return sp.S.Zero
            for role in reversed(g):
                role_val[role] = v % shape[role]
                v //= shape[role]
        for role in r.implicit:
            if role in self.role_val and role in self.hf.lhs_read.binding.roles:
                role_val[role] = self.role_val[role]
            elif shape[role] == 1:
                role_val[role] = 0
            else:
                raise self.hf.err(f"{n.name} leaves its {role} axis implicit and the left side "
                                  f"does not fix it; write that index or bind a layout", n)
        idx = tuple(role_val[role] for role in r.binding.roles)
        return self.data_value(data_name or t.name, idx)

    def data_value(self, name, idx):
        a = self.data[name]
        if np.ndim(a) == 0:
            return sp.sympify(a[()] if isinstance(a, np.ndarray) else a)
        if len(idx) != a.ndim or not all(0 <= i < s for i, s in zip(idx, a.shape)):
            return sp.S.Zero
        return a[idx]

    # -- sums and maxima
    def bigop(self, n: BigOp, env):
        points = self.points(n, env)
        if n.op == "sum":
            total = sp.S.Zero
            for p in points:
                env2 = dict(env)
                env2.update(zip(n.names, p))
                total += self.ev(n.body, env2)
            return total
        vals = []
        for p in points:
            env2 = dict(env)
            env2.update(zip(n.names, p))
            if not self.reads_inside(n.body, env2):
                continue
            vals.append(self.ev(n.body, env2))
        if not vals:
            return sp.S.Zero
        return max(vals) if all(v.is_number for v in vals) else sp.Max(*vals)

    def reads_inside(self, body, env) -> bool:
        for m in walk(body):
            if isinstance(m, Ref) and id(m) in self.hf.reads:
                r = self.hf.reads[id(m)]
                vals = self.index_values(m, env, strict=False)
                if vals is None:
                    return False
                shape = dict(zip(r.binding.roles, self.case.shape(r.binding.tensor)))
                for g, v in zip(r.groups, vals):
                    size = 1
                    for role in g:
                        size *= shape[role]
                    if not 0 <= v < size:
                        return False
        return True

    def points(self, n: BigOp, env):
        if n.kind == "range":
            lo, hi = self.ev(n.lo, env), self.ev(n.hi, env)
            if not (lo.is_Integer and hi.is_Integer):
                raise self.hf.err(f"the bounds of \\sum_{{{n.names[0]}}} are not integers", n)
            if int(hi) - int(lo) > 4096:
                raise Budget()
            return [(v,) for v in range(int(lo), int(hi) + 1)]
        if n.kind == "implied":
            ranges = [range(self.implied_extent(nm, n)) for nm in n.names]
            self.tick(1)
            return list(itertools.product(*ranges))
        return self.set_points(n.where, env, n.names)

    def implied_extent(self, nm, node) -> int:
        hf = self.hf
        best = None
        for m in walk(node.body):
            if isinstance(m, (Ref,)) and id(m) in hf.reads:
                r = hf.reads[id(m)]
                shape = dict(zip(r.binding.roles, self.case.shape(r.binding.tensor)))
                for g, a in zip(r.groups, m.args):
                    if isinstance(a, Var) and a.name == nm:
                        size = 1
                        for role in g:
                            size *= shape[role]
                        best = size if best is None else min(best, size)
            if isinstance(m, Grad) and isinstance(m.den, Ref) and id(m.den) in hf.reads:
                r = hf.reads[id(m.den)]
                shape = dict(zip(r.binding.roles, self.case.shape(r.binding.tensor)))
                for g, a in zip(r.groups, m.den.args):
                    if isinstance(a, Var) and a.name == nm and len(g) == 1:
                        best = shape[g[0]] if best is None else min(best, shape[g[0]])
        if best is None:
            raise hf.err(f"cannot tell the range of {nm}: it indexes no tensor directly; write "
                         f"\\sum_{{{nm}=0}}^{{...}}", node)
        return best

    # -- sets: the pooling window relation
    def set_kind(self, name):
        k = self.hf.b.sets[name]
        return self.case.set_kind_override or k

    def dim_params(self):
        out = []
        vals = self.case.values
        syms = B.op_symbols(self.case.op)
        x = self.case.op.inputs[0]
        roles = B.axis_roles(x, self.hf.dims)
        shape = dict(zip(roles, self.case.shape(x)))
        y = self.case.op.output
        yshape = dict(zip(B.axis_roles(y, self.hf.dims), self.case.shape(y)))
        for r in roles:
            if r not in B.SPATIAL_ROLES:
                continue
            sfx = SUFFIX[r] if self.hf.dims > 1 else ""

            def val(prefix, default):
                s = syms.get(prefix + sfx)
                return int(vals.get(s, default)) if s is not None else default
            out.append((val("K", 1), val("s", 1), val("d", 1), val("p", 0), shape[r], yshape[r]))
        return out

    def arg_kind(self, args, env_names=()):
        kinds = set()
        for a in args:
            for v in walk(a):
                if isinstance(v, Var) and v.name in self.hf.kinds:
                    kinds.add(self.hf.kinds[v.name])
        if len(kinds) == 1:
            return kinds.pop()
        return None

    def in_window(self, s: SetRef, inp, out) -> bool:
        padded = self.set_kind(s.name) == "padded_window"
        for (K, st, d, p, X, Xo), i, o in zip(self.dim_params(), inp, out):
            if not 0 <= o < Xo:
                return False
            lo, hi = (-p, X - 1 + p) if padded else (0, X - 1)
            if not lo <= i <= hi:
                return False
            t = i - st * o + p
            if t % d or not 0 <= t // d <= K - 1:
                return False
        return True

    def region_of(self, args):
        """The region a set argument names: a pixel's label, or a region index."""
        lab = self.data["label"]
        n = self.role_val.get("N", 0)
        if len(args) == 2:
            p, q = args
            if not (0 <= p < lab.shape[1] and 0 <= q < lab.shape[2]):
                return None
            return int(lab[n, p, q])
        return args[0]

    def region_points(self, s: SetRef, args, names):
        if names is not None and len(names) != 2:
            raise self.hf.err(f"a sum over {s.name} (a region) runs over pixels: two indices",
                              s)
        r = self.region_of(args)
        lab = self.data["label"]
        n = self.role_val.get("N", 0)
        self.tick(4)
        if r is None:
            return []
        return [(h, w) for h in range(lab.shape[1]) for w in range(lab.shape[2])
                if int(lab[n, h, w]) == r]

    def set_points(self, s: SetRef, env, names=None):
        args = [self.ev(a, env) for a in s.args]
        if not all(a.is_Integer for a in args):
            raise self.hf.err(f"the indices of {s.name} are not integers", s)
        args = [int(a) for a in args]
        if self.hf.b.sets[s.name] == "region":
            return self.region_points(s, args, names)
        kind = self.arg_kind(s.args)
        if kind is None and names:
            k2 = {self.hf.kinds.get(nm) for nm in names} - {None}
            if len(k2) == 1:
                kind = "in" if k2.pop() == "out" else "out"
        if kind is None:
            raise self.hf.err(f"cannot tell whether {s.name}_{{...}} is indexed by input or "
                              f"output positions (use its indices in a read of x or y)", s)
        dp = self.dim_params()
        padded = self.set_kind(s.name) == "padded_window"
        self.tick(4)
        if kind == "out":     # S_{out}: the input positions of the window
            ranges = [range(-p if padded else 0, X + p if padded else X)
                      for K, st, d, p, X, Xo in dp]
            return [q for q in itertools.product(*ranges) if self.in_window(s, q, args)]
        ranges = [range(Xo) for K, st, d, p, X, Xo in dp]
        return [q for q in itertools.product(*ranges) if self.in_window(s, args, q)]

    def cond(self, c, env) -> bool:
        if isinstance(c, And):
            return self.cond(c.a, env) and self.cond(c.b, env)
        if isinstance(c, Member):
            vals = tuple(self.var(nm, env) for nm in c.names)
            if not all(v.is_Integer for v in vals):
                return False
            vals = tuple(int(v) for v in vals)
            k = self.arg_kind(c.where.args)
            args = [self.ev(a, env) for a in c.where.args]
            if not all(a.is_Integer for a in args):
                return False
            args = tuple(int(a) for a in args)
            if self.hf.b.sets[c.where.name] == "region":
                if len(vals) != 2:
                    raise self.hf.err("[.. \\in region] takes a pixel (two indices)", c.where)
                return tuple(vals) in set(self.region_points(c.where, list(args), None))
            if k is None:
                k2 = {self.hf.kinds.get(nm) for nm in c.names} - {None}
                k = ("in" if k2.pop() == "out" else "out") if len(k2) == 1 else None
            if k is None:
                raise self.hf.err(f"cannot tell whether {c.where.name}_{{...}} is indexed by "
                                  f"input or output positions", c.where)
            return self.in_window(c.where, vals, args) if k == "out" else \
                self.in_window(c.where, args, vals)
        if isinstance(c, Divides):
            a, b = self.ev(c.a, env), self.ev(c.b, env)
            if not (a.is_Integer and b.is_Integer) or a == 0:
                return False
            return int(b) % int(a) == 0
        if isinstance(c, Rel):
            a, b = self.ev(c.a, env), self.ev(c.b, env)
            d = sp.expand(a - b)
            if not d.is_number:
                raise NotNumeric()
            d = float(d)
            return {"=": abs(d) < 1e-12, "!=": abs(d) >= 1e-12, "<": d < 0, ">": d > 0,
                    "<=": d <= 1e-12, ">=": d >= -1e-12}[c.op]
        raise self.hf.err("not a condition", c)


class NotNumeric(Exception):
    pass


class NonInteger(FormulaError):
    pass


# ============================================================================ comparison
def concrete_functions(e):
    """``step``, ``relu`` and ``sigmoid`` of numbers as numbers (they stay unevaluated in
    SymPy); symbolic arguments become Piecewise / Max so that they still compare."""
    e = sp.sympify(e)
    if not e.has(step, relu):
        return e
    e = e.replace(lambda a: isinstance(a, step),
                  lambda a: (sp.S.One if a.args[0] > 0 else sp.S.Zero) if a.args[0].is_number
                  else sp.Piecewise((1, a.args[0] > 0), (0, True)))
    return e.replace(lambda a: isinstance(a, relu), lambda a: sp.Max(a.args[0], 0))


def same(h, d) -> bool:
    """Exact equality of two SymPy values: expansion first; when that leaves a remainder, a
    numeric probe at random points (a difference there is final) before ``simplify``."""
    h, d = concrete_functions(h), concrete_functions(d)
    diff = sp.expand(h - d)
    if diff == 0:
        return True
    if diff.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return False
    e = diff.rewrite(sp.exp) if diff.has(sigmoid) else diff
    if e.is_number:
        try:
            return abs(complex(sp.N(e, 30))) < 1e-9
        except (TypeError, ValueError):
            return False
    syms = sorted(e.free_symbols, key=str)
    rng = random.Random(7)
    for _ in range(2):
        point = {s: sp.Rational(rng.randint(-20, 20), 7) for s in syms}
        try:
            val = complex(sp.N(e.xreplace(point), 30))
        except (TypeError, ValueError):
            continue
        if abs(val) > 1e-9:
            return False
    try:
        return sp.simplify(e) == 0
    except Exception:  # pragma: no cover - SymPy internals
        return False


def _fmt(v) -> str:
    v = concrete_functions(v)
    if v.is_Rational:
        return str(v)
    if v.is_number:
        try:
            return f"{float(sp.N(v.rewrite(sp.exp) if v.has(sigmoid) else v)):.6g}"
        except (TypeError, ValueError):
            pass
    s = str(v)
    return s if len(s) <= 160 else s[:157] + "..."


def _array_text(a) -> str:
    if np.ndim(a) == 0:
        return _fmt(a[()] if isinstance(a, np.ndarray) else a)

    def rec(x):
        if np.ndim(x) == 1:
            return "[" + ", ".join(_fmt(v) for v in x) + "]"
        return "[" + ", ".join(rec(r) for r in x) + "]"
    return rec(a)


@dataclass
class Mismatch:
    case: Case
    idx: tuple
    expected: object
    got: object
    data: dict
    mode: str            # symbolic | numeric | ties


class Checker:
    """Runs the hand formula and the derived one over the cases of one op configuration."""

    def __init__(self, hf: HandFormula, op, deriv, budget: int, seed: int = 0):
        self.hf, self.op, self.deriv, self.budget = hf, op, deriv, budget
        self.rng = random.Random(seed)
        self.windowed = bool(op.formula.atoms(WindowMax))
        self.needs_numbers = self.windowed or hf.uses_max or any(
            isinstance(n, Rel) for n in walk(hf.eq.rhs))
        self.derived = (deriv.forward if hf.kind == "forward"
                        else deriv.gradients[hf.target.name].formula)

    # -- data
    def tensors(self, case: Case):
        ts = list(self.op.inputs) + [self.deriv.upstream]
        return ts

    def make_data(self, case: Case, mode: str) -> dict:
        data = {}
        for t in self.tensors(case):
            shape = case.shape(t)
            if t is self.deriv.upstream and self.hf.loss_is_output:
                data[t.name] = np.array(sp.S.One, dtype=object)
                continue
            if t.kind != "real":
                hi = self.index_range(case, t)
                a = np.empty(shape, dtype=object)
                for i in (np.ndindex(*shape) if shape else [()]):
                    a[i] = sp.Integer(self.rng.randrange(hi))
                data[t.name] = a
                continue
            a = np.empty(shape, dtype=object)
            cells = list(np.ndindex(*shape)) if shape else [()]
            if mode == "symbolic":
                for i in cells:
                    a[i] = sp.Symbol(f"{t.name}[{','.join(map(str, i))}]", real=True)
            elif mode == "ties":
                for i in cells:
                    a[i] = sp.Integer(self.rng.randint(-1, 1))
            elif self.needs_numbers:
                # distinct values: no ties anywhere
                vals = list(range(1, 3 * len(cells) + 2))
                self.rng.shuffle(vals)
                for k, i in enumerate(cells):
                    a[i] = sp.Integer(vals[k] * self.rng.choice((1, -1)))
            else:
                for i in cells:
                    a[i] = sp.Integer(self.rng.choice((-5, -4, -3, -2, -1, 1, 2, 3, 4, 5)))
            data[t.name] = a
        return data

    def index_range(self, case: Case, t) -> int:
        """Integer data (a label map, class targets) takes values 0..R-1, R the extent of
        the axis it indexes: the output's region axis, or the class axis."""
        syms = B.op_symbols(self.op)
        for name in ("R", "C"):
            if name in syms:
                v = case.values.get(syms[name])
                if v is not None and sp.sympify(v).is_Integer:
                    return max(1, int(v))
        raise Unusable(f"op {self.op.name} has integer data ({t.name}) whose range the "
                       f"verifier cannot tell")

    def add_output(self, case: Case, data: dict):
        body_reads_y = any(str(r.base) == self.op.output.name
                           for t in self.derived.terms for r in sp.sympify(t.body).atoms(sp.Indexed))
        if not (self.hf.uses_output or body_reads_y) or self.op.output.name in data:
            return
        ev = Evaluator(data, case.values)
        shape = case.shape(self.op.output)
        data[self.op.output.name] = ev.formula_array(case.d.forward, shape) if shape else \
            np.array(ev.formula(case.d.forward, ()), dtype=object)

    # -- one run
    def run(self, case: Case, mode: str, data=None, hand_data=None) -> Mismatch | None:
        data = data if data is not None else self.make_data(case, mode)
        self.add_output(case, data)
        hand_data = hand_data if hand_data is not None else data
        derived = (case.d.forward if self.hf.kind == "forward"
                   else case.d.gradients[self.hf.target.name].formula)
        ev = Evaluator(data, case.values)
        hev = Evaluation(self.hf, case, hand_data, self.budget)
        shape = case.shape(self.hf.target)
        for idx in (np.ndindex(*shape) if shape else [()]):
            d = ev.formula(derived, tuple(idx))
            h = hev.element(tuple(idx))
            if not same(h, d):
                return Mismatch(case, tuple(idx), d, h, data, mode)
        return None

    def arrays(self, case: Case, data: dict):
        """The derived and the hand values over the whole target (numeric data)."""
        self.add_output(case, data)
        derived = (case.d.forward if self.hf.kind == "forward"
                   else case.d.gradients[self.hf.target.name].formula)
        ev = Evaluator(data, case.values)
        hev = Evaluation(self.hf, case, data, self.budget)
        shape = case.shape(self.hf.target)
        D = np.empty(shape, dtype=object)
        H = np.empty(shape, dtype=object)
        for idx in (np.ndindex(*shape) if shape else [()]):
            D[idx] = ev.formula(derived, tuple(idx))
            H[idx] = hev.element(tuple(idx))
        return D, H


# ============================================================================ sizes
COUNT_ORDER = ("N", "C", "O", "I", "F", "M", "R")


def size_cases(op, deriv, force_n1: bool, max_cases: int = 4) -> list[dict]:
    """Small sizes, smallest first: counts (batch, channels, features) 1 or 2, the other
    sizes (spatial extents; kernel sizes of a user op) from the smallest that gives every
    tensor at least one element, plus a few more."""
    rules = deriv.op_rules()
    exts = []
    for t in list(op.inputs) + [op.output]:
        for e in t.slot_extents:
            exts.append(sp.sympify(e).subs(rules))
    free = sorted({s for e in exts for s in e.free_symbols}, key=lambda s: s.name)
    counts = [s for s in free if s.name in COUNT_ORDER or s.name in ("C_g", "O_g", "G")]
    geo = [s for s in free if s not in counts]

    def value(e, c):
        v = e.subs(c)
        return v if v.is_number else None

    def fix(c):
        for _ in range(200):
            bad = [e for e in exts if (value(e, c) is None or value(e, c) < 1)]
            if not bad:
                return c
            e = bad[0]
            for s in sorted(e.free_symbols & set(geo), key=lambda s: s.name):
                c2 = dict(c)
                c2[s] += 4   # a few steps: floor() may hide the gain of one
                if value(e, c2) is not None and value(e, c) is not None and \
                        value(e, c2) > value(e, c):
                    c[s] += 1
                    break
            else:
                for s in e.free_symbols & set(geo):
                    c[s] += 1
                if not e.free_symbols & set(geo):
                    break
        raise Unusable(f"op {op.name}: no small sizes give every tensor an element")

    base = fix({**{s: 1 for s in counts}, **{s: 1 for s in geo}})
    plans = [
        ({}, [0]),
        ({"C": 2, "O": 1, "I": 2, "F": 2, "M": 3, "N": 1}, [1, 2, 1]),
        ({"C": 1, "O": 2, "I": 3, "F": 1, "M": 2, "N": 2}, [2, 1, 2]),
        ({"C": 2, "O": 2, "I": 2, "F": 3, "M": 4, "N": 2}, [3, 2, 3]),
    ]
    cases = []
    for cnt, extra in plans[:max_cases]:
        c = {}
        for s in counts:
            c[s] = cnt.get(s.name, 1)
            if s.name == "N" and force_n1:
                c[s] = 1
        for k, s in enumerate(geo):
            c[s] = base[s] + extra[k % len(extra)]
        c = fix(c)
        if c not in cases:
            cases.append(c)
    return cases


def op_is_windowed(op) -> bool:
    return op.name.startswith(("conv", "avg_pool", "max_pool"))


def describe_sizes(sizes: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(sizes.items(), key=lambda kv: str(kv[0])))


def describe_op(op) -> str:
    shown = {k: v for k, v in op.params.items() if v is not None and k not in
             ("N", "C", "H", "W", "D", "L", "M")}
    return f"{op.name}(" + ", ".join(f"{k}={v}" for k, v in shown.items()) + ")"


# ============================================================================ the verdict
CONVENTION = "convention: a read outside a tensor's range is zero"
_DERIVE_CACHE: dict = {}


def derivation(op):
    key = (op.name, tuple(sorted((k, repr(v)) for k, v in op.params.items())))
    if key not in _DERIVE_CACHE:
        _DERIVE_CACHE[key] = op.derive().concrete()
        if len(_DERIVE_CACHE) > 64:
            _DERIVE_CACHE.pop(next(iter(_DERIVE_CACHE)))
    return _DERIVE_CACHE[key]


def bound_formula(eq, op, bind):
    deriv = derivation(op)
    dims = B.op_dims(op)
    b = B.build(op, deriv.upstream, bind, dims)
    return HandFormula(eq, op, deriv.upstream, b, dims), deriv


def check(eq, op, bind, budget=400_000, max_cases=4, trials=2, diagnose=True) -> Verdict:
    hf, deriv = bound_formula(eq, op, bind)
    force_n1 = _lhs_lacks_batch(hf)
    cases_sizes = size_cases(op, deriv, force_n1, max_cases)
    chk = Checker(hf, op, deriv, budget)
    symbolic = not chk.needs_numbers
    results = []        # (case, symbolic ok?, numeric mismatch, tie mismatch)
    n_elements = 0
    first_bad: Mismatch | None = None
    first_tie: Mismatch | None = None
    for sizes in cases_sizes:
        case = Case(op, deriv, sizes)
        n_elements += int(np.prod(case.shape(hf.target))) if case.shape(hf.target) else 1
        bad = None
        if symbolic:
            try:
                bad = chk.run(case, "symbolic")
            except NotNumeric:
                symbolic = False
            if bad is not None:
                for _ in range(4):
                    nb = chk.run(case, "numeric")
                    if nb is not None:
                        bad = nb
                        break
        if bad is None and not symbolic:
            for _ in range(trials):
                bad = chk.run(case, "numeric")
                if bad:
                    break
        if bad is not None and first_bad is None:
            first_bad = bad
        if chk.needs_numbers and bad is None:
            for _ in range(trials * (3 if first_tie is None else 1)):
                tb = chk.run(case, "ties")
                if tb is not None:
                    if first_tie is None:
                        first_tie = tb
                    break
        results.append((case, bad))
        if first_bad is not None:
            break
    reading = _reading(hf, op, force_n1)
    if first_bad is None and first_tie is None:
        how = ("proved symbolically (exact comparison of SymPy expressions, every tensor "
               "element a symbol)" if symbolic else
               "checked numerically (exact rational arithmetic on random integer inputs, "
               "with and without ties; no symbolic proof: " +
               ("a window maximum needs numbers" if chk.windowed else "the formula compares "
                "values") + ")")
        lines = [f"right: the formula equals the derived {_what(hf)} of {describe_op(op)}",
                 f"{how} on {len(results)} cases, {n_elements} elements in all:"]
        lines += [f"  {describe_sizes(c.sizes)}" for c, _ in results]
        lines += reading + [CONVENTION]
        return Verdict("right", "\n".join(lines),
                       {"cases": [c.sizes for c, _ in results], "symbolic": symbolic})
    m = first_bad or first_tie
    lines = [f"wrong: the formula differs from the derived {_what(hf)} of {describe_op(op)}"]
    if first_bad is None:
        lines.append("it is right on every input without ties, wrong when the window maximum "
                     "is not unique" if chk.windowed else
                     "it is right on inputs with distinct non-zero values, wrong on inputs with "
                     "zeros or repeated values")
    lines += _counterexample(hf, op, m)
    diag = []
    if diagnose:
        try:
            diag = _diagnose(hf, op, eq, bind, chk, m, first_bad is None)
        except (Budget, FormulaError, NotNumeric):
            diag = []
    lines += [f"diagnosis: {d}" for d in diag]
    lines += reading + [CONVENTION]
    return Verdict("wrong", "\n".join(lines), {"case": m.case.sizes, "element": m.idx,
                                                "expected": m.expected, "got": m.got,
                                                "diagnosis": diag})


def _what(hf) -> str:
    if hf.kind == "forward":
        return f"forward formula ({hf.target.name})"
    return f"gradient dL/d{hf.target.name}"


def _lhs_lacks_batch(hf) -> bool:
    if "N" in hf.lhs_read.binding.roles:
        return False
    return any("N" in r.implicit for r in hf.reads.values())


def _reading(hf, op, force_n1) -> list[str]:
    parts = []
    seen = set()
    for sym, groups in sorted(_layouts(hf).items()):
        tb = hf.b.tensors[sym]
        if sym in seen:
            continue
        seen.add(sym)
        lay = "".join("(" + "".join(g) + ")" if len(g) > 1 else g[0] for g in groups)
        name = {hf.upstream.name: "grad_output (dL/dy)"}.get(tb.tensor.name, tb.tensor.name)
        parts.append(f"{sym} = {name}[{lay}]")
    lines = ["reading: " + ", ".join(parts)] if parts else []
    sets = {n.where.name for n in walk(hf.eq.rhs) if isinstance(n, (BigOp, Member))
            and getattr(n, "where", None) is not None}
    sets |= {n.a.name for n in walk(hf.eq.rhs) if isinstance(n, Bars) and
             isinstance(n.a, Ref) and n.a.name in hf.b.sets}
    o_ix = {1: "i", 2: "i,j", 3: "u,i,j"}.get(hf.dims, "i")
    i_ix = {1: "p", 2: "p,q", 3: "t,p,q"}.get(hf.dims, "p")
    for s in sorted(sets):
        kind = hf.b.sets[s]
        pad = op.params.get("padding", 0)
        no_pad = pad in (0, None) or (isinstance(pad, (tuple, list)) and not any(pad))
        avg = op.name.startswith("avg_pool")
        if kind == "region":
            lines.append(f"{s}_{{p,q}} = the pixels of the region (superpixel) holding pixel "
                         f"(p,q); {s}_{{r}} = the pixels of region r; labels are random in "
                         f"each case")
            continue
        if kind == "window":
            lines.append(f"{s}_{{{o_ix}}} = the window of output ({o_ix}), positions inside the "
                         "input" + (f" (|{s}| counts those, as count_include_pad=False"
                                     + ("; with padding 0 both count_include_pad rules agree"
                                        if no_pad else "") + ")" if avg else "") +
                         f"; {s}_{{{i_ix}}} of an input position = the outputs whose window "
                         f"holds it")
        else:
            lines.append(f"{s}_{{{o_ix}}} = the window of output ({o_ix}) including padded positions "
                         f"(|{s}| as count_include_pad=True)")
    for sym, s in sorted(hf.scalars.items(), key=lambda kv: kv[0]):
        if isinstance(s, sp.Symbol) and s in op.bindings:
            lines.append(f"{sym} = {s} = {op.bindings[s]}" if s.name != sym else
                         f"{sym} = {op.bindings[s]}")
        elif isinstance(s, sp.Symbol) and s.name != sym:
            lines.append(f"{sym} = {s} (a size, as in each case)")
    lines += sorted(n for n in set(hf.notes) if "is read as the op's" not in n)
    if force_n1:
        lines.append("the left side has no batch index: checked with batch size N = 1")
    return lines


def _layouts(hf) -> dict:
    out = {}
    for r_id, r in hf.reads.items():
        for sym, tb in hf.b.tensors.items():
            if tb is r.binding:
                out.setdefault(sym, r.groups)
    return out


def _counterexample(hf, op, m: Mismatch) -> list[str]:
    case = m.case
    t = hf.target
    roles = B.axis_roles(t, hf.dims)
    el = ", ".join(f"{r}={v}" for r, v in zip(roles, m.idx))
    what = f"{t.name}[{','.join(map(str, m.idx))}]"
    lines = ["smallest counterexample" + (" (with ties)" if m.mode == "ties" else "") + ":",
             f"  sizes: {describe_sizes(case.sizes)}; hyper-parameters: {describe_op(op)}",
             f"  element: {'dL/d' if hf.kind == 'gradient' else ''}{what} ({el})",
             f"  expected (derived): {_fmt(m.expected)}",
             f"  got (hand formula): {_fmt(m.got)}"]
    if m.mode != "symbolic":
        for name, a in m.data.items():
            if name == op.output.name:
                continue
            if np.size(a) <= 64:
                lines.append(f"  {name} = {_array_text(a)}")
    return lines


# ---------------------------------------------------------------------------- diagnosis
def _quick(hf_eq, op, bind, sizes, transform=None, set_kind=None, mode="numeric") -> bool:
    """Does the hand formula agree with ``op``'s derived one on ``sizes`` (numeric data)?"""
    hf, deriv = bound_formula(hf_eq, op, bind)
    chk = Checker(hf, op, deriv, 400_000, seed=1)
    case = Case(op, deriv, sizes, set_kind)
    for _ in range(2):
        data = chk.make_data(case, mode)
        hand = transform(data) if transform else data
        if chk.run(case, mode, data, hand) is not None:
            return False
    return True


def _diagnose(hf, op, eq, bind, chk, m: Mismatch, ties_only: bool) -> list[str]:
    out = []
    if ties_only and not chk.windowed:
        out.append("boundary case: the formula differs only where inputs are zero or equal "
                   "(for example relu'(0) = 0 in the op, as PyTorch)")
        return out
    if ties_only:
        out.append("tie sensitivity: the Iverson bracket [x = max] gives the gradient to every "
                   "maximizer; the op gives it to " +
                   ("the first maximizer only (PyTorch's rule)" if op.params.get("ties", "first")
                    == "first" else "each maximizer a 1/m share") +
                   "; right only when the window maximum is unique")
        return out
    sizes = m.case.sizes
    # kernel not flipped (conv input gradient, or a forward using a flipped kernel)
    if op.name.startswith("conv") and "w" in {t.name for t in op.inputs}:
        roles = B.axis_roles(op.tensor("w"), hf.dims)
        axes = tuple(k for k, r in enumerate(roles) if r in B.SPATIAL_ROLES)

        def flip(data):
            d2 = dict(data)
            d2["w"] = np.flip(data["w"], axis=axes).copy()
            return d2
        if hf.target.name != "w" and _quick(eq, op, bind, sizes, flip):
            out.append("kernel not flipped: the formula is right with the kernel rotated by "
                       "180 degrees (the input gradient reads w at the mirrored tap, or the "
                       "forward at the unmirrored one)")
            return out
    # count_include_pad
    if op.name.startswith("avg_pool") and any(isinstance(n, Bars) for n in walk(eq.rhs)):
        for kind, cip in (("padded_window", True), ("window", False)):
            if _quick(eq, op, bind, sizes, set_kind=kind):
                out.append(f"divisor: |S| should count {'padded positions too' if cip else 'only input positions'}"
                           f" (count_include_pad={op.params.get('count_include_pad')}); the "
                           f"formula holds with S={kind}, i.e. count_include_pad={cip}")
                return out
    # stride
    strides = op.params.get("stride")
    st = strides if isinstance(strides, (tuple, list)) else (strides,)
    if op_is_windowed(op) and any(s not in (None, 1) for s in st):
        from ..ops import get
        try:
            p1 = dict(op.params)
            p1["stride"] = 1
            op1 = get(op.name, **{k: v for k, v in p1.items() if v is not None})
            cases1 = size_cases(op1, derivation(op1), _lhs_lacks_batch(hf), 2)
            if all(_quick(eq, op1, bind, c) for c in cases1):
                if hf.kind == "gradient" and hf.target is op.inputs[0]:
                    out.append("missing stride divisibility: right for stride 1 only; with "
                               "stride s an input position h gets gradient from output i only "
                               "when s | (h + p - d*k), at i = (h + p - d*k)/s")
                else:
                    out.append("the stride is missing: right for stride 1 only; with stride s "
                               "output i reads the input at s*i + d*k - p")
                return out
        except Exception:
            pass
    # a missing summation: right when a summed axis has size 1
    for s, v in sorted(sizes.items(), key=lambda kv: kv[0].name):
        if v > 1 and s.name in COUNT_ORDER:
            s2 = dict(sizes)
            s2[s] = 1
            if _quick(eq, op, bind, s2):
                out.append(f"missing summation index: right only when {s} = 1 "
                           f"({op.glossary.get(s, s.name)}); the derived formula sums over it")
                return out
    # off-by-one shift / missing activation derivative, on the arrays of the counterexample
    try:
        D, H = chk.arrays(m.case, m.data)
    except (Budget, FormulaError, NotNumeric):
        return out
    roles = B.axis_roles(hf.target, hf.dims)
    for ax, r in enumerate(roles):
        if r not in B.SPATIAL_ROLES or D.shape[ax] < 2:
            continue
        for sh in (1, -1):
            a = np.take(D, range(max(0, sh), D.shape[ax] + min(0, sh)), axis=ax)
            b = np.take(H, range(max(0, -sh), H.shape[ax] + min(0, -sh)), axis=ax)
            if a.size and all(same(x, y) for x, y in zip(a.flat, b.flat)) and \
                    any(x != 0 for x in a.flat):
                out.append(f"off-by-one shift along {r}: the formula's value at position q "
                           f"is the derived value at q{'+' if sh > 0 else '-'}1")
                return out
    y = m.data.get(op.output.name)
    if hf.kind == "gradient" and y is not None and np.shape(y) == D.shape:
        for label, f in (("sigmoid' = y(1-y)", lambda v: v * (1 - v)),
                         ("tanh' = 1-y^2", lambda v: 1 - v * v)):
            if all(same(H[i] * f(y[i]), D[i]) for i in np.ndindex(*D.shape)):
                out.append(f"missing activation derivative: the formula lacks the factor {label}")
                return out
    return out
