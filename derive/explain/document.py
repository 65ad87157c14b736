"""From a recorded derivation to a document model: prose and printed math, section by section.

:func:`build` walks ``op.size_steps``, ``d.forward_steps`` and each gradient's ``steps``
(chain, partial, eliminate / bracket, tighten, output_form, final) and prints the SymPy objects
they hold.  The templates (``templates/latex``, ``templates/markdown``) only lay the model out.
Every printed object passes through :meth:`Builder.m`, which records it for the glossary.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from ..autodiff import Derivation, Step
from ..formula import Divides, Formula
from ..ir import ArgmaxIs, IndexRange, Tensor, WindowMax
from .glossary import FALLBACK, LOSS_SYMBOL, Entry, Recorder, _find, symbols_in
from .latex import LOSS, DerivationPrinter, break_lines, is_size, visible_width
from .words import msg, name_structure, tr

#: widest display line, in visible characters (fits an 11pt article with 2.2 cm margins)
WIDTH = 58
SHORT_BOUNDS = 16


@dataclass
class Display:
    """A displayed equation block: lines with ``&`` alignment marks; ``boxed`` for results."""

    lines: list[str]
    boxed: bool = False


@dataclass
class Section:
    title: str
    blocks: list = field(default_factory=list)   # str (a paragraph) | Display | list[str]


@dataclass
class Document:
    lang: str
    fmt: str
    title: str
    intro: list[str]
    sections: list[Section]
    glossary: list[Entry]
    headers: dict
    #: every SymPy object printed, for the glossary check
    printed: list
    #: the final formula of each input, as printed (name -> lines) and as derived
    finals: dict
    printer: DerivationPrinter


class Builder:
    def __init__(self, d: Derivation, fmt: str, lang: str, concrete: bool):
        self.d = d
        self.op = d.op
        self.fmt = fmt
        self.lang = lang
        self.concrete = concrete
        self.rules = d.op_rules() if concrete else {}
        tensors = {t.name: t for t in list(self.op.inputs) + [self.op.output]}
        tensors[d.upstream.name] = d.upstream
        self.tensors = tensors
        self.p = DerivationPrinter(tensors, upstream=d.upstream.name)
        self.p.output = self.op.output.name
        self.rec = Recorder()
        self.where: list = []

    # ------------------------------------------------------------------ helpers
    def sub(self, e):
        if not self.rules or e is None:
            return e
        if isinstance(e, Divides):
            return e.subs(self.rules)
        if isinstance(e, IndexRange):
            return e.subs(self.rules)
        if isinstance(e, (list, tuple)):
            return type(e)(self.sub(a) for a in e)
        return sp.sympify(e).subs(self.rules)

    def m(self, e, how=None) -> str:
        """Print (and record) one object; ``how`` picks a printer method."""
        self.rec.note(e)
        if how is not None:
            return how(e)
        return self.p.doprint(e)

    def join(self, items) -> str:
        """A list in running prose: "a, b" in English, "a、b" in Chinese."""
        return ("、" if self.lang == "zh" else ", ").join(items)

    @property
    def semi(self) -> str:
        return "；" if self.lang == "zh" else "; "

    def t(self, key, **kw) -> str:
        return msg(self.lang, key, **kw)

    def code(self, s: str) -> str:
        if self.fmt == "tex":
            return r"\texttt{%s}" % esc(s)
        return "`%s`" % s

    def text(self, s: str) -> str:
        """Declared plain text (meanings, docs) for the output format."""
        return esc(s) if self.fmt == "tex" else s

    def inline(self, tex: str) -> str:
        return "$%s$" % tex

    def read(self, t: Tensor, idx) -> sp.Expr:
        return t[tuple(idx)] if idx else t.scalar

    # ------------------------------------------------------------------ chunks
    def chunks(self, e, first=True) -> list[tuple[str, str]]:
        """Split an expression into breakable ``(joiner, tex)`` pieces."""
        e = sp.sympify(e)
        self.rec.note(e)
        if e.is_Add and not _index_like(e):
            out = []
            for k, term in enumerate(_ordered_terms(e)):
                neg = term.could_extract_minus_sign()
                tc = self.chunks(-term if neg else term, False)
                j0 = (" - " if neg else " + ") if k else ("-" if neg else "")
                out.append((j0 + (" " if k == 0 and neg else ""), tc[0][1]))
                out.extend(tc[1:])
            return out
        if isinstance(e, sp.Sum):
            pre = ""
            for v, lo, hi in e.limits:
                self.rec.note_range(v, lo, hi)
                pre += r"\sum_{%s=%s}^{%s} " % (self.p._print(v), self.p._print(lo),
                                               self.p._print(hi))
            body = e.function
            if body.is_Add:
                inner = self.chunks(body, False)
                inner[0] = (inner[0][0], r"\bigl(" + inner[0][1])
                inner[-1] = (inner[-1][0], inner[-1][1] + r"\bigr)")
                return [("", pre.strip())] + [(j if j.strip() else " ", x) for j, x in inner]
            return [("", pre.strip())] + [(" ", x) for _, x in self.chunks(body, False)]
        if e.is_Mul:
            num, den = sp.fraction(e)
            coeff, rest = e.as_coeff_Mul()
            if den != 1 and not (den.is_Symbol or den.is_Integer) and \
                    visible_width(self.p.doprint(e)) < WIDTH * 0.8:
                return [("", self.p.doprint(e))]
            facs = list(sp.Mul.make_args(rest))
            out = []
            if den != 1 and den.is_Symbol and coeff.is_Integer:
                out.append(("", r"\frac{%s}{%s}" % (self.p.doprint(coeff), self.p.doprint(den))))
                facs = [f for f in facs if not (f.is_Pow and f.exp == -1 and f.base == den)]
            elif coeff != 1:
                out.append(("", self.p.doprint(coeff)))
            for f in _ordered_factors(facs):
                for j, x in self.chunks_factor(f):
                    out.append((j if j.strip() else (" " if out else j), x))
            return out
        return [("", self.p.doprint(e))]

    def chunks_factor(self, f):
        if isinstance(f, sp.Sum) or (f.is_Add and not _index_like(f)):
            inner = self.chunks(f, False)
            if f.is_Add:
                inner[0] = (inner[0][0], r"\bigl(" + inner[0][1])
                inner[-1] = (inner[-1][0], inner[-1][1] + r"\bigr)")
            return inner
        return [("", self.p._print(f) if not (f.is_Add) else r"\left(%s\right)" %
                 self.p._print(f))]

    def display(self, lhs: str, rhs_chunks, rel="=", boxed=False, width=WIDTH) -> Display:
        lines = break_lines(rhs_chunks, width - visible_width(lhs) * 0.5)
        out = [r"%s &%s %s" % (lhs, rel, lines[0])]
        out += [r"&\phantom{%s}%s" % (rel, l) for l in lines[1:]]
        return Display(out, boxed)

    # ------------------------------------------------------------------ sections
    def build(self) -> Document:
        op, d = self.op, self.d
        secs = [self.setting(), self.forward()]
        finals = {}
        for name, g in d.gradients.items():
            sec, lines = self.gradient(g)
            secs.append(sec)
            finals[name] = lines
        intro = [self.t("intro", op=self.code(op.name), doc=self.text(op.doc))]
        if op.torch.get("fn") and op.torch["fn"] in ("conv1d", "conv2d", "conv3d", "avg_pool1d",
                                                     "avg_pool2d", "avg_pool3d", "max_pool1d",
                                                     "max_pool2d", "max_pool3d", "linear",
                                                     "mse_loss", "cross_entropy"):
            intro.append(self.t("torch", fn=self.code("torch.nn.functional." + op.torch["fn"])))
        shown = {k: v for k, v in op.params.items() if v is not None}
        if shown:
            intro.append(self.t("params", params=", ".join(
                self.code(f"{k}={_fmt_param(v)}") for k, v in shown.items())))
        if self.concrete and self.rules:
            vals = self.join(self.inline(r"%s = %s" % (self.m(k), self.m(v)))
                             for k, v in self.rules.items() if sp.sympify(v).is_number)
            if vals:
                intro.append(self.t("intro_concrete", values=vals))
        gl = self.glossary()
        headers = {k: self.t("col_" + k) for k in ("tensor", "role", "axes", "shape", "symbol",
                                                   "meaning", "value", "range")}
        return Document(self.lang, self.fmt, self.t("title", op=self.code(op.name)), intro,
                        secs, gl, headers, self.rec.objects, finals, self.p)

    def setting(self) -> Section:
        op, d = self.op, self.d
        sec = Section(self.t("setting"))
        sec.blocks.append(self.t("tensors_intro"))
        rows = []
        for tns in list(op.inputs) + [op.output, d.upstream]:
            idx = self.tensor_index(tns)
            for v, ext in zip(idx, tns.slot_extents):
                if isinstance(v, sp.Symbol):
                    self.rec.note_range(v, 0, self.sub(ext) - 1)
            read = self.read(tns, idx)
            axes = self.join(self.text(tr(self.lang, a.name)) for a in tns.axes) or "--"
            shape = self.shape(tns)
            role = tns.doc if tns is not d.upstream else "upstream gradient"
            rows.append([self.inline(self.m(read)), self.text(tr(self.lang, role)
                                                              if role != "upstream gradient"
                                                              else ("上游梯度" if self.lang == "zh"
                                                                    else role)),
                         axes, self.inline(shape)])
        sec.blocks.append(Table([self.t("col_" + c) for c in ("tensor", "role", "axes", "shape")], rows))
        hyp = []
        for k, v in op.bindings.items():
            meaning = _find(op.glossary, k) or FALLBACK.get(k.name.split("_")[0].split("^")[0])
            hyp.append([self.inline(self.m(k)), self.text(tr(self.lang, meaning or "")),
                        self.inline(self.m(sp.sympify(v)))])
        if hyp:
            sec.blocks.append(self.t("hyper_intro"))
            sec.blocks.append(Table([self.t("col_" + c) for c in ("symbol", "meaning", "value")], hyp))
        for st in op.size_steps:
            sec.blocks.extend(self.size_step(st))
        return sec

    def tensor_index(self, t: Tensor):
        op = self.op
        if t is op.output or t is self.d.upstream:
            return op.index
        if t.name in self.d.gradients:
            return self.d.gradients[t.name].formula.index
        for r in op.formula.atoms(sp.Indexed):
            if r.base.label.name == t.name and all(i.is_Symbol for i in r.indices):
                return r.indices
        return tuple(sp.Symbol(f"{t.name}_{k}", integer=True) for k in range(len(t.slot_extents)))

    def shape(self, t: Tensor) -> str:
        if not t.axes:
            return r"\text{%s}" % ("标量" if self.lang == "zh" else "scalar")
        parts = []
        for a in t.axes:
            e = self.sub(a.extent)
            if not e.is_number:
                e = a.extent      # keep H_o; its value is derived in the setting
            parts.append(self.m(e) if not e.is_Add else r"(%s)" % self.m(e))
        return r" \times ".join(parts)

    def size_step(self, st: Step) -> list:
        data = st.data
        sym = data["symbol"]
        i = data["index"]
        # the generic output index of the size derivation is the op's index of that axis
        for idx, ext in zip(self.op.index, self.op.output.slot_extents):
            if ext == sym:
                i_new = idx
                break
        else:
            i_new = i
        out = []
        out.append(self.t("sizes_intro", i=self.inline(self.m(i_new))))
        for cond, text in zip(data["conditions"], data["texts"]):
            c = self.sub(sp.sympify(cond).subs(i, i_new))
            label = self.t("size_cond_" + text) if ("size_cond_" + text) in \
                _messages(self.lang) else text
            out.append(self.t("size_cond", text=label))
            ge = sp.GreaterThan(c, 0, evaluate=False)
            self.rec.note(c)
            cond = self.p.condition(ge)
            lhs, _, rhs = cond.partition(r" \le ")
            if rhs:
                out.append(Display([r"%s &\le %s" % (lhs, rhs)]))
            else:
                out.append(Display([cond.replace(r" \ge", r" &\ge", 1)]))
        val = self.sub(data["value"])
        out.append(Display([r"%s &= %s" % (self.m(sym), self.m(data["value"]))] + (
            [r"&= %s" % self.m(val)] if self.concrete and val != data["value"] else [])))
        return out

    def forward(self) -> Section:
        op = self.op
        sec = Section(self.t("forward"))
        sec.blocks.append(self.t("forward_intro"))
        for st in self.d.forward_steps:
            lhs, rhs = st.data["lhs"], self.sub(st.data["rhs"])
            self._ranges_of(rhs)
            sec.blocks.append(self.display(self.m(lhs), self.chunks(rhs)))
        if op.formula.atoms(WindowMax):
            sec.blocks.append(self.t("forward_window"))
        elif op.formula.atoms(sp.Indexed) and any(
                not all(i.is_Symbol for i in r.indices) for r in op.formula.atoms(sp.Indexed)):
            sec.blocks.append(self.t("forward_zero"))
        return sec

    def _ranges_of(self, e):
        for s in sp.sympify(e).atoms(sp.Sum):
            for v, lo, hi in s.limits:
                self.rec.note_range(v, lo, hi)
        for w in sp.sympify(e).atoms(WindowMax):
            for v, lo, hi in w.limits:
                self.rec.note_range(v, lo, hi)

    def gradient(self, g):
        X = g.input
        sec = Section(self.t("grad_of", t=self.inline(self.m(X.base[g.formula.index]
                                                             if g.formula.index else X.scalar))))
        x_tex = self.p.doprint(X.base) if g.formula.index else self.p.doprint(X.scalar)
        y_tex = self.p.doprint(self.op.output.base) if self.op.index else \
            self.p.doprint(self.op.output.scalar)
        self.rec.note(LOSS_SYMBOL)
        elim_items = []
        trivial = []
        final_lines = None
        for st in g.steps:
            k, data = st.kind, st.data
            if k == "chain":
                sec.blocks.append(Heading(self.t("chain")))
                sec.blocks.append(self.t("chain_intro", L=LOSS, x=x_tex, y=y_tex,
                                         bar=self.p.bar()))
                loops = [self.sub(r) for r in data["loops"]]
                for r in loops:
                    self.rec.note_range(r.var, r.lo, r.hi)
                lhs = self.dL(data["lhs"])
                pre = " ".join(r"\sum_{%s=%s}^{%s}" % (self.m(r.var), self.m(r.lo), self.m(r.hi))
                               for r in loops)
                Y = data["Y"]
                self.rec.note(data["G"])
                G = self.m(data["G"])
                dY = r"\frac{\partial %s}{\partial %s}" % (self.m(Y), self.m(data["lhs"]))
                chunks = ([("", pre)] if pre else []) + [(" ", G), (" ", dY)]
                sec.blocks.append(self.display(lhs, chunks))
                if data.get("renamed"):
                    ren = {a: b for a, b in data["renamed"].items()
                           if a in set(self.op.index) or a in _bound(self.op.formula)}
                    olds = sorted(ren, key=lambda a: a.name)
                    sec.blocks.append(self.t(
                        "renamed", old=self.join(self.inline(self.m(a)) for a in olds),
                        new=self.join(self.inline(self.m(ren[a])) for a in olds), x=x_tex))
                    for a, b in ren.items():
                        if a in self.rec.ranges:
                            self.rec.note_range(b, *self.rec.ranges[a])
            elif k == "partial":
                sec.blocks.append(Heading(self.t("partial")))
                val = self.sub(data["value"])
                self._ranges_of(val)
                has_delta = bool(val.atoms(sp.KroneckerDelta))
                sec.blocks.append(self.t("partial_intro" if has_delta else "partial_plain",
                                         x=x_tex))
                lhs = r"\frac{\partial %s}{\partial %s}" % (self.m(data["Y"]), self.m(data["X"]))
                sec.blocks.append(self.display(lhs, self.chunks(val)))
                arg = val.atoms(ArgmaxIs)
                if arg:
                    ties = next(iter(arg)).window.ties
                    sec.blocks.append(self.t("tie_" + ties))
                    sec.blocks.append(self.t("tie_warning"))
            elif k == "eliminate":
                if self.trivial(data):
                    trivial.append(data)
                else:
                    elim_items.append(self.elimination(data))
            elif k == "bracket":
                dl = self.sub(data["delta"])
                elim_items.append([self.t("bracket", delta=self.inline(self.m(dl)),
                                          br=self.inline(self.m(dl, self.p.bracket)))])
            elif k in ("tighten", "output_form"):
                pass      # shown with the result: the bounds of the final formula
            elif k == "final":
                f = data["formula"]
                if self.concrete:
                    f = self.d.concrete().gradients[X.name].formula \
                        if not hasattr(self, "_conc") else self._conc.gradients[X.name].formula
                sec.blocks.append(Heading(self.t("elim")))
                if trivial:
                    elim_items.insert(0, self.trivial_item(trivial))
                if elim_items:
                    sec.blocks.append(self.t("elim_intro"))
                    sec.blocks.append(Steps(elim_items))
                else:
                    sec.blocks.append(self.t("no_elim"))
                sec.blocks.append(Heading(self.t("tighten")))
                sec.blocks.extend(self.bounds(f))
                if any(s.kind == "output_form" for s in g.steps):
                    sec.blocks.append(self.t("output_form", y=y_tex))
                sec.blocks.append(Heading(self.t("result")))
                sec.blocks.append(self.t("result_intro"))
                disp, where = self.final(f)
                final_lines = disp.lines
                sec.blocks.append(disp)
                if where:
                    sec.blocks.append(self.t("where"))
                    sec.blocks.append(Display([r"&%s" % w for w in where]))
                for key, kw in name_structure(f, self.d.upstream.name,
                                              {t.name: t.kind for t in self.op.inputs},
                                              self.op.output.name):
                    sec.blocks.append(self.t(key, **self.words_args(kw, y_tex)))
        return sec, final_lines

    def words_args(self, kw, y_tex):
        out = {}
        for k, v in kw.items():
            if isinstance(v, Divides):
                out[k] = self.inline(self.m(v, self.p.condition))
            elif k == "s":
                out[k] = self.m(sp.sympify(v) - 1)
            elif isinstance(v, sp.Equality):
                out[k] = self.inline(self.m(v, self.p.bracket))
            elif isinstance(v, list):
                out[k] = self.join(self.inline(self.m(s)) for s in v)
            elif k in ("div",):
                out[k] = self.inline(self.m(v))
            else:
                out[k] = self.m(v)
        out.setdefault("y", y_tex)
        return out

    def dL(self, read) -> str:
        return r"\frac{\partial %s}{\partial %s}" % (LOSS, self.m(read))

    def trivial(self, data) -> bool:
        """A delta between two plain indices over the same range: a renaming, no condition."""
        val = self.sub(data["value"])
        if not (isinstance(val, sp.Symbol) and abs(data["coefficient"]) == 1):
            return False
        lo, hi = (self.sub(x) for x in data["range"])
        nat = self.rec.ranges.get(val)
        return nat is not None and sp.simplify(nat[0] - lo) == 0 and sp.simplify(nat[1] - hi) == 0

    def trivial_item(self, items) -> list:
        deltas, sets = [], []
        for d in items:
            dl = self.inline(self.m(self.sub(d["delta"])))
            st = self.inline(r"%s = %s" % (self.m(d["var"]), self.m(self.sub(d["value"]))))
            if dl not in deltas:
                deltas.append(dl)
            if st not in sets:
                sets.append(st)
        deltas, sets = self.join(deltas), self.join(sets)
        return [self.t("elim_rename", deltas=deltas, sets=sets)]

    def elimination(self, data) -> list:
        dl = self.sub(data["delta"])
        v = data["var"]
        val = self.sub(data["value"])
        lo, hi = (self.sub(x) for x in data["range"])
        items = [self.t("elim_step", delta=self.inline(self.m(dl)), v=self.m(v))]
        # the equation: coefficient * v = the rest, written with a positive coefficient
        a, b = dl.args
        eq = sp.expand(a - b)
        c = eq.coeff(v)
        rest = sp.expand(eq - c * v)
        if c.could_extract_minus_sign():
            c, rest = -c, -rest
        lhs = self.m(sp.Mul(c, v, evaluate=True), self.p.affine)
        rhs = self.m(-rest, self.p.affine)
        lines = [r"%s &= %s" % (self.m(a, self.p.index), self.m(b, self.p.index))]
        if c != 1:
            lines.append(r"%s &= %s" % (lhs, rhs))
        last = r"%s &= %s" % (self.m(v), self.m(val, self.p.index))
        if last not in lines:
            lines.append(last)
        items.append(Display(lines))
        if data.get("divides") is not None:
            dv = self.sub(data["divides"])
            if dv.decided() is not True:
                items.append(self.t("elim_div", cond=self.inline(self.m(dv, self.p.condition))))
        items.append(self.t("elim_range", v=self.m(v)))
        items.append(Display([r"%s &\le %s \le %s" % (self.m(lo), self.m(val, self.p.index),
                                                       self.m(hi))]))
        return items

    def bounds(self, f: Formula) -> list:
        out = []
        lines = []
        guards = []
        for t in f.terms:
            for r in t.sums:
                self.rec.note(r)
                line = r"%s &\le %s \le %s" % (self.p._print(r.lo), self.p._print(r.var),
                                              self.p._print(r.hi))
                if line not in lines:
                    lines.append(line)
            for gd in list(t.guards) + list(t.filters):
                self.rec.note(gd)
            for b in self.p.brackets(list(t.guards) + list(t.filters)):
                if "&" + b not in guards:
                    guards.append("&" + b)
        if lines:
            out.append(self.t("tighten_intro"))
            out.append(Display(lines))
        if guards:
            out.append(self.t("guards"))
            out.append(Display(guards))
        if not lines and not guards:
            out.append(self.t("tighten_none"))
        return out

    def final(self, f: Formula):
        """The boxed gather formula, printed from the Formula object itself."""
        lhs = self.dL(self.read(f.target, f.index))
        self.rec.note(f.target.base[f.index] if f.index else f.target.scalar)
        where = []
        chunks: list[tuple[str, str]] = []
        # positive terms first: a - b reads better than -b + a
        order = sorted(f.terms, key=lambda t: bool(t.body.could_extract_minus_sign()))
        for k, t in enumerate(order):
            body = t.body
            neg = body.could_extract_minus_sign()
            if neg:
                body = -body
            tc: list[tuple[str, str]] = []
            for r in t.sums:
                self.rec.note(r)
                if visible_width(self.p._print(r.lo)) + visible_width(self.p._print(r.hi)) \
                        <= SHORT_BOUNDS:
                    tc.append((" ", r"\sum_{%s=%s}^{%s}" % (self.p._print(r.var),
                                                           self.p._print(r.lo),
                                                           self.p._print(r.hi))))
                else:
                    tc.append((" ", r"\sum_{%s}" % self.p._print(r.var)))
                    where.append(self.p.bounds(r))
            conds = list(t.divides) + list(t.guards) + list(t.filters)
            for c in conds:
                self.rec.note(c)
            tc.extend((" ", b) for b in self.p.brackets(conds))
            for w in body.atoms(WindowMax):
                if not self.p._window_bounds_short(w):
                    for v, lo, hi in w.limits:
                        s = r"%s \le %s \le %s" % (self.p._print(lo), self.p._print(v),
                                                   self.p._print(hi))
                        if s not in where:
                            where.append(s)
            bc = self.chunks(body)
            tc.extend(((j if j.strip() else (" " if tc else j)), x) for j, x in bc)
            if not tc:
                tc = [("", "0")]
            j0 = (" - " if neg else " + ") if k else ("-" if neg else "")
            chunks.append((j0, tc[0][1]))
            chunks.extend(tc[1:])
        if not chunks:
            chunks = [("", "0")]
        disp = self.display(lhs, chunks, boxed=True, width=WIDTH - 4)
        return disp, where

    def glossary(self) -> list[Entry]:
        entries = []
        seen = set()
        for s in symbols_in(self.rec.objects):
            key = s if isinstance(s, str) else s
            if key in seen:
                continue
            seen.add(key)
            e = self.entry(s)
            if e is not None:
                entries.append(e)
        order = {"loss": 0, "tensor": 1, "size": 2, "index": 3}
        entries.sort(key=lambda e: order[e.kind])
        return entries

    def entry(self, s) -> Entry | None:
        op, lang = self.op, self.lang
        if s == LOSS_SYMBOL:
            return Entry(s, LOSS, self.t("gl_loss"), "", "loss")
        if isinstance(s, str) or (isinstance(s, sp.Symbol) and s.name in self.tensors and
                                  not self.tensors[s.name].axes):
            name = s if isinstance(s, str) else s.name
            t = self.tensors[name]
            sym = self.p.doprint(t.base) if t.axes else self.p.doprint(t.scalar)
            if name == self.d.upstream.name:
                y_tex = self.p.doprint(op.output.base if op.index else op.output.scalar)
                meaning = self.t("gl_upstream", y=y_tex)
                sym = self.p.bar()
            else:
                axes = self.join(self.text(tr(lang, a.name)) for a in t.axes)
                meaning = self.t("gl_tensor" if axes else "gl_scalar",
                                 doc=self.text(tr(lang, t.doc)), axes=axes)
            return Entry(name, sym, meaning, self.shape(t), "tensor")
        if not isinstance(s, sp.Symbol):
            return None
        tex = self.p.doprint(s)
        if isinstance(s, sp.Dummy):
            return Entry(s, tex, self.t("gl_dummy"), self._range(s), "index")
        if s.name.endswith("'"):
            base = sp.Symbol(s.name.rstrip("'"), integer=True)
            return Entry(s, tex, self.t("gl_prime", v=self.p.doprint(base)), self._range(s),
                         "index")
        meaning = _find(op.glossary, s)
        if meaning is None and is_size(s):
            meaning = FALLBACK.get(s.name.split("_")[0].split("^")[0])
        if meaning is None:
            return Entry(s, tex, "", self._range(s), "index" if not is_size(s) else "size")
        text = self.text(tr(lang, meaning))
        if is_size(s):
            extra = []
            for t in list(op.inputs) + [op.output]:
                for a in t.axes:
                    if a.extent == s or (a.parts and s in a.parts and False):
                        extra.append(self.t("gl_extent", axis=self.text(tr(lang, a.name)),
                                            t=self.p.doprint(t.base)))
                        break
                if extra:
                    break
            if s in op.bindings:
                extra.append(self.t("gl_value", v=self.p.doprint(sp.sympify(op.bindings[s]))))
            if extra:
                text += self.semi + self.semi.join(extra)
            return Entry(s, tex, text, "", "size")
        return Entry(s, tex, text, self._range(s), "index")

    def _range(self, s) -> str:
        r = self.rec.ranges.get(s)
        if r is None:
            return ""
        return r"%s \le %s \le %s" % (self.p._print(r[0]), self.p._print(s), self.p._print(r[1]))


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]]


@dataclass
class Heading:
    title: str


@dataclass
class Steps:
    items: list[list]   # each: paragraphs and Displays


def _messages(lang):
    from .words import MESSAGES
    return MESSAGES.get(lang, MESSAGES["en"])


def _bound(e) -> set:
    out = set()
    for s in sp.sympify(e).atoms(sp.Sum):
        out |= set(s.variables)
    for w in sp.sympify(e).atoms(WindowMax):
        out |= set(w.variables)
    return out


def _index_like(e) -> bool:
    from .latex import is_index_like
    return is_index_like(sp.sympify(e))


def _ordered_terms(e: sp.Add) -> list:
    terms = list(e.as_ordered_terms())
    # positive terms first reads better: a - b rather than -b + a
    return sorted(terms, key=lambda t: t.could_extract_minus_sign())


def _ordered_factors(facs: list) -> list:
    """Upstream gradient and indicators first, then sums, then the rest (stable)."""
    def key(f):
        if isinstance(f, (sp.KroneckerDelta, ArgmaxIs)):
            return 1
        if isinstance(f, sp.Indexed):
            return 2
        if isinstance(f, sp.Sum):
            return 4
        return 3
    return sorted(facs, key=key)


def _fmt_param(v) -> str:
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, tuple):
        return ",".join(str(a) for a in v)
    return str(v)


def esc(s: str) -> str:
    """Escape LaTeX specials in plain text, leaving ``$...$`` math alone."""
    out = []
    parts = s.split("$")
    for k, p in enumerate(parts):
        if k % 2:
            out.append("$" + p + "$")
        else:
            for a, b in (("\\", r"\textbackslash{}"), ("_", r"\_"), ("%", r"\%"), ("&", r"\&"),
                         ("#", r"\#"), ("{", r"\{"), ("}", r"\}"), ("~", r"\textasciitilde{}"),
                         ("^", r"\textasciicircum{}")):
                if a == "\\":
                    continue
                p = p.replace(a, b)
            out.append(p)
    return "".join(out)


def build(d: Derivation, fmt: str = "md", lang: str = "en", concrete: bool = False) -> Document:
    b = Builder(d, fmt, lang, concrete)
    if concrete:
        b._conc = d.concrete()
    return b.build()
