"""NumPy lowering: a derived :class:`~derive.formula.Formula` becomes vectorized NumPy code.

``generate(op)`` returns the source of a standalone module (it imports only NumPy) with
``forward(*tensors)`` and ``backward(grad_output, *tensors, wrt=None)`` in the layout of the matching
``torch.nn.functional`` op; ``load(op)`` executes that source in a fresh module.

How a term ``target[idx] += sum_{loops} [conditions] body`` is lowered:

* *Compile-time constant* variables: a kernel tap or window offset -- a variable whose full
  range is a number after ``concrete()`` and that shares an index expression with another
  variable (``2*i + k_h - 1``).  They become Python ``for`` loops over that range.
* every other variable (batch, channels, pixels, symbolic-extent sums) becomes an *array
  axis*.  For each value of the constants, the loop bounds and divisibility conditions that
  involve one array variable are solved numerically on that axis: the solutions form an
  arithmetic progression ``start + step*u`` (e.g. ``s | h + p - d*k``), so the target is
  updated through a strided view and every affine read ``X[a*v + b]`` is a strided slice.
* the body is lowered to array expressions whose axes are the array variables; the product
  of factors is contracted over the summed axes with ``np.einsum`` (BLAS through tensordot).
* conditions coupling several array variables or reading data (``t[n] = k``) become 0/1
  masks; data-dependent indices (``grad_y[n, c, label[n, h, w]]``) become fancy indexing.
* ``WindowMax`` over constant offsets: the window is stacked over its offsets (reads outside
  the input give -inf) and reduced with ``max``; ``ArgmaxIs`` compares the first maximizer (the first
  maximizer in row-major order) with the offset, or shares among the ties.  A window over a
  symbolic range selected by a label (``label[n, h, w] = r``) is a segment reduction
  (``np.maximum.at`` / ``np.bincount``).
* ``Sum`` inside a body (softmax denominator, region sizes) is a reduction over a new axis;
  ``exp(a) / sum exp(b)`` and ``log sum exp(b)`` subtract the row maximum first.

Speed (the generated code stays generic over formulas):

* im2col: when every tap of a product of reads updates the same target view, the reads are
  taken for the whole tap grid at once (``_win``: one padded copy, then a strided view with
  the tap axes first, for taps that move the read affinely) and contracted with one matmul.
  Bounds of array sums that only keep a read inside its tensor are dropped first
  (:meth:`Lowering.relax_loops`), so weight gradients and dilated/strided convolutions take
  this path too.
* ``_contract`` copies a stacked operand once, directly into the layout the matmul wants,
  and picks a (broadcast) ``np.matmul`` whose product is already in the target's axis order.
* the index progressions of tap-dependent bounds are solved once per shape and tap
  (``_plan``); ``_rd`` slices without padding when a read stays inside its tensor; window
  maxima and first maximizers are reduced pairwise over the offsets (no stacked copy); a 0/1
  mask multiplies a real array as is (float32 stays float32).
* contract first, shift after (:meth:`Lowering.contract_first`): when the taps cannot be
  stacked (a strided convolution's input gradient, whose divisibility conditions give each
  tap its own residue class of target positions), ``sum_o A[.., o, shifted] * B[o, .., tap]``
  is one matmul over the whole tensors before the tap loops and each tap adds a strided
  slice of it.  Where the taps could be stacked too, the generated code picks by shape at
  run time: stacking copies the shifted read once per tap, so it loses when the contracted
  axis is the larger (a convolution's input gradient with more output than input channels).
  When the shifts move with unit step (stride 1, any dilation) and the term's conditions only
  keep reads inside, the shifted read is contracted on a zero-bordered grid where each tap's
  shift is one flat offset: a tap is one long contiguous add, not one short row at a time
  (:meth:`Lowering.flat_shifts`).
* per-shape plans in the runtime (``_contract``'s matmul layouts and buffer orders, ``_win``'s
  tap geometry, ``_rd``'s slices) are made once per operand shapes, so a repeated call runs
  only the NumPy operations; a contraction without batch labels is one plain matmul whose
  product is transposed into the target; scratch arrays (padded copies, im2col buffers,
  matmul products) are reused across calls (``_take`` / ``_release``: a
  fresh multi-megabyte array costs a page fault per page).
* ``backward(..., wrt=...)`` computes only the gradients asked for (None for the others).
"""
from __future__ import annotations

import itertools
import math
import re
import types
from dataclasses import dataclass
from pathlib import Path

import sympy as sp

from .. import indexing
from . import bind_hint, selector
from ..deltas import subs_free
from ..formula import Divides, Formula, Term
from ..ir import ArgmaxIs, IndexRange, WindowMax, relu, sigmoid, step

__all__ = ["generate", "load", "LoweringError"]


class LoweringError(NotImplementedError):
    """The formula has a shape this lowering does not handle; the message names the op."""


# ------------------------------------------------------------------------------ templates
def _template_dir() -> Path:
    try:
        from importlib.resources import files
        p = Path(str(files("derive.templates"))) / "numpy"
        if p.is_dir():
            return p
    except Exception:   # running from a source tree: templates/ beside the package
        pass
    return Path(__file__).resolve().parents[2] / "templates" / "numpy"


def _env():
    import jinja2
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(_template_dir())),
                              keep_trailing_newline=True, undefined=jinja2.StrictUndefined)


# ------------------------------------------------------------------------------ values
@dataclass
class Val:
    """A lowered value: Python code for an array whose axes are ``labels`` (in the
    instance's canonical order; a scalar when empty), of kind int / real / bool."""

    code: str
    labels: tuple
    kind: str

    @property
    def scalar(self):
        return not self.labels


class Names:
    """Python identifiers for symbols and temporaries, unique within a module."""

    def __init__(self, reserved=()):
        self.used = set(reserved) | {"np", "dt", "cache", "grad_output", "forward",
                                     "backward", "_forward"}
        self.of = {}

    def fresh(self, base: str) -> str:
        base = re.sub(r"\W", "_", base).strip("_") or "v"
        if base[0].isdigit():
            base = "v" + base
        name, i = base, 1
        while name in self.used:
            name = f"{base}_{i}"
            i += 1
        self.used.add(name)
        return name

    def sym(self, s) -> str:
        if s not in self.of:
            self.of[s] = self.fresh(s.name)
        return self.of[s]


def _is_num(e) -> bool:
    return sp.sympify(e).is_number


def _loosen(e, lo: bool):
    """A numeric bound containing ``e`` (lower: the numeric argument of a Max; upper: of a Min)."""
    e = sp.sympify(e)
    if e.is_number:
        return int(e)
    if lo and isinstance(e, sp.Max) or (not lo and isinstance(e, sp.Min)):
        nums = [int(a) for a in e.args if a.is_number]
        if nums:
            return max(nums) if lo else min(nums)
    return None


def _free_part(b, kind, labels):
    """The arguments of the Max / Min ``b`` that do not use ``labels``, as one bound (None
    when there are none)."""
    args = [a for a in (b.args if isinstance(b, kind) else (b,))
            if not sp.sympify(a).free_symbols & labels]
    return kind(*args) if args else None


def _quotient(e):
    """(numerator, denominator) of ``e``; the denominator of a sum also gathers its terms'
    rational coefficients (``-p/4 + q/2`` is ``(-p + 2 q) / 4``, which ``together`` does
    not always give)."""
    num, den = sp.fraction(sp.together(sp.sympify(e)))
    if den == 1:
        coefs = sp.expand(num).as_coefficients_dict().values()
        if all(c.is_Rational for c in coefs):
            den = sp.ilcm(1, *[c.q for c in coefs])
            num = sp.expand(num * den)
    return num, sp.Integer(den) if isinstance(den, int) else den


def _paren(code: str) -> str:
    """``code`` as an operand: parenthesized unless it is one token or already grouped."""
    if re.fullmatch(r"[\w.]+(\[[^\[\]]*\])?", code):
        return code
    if code.startswith("(") and code.endswith(")"):
        depth = 0
        for i, ch in enumerate(code):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0 and i < len(code) - 1:
                break
        else:
            return code
    return f"({code})"


_AXIS_VALUES = re.compile(r"\s*(\w+) = \w+ \+ \w+ \* np\.arange\(\w+\)$")


def _drop_unused_axes(lines: list[str]) -> list[str]:
    """Remove the index-value arrays of axes whose values no expression uses."""
    text = "\n".join(lines)
    out = []
    for line in lines:
        m = _AXIS_VALUES.fullmatch(line)
        if m and len(re.findall(r"\b%s\b" % re.escape(m.group(1)), text)) == 1:
            continue
        out.append(line)
    return out


_UNIT_STEPS = re.compile(r"(\s*)(\w+), (\w+), (\w+) = 0, 1, (.*)")


def _fold_unit_steps(lines: list[str]) -> list[str]:
    """``s, d, n = 0, 1, count`` (an axis from 0 by steps of 1): the literals replace the
    names of the start and the step where they are used."""
    consts = {}
    for line in lines:
        m = _UNIT_STEPS.fullmatch(line)
        if m:
            consts[m.group(2)], consts[m.group(3)] = "0", "1"
    if not consts:
        return lines
    names = re.compile(r"\b(%s)\b" % "|".join(map(re.escape, consts)))
    text = "\n".join(lines)
    out = []
    for line in lines:
        m = _UNIT_STEPS.fullmatch(line)
        if not m:
            out.append(names.sub(lambda x: consts[x.group(1)], line))
        elif len(re.findall(r"\b%s\b" % re.escape(m.group(4)), text)) > 1:   # count used
            out.append(f"{m.group(1)}{m.group(4)} = "
                       f"{names.sub(lambda x: consts[x.group(1)], m.group(5))}")
    return out


_REAL_CHECK = re.compile(r"\s*(\w+) = _real\(\1, '\1'\)")


def _unchecked(lines: list[str]) -> list[str]:
    """An entry's lines without its checks: every ``if`` whose whole block is one ``_fail``
    and every ``_real`` test (for callers that have validated the arguments themselves)."""
    def indent(line):
        return len(line) - len(line.lstrip())
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if _REAL_CHECK.fullmatch(line):
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        after = lines[i + 2] if i + 2 < len(lines) else ""
        if (line.lstrip().startswith("if ") and line.rstrip().endswith(":")
                and nxt.lstrip().startswith("_fail(") and indent(nxt) > indent(line)
                and (not after or indent(after) <= indent(line))):
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def flat_layout(op) -> bool:
    """Whether every tensor of ``op`` with axes has one axis, all of one extent (an elementwise
    op or a loss over two vectors): its module flattens inputs of any shape and gives results
    in the input's shape."""
    ts = [t for t in list(op.inputs) + [op.output] if t.axes]
    return all(t.rank == 1 and t.axes[0].extent == ts[0].axes[0].extent for t in ts)


def _bound_args(e, lo: bool):
    e = sp.sympify(e)
    if lo and isinstance(e, sp.Max) or (not lo and isinstance(e, sp.Min)):
        return list(e.args)
    return [e]


# ------------------------------------------------------------------------------ lowering
class Instance:
    """The array variables of one term instance (one value of the constants) and the code
    lines that compute them."""

    def __init__(self, low: "Lowering"):
        self.low = low
        self.labels: list = []          # canonical order of array variables
        self.env: dict = {}             # symbol -> Val (array variables, constants, sizes)
        self.prog: dict = {}            # array var -> (start, step, count) identifiers
        self.lines: list[str] = []
        # array var -> its extent, for an axis running over all of 0 .. extent - 1 (no
        # condition): a target slot or a read slot of that extent needs no slicing
        self.whole: dict = {}

    def order(self, labels) -> tuple:
        s = set(labels)
        return tuple(l for l in self.labels if l in s)

    def add_axis(self, var, lo_code, hi_code, conds=(), prefix=None):
        """Register an array variable with candidates lo..hi restricted by ``conds`` (each
        involving only this variable); emits its start / step / count."""
        L = self.low
        base = prefix or L.names.sym(var)
        s, d, n, a = (L.names.fresh(base + sfx) for sfx in ("_0", "_s", "_n", "_a"))
        if conds:
            cand = L.names.fresh(base + "_c")
            self.env[var] = Val(cand, (var,), "int")
            if var not in self.labels:
                self.labels.append(var)
            masks = [self.low.lower(c, self).code for c in conds]
            # the progression depends only on sizes and taps: solved once per shape (_plan)
            mask = " & ".join(masks)
            used = sorted({m for m in re.findall(r"(?<![\w.])([A-Za-z_]\w*)\b(?!\s*\()",
                                                   f"{lo_code} {hi_code} {mask}")
                           if m not in (cand, "np", "True", "False", "None")})
            key = ", ".join([repr(s)] + used)
            self.lines.append(f"{s}, {d}, {n} = _plan(({key},), lambda: _prog(*(lambda {cand}: "
                              f"({cand}, {mask}))(np.arange({lo_code}, {_paren(hi_code)} + 1))))")
        else:
            cnt = f"{_paren(hi_code)} + 1" if lo_code == "0" else \
                f"{_paren(hi_code)} - {_paren(lo_code)} + 1"
            self.lines.append(f"{s}, {d}, {n} = {lo_code}, 1, max(0, {cnt})")
        self.lines.append(f"{a} = {s} + {d} * np.arange({n})")
        if var not in self.labels:
            self.labels.append(var)
        self.env[var] = Val(a, (var,), "int")
        self.prog[var] = (s, d, n)
        return n


