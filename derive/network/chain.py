"""The derivation through a whole network, in the two forms seed 003 uses.

1. **The delta recursion** (what the training step runs): ``grad_T`` is ``dE/dT`` for every
   activation ``T``.  The loss gives ``grad`` of the network output; every layer, read
   backwards, gives the ``grad`` of its input and of its parameters from the ``grad`` of its
   output.  Each equation is the op's own derived gradient :class:`~derive.formula.Formula`
   with the op's tensors renamed to the network's (``x -> hicnn``, ``grad_y -> grad_hocnn``,
   ``w -> w12``) and the sizes of the chain substituted.

2. **The fully expanded chain-rule product** for one parameter (what seed 003 writes by hand:
   ``dE/dw1[i,j] = sum_k (yo[k]-d[k]) yo[k](1-yo[k]) w2[k,m] ... x[i]``): the parameter's
   formula with every ``grad_T`` read replaced by the formula of ``grad_T``, recursively, down
   to the loss.  The summation variables of each substituted formula are renamed apart, and
   every one keeps the closed-form bounds the engine derived for it, so the result is again
   a :class:`Formula` -- every summation index bound -- and the exact
   :class:`~derive.evaluate.Evaluator` gives it a meaning.

Layouts: the batch ``N`` stays symbolic; elementwise ops and the loss act on the whole
activation (their flat element index becomes the activation's multi-index); a linear layer
after a spatial layer reads its input flattened row-major, so its input gradient is written
back on the spatial multi-index (``i = 25 c + 5 h + w``).  The loss is ``E = sum`` of
the per-sample losses (``grad_E = 1``).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from math import prod

import sympy as sp

from ..formula import Divides, Formula, Term
from ..ir import Axis, IndexRange, Tensor
from .sequential import Resolved, Sequential

__all__ = ["Chain", "derive_chain", "Equation"]

N = sp.Symbol("N", integer=True, positive=True)


@dataclass
class Equation:
    """One equation of the recursion: ``formula`` (its target ``grad_<name>``) from ``layer``."""

    name: str            # the network tensor whose gradient this is
    kind: str            # 'loss' | 'activation' | 'parameter'
    layer: Resolved
    formula: Formula


def _idx(name: str) -> sp.Symbol:
    return sp.Symbol(name, integer=True)


def _flat(multi, shape) -> sp.Expr:
    """Row-major flat position of ``multi`` in ``shape``."""
    out = sp.S.Zero
    for m, s in zip(multi, shape):
        out = out * s + m
    return sp.expand(out)


def _unflat(e, shape) -> tuple:
    """The multi-index of flat position ``e`` in ``shape`` (extent-1 axes give 0; the
    outermost axis needs no modulus)."""
    out = []
    outer = True
    for k, s in enumerate(shape):
        st = prod(shape[k + 1:])
        if s == 1:
            out.append(sp.S.Zero)
            continue
        q = sp.floor(e / st) if st != 1 else e
        out.append(q if outer else sp.Mod(q, s))
        outer = False
    return tuple(out)


class _Renamer:
    """Maps an op's tensors to the network's and its flat / flattened indices to the chain's
    multi-indices."""

    def __init__(self, bases: dict[str, str]):
        self.rules = {sp.IndexedBase(a): sp.IndexedBase(b) for a, b in bases.items()}
        self.sym_rules = {sp.Symbol(a, real=True): sp.Symbol(b, real=True)
                          for a, b in bases.items()}

    def __call__(self, e):
        e = sp.sympify(e)
        return e.xreplace({**self.rules, **self.sym_rules})

    def scalars(self, e):
        """Only the rank-0 tensors (``grad_E``): reads are mapped separately."""
        return sp.sympify(e).xreplace(self.sym_rules)


def _map_formula(f: Formula, fn) -> Formula:
    terms = [Term([IndexRange(r.var, fn(r.lo), fn(r.hi)) for r in t.sums], fn(t.body),
                  [fn(g) for g in t.guards],
                  [Divides(fn(d.modulus), fn(d.expr)) for d in t.divides],
                  [fn(x) for x in t.filters]) for t in f.terms]
    return Formula(f.target, f.index, f.ranges, terms)


def _replace_reads(e, base_names: set, fn):
    """Replace every read ``T[idx]`` of a tensor in ``base_names`` by ``fn(T, idx)``."""
    e = sp.sympify(e)
    return e.replace(lambda a: isinstance(a, sp.Indexed) and a.base.label.name in base_names,
                     lambda a: fn(a.base.label.name, a.indices))


class Chain:
    """The derivation of a :class:`Sequential` network (see the module docstring)."""

    def __init__(self, net: Sequential):
        self.net = net
        self.shapes = {k: (N,) + tuple(v) for k, v in net.activation_shapes().items()}
        self.index_names = {}
        self.tensors: dict[str, Tensor] = {}
        self._choose_indices()
        self.param_shapes = dict(net.parameters)
        for name, sh in self.param_shapes.items():
            self.tensors[name] = Tensor(name, [Axis(f"axis {k}", s) for k, s in enumerate(sh)],
                                        latex=_tex_name(name))
        for name, sh in self.shapes.items():
            self.tensors[name] = Tensor(name, [Axis("batch", N)] + [
                Axis(f"axis {k}", s) for k, s in enumerate(sh[1:], 1)], latex=_tex_name(name))
            g = "grad_" + name
            self.tensors[g] = Tensor(g, self.tensors[name].axes,
                                     latex=r"{\delta^{%s}}" % _tex_name(name))
        for name in self.param_shapes:
            g = "grad_" + name
            self.tensors[g] = Tensor(g, self.tensors[name].axes,
                                     latex=r"{\left(\partial E/\partial %s\right)}" % _tex_name(name))
        self.tensors[net.loss.name] = Tensor(net.loss.name, [], latex=net.loss.name)
        self.equations: list[Equation] = []
        self.grad: dict[str, Formula] = {}
        self.forward: dict[str, Formula] = {}
        self._derived = {}
        self._derive()

    # ------------------------------------------------------------------ index names
    def _choose_indices(self):
        net = self.net
        first = net.resolved[0]
        gi = first.op.grad_index.get(first.op.inputs[0].name)
        names = [str(s) for s in gi] if gi and len(gi) == len(self.shapes[net.input_name]) \
            else ["n"] + [f"i_{k}" for k in range(1, len(self.shapes[net.input_name]))]
        self.index_names[net.input_name] = names
        prev = net.input_name
        for r in net.resolved:
            if r.batched:
                self.index_names[r.name] = [str(s) for s in r.op.index]
            else:
                self.index_names[r.name] = list(self.index_names[prev])
            prev = r.name
        self.index_names[net.target_name] = list(self.index_names[prev])

    def multi_index(self, name: str) -> tuple:
        return tuple(_idx(s) for s in self.index_names[name])

    # ------------------------------------------------------------------ per layer
    def _derivation(self, r: Resolved):
        key = id(r)
        if key not in self._derived:
            d = r.op.derive().concrete()
            rules = {s: v for s, v in r.sizes.items()}
            if not r.batched:
                # an elementwise op or loss acts on all N x (sample) elements
                m = r.op.inputs[0].axes[0].extent
                if m.is_Symbol and m not in r.op.bindings:
                    rules[m] = N * prod(r.in_shape)
            self._derived[key] = d.substitute(rules) if rules else d
        return self._derived[key]

    def _pointwise(self, f: Formula, act_shape, act_index, bases: dict, target: Tensor):
        """An elementwise / loss formula on a flat index, rewritten on the activation's
        multi-index.  Every read must be at exactly the flat variable."""
        ren = _Renamer(bases)
        names = set(bases)

        def fresh(v):
            return tuple(_idx(f"{v.name}_{k}") for k in range(len(act_shape)))

        def rd(var_map):
            def fn(name, idx):
                if len(idx) != 1 or idx[0] not in var_map:
                    raise ValueError(f"elementwise formula reads {name}{list(idx)}, not at its "
                                     f"element index")
                return sp.IndexedBase(bases[name])[var_map[idx[0]]]
            return fn

        var_map = {}
        if f.index:
            (i,) = f.index
            var_map[i] = act_index
        terms = []
        for t in f.terms:
            vm = dict(var_map)
            sums = []
            for r in t.sums:
                multi = fresh(r.var)
                vm[r.var] = multi
                if not (sp.sympify(r.lo) == 0):
                    raise ValueError("elementwise loop does not start at 0")
                sums.extend(IndexRange(m, sp.S.Zero, s - 1) for m, s in zip(multi, act_shape))
            body = ren.scalars(_replace_reads(t.body, names, rd(vm)))
            terms.append(Term(sums, body, [ren.scalars(g) for g in t.guards], list(t.divides),
                              [ren.scalars(x) for x in t.filters]))
        index = act_index if f.index else ()
        ranges = tuple(act_shape) if f.index else ()
        return Formula(target, index, ranges, terms)

    def _batched(self, f: Formula, r: Resolved, bases: dict, target: Tensor,
                 free_to_activation: bool) -> Formula:
        """A batched op's formula with tensors renamed; the flattened input read back on the
        spatial multi-index; an input gradient of a flattened input written on it."""
        ren = _Renamer(bases)
        x_op = r.op.inputs[0].name
        if r.flattens:
            shape = r.in_shape

            tmp = sp.IndexedBase("__flattened_input__")

            def fn(name, idx):
                n, e = idx
                return tmp[(n,) + _unflat(e, shape)]
            f = _map_formula(f, lambda e: _replace_reads(e, {x_op}, fn))
            f = _map_formula(f, ren)
            final = {tmp: sp.IndexedBase(bases[x_op])}
            f = _map_formula(f, lambda e: sp.sympify(e).xreplace(final))
        else:
            f = _map_formula(f, ren)
        if free_to_activation and r.flattens:
            multi = self.multi_index(r.in_name)
            n, i = f.index
            sub = {n: multi[0], i: _flat(multi[1:], r.in_shape)}
            f = _map_formula(f, lambda e: sp.sympify(e).xreplace(sub))
            return Formula(target, multi, self.shapes[r.in_name], f.terms)
        return Formula(target, f.index, f.ranges, f.terms)

    def _bases(self, r: Resolved) -> dict:
        op = r.op
        b = {op.inputs[0].name: r.in_name, op.output.name: r.name,
             "grad_" + op.output.name: "grad_" + r.name}
        b.update(r.param_names)
        return b

    def _derive(self):
        net = self.net
        # forward, in layer order
        for r in net.resolved:
            d = self._derivation(r)
            bases = self._bases(r)
            if r.batched:
                self.forward[r.name] = self._batched(d.forward, r, bases, self.tensors[r.name],
                                                     False)
            else:
                self.forward[r.name] = self._pointwise(
                    d.forward, self.shapes[r.in_name], self.multi_index(r.name), bases,
                    self.tensors[r.name])
        # the loss
        loss = net.loss
        d = self._derivation(loss)
        op = loss.op
        last = loss.in_name
        bases = {op.inputs[0].name: last, op.inputs[1].name: net.target_name,
                 op.output.name: loss.name, "grad_" + op.output.name: "grad_" + loss.name}
        g = d.gradients[op.inputs[0].name].formula
        f = self._pointwise(g, self.shapes[last], self.multi_index(last), bases,
                            self.tensors["grad_" + last])
        f = _map_formula(f, lambda e: sp.sympify(e).xreplace(
            {sp.Symbol("grad_" + loss.name, real=True): sp.S.One}))
        self.grad[last] = f
        self.equations.append(Equation(last, "loss", loss, f))
        # backwards through the layers
        for pos in range(len(net.resolved) - 1, -1, -1):
            r = net.resolved[pos]
            d = self._derivation(r)
            bases = self._bases(r)
            x_op = r.op.inputs[0].name
            wanted = ([x_op] if pos > 0 else []) + list(r.param_names)
            for t in wanted:
                gf = d.gradients[t].formula
                if t == x_op:
                    target = self.tensors["grad_" + r.in_name]
                    if r.batched:
                        f = self._batched(gf, r, bases, target, True)
                    else:
                        f = self._pointwise(gf, self.shapes[r.in_name],
                                            self.multi_index(r.in_name), bases, target)
                    self.grad[r.in_name] = f
                    self.equations.append(Equation(r.in_name, "activation", r, f))
                else:
                    pname = r.param_names[t]
                    f = self._batched(gf, r, bases, self.tensors["grad_" + pname], False)
                    self.grad[pname] = f
                    self.equations.append(Equation(pname, "parameter", r, f))

    # ------------------------------------------------------------------ expansion
    def expanded(self, param: str, max_terms: int = 10000) -> Formula:
        """The fully expanded chain-rule product of ``dE/d param``: every ``grad_T`` read
        replaced by ``grad_T``'s formula, recursively, down to the loss."""
        if param not in self.param_shapes:
            raise ValueError(f"{param!r} is not a parameter of network {self.net.name} "
                             f"(it has {', '.join(self.param_shapes)})")
        f = self.grad[param]
        counter = itertools.count()
        grad_names = {"grad_" + a for a in self.shapes}
        terms = list(f.terms)
        out = []
        while terms:
            if len(out) + len(terms) > max_terms:
                raise ValueError(f"the expanded product of {param} has more than {max_terms} "
                                 f"terms")
            t = terms.pop()
            reads = [a for a in t.body.atoms(sp.Indexed) if a.base.label.name in grad_names]
            if not reads:
                out.append(t)
                continue
            if len(reads) > 1:
                raise ValueError(f"a term of the expansion reads several gradients: {reads}")
            read = reads[0]
            act = read.base.label.name[len("grad_"):]
            inner = self.grad[act]
            used = set(f.index) | {r.var for r in t.sums} | t.body.free_symbols
            for lo_hi in t.sums:
                used |= sp.sympify(lo_hi.lo).free_symbols | sp.sympify(lo_hi.hi).free_symbols
            for u in inner.terms:
                ren = {}
                for r in u.sums:
                    base = r.var.name.split("~")[0]
                    new = _idx(f"{base}~{next(counter)}")
                    ren[r.var] = new
                sub = dict(zip(inner.index, read.indices))
                sub.update(ren)

                def S(e, sub=sub):
                    return sp.sympify(e).xreplace(sub)

                sums = list(t.sums) + [IndexRange(S(r.var), S(r.lo), S(r.hi)) for r in u.sums]
                body = t.body.xreplace({read: S(u.body)})
                filters = list(t.filters) + [S(g) for g in u.guards] + [S(x) for x in u.filters]
                divides = list(t.divides) + [Divides(S(d.modulus), S(d.expr))
                                             for d in u.divides]
                terms.append(Term(sums, body, list(t.guards), divides, filters))
        # readable names for the renamed variables: k~3 -> k', k'' ... in order of appearance
        out = [_tidy(t, set(f.index)) for t in reversed(out)]
        return Formula(f.target, f.index, f.ranges, out)

    # ------------------------------------------------------------------ printing
    def printer(self):
        from ..explain.latex import DerivationPrinter
        return DerivationPrinter(self.tensors)

    def latex(self, f: Formula) -> str:
        """``target[index] = sum_{bounds} [conditions] body`` in LaTeX."""
        p = self.printer()
        lhs = p._print(f.target.base[f.index]) if f.index else p._print(
            sp.Symbol(f.target.name, real=True))
        parts = []
        for t in f.terms:
            s = ""
            for r in t.sums:
                s += r"\sum_{%s=%s}^{%s} " % (p._print(r.var), p._print(r.lo), p._print(r.hi))
            conds = [p.condition(d) for d in t.divides] + [p.condition(g) for g in
                                                           list(t.guards) + list(t.filters)]
            if conds:
                s += r"\left[%s\right] " % r",\ ".join(conds)
            s += p._print(t.body)
            parts.append(s)
        return lhs + " = " + (" + ".join(parts) if parts else "0")


def _tidy(t: Term, free: set) -> Term:
    rules = {}
    taken = set(free)
    for r in t.sums:
        taken |= {s for s in [r.var] if "~" not in s.name}
    for r in t.sums:
        if "~" not in r.var.name:
            continue
        base = r.var.name.split("~")[0]
        new = _idx(base)
        while new in taken:
            new = _idx(new.name + "'")
        taken.add(new)
        rules[r.var] = new
    if not rules:
        return t
    S = lambda e: sp.sympify(e).xreplace(rules)  # noqa: E731
    return Term([IndexRange(S(r.var), S(r.lo), S(r.hi)) for r in t.sums], S(t.body),
                [S(g) for g in t.guards], [Divides(S(d.modulus), S(d.expr)) for d in t.divides],
                [S(x) for x in t.filters])


def _tex_name(name: str) -> str:
    import re
    m = re.fullmatch(r"([A-Za-z]+?)(\d+)([A-Za-z]*)", name)
    if m and not m.group(3):
        return r"{%s_{%s}}" % (m.group(1), m.group(2))
    if len(name) > 1:
        return r"{\mathit{%s}}" % name
    return name


def derive_chain(net: Sequential) -> Chain:
    return Chain(net)
