"""C99 lowering: one ``.c`` + ``.h`` per op configuration, from the derived formulas.

Every function body is lowered from a :class:`~derive.formula.Formula` of
``op.derive().concrete()``; the template (``templates/c``) holds only the file skeleton.

How a formula becomes a loop nest:

* *contractions*: a term whose body is the product of two reads (a convolution, a dense
  layer and their gradients) is lowered twice and the sizes choose at run time: as the loop
  nest below for small products, and for large ones as two gathered matrices (im2col-style,
  bounds and divisibility conditions as masks) multiplied by a generic packed GEMM, one product
  per image on the OpenMP threads (:mod:`derive.codegen.c_contract`,
  :mod:`derive.codegen.c_gemm`);
* the free indices are the outer loops (``#pragma omp parallel for`` on the outermost one when
  compiled with OpenMP and the work is large enough; small nests are emitted a second time
  without the parallel region); one accumulator per element, written once (gather form);
* *row mode*: when the last free index ``j`` has a run-time extent, appears only in the last
  slot of every read, and every loop bound of every term is a ``Max`` (lower) / ``Min`` (upper)
  of pieces affine in ``j`` (or ``floor``/``ceiling`` of such), ``j`` becomes the innermost
  loop of each term: the term loops run over the union of their ranges over ``j`` and ``j``
  gets the exact bounds solved from those pieces (a congruence on ``j`` becomes its step).  The
  innermost loop is then unit-stride (stride-``s`` for a strided read), so ``-O3`` vectorizes it;
  the output row is zeroed first and accumulated in place (still one writer per element);
* in the element-wise nest the innermost loop of a term whose reads are contiguous in it is
  marked ``omp simd reduction(+:acc)`` (a vectorized, reassociated sum);
* each :class:`~derive.formula.Term` opens its ``sums`` as loops with the closed-form bounds of
  the formula (``Max``/``Min``/``floor``/``ceiling`` become integer helpers with floor
  semantics for negative operands);
* a divisibility condition ``m | a*v + rest`` on a loop variable ``v`` is not tested per
  element: the loop starts at the first ``v`` that satisfies the congruence and steps by
  ``m/gcd(a, m)`` (after one test ``gcd(a, m) | rest`` outside the loop);
* guards and filters are tested at the shallowest loop that binds their variables;
* ``Sum`` atoms (a softmax denominator, a region size), window maxima and ``ArgmaxIs`` tie
  shares are computed by their own small loops, hoisted to the shallowest loop that binds
  their free variables;
* *window tables*: a window maximum / ``ArgmaxIs`` share that depends on a term's loop
  variables (a pooling gradient: the window of output position ``i(h, k)``, rescanned for every
  pixel and tap) is, when its window is a function of the indices ``E`` of another read
  ``R[E]`` of the same body, scanned once per position of ``R`` in a parallel pre-pass into
  malloc'ed tables (the maximum; the first maximizer as one small code, its rank in the
  window's constant box; or the maximum and the number of maximizers) and the atom becomes a
  branch-free lookup at ``E`` (see :meth:`_Lowering.tabulate`).  A sum of ``exp`` is computed with its maximal exponent subtracted
  (value-preserving), and the enclosing ``log`` / quotient is rewritten accordingly;
* sizes that stay symbolic (``N, C, H, W``) are ``int64_t`` arguments; ``<prefix>_sizes``
  reads them off the input shapes and checks them; every entry point re-checks the sizes, that
  the output is not empty (the window fits the padded input) and that index tensors (label
  maps, class targets) hold valid values, returning an error code.

Public API: :func:`generate` (``op -> (c_source, h_source)``) and :func:`lower` (the same with
the metadata the loader :mod:`derive.codegen.cload` uses).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import sympy as sp

from ..formula import Formula, Term
from ..ir import ArgmaxIs, Tensor, WindowMax, relu, sigmoid, step
from . import bind_hint, c_contract, selector
from .bounds import tighten

__all__ = ["generate", "lower", "CKernel", "LoweringError", "DTYPES"]

#: below this many (estimated) inner-loop iterations a kernel runs on one thread: a parallel
#: region costs microseconds, far more on a busy machine
OMP_MIN_WORK = 1 << 15
#: positions per block of a maximizer scan (a row of codes on the stack)
SCAN_BLOCK = 256
#: largest window (positions) whose element offsets a maximizer scatter tabulates per code
OFFSET_TABLE_MAX = 4096

#: dtype suffix -> (C type, math.h function suffix)
DTYPES = {"f64": ("double", ""), "f32": ("float", "f")}



def _template_dir() -> Path:
    """``templates/c``: installed as the package ``derive.templates``, or beside the package in
    a source tree."""
    try:
        from importlib.resources import files
        p = Path(str(files("derive.templates"))) / "c"
        if p.is_dir():
            return p
    except Exception:
        pass
    return Path(__file__).resolve().parents[2] / "templates" / "c"


class LoweringError(NotImplementedError):
    """The formula uses a construct the C lowering does not handle."""


@dataclass
class CKernel:
    """The generated source and what the loader needs to call it."""

    op: object
    prefix: str
    c_source: str
    h_source: str
    sizes: list[str]                       # C names of the run-time size arguments, in order
    input_ranks: list[int]                 # flat rank of each input
    output_rank: int
    reads_output: bool                     # some gradient reads the forward output y
    gradients: list[str] = field(default_factory=list)   # input names with a gradient
    errors: dict[int, str] = field(default_factory=dict)


# ----------------------------------------------------------------------------- helpers

def _sanitize(name: str) -> str:
    s = re.sub(r"\W", "_", name)
    if not s or s[0].isdigit():
        s = "v_" + s
    return s


def _is_atom(e) -> bool:
    return isinstance(e, (sp.Sum, WindowMax, ArgmaxIs))


def _top_atoms(e) -> list:
    """The Sum / WindowMax / ArgmaxIs nodes of ``e`` not nested in another such node."""
    out = []

    def rec(x):
        if _is_atom(x):
            if x not in out:
                out.append(x)
            return
        for a in getattr(x, "args", ()):
            if isinstance(a, sp.Basic):
                rec(a)

    rec(sp.sympify(e))
    return out


def _rsplit(e):
    """``e = num / den`` with ``num`` integer-coefficient and ``den`` a positive integer."""
    e = sp.expand(e)
    den = 1
    for coeff in e.as_coefficients_dict().values():
        if coeff.is_Rational:
            den = den * int(coeff.q) // math.gcd(den, int(coeff.q))
    if den == 1:
        return e, sp.S.One
    return sp.expand(e * den), sp.Integer(den)


def _temp_symbol(name: str, kind: str) -> sp.Symbol:
    return sp.Symbol(name, integer=True) if kind == "int" else sp.Symbol(name, real=True)


def _comment(text: str) -> str:
    return text.replace("*/", "* /").replace("/*", "/ *")


def _wrap(text: str, width: int = 92) -> list[str]:
    lines, cur = [], ""
    for tok in re.split(r"(?<=[ ,])", text):
        if len(cur) + len(tok) > width and cur:
            lines.append(cur.rstrip())
            cur = "    "
        cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    return [_comment(l) for l in lines]


# ----------------------------------------------------------------------------- lowering

class _Lowering:
    def _unknown_sizes(self, where, syms):
        names = sorted(map(str, syms))
        raise LoweringError(f"{self.op.name}: {where} uses {names}, not a size of an input "
                            f"(the kernel could not infer it from the inputs' shapes): fix it, "
                            f"e.g. {bind_hint(names, 'c')}")

    def __init__(self, op):
        self.op = op
        self.der = op.derive().concrete()
        self.prefix = "derive_" + _sanitize(op.name)
        self.errors: list[str] = []
        self.names: dict[sp.Basic, str] = {}
        self.used: set[str] = set()
        self.counter = 0
        # tensors
        self.inputs = list(op.inputs)
        self.output = op.output
        self.upstream = self.der.upstream
        self.tensors = {t.name: t for t in self.inputs + [self.output, self.upstream]}
        for t in self.tensors.values():
            self._claim(_sanitize(t.name))
        self.tnames = {t.name: _sanitize(t.name) for t in self.tensors.values()}
        # sizes: the free symbols of the input shapes, in order of first appearance
        self.sizes: list[sp.Symbol] = []
        for t in self.inputs:
            for e in self.slot_extents(t):
                for s in sorted(e.free_symbols, key=lambda s: s.name):
                    if s not in self.sizes:
                        self.sizes.append(s)
        for s in self.sizes:
            self.names[s] = self._claim(_sanitize(s.name))
        for t in [self.output, self.upstream]:
            for e in self.slot_extents(t):
                extra = e.free_symbols - set(self.sizes)
                if extra:
                    self._unknown_sizes(f"the extent of {t.name}", extra)
        free = op.sizes()
        for name, f in [("the forward formula", self.der.forward)] + [
                (f"the gradient of {k}", g.formula) for k, g in self.der.gradients.items()]:
            extra = {s for t in f.terms for s in t.symbols
                     if s.name in free and free[s.name] == s} - set(self.sizes)
            if extra:
                self._unknown_sizes(name, extra)
        self.scalar_syms = {t.scalar: t for t in self.tensors.values() if t.rank == 0}
        self.temps: dict = {}
        self.tables: dict = {}     # per-output-position tables of window scans (see tabulate)
        self.row_mode = True
        self.uses_gemm: set[str] = set()    # dtype suffixes whose contractions call the GEMM
        self.contract = True                 # lower two-read contractions as gather + GEMM
        self.ctype, self.fsuf = DTYPES["f64"]
        self._ren: dict = {}
        self.size_consts: dict | None = None  # size expression -> (C name, definition)
        # the ranges of the loop variables around the code being emitted: window and sum
        # loops drop the Max / Min bound arguments that never decide there
        self.space: dict = {}

    # -- names
    def _claim(self, base: str) -> str:
        name = base
        while name in self.used or name in _C_RESERVED:
            name += "_"
        self.used.add(name)
        return name

    def fresh(self, base: str) -> str:
        self.counter += 1
        return self._claim(f"{_sanitize(base).strip('_') or 't'}_{self.counter}")

    def var(self, s) -> str:
        if s not in self.names:
            self.names[s] = self._claim(_sanitize(s.name).lstrip("_") or "v")
        return self.names[s]

    # -- shapes
    def conc(self, e) -> sp.Expr:
        e = sp.sympify(e)
        for _ in range(4):
            e2 = e.subs(self.op.definitions).subs(self.op.bindings)
            if e2 == e:
                break
            e = e2
        return e

    def slot_extents(self, t: Tensor) -> list[sp.Expr]:
        return [self.conc(e) for e in t.slot_extents]

    def flat_extents(self, t: Tensor) -> list[sp.Expr]:
        return [self.conc(a.extent) for a in t.axes]

    def error(self, msg: str) -> int:
        msg = msg.replace("\\", "\\\\").replace('"', "'")
        if msg in self.errors:
            return self.errors.index(msg) + 1
        self.errors.append(msg)
        return len(self.errors)

    # ------------------------------------------------------------------ printing: integers
    def ip(self, e) -> str:
        e = sp.sympify(e)
        if (self.size_consts is not None and not e.is_Atom and e.free_symbols
                and e.free_symbols <= set(self.sizes)
                and e.has(sp.floor, sp.ceiling, sp.Max, sp.Min, sp.Mod)):
            # a size expression with divisions or comparisons (an output extent, a bound):
            # a constant of the function, computed once (the C compiler may not move a
            # division out of a loop that might not run)
            got = self.size_consts.get(e)
            if got is None:
                text = self._ip(e)
                got = (self.fresh("size"), text)
                self.size_consts[e] = got
            return got[0]
        return self._ip(e)

    def ip_once(self, e) -> str:
        """``e`` printed in full, without naming its size expressions (a work estimate,
        evaluated once and only with OpenMP)."""
        saved, self.size_consts = self.size_consts, None
        try:
            return self.ip(e)
        finally:
            self.size_consts = saved

    def size_const_lines(self, body: list[str], ind: str) -> list[str]:
        """Declarations of the size constants that ``body`` uses (see :meth:`ip`), in order
        of definition."""
        def uses(text):
            found = set()
            for name, defn in reversed(list(self.size_consts.values())):
                if re.search(rf"\b{name}\b", text):
                    found.add(name)
                    text += "\n" + defn
            return found

        used = uses("\n".join(body))
        # a constant read only under #ifdef _OPENMP (a work estimate) is unused without it
        plain = uses("\n".join(_outside_openmp(body)))
        lines = [f"{ind}const int64_t {name} = {defn};"
                 for name, defn in self.size_consts.values() if name in used]
        quiet = [f"(void){name};" for name, _ in self.size_consts.values()
                 if name in used and name not in plain]
        return lines + ([ind + " ".join(quiet)] if quiet else [])

    def _ip(self, e) -> str:
        if e.is_Integer:
            v = int(e)
            return f"INT64_C({v})" if abs(v) > 2**31 - 1 else (str(v) if v >= 0 else f"({v})")
        if e.is_Rational:
            raise LoweringError(f"non-integer constant {e} in an index expression")
        if e.is_Symbol:
            if e in self.temps:
                return self.temps[e][0]
            if e in self.scalar_syms:
                raise LoweringError(f"real scalar {e} in an index expression")
            return self.var(e)
        if isinstance(e, sp.Indexed):
            return self.read(e)
        if isinstance(e, (sp.floor, sp.ceiling)):
            num, den = _rsplit(e.args[0])
            if den == 1:
                return self.ip(num)
            if den.is_Integer and den < 0:
                num, den = -num, -den
            fn = "derive_fdiv" if isinstance(e, sp.floor) else "derive_cdiv"
            return f"{fn}({self.ip(num)}, {self.ip(den)})"
        if isinstance(e, (sp.Max, sp.Min)):
            fn = "derive_imax" if isinstance(e, sp.Max) else "derive_imin"
            args = list(e.args)
            s = self.ip(args[0])
            for a in args[1:]:
                s = f"{fn}({s}, {self.ip(a)})"
            return s
        if isinstance(e, sp.Mod):
            return f"derive_imod({self.ip(e.args[0])}, {self.ip(e.args[1])})"
        if isinstance(e, sp.KroneckerDelta):
            return f"((int64_t)({self.ip(e.args[0])} == {self.ip(e.args[1])}))"
        if isinstance(e, (sp.Add, sp.Mul)):
            num, den = _rsplit(e)
            if den != 1:
                # an exact quotient: the formula's divisibility condition holds here.  Terms
                # with integer coefficients stay outside the division, so that an index stays
                # visibly affine in a loop counter
                ex = sp.expand(e)
                whole = [a for a in sp.Add.make_args(ex)
                         if a.as_coeff_Mul()[0].is_Integer]
                if whole and len(whole) < len(sp.Add.make_args(ex)):
                    rest = sp.Add(*[a for a in sp.Add.make_args(ex) if a not in whole])
                    rnum, rden = _rsplit(rest)
                    return (f"({' + '.join(self.ip(a) for a in whole)} + "
                            f"(({self.ip(rnum)}) / {self.ip(rden)}))")
                return f"(({self.ip(num)}) / {self.ip(den)})"
            if isinstance(e, sp.Add):
                return "(" + " + ".join(self.ip(a) for a in e.args) + ")"
            return "(" + " * ".join(self.ip(a) for a in e.args) + ")"
        if isinstance(e, sp.Pow) and e.exp.is_Integer and e.exp > 0:
            b = self.ip(e.base)
            return "(" + " * ".join([b] * int(e.exp)) + ")"
        if isinstance(e, sp.Piecewise):
            out = "0"
            for val, cond in reversed(e.args):
                out = f"({self.cond(cond)} ? {self.ip(val)} : {out})"
            return out
        raise LoweringError(f"cannot lower {e} ({type(e).__name__}) as an integer expression")

    def cond(self, c) -> str:
        c = sp.sympify(c)
        if c in (sp.true, True):
            return "1"
        if c in (sp.false, False):
            return "0"
        if isinstance(c, sp.And):
            # a window-table lookup (whose reads are in range wherever the term reads):
            # evaluate every operand, branch-free, so that the loop vectorizes; else
            # short-circuit
            reads = c.atoms(sp.Indexed)
            safe = bool(reads) and all(str(r.base) in self.tables for r in reads)
            return "(" + (" & " if safe else " && ").join(self.cond(a) for a in c.args) + ")"
        if isinstance(c, sp.Or):
            return "(" + " || ".join(self.cond(a) for a in c.args) + ")"
        if isinstance(c, sp.Not):
            return f"(!{self.cond(c.args[0])})"
        ops = {sp.Eq: "==", sp.Ne: "!=", sp.Ge: ">=", sp.Gt: ">", sp.Le: "<=", sp.Lt: "<"}
        for k, o in ops.items():
            if isinstance(c, k):
                lhs, rhs = c.args
                if self.is_int(lhs) and self.is_int(rhs):
                    return f"({self.ip(lhs)} {o} {self.ip(rhs)})"
                return f"({self.rp(lhs)} {o} {self.rp(rhs)})"
        if isinstance(c, sp.KroneckerDelta):
            return f"({self.ip(c.args[0])} == {self.ip(c.args[1])})"
        if self.is_int(c):
            return f"({self.ip(c)} != 0)"
        raise LoweringError(f"cannot lower condition {c}")

    def is_int(self, e) -> bool:
        e = sp.sympify(e)
        if e.is_Integer:
            return True
        if e.is_Number:
            return False
        if e.is_Symbol:
            if e in self.temps:
                return self.temps[e][1] == "int"
            if e in self.scalar_syms:
                return False
            return bool(e.is_integer)
        if isinstance(e, sp.Indexed):
            if str(e.base) in self.tables:
                return self.tables[str(e.base)]["kind"] == "int"
            return self.tensors[str(e.base)].kind == "index"
        if isinstance(e, (sp.floor, sp.ceiling, sp.KroneckerDelta, sp.Mod)):
            return True
        if isinstance(e, (sp.Add, sp.Max, sp.Min)):
            return all(self.is_int(a) for a in e.args)
        if isinstance(e, sp.Mul):
            return all(self.is_int(a) for a in e.args)
        if isinstance(e, sp.Pow):
            return self.is_int(e.base) and e.exp.is_Integer and e.exp >= 0
        if isinstance(e, sp.Sum):
            return self.is_int(e.function)
        return False

    def read(self, e: sp.Indexed) -> str:
        tb = self.tables.get(str(e.base))
        if tb is not None:
            return f"{tb['cname']}[{self.flat(list(e.indices), tb['extents'])}]"
        t = self.tensors.get(str(e.base))
        if t is None:
            raise LoweringError(f"read of unknown tensor {e.base}")
        ext = self.slot_extents(t)
        idx = list(e.indices)
        if len(idx) != len(ext):
            raise LoweringError(f"{e}: {t.name} takes {len(ext)} indices")
        s = self.ip(idx[0])
        for i, x in zip(idx[1:], ext[1:]):
            s = f"({s}) * {self.ip(x)} + {self.ip(i)}"
        return f"{self.tnames[t.name]}[{s}]"

    def flat(self, idx, ext) -> str:
        """Row-major flat offset of the index expressions ``idx`` in extents ``ext``."""
        s = self.ip(idx[0])
        for i, x in zip(idx[1:], ext[1:]):
            s = f"({s}) * {self.ip(x)} + {self.ip(i)}"
        return s

    # ------------------------------------------------------------------ printing: reals
    def rp(self, e) -> str:
        e = sp.sympify(e)
        T, fs = self.ctype, self.fsuf
        if e.is_Symbol and e in self.temps:
            name, kind = self.temps[e]
            return name if kind == "real" else f"(({T}){name})"
        if self.is_int(e):
            return f"(({T}){self.ip(e)})"
        if e.is_Rational:
            return f"(({T}){e.p} / ({T}){e.q})"
        if e.is_Number:
            return f"(({T}){float(e)!r})"
        if e.is_Symbol:
            if e in self.scalar_syms:
                return f"{self.tnames[self.scalar_syms[e].name]}[0]"
            raise LoweringError(f"unbound symbol {e}")
        if isinstance(e, sp.Indexed):
            return self.read(e)
        if isinstance(e, sp.Add):
            return "(" + " + ".join(self.rp(a) for a in e.args) + ")"
        if isinstance(e, sp.Mul):
            num, den = [], []
            for a in e.args:
                if isinstance(a, sp.Pow) and a.exp.is_Integer and a.exp < 0:
                    den.append(self.rp(a.base if a.exp == -1 else a.base ** (-a.exp)))
                elif a.is_Rational and not a.is_Integer:
                    if a.p != 1:
                        num.append(f"(({T}){a.p})")
                    den.append(f"(({T}){a.q})")
                else:
                    num.append(self.rp(a))
            s = " * ".join(num) if num else f"(({T})1)"
            if den:
                s = f"({s}) / ({' * '.join(den)})"
            return f"({s})"
        if isinstance(e, sp.Pow):
            b, x = e.base, e.exp
            if x.is_Integer:
                n = int(x)
                if n == 0:
                    return f"(({T})1)"
                bs = self.rp(b)
                s = " * ".join([bs] * abs(n))
                return f"({s})" if n > 0 else f"(({T})1 / ({s}))"
            if x == sp.Rational(1, 2):
                return f"sqrt{fs}({self.rp(b)})"
            return f"pow{fs}({self.rp(b)}, {self.rp(x)})"
        if isinstance(e, sp.exp):
            return f"exp{fs}({self.rp(e.args[0])})"
        if isinstance(e, sp.log):
            return f"log{fs}({self.rp(e.args[0])})"
        if isinstance(e, sp.tanh):
            return f"tanh{fs}({self.rp(e.args[0])})"
        if isinstance(e, sigmoid):
            return f"(({T})1 / (({T})1 + exp{fs}(-{self.rp(e.args[0])})))"
        if isinstance(e, relu):
            a = self.rp(e.args[0])
            return f"({a} > ({T})0 ? {a} : ({T})0)"
        if isinstance(e, step):
            return f"({self.rp(e.args[0])} > ({T})0 ? ({T})1 : ({T})0)"
        if isinstance(e, (sp.Max, sp.Min)):
            fn = ("fmax" if isinstance(e, sp.Max) else "fmin") + fs
            s = self.rp(e.args[0])
            for a in e.args[1:]:
                s = f"{fn}({s}, {self.rp(a)})"
            return s
        if isinstance(e, sp.Piecewise):
            if (len(e.args) == 2 and e.args[0][0] == 1 and e.args[1][0] == 0
                    and e.args[1][1] in (sp.true, True)):
                return f"(({T}){self.cond(e.args[0][1])})"   # an indicator: no branch
            out = f"(({T})0)"
            for val, c in reversed(e.args):
                out = f"({self.cond(c)} ? {self.rp(val)} : {out})"
            return out
        if isinstance(e, sp.Abs):
            return f"fabs{fs}({self.rp(e.args[0])})"
        raise LoweringError(f"cannot lower {e} ({type(e).__name__})")

    # ------------------------------------------------------------------ atoms
    def stabilize(self, body):
        """Rewrite sums of exp so that they are computed with the largest exponent subtracted:
        ``log(S) -> m + log(S')``, ``exp(v) / S -> exp(v - m) / S'``, else ``S -> exp(m) S'``,
        where ``S = sum exp(u)``, ``m = max u`` and ``S' = sum exp(u - m)``.  Returns the new
        body and a map ``S -> (m symbol, S' atom)``."""
        body = sp.sympify(body)
        stable = {}
        for a in _top_atoms(body):
            if isinstance(a, sp.Sum) and isinstance(a.function, sp.exp):
                m = sp.Symbol(self.fresh("shift"), real=True)
                u = a.function.args[0]
                stable[a] = (m, sp.Sum(sp.exp(u - m), *a.limits), u)
        if not stable:
            return body, {}

        def rw(x):
            if isinstance(x, sp.log) and x.args[0] in stable:
                m, s2, _ = stable[x.args[0]]
                return m + sp.log(s2, evaluate=False)
            if isinstance(x, sp.Mul):
                facs = list(x.args)
                for S, (m, s2, _) in stable.items():
                    if sp.Pow(S, -1) in facs:
                        exps = [f for f in facs if isinstance(f, sp.exp)]
                        if len(exps) == 1:
                            facs = [sp.Pow(s2, -1, evaluate=False) if f == sp.Pow(S, -1)
                                    else (sp.exp(f.args[0] - m, evaluate=False)
                                          if f is exps[0] else f) for f in facs]
                            return sp.Mul(*[rw(f) for f in facs], evaluate=False)
                return sp.Mul(*[rw(f) for f in facs], evaluate=False)
            if x in stable:
                m, s2, _ = stable[x]
                return sp.exp(m, evaluate=False) * s2
            if _is_atom(x) or not x.args:
                return x
            if isinstance(x, sp.Indexed):
                return x
            args = [rw(a) for a in x.args]
            try:
                return x.func(*args, evaluate=False)
            except TypeError:
                return x.func(*args)

        return rw(body), {m: (u, S) for S, (m, s2, u) in stable.items()}

    def emit_atom(self, atom, out: list, ind: str):
        """Emit the code computing ``atom`` into a new temporary; returns (symbol, kind)."""
        T = self.ctype
        if isinstance(atom, sp.Sum):
            kind = "int" if self.is_int(atom.function) else "real"
            name = self.fresh("sum")
            ctype = "int64_t" if kind == "int" else T
            out.append(f"{ind}{ctype} {name} = 0;")
            body, lim_vars = self.rename_bound(atom.function, [l[0] for l in atom.limits])
            limits = [(lim_vars[i], lo.xreplace(self._ren), hi.xreplace(self._ren))
                      for i, (_, lo, hi) in enumerate(atom.limits)]
            close = self.open_plain_loops(limits, out, ind)
            inner = ind + "    " * len(limits)
            body = self.emit_inner_atoms(body, out, inner)
            val = self.ip(body) if kind == "int" else self.rp(body)
            out.append(f"{inner}{name} += {val};")
            out.extend(close)
            return name, kind
        if isinstance(atom, (WindowMax, ArgmaxIs)):
            win = atom if isinstance(atom, WindowMax) else atom.window
            first = isinstance(atom, ArgmaxIs) and win.ties == "first"
            split = isinstance(atom, ArgmaxIs) and win.ties == "split"
            best, found, pos, cnt, wbody, wvars, where, limits = self.emit_scan(
                win, out, ind, first, split)
            name = self.fresh("wmax" if isinstance(atom, WindowMax) else "share")
            if isinstance(atom, WindowMax):
                empty = "-INFINITY" if win.empty == -sp.oo else f"({T}){float(win.empty)!r}"
                out.append(f"{ind}const {T} {name} = {found} ? {best} : {empty};")
                return name, "real"
            at = list(atom.at)
            if first:
                eqs = " && ".join(f"{p} == {self.ip(a)}" for p, a in zip(pos, at))
                out.append(f"{ind}const {T} {name} = ({found} && {eqs}) ? ({T})1 : ({T})0;")
                return name, "real"
            # split: the share of `at` is 1/#maximizers when `at` is a maximizer
            sub = {w: a for w, a in zip(wvars, at)}
            inside = [f"{self.ip(lo.xreplace(sub))} <= {self.ip(a)} && "
                      f"{self.ip(a)} <= {self.ip(hi.xreplace(sub))}"
                      for (_, lo, hi), a in zip(limits, at)]
            if where not in (sp.true, True, sp.S.One):
                inside.append(self.cond(where.xreplace(sub)))
            cond_in = " && ".join(f"({c})" for c in inside) or "1"
            out.append(f"{ind}{T} {name} = 0;")
            out.append(f"{ind}if ({found} && {cond_in}) {{")
            wat = self.emit_inner_atoms(wbody.xreplace(sub), out, ind + "    ")
            out.append(f"{ind}    if ({self.rp(wat)} == {best}) {name} = ({T})1 / ({T}){cnt};")
            out.append(f"{ind}}}")
            return name, "real"
        raise LoweringError(f"cannot lower atom {atom}")

    def emit_scan(self, win, out, ind, first=False, split=False, box=None):
        """Emit the loops scanning the window ``win`` for its maximum: declares ``best`` and
        ``found`` (and the first maximizer position ``pos`` / the number of maximizers ``cnt``
        when asked; with ``box`` (the window's constant bounds) the first maximizer is kept
        as one code, its row-major rank in the box, -1 while none: returned as ``pos``)
        ; returns those names with the renamed window."""
        T = self.ctype
        wbody, wvars = self.rename_bound(win.body, list(win.variables))
        where = sp.sympify(win.where).xreplace(self._ren)
        limits = [(wvars[i], sp.sympify(lo).xreplace(self._ren),
                   sp.sympify(hi).xreplace(self._ren))
                  for i, (_, lo, hi) in enumerate(win.limits)]
        best, found = self.fresh("best"), self.fresh("found")
        out.append(f"{ind}{T} {best} = 0;")
        if not (first and box is not None):
            out.append(f"{ind}int {found} = 0;")
        pos = [self.fresh("at") for _ in wvars] if first and box is None else []
        code = self.fresh("code") if first and box is not None else None
        cnt = self.fresh("ties") if split else None
        for p in pos:
            out.append(f"{ind}int64_t {p} = 0;")
        if code:
            out.append(f"{ind}int {code} = -1;")
        if cnt:
            out.append(f"{ind}int64_t {cnt} = 0;")
        close = self.open_plain_loops(limits, out, ind)
        inner = ind + "    " * len(limits)
        if where not in (sp.true, True, sp.S.One):
            out.append(f"{inner}if (!{self.cond(where)}) continue;")
        wbody2 = self.emit_inner_atoms(wbody, out, inner)
        v = self.fresh("v")
        out.append(f"{inner}const {T} {v} = {self.rp(wbody2)};")
        # branch-free update (selects), so that the compiler can if-convert the scan
        up = self.fresh("up")
        if code:
            strides = [math.prod(h - l + 1 for l, h in box[d + 1:]) for d in range(len(box))]
            rank = " + ".join(f"({self.var(w)} - ({l})) * {st}"
                              for w, (l, _), st in zip(wvars, box, strides))
            # `|`, not `||`: no branch on the data (a taken branch per new maximum mispredicts)
            out.append(f"{inner}const int {up} = ({code} < 0) | ({v} > {best});")
            out.append(f"{inner}{best} = {up} ? {v} : {best};")
            # the rank through a mask: with the window loops unrolled, a select would become
            # a branch on the data again
            out.append(f"{inner}{code} = ({code} & ~-{up}) | ((int)({rank}) & -{up});")
            out.extend(close)
            return best, found, code, cnt, wbody, wvars, where, limits
        out.append(f"{inner}const int {up} = (!{found}) | ({v} > {best});")
        if cnt:
            out.append(f"{inner}{cnt} = {up} ? 1 : {cnt} + ({v} == {best});")
        out.append(f"{inner}{best} = {up} ? {v} : {best};")
        for p, w in zip(pos, wvars):
            out.append(f"{inner}{p} = {up} ? {self.var(w)} : {p};")
        out.append(f"{inner}{found} = 1;")
        out.extend(close)
        return best, found, pos, cnt, wbody, wvars, where, limits

    def rename_bound(self, body, variables):
        """Fresh names for bound variables (a window's dummies, a sum's index)."""
        ren = {}
        for v in variables:
            nv = sp.Symbol(self.fresh(v.name.lstrip("_")), integer=True)
            self.names[nv] = nv.name
            ren[v] = nv
        self._ren = ren
        return sp.sympify(body).xreplace(ren), [ren[v] for v in variables]

    def emit_inner_atoms(self, body, out, ind):
        """Compute the atoms of ``body`` here (no hoisting); returns the body with temps."""
        body, shifts = self.stabilize(body)
        self.emit_shifts(shifts, out, ind)
        rep = {}
        for a in _top_atoms(body):
            name, kind = self.emit_atom(a, out, ind)
            s = _temp_symbol(name, kind)
            self.temps[s] = (name, kind)
            rep[a] = s
        return body.xreplace(rep)

    def emit_shifts(self, shifts, out, ind):
        T = self.ctype
        for m, (u, S) in shifts.items():
            self.temps[m] = (m.name, "real")
            out.append(f"{ind}{T} {m.name} = -INFINITY;")
            ub, vs = self.rename_bound(u, [l[0] for l in S.limits])
            limits = [(vs[i], lo.xreplace(self._ren), hi.xreplace(self._ren))
                      for i, (_, lo, hi) in enumerate(S.limits)]
            close = self.open_plain_loops(limits, out, ind)
            inner = ind + "    " * len(limits)
            ub = self.emit_inner_atoms(ub, out, inner)
            v = self.fresh("e")
            out.append(f"{inner}const {T} {v} = {self.rp(ub)};")
            out.append(f"{inner}if ({v} > {m.name}) {m.name} = {v};")
            out.extend(close)
            out.append(f"{ind}if (!({m.name} > -INFINITY)) {m.name} = 0;")

    def open_plain_loops(self, limits, out, ind):
        close = []
        for k, (v, lo, hi) in enumerate(limits):
            i2 = ind + "    " * k
            vn = self.var(v)
            lo, hi = tighten(lo, self.space), tighten(hi, self.space)
            out.append(f"{i2}for (int64_t {vn} = {self.ip(lo)}; {vn} <= {self.ip(hi)}; ++{vn}) {{")
            close.insert(0, f"{i2}}}")
        return close


    # ------------------------------------------------------------------ window tables
    def tabulate(self, t: Term, body, free, out, ind, frees):
        """Hoist window scans out of the gather loops.

        A ``WindowMax`` / ``ArgmaxIs`` atom of term ``t`` that depends on the term's loop
        variables is rescanned for every (element, tap) pair.  When its window is a function of
        the indices ``E`` of another read ``R[E]`` of the same body (for a pooling gradient:
        the upstream gradient, one window per output position), the window is scanned once per
        position of ``R`` in a pre-pass into tables indexed like ``R`` (the maximum; the first
        maximizer; or the maximum and the number of maximizers), and the atom becomes a table
        lookup at ``E``.  Returns the body with those atoms replaced."""
        loopvars = set(t.variables)
        atoms = [a for a in _top_atoms(body)
                 if (isinstance(a, (WindowMax, ArgmaxIs))
                     and (a.free_symbols & loopvars or self._data_window(a)))
                 or (isinstance(a, sp.Sum) and self._data_window(a))]
        if not atoms:
            return body
        holes = {a: sp.Dummy() for a in _top_atoms(body)}
        reads = [r for r in sp.sympify(body).xreplace(holes).atoms(sp.Indexed)
                 if str(r.base) in self.tensors and r.indices]
        rep = {}
        for a in atoms:
            win = a if isinstance(a, (WindowMax, sp.Sum)) else a.window
            if isinstance(a, sp.Sum):
                if _top_atoms(a.function) or any(
                        _top_atoms(lo) or _top_atoms(hi) for _, lo, hi in a.limits):
                    continue
            elif _top_atoms(win.body) or _top_atoms(win.where) or any(
                    _top_atoms(lo) or _top_atoms(hi) for _, lo, hi in win.limits):
                continue
            if isinstance(a, ArgmaxIs) and win.ties not in ("first", "split"):
                continue
            for r in sorted(reads, key=lambda r: (str(r.base) != self.upstream.name, str(r))):
                key = self._window_key(win, r, list(free) + list(t.variables))
                if key is None:
                    continue
                new = self._emit_tables(a, win, key, r, out, ind, frees)
                if new is not None:
                    rep[a] = new
                    break
        return sp.sympify(body).xreplace(rep) if rep else body

    def _data_window(self, a) -> bool:
        """The window of atom ``a`` is selected by a value read from an index tensor at the
        element's own indices (a superpixel region: ``label[n, _h, _w] == label[n, p, q]``):
        without a table, every element would rescan the whole image."""
        if isinstance(a, sp.Sum):
            wvars, where = {v for v, *_ in a.limits}, a.function
        else:
            win = a if isinstance(a, WindowMax) else a.window
            wvars, where = set(win.variables), win.where
        for x in sp.sympify(where).atoms(sp.Indexed):
            t = self.tensors.get(str(x.base))
            if t is not None and t.kind == "index" and not (x.free_symbols & wvars):
                return True
        return False

    def _window_key(self, win, r, order):
        """``(window in terms of new symbols o_p, [o_p])`` when substituting ``E_p = o_p`` for
        the indices ``E`` of read ``r`` leaves the window free of loop variables; else None.
        An index that is itself a read (a label value) is replaced as a whole."""
        import itertools
        E = [sp.sympify(e) for e in r.indices]
        osyms = [sp.Symbol(self.fresh("o"), integer=True) for _ in E]
        data = {e: o for e, o in zip(E, osyms) if isinstance(e, sp.Indexed)}
        lin = [(e, o) for e, o in zip(E, osyms) if not isinstance(e, sp.Indexed)]
        used = set().union(*(e.free_symbols for e, _ in lin)) if lin else set()
        cand = [v for v in order if v in used]
        if len(cand) < len(lin) or len(cand) > 10:
            return None
        eqs = [e - o for e, o in lin]
        allowed = set(osyms) | set(self.sizes)
        win_d = win.xreplace(data) if data else win
        for combo in itertools.combinations(cand, len(lin)):
            if combo:
                try:
                    sol = sp.linsolve(eqs, list(combo))
                except Exception:
                    continue
                if not sol or len(sol) != 1:
                    continue
                vals = list(sol)[0]
            else:
                vals = ()
            if any(set(combo) & sp.sympify(v).free_symbols for v in vals):
                continue
            w2 = win_d.xreplace(dict(zip(combo, vals)))
            syms = {x for x in w2.free_symbols if isinstance(x, sp.Symbol)
                    and not isinstance(x, sp.Indexed) and x.name not in self.tensors}
            if syms <= allowed:
                for o in osyms:
                    self.names[o] = o.name
                return w2, osyms
        return None

    def _emit_tables(self, a, win, key, r, out, ind, frees):
        """Pre-pass filling the tables of atom ``a`` (window ``win``) over the index space of
        ``r``'s tensor; returns the expression replacing ``a`` in the gather body."""
        T = self.ctype
        w2, osyms = key
        tensor = self.tensors[str(r.base)]
        ext = self.slot_extents(tensor)
        E = list(r.indices)
        if isinstance(a, sp.Sum):
            return self._emit_sum_table(w2, osyms, ext, E, out, ind, frees)
        first = isinstance(a, ArgmaxIs) and win.ties == "first"
        split = isinstance(a, ArgmaxIs) and win.ties == "split"
        box, volume = _code_box(w2)
        ptype, pmin = "int64_t", "INT64_MIN"
        if volume is not None:
            ptype = ("int8_t" if volume <= 127 else "int16_t" if volume <= 32767 else
                     "int32_t" if volume <= 2**31 - 1 else None)
            if ptype is None:
                volume, ptype = None, "int64_t"
        specs = []   # (role, ctype, kind)
        if isinstance(a, WindowMax):
            specs.append(("max", T, "real"))
        elif first and volume is not None:
            specs.append(("code", ptype, "int"))
        elif first:
            specs += [(f"pos{d}", ptype, "int") for d in range(len(w2.limits))]
        else:
            ptype = "int32_t" if ptype == "int64_t" else ptype
            specs += [("max", T, "real"), ("count", ptype, "int")]
        bases, names, total = self._alloc_tables(specs, ext, out, ind, frees)
        # the pre-pass: one window scan per position of r's tensor
        outer, out = out, []
        cur = ind
        for o, x in zip(osyms, ext):
            out.append(f"{cur}for (int64_t {o.name} = 0; {o.name} < {self.ip(x)}; ++{o.name}) {{")
            cur += "    "
        coded = first and volume is not None
        best, found, pos, cnt, _, _, _, _ = self.emit_scan(w2, out, cur, first, split,
                                                           box if coded else None)
        at = self.flat(osyms, ext)
        if isinstance(a, WindowMax):
            empty = "-INFINITY" if win.empty == -sp.oo else f"({T}){float(win.empty)!r}"
            out.append(f"{cur}{names['max']}[{at}] = {found} ? {best} : {empty};")
        elif coded:
            out.append(f"{cur}{names['code']}[{at}] = ({ptype}){pos};")
        elif first:
            for d, p in enumerate(pos):
                out.append(f"{cur}{names[f'pos{d}']}[{at}] = {found} ? ({ptype}){p} : {pmin};")
        else:
            out.append(f"{cur}{names['max']}[{at}] = {best};")
            out.append(f"{cur}{names['count']}[{at}] = ({ptype}){cnt};")   # <= window volume
        for k in range(len(osyms)):
            out.append(f"{ind}{'    ' * (len(osyms) - 1 - k)}}}")
        self.parallel(outer, ind, " collapse(2)" if len(osyms) >= 2 else "", f"({total})",
                      out, OMP_MIN_WORK // 8)
        out = outer
        # the lookup replacing the atom in the gather body
        if isinstance(a, WindowMax):
            return bases["max"][tuple(E)]
        at_e = list(a.at)
        if first and volume is not None:
            strides = [math.prod(h - l + 1 for l, h in box[d + 1:]) for d in range(len(box))]
            enc = sp.Add(*[(x - l) * st for x, (l, _), st in zip(at_e, box, strides)])
            eqs = [sp.Eq(bases["code"][tuple(E)], sp.expand(enc), evaluate=False)]
            for x, (l, h) in zip(at_e, box):
                eqs += [sp.Ge(x, l, evaluate=False), sp.Le(x, h, evaluate=False)]
            return sp.Piecewise((sp.S.One, sp.And(*eqs)), (sp.S.Zero, True))
        if first:
            eqs = [sp.Eq(bases[f"pos{d}"][tuple(E)], x, evaluate=False)
                   for d, x in enumerate(at_e)]
            return sp.Piecewise((sp.S.One, sp.And(*eqs)), (sp.S.Zero, True))
        sub = {w: x for w, x in zip(win.variables, at_e)}
        inside = []
        for (_, lo, hi), x in zip(win.limits, at_e):
            inside += [sp.Ge(x, sp.sympify(lo).xreplace(sub), evaluate=False),
                       sp.Le(x, sp.sympify(hi).xreplace(sub), evaluate=False)]
        if win.where not in (sp.true, True, sp.S.One):
            inside.append(sp.sympify(win.where).xreplace(sub))
        wat = sp.sympify(win.body).xreplace(sub)
        share = sp.Piecewise((sp.Pow(bases["count"][tuple(E)], -1),
                              sp.Eq(wat, bases["max"][tuple(E)], evaluate=False)),
                             (sp.S.Zero, True))
        return sp.Piecewise((share, sp.And(*inside)), (sp.S.Zero, True))

    def _alloc_tables(self, specs, ext, out, ind, frees):
        """malloc one table per ``(role, ctype, kind)`` of ``specs``, indexed like a tensor of
        extents ``ext``; on failure every table so far is freed and an error code returned.
        Returns the tables' IndexedBases and C names by role, and the element count."""
        total = " * ".join(f"({self.ip(x)})" for x in ext)
        bases, names = {}, {}
        code = self.error("out of memory for a work table")
        for role, ctype, kind in specs:
            cname = self.fresh("table_" + role)
            self.tables[cname] = {"cname": cname, "extents": ext, "kind": kind}
            bases[role], names[role] = sp.IndexedBase(cname), cname
            out.append(f"{ind}{ctype} *restrict {cname} = ({ctype} *)malloc(sizeof({ctype}) "
                       f"* (size_t)({total}));")
            frees.append(cname)
        out.append(f"{ind}if ({' || '.join(f'{n} == NULL' for n in frees)}) {{")
        for n in frees:
            out.append(f"{ind}    free({n});")
        out.append(f"{ind}    return {code};")
        out.append(f"{ind}}}")
        return bases, names, total

    def _emit_sum_table(self, w2, osyms, ext, E, out, ind, frees):
        """Pre-pass tabulating a ``Sum`` atom (a region's size) once per position of a read
        (the region's upstream gradient); returns the lookup replacing the atom."""
        T = self.ctype
        bases, names, total = self._alloc_tables([("sum", T, "real")], ext, out, ind, frees)
        cname, base = names["sum"], bases["sum"]
        nest, cur = [], ind
        for o, x in zip(osyms, ext):
            nest.append(f"{cur}for (int64_t {o.name} = 0; {o.name} < {self.ip(x)}; ++{o.name}) {{")
            cur += "    "
        acc = self.fresh("sum")
        nest.append(f"{cur}{T} {acc} = 0;")
        inner = cur
        for v, lo, hi in w2.limits:
            vn = self.var(v)
            nest.append(f"{inner}for (int64_t {vn} = {self.ip(lo)}; {vn} <= {self.ip(hi)}; "
                        f"++{vn}) {{")
            inner += "    "
        nest.append(f"{inner}{acc} += {self.rp(w2.function)};")
        for _ in w2.limits:
            inner = inner[:-4]
            nest.append(f"{inner}}}")
        nest.append(f"{cur}{cname}[{self.flat(osyms, ext)}] = {acc};")
        for k in range(len(osyms)):
            nest.append(f"{ind}{'    ' * (len(osyms) - 1 - k)}}}")
        self.parallel(out, ind, " collapse(2)" if len(osyms) >= 2 else "", f"({total})", nest,
                      OMP_MIN_WORK // 8)
        return base[tuple(E)]

    # ------------------------------------------------------------------ formulas
    def lower_formula(self, f: Formula, target_name: str, out: list, ind: str):
        """Emit the code computing every element of ``f`` into ``target_name``: contraction
        terms as gathers and a GEMM (:mod:`derive.codegen.c_contract`), the other terms as one
        loop nest written first."""
        plans = [(t, c_contract.plan(self, f, t)) for t in f.terms] if self.contract else []
        if any(p is not None for _, p in plans):
            # small products run faster as plain loops (no buffers, no packing): both forms
            # are emitted and the sizes choose
            work = sp.Add(*[c_contract.flops(p) for _, p in plans if p not in (None, "empty")])
            name = self.fresh("products")
            out.append(f"{ind}const int64_t {name} = {self.ip(work)};")
            out.append(f"{ind}if ({name} < DERIVE_GEMM_MIN_FLOPS) {{")
            self.lower_loops(f, target_name, out, ind + "    ")
            out.append(f"{ind}}} else {{")
            i2 = ind + "    "
            rest = [t for t, p in plans if p is None]
            live = [p for _, p in plans if p not in (None, "empty")]
            if not rest and len(live) == 1 and c_contract.writes_every_element(live[0]):
                # one product writes every element: no zeroed output to add to
                c_contract.emit(self, f, live[0], target_name, out, i2, overwrite=True)
                out.append(f"{ind}}}")
                return
            if rest:
                self.lower_loops(Formula(f.target, f.index, f.ranges, rest, f.loss),
                                 target_name, out, i2)
            else:
                out.append(i2 + self.zero_fill(target_name, f.ranges))
            for t, p in plans:
                if p is not None and p != "empty":
                    c_contract.emit(self, f, p, target_name, out, i2)
            out.append(f"{ind}}}")
            return
        self.lower_loops(f, target_name, out, ind)

    def lower_loops(self, f: Formula, target_name: str, out: list, ind: str):
        """Emit the loop nest computing every element of ``f`` into ``target_name``."""
        free = list(f.index)
        if len(f.terms) == 1 and self._selector_scatter(f, f.terms[0], target_name, out, ind):
            return
        try:
            # the free loops below run over 0 .. range - 1 (row mode: a part of it)
            self.space = {v: (sp.S.Zero, self.conc(r) - 1) for v, r in zip(free, f.ranges)}
            self._lower_loops(f, target_name, out, ind)
        finally:
            self.space = {}

    def _lower_loops(self, f: Formula, target_name: str, out: list, ind: str):
        T = self.ctype
        free = list(f.index)
        level = {v: k for k, v in enumerate(free)}
        F = len(free)
        # atoms of every term, after the exp-sum rewriting
        terms = []
        free_atoms: dict[int, list] = {}
        frees: list[str] = []
        for t in f.terms:
            body, shifts = self.stabilize(t.body)
            body = self.tabulate(t, body, free, out, ind, frees)
            terms.append((t, body, shifts))
        free_tables = [f"{ind}free({n});" for n in frees]
        # hoisting of atoms that depend on free indices only
        hoisted = {}
        for t, body, shifts in terms:
            for m, (u, S) in shifts.items():
                deps = S.free_symbols | (u.free_symbols - {l[0] for l in S.limits})
                d = self._depth(deps, level)
                if not (deps & set(t.variables)):
                    free_atoms.setdefault(-1 if d is None else d, []).append(
                        ("shift", m, (u, S)))
                    hoisted[m] = True
            for a in _top_atoms(body):
                if a.free_symbols & set(t.variables):
                    continue
                if any(a == x[1] for lst in free_atoms.values() for x in lst):
                    continue
                d = self._depth(a.free_symbols, level)
                free_atoms.setdefault(-1 if d is None else d, []).append(("atom", a, None))
        rep = {}

        def emit_free(d, ind2, dest=None):
            dest = out if dest is None else dest
            for kind, a, extra in free_atoms.get(d, []):
                if kind == "shift":
                    self.emit_shifts({a: extra}, dest, ind2)
                else:
                    name, k = self.emit_atom(a, dest, ind2)
                    s = _temp_symbol(name, k)
                    self.temps[s] = (name, k)
                    rep[a] = s

        emit_free(-1, ind)
        plans = self._row_plans(f, terms, hoisted, free_atoms) if self.row_mode else None
        nloops = F - 1 if plans is not None else F
        if plans is not None:
            # row mode: the last free index is the innermost loop of every term (unit stride)
            self._row_nest(f, terms, plans, hoisted, rep, target_name, level, out, ind,
                           emit_free, free_atoms)
            out.extend(free_tables)
            return
        closes = []
        outer, out = out, []
        for k, v in enumerate(free[:nloops]):
            i2 = ind + "    " * k
            vn = self.var(v)
            out.append(f"{i2}for (int64_t {vn} = 0; {vn} < {self.ip(self.conc(f.ranges[k]))}; "
                       f"++{vn}) {{")
            closes.insert(0, f"{i2}}}")
            emit_free(k, i2 + "    ")
        inner = ind + "    " * nloops
        flat = self.flat_index(f.target, free, f)
        acc = self.fresh("acc")
        out.append(f"{inner}{T} {acc} = 0;")
        for t, body, shifts in terms:
            shifts = {m: v for m, v in shifts.items() if m not in hoisted}
            self.lower_term(t, body.xreplace(rep), shifts, acc, level, out, inner)
        out.append(f"{inner}{target_name}[{flat}] = {acc};")
        out.extend(closes)
        if nloops:
            collapse = nloops >= 2 and not free_atoms.get(0)
            self.parallel(outer, ind, " collapse(2)" if collapse else "",
                          self.ip_once(self._work(f)), out, OMP_MIN_WORK)
        else:
            outer.extend(out)
        outer.extend(free_tables)

    def _selector_scatter(self, f: Formula, t: Term, target_name, out, ind) -> bool:
        """Lower a term selected by a first maximizer (the max-pooling gradient) from the
        upstream side (:mod:`derive.codegen.selector`): per position ``o`` of the read ``R``,
        one scan of its window finds the maximizer ``k``, and ``c * R[o]`` is added to the
        element solving ``E(x, k) = o`` when the term's remaining conditions hold there.  One
        window scan per position of ``R``, instead of a table pre-pass and one lookup per
        (element, offset) pair.  Returns False (nothing emitted) when the term has another form.

        Output elements whose leading indices equal those of ``R`` (batch, channel) are written
        from one plane of ``R`` only: the planes are shared among the threads, each zeroing its
        output plane first."""
        body, shifts = self.stabilize(t.body)
        if shifts:
            return False

        def position(d):
            o = sp.Symbol(self.fresh("o"), integer=True)
            self.names[o] = o.name
            return o

        s = selector.match(f, t, body, self.tensors, position)
        if s is None:
            return False
        box, volume = _code_box(s.window)
        free, E, osyms = list(f.index), tuple(s.read.indices), s.positions
        P = 0
        while P < min(len(free), len(E)) and E[P] == free[P]:
            P += 1
        if volume is None or P == 0:    # P = 0: no plane of the output to give each thread
            return False
        ext = self.slot_extents(self.tensors[str(s.read.base)])
        space = {o: (sp.S.Zero, self.conc(x) - 1) for o, x in zip(osyms, ext)}
        space.update({k: (sp.Integer(lo), sp.Integer(hi)) for k, (lo, hi) in zip(s.offsets, box)})
        keep = selector.conditions(f, t, s, self.conc, space)
        ranges = [self.conc(r) for r in f.ranges]
        nest, closes, cur = [], [], ind
        # the last position loop runs in blocks: a scan loop that writes the maximizers of the
        # block into a row (branch-free, so the compiler can vectorize it as the forward's
        # window maximum), then the loop adding the upstream values at the maximizers
        split = keep is not None and P < len(E)
        for d in range(len(E)):
            on = osyms[d].name
            if split and d == len(E) - 1:
                ob, oe, row = self.fresh("ob"), self.fresh("oe"), self.fresh("row")
                X = self.ip(ext[d])
                nest.append(f"{cur}for (int64_t {ob} = 0; {ob} < {X}; {ob} += {SCAN_BLOCK}) {{")
                closes.insert(0, f"{cur}}}")
                cur += "    "
                nest.append(f"{cur}const int64_t {oe} = derive_imin({ob} + {SCAN_BLOCK}, {X});")
                nest.append(f"{cur}int {row}[{SCAN_BLOCK}];")
                nest.append(f"{cur}for (int64_t {on} = {ob}; {on} < {oe}; ++{on}) {{")
            else:
                nest.append(f"{cur}for (int64_t {on} = 0; {on} < {self.ip(ext[d])}; ++{on}) {{")
            closes.insert(0, f"{cur}}}")
            cur += "    "
            if d == P - 1:
                plane = self.ip(sp.Mul(*ranges[P:]))
                at = self.flat(osyms[:P] + [0] * (len(free) - P), ranges)
                q = self.fresh("q")
                nest.append(f"{cur}for (int64_t {q} = 0; {q} < {plane}; ++{q}) "
                            f"{target_name}[{at} + {q}] = 0;")
        if keep is not None:           # else the term adds nothing: the planes stay zero
            self.space = space
            try:
                _, _, code, _, *_ = self.emit_scan(s.window, nest, cur, True, False, box)
            finally:
                self.space = {}
            if split:
                on = osyms[-1].name
                nest.append(f"{cur}{row}[{on} - {ob}] = {code};")
                nest.append(f"{cur[:-4]}}}")
                nest.append(f"{cur[:-4]}for (int64_t {on} = {ob}; {on} < {oe}; ++{on}) {{")
                nest.append(f"{cur}const int {code} = {row}[{on} - {ob}];")
            nest.append(f"{cur}if ({code} < 0) continue;")
            # the element's flat index: a part in the positions plus a part in the offsets,
            # the latter tabulated per code once per call (no decoding of the code)
            parts = selector.flat_parts(s, free, ranges)
            table = parts is not None and volume <= OFFSET_TABLE_MAX
            # the offsets and elements the address or the remaining conditions use
            kset = set(s.offsets)
            in_keep = set().union(*[sp.sympify(c).free_symbols for c in keep])
            used_v = set(free) & in_keep if table else set(free)
            used_k = set().union(kset & in_keep,
                                 *[s.solution[v].free_symbols & kset for v in used_v])
            nest += self._decode(code, s.offsets, box, used_k, cur)
            for v in free:
                if v in used_v:
                    nest.append(f"{cur}const int64_t {self.var(v)} = {self.ip(s.solution[v])};")
            if keep:
                checks = " && ".join(self.cond(c) for c in keep)
                nest.append(f"{cur}if (!({checks})) continue;")
            val = selector.value_at(s, osyms)
            if table:
                flat_o, flat_k = parts
                tab, q = self.fresh("offset"), self.fresh("q")
                out.append(f"{ind}int64_t {tab}[{volume}];")
                out.append(f"{ind}for (int64_t {q} = 0; {q} < {volume}; ++{q}) {{")
                out += self._decode(q, s.offsets, box, kset, ind + "    ")
                out.append(f"{ind}    {tab}[{q}] = {self.ip(flat_k)};")
                out.append(f"{ind}}}")
                at = f"{self.ip(flat_o)} + {tab}[{code}]"
            else:
                at = self.flat(free, ranges)
            # windows that do not overlap: each element gets at most one value, stored into
            # the zeroed plane (no read of the element)
            op = "=" if selector.disjoint(s, box) else "+="
            nest.append(f"{cur}{target_name}[{at}] {op} {self.rp(val)};")
        nest.extend(closes)
        work = self.ip_once(sp.Mul(*[self.conc(x) for x in ext]))
        self.parallel(out, ind, " collapse(2)" if P >= 2 else "", work, nest, OMP_MIN_WORK // 8)
        return True

    def _decode(self, code, offsets, box, which, ind) -> list[str]:
        """Lines declaring the offsets in ``which`` from ``code``, their row-major rank in
        ``box`` (the window's constant bounds)."""
        lines = []
        for d, (k, (lo, hi)) in enumerate(zip(offsets, box)):
            if k in which:
                stride = math.prod(h - l + 1 for l, h in box[d + 1:])
                lines.append(f"{ind}const int64_t {self.var(k)} = {lo} + ({code} / {stride}) "
                             f"% {hi - lo + 1};")
        return lines

    def _row_nest(self, f, terms, plans, hoisted, rep, target_name, level, out, ind,
                  emit_free, free_atoms):
        """Emit the row-mode loop nest: the free indices but the last as loops, then per term
        its sums with the last free index innermost, accumulating into the output row."""
        free = list(f.index)
        nloops = len(free) - 1
        closes = []
        outer, out = out, []
        for k, v in enumerate(free[:nloops]):
            i2 = ind + "    " * k
            vn = self.var(v)
            R = self.ip(self.conc(f.ranges[k]))
            out.append(f"{i2}for (int64_t {vn} = 0; {vn} < {R}; ++{vn}) {{")
            closes.insert(0, f"{i2}}}")
            emit_free(k, i2 + "    ", out)
        inner = ind + "    " * nloops
        ext = [self.conc(r) for r in f.ranges]
        j = free[-1]
        jn = self.var(j)
        rj = self.ip(ext[-1])
        tgt = f"{target_name}[{self.flat(free, ext)}]"
        # a term that writes the whole row unconditionally (a bias) is stored first, in place
        # of zeroing the row
        first = next((k for k, ((t, _, _), plan) in enumerate(zip(terms, plans))
                      if _covers_row(t, plan)), None)
        order = list(range(len(terms)))
        if first is None:
            out.append(f"{inner}for (int64_t {jn} = 0; {jn} < {rj}; ++{jn}) {tgt} = 0;")
        else:
            order.remove(first)
            order.insert(0, first)
        row = {"j": j, "target": tgt, "R": ext[-1], "tname": target_name, "free": free,
               "ext": ext}
        for k in order:
            (t, body, shifts), plan = terms[k], plans[k]
            shifts = {m: v for m, v in shifts.items() if m not in hoisted}
            self.lower_term(t, body.xreplace(rep), shifts, None, level, out, inner,
                            row=dict(row, plan=plan, assign=k == first))
        out.extend(closes)
        collapse = nloops >= 2 and not free_atoms.get(0)
        self.parallel(outer, ind, " collapse(2)" if collapse else "", self.ip_once(self._work(f)),
                      out, OMP_MIN_WORK)

    def parallel(self, out, ind, clause, work, nest, threshold, construct="parallel for"):
        """Append ``nest`` twice: under ``#pragma omp <construct>`` when the estimated ``work``
        reaches ``threshold``, and as plain code otherwise -- a parallel region, even one
        disabled by an ``if`` clause, costs about a microsecond, more than a small kernel's
        whole run.  ``nest`` starts with its outermost ``for`` (``parallel for``) or is one
        block (``parallel``: its ``omp for`` loops then bind to a team of one)."""
        name = self.fresh("work")
        out.append("#ifdef _OPENMP")
        out.append(f"{ind}const int64_t {name} = {work};")
        out.append(f"{ind}if ({name} >= {threshold}) {{")
        out.append(f"#pragma omp {construct}{clause}"
                   + (" schedule(static)" if construct == "parallel for" else ""))
        out.extend("    " + x if x.strip() else x for x in nest)
        out.append(f"{ind}}} else")
        out.append("#endif")
        out.append(f"{ind}{{")
        out.extend("    " + x if x.strip() else x for x in nest)
        out.append(f"{ind}}}")

    def zero_fill(self, target: str, ranges) -> str:
        """A loop (one line) setting every element of ``target`` (extents ``ranges``) to 0."""
        total = " * ".join(f"({self.ip(self.conc(r))})" for r in ranges) or "1"
        q = self.fresh("q")
        return f"for (int64_t {q} = 0; {q} < {total}; ++{q}) {target}[{q}] = 0;"

    def _work(self, f: Formula) -> sp.Expr:
        """A rough operation count of ``f`` (loop extents with every index at 0), deciding
        whether a parallel region pays off."""
        sizes = set(self.sizes)

        def ext(lo, hi):
            e = self.conc(sp.sympify(hi) - sp.sympify(lo) + 1)
            e = e.subs({v: 0 for v in e.free_symbols if v not in sizes})
            return sp.Max(1, e)

        def atom_work(body):
            w = sp.S.One
            for a in _top_atoms(body):
                win = a.window if isinstance(a, ArgmaxIs) else a
                lims = win.limits
                for _, lo, hi in lims:
                    w *= ext(lo, hi)
            return w

        total = sp.S.One
        for r in f.ranges:
            total *= sp.Max(1, self.conc(r))
        per = [sp.Mul(*[ext(r.lo, r.hi) for r in t.sums]) * atom_work(t.body) for t in f.terms]
        return total * (sp.Max(*per) if len(per) > 1 else per[0])

    # -- row mode: interchange the last free index innermost
    def _row_plans(self, f: Formula, terms, hoisted, free_atoms):
        """Per term: relaxed loop bounds and the bounds of the last free index ``j`` when ``j``
        can become the innermost loop of every term (its range symbolic, ``j`` only in the last
        slot of every read, no guard / filter / atom depending on it, every loop bound a
        Max (lower) or Min (upper) of pieces affine in ``j`` or floor/ceiling of such); else
        None (the element-wise nest is used)."""
        F = len(f.index)
        if F < 2 or free_atoms.get(F - 1):
            return None
        j = f.index[-1]
        Rj = self.conc(f.ranges[-1])
        if not Rj.free_symbols:
            return None
        plans = []
        for t, body, shifts in terms:
            if any(j in sp.sympify(c).free_symbols for c in list(t.guards) + list(t.filters)):
                return None
            for a in _top_atoms(body):
                if j in a.free_symbols:
                    return None
            for m, (u, S) in shifts.items():
                if m not in hoisted:
                    return None
            for r in sp.sympify(body).atoms(sp.Indexed):
                idx = list(r.indices)
                if any(j in sp.sympify(i).free_symbols for i in idx[:-1]):
                    return None
                if idx and j in sp.sympify(idx[-1]).free_symbols:
                    last = sp.expand(idx[-1])
                    if last.coeff(j) == 0 or j in (last - last.coeff(j) * j).free_symbols:
                        return None
            jdiv = None
            for dv in t.divides:
                e = sp.expand(dv.expr)
                if j not in e.free_symbols or dv.decided() is True:
                    continue
                a = e.coeff(j)
                rest = sp.expand(e - a * j)
                if (jdiv is not None or not sp.sympify(dv.modulus).is_Integer
                        or not a.is_Integer or a == 0 or j in rest.free_symbols):
                    return None
                jdiv = (int(dv.modulus), int(a), rest, dv)
            lows, highs, sums = [], [], []
            for rng in t.sums:
                lo = self._relax(rng.lo, "lo", rng.var, j, Rj, lows, highs)
                hi = self._relax(rng.hi, "hi", rng.var, j, Rj, lows, highs)
                if lo is None or hi is None:
                    return None
                sums.append((rng.var, lo, hi))
            plans.append({"sums": sums, "lows": lows, "highs": highs, "jdiv": jdiv})
        return plans

    def _relax(self, expr, side, k, j, Rj, lows, highs):
        expr = sp.sympify(expr)
        if j not in expr.free_symbols:
            return expr
        joint = sp.Max if side == "lo" else sp.Min
        leaves = list(expr.args) if isinstance(expr, joint) else [expr]
        out = []
        for L in leaves:
            if j not in L.free_symbols:
                out.append(L)
                continue
            if not self._leaf_bound(L, side, k, j, lows, highs):
                return None
            ends = (L.subs(j, 0), L.subs(j, Rj - 1))
            out.append(sp.Min(*ends) if side == "lo" else sp.Max(*ends))
        return joint(*out) if len(out) > 1 else out[0]

    @staticmethod
    def _leaf_bound(L, side, k, j, lows, highs) -> bool:
        """Turn ``k >= L(j)`` (side 'lo') or ``k <= L(j)`` ('hi') into a bound on ``j``."""
        kind = "affine"
        L = sp.sympify(L)
        if isinstance(L, sp.Add):
            # c + floor(P/q): move the j-free part c to the other side
            parts = [x for x in L.args if j in x.free_symbols]
            if len(parts) == 1 and isinstance(parts[0], (sp.floor, sp.ceiling)):
                k = k - (L - parts[0])
                L = parts[0]
        if isinstance(L, sp.floor):
            kind, (num, q) = "floor", _rsplit(L.args[0])
        elif isinstance(L, sp.ceiling):
            kind, (num, q) = "ceiling", _rsplit(L.args[0])
        else:
            num, q = sp.expand(L), sp.S.One
        a = num.coeff(j)
        b = sp.expand(num - a * j)
        if not a.is_Integer or a == 0 or j in b.free_symbols or not q.is_Integer:
            return False
        if kind == "affine" and q != 1:
            return False
        q = int(q)
        # the condition as  a*j <= r  ('le')  or  a*j >= r  ('ge')
        if kind == "affine":
            rel, r = ("le", k - b) if side == "lo" else ("ge", k - b)
        elif kind == "floor":
            rel, r = ("le", q * k + q - 1 - b) if side == "lo" else ("ge", q * k - b)
        else:
            rel, r = ("le", q * k - b) if side == "lo" else ("ge", q * k - q + 1 - b)
        a = int(a)
        if (rel == "le") == (a > 0):
            highs.append(sp.floor(sp.expand(r) / a))
        else:
            lows.append(sp.ceiling(sp.expand(r) / a))
        return True

    def flat_index(self, t: Tensor, idx, f: Formula) -> str:
        if not idx:
            return "0"
        ext = [self.conc(r) for r in f.ranges]
        s = self.var(idx[0])
        for i, x in zip(idx[1:], ext[1:]):
            s = f"({s}) * {self.ip(x)} + {self.var(i)}"
        return s

    def _depth(self, syms, level):
        ds = [level[s] for s in syms if s in level]
        return max(ds) if ds else None

    def lower_term(self, t: Term, body, shifts, acc, free_level, out, ind, row=None):
        loop_vars = t.variables
        plan = row["plan"] if row else None
        level = dict(free_level)
        F = len(free_level)
        for k, v in enumerate(loop_vars):
            level[v] = F + k
        # conditions: (depth, C condition) ; depth < F means "at term start"
        conds: dict[int, list[str]] = {}

        def place(syms, c):
            d = self._depth(syms, level)
            conds.setdefault(-1 if d is None or d < F else d, []).append(c)

        for g in t.guards:
            place(sp.sympify(g).free_symbols, self.cond(g))
        for fl in t.filters:
            place(sp.sympify(fl).free_symbols, self.cond(fl))
        stepping: dict[sp.Symbol, tuple] = {}
        for dv in t.divides:
            dec = dv.decided()
            if dec is True:
                continue
            if dec is False:
                return
            if plan and plan["jdiv"] and plan["jdiv"][3] is dv:
                continue
            m, e = sp.sympify(dv.modulus), sp.expand(dv.expr)
            vs = [v for v in loop_vars if v in e.free_symbols]
            v = vs[-1] if vs else None
            if v is not None and m.is_Integer and v not in stepping:
                a = e.coeff(v)
                rest = sp.expand(e - a * v)
                if a.is_Integer and v not in rest.free_symbols and int(a) != 0:
                    stepping[v] = (int(m), int(a), rest)
                    continue
            place(e.free_symbols | m.free_symbols,
                  f"(derive_imod({self.ip(e)}, {self.ip(m)}) == 0)")
        closes = []
        cur = ind
        decl_at = len(out)         # where the lane sums are declared (below)
        start = conds.get(-1, [])
        if start:
            out.append(f"{cur}if ({' && '.join(start)}) {{")
            closes.insert(0, f"{cur}}}")
            cur += "    "
        # atoms that depend on loop variables: computed at the depth binding them all
        atoms_at: dict[int, list] = {}
        for a in _top_atoms(body):
            d = self._depth(a.free_symbols, level)
            atoms_at.setdefault(d if d is not None and d >= F else F + len(loop_vars) - 1,
                                []).append(a)
        for m, (u, S) in shifts.items():
            d = self._depth((S.free_symbols | u.free_symbols) - {l[0] for l in S.limits}, level)
            atoms_at.setdefault(d if d is not None and d >= F else F + len(loop_vars) - 1,
                                []).insert(0, ("shift", m, (u, S)))
        rep = {}
        # a reduction whose innermost loop is unit-stride inside other loops of the same sum
        # (a weight gradient at small sizes: short rows) adds into one vector of lane sums,
        # folded into the accumulator once at the end, instead of reducing every short row to
        # a scalar; the rest of each row goes to the accumulator
        last = len(loop_vars) - 1
        # the innermost loop of a reduction, unit-stride, with nothing computed or tested in
        # it: a vectorized sum (lane sums inside other loops, else a reassociated reduction)
        vector_sum = (acc is not None and last >= 0 and not atoms_at.get(F + last)
                      and not conds.get(F + last) and self._unit_stride(body, t.sums[last].var))
        lanes = None
        if vector_sum and not row and last > 0 and t.sums[last].var not in stepping:
            lanes = (self.fresh("lanes"), 64 // (8 if self.ctype == "double" else 4))
            out.insert(decl_at, f"{ind}{self.ctype} {lanes[0]}[{lanes[1]}] = {{0}};")
        if not loop_vars:
            out.append(f"{cur}{{")
            closes.insert(0, f"{cur}}}")
            cur += "    "
        # the box of the loops around each bound: the free loops, then every sum loop opened
        # so far whose bounds are plain (a Max / Min that never decides on it is dropped)
        box = dict(self.space)
        for k, r in enumerate(loop_vars):
            vn = self.var(r.var if hasattr(r, "var") else r)
            rng = t.sums[k]
            lo, hi = self.fresh(vn + "_lo"), self.fresh(vn + "_hi")
            out.append(f"{cur}{{")
            closes.insert(0, f"{cur}}}")
            cur += "    "
            lo_e, hi_e = (plan["sums"][k][1], plan["sums"][k][2]) if plan else (rng.lo, rng.hi)
            if box:
                lo_e, hi_e = tighten(lo_e, box), tighten(hi_e, box)
                if not (lo_e.has(sp.Max, sp.Min) or hi_e.has(sp.Max, sp.Min)):
                    box[rng.var] = (lo_e, hi_e)
            out.append(f"{cur}const int64_t {lo} = {self.ip(lo_e)};")
            out.append(f"{cur}const int64_t {hi} = {self.ip(hi_e)};")
            if lanes and k == last:
                name, L = lanes
                lane = sp.Dummy("lane", integer=True)
                ln = self.var(lane)
                val = body.xreplace(rep)
                out.append(f"{cur}int64_t {vn} = {lo};")
                out.append(f"{cur}for (; {vn} <= {hi} - {L - 1}; {vn} += {L})")
                out.append(f"{cur}    for (int {ln} = 0; {ln} < {L}; ++{ln})")
                out.append(f"{cur}        {name}[{ln}] += "
                           f"{self.rp(val.xreplace({rng.var: rng.var + lane}))};")
                out.append(f"{cur}for (; {vn} <= {hi}; ++{vn})")
                out.append(f"{cur}    {acc} += {self.rp(val)};")
                break
            if vector_sum and k == last:
                # the innermost reduction loop: allow a vectorized (reassociated) sum
                simd = ["#ifdef _OPENMP", f"#pragma omp simd reduction(+:{acc})", "#endif"]
            else:
                simd = []
            if rng.var in stepping:
                m, a, rest = stepping[rng.var]
                g = math.gcd(a, m)
                M = m // g
                if g > 1:
                    out.append(f"{cur}if (derive_imod({self.ip(rest)}, {g}) == 0) {{")
                    closes.insert(0, f"{cur}}}")
                    cur += "    "
                if M > 1:
                    inv = pow((a // g) % M, -1, M)
                    r0 = self.fresh(vn + "_r")
                    rest_g = self.ip(rest) if g == 1 else f"(({self.ip(rest)}) / {g})"
                    out.append(f"{cur}const int64_t {r0} = derive_imod(-({rest_g}) * {inv}, {M});")
                    out.append(f"{cur}for (int64_t {vn} = {lo} + derive_imod({r0} - {lo}, {M}); "
                               f"{vn} <= {hi}; {vn} += {M}) {{")
                else:
                    out.extend(simd)
                    out.append(f"{cur}for (int64_t {vn} = {lo}; {vn} <= {hi}; ++{vn}) {{")
            else:
                out.extend(simd)
                out.append(f"{cur}for (int64_t {vn} = {lo}; {vn} <= {hi}; ++{vn}) {{")
            closes.insert(0, f"{cur}}}")
            cur += "    "
            for c in conds.get(F + k, []):
                out.append(f"{cur}if (!{c}) continue;")
            for a in atoms_at.get(F + k, []):
                self._emit_placed(a, rep, out, cur)
        if not loop_vars:
            for a in atoms_at.get(F - 1, []):
                self._emit_placed(a, rep, out, cur)
        if row:
            self._row_loop(row, body.xreplace(rep), out, cur, box)
        elif not lanes:
            out.append(f"{cur}{acc} += {self.rp(body.xreplace(rep))};")
        out.extend(closes)
        if lanes:
            name, L = lanes
            lane = self.var(sp.Dummy("lane", integer=True))
            out.append(f"{ind}for (int {lane} = 0; {lane} < {L}; ++{lane}) {acc} += {name}[{lane}];")

    @staticmethod
    def _unit_stride(body, v) -> bool:
        """Every read of ``body`` that uses ``v`` does so in its last slot only, as ``v + ...``
        (contiguous across the loop over ``v``)."""
        for r in sp.sympify(body).atoms(sp.Indexed):
            idx = [sp.expand(i) for i in r.indices]
            if any(v in i.free_symbols for i in idx[:-1]):
                return False
            if idx and v in idx[-1].free_symbols and idx[-1].coeff(v) != 1:
                return False
        return True

    def _row_loop(self, row, body, out, cur, box):
        plan, j = row["plan"], row["j"]
        jn = self.var(j)
        lo = self.ip(tighten(sp.Max(0, *plan["lows"], evaluate=False), box)) if plan["lows"] \
            else "0"
        hi = (self.ip(tighten(sp.Min(row["R"] - 1, *plan["highs"], evaluate=False), box))
              if plan["highs"] else self.ip(row["R"] - 1))
        jlo, jhi = self.fresh(jn + "_lo"), self.fresh(jn + "_hi")
        out.append(f"{cur}{{")
        out.append(f"{cur}    const int64_t {jlo} = {lo};")
        out.append(f"{cur}    const int64_t {jhi} = {hi};")
        val = self.rp(body)
        if plan["jdiv"]:
            m, a, rest, _ = plan["jdiv"]
            g = math.gcd(a, m)
            M = m // g
            inner = cur + "    "
            if g > 1:
                out.append(f"{inner}if (derive_imod({self.ip(rest)}, {g}) == 0) {{")
                inner += "    "
            if M > 1:
                inv = pow((a // g) % M, -1, M)
                rest_g = self.ip(rest) if g == 1 else f"(({self.ip(rest)}) / {g})"
                r0 = self.fresh(jn + "_r")
                out.append(f"{inner}const int64_t {r0} = derive_imod(-({rest_g}) * {inv}, {M});")
                # j = j0 + M q: the loop counts q, so that reads indexed by (j - ...)/M are
                # unit-stride in q and the quotient's constant part is computed once per row
                j0, q = sp.Dummy(f"{j.name}_0", integer=True), sp.Dummy("q", integer=True)
                j0n, qn = self.var(j0), self.var(q)
                out.append(f"{inner}const int64_t {j0n} = {jlo} + derive_imod({r0} - {jlo}, {M});")
                sub = {j: j0 + M * q}
                tgt = (f"{row['tname']}[{self.flat([sub.get(v, v) for v in row['free']], row['ext'])}]")
                qhi = self.fresh(qn + "_hi")
                out.append(f"{inner}const int64_t {qhi} = derive_fdiv({jhi} - {j0n}, {M});")
                out.append(f"{inner}for (int64_t {qn} = 0; {qn} <= {qhi}; ++{qn})")
                out.append(f"{inner}    {tgt} += {self.rp(body.xreplace(sub))};")
            else:
                out.append(f"{inner}for (int64_t {jn} = {jlo}; {jn} <= {jhi}; ++{jn})")
                out.append(f"{inner}    {row['target']} += {val};")
            if g > 1:
                out.append(f"{cur}    }}")
        else:
            op = "=" if row.get("assign") else "+="
            out.append(f"{cur}    for (int64_t {jn} = {jlo}; {jn} <= {jhi}; ++{jn})")
            out.append(f"{cur}        {row['target']} {op} {val};")
        out.append(f"{cur}}}")

    def _emit_placed(self, a, rep, out, ind):
        if isinstance(a, tuple):
            _, m, extra = a
            self.emit_shifts({m: extra}, out, ind)
            return
        name, k = self.emit_atom(a, out, ind)
        s = _temp_symbol(name, k)
        self.temps[s] = (name, k)
        rep[a] = s

    # ------------------------------------------------------------------ functions
    def size_params(self) -> list[str]:
        return [f"int64_t {self.names[s]}" for s in self.sizes]

    def tparam(self, t: Tensor, const=True, name=None) -> str:
        ctype = "int64_t" if t.kind == "index" else self.ctype
        return f"{'const ' if const else ''}{ctype} *restrict {name or self.tnames[t.name]}"

    def index_inputs(self):
        return [t for t in self.inputs if t.kind == "index"]

    def check_function(self) -> tuple[str, str]:
        """static int <prefix>_check(sizes, index tensors): sizes, output extents, labels."""
        out = []
        params = self.size_params() + [f"const int64_t *restrict {self.tnames[t.name]}"
                                       for t in self.index_inputs()]
        name = f"{self.prefix}_check"
        out.append(f"static int {name}({', '.join(params) or 'void'})")
        out.append("{")
        for s in self.sizes:
            code = self.error(f"size {s} must be positive (empty tensors are not supported)")
            out.append(f"    if ({self.names[s]} < 1) return {code};")
        for t in self.index_inputs():
            out.append(f"    (void){self.tnames[t.name]};")
        for k, (ax, e) in enumerate(zip(self.output.axes, self.flat_extents(self.output))):
            if e in self.sizes:
                continue   # a size: checked above
            if e.free_symbols or (e.is_Integer and int(e) < 1):
                code = self.error(
                    f"the output axis {k} ({ax.name}) would be empty: the window does not fit "
                    f"the padded input")
                out.append(f"    if ({self.ip(e)} < 1) return {code};")
        self.temps = {}
        for t, ext in self.label_ranges().items():
            tn = self.tnames[t.name]
            total = " * ".join(self.ip(x) for x in self.slot_extents(t)) or "1"
            value, raw = ext
            shown = f"{raw}-1 ({raw} = {value})" if str(raw) != str(value) else (
                str(value - 1) if value.is_Integer else f"{value}-1")
            code = self.error(f"{t.name} values must lie in 0..{shown}")
            out.append(f"    for (int64_t e = 0; e < {total}; ++e)")
            out.append(f"        if ({tn}[e] < 0 || {tn}[e] >= {self.ip(ext[0])}) "
                       f"return {code};")
        out.append("    return 0;")
        out.append("}")
        call = f"{name}({', '.join([self.names[s] for s in self.sizes] + [self.tnames[t.name] for t in self.index_inputs()])})"
        return "\n".join(out), call

    def label_ranges(self) -> dict:
        """index tensor -> (extent expression, display) from the slots it addresses."""
        found = {}
        formulas = [self.der.forward] + [g.formula for g in self.der.gradients.values()]
        exprs = []
        for f in formulas:
            for t in f.terms:
                exprs.append(t.body)
                exprs.extend(t.guards)
                exprs.extend(t.filters)
        for e in exprs:
            for r in sp.sympify(e).atoms(sp.Indexed):
                owner = self.tensors.get(str(r.base))
                if owner is None:
                    continue
                for slot, i in enumerate(r.indices):
                    for sub in sp.sympify(i).atoms(sp.Indexed):
                        it = self.tensors.get(str(sub.base))
                        if it is not None and it.kind == "index" and it not in found:
                            raw = owner.slot_extents[slot]
                            found[it] = (self.conc(raw), raw)
        missing = [t.name for t in self.index_inputs() if t not in found]
        if missing:
            raise LoweringError(f"cannot tell the valid values of index tensor(s) {missing}")
        return found

    def sizes_function(self) -> str:
        """int <prefix>_sizes(const int64_t *dims, int64_t *sizes): sizes from input shapes."""
        out = [f"int {self.prefix}_sizes(const int64_t *dims, int64_t *sizes)", "{"]
        bound = {}
        entries = []
        pos = 0
        for t in self.inputs:
            for k, (ax, e) in enumerate(zip(t.axes, self.flat_extents(t))):
                entries.append((t, k, ax, e, pos))
                pos += 1
        out.append("    (void)dims; (void)sizes;")
        for s in self.sizes:
            out.append(f"    int64_t {self.names[s]} = 0;")
        for t, k, ax, e, p in entries:
            if e.is_Symbol and e not in bound:
                bound[e] = p
                out.append(f"    {self.names[e]} = dims[{p}];")
        for t, k, ax, e, p in entries:
            if isinstance(e, sp.Mul) and len(e.free_symbols) == 1:
                s = next(iter(e.free_symbols))
                c = sp.expand(e / s)
                if s not in bound and c.is_Integer and c > 0:
                    bound[s] = p
                    code = self.error(f"{t.name}: axis {k} ({ax.name}) must be divisible by "
                                      f"{c} (groups)")
                    out.append(f"    if (derive_imod(dims[{p}], {c}) != 0) return {code};")
                    out.append(f"    {self.names[s]} = dims[{p}] / {c};")
        missing = [s for s in self.sizes if s not in bound]
        if missing:
            raise LoweringError(f"cannot read sizes {missing} off the input shapes")
        for s in self.sizes:
            code = self.error(f"size {s} must be positive (empty tensors are not supported)")
            out.append(f"    if ({self.names[s]} < 1) return {code};")
        for t, k, ax, e, p in entries:
            if bound.get(e) == p:
                continue
            raw = t.axes[k].extent
            want = str(raw) if str(raw) == str(e) else f"{raw} = {e}"
            code = self.error(f"{t.name}: axis {k} ({ax.name}) has the wrong extent; "
                              f"expected {want}")
            out.append(f"    if (dims[{p}] != {self.ip(e)}) return {code};")
        for i, s in enumerate(self.sizes):
            out.append(f"    sizes[{i}] = {self.names[s]};")
        out.append("    return 0;")
        out.append("}")
        return "\n".join(out)

    def output_shape_function(self) -> str:
        out = [f"int {self.prefix}_output_shape({', '.join(self.size_params() + ['int64_t *shape'])})",
               "{", "    (void)shape;"]
        for s in self.sizes:
            out.append(f"    (void){self.names[s]};")
        for s in self.sizes:
            code = self.error(f"size {s} must be positive (empty tensors are not supported)")
            out.append(f"    if ({self.names[s]} < 1) return {code};")
        self.temps = {}
        for k, (ax, e) in enumerate(zip(self.output.axes, self.flat_extents(self.output))):
            code = self.error(f"the output axis {k} ({ax.name}) would be empty: the window does "
                              f"not fit the padded input")
            out.append(f"    shape[{k}] = {self.ip(e)};")
            out.append(f"    if (shape[{k}] < 1) return {code};")
        out.append("    return 0;")
        out.append("}")
        return "\n".join(out)

    def lower_body(self, f: Formula, target_name: str) -> list[str]:
        """The lines of a function body computing ``f`` into ``target_name``, headed by the
        size constants they use."""
        self.size_consts = {}
        body: list[str] = []
        self.lower_formula(f, target_name, body, "    ")
        body = self.size_const_lines(body, "    ") + body
        self.size_consts = None
        return body

    def function(self, name, params, body_lines, check_call) -> tuple[str, str]:
        proto = f"int {name}({', '.join(params)})"
        lines = [proto, "{"]
        for p in params:
            lines.append(f"    (void){p.split()[-1].lstrip('*')};")
        lines.append(f"    int status = {check_call};")
        lines.append("    if (status) return status;")
        lines.extend(body_lines)
        lines.append("    return 0;")
        lines.append("}")
        return "\n".join(lines), proto

    def build(self):
        funcs, protos = [], []
        funcs.append(self.sizes_function())
        protos.append(f"int {self.prefix}_sizes(const int64_t *dims, int64_t *sizes)")
        funcs.append(self.output_shape_function())
        protos.append(f"int {self.prefix}_output_shape("
                      f"{', '.join(self.size_params() + ['int64_t *shape'])})")
        check_src, check_call = self.check_function()
        funcs.append(check_src)
        grads = [t for t in self.inputs if t.name in self.der.gradients]
        reads_y = False
        for g in grads:
            f = self.der.gradients[g.name].formula
            for t in f.terms:
                syms = sp.sympify(t.body).atoms(sp.Indexed) | sp.sympify(t.body).free_symbols
                if any((isinstance(s, sp.Indexed) and str(s.base) == self.output.name)
                       or s == self.output.scalar for s in syms):
                    reads_y = True
        self.reads_y = reads_y
        gnames = {g.name: self._claim("grad_" + _sanitize(g.name)) for g in grads}
        self.grad_cnames = gnames
        up = self.tnames[self.upstream.name]
        yn = self.tnames[self.output.name]
        for suffix, (ctype, fs) in DTYPES.items():
            self.ctype, self.fsuf = ctype, fs
            self.temps = {}
            ins = [self.tparam(t) for t in self.inputs]
            # forward
            body = self.lower_body(self.der.forward, yn)
            fwd_name = f"{self.prefix}_forward_{suffix}"
            src, proto = self.function(fwd_name, self.size_params() + ins
                                       + [self.tparam(self.output, const=False)],
                                       body, check_call)
            funcs.append(src)
            protos.append(proto)
            # one backward per differentiable input
            for g in grads:
                self.temps = {}
                body = self.lower_body(self.der.gradients[g.name].formula, gnames[g.name])
                params = (self.size_params() + [self.tparam(self.upstream)] + ins
                          + [self.tparam(self.output)]
                          + [self.tparam(g, const=False, name=gnames[g.name])])
                src, proto = self.function(f"{self.prefix}_backward_{_sanitize(g.name)}_{suffix}",
                                           params, body, check_call)
                funcs.append(src)
                protos.append(proto)
            # combined backward: y_work (when a gradient reads y) and NULL-able gradients
            args = [self.names[s] for s in self.sizes]
            body = []
            if reads_y:
                code = self.error("this backward pass needs a work buffer for the output")
                body.append(f"    if ({yn} == NULL) return {code};")
                body.append(f"    status = {fwd_name}({', '.join(args + [self.tnames[t.name] for t in self.inputs] + [yn])});")
                body.append("    if (status) return status;")
            for g in grads:
                call_args = args + [up] + [self.tnames[t.name] for t in self.inputs] + [yn, gnames[g.name]]
                body.append(f"    if ({gnames[g.name]} != NULL) {{")
                body.append(f"        status = {self.prefix}_backward_{_sanitize(g.name)}_{suffix}("
                            f"{', '.join(call_args)});")
                body.append("        if (status) return status;")
                body.append("    }")
            params = (self.size_params() + [self.tparam(self.upstream)] + ins
                      + [self.tparam(self.output, const=False)]
                      + [self.tparam(g, const=False, name=gnames[g.name]) for g in grads])
            src, proto = self.function(f"{self.prefix}_backward_{suffix}", params, body,
                                       check_call)
            funcs.append(src)
            protos.append(proto)
        return funcs, protos, [g.name for g in grads]


_C_RESERVED = set("""auto break case char const continue default do double else enum extern
float for goto if inline int long register restrict return short signed sizeof static struct
switch typedef union unsigned void volatile while exp log tanh fmax fmin pow sqrt e status
dims sizes shape INFINITY NULL main""".split())


def _outside_openmp(lines: list[str]) -> list[str]:
    """The lines of C source not compiled without OpenMP (outside ``#ifdef _OPENMP`` parts)."""
    stack, out = [], []
    for line in lines:
        d = line.strip()
        if d.startswith("#if"):
            stack.append(d == "#ifdef _OPENMP")
        elif d.startswith("#else") and stack:
            stack[-1] = False if stack[-1] else stack[-1]
        elif d.startswith("#endif") and stack:
            stack.pop()
        elif not any(stack):
            out.append(line)
    return out


def _code_box(w2):
    """``(box, volume)``: when every limit of window ``w2`` is clamped by integer constants
    (lo = Max(c, ..), hi = Min(c', ..)), the box of those constants, in which a first
    maximizer is stored as one small code, its row-major rank (-1: empty window); else
    ``(box with None entries, None)``."""
    box = []
    for _, lo, hi in w2.limits:
        cl = [int(x) for x in (lo.args if isinstance(lo, sp.Max) else (lo,)) if x.is_Integer]
        ch = [int(x) for x in (hi.args if isinstance(hi, sp.Min) else (hi,)) if x.is_Integer]
        box.append((max(cl), min(ch)) if cl and ch and min(ch) >= max(cl) else None)
    return box, (math.prod(h - l + 1 for l, h in box) if all(box) else None)


def _covers_row(t: Term, plan) -> bool:
    """Term ``t`` (row plan ``plan``) adds to every element of the output row, exactly once:
    no sums, no conditions, the row's full range."""
    return (not t.sums and not t.guards and not t.filters and not plan["lows"]
            and not plan["highs"] and not plan["jdiv"]
            and all(dv.decided() is True for dv in t.divides))


def _formula_lines(f: Formula) -> list[str]:
    lhs = f"{f.target.name}[{', '.join(map(str, f.index))}]" if f.index else f.target.name
    return _wrap(f"{lhs} = {sp.sstr(f.as_expr())}")


def _runtime(gemm_dtypes) -> str:
    """The generic runtime the contractions call: the thread number and the GEMM."""
    if not gemm_dtypes:
        return ""
    from . import c_gemm
    head = ["/* Contractions: gathered matrices multiplied by a generic packed GEMM. */",
            "#include <string.h>",
            "#ifdef _OPENMP",
            "#include <omp.h>",
            "#define DERIVE_THREAD omp_get_thread_num()",
            "#else",
            "#define DERIVE_THREAD 0",
            "#endif",
            c_contract.MACROS]
    return "\n".join(head) + "\n" + "\n".join(
        c_gemm.source(DTYPES[s][0]) for s in ("f64", "f32") if s in gemm_dtypes)


def lower(op, header_name: str | None = None) -> CKernel:
    """Lower every formula of ``op`` (forward and gradients) to C; see the module docstring.
    ``header_name``: the file name the source includes its header by (default
    ``derive_<op>.h``)."""
    lw = _Lowering(op)
    funcs, protos, grads = lw.build()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_template_dir())),
                             keep_trailing_newline=True, autoescape=False,
                             undefined=jinja2.StrictUndefined)
    header_name = header_name or f"{lw.prefix}.h"
    params = ", ".join(f"{k}={v!r}" for k, v in op.params.items()
                       if v is not None) or "defaults"
    layouts = ", ".join(f"{t.name}[{', '.join(a.name for a in t.axes)}]" if t.axes else
                        f"{t.name} (scalar)" for t in list(op.inputs) + [op.output])
    ctx = dict(
        title=f"{op.name}: forward and backward kernels (C99)",
        doc=_comment(op.doc), params=_comment(params),
        forward=_wrap(f"{op.output.name}[{', '.join(map(str, op.index))}] = "
                      f"{sp.sstr(op.formula)}" if op.index else
                      f"{op.output.name} = {sp.sstr(op.formula)}"),
        gradients=[{"name": n, "lines": _formula_lines(lw.der.gradients[n].formula)}
                   for n in grads],
        sizes=[lw.names[s] for s in lw.sizes], layout=_comment(layouts), prefix=lw.prefix,
        header_name=header_name, errors=list(enumerate(lw.errors, 1)), functions=funcs,
        # top-level qualifiers of parameters do not matter for compatibility: the header
        # leaves `restrict` out so that C++ can include it
        prototypes=[p.replace(" *restrict ", " *") for p in protos],
        runtime=_runtime(lw.uses_gemm),
        guard=f"{lw.prefix.upper()}_H")
    c_src = env.get_template("kernel.c.j2").render(**ctx)
    h_src = env.get_template("kernel.h.j2").render(**ctx)
    return CKernel(op=op, prefix=lw.prefix, c_source=c_src, h_source=h_src,
                   sizes=[lw.names[s] for s in lw.sizes],
                   input_ranks=[t.rank for t in op.inputs], output_rank=op.output.rank,
                   reads_output=lw.reads_y, gradients=grads,
                   errors=dict(enumerate(lw.errors, 1)))


def generate(op, header_name: str | None = None) -> tuple[str, str]:
    """``(c_source, h_source)`` for one op configuration (``op.derive().concrete()``); the
    source includes the header as ``header_name`` (default ``derive_<op>.h``)."""
    k = lower(op, header_name)
    return k.c_source, k.h_source
