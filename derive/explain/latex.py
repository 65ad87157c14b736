"""LaTeX for the derivation's SymPy objects: tensor reads, Kronecker deltas, window maxima,
tie-rule indicators, divisibility conditions -- and a line breaker for long formulas.

The printer is a :class:`sympy.printing.latex.LatexPrinter` subclass, so every formula in a
document is printed from the engine's objects, never re-typed.  Index expressions are
printed in the order a reader expects (``s_h i + d_h k_h - p_h``: index variables first,
coefficients before the variable, constant sizes last); a quotient inside an index is written
``(h + p_h - d_h k_h)/s_h`` so that subscripts stay on one level.
"""
from __future__ import annotations

import re

import sympy as sp
from sympy.printing.latex import LatexPrinter

from ..formula import Divides
from ..ir import IndexRange, Tensor, WindowMax

LOSS = r"\mathcal{L}"


def is_size(s: sp.Symbol) -> bool:
    """Sizes and hyper-parameters are declared positive / non-negative; indices are not."""
    return bool(s.is_positive or s.is_nonnegative) and not isinstance(s, sp.Dummy)


def is_index_like(e: sp.Expr) -> bool:
    """Affine integer arithmetic over symbols: what we print in index order."""
    if e.is_Symbol or e.is_Integer or e.is_Rational:
        return True
    if e.is_Add or e.is_Mul:
        return all(is_index_like(a) for a in e.args)
    if e.is_Pow:
        return e.exp == -1 and is_index_like(e.base)
    return False