class Lowering:
    def __init__(self, op):
        self.op = op
        self.der = op.derive()
        self.con = self.der.concrete()
        self.rules = self.der.op_rules()
        tensors = list(op.inputs) + [op.output, self.der.upstream]
        self.tensors = {t.name: t for t in tensors}
        self.names = Names(reserved=[t.name for t in tensors])
        self.arr = {t.name: t.name for t in tensors}   # tensor -> array identifier
        self.sizes: dict = {}                            # size symbol -> identifier

    # ---------------------------------------------------------------- helpers
    def fail(self, why, ranges=()):
        """Refuse the op; ``ranges``: the expressions of a range that is not constant (the
        message then names the op's sizes to fix)."""
        raise LoweringError(f"{self.op.name}: cannot lower to NumPy: {why}"
                            f"{self.fix_hint(ranges)}")

    def fix_hint(self, ranges) -> str:
        """What to fix when a loop's range is not constant: the op's free sizes that bound
        a sum or window of the forward formula and appear in ``ranges``."""
        free = self.op.sizes()
        if not ranges or not free:
            return ""
        declared = set()
        for a in sp.sympify(self.op.formula).atoms(sp.Sum, WindowMax):
            for lim in a.limits:
                for e in lim[1:]:
                    declared |= sp.sympify(e).free_symbols
        used = set().union(*[sp.sympify(e).free_symbols for e in ranges])
        names = sorted(n for n, s in free.items() if s in declared and s in used) or \
            sorted(n for n, s in free.items() if s in declared)
        if not names:
            return ""
        return (f" (a NumPy kernel loops in Python only over constant ranges: fix "
                f"{' and '.join(names)}, e.g. {bind_hint(names, 'numpy')})")

    def tmp(self, base="t"):
        return self.names.fresh("_" + base)

    def align(self, v: Val, labels: tuple, inst: Instance) -> str:
        """Code for ``v`` broadcast against the axes ``labels`` (a superset, same order)."""
        if v.scalar or v.labels == labels:
            return v.code
        idx, it = [], iter(v.labels)
        nxt = next(it, None)
        for l in labels:
            if l == nxt:
                idx.append(":")
                nxt = next(it, None)
            else:
                idx.append("None")
        while idx and idx[0] == "None":     # leading new axes broadcast anyway
            idx.pop(0)
        while idx and idx[-1] == ":":       # so do trailing full slices
            idx.pop()
        return f"{_paren(v.code)}[{', '.join(idx)}]" if idx else v.code

    def as_real(self, v: Val) -> Val:
        if v.kind == "real" or v.scalar:
            return Val(v.code, v.labels, "real")
        return Val(f"({v.code}).astype(dt)", v.labels, "real")

    def combine(self, vals, op: str, inst, kind=None) -> Val:
        labels = inst.order(set().union(*[v.labels for v in vals]))
        kinds = {v.kind for v in vals}
        k = kind or ("real" if "real" in kinds else ("int" if "int" in kinds else "bool"))
        if k == "real":
            vals = [self.as_real(v) if v.kind != "real" else v for v in vals]
        code = f" {op} ".join(_paren(self.align(v, labels, inst)) for v in vals)
        return Val(f"({code})", labels, k)

    def fn(self, name, args, inst, kind="real") -> Val:
        labels = inst.order(set().union(*[a.labels for a in args]))
        if kind == "real":
            args = [self.as_real(a) if a.kind != "real" else a for a in args]
        code = f"{name}({', '.join(self.align(a, labels, inst) for a in args)})"
        return Val(code, labels, kind)

    def bind(self, v: Val, inst, base="t") -> Val:
        """Store a non-trivial value in a temporary (readable code, no recomputation)."""
        if re.fullmatch(r"[A-Za-z_]\w*", v.code) or v.scalar:
            return v
        name = self.tmp(base)
        inst.lines.append(f"{name} = {v.code}")
        return Val(name, v.labels, v.kind)

    # ---------------------------------------------------------------- expressions
    def lower(self, e, inst: Instance, fill="0.0") -> Val:
        e = sp.sympify(e)
        if e is sp.true:
            return Val("True", (), "bool")
        if e is sp.false:
            return Val("False", (), "bool")
        if e.is_Integer:
            return Val(str(int(e)), (), "int")
        if e.is_Rational or e.is_Float:
            return Val(repr(float(e)), (), "real")
        if e.is_Symbol or isinstance(e, sp.Dummy):
            if e in inst.env:
                return inst.env[e]
            if e in self.sizes:
                return Val(self.sizes[e], (), "int")
            if e.name in self.tensors and not self.tensors[e.name].axes:
                return Val(self.arr[e.name], (), "real")
            self.fail(f"unknown symbol {e}")
        if isinstance(e, sp.Indexed):
            return self.read(e, inst, fill)
        if isinstance(e, sp.Add):
            pos = [a for a in e.args if not a.could_extract_minus_sign()]
            neg = [-a for a in e.args if a.could_extract_minus_sign()]
            if not pos:
                v = self.lower(-e, inst, fill)
                return Val(f"(-{_paren(v.code)})", v.labels, v.kind)
            out = self.combine([self.lower(a, inst, fill) for a in pos], "+", inst)
            for a in neg:
                out = self.combine([out, self.lower(a, inst, fill)], "-", inst)
            return out
        if isinstance(e, sp.Mul) and e.could_extract_minus_sign() and not self.softmax_like(e):
            v = self.lower(-e, inst, fill)
            return Val(f"(-{_paren(v.code)})", v.labels, v.kind)
        if isinstance(e, sp.Mul):
            return self.mul(e, inst, fill)
        if isinstance(e, sp.Pow):
            b, x = e.args
            bv = self.lower(b, inst, fill)
            if x.is_Integer and x > 0:
                return Val(f"({bv.code}) ** {int(x)}", bv.labels, bv.kind)
            if x.is_Integer and x < 0:
                bv = self.as_real(bv)
                p = f"({bv.code})" if x == -1 else f"({bv.code}) ** {int(-x)}"
                return Val(f"(1.0 / {p})", bv.labels, "real")
            if x == sp.Rational(1, 2):
                return self.fn("np.sqrt", [bv], inst)
            xv = self.lower(x, inst, fill)
            return self.combine([bv, xv], "**", inst, "real")
        if isinstance(e, (sp.floor, sp.ceiling)):
            num, den = _quotient(e.args[0])
            nv = self.lower(num, inst, fill)
            dv = self.lower(den, inst, fill)
            if isinstance(e, sp.floor):
                return Val(f"({_paren(nv.code)} // {_paren(dv.code)})", nv.labels, "int") \
                    if dv.scalar else self.combine([nv, dv], "//", inst, "int")
            return Val(f"(-(-{_paren(nv.code)} // {_paren(dv.code)}))", nv.labels, "int") \
                if dv.scalar else self.fail("ceiling with an array denominator")
        if isinstance(e, sp.Mod):
            return self.combine([self.lower(a, inst, fill) for a in e.args], "%", inst, "int")
        if isinstance(e, (sp.Max, sp.Min)):
            vals = [self.lower(a, inst, fill) for a in e.args]
            kind = "real" if any(v.kind == "real" for v in vals) else "int"
            if all(v.scalar for v in vals):
                return Val(f"{'max' if isinstance(e, sp.Max) else 'min'}("
                           f"{', '.join(v.code for v in vals)})", (), kind)
            f = "np.maximum" if isinstance(e, sp.Max) else "np.minimum"
            out = vals[0]
            for v in vals[1:]:
                out = self.fn(f, [out, v], inst, kind)
            return out
        if isinstance(e, sp.exp):
            return self.fn("np.exp", [self.lower(e.args[0], inst, fill)], inst)
        if isinstance(e, sp.log):
            return self.log(e, inst, fill)
        if isinstance(e, sp.tanh):
            return self.fn("np.tanh", [self.lower(e.args[0], inst, fill)], inst)
        if isinstance(e, sigmoid):
            return self.fn("_sigmoid", [self.lower(e.args[0], inst, fill)], inst)
        if isinstance(e, relu):
            a = self.as_real(self.lower(e.args[0], inst, fill))
            return Val(f"np.maximum({a.code}, 0)", a.labels, "real")
        if isinstance(e, step):
            a = self.lower(e.args[0], inst, fill)
            return Val(f"(({a.code}) > 0)", a.labels, "bool")
        if isinstance(e, sp.Abs):
            return self.fn("np.abs", [self.lower(e.args[0], inst, fill)], inst)
        if isinstance(e, sp.KroneckerDelta):
            return self.combine([self.lower(a, inst, fill) for a in e.args], "==", inst, "bool")
        if isinstance(e, (sp.Eq, sp.Ne, sp.Ge, sp.Gt, sp.Le, sp.Lt)):
            o = {sp.Eq: "==", sp.Ne: "!=", sp.Ge: ">=", sp.Gt: ">", sp.Le: "<=",
                 sp.Lt: "<"}[type(e)]
            return self.combine([self.lower(a, inst, fill) for a in e.args], o, inst, "bool")
        if isinstance(e, sp.And):
            return self.combine([self.lower(a, inst, fill) for a in e.args], "&", inst, "bool")
        if isinstance(e, sp.Sum):
            return self.sum(e, inst, fill)
        if isinstance(e, WindowMax):
            return self.window_max(e, inst)
        if isinstance(e, ArgmaxIs):
            return self.argmax_is(e, inst)
        if isinstance(e, sp.Piecewise):
            out = Val("0.0", (), "real")
            for val, cond in reversed(e.args):
                v = self.lower(val, inst, fill)
                c = self.lower(cond, inst, fill)
                out = self.fn("np.where", [c, v, out], inst)
            return out
        self.fail(f"no NumPy lowering for {type(e).__name__} in {e}")

    @staticmethod
    def softmax_like(e):
        """``exp(a) * ... / sum_j exp(b)``: (the exp factors, the Sum powers) or None."""
        if not isinstance(e, sp.Mul):
            return None
        args = list(e.args)
        sums = [a for a in args if isinstance(a, sp.Pow) and a.exp == -1
                and isinstance(a.base, sp.Sum) and isinstance(a.base.function, sp.exp)]
        exps = [a for a in args if isinstance(a, sp.exp)]
        return (exps, sums) if len(sums) == 1 and len(exps) == 1 else None

    def mul(self, e, inst, fill) -> Val:
        args = list(e.args)
        # exp(a) / sum_j exp(b): subtract the maximum of b first (same value, no overflow)
        pat = self.softmax_like(e)
        if pat:
            exps, sums = pat
            S = sums[0].base
            m = self.bind(self.stabilizer(S, inst, fill), inst, "m")
            num = self.fn("np.exp", [self.combine([self.lower(exps[0].args[0], inst, fill), m],
                                                  "-", inst)], inst)
            den = self.sum(S, inst, fill, shift=m)
            rest = [self.lower(a, inst, fill) for a in args if a is not sums[0] and a is not exps[0]]
            return self.combine(rest + [num, Val(f"(1.0 / {den.code})", den.labels, "real")],
                                "*", inst)
        return self.combine([self.lower(a, inst, fill) for a in args], "*", inst)

    def log(self, e, inst, fill) -> Val:
        a = e.args[0]
        if isinstance(a, sp.Sum) and isinstance(a.function, sp.exp):
            m = self.bind(self.stabilizer(a, inst, fill), inst, "m")
            s = self.sum(a, inst, fill, shift=m)
            return self.combine([m, self.fn("np.log", [s], inst)], "+", inst)
        return self.fn("np.log", [self.lower(a, inst, fill)], inst)

    def stabilizer(self, S: sp.Sum, inst, fill) -> Val:
        """max over the summation variables of the exponent of ``sum exp(b)``."""
        return self.sum(S, inst, fill, reduce="max")

    def nested_axes(self, limits, inst, body):
        """Fresh array axes for the bound variables of a Sum; returns the body with them
        substituted, the new labels and the condition of the exact range (None when the
        axes span it)."""
        rep, new, keep = {}, [], []
        labels = set(inst.labels)
        for v, lo, hi in limits:
            lo, hi = sp.sympify(lo), sp.sympify(hi)
            if (lo.free_symbols | hi.free_symbols) & labels:
                # a range that moves with an array index (a nested sum's bounds that keep
                # its reads inside the input): the axis spans the arguments of the Max / Min
                # free of array indices, a mask keeps the exact range
                lo2, hi2 = (_free_part(lo, sp.Max, labels), _free_part(hi, sp.Min, labels))
                if lo2 is None or hi2 is None:
                    self.fail(f"the range of {v} depends on an array index", (lo, hi))
                keep += [sp.Ge(v, lo), sp.Le(v, hi)]
                lo, hi = lo2, hi2
            d = sp.Dummy(v.name, integer=True)
            rep[v] = d
            lo_c = self.lower(sp.sympify(lo).xreplace(rep), inst).code
            hi_c = self.lower(sp.sympify(hi).xreplace(rep), inst).code
            inst.add_axis(d, lo_c, hi_c)
            new.append(d)
        mask = sp.And(*keep).xreplace(rep) if keep else None
        return sp.sympify(body).xreplace(rep), new, mask

    def sum(self, e: sp.Sum, inst, fill, shift=None, reduce="sum") -> Val:
        body, new, mask = self.nested_axes(e.limits, inst, e.function)
        if reduce == "max":
            body = body.args[0]          # the exponent of exp(b)
        # segment count: sum over the region of [key(pixels) = key'] -> bincount + gather
        if reduce == "sum" and shift is None and mask is None and \
                isinstance(body, sp.KroneckerDelta):
            seg = self.segment("sum", sp.S.One, body, new, inst)
            if seg is not None:
                return seg
        v = self.lower(body, inst, fill)
        if shift is not None:
            v = self.fn("np.exp", [self.combine([self.lower(body.args[0], inst, fill), shift],
                                                "-", inst)], inst)
        v = self.as_real(v) if reduce == "sum" else v
        if mask is not None:             # outside the exact range: nothing to add / compare
            v = self.fn("np.where", [self.lower(mask, inst),
                                     self.as_real(v), Val("0.0" if reduce == "sum" else
                                                          "-np.inf", (), "real")], inst)
        red = [l for l in new if l in v.labels]
        full = v.labels
        mult = [inst.prog[l][2] for l in new if l not in v.labels]
        if red:
            axes = tuple(full.index(l) for l in red)
            f = "np.sum" if reduce == "sum" else "np.max"
            v = Val(f"{f}({v.code}, axis={axes if len(axes) > 1 else axes[0]})",
                    tuple(l for l in full if l not in red), v.kind)
        if mult and reduce == "sum":
            v = Val(f"({v.code}) * ({' * '.join(mult)})", v.labels, v.kind)
        return self.bind(v, inst, "s")

    # ---------------------------------------------------------------- reads
    def read(self, e: sp.Indexed, inst: Instance, fill, taps=None) -> Val:
        """``taps``: (tap variables, their counts) -- read every tap of that grid at once
        (``_win``: a strided view with the tap axes first; the tap variables are bound to the
        grid's first tap in ``inst.env``); None when the read is not affine in the taps."""
        name = str(e.base)
        if name not in self.tensors:
            self.fail(f"read of unknown tensor {name}")
        t = self.tensors[name]
        arr = self.arr[name]
        kind = "int" if t.kind == "index" else "real"
        specs, slab = [], []
        fancy = False
        for ix in e.indices:
            ix = sp.sympify(ix)
            if ix.atoms(sp.Indexed):
                fancy = True
                break
            avs = [s for s in ix.free_symbols if s in inst.prog]
            if len(avs) > 1:
                fancy = True
                break
            if not avs:
                specs.append(self.lower(ix, inst).code)
                continue
            v = avs[0]
            if v in slab:
                fancy = True
                break
            coef = sp.expand(ix).coeff(v)
            if not coef.is_Rational or sp.expand(ix - coef * v).has(v):
                fancy = True
                break
            s, d, n = inst.prog[v]
            start = self.exact(ix.xreplace({v: sp.Symbol("__s")}), inst, {"__s": s})
            cn, cd = sp.fraction(coef)
            stp = f"({int(cn)} * {d}) // {int(cd)}" if cd != 1 else (
                d if cn == 1 else f"{int(cn)} * {d}")
            specs.append(f"({start}, {stp}, {n})")
            slab.append(v)
        if not fancy and taps is not None:
            tvars, counts = taps
            deltas = []
            for k in tvars:
                row = []
                for ix in e.indices:
                    c = sp.expand(sp.sympify(ix)).coeff(k)
                    if not c.is_Integer or sp.expand(ix - c * k).has(k):
                        return None
                    row.append(int(c))
                deltas.append(tuple(row))
            order = inst.order(slab)
            perm = tuple(slab.index(l) for l in order) if tuple(slab) != order else None
            code = (f"_win(cache, {name!r}, {arr}, {fill}, ({', '.join(specs)},), "
                    f"{tuple(deltas)}, {tuple(counts)}" + (f", {perm})" if perm else ")"))
            return Val(code, order, kind)
        if taps is not None:
            return None
        if not fancy and len(slab) == len(e.indices) and all(
                sp.sympify(ix) == v and v in inst.whole and
                sp.expand(inst.whole[v] - self.ext(x)) == 0
                for ix, v, x in zip(e.indices, slab, getattr(t, "slot_extents", ()))):
            # every slot read whole, in order: the array itself
            order = inst.order(slab)
            if tuple(slab) != order:
                return Val(f"{arr}.transpose({tuple(slab.index(l) for l in order)})", order, kind)
            return Val(arr, order, kind)
        if not fancy:
            code = f"_rd(cache, {name!r}, {arr}, {fill}, ({', '.join(specs)},))"
            order = inst.order(slab)
            if tuple(slab) != order:
                perm = tuple(slab.index(l) for l in order)
                code = f"{code}.transpose({perm})"
            return Val(code, order, kind)
        # a quotient (a solved position, exact where the term's divisibility condition
        # holds) is floored: an integer everywhere, its value ignored where the condition
        # masks the term
        idx = [self.lower(ix if _quotient(ix)[1] == 1 else sp.floor(ix), inst)
               for ix in e.indices]
        labels = inst.order(set().union(*[v.labels for v in idx]))
        codes = ", ".join(self.align(v, labels, inst) for v in idx)
        return Val(f"_gt(cache, {name!r}, {arr}, {fill}, [{codes}])", labels, kind)

    def exact(self, ix, inst, extra) -> str:
        """Integer code for an index expression known to be an integer (exact division)."""
        num, den = _quotient(ix)
        saved = dict(inst.env)
        for k, v in extra.items():
            inst.env[sp.Symbol(k)] = Val(v, (), "int")
        try:
            nc = self.lower(sp.expand(num), inst).code
            dc = self.lower(den, inst).code
        finally:
            inst.env = saved
        return nc if den == 1 else f"({_paren(nc)} // {_paren(dc)})"

    # ---------------------------------------------------------------- windows
    def window_points(self, w: WindowMax):
        ranges = []
        for v, lo, hi in w.limits:
            a, b = _loosen(lo, True), _loosen(hi, False)
            if a is None or b is None:
                return None
            ranges.append((v, a, b))
        return ranges

    def window_stack(self, w: WindowMax, inst) -> tuple[Val, list]:
        ranges = self.window_points(w)
        vals = []
        for pt in itertools.product(*[range(a, b + 1) for _, a, b in ranges]):
            rep = {v: sp.Integer(x) for (v, _, _), x in zip(ranges, pt)}
            body = self.as_real(self.lower(w.body.xreplace(rep), inst, fill="-np.inf"))
            if w.where != sp.true:
                c = self.lower(sp.sympify(w.where).xreplace(rep), inst)
                body = self.fn("np.where", [c, body, Val("-np.inf", (), "real")], inst)
            vals.append(body)
        labels = inst.order(set().union(*[v.labels for v in vals]))
        name = self.tmp("win")
        # one entry per window offset, in row-major order (the order of the tie rule)
        inst.lines.append(f"{name} = []")
        for pt, v in zip(itertools.product(*[range(a, b + 1) for _, a, b in ranges]), vals):
            inst.lines.append(f"{name}.append({self.align(v, labels, inst)})  # offset {pt}")
        inst.lines.append(f"{name} = _bcast({name})  # reduced pairwise, not stacked")
        return Val(name, labels, "real"), ranges

    def window_max(self, w: WindowMax, inst) -> Val:
        if self.window_points(w) is None:
            seg = self.segment("max", w.body, w.where, None, inst, window=w)
            if seg is None:
                self.fail(f"window {w} has neither constant offsets nor a label selection",
                      [e for lim in w.limits for e in lim[1:]])
            return seg
        st, _ = self.window_stack(w, inst)
        empty = "-np.inf" if w.empty == -sp.oo else repr(float(w.empty))
        return Val(f"_wmax({st.code}, {empty})", st.labels, "real")

    def argmax_is(self, e: ArgmaxIs, inst) -> Val:
        w = e.window
        if self.window_points(w) is None:
            seg = self.segment_argmax(w, e.at, inst)
            return seg
        ranges = self.window_points(w)
        pos, stride = sp.S.Zero, 1
        for (v, a, b), at in reversed(list(zip(ranges, e.at))):
            pos += (at - a) * stride
            stride *= b - a + 1
        p = self.lower(pos, inst)
        if not p.scalar:
            self.fail("ArgmaxIs at an array position over a constant window")
        table = self.argmax_table(e, inst, p.code)
        if table is not None:
            return table
        st, ranges = self.window_stack(w, inst)
        kind = "bool" if w.ties == "first" else "real"
        return Val(f"_share({st.code}, {p.code}, {w.ties!r})", st.labels, kind)

    def argmax_table(self, e: ArgmaxIs, inst, pos_code):
        """The tie rule once per window instead of once per tap.

        Written in the index ``u`` of another read of the term (the upstream ``grad_y[.., u]``
        read at ``u = (h + p - k)/s``), the window often no longer depends on the taps: then
        its tie-rule table is built once over the full range of ``u`` (the forward
        orientation) before the tap loops, and each tap reads a strided slice of it."""
        ctx = getattr(inst, "ctx", None)
        if ctx is None:
            return None
        w = e.window
        avs = [v for v in inst.labels if v in w.free_symbols and v in inst.prog]
        outside = sp.sympify(ctx["body"]).xreplace({e: sp.S.One})
        for R in sorted(outside.atoms(sp.Indexed), key=str):
            slots, ok = {}, True
            for k, ix in enumerate(R.indices):
                ix = sp.sympify(ix)
                vs = [v for v in ix.free_symbols if v in inst.prog]
                if ix.atoms(sp.Indexed) or len(vs) > 1 or (vs and vs[0] in slots):
                    ok = False
                    break
                if vs:
                    coef = sp.expand(ix).coeff(vs[0])
                    if not coef.is_Rational or coef == 0 or sp.expand(ix - coef * vs[0]).has(vs[0]):
                        ok = False
                        break
                    slots[vs[0]] = (k, ix, coef)
            if not ok or not all(v in slots for v in avs):
                continue
            rep, us = {}, []
            for v in avs:
                k, ix, coef = slots[v]
                u = sp.Dummy(f"u_{v.name}", integer=True)
                rep[v] = sp.expand(v + (u - ix) / coef)      # ix(v) = u
                us.append((v, u, k))
            w2 = w.xreplace(rep)
            if w2.free_symbols & ctx["const"]:
                continue
            tensor = self.tensors[str(R.base)]
            sub = Instance(self)
            sub.labels = [u for _, u, _ in us]
            for v, u, k in us:
                hi = self.lower(self.ext(tensor.slot_extents[k]) - 1, sub).code
                sub.add_axis(u, "0", hi, prefix="u_" + self.names.sym(v))
            st, _ = self.window_stack(w2, sub)
            tab = self.tmp("tie")
            if w.ties == "first":
                sub.lines.append(f"{tab} = _first_max({st.code})  # first maximizer")
            else:
                sub.lines.append(f"{tab} = _maxima({st.code})  # maximizers")
                sub.lines.append(f"{tab}_n = np.maximum({tab}.sum(axis=0), 1)")
            ctx["pre"].extend(sub.lines)
            # this tap's positions: the read's index at the term's progressions
            idx = []
            back = {u: v for v, u, _ in us}
            for u in st.labels:
                v = back[u]
                k, ix, coef = slots[v]
                s0, d, n = inst.prog[v]
                start = self.exact(ix.xreplace({v: sp.Symbol("__s")}), inst, {"__s": s0})
                cn, cd = sp.fraction(coef)
                stp = f"({int(cn)} * {d}) // {int(cd)}" if cd != 1 else (
                    d if cn == 1 else f"{int(cn)} * {d}")
                idx.append(f"_sl({start}, {stp} if {n} > 1 else 1, {n})")
            labels = tuple(back[u] for u in st.labels)
            sl = ", ".join(idx)
            if w.ties == "first":
                return Val(f"({tab}[{sl}] == {pos_code})", labels, "bool")
            return Val(f"({tab}[{pos_code}][{sl}] / {tab}_n[{sl}])", labels, "real")
        return None

    # ---------------------------------------------------------------- segments
    def _split_delta(self, delta, window_vars):
        """``KroneckerDelta(a, b)`` with ``a`` depending on the window variables and ``b``
        not: (a, b), else None."""
        if not isinstance(delta, sp.KroneckerDelta):
            return None
        a, b = delta.args
        wv = set(window_vars)
        if a.free_symbols & wv and not b.free_symbols & wv:
            return a, b
        if b.free_symbols & wv and not a.free_symbols & wv:
            return b, a
        return None

    def segment_table(self, kind, body, key, new, inst):
        """Reduce ``body`` over the axes ``new`` into segments given by ``key`` (an integer
        expression over them): Val with labels (rest..., SEG) where SEG is a fresh label."""
        kv = self.lower(key, inst)
        bv = self.as_real(self.lower(body, inst))
        labels = inst.order(set(kv.labels) | set(bv.labels) | set(new))
        rest = [l for l in labels if l not in new]
        order = tuple(rest) + tuple(new)
        perm = tuple(labels.index(l) for l in order)
        bk = self.tmp("bk")
        inst.lines.append(f"{bk} = [z.transpose({perm}) for z in np.broadcast_arrays("
                          f"{self.align(bv, labels, inst)}, {self.align(kv, labels, inst)})]")
        nseg = self.tmp("nseg")
        inst.lines.append(f"{nseg} = int({bk}[1].max()) + 1 if {bk}[1].size else 1")
        tab = self.tmp("seg")
        inst.lines.append(f"{tab} = _segment({kind!r}, {bk}[0], {bk}[1], {len(new)}, {nseg})")
        return tab, tuple(rest), nseg, bk

    def gather_seg(self, tab, rest, other: Val, inst, kind="real") -> Val:
        """table[rest..., other] with ``other`` an integer Val."""
        labels = inst.order(set(rest) | set(other.labels))
        idx = []
        for l in rest:
            idx.append(self.align(Val(f"np.arange({tab}.shape[{rest.index(l)}])", (l,), "int"),
                                  labels, inst))
        idx.append(self.align(other, labels, inst))
        nseg = f"{tab}.shape[-1]"
        return Val(f"{tab}[({', '.join(idx)},)]", labels, kind), nseg

    def segment(self, kind, body, delta, new, inst, window=None):
        if window is not None:
            rep = {}
            for v, lo, hi in window.limits:
                rep[v] = sp.Dummy(v.name, integer=True)
            body = window.body.xreplace(rep)
            delta = sp.sympify(window.where).xreplace(rep)
            new = []
            for (v, lo, hi) in window.limits:
                d = rep[v]
                lo_c = self.lower(sp.sympify(lo).xreplace(rep), inst).code
                hi_c = self.lower(sp.sympify(hi).xreplace(rep), inst).code
                inst.add_axis(d, lo_c, hi_c)
                new.append(d)
        sp_ = self._split_delta(delta, new)
        if sp_ is None:
            return None
        key, other = sp_
        tab, rest, nseg, _ = self.segment_table(kind, body, key, new, inst)
        ov = self.lower(other, inst)
        # keys outside the table (a region with no pixel) select nothing: clip + mask
        ovc = Val(f"np.minimum({ov.code}, {tab}.shape[-1] - 1)", ov.labels, "int")
        g, _ = self.gather_seg(tab, rest, ovc, inst)
        inside = Val(f"({ov.code} < {tab}.shape[-1])", ov.labels, "bool")
        g = self.fn("np.where", [inside, g, Val("0.0" if kind == "sum" else "-np.inf", (), "real")], inst)
        if kind == "max":
            g = Val(f"np.where(np.isneginf({g.code}), 0, {g.code})", g.labels, "real")
        return self.bind(g, inst, "seg")

    def segment_argmax(self, w: WindowMax, at, inst) -> Val:
        """Share of window position ``at`` in a label-selected window (segment max)."""
        rep = {v: sp.Dummy(v.name, integer=True) for v, _, _ in w.limits}
        body = w.body.xreplace(rep)
        delta = sp.sympify(w.where).xreplace(rep)
        new = []
        for (v, lo, hi) in w.limits:
            d = rep[v]
            inst.add_axis(d, self.lower(sp.sympify(lo).xreplace(rep), inst).code,
                          self.lower(sp.sympify(hi).xreplace(rep), inst).code)
            new.append(d)
        sp_ = self._split_delta(delta, new)
        if sp_ is None:
            self.fail(f"window {w} has neither constant offsets nor a label selection",
                      [e for lim in w.limits for e in lim[1:]])
        key, other = sp_
        tab, rest, nseg, bk = self.segment_table("max", body, key, new, inst)
        # each pixel: is it a maximizer of its own segment?
        at_rep = {rep[v]: a for (v, _, _), a in zip(w.limits, at)}
        own_key = self.lower(key.xreplace(at_rep), inst)
        val_at = self.as_real(self.lower(body.xreplace(at_rep), inst))
        # the share goes to `at` only when `at` lies in the window selected by `other`
        member = self.combine([own_key, self.lower(other, inst)], "==", inst, "bool")
        if w.ties == "split":
            m_at, _ = self.gather_seg(tab, rest, own_key, inst)
            is_max = self.bind(self.combine([val_at, m_at], "==", inst, "bool"), inst, "ismax")
            # number of maximizers per segment
            ism = self.combine([Val(f"{bk}[0]", tuple(rest) + tuple(new), "real"),
                                Val(f"np.take_along_axis({tab}, {bk}[1].reshape({bk}[1].shape[:{len(rest)}] + (-1,)), axis=-1).reshape({bk}[1].shape)",
                                    tuple(rest) + tuple(new), "real")], "==", inst, "bool")
            cnt = self.tmp("cnt")
            inst.lines.append(f"{cnt} = _segment('sum', ({ism.code}).astype(np.float64), "
                              f"{bk}[1], {len(new)}, {tab}.shape[-1])")
            c_at, _ = self.gather_seg(cnt, rest, own_key, inst)
            share = self.combine([self.as_real(is_max), Val(f"(1.0 / np.maximum({c_at.code}, 1))",
                                                            c_at.labels, "real")], "*", inst)
            return self.combine([share, member], "*", inst)
        # first: the row-major position of the first maximizer of each segment
        pos, stride = sp.S.Zero, sp.S.One
        for d in reversed(new):
            s, st_, n = inst.prog[d]
            pos += (d - sp.Symbol(s)) * stride
            stride *= sp.Symbol(n)
        saved = dict(inst.env)
        for d in new:
            s, st_, n = inst.prog[d]
            inst.env[sp.Symbol(s)] = Val(s, (), "int")
            inst.env[sp.Symbol(n)] = Val(n, (), "int")
        posv = self.lower(pos, inst)
        ism_all = self.combine([Val(f"{bk}[0]", tuple(rest) + tuple(new), "real"),
                                Val(f"np.take_along_axis({tab}, {bk}[1].reshape({bk}[1].shape[:{len(rest)}] + (-1,)), axis=-1).reshape({bk}[1].shape)",
                                    tuple(rest) + tuple(new), "real")], "==", inst, "bool")
        big = self.tmp("pos")
        inst.lines.append(f"{big} = np.where({ism_all.code}, np.broadcast_to("
                          f"{self.align(posv, tuple(rest) + tuple(new), inst)}, {bk}[0].shape), -1)")
        first = self.tmp("first")
        # maximum of the negated position = minimum position; -1 marks non-maximizers
        inst.lines.append(f"{first} = -_segment('max', np.where({big} < 0, -np.inf, -{big}.astype(np.float64)), {bk}[1], {len(new)}, {tab}.shape[-1])")
        pos_at = self.lower(pos.xreplace(at_rep), inst)
        inst.env = saved
        f_at, _ = self.gather_seg(first, rest, own_key, inst)
        hit = self.combine([pos_at, f_at], "==", inst, "bool")
        return self.combine([self.as_real(hit), member], "*", inst)

    # ---------------------------------------------------------------- terms
    def index_exprs(self, e):
        """Affine index expressions of every read (not data-dependent ones)."""
        out = []
        for r in sp.sympify(e).atoms(sp.Indexed):
            for ix in r.indices:
                ix = sp.sympify(ix)
                if not ix.atoms(sp.Indexed):
                    out.append(ix)
        for w in sp.sympify(e).atoms(WindowMax):
            out += self.index_exprs(w.body)
        return out

    def selector_scatter(self, f: Formula, t: Term, out: str, lines: list, indent: int) -> bool:
        """A term selected by a first maximizer (the max-pooling gradient) from the upstream
        side (:mod:`derive.codegen.selector`): the tie table over the whole of the read ``R``
        gives each position's maximizer ``k``, the element it adds to solves ``E(x, k) = u``,
        and one ``np.add.at`` adds every position's value there, where the term's remaining
        conditions hold (a mask).  One pass over ``R`` instead of one strided update of the
        whole gradient per window offset.  Returns False (nothing emitted) for other terms."""
        s = selector.match(f, t, t.body, self.tensors,
                           lambda d: sp.Dummy(f"u{d}", integer=True))
        if s is None:
            return False
        ranges = self.window_points(s.argmax.window)
        R, us, kvars, sol, w2 = s.read, s.positions, s.offsets, s.solution, s.window
        tensor = self.tensors[str(R.base)]
        if (ranges is None or any(ax.parts for ax in tensor.axes)
                or len(R.indices) != len(tensor.slot_extents) or len(s.reads) != 1):
            return False
        free = list(f.index)
        sub = Instance(self)
        sub.labels = list(us)
        si = self._size_inst()
        for d, u in enumerate(us):
            hi = self.lower(self.ext(tensor.slot_extents[d]) - 1, si).code
            sub.add_axis(u, "0", hi, prefix=f"u{d}")
        st, _ = self.window_stack(w2, sub)
        if tuple(st.labels) != tuple(us):
            return False
        tie = self.tmp("tie")
        sub.lines.append(f"{tie} = _first_max({st.code})  # first maximizer of every window")
        # what depends on the sizes only -- the per-code offset tables, the flat index of each
        # position's element and of each offset -- is made once per shape (_plan, when small)
        # by a nested function over axes of its own
        mk = Instance(self)
        mk.labels = list(us)
        for d, u in enumerate(us):
            hi = self.lower(self.ext(tensor.slot_extents[d]) - 1, si).code
            mk.add_axis(u, "0", hi, prefix=f"p{d}")
        # per code (the maximizer's row-major rank in the window): its offsets k
        volume = math.prod(h - l + 1 for _, l, h in ranges)
        kc = {}
        for d, (k, (_, lo, hi)) in enumerate(zip(kvars, ranges)):
            stride = math.prod(h - l + 1 for _, l, h in ranges[d + 1:])
            kc[k] = self.tmp(f"k{d}_of")
            vals = [lo + (c // stride) % (hi - lo + 1) for c in range(volume)]
            mk.lines.append(f"{kc[k]} = np.array({vals}, dtype=np.int64)")
        # the element's flat index: a part in the positions u plus a part in the offsets k
        parts = selector.flat_parts(s, free, [self.ext(r) for r in f.ranges])
        if parts is None:
            return False
        flat_u, flat_k = parts
        space = {u: (sp.S.Zero, self.ext(x) - 1) for u, x in zip(us, tensor.slot_extents)}
        space.update({k: (sp.Integer(lo), sp.Integer(hi)) for k, (_, lo, hi) in zip(kvars, ranges)})
        keep = selector.conditions(f, t, s, self.ext, space)
        if keep is None:
            return True              # the term adds nothing
        codes = Instance(self)
        for k in kvars:
            codes.env[k] = Val(kc[k], (), "int")
        off, base, fn = self.tmp("shift"), self.tmp("at_base"), self.tmp("at_plan")
        made = [base, off] + [kc[k] for k in kvars]
        body = _drop_unused_axes(mk.lines + [
            f"return ({self.align(self.lower(flat_u, mk), tuple(us), mk)}, "
            f"{self.lower(flat_k, codes).code}, {', '.join(kc[k] for k in kvars)})"])
        sub.lines.append(f"def {fn}():")
        sub.lines += ["    " + l for l in body]
        key = ", ".join([repr(fn)] + sorted(set(self.sizes.values())))
        sub.lines.append(f"{', '.join(made)} = _plan(({key},), {fn})")
        idx = self.tmp("at")
        sub.lines.append(f"{idx} = {base} + {off}[{tie}]")
        R_code = self.arr[str(R.base)]
        val = R_code if s.coef == 1 else f"{float(s.coef)!r} * {R_code}"
        # windows that do not overlap: each element gets at most one value, assigned into the
        # zeroed gradient (no accumulating np.add.at)
        disjoint = selector.disjoint(s, [(lo, hi) for _, lo, hi in ranges])

        def put(at, v):
            if disjoint:
                return f"{out}.reshape(-1)[{at}] = {v}  # windows do not overlap"
            return f"np.add.at({out}.reshape(-1), {at}, {v})"
        if keep:
            for k in kvars:
                kn = self.tmp(f"k_{k.name}")
                sub.lines.append(f"{kn} = {kc[k]}[{tie}]")
                sub.env[k] = Val(kn, tuple(us), "int")
            m = self.tmp("ok")
            code = " & ".join(_paren(self.align(self.lower(c, sub), tuple(us), sub))
                              for c in keep)
            sub.lines.append(f"{m} = np.broadcast_to({code}, {R_code}.shape)")
            sub.lines.append(put(f"{idx}[{m}]", f"({val})[{m}]"))
        else:
            sub.lines.append(put(f"{idx}.ravel()", f"({val}).ravel()"))
        pad = "    " * indent
        lines += [pad + l for l in sub.lines]
        return True

    def term(self, f: Formula, t: Term, out: str, lines: list, indent: int):
        """Emit ``out[...] += term`` for every value of the term's constants.  A product of
        two reads summed over taps and a shared axis can be lowered two ways: the taps
        stacked (im2col: the shifted read copied once per tap) or contracted first (one
        matmul, then a shifted slice added per tap).  The copy grows with the shared axis,
        the matmul's product with the other read's free axes, so when both apply the code
        picks at run time the one that moves less (:meth:`contract_first`)."""
        if self.selector_scatter(f, t, out, lines, indent):
            return
        stacked = []
        if self._term(f, t, out, stacked, indent) == "stacked":
            first = []
            cost = self._term(f, t, out, first, indent + 1, "first")
            if cost:
                shared, other = cost
                if shared.is_number and other.is_number:      # decided here (sizes fixed)
                    lines += [l[4:] for l in first] if shared > other else stacked
                    return
                pad = "    " * indent
                lines.append(pad + f"if {self.lower(shared, Instance(self)).code} > "
                                   f"{self.lower(other, Instance(self)).code}:  "
                                   "# the taps' copy would be larger than the product")
                lines += first
                lines.append(pad + "else:")
                lines += ["    " + l for l in stacked]
                return
        lines += stacked

    def _term(self, f: Formula, t: Term, out: str, lines: list, indent: int, mode=None):
        """Lower one term; returns "stacked" when its taps were stacked.  ``mode="first"``:
        only the contract-first lowering with the tap bounds kept (each tap's slice inside
        the product), emitting nothing and returning None when it does not apply; it
        returns its cost sizes (:meth:`contract_first`)."""
        free = list(f.index)
        franges = {v: sp.sympify(r) for v, r in zip(f.index, f.ranges)}
        loops = {r.var: r for r in t.sums}
        tv = set(free) | set(loops)

        def numeric_range(v):
            if v in franges:
                r = franges[v]
                return (0, int(r) - 1) if r.is_number else None
            a, b = _loosen(loops[v].lo, True), _loosen(loops[v].hi, False)
            return None if a is None or b is None else (a, b)

        const: list = []
        exprs = self.index_exprs(t.body) + [d.expr for d in t.divides]
        for ix in exprs:
            vs = [v for v in ix.free_symbols if v in tv and v not in const]
            while len(vs) > 1:
                cands = [(numeric_range(v), v) for v in vs if numeric_range(v) is not None]
                if not cands:
                    break        # no constant range to loop over: a gather (fancy indexing)
                (a, b), v = min(cands, key=lambda c: (c[0][1] - c[0][0], str(c[1])))
                const.append(v)
                vs.remove(v)
        # a loop whose bounds depend on an array index must be a constant loop
        changed = True
        while changed:
            changed = False
            for v, r in loops.items():
                if v in const:
                    continue
                dep = (sp.sympify(r.lo).free_symbols | sp.sympify(r.hi).free_symbols) & tv
                if dep - set(const):
                    if numeric_range(v) is None:
                        moved = self.reindex(t, v)
                        if moved is not None:
                            return self._term(f, moved, out, lines, indent, mode)
                        self.fail(f"the range of {v} depends on {sorted(map(str, dep))}",
                                  (r.lo, r.hi))
                    const.append(v)
                    changed = True
        const_free = [v for v in free if v in const]
        const_loop = [r.var for r in t.sums if r.var in const]
        arr_free = [v for v in free if v not in const]
        arr_loop = [r.var for r in t.sums if r.var not in const]

        inst = Instance(self)
        inst.ctx = {"body": t.body, "const": set(const), "pre": []}
        pad = "    " * indent
        head: list[str] = []
        depth = indent
        for v in const_free + const_loop:
            a, b = numeric_range(v)
            name = self.names.sym(v)
            inst.env[v] = Val(name, (), "int")
            head.append("    " * depth + f"for {name} in range({a}, {b + 1}):")
            depth += 1
        # conditions
        conds = []
        for v in const_loop:
            r = loops[v]
            conds += [sp.Ge(v, a) for a in _bound_args(r.lo, True) if not a.is_number]
            conds += [sp.Le(v, b) for b in _bound_args(r.hi, False) if not b.is_number]
        conds += list(t.guards)
        conds += [sp.Eq(sp.Mod(d.expr, d.modulus), 0) for d in t.divides]
        masks = list(t.filters)
        arr_vars = arr_free + arr_loop
        scalar_c, per_var, multi = [], {v: [] for v in arr_vars}, []
        box = {v: numeric_range(v) for v in const}
        box.update({v: (sp.S.Zero, franges[v] - 1) for v in arr_free})
        box.update({v: (loops[v].lo, loops[v].hi) for v in arr_loop})
        for c in conds:
            c = sp.sympify(c)
            if self.always(c, box):
                continue
            if c is sp.false:
                return None
            if c.atoms(sp.Indexed):
                multi.append(c)
                continue
            vs = [v for v in arr_vars if v in c.free_symbols]
            if not vs:
                scalar_c.append(c)
            elif len(vs) == 1:
                per_var[vs[0]].append(c)
            else:
                multi.append(c)
        # a product of reads (zero outside): bounds that only keep the reads inside their
        # tensors can go, the zero padding gives the same sum (then the taps can be stacked
        # into one contraction, or contracted first on a zero-bordered grid)
        inside = True          # every condition only keeps a read inside its tensor
        if self.reads_only(t) and (scalar_c or any(per_var.values())):
            slots = []
            for r in sp.Mul.make_args(t.body):
                if isinstance(r, sp.Indexed):
                    ext = self.tensors[str(r.base)].slot_extents
                    slots += [(sp.sympify(ix), self.ext(x)) for ix, x in zip(r.indices, ext)]
            every = scalar_c + [c for cs in per_var.values() for c in cs]
            inside = all(self.implied(c, slots, box) for c in every)
            if inside and mode is None:
                scalar_c, per_var = [], {v: [] for v in arr_vars}
        padded = inside and self.reads_only(t) and not multi and not masks
        for c in scalar_c:
            head.append("    " * depth + f"if {self.lower(c, inst).code}:")
            depth += 1
        # loop bounds: drop Max/Min arguments that never decide on the box (an unpadded
        # convolution's tap bounds), so that fewer axes depend on the taps
        small = {v: b for v, b in box.items() if v not in loops or v in const}
        loops = {v: (r if v in const else IndexRange(v, self.simplify_bound(r.lo, True, small),
                                                    self.simplify_bound(r.hi, False, small)))
                 for v, r in loops.items()}
        if mode is None and self.reads_only(t) and not scalar_c and not multi and \
                not masks and not any(per_var.values()):
            loops = self.relax_loops(t, loops, arr_loop, set(const), box)
        counts = []
        inst.labels = list(arr_vars)          # canonical axis order: target order, then sums
        hoisted, axis_lines = [], []
        cset = set(const)
        for v in arr_vars:
            dom = [franges[v]] if v in franges else [loops[v].lo, loops[v].hi]
            dom += per_var[v]
            invariant = not any(sp.sympify(z).free_symbols & cset for z in dom)
            pre = len(inst.lines)
            if v in franges:
                lo_c, hi_c = "0", self.lower(franges[v] - 1, inst).code
                if not per_var[v]:
                    inst.whole[v] = self.ext(franges[v])
            else:
                lo_c = self.lower(loops[v].lo, inst).code
                hi_c = self.lower(loops[v].hi, inst).code
                if sp.sympify(loops[v].lo) == 0 and not per_var[v]:
                    inst.whole[v] = self.ext(sp.sympify(loops[v].hi) + 1)
            n = inst.add_axis(v, lo_c, hi_c, per_var[v])
            if per_var[v] or v in loops:
                counts.append(n)
            # axes that do not depend on the constants are computed once, outside the loops
            (hoisted if invariant else axis_lines).extend(inst.lines[pre:])
        inst.lines = []
        if mode is None and self.stacked_taps(f, t, out, lines, indent, inst, const_free,
                                              const_loop, arr_free, arr_loop, scalar_c,
                                              per_var, multi + masks, hoisted, axis_lines,
                                              numeric_range):
            return "stacked"
        if not const_free:
            cost = self.contract_first(f, t, out, lines, indent, inst, const_loop, arr_free,
                                       arr_loop, loops, per_var, multi + masks, hoisted,
                                       axis_lines, head, depth, counts,
                                       padded and {v: numeric_range(v) for v in const_loop})
            if cost or mode == "first":
                return cost
        elif mode == "first":
            return None
        # the body: factors contracted over the array loop axes
        factors = ([t.body] if self.softmax_like(t.body) else list(sp.Mul.make_args(t.body))) \
            + multi + masks
        coef = sp.S.One
        vals = []
        for fct in factors:
            fct = sp.sympify(fct)
            if fct.is_number:
                coef *= fct
                continue
            v = self.lower(fct, inst)
            if v.kind == "bool" and not v.scalar:    # a 0/1 mask multiplies a real array as is
                vals.append(self.bind(v, inst, "f"))
            else:
                vals.append(self.bind(self.as_real(v) if v.kind != "real" else v, inst, "f"))
        scal = [self.as_real(v) for v in vals if v.scalar]
        arrs = [v for v in vals if not v.scalar]
        red = [l for l in arr_loop]
        present = set().union(*[v.labels for v in arrs]) if arrs else set()
        outl = tuple(l for l in inst.order(arr_free) if l in present)
        masks_ = [v for v in arrs if v.kind == "bool"]
        if masks_ and (any(l in present for l in red) or len(masks_) == len(arrs)):
            arrs = [self.as_real(v) for v in arrs]
            masks_ = []
        if any(l in present for l in red):
            letters = {l: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]
                       for i, l in enumerate(inst.labels)}
            spec = ",".join("".join(letters[l] for l in v.labels) for v in arrs) + "->" + \
                "".join(letters[l] for l in outl)
            res = f"_contract(cache, {spec!r}, {', '.join(v.code for v in arrs)})"
        elif masks_:
            # reals first: float32 * bool stays float32 (one pass, no 0/1 temporary)
            outl = inst.order(present)
            res = "(" + " * ".join(_paren(self.align(v, outl, inst)) for v in
                                   [v for v in arrs if v.kind != "bool"] + masks_) + ")"
        elif arrs:
            res = self.combine(arrs, "*", inst).code
            outl = inst.order(present)
        else:
            res = None
        mults = [inst.prog[l][2] for l in red if l not in present]
        sc = [v.code for v in scal] + mults
        if coef != 1:
            sc.insert(0, repr(float(coef)))
        if res is None:
            res = " * ".join(sc) if sc else "1.0"
        elif sc:
            res = f"{' * '.join(sc)} * {res}"
        # target view
        view = []
        for v in free:
            if v in const:
                view.append(inst.env[v].code)
            else:
                s, d, n = inst.prog[v]
                view.append(f"_sl({s}, {d}, {n})")
        al = self.align(Val("_r", outl, "real"), inst.order(arr_free), inst) if outl else "_r"
        target = self.target(out, view, f, inst)
        lines += [pad + l for l in hoisted + inst.ctx["pre"]]
        lines += head
        ind = "    " * depth
        for l in axis_lines:
            lines.append(ind + l)
        if counts:
            lines.append(ind + f"if {' and '.join(c + ' > 0' for c in counts)}:")
            ind += "    "
        for l in inst.lines:
            lines.append(ind + l)
        lines.append(ind + f"_r = {res}")
        lines.append(ind + f"{target} += {al}")

    def reindex(self, t: Term, v) -> Term | None:
        """The term summed over a tap instead of ``v``, when ``v``'s range moves with an array
        index: a read slot ``beta * v + rest`` of constant extent (a transposed convolution's
        ``w[c, o, p - 2j]``) becomes the tap ``k``, ``v = (k - rest) / beta`` with
        ``beta | k - rest``, and ``v``'s bounds become conditions on ``k``.  The same sum
        over the same points, with a constant range to loop over; None when no slot serves."""
        others = [r for r in t.sums if r.var != v]
        if len(others) == len(t.sums) or any(
                v in sp.sympify(x).free_symbols for x in
                [r.lo for r in others] + [r.hi for r in others] + list(t.guards) +
                [d.expr for d in t.divides] + list(t.filters)):
            return None
        r = next(r for r in t.sums if r.var == v)
        used = t.symbols | set(t.variables)
        # a factor of the body: out of its range, every product term of the body is left out
        for read in sorted((x for x in sp.Mul.make_args(t.body) if isinstance(x, sp.Indexed)),
                           key=str):
            ext = self.tensors[str(read.base)].slot_extents
            for e, x in zip(read.indices, ext):
                e, x = sp.expand(e), self.ext(x)
                beta = e.coeff(v)
                rest = e - beta * v
                if not (beta.is_Integer and beta != 0 and v not in rest.free_symbols
                        and x.is_Integer and not rest.atoms(sp.Indexed)):
                    continue
                k = sp.Symbol(f"{v.name}_tap", integer=True)
                while k in used:
                    k = sp.Symbol(k.name + "_", integer=True)
                num = k - rest                     # beta * v
                conds = []
                for lo in (r.lo.args if isinstance(r.lo, sp.Max) else (r.lo,)):
                    conds.append(sp.Ge(num, beta * lo) if beta > 0 else sp.Le(num, beta * lo))
                for hi in (r.hi.args if isinstance(r.hi, sp.Min) else (r.hi,)):
                    conds.append(sp.Le(num, beta * hi) if beta > 0 else sp.Ge(num, beta * hi))
                div = [Divides(abs(beta), num)] if abs(beta) != 1 else []
                rule = {v: num / beta}
                return Term(others + [IndexRange(k, 0, x - 1)], subs_free(t.body, rule),
                            [sp.sympify(g).subs(rule) for g in t.guards] + conds,
                            list(t.divides) + div, list(t.filters))
        return None

    @staticmethod
    def target(out, view, f, inst, whole_consts=()) -> str:
        """The view of ``out`` a term adds into: ``out`` itself when every index runs over its
        whole range (no slicing, no view)."""
        if not view:
            return f"{out}[()]"
        if all(v in inst.whole or v in whole_consts for v in f.index):
            return out
        return f"{out}[{', '.join(view)}]"

    def contract_first(self, f, t, out, lines, indent, inst, const_loop, arr_free, arr_loop,
                       loops, per_var, extra, hoisted, axis_lines, head, depth, counts,
                       padded=False):
        """Contract first, shift after: in ``sum_taps sum_o A[.., o, (shifted by the tap)] *
        B[o, .., tap]`` (o unshifted, over the whole axis of both tensors), the product over
        ``o`` does not depend on the taps: ``R[.., b-axes, taps, ..] = sum_o A * B`` is one
        matmul over the full tensors before the tap loops, and each tap adds a shifted (strided)
        slice of R -- no stacked copy of the shifted read, no per-tap small matmul.  Returns
        None when it does not apply, else the sizes that decide against stacking the taps:
        (the extent of the shared axes ``o``, the extent of B's other axes).

        ``padded``: the taps' ranges when every condition of the term only keeps a read inside
        its tensor.  When A's shifted indices then move with unit step (``h - k + 1``, not
        ``2h + k``), the shifts are flat offsets of one zero-bordered grid
        (:meth:`flat_shifts`)."""
        if not const_loop or not arr_loop or extra:
            return None
        factors = list(sp.Mul.make_args(t.body))
        coef = sp.Mul(*[x for x in factors if x.is_number])
        reads = [x for x in factors if not x.is_number]
        if len(reads) != 2 or not all(isinstance(r, sp.Indexed) for r in reads):
            return None
        taps, avars = set(const_loop), set(arr_free) | set(arr_loop)
        contr = set(arr_loop)

        def plain(r):     # every index a bare tap or a bare array variable, taps present
            ix = [sp.sympify(i) for i in r.indices]
            return all(i in taps or i in avars for i in ix) and any(i in taps for i in ix)
        for B, A in (reads, reads[::-1]):
            if plain(B) and sp.sympify(A).free_symbols & taps:
                break
        else:
            return None
        bix = [sp.sympify(i) for i in B.indices]
        aix = [sp.sympify(i) for i in A.indices]
        if len(set(bix)) != len(bix):
            return None
        at, bt = self.tensors[str(A.base)], self.tensors[str(B.base)]
        for v in contr:            # o: bare in both reads, over both whole axes, no condition
            if per_var.get(v) or v not in bix or aix.count(v) != 1:
                return None
            r = loops[v]
            for tt, ix in ((at, aix), (bt, bix)):
                ext = self.ext(tt.slot_extents[ix.index(v)])
                if sp.simplify(self.ext(r.lo)) != 0 or sp.simplify(self.ext(r.hi) - ext + 1) != 0:
                    return None
        for i in aix:              # A: no tap-only index, no contracted var mixed with others
            fs = i.free_symbols
            if fs & contr and i not in contr or (fs and fs <= taps) or i.atoms(sp.Indexed):
                return None
        rest_b = [i for i in bix if i not in contr]
        if (set(rest_b) - taps) & set().union(*[i.free_symbols for i in aix]):
            return None
        if not set(arr_free) <= set().union(*[i.free_symbols for i in aix + bix]):
            return None
        # the stacked alternative copies A once per tap, R holds B's other axes times A's
        # rest per tap: stacking moves more when the shared axes outweigh B's other ones
        shared = sp.Mul(*[self.ext(bt.slot_extents[bix.index(v)]) for v in contr])
        other = sp.Mul(*[self.ext(bt.slot_extents[k]) for k, j in enumerate(bix)
                         if j not in contr and j not in taps])
        if padded and self.flat_shifts(f, out, lines, indent, inst, A, B, aix, bix, contr,
                                       padded, coef):
            return shared, other
        letters = iter("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        la = [next(letters) for _ in aix]
        lb = []
        for i in bix:
            lb.append(la[aix.index(i)] if i in contr else next(letters))
        # R's slots: B's other slots first (one plain matmul, no batch axis), then A's
        lr = [lb[k] for k, j in enumerate(bix) if j not in contr]
        rix = list(rest_b)
        for i, l in zip(aix, la):
            if i not in contr:
                lr.append(l)
                rix.append(i)
        R = self.tmp("R")
        spec = f"{''.join(la)},{''.join(lb)}->{''.join(lr)}"
        pre = [f"{R} = _contract(cache, {spec!r}, {self.arr[str(A.base)]}, "
               f"{self.arr[str(B.base)]})  # contracted before the tap loops"]
        self.tensors[R] = types.SimpleNamespace(kind="real", name=R)
        self.arr[R] = R
        val = self.read(sp.IndexedBase(R)[tuple(rix)], inst, "0.0")
        outl = val.labels
        res = val.code if coef == 1 else f"{float(coef)!r} * {_paren(val.code)}"
        view = []
        for v in f.index:
            s, d, n = inst.prog[v]
            view.append(f"_sl({s}, {d}, {n})")
        al = self.align(Val("_r", outl, "real"), inst.order(arr_free), inst)
        target = self.target(out, view, f, inst)
        pad = "    " * indent
        # the contracted variables' progressions are not needed (whole axes)
        unused = tuple("{}, {}, {} = ".format(*inst.prog[v]) for v in contr)
        hoisted = [l for l in hoisted if not l.startswith(unused)]
        axis_lines = [l for l in axis_lines if not l.startswith(unused)]
        lines += [pad + l for l in hoisted + inst.ctx["pre"] + pre]
        lines += head
        ind = "    " * depth
        lines += [ind + l for l in axis_lines]
        counts = [c for c, v in zip(counts, [v for v in arr_free + arr_loop
                                              if per_var[v] or v in loops]) if v not in contr]
        if counts:
            lines.append(ind + f"if {' and '.join(c + ' > 0' for c in counts)}:")
            ind += "    "
        lines += [ind + l for l in inst.lines]
        lines.append(ind + f"_r = {res}")
        lines.append(ind + f"{target} += {al}")
        return shared, other

    def flat_shifts(self, f, out, lines, indent, inst, A, B, aix, bix, contr, tapbox, coef):
        """Contract first on a zero-bordered grid, each tap one flat run: when A's other slots
        are bare target variables followed by shifted ones ``v + s(taps) + c`` (unit step in
        v, one variable each, s and c constant), A is copied once (contracted slots first)
        into a grid whose shifted axes have room for every shift, zero beyond A.  On that grid
        a tap's shift is one flat offset, so ``P[.., off:] += R_tap[.., :L - off]`` adds a
        whole tap with long contiguous runs (a 28-wide row at a time is what makes the
        strided per-tap slices slow), and the target takes one window of P.  Positions
        outside A are zero on the grid, which is why only a term whose conditions keep reads
        inside takes this path."""
        free = list(f.index)
        franges = dict(zip(f.index, f.ranges))
        taps = set(tapbox)
        ks = sorted(taps, key=str)
        rest = [i for i in aix if i not in contr]
        bare, shifted = [], []
        for i in rest:
            if i in free:
                if shifted:
                    return False          # a bare slot after a shifted one: no flat run
                bare.append(i)
                continue
            vs = [v for v in i.free_symbols if v in free]
            if len(vs) != 1 or not i.free_symbols <= set(vs) | taps:
                return False
            v = vs[0]
            poly = sp.Poly(i, v, *ks)
            if poly.total_degree() != 1 or poly.coeff_monomial(v) != 1:
                return False
            s_t = i - v
            c0 = s_t.subs({k: 0 for k in taps})
            if not all(c.is_Integer for c in sp.Poly(s_t, *ks).coeffs()):
                return False
            shifted.append((v, s_t - c0, c0))
        bb = [j for j in bix if j not in contr and j not in taps]
        names = bb + bare + [v for v, _, _ in shifted]
        if not shifted or len(set(names)) != len(names) or set(names) != set(free):
            return False
        at, bt = self.tensors[str(A.base)], self.tensors[str(B.base)]
        for v, tt, ix in [(v, bt, bix) for v in bb] + [(v, at, aix) for v in bare]:
            if sp.simplify(self.ext(tt.slot_extents[ix.index(v)]) - self.ext(franges[v])) != 0:
                return False
        code = lambda e: self.lower(sp.sympify(e), inst).code
        pad = "    " * indent
        grid, shifts, crop = [], [], []
        for v, s_t, c0 in shifted:
            vals = [s_t.subs(dict(zip(ks, pt))) for pt in
                    itertools.product(*[range(a, b + 1) for a, b in (tapbox[k] for k in ks)])]
            M, m = max(vals), min(vals)
            F = max(0, -(c0 + M))
            E_a = self.ext(at.slot_extents[aix.index(v + s_t + c0)])
            E_v = self.ext(franges[v])
            g = self.tmp("g")
            lines.append(pad + f"{g} = max({code(F + M - m + E_a)}, {code(c0 + M + F + E_v)})")
            grid.append(g)
            shifts.append(M + F - s_t)
            crop.append(f"{code(c0 + M + F)}:{code(c0 + M + F + E_v)}")
        la = {i: "abcdefghijklmnopqrstuvwxyz"[k] for k, i in enumerate(aix)}
        letters = iter("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        lb = [la[j] if j in contr else next(letters) for j in bix]
        order = [i for i in aix if i in contr] + rest
        perm = tuple(aix.index(i) for i in order)
        shape = [code(self.ext(at.slot_extents[aix.index(i)])) for i in order[:-len(shifted)]]
        Ap, R, P, Rf, L, o = (self.tmp(x) for x in ("Ap", "R", "P", "Rf", "L", "o"))
        spec = (f"{''.join(la[i] for i in order)},{''.join(lb)}->"
                f"{''.join(l for l, j in zip(lb, bix) if j not in contr)}"
                f"{''.join(la[i] for i in rest)}")
        nb = len([j for j in bix if j not in contr])
        bshape = [code(self.ext(bt.slot_extents[bix.index(j)])) for j in bb]
        lines += [pad + l for l in [
            f"{Ap} = _grid(cache, {str(A.base)!r}, {self.arr[str(A.base)]}, {perm}, "
            f"({', '.join(shape + grid)},))  # A on a zero-bordered grid, contracted slots first",
            f"{R} = _contract(cache, {spec!r}, {Ap}, {self.arr[str(B.base)]})  # contracted "
            "before the taps",
            f"{L} = {' * '.join(shape[len(contr):] + grid) if shape[len(contr):] or grid else '1'}",
            f"{Rf} = {R}.reshape({R}.shape[:{nb}] + ({L},))",
            f"{P}, _ = _take(cache, ({', '.join(bshape + [L])},), {Rf}.dtype)",
            f"{P}.fill(0)"]]
        ind = pad
        for k in sorted(taps, key=lambda k: (bix.index(k) if k in bix else len(bix), str(k))):
            a, b = tapbox[k]
            lines.append(ind + f"for {inst.env[k].code} in range({a}, {b + 1}):")
            ind += "    "
        strides = [" * ".join(grid[q + 1:]) or "1" for q in range(len(grid))]
        off = " + ".join(f"({code(sh)}) * {st}" if st != "1" else f"({code(sh)})"
                         for sh, st in zip(shifts, strides))
        tapix = ", ".join(inst.env[j].code if j in taps else ":" for j in bix if j not in contr)
        lines.append(ind + f"{o} = {off}")
        lines.append(ind + f"{P}[..., {o}:] += {Rf}[{tapix}, :{L} - {o}]  # one tap, one run")
        have = bb + bare + [v for v, _, _ in shifted]
        tperm = tuple(have.index(v) for v in free)
        pshape = bshape + [code(self.ext(at.slot_extents[aix.index(i)])) for i in bare] + grid
        view = (f"{P}.reshape(({', '.join(pshape)},))"
                f"[{', '.join([':'] * (len(bb) + len(bare)) + crop)}]")
        if tperm != tuple(range(len(tperm))):
            view += f".transpose({tperm})"
        if coef != 1:
            view = f"{float(coef)!r} * {view}"
        lines.append(pad + f"{out}[...] += {view}  # the target's window of the grid")
        return True

    MAX_STACKED_TAPS = 64

    def stacked_taps(self, f, t, out, lines, indent, inst, const_free, const_loop, arr_free,
                     arr_loop, scalar_c, per_var, masks, hoisted, axis_lines, numeric_range):
        """im2col: when every tap updates the same target view (no tap-dependent bounds), a
        product of reads summed over the taps is one contraction with the taps as an axis
        (the reads stacked over the taps) instead of one per tap."""
        if bool(const_free) == bool(const_loop) or scalar_c or masks or axis_lines:
            return False
        consts = const_loop or const_free          # summed taps, or taps of the target
        if any(per_var[v] for v in per_var):
            return False
        factors = list(sp.Mul.make_args(t.body))
        coef = sp.Mul(*[x for x in factors if x.is_number])
        reads = [x for x in factors if not x.is_number]
        if not reads or not all(isinstance(x, sp.Indexed) for x in reads):
            return False
        ranges = [numeric_range(v) for v in consts]
        taps = list(itertools.product(*[range(a, b + 1) for a, b in ranges]))
        if len(taps) > self.MAX_STACKED_TAPS:
            return False
        cset = set(consts)
        stacked, plain = [], []
        for r in reads:
            if r.free_symbols & cset:
                for v, (a, b) in zip(consts, ranges):
                    inst.env[v] = Val(str(a), (), "int")
                grid = self.read(r, inst, "0.0", taps=(consts, [b - a + 1 for a, b in ranges]))
                if grid is not None:
                    name = self.tmp("taps")
                    inst.lines.append(f"{name} = {grid.code}  # every tap {tuple(map(str, consts))}")
                    stacked.append(Val(name, grid.labels, "real"))
                    continue
                codes = []
                labels = None
                for tap in taps:
                    for v, x in zip(consts, tap):
                        inst.env[v] = Val(str(x), (), "int")
                    val = self.lower(r, inst)
                    labels = val.labels if labels is None else labels
                    if val.labels != labels:
                        return False
                    codes.append(val.code)
                name = self.tmp("taps")
                inst.lines.append(f"{name} = [   # stacked by _contract, in the matmul's layout")
                for tap, c in zip(taps, codes):
                    inst.lines.append(f"    {c},  # tap {tap}")
                inst.lines.append("]")
                stacked.append(Val(name, labels, "real"))
            else:
                plain.append(self.bind(self.lower(r, inst), inst, "f"))
        for v in consts:
            inst.env.pop(v, None)
        if not stacked:
            return False
        letters = {l: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSUVWXYZ"[i]
                   for i, l in enumerate(inst.labels)}
        present = set().union(*[v.labels for v in stacked + plain])
        outl = tuple(l for l in inst.order(arr_free) if l in present)
        spec = ",".join(["T" + "".join(letters[l] for l in v.labels) for v in stacked] +
                        ["".join(letters[l] for l in v.labels) for v in plain])
        pos = [list(f.index).index(v) for v in consts] if const_free else []
        in_place = bool(pos) and pos == list(range(pos[0], pos[0] + len(pos)))
        if const_free:
            if outl != tuple(arr_free):
                return False
            if in_place:      # the tap axis where the target has its constant indices
                ol = [letters[l] for l in outl]
                ol.insert(pos[0], "T")
                spec += "->" + "".join(ol)
            else:
                spec += "->T" + "".join(letters[l] for l in outl)
        else:
            spec += "->" + "".join(letters[l] for l in outl)
        res = f"_contract(cache, {spec!r}, {', '.join(v.code for v in stacked + plain)})"
        mults = [inst.prog[l][2] for l in arr_loop if l not in present]
        sc = ([repr(float(coef))] if coef != 1 else []) + mults
        if sc:
            res = f"{' * '.join(sc)} * {res}"
        view = []
        for v in f.index:
            if v in cset:
                view.append(":")
            else:
                s0, d, n = inst.prog[v]
                view.append(f"_sl({s0}, {d}, {n})")
        if const_free and in_place:
            shape = [inst.prog[l][2] for l in outl]
            shape[pos[0]:pos[0]] = [str(b - a + 1) for a, b in ranges]
            al = f"_r.reshape(({', '.join(shape)},))"
        elif const_free:
            # the tap axis holds the target's constant indices in row-major order
            shape = [str(b - a + 1) for a, b in ranges] + [inst.prog[l][2] for l in outl]
            have = list(consts) + list(outl)
            perm = tuple(have.index(v) for v in f.index)
            al = f"_r.reshape(({', '.join(shape)},))"
            if perm != tuple(range(len(perm))):
                al += f".transpose({perm})"
        else:
            al = self.align(Val("_r", outl, "real"), inst.order(arr_free), inst)
        pad = "    " * indent
        counts = [inst.prog[v][2] for v in arr_loop]
        lines += [pad + l for l in hoisted + inst.ctx["pre"]]
        ind = pad
        if counts:
            lines.append(ind + f"if {' and '.join(c + ' > 0' for c in counts)}:")
            ind += "    "
        lines += [ind + l for l in inst.lines]
        what = "summed over the taps" if const_loop else "one slice per tap"
        lines.append(ind + f"_r = {res}  # {what} {tuple(map(str, consts))}")
        lines.append(ind + f"{self.target(out, view, f, inst, cset)} += {al}")
        return True

    def relax_loops(self, t: Term, loops: dict, arr_loop, cset, box) -> dict:
        """Bounds of array sums that depend on the taps only to keep a read inside its tensor
        (``max(0, p - k_h)`` in a weight gradient) are dropped: the zero padding gives the
        same sum, and every tap then has the same axes (one stacked contraction)."""
        slots = []
        for r in sp.Mul.make_args(t.body):
            if isinstance(r, sp.Indexed):
                ext = self.tensors[str(r.base)].slot_extents
                slots += [(sp.sympify(ix), self.ext(x)) for ix, x in zip(r.indices, ext)]
        out = dict(loops)
        for v in arr_loop:
            r = loops[v]
            new = []
            for e, lo in ((r.lo, True), (r.hi, False)):
                args = _bound_args(e, lo)
                dep = [a for a in args if sp.sympify(a).free_symbols & cset]
                keep = [a for a in args if a not in dep]
                if dep and keep and all(self.implied(sp.Ge(v, a) if lo else sp.Le(v, a),
                                                     slots, box) for a in dep):
                    e = (sp.Max if lo else sp.Min)(*keep)
                new.append(e)
            out[v] = IndexRange(v, new[0], new[1])
        return out

    @staticmethod
    def reads_only(t: Term) -> bool:
        return not t.divides and not t.filters and all(
            x.is_number or isinstance(x, sp.Indexed) for x in sp.Mul.make_args(t.body))

    @classmethod
    def implied(cls, c, slots, box) -> bool:
        """``c`` follows from one read index staying inside its tensor (``0 <= e <= X-1``)."""
        if not isinstance(c, (sp.Ge, sp.Le)):
            return False
        a, b = c.args
        e = a - b if isinstance(c, sp.Ge) else b - a
        for ix, X in slots:
            if ix.atoms(sp.Indexed):
                continue
            if cls.always(sp.Ge(e, ix), box) or cls.always(sp.Ge(e, X - 1 - ix), box):
                return True
            # a bound solved for a tap of a dilated/strided read (k >= 1 + ceiling(-i/2) from
            # i + 2k - 2 >= 0): e is an integer, so q*e >= g - (q-1) with g >= 0 gives e >= 0
            for g in (ix, X - 1 - ix):
                for q in (2, 3, 4):
                    lin = cls._lower_linear(sp.expand(q * e - g + (q - 1)))
                    if lin is not None and cls.always(sp.Ge(lin, 0), box):
                        return True
        return False

    @staticmethod
    def _lower_linear(e):
        """A lower bound of ``e`` without floor/ceiling of integer/constant quotients
        (``floor(n/d) >= (n - d + 1)/d``, ``ceiling(n/d) <= (n + d - 1)/d``), or None."""
        out = sp.S.Zero
        for term in sp.Add.make_args(e):
            c, rest = term.as_coeff_Mul()
            if not rest.has(sp.floor, sp.ceiling):
                out += term
                continue
            if not isinstance(rest, (sp.floor, sp.ceiling)):
                return None
            num, den = sp.fraction(sp.together(rest.args[0]))
            if not den.is_Integer or den <= 0 or num.has(sp.floor, sp.ceiling):
                return None
            z, slack = num / den, sp.Rational(den - 1, den)
            if isinstance(rest, sp.floor):
                out += c * (z - slack) if c > 0 else c * z
            else:
                out += c * z if c > 0 else c * (z + slack)
        return out

    @classmethod
    def simplify_bound(cls, e, lo: bool, box):
        """``Max(a, b, ...)`` (lower bound) or ``Min(...)`` (upper) reduced to the argument that
        dominates the others on the whole box, when one provably does."""
        args = _bound_args(e, lo)
        if len(args) < 2:
            return e
        for cand in args:
            others = [a for a in args if a is not cand]
            if all(cls.always(sp.Ge(cand, a) if lo else sp.Le(cand, a), box) for a in others):
                return cand
        return e

    @staticmethod
    def always(c, box) -> bool:
        """True when the bound condition ``c`` holds on the whole index box (then it needs
        no code: e.g. the tap bounds of an unpadded convolution)."""
        if c is sp.true:
            return True
        if not isinstance(c, (sp.Ge, sp.Le, sp.Gt, sp.Lt)) or c.atoms(sp.Indexed):
            return False
        a, b = c.args
        e = a - b if isinstance(c, (sp.Ge, sp.Gt)) else b - a
        if isinstance(c, (sp.Gt, sp.Lt)):
            e = e - 1
        try:
            return indexing.provably_nonneg(e, box) is True
        except Exception:   # an expression the bound arithmetic does not handle: keep it
            return False

    # ---------------------------------------------------------------- module
    def ext(self, e) -> sp.Expr:
        return sp.sympify(e).subs(self.rules)

    def entry(self, backward: bool) -> list[str]:
        op, L = self.op, []
        ins = list(op.inputs)
        real = [t for t in ins if t.kind == "real"]
        for t in ins:
            f = "_real" if t.kind == "real" else "_index"
            L.append(f"{t.name} = {f}({t.name}, {t.name!r})")
        if not real:
            self.fail("no real input")
        L.append(f"dt = {real[0].name}.dtype")
        for t in real[1:]:
            L.append(f"if {t.name}.dtype != dt:")
            L.append(f"    _fail(f\"{t.name} has dtype {{{t.name}.dtype}}, but {real[0].name} has "
                     f"{{dt}}: all real inputs must share one dtype\")")
        out = op.output
        if backward:
            L.append("if not isinstance(grad_output, np.ndarray):   # a Python number or list")
            L.append("    grad_output = np.asarray(grad_output, dtype=dt)")
            L.append("grad_output = _real(grad_output, 'grad_output')")
            L.append("if grad_output.dtype != dt:")
            L.append("    _fail(f\"grad_output has dtype {grad_output.dtype}, expected {dt}\")")
        mode = self.layout()
        if mode == "flat":
            first = ins[0].name
            L.append(f"_shape = {first}.shape")
            for t in ins[1:]:
                L.append(f"if {t.name}.shape != _shape:")
                L.append(f"    _fail(f\"{t.name} has shape {{{t.name}.shape}}, expected {{_shape}} "
                         f"(the shape of {first})\")")
            for t in ins:
                L.append(f"{t.name} = {t.name}.reshape(-1)")
            if backward and out.axes:
                L.append("if grad_output.shape != _shape:")
                L.append("    _fail(f\"grad_output has shape {grad_output.shape}, expected {_shape}\")")
                L.append("grad_output = grad_output.reshape(-1)")
        elif mode == "dim":
            x = ins[0].name
            dim = int(op.torch["dim"])
            L.append(f"if not -{x}.ndim <= {dim} < {x}.ndim:")
            L.append(f"    _fail(f\"dim={dim} is out of range for {x} with {{{x}.ndim}} dimensions\")")
            if backward:
                L.append(f"if grad_output.shape != {x}.shape:")
                L.append(f"    _fail(f\"grad_output has shape {{grad_output.shape}}, expected "
                         f"{{{x}.shape}} (the shape of {x})\")")
            L.append(f"{x} = np.moveaxis({x}, {dim}, -1)")
            L.append(f"_shape = {x}.shape")
            L.append(f"{x} = {x}.reshape(-1, _shape[-1])")
            if backward:
                L.append(f"grad_output = np.moveaxis(grad_output, {dim}, -1).reshape(-1, _shape[-1])")
        batched = [t for t in ins if t.axes and t.axes[0].name == "batch"]
        if batched:
            t0 = batched[0]
            L.append(f"_unb = {t0.name}.ndim == {t0.rank - 1}")
            L.append("if _unb:")
            for t in batched:
                L.append(f"    {t.name} = {t.name}[None]")
            if backward and out.axes and out.axes[0].name == "batch":
                L.append("    grad_output = grad_output[None]")
        for t in ins:
            names = ", ".join(a.name for a in t.axes)
            L.append(f"if {t.name}.ndim != {t.rank}:")
            L.append(f"    _fail(f\"{t.name} must have {t.rank} dimensions ({names}), "
                     f"got shape {{{t.name}.shape}}\")")
        # sizes
        bound = {}
        for t in ins:
            for ax_i, a in enumerate(t.axes):
                parts = [self.ext(p) for p in a.parts] if a.parts else [self.ext(a.extent)]
                dim = f"{t.name}.shape[{ax_i}]"
                if len(parts) > 1:
                    known = [p for p in parts if p.is_number or p in bound]
                    unknown = [p for p in parts if not (p.is_number or p in bound)]
                    if len(unknown) > 1:
                        self.fail(f"axis {a.name} of {t.name} splits into several unknown sizes")
                    if unknown:
                        prod = sp.Mul(*known)
                        pc = self.lower(prod, self._size_inst()).code
                        L.append(f"if {dim} % ({pc}):")
                        L.append(f"    _fail(f\"{t.name}: {a.name} size {{{dim}}} is not divisible "
                                 f"by {{{pc}}} ({self.describe(a.parts, unknown[0])})\")")
                        u = unknown[0]
                        self.sizes[u] = self.names.sym(u)
                        bound[u] = True
                        L.append(f"{self.sizes[u]} = {dim} // ({pc})")
                    parts_e = sp.Mul(*parts)
                else:
                    parts_e = parts[0]
                if parts_e.is_Symbol and parts_e not in bound:
                    self.sizes[parts_e] = self.names.sym(parts_e)
                    bound[parts_e] = True
                    L.append(f"{self.sizes[parts_e]} = {dim}")
                    L.append(f"if {dim} < 1:")
                    L.append(f"    _fail(f\"{t.name}: {a.name} size must be positive, got {{{dim}}}\")")
                else:
                    ec = self.lower(parts_e, self._size_inst()).code
                    what = self.describe([a.extent], None)
                    L.append(f"if {dim} != {ec}:")
                    L.append(f"    _fail(f\"{t.name}: {a.name} size {{{dim}}} does not match "
                             f"{{{ec}}}{what}; shape {{{t.name}.shape}}\")")
        # output extents
        si = self._size_inst()
        oshape = []
        for a in out.axes:
            e = self.ext(a.extent)
            c = self.lower(e, si).code
            if not (e.is_Symbol and e in self.sizes):
                nm = self.names.fresh(re.sub(r"\W", "_", str(a.extent)) or "E")
                L.append(f"{nm} = {c}")
                L.append(f"if {nm} < 1:")
                L.append(f"    _fail(f\"output {a.name} size would be {{{nm}}}: the window "
                         f"(kernel_size, dilation) is larger than the padded input\")")
                c = nm
            oshape.append(c)
        self.oshape = oshape
        # index tensors: values must address the axis they select
        for t, ext in self.index_ranges().items():
            ec = self.lower(self.ext(ext), si).code
            L.append(f"if {t}.size and ({t}.min() < 0 or {t}.max() >= {ec}):")
            L.append(f"    _fail(f\"{t} values must lie in 0..{{{ec} - 1}}, got "
                     f"{{{t}.min()}}..{{{t}.max()}}\")")
        # slot layout (split channel axes)
        for t in ins + ([out] if backward else []):
            if any(a.parts for a in t.axes):
                nm = "grad_output" if t is out else t.name
                slots = ", ".join(self.lower(self.ext(e), si).code for e in t.slot_extents)
                L.append(f"{nm} = {nm}.reshape(({slots},))")
        if backward:
            shp = ", ".join(oshape)
            sl = "(" + shp + ("," if len(oshape) == 1 else "") + ")"
            if any(a.parts for a in out.axes):
                sl = "(" + ", ".join(self.lower(self.ext(e), si).code
                                    for e in out.slot_extents) + ",)"
            if mode != "flat" or out.axes:
                L.append(f"if grad_output.shape != {sl}:")
                L.append(f"    _fail(f\"grad_output has shape {{grad_output.shape}}, expected "
                         f"{{{sl}}}\")")
            if not out.axes:
                L.append("if grad_output.shape != ():")
                L.append("    _fail(f\"grad_output must be a scalar, got shape {grad_output.shape}\")")
        return L

    def describe(self, exts, sym) -> str:
        out = []
        for e in exts:
            for s in sp.sympify(e).free_symbols:
                if s in self.op.glossary:
                    out.append(f"{s}: {self.op.glossary[s]}")
        return f" ({'; '.join(out)})" if out else ""

    def _size_inst(self):
        return Instance(self)

    def layout(self):
        if flat_layout(self.op):
            return "flat"
        if "dim" in self.op.torch:
            return "dim"
        return None

    def index_ranges(self) -> dict:
        """index tensor -> extent of the axis its values select (from every formula)."""
        out = {}
        fs = [self.con.forward] + [g.formula for g in self.con.gradients.values()]
        exprs = []
        for f in fs:
            for t in f.terms:
                exprs += [t.body] + list(t.guards) + list(t.filters)
        exprs.append(self.op.formula)
        for e in exprs:
            for r in sp.sympify(e).atoms(sp.Indexed):
                t = self.tensors.get(str(r.base))
                if t is None:
                    continue
                for slot, ix in enumerate(r.indices):
                    for inner in sp.sympify(ix).atoms(sp.Indexed):
                        it = self.tensors.get(str(inner.base))
                        if it is not None and it.kind == "index" and sp.sympify(ix) == inner:
                            out.setdefault(it.name, t.slot_extents[slot])
        # a label compared with an index of known range: KroneckerDelta(r, label[...])
        for e in exprs:
            for dlt in sp.sympify(e).atoms(sp.KroneckerDelta):
                a, b = dlt.args
                for p, q in ((a, b), (b, a)):
                    if isinstance(q, sp.Indexed) and self.tensors.get(str(q.base)) is not None \
                            and self.tensors[str(q.base)].kind == "index" and p in self.op.index:
                        slot = list(self.op.index).index(p)
                        out.setdefault(str(q.base), self.op.output.slot_extents[slot])
        return out

    def body(self, f: Formula, out: str, indent: int) -> list[str]:
        si = self._size_inst()
        shape = ", ".join(self.lower(self.ext(e), si).code for e in f.target.slot_extents)
        shape = f"({shape},)" if f.target.slot_extents else "()"
        lines = ["    " * indent + f"{out} = np.zeros({shape}, dtype=dt)"]
        for t in f.terms:
            self.term(f, t, out, lines, indent)
        return _fold_unit_steps(_drop_unused_axes(lines))

    def module(self) -> str:
        op = self.op
        ins = list(op.inputs)
        fwd_entry = self.entry(backward=False)
        sizes = list(self.sizes.values())
        out = op.output
        impl_args = ", ".join(["cache"] + sizes + [t.name for t in ins])
        fbody = self.body(self.con.forward, out.name, 1)
        fbody.append(f"    return {out.name}")
        mode = self.layout()

        def finish(var, t, lines, ind="    "):
            """slot layout -> torch layout of tensor t."""
            shp = [self.lower(self.ext(a.extent), self._size_inst()).code for a in t.axes]
            if any(a.parts for a in t.axes):
                lines.append(f"{ind}{var} = {var}.reshape(({', '.join(shp)},))")
            if mode == "flat" and t.axes:
                lines.append(f"{ind}{var} = {var}.reshape(_shape)")
            if mode == "dim":
                lines.append(f"{ind}{var} = np.moveaxis({var}.reshape(_shape), -1, {int(op.torch['dim'])})")
            if t.axes and t.axes[0].name == "batch" and any(
                    u.axes and u.axes[0].name == "batch" for u in ins):
                lines.append(f"{ind}if _unb:")
                lines.append(f"{ind}    {var} = {var}[0]")
            if not t.axes:
                lines.append(f"{ind}{var} = {var}[()]")

        fe = ["    " + l for l in fwd_entry]
        fe.append("    cache = {}")
        fe.append(f"    {out.name} = _forward(dt, {impl_args})")
        fe.append("    _release(cache)")
        finish(out.name, out, fe)
        fe.append(f"    return {out.name}")

        # backward
        be = ["    " + l for l in self.entry(backward=True)]
        be.append("    cache = {}")
        up = self.der.upstream.name
        be.append(f"    {up} = grad_output")
        reads_y = any(sp.sympify(t.body).atoms(sp.Indexed) and any(
            str(r.base) == out.name for r in sp.sympify(t.body).atoms(sp.Indexed))
            for g in self.con.gradients.values() for t in g.formula.terms)
        if reads_y:
            be.append(f"    {out.name} = _forward(dt, {impl_args})")
        rets = []
        valid = tuple(t.name for t in ins if t.name in self.con.gradients)
        if op.torch.get("bias") is False:
            valid += ("b",)
        be.append(f"    _want = _wrt(wrt, {valid!r})")
        for t in ins:
            if t.name not in self.con.gradients:
                rets.append("None")
                continue
            g = self.con.gradients[t.name].formula
            gname = self.names.fresh("grad_" + t.name)
            # only the gradients asked for (wrt) are computed; the others are None
            be.append(f"    {gname} = None")
            be.append(f"    if {t.name!r} in _want:")
            be += self.body(g, gname, 2)
            finish(gname, t, be, ind="        ")
            rets.append(gname)
        be.append("    _release(cache)")
        sig = [t.name for t in ins]
        sig_d = list(sig)
        grad_note = "None for index tensors"
        if op.torch.get("bias") is False:
            sig.append("b")
            sig_d.append("b=None")
            rets.append("None")
            grad_note += " and for the absent bias"
            chk = ["    if b is not None:",
                   "        _fail(\"this kernel was generated with bias=False; pass b=None\")"]
            fe = chk + fe
            be = chk + be
        be.append(f"    return ({', '.join(rets)}{',' if len(rets) == 1 else ''})")
        # the same entries without the argument checks, which all come before the call's
        # scratch cache (``cache = {}``)
        def unchecked(lines):
            k = lines.index("    cache = {}")
            return _unchecked(lines[:k]) + lines[k:]
        fe_u, be_u = unchecked(fe), unchecked(be)

        def text(f: Formula, grad=False):
            from ..formula import term_expr
            name = f"grad_{f.target.name}" if grad else f.target.name
            lhs = f"{name}[{', '.join(map(str, f.index))}]" if f.index else name
            terms = [str(term_expr(t)) for t in f.terms]
            return [f"{lhs} = " + (" + ".join(terms) if terms else "0")]

        params = ", ".join(f"{k}={v!r}" for k, v in op.params.items() if v is not None)
        env = _env()
        runtime = env.get_template("runtime.py.j2").render()
        tpl = env.get_template("module.py.j2")
        src = tpl.render(
            title=f"{op.name}: forward and backward kernels (NumPy).",
            op_name=op.name, params=params, out_name=op.output.name, forward_text=text(self.con.forward),
            gradient_texts=[{"name": f"dL/d{k}", "lines": text(g.formula, grad=True)}
                            for k, g in self.con.gradients.items()],
            torch_fn=op.torch.get("fn", op.name), signature=", ".join(sig),
            signature_defaults=", ".join(sig_d), grad_note=grad_note, runtime=runtime,
            impl_args=impl_args, forward_body="\n".join(fbody),
            forward_doc=f"{op.doc}: the output for inputs ({', '.join(sig)}).",
            backward_doc="Gradients of the loss with respect to each input, given "
                         "grad_output = dL/d(output).\n\n    wrt: None for every gradient, or a "
                         f"name (or tuple of names) among {valid!r}:\n    only those are "
                         "computed, the others are returned as None.",
            forward_entry="\n".join(fe), backward_entry="\n".join(be),
            forward_unchecked="\n".join(fe_u), backward_unchecked="\n".join(be_u))
        return src


def _op(op, params):
    if isinstance(op, str):
        from .. import ops
        return ops.get(op, **params)
    return op.bind(**params) if params else op


def generate(op, **params) -> str:
    """The source of a standalone NumPy module implementing ``op`` (an
    :class:`~derive.op.Op`, or a catalog name with its parameters): forward and backward."""
    return Lowering(_op(op, params)).module()


def load(op, **params) -> types.ModuleType:
    """``generate(op)`` executed as a fresh module object (our own generated source)."""
    op = _op(op, params)
    src = generate(op)
    mod = types.ModuleType(f"derive_numpy_{op.name}")
    mod.__dict__["__source__"] = src
    exec(compile(src, f"<derive numpy {op.name}>", "exec"), mod.__dict__)
    return mod
