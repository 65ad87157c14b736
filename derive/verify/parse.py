"""Read a hand-written formula: LaTeX text -> lark parse tree -> the verifier's small AST.

The text is never evaluated; the grammar (``grammar.lark``) accepts index notation as people
write it and :class:`ToAST` turns the tree into the plain dataclasses below.  Meaning (which
symbol is which tensor, what a set denotes) is given later by :mod:`derive.verify.bind`.

A parse error is a :class:`FormulaError` whose message shows the input with a caret under the
offending character.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Optional

import unicodedata

import lark


class FormulaError(ValueError):
    """The formula cannot be used: parse error, unbound symbol, free index, bad shape."""

    def __init__(self, message: str, text: str | None = None, pos: int | None = None):
        self.message = message
        self.text = text
        self.pos = pos
        super().__init__(self.render())

    def render(self) -> str:
        if self.text is None or self.pos is None:
            return self.message
        line = "".join(" " if (c.isspace() or not c.isprintable()) else c for c in self.text)
        pad = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
                  for c in line[:self.pos])
        return f"{self.message}\n  {line}\n  {' ' * pad}^"


# ----------------------------------------------------------------------------- AST
class Node:
    pos: Optional[int] = None


@dataclass(frozen=True, eq=False)
class Num(Node):
    value: Fraction


@dataclass(frozen=True, eq=False)
class Var(Node):
    """A bare identifier: an index variable, a size, or a scalar symbol (``L``)."""
    name: str
    pos: Optional[int] = None


@dataclass(frozen=True, eq=False)
class Ref(Node):
    """``name`` with arguments: ``x_{p,q}``, ``w2[m,k]``, ``I(c,h,w)``, ``ds(y)``.

    ``style`` is ``sub``, ``bracket`` or ``call``; whether it reads a tensor, calls a helper
    or names an indexed variable (``c_o``) is decided by the bindings."""
    name: str
    args: tuple
    style: str
    pos: Optional[int] = None


@dataclass(frozen=True, eq=False)
class Bin(Node):
    op: str  # + - * / mod ^
    a: Node
    b: Node


@dataclass(frozen=True, eq=False)
class Neg(Node):
    a: Node


@dataclass(frozen=True, eq=False)
class Grad(Node):
    """``\\frac{\\partial L}{\\partial X}``."""
    num: Node
    den: Node
    pos: Optional[int] = None


@dataclass(frozen=True, eq=False)
class Partial(Node):
    a: Node


@dataclass(frozen=True, eq=False)
class SetRef(Node):
    name: str
    args: tuple
    pos: Optional[int] = None


@dataclass(frozen=True, eq=False)
class BigOp(Node):
    """``\\sum`` or ``\\max`` over ``names``.

    ``kind``: ``range`` (``lo``..``hi`` inclusive, one name), ``set`` (names in ``where``),
    ``implied`` (the range of the axes the names index)."""
    op: str
    names: tuple
    kind: str
    body: Node
    lo: Optional[Node] = None
    hi: Optional[Node] = None
    where: Optional[SetRef] = None
    pos: Optional[int] = None


@dataclass(frozen=True, eq=False)
class Bars(Node):
    a: Node


@dataclass(frozen=True, eq=False)
class Floor(Node):
    a: Node
    ceil: bool = False


@dataclass(frozen=True, eq=False)
class Iverson(Node):
    cond: Node


@dataclass(frozen=True, eq=False)
class Member(Node):
    names: tuple
    where: SetRef


@dataclass(frozen=True, eq=False)
class Rel(Node):
    op: str  # = < > <= >= !=
    a: Node
    b: Node


@dataclass(frozen=True, eq=False)
class Divides(Node):
    a: Node
    b: Node


@dataclass(frozen=True, eq=False)
class And(Node):
    a: Node
    b: Node


@dataclass(frozen=True, eq=False)
class Equation(Node):
    lhs: Node
    rhs: Node
    text: str


def children(n: Node):
    """The sub-nodes of ``n`` (for walks)."""
    for k in ("a", "b", "num", "den", "body", "lo", "hi", "cond", "where", "lhs", "rhs"):
        v = getattr(n, k, None)
        if isinstance(v, Node):
            yield v
    for v in getattr(n, "args", ()) or ():
        if isinstance(v, Node):
            yield v


def walk(n: Node):
    yield n
    for c in children(n):
        yield from walk(c)


# ----------------------------------------------------------------------------- normalize
_BLANK = ["\\displaystyle", "\\limits", "\\left", "\\right", "\\bigl", "\\bigr", "\\Bigl",
          "\\Bigr", "\\big", "\\Big", "\\,", "\\;", "\\:", "\\!", "\\ ", "\\quad", "\\qquad",
          "$$", "$", "\\[", "\\]"]
_UNICODE = {
    "【": "[", "】": "]", "（": "(", "）": ")", "，": ",", "＝": "=", "·": "\\cdot ",
    "⋅": "\\cdot ", "×": "\\times ", "∂": "\\partial ", "∈": "\\in ", "∑": "\\sum",
    "≤": "\\le ", "≥": "\\ge ", "≠": "\\ne ", "σ": "\\sigma ", "δ": "\\delta ",
    "Δ": "\\Delta ", "∣": "\\mid ", "⌊": "\\lfloor ", "⌋": "\\rfloor ", "⌈": "\\lceil ",
    "⌉": "\\rceil ", "−": "-", "’": "'", "′": "'", "\u3000": " ",
}


def normalize(text: str) -> tuple[str, list[int]]:
    """The text to lex and, for each of its characters, the position in the original text."""
    out: list[str] = []
    where: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        for b in _BLANK:
            if text.startswith(b, i):
                # a blank only when the command ends here (\left( yes, \leftarrow no)
                j = i + len(b)
                if b[-1].isalpha() and j < n and text[j].isalpha():
                    continue
                out.append(" ")
                where.append(i)
                i = j
                break
        else:
            ch = text[i]
            rep = _UNICODE.get(ch, ch)
            for c in rep:
                out.append(c)
                where.append(i)
            i += 1
    where.append(n)
    return _bar_divides("".join(out), where)


def _bar_divides(text: str, where: list[int]) -> tuple[str, list[int]]:
    """``[s | h-k]``: a single ``|`` inside an Iverson bracket means "divides" (``\\mid``);
    a pair of bars (``|S|``) keeps meaning a size."""
    out, wh = [], []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "[":
            j = i - 1
            while j >= 0 and text[j] == " ":
                j -= 1
            indexing = j >= 0 and (text[j].isalnum() or text[j] in "'_")
            depth, k, bars = 0, i, []
            while k < len(text):
                if text[k] in "[({":
                    depth += 1
                elif text[k] in "])}":
                    depth -= 1
                    if depth == 0:
                        break
                elif text[k] == "|" and depth == 1:
                    bars.append(k)
                k += 1
            if not indexing and len(bars) == 1 and k < len(text):
                seg = text[i:k + 1]
                b = bars[0] - i
                for c_i, c in enumerate(seg):
                    if c_i == b:
                        for cc in "\\mid ":
                            out.append(cc)
                            wh.append(where[i + c_i])
                    else:
                        out.append(c)
                        wh.append(where[i + c_i])
                i = k + 1
                continue
        out.append(ch)
        wh.append(where[i])
        i += 1
    wh.append(where[len(text)])
    return "".join(out), wh


# ----------------------------------------------------------------------------- parser
@lru_cache(maxsize=1)
def _parser() -> lark.Lark:
    grammar = (Path(__file__).with_name("grammar.lark")).read_text()
    return lark.Lark(grammar, parser="lalr", propagate_positions=True, maybe_placeholders=False)


def _tok_name(t: lark.Token) -> str:
    s = str(t)
    return s[1:] if s.startswith("\\") else s


class ToAST(lark.Transformer):
    def __init__(self, where: list[int]):
        super().__init__()
        self.where = where

    def _pos(self, tok) -> int:
        try:
            return self.where[tok.start_pos]
        except Exception:
            return 0

    # numbers, names
    def number(self, c):
        return Num(Fraction(str(c[0])))

    def name(self, c):
        return Var(_tok_name(c[0]), self._pos(c[0]))

    def args(self, c):
        return tuple(c)

    def names(self, c):
        return tuple(_tok_name(t) for t in c)

    def _ref(self, c, style):
        head = c[0]
        args = c[1]
        if isinstance(args, lark.Token):
            args = (Num(Fraction(str(args))) if args.type == "NUMBER"
                    else Var(_tok_name(args), self._pos(args)),)
        elif isinstance(args, Node):
            args = (args,)
        return Ref(_tok_name(head), tuple(args), style, self._pos(head))

    def subscript(self, c):
        return self._ref(c, "sub")

    def subscript1(self, c):
        return self._ref(c, "sub")

    def brackets(self, c):
        return self._ref(c, "bracket")

    def call(self, c):
        head = c[0]
        if str(head) == "\\operatorname":
            raise FormulaError("\\operatorname is not supported; write the function's name, "
                               "e.g. ds(y)", None, None)
        return self._ref(c, "call")

    # arithmetic
    def add(self, c):
        return Bin("+", c[0], c[1])

    def sub(self, c):
        return Bin("-", c[0], c[1])

    def mul(self, c):
        if len(c) == 3:  # product MULOP signed
            return Bin("*", c[0], c[2])
        return Bin("*", c[0], c[1])

    def div(self, c):
        return Bin("/", c[0], c[1])

    def mod(self, c):
        return Bin("mod", c[0], c[2])

    def neg(self, c):
        return Neg(c[0])

    def power(self, c):
        b = c[1]
        if isinstance(b, lark.Token):
            b = Num(Fraction(str(b))) if b.type == "NUMBER" else Var(_tok_name(b), self._pos(b))
        return Bin("^", c[0], b)

    def frac(self, c):
        a, b = c[1], c[2]
        if isinstance(a, Partial) or isinstance(b, Partial):
            if not (isinstance(a, Partial) and isinstance(b, Partial)):
                raise FormulaError("\\frac with \\partial needs \\partial in numerator and "
                                   "denominator", None, None)
            return Grad(a.a, b.a, self._pos(c[0]))
        return Bin("/", a, b)

    def partial(self, c):
        return Partial(c[1])

    def bars(self, c):
        return Bars(c[0])

    def floor(self, c):
        return Floor(c[1], False)

    def ceil(self, c):
        return Floor(c[1], True)

    def iverson(self, c):
        return Iverson(c[0])

    # big operators
    def sub_names(self, c):
        v = c[0]
        if isinstance(v, lark.Token):
            v = (_tok_name(v),)
        return ("implied", v, None, None, None)

    def sub_set(self, c):
        return ("set", c[0], None, None, c[2])

    def sub_from(self, c):
        return ("range", (_tok_name(c[0]),), c[1], None, None)

    def bigsup(self, c):
        b = c[0]
        if isinstance(b, lark.Token):
            b = Num(Fraction(str(b))) if b.type == "NUMBER" else Var(_tok_name(b), self._pos(b))
        return ("sup", b)

    def sum_op(self, c):
        head, rest = c[0], c[1:]
        body = rest[-1]
        sub = next((r for r in rest[:-1] if isinstance(r, tuple) and r[0] != "sup"), None)
        sup = next((r for r in rest[:-1] if isinstance(r, tuple) and r[0] == "sup"), None)
        pos = self._pos(head)
        if sub is None:
            raise FormulaError("\\sum needs a subscript naming its index, e.g. \\sum_{k=0}^{K-1}",
                               None, None)
        kind, names, lo, _, where = sub
        if kind == "range":
            if sup is None:
                raise FormulaError(f"\\sum_{{{names[0]}=...}} needs an upper bound ^{{...}}",
                                   None, None)
            return BigOp("sum", names, "range", body, lo, sup[1], None, pos)
        if sup is not None:
            raise FormulaError("a \\sum with an upper bound needs a lower bound: "
                               "\\sum_{k=0}^{...}", None, None)
        return BigOp("sum", names, kind, body, None, None, where, pos)

    def max_op(self, c):
        head, sub, body = c
        kind, names, lo, _, where = sub
        if kind == "range":
            raise FormulaError("\\max_{k=...} is not supported; write \\max_{k} or "
                               "\\max_{k\\in S}", None, None)
        return BigOp("max", names, kind, body, None, None, where, self._pos(head))

    def setref(self, c):
        head = c[0]
        args = c[1] if len(c) > 1 else ()
        if isinstance(args, lark.Token):
            args = (Num(Fraction(str(args))) if args.type == "NUMBER"
                    else Var(_tok_name(args), self._pos(args)),)
        return SetRef(_tok_name(head), tuple(args), self._pos(head))

    # conditions
    def member(self, c):
        return Member(c[0], c[2])

    def rel(self, c):
        op = str(c[1]).lstrip("\\")
        op = {"le": "<=", "leq": "<=", "ge": ">=", "geq": ">=", "lt": "<", "gt": ">",
              "ne": "!=", "neq": "!="}.get(op, op)
        return Rel(op, c[0], c[2])

    def eq(self, c):
        return Rel("=", c[0], c[1])

    def divides(self, c):
        return Divides(c[0], c[2])

    def cond_and(self, c):
        return And(c[0], c[2])

    def start(self, c):
        return (c[0], c[1])


def parse(text: str) -> Equation:
    """Parse ``lhs = rhs``; a :class:`FormulaError` (with a caret) when it does not parse."""
    if not isinstance(text, str):
        raise FormulaError("the formula must be a string")
    if not text.strip():
        raise FormulaError("the formula is empty")
    if len(text) > 2000:
        raise FormulaError("the formula is longer than 2000 characters")
    norm, where = normalize(text)
    try:
        tree = _parser().parse(norm)
    except lark.exceptions.UnexpectedCharacters as e:
        pos = where[min(e.pos_in_stream, len(where) - 1)]
        raise FormulaError(f"parse error: unexpected character {text[pos:pos + 1]!r}",
                           text, pos) from None
    except lark.exceptions.UnexpectedToken as e:
        tok = e.token
        if tok.type == "$END":
            raise FormulaError("parse error: the formula ends too early", text,
                               len(text)) from None
        pos = where[min(tok.start_pos or 0, len(where) - 1)]
        raise FormulaError(f"parse error: unexpected {str(tok)!r}", text, pos) from None
    except lark.exceptions.UnexpectedEOF:
        raise FormulaError("parse error: the formula ends too early", text, len(text)) from None
    except lark.exceptions.LarkError as e:  # pragma: no cover - defensive
        raise FormulaError(f"parse error: {str(e).splitlines()[0]}", text, 0) from None
    try:
        lhs, rhs = ToAST(where).transform(tree)
    except lark.exceptions.VisitError as e:
        if isinstance(e.orig_exc, FormulaError):
            fe = e.orig_exc
            raise FormulaError(fe.message, text, fe.pos) from None
        raise FormulaError(f"cannot read the formula: {e.orig_exc}") from None
    return Equation(lhs, rhs, text)