class DerivationPrinter(LatexPrinter):
    """Prints the IR of :mod:`derive.ir` and tensor reads of a derivation's tensors."""

    def __init__(self, tensors: dict[str, Tensor] | None = None, upstream: str | None = None,
                 settings=None):
        super().__init__(settings or {})
        self.tensors = dict(tensors or {})
        self.upstream = upstream          # name of the upstream-gradient tensor (grad_y)
        self.output = None                # name of the op's output (for dL/dy)

    # ------------------------------------------------------------------ symbols
    def _print_Symbol(self, expr, style="plain"):
        name = expr.name
        if name in self.tensors and name != self.upstream:
            return self.tensors[name].latex
        if self.upstream is not None and name == self.upstream:
            return self.bar()
        primes = len(name) - len(name.rstrip("'"))
        base = name.rstrip("'")
        tex = super()._print_Symbol(sp.Symbol(base), style)
        return tex + "'" * primes

    def _print_Dummy(self, expr):
        # the bound variables of a window inside a tie indicator: k_h -> \tilde{k}_h
        base, _, sub = expr.name.partition("_")
        tex = r"\tilde{%s}" % base
        return tex + ("_{%s}" % sub if sub else "")

    def bar(self) -> str:
        """The upstream gradient dL/dy, written as the adjoint ``\\bar{y}``."""
        return r"\bar{%s}" % self._tensor_latex(self.output)

    def _tensor_latex(self, name: str | None) -> str:
        if name is None:
            return "y"
        t = self.tensors.get(name)
        return t.latex if t is not None else name

    # ------------------------------------------------------------------ index expressions
    def index(self, e) -> str:
        """An index expression, one level, quotients written with a slash."""
        e = sp.sympify(e)
        if not is_index_like(e):
            return self._print(e)
        e = sp.together(sp.expand(e))
        num, den = sp.fraction(e)
        tex = self.affine(sp.expand(num))
        if den != 1:
            dtex = self.affine(den)
            if not (den.is_Symbol or den.is_Integer):
                dtex = r"(%s)" % dtex
            return r"(%s)/%s" % (tex, dtex) if sp.expand(num).is_Add else r"%s/%s" % (tex, dtex)
        return tex

    def affine(self, e: sp.Expr) -> str:
        """``c_1 v_1 + c_2 v_2 + ... + const`` with index variables first."""
        e = sp.expand(e)
        terms = list(sp.Add.make_args(e))

        def key(t):
            idx = [s for s in t.free_symbols if not is_size(s)]
            if not idx:
                return (2 if t.is_number else 1, False, "")
            v = sorted(idx, key=lambda s: (isinstance(s, sp.Dummy), s.name))[0]
            return (0, t.could_extract_minus_sign(), (isinstance(v, sp.Dummy), v.name))

        terms.sort(key=key)
        if terms and terms[0].could_extract_minus_sign():
            pos = [t for t in terms if not t.could_extract_minus_sign()]
            if pos:
                terms.remove(pos[0])
                terms.insert(0, pos[0])
        out = ""
        for k, t in enumerate(terms):
            coeff, rest = t.as_coeff_Mul()
            neg = coeff < 0
            mag = -coeff if neg else coeff
            facs = sorted(sp.Mul.make_args(rest), key=lambda s: (
                not (s.is_Symbol and is_size(s)), isinstance(s, sp.Dummy),
                getattr(s, "name", str(s))))
            if rest == 1:
                body = self._print(mag)
            else:
                body = " ".join(self._print(f) for f in facs)
                if mag != 1:
                    body = self._print(mag) + " " + body
            if k == 0:
                out = ("-" if neg else "") + body
            else:
                out += (" - " if neg else " + ") + body
        return out or "0"

    def _print_Add(self, expr, order=None):
        if is_index_like(expr) and sp.fraction(sp.together(expr))[1] == 1:
            return self.affine(expr)
        # functions (min, max, sums) first, then positive before negative terms
        terms = sorted(expr.as_ordered_terms(), key=lambda t: (
            is_index_like(t), bool(t.could_extract_minus_sign())))
        out = ""
        for k, t in enumerate(terms):
            neg = t.could_extract_minus_sign()
            tex = self._print(-t if neg else t)
            if (-t if neg else t).is_Add:
                tex = r"\left(%s\right)" % tex
            if k == 0:
                out = ("-" if neg else "") + tex
            else:
                out += (" - " if neg else " + ") + tex
        return out

    def _print_Mul(self, expr):
        if is_index_like(expr) and sp.fraction(expr)[1] == 1:
            return self.affine(expr)
        return super()._print_Mul(expr)

    # ------------------------------------------------------------------ tensors
    def _print_Indexed(self, expr):
        name = expr.base.label.name
        idx = [self.index(i) for i in expr.indices]
        sep = r",\," if any(not sp.sympify(i).is_Symbol for i in expr.indices) else ","
        sub = sep.join(idx)
        if self.upstream is not None and name == self.upstream:
            return r"%s_{%s}" % (self.bar(), sub)
        base = self._tensor_latex(name)
        return r"%s_{%s}" % (base, sub)

    def _print_IndexedBase(self, expr):
        if self.upstream is not None and expr.label.name == self.upstream:
            return self.bar()
        return self._tensor_latex(expr.label.name)

    def _print_KroneckerDelta(self, expr, exp=None):
        a, b = expr.args
        tex = r"\delta_{%s,\,%s}" % (self.index(a), self.index(b))
        return tex if exp is None else r"\left(%s\right)^{%s}" % (tex, exp)

    # ------------------------------------------------------------------ windows
    def window_sub(self, w: WindowMax, with_bounds: bool = True) -> str:
        vs = [self._print(v) for v in w.variables]
        if with_bounds:
            rows = [r"%s \le %s \le %s" % (self._print(lo), self._print(v), self._print(hi))
                    for v, lo, hi in w.limits]
        else:
            rows = [", ".join(vs)] if len(vs) > 1 else vs
        where = w.where
        if where != sp.true and where != 1:
            rows.append(self.condition(where))
        return r"\substack{%s}" % r"\\".join(rows) if len(rows) > 1 else rows[0]

    def _window_bounds_short(self, w: WindowMax) -> bool:
        return all(visible_width(self._print(lo)) + visible_width(self._print(hi)) <= 14
                   for _, lo, hi in w.limits)

    def _print_WindowMax(self, expr, exp=None):
        sub = self.window_sub(expr, self._window_bounds_short(expr))
        tex = r"\max_{%s} %s" % (sub, self._print(expr.body))
        return tex if exp is None else r"\left(%s\right)^{%s}" % (tex, exp)

    def _print_ArgmaxIs(self, expr, exp=None):
        w = expr.window
        at = expr.at
        lhs = self._tuple(at)
        sub = self.window_sub(w, self._window_bounds_short(w))
        rule = r"\text{first}" if w.ties == "first" else r"\text{split}"
        tex = r"\left[\,%s = \operatorname*{arg\,max}_{%s} %s\,\right]_{%s}" % (
            lhs, sub, self._print(w.body), rule)
        return tex if exp is None else r"\left(%s\right)^{%s}" % (tex, exp)

    def _tuple(self, items) -> str:
        items = [self._print(a) for a in items]
        return items[0] if len(items) == 1 else r"(%s)" % ", ".join(items)

    # ------------------------------------------------------------------ conditions
    def condition(self, c) -> str:
        if isinstance(c, Divides):
            e = sp.expand(c.expr)
            neg = sum(t.could_extract_minus_sign() for t in sp.Add.make_args(e))
            if 2 * neg > len(sp.Add.make_args(e)):
                e = -e
            return r"%s \mid %s" % (self._print(c.modulus), self.index(e))
        if isinstance(c, sp.KroneckerDelta):
            return r"%s = %s" % (self.index(c.args[0]), self.index(c.args[1]))
        if isinstance(c, sp.Equality):
            return r"%s = %s" % (self.index(c.lhs), self.index(c.rhs))
        if isinstance(c, (sp.GreaterThan, sp.StrictGreaterThan)) and c.rhs == 0:
            e = sp.expand(c.lhs)
            rel = r"\ge" if isinstance(c, sp.GreaterThan) else ">"
            flip = r"\le" if isinstance(c, sp.GreaterThan) else "<"
            reads = [a for a in sp.Add.make_args(e) if a.atoms(sp.Indexed) or
                     any(not is_size(x) for x in a.free_symbols)]
            if len(reads) == 1:
                t = reads[0]
                rest = e - t
                coeff, core = t.as_coeff_Mul()
                if coeff == -1:
                    return r"%s %s %s" % (self.index(core), flip, self.index(rest))
                if coeff == 1:
                    return r"%s %s %s" % (self.index(core), rel, self.index(-rest))
            return r"%s %s 0" % (self.index(e), rel)
        if isinstance(c, sp.And):
            return r",\ ".join(self.condition(a) for a in c.args)
        return self._print(c)

    def brackets(self, conds) -> list[str]:
        """Iverson brackets for a list of conditions; ``X >= lo`` and ``X <= hi`` on the same
        ``X`` are merged into ``[lo <= X <= hi]``."""
        texts = [self.condition(c) for c in conds]
        lows, highs = {}, {}
        for k, t in enumerate(texts):
            if t.count(r" \ge ") == 1 and r"\le" not in t:
                x, lo = t.split(r" \ge ")
                lows.setdefault(x, (k, lo))
            elif t.count(r" \le ") == 1 and r"\ge" not in t:
                x, hi = t.split(r" \le ")
                highs.setdefault(x, (k, hi))
        out, used = [], set()
        for k, t in enumerate(texts):
            if k in used:
                continue
            for x, (kl, lo) in lows.items():
                if kl == k and x in highs and highs[x][0] not in used:
                    kh, hi = highs[x]
                    used |= {kl, kh}
                    t = r"%s \le %s \le %s" % (lo, x, hi)
                    break
                if x in highs and highs[x][0] == k and kl not in used:
                    used |= {kl, k}
                    t = r"%s \le %s \le %s" % (lo, x, highs[x][1])
                    break
            used.add(k)
            out.append(r"\left[\,%s\,\right]" % t)
        return out

    def bracket(self, c) -> str:
        return r"\left[\,%s\,\right]" % self.condition(c)

    def bounds(self, r: IndexRange) -> str:
        return r"%s \le %s \le %s" % (self._print(r.lo), self._print(r.var), self._print(r.hi))


# ---------------------------------------------------------------------------- widths
_CMD = re.compile(r"\\(left|right|big|Big|bigg|Bigg|,|;|!|quad|qquad|operatorname\*?|"
                  r"mathcal|mathbf|text|tilde|substack|displaystyle)(?![a-zA-Z])")
_FRAC = re.compile(r"\\frac\{([^{}]*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}[^{}]*)*)\}"
                   r"\{([^{}]*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}[^{}]*)*)\}")


def visible_width(tex: str) -> float:
    """A rough width of printed LaTeX in characters (a fraction counts its wider part,
    sub- and superscripts count 0.7)."""
    prev = None
    while prev != tex:
        prev = tex
        tex = _FRAC.sub(lambda m: m.group(1) if visible_width(m.group(1)) >=
                        visible_width(m.group(2)) else m.group(2), tex, count=1)
    tex = _CMD.sub("", tex)
    tex = re.sub(r"\\(sum|mid|max|min|cdot)(?![a-zA-Z])", "MM", tex)
    tex = re.sub(r"\\[a-zA-Z]+", "M", tex)
    width = 0.0
    depth = 0
    script = []
    i = 0
    while i < len(tex):
        ch = tex[i]
        if ch in "_^":
            script.append(depth + 1)
        elif ch == "{":
            depth += 1
        elif ch == "}":
            if script and script[-1] == depth:
                script.pop()
            depth -= 1
        elif ch in " &\\":
            pass
        else:
            width += 0.7 if script else 1.0
            if script and script[-1] == depth + 1 and (i == 0 or tex[i - 1] in "_^"):
                script.pop()  # single-character script
        i += 1
    return width


def break_lines(chunks: list[tuple[str, str]], width: float, indent: str = r"\quad") -> list[str]:
    """Join ``(joiner, tex)`` chunks into lines no wider than ``width`` characters.

    ``joiner`` is what goes before the chunk when it continues a line (``' '``, ``' + '``,
    ``' - '``); a chunk that starts a continuation line keeps a binary operator in front
    (``+``, ``-`` or ``\\cdot``), as textbooks break long products and sums."""
    lines: list[str] = []
    cur = ""
    cur_w = 0.0
    prev = ""
    for joiner, tex in chunks:
        op = joiner.strip() or r"\cdot"
        if joiner == " " and not prev.startswith(r"\sum"):
            joiner = r" \, "     # a thin space between the factors of a product
        prev = tex
        w = visible_width(tex) + len(joiner.strip())
        if cur and cur_w + w > width:
            lines.append(cur)
            cur = r"%s %s %s" % (indent, op, tex)
            cur_w = w + 3
        else:
            cur = cur + joiner + tex if cur else (joiner.strip() + " " + tex if joiner.strip()
                                                  == "-" else tex)
            cur_w += w
    if cur:
        lines.append(cur)
    return lines
