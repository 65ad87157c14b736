"""The explainer: every catalog op renders in Markdown and LaTeX, English and Chinese; the
LaTeX compiles with ``pdflatex -halt-on-error`` without overfull lines; every symbol the
formulas use is in the glossary; the boxed result is the derived formula (and a wrong formula
would show); the sentences naming a result follow the formula's structure."""
from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache

import pytest
import sympy as sp

from derive import explain, ops
from derive.formula import Divides, Formula, Term
from derive.ir import IndexRange, WindowMax

NAMES = ops.names()


@lru_cache(maxsize=None)
def derived(name: str, **params):
    op = ops.get(name, **params)
    return op, op.derive()


def doc_of(name, fmt="md", lang="en", concrete=False, **params):
    op, d = derived(name, **params)
    return explain.document(op, fmt, lang, concrete, derivation=d)


# ------------------------------------------------------------------------ rendering
@pytest.mark.parametrize("name", NAMES)
def test_every_op_renders_in_both_formats_and_languages(name):
    op, d = derived(name)
    for fmt in ("md", "tex"):
        for lang in ("en", "zh"):
            text = explain.render(op, fmt, lang, derivation=d)
            assert text.count(r"\boxed{") == len(d.gradients), (fmt, lang)
            if fmt == "tex":
                assert text.lstrip().startswith(r"\documentclass") and r"\end{document}" in text
            else:
                assert "$$" in text and r"\begin{align*}" not in text
            if lang == "zh":
                assert "梯度" in text and "符号表" in text
            else:
                assert "Glossary" in text and "Chain rule" in text


def test_bad_format_and_language_are_one_line_value_errors():
    op, d = derived("relu")
    with pytest.raises(ValueError, match="format must be"):
        explain.render(op, "html", derivation=d)
    with pytest.raises(ValueError, match="lang must be"):
        explain.render(op, "md", "fr", derivation=d)


# ------------------------------------------------------------------------ pdflatex
def _pdflatex():
    exe = shutil.which("pdflatex")
    if exe is None:
        pytest.fail("pdflatex is not installed: the explainer's LaTeX must compile in CI "
                    "(apt-get install texlive-latex-base texlive-latex-recommended "
                    "texlive-latex-extra latex-cjk-chinese latex-cjk-chinese-arphic-gbsn00lp)")
    return exe


#: configurations beyond the defaults: groups, asymmetric 'same' padding, ceil mode,
#: clipped divisors, divisor override, per-dimension stride / dilation / padding
EXTRA = [("conv2d", (("groups", 2),)), ("conv1d", (("padding", "same"), ("kernel_size", 4))),
         ("max_pool2d", (("ceil_mode", True), ("stride", 2), ("kernel_size", 3))),
         ("avg_pool2d", (("count_include_pad", False), ("padding", 1), ("kernel_size", 3),
                         ("stride", 2))),
         ("avg_pool1d", (("divisor_override", 3),)),
         ("conv2d", (("stride", (2, 1)), ("dilation", 2), ("padding", (1, 0))))]
COMPILE_CASES = ([(n, (), lang, False) for n in NAMES for lang in ("en", "zh")]
                 + [(n, (), "en", True) for n in NAMES]
                 + [(n, p, lang, c) for n, p in EXTRA for lang, c in (("en", True), ("zh", False))])


@pytest.mark.parametrize("name,params,lang,concrete", COMPILE_CASES)
def test_tex_compiles_with_pdflatex_halt_on_error(name, params, lang, concrete, tmp_path):
    exe = _pdflatex()
    op, d = derived(name, **dict(params))
    (tmp_path / "doc.tex").write_text(explain.render(op, "tex", lang, concrete, derivation=d),
                                      encoding="utf-8")
    res = subprocess.run([exe, "-halt-on-error", "-interaction=nonstopmode", "doc.tex"],
                         cwd=tmp_path, capture_output=True, timeout=180)
    log = (tmp_path / "doc.log").read_text(encoding="utf-8", errors="replace")
    errors = [l for l in log.splitlines() if l.startswith("!")]
    assert res.returncode == 0, errors[:3]
    assert (tmp_path / "doc.pdf").stat().st_size > 1000
    overfull = re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)", log)
    assert not [w for w in overfull if float(w) > 1.0], f"overfull lines: {overfull}"


def test_pdf_names_a_missing_engine(monkeypatch, tmp_path):
    import importlib
    pdfmod = importlib.import_module("derive.explain.pdf")
    monkeypatch.setattr(pdfmod.shutil, "which", lambda name: None)
    op, d = derived("relu")
    with pytest.raises(explain.PdfError, match="pdflatex not found"):
        explain.pdf(op, tmp_path / "x.pdf", derivation=d)


def test_pdf_writes_a_pdf(tmp_path):
    _pdflatex()
    op, d = derived("max_pool1d")
    explain.pdf(op, tmp_path / "m.pdf", lang="zh", derivation=d)
    assert (tmp_path / "m.pdf").read_bytes()[:5] == b"%PDF-"


# ------------------------------------------------------------------------ glossary
def used_symbols(obj) -> set:
    """Every symbol and tensor a printed object uses -- collected here, independently of the
    explainer's own walk: SymPy symbols (bound ones included), tensor bases, the symbols
    inside IR records."""
    out = set()
    if isinstance(obj, (list, tuple)):
        for a in obj:
            out |= used_symbols(a)
        return out
    if isinstance(obj, Formula):
        return used_symbols([obj.index, obj.ranges, obj.terms]) | {obj.target.name}
    if isinstance(obj, Term):
        return used_symbols([obj.sums, obj.body, obj.guards, obj.divides, obj.filters])
    if isinstance(obj, IndexRange):
        return used_symbols([obj.var, obj.lo, obj.hi])
    if isinstance(obj, Divides):
        return used_symbols([obj.modulus, obj.expr])
    if not isinstance(obj, sp.Basic):
        return out
    for node in sp.preorder_traversal(obj):
        if isinstance(node, sp.Indexed):
            out.add(node.base.label.name)
        elif isinstance(node, WindowMax):
            out |= used_symbols([node.body, node.where] + [list(l) for l in node.limits])
        elif isinstance(node, sp.Symbol):
            out.add(node)
    # the tie-rule name of a window (first / split) is an argument, not a formula symbol
    for w in obj.atoms(WindowMax):
        out.discard(w.args[2])
    # the label symbol of an IndexedBase is the tensor itself
    for ib in obj.atoms(sp.IndexedBase):
        out.discard(ib.label)
    return out


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("concrete", [False, True])
def test_every_symbol_in_the_formulas_has_a_glossary_entry(name, concrete):
    doc = doc_of(name, "md", "en", concrete)
    text = explain.render(*derived(name)[:1], "md", "en", concrete, derivation=derived(name)[1])
    glossary = {e.symbol: e for e in doc.glossary}
    section = text[text.index("## %d. Glossary" % (len(doc.sections) + 1)):]
    tensors = {t.name: t for t in list(derived(name)[0].inputs) + [derived(name)[0].output]}
    missing = []
    for s in used_symbols(doc.printed):
        if isinstance(s, str):
            base = sp.IndexedBase(s)
            tex = doc.printer.doprint(base)
        elif s.name == "__loss__":
            tex = r"\mathcal{L}"
        elif s.name in tensors:          # a rank-0 tensor (a loss value)
            tex = doc.printer.doprint(s)
        else:
            tex = doc.printer.doprint(s)
        e = glossary.get(tex)
        if e is None or not e.meaning.strip():
            missing.append(tex)
            continue
        assert "$%s$" % tex in section, tex
    assert not missing, f"symbols without a glossary entry: {missing}"
    # the loss and the upstream gradient are always explained
    assert r"\mathcal{L}" in glossary
    assert any(k.startswith(r"\bar{") for k in glossary)


def test_glossary_gives_ranges_and_shapes():
    doc = doc_of("conv2d", stride=2)
    g = {e.symbol: e for e in doc.glossary}
    assert g["x"].range == r"N \times C \times H \times W"
    assert g["k_{h}"].range == r"0 \le k_{h} \le K_{h} - 1"
    assert "stride" in g["s_{h}"].meaning and "2" in g["s_{h}"].meaning
    zh = {e.symbol: e for e in doc_of("conv2d", "md", "zh", stride=2).glossary}
    assert "步长" in zh["s_{h}"].meaning


# ------------------------------------------------------------------------ the boxed result
def boxed(text: str) -> list[str]:
    return re.findall(r"\\boxed\{\\begin\{aligned\}\n(.*?)\n\\end\{aligned\}\}", text, re.S)


def pieces(f: Formula, printer) -> list[str]:
    """What the boxed formula must show, printed piece by piece from the derived object:
    each read, each loop variable, each condition."""
    out = []
    for t in f.terms:
        for r in t.body.atoms(sp.Indexed):
            if not any(r in w.atoms(sp.Indexed) for w in t.body.atoms(WindowMax)):
                out.append(printer.doprint(r))
        out += [printer.doprint(r.var) for r in t.sums]
        out += [printer.condition(c) for c in t.divides]
        for gd in t.guards:      # printed inside a bracket, possibly merged with another
            out += [printer.doprint(r) for r in gd.atoms(sp.Indexed)]
            out += [printer.doprint(v) for v in gd.free_symbols if not v.is_positive]
    return out


@pytest.mark.parametrize("name", NAMES)
def test_boxed_result_is_the_derived_formula(name):
    op, d = derived(name)
    doc = explain.document(op, "md", derivation=d)
    text = explain.render(op, "md", derivation=d)
    boxes = boxed(text)
    assert len(boxes) == len(d.gradients)
    for (xname, g), box in zip(d.gradients.items(), boxes):
        flat = box.replace("\\\\\n", " ")
        lhs = r"\frac{\partial \mathcal{L}}{\partial %s}" % doc.printer.doprint(
            g.input.base[g.formula.index] if g.formula.index else g.input.scalar)
        assert flat.startswith(lhs), flat[:80]
        for piece in pieces(g.formula, doc.printer):
            assert piece in flat, (xname, piece)
        # every loop of every term is a summation in the box, with its variable
        for t in g.formula.terms:
            for r in t.sums:
                assert re.search(r"\\sum_\{%s[=}]" % re.escape(doc.printer.doprint(r.var)),
                                 flat), (xname, r.var)
        assert doc.finals[xname] == box.split(" \\\\\n")


def test_a_wrong_formula_would_be_printed_as_wrong():
    """Replace the derived conv2d input gradient by the classic mistake (no kernel flip:
    grad_y read at (h + k_h ...) instead of (h - k_h ...)): the box shows the wrong read, not
    the right one, and the words no longer call it a correlation with the rotated kernel."""
    op, d = derived("conv2d", stride=1, padding=0)
    g = d.gradients["x"]
    k_h = [r.var for r in g.formula.terms[0].sums if r.var.name == "k_h"][0]
    wrong_terms = [Term(t.sums, t.body.subs(k_h, -k_h), t.guards, t.divides, t.filters)
                   for t in g.formula.terms]
    wrong = Formula(g.formula.target, g.formula.index, g.formula.ranges, wrong_terms)
    from derive.autodiff import Derivation, Gradient, Step
    steps = [s if s.kind != "final" else Step("final", {"formula": wrong}) for s in g.steps]
    bad = Derivation(d.op, d.forward, d.forward_steps,
                     {**d.gradients, "x": Gradient(g.input, wrong, steps)}, d.upstream)
    good_text = explain.render(op, "md", derivation=d)
    bad_text = explain.render(op, "md", derivation=bad)
    doc = explain.document(op, "md", derivation=d)
    right_read = [r for r in g.formula.terms[0].body.atoms(sp.Indexed)
                  if r.base.label.name == d.upstream.name][0]
    wrong_read = right_read.subs(k_h, -k_h)
    good_box, bad_box = boxed(good_text)[0], boxed(bad_text)[0]
    assert doc.printer.doprint(right_read) in good_box
    assert doc.printer.doprint(right_read) not in bad_box
    assert doc.printer.doprint(wrong_read) in bad_box
    assert "rotated by $180^\\circ$" in good_text.split("Gradient with respect to $w")[0]
    assert "rotated by $180^\\circ$" not in bad_text.split("Gradient with respect to $w")[0]


# ------------------------------------------------------------------------ content
def section_of(text, tensor):
    parts = re.split(r"\n## \d+\. ", text)
    return next(p for p in parts if p.startswith("Gradient with respect to $%s" % tensor))


def test_max_pool_states_the_tie_rule_and_the_invalid_seed_indicator():
    op, d = derived("max_pool2d", stride=2)
    text = explain.render(op, "md", derivation=d)
    assert "first one in row-major window order receives the whole gradient" in text
    assert "is not a valid subgradient" in text
    assert "routes each upstream gradient to the maximizer" in text
    assert r"\operatorname*{arg\,max}" in text
    split = explain.render(*derived("max_pool2d", ties="split")[:1], "md",
                           derivation=derived("max_pool2d", ties="split")[1])
    assert "each receives $1/m$" in split


def test_names_follow_structure():
    conv2 = explain.render(*derived("conv2d", stride=2)[:1], "md", concrete=True,
                           derivation=derived("conv2d", stride=2)[1])
    conv1 = explain.render(*derived("conv2d", stride=1)[:1], "md", concrete=True,
                           derivation=derived("conv2d", stride=1)[1])
    x2, x1 = section_of(conv2, "x"), section_of(conv1, "x")
    assert "dilated by the stride" in x2 and "dilated by the stride" not in x1
    assert "rotated by $180^\\circ$" in x1 and "rotated by $180^\\circ$" in x2
    assert "correlates the input with the upstream gradient" in section_of(conv1, "w")
    assert "sums the upstream gradient" in section_of(conv1, "b")
    avg = explain.render(*derived("avg_pool2d")[:1], "md", derivation=derived("avg_pool2d")[1])
    assert "spreads each gradient evenly over its window" in avg
    assert "spreads each gradient evenly" not in explain.render(
        *derived("max_pool2d")[:1], "md", derivation=derived("max_pool2d")[1])
    sp_avg = explain.render(*derived("superpixel_avg_pool")[:1], "md",
                            derivation=derived("superpixel_avg_pool")[1])
    assert "evenly over its pixels" in sp_avg
    lin = explain.render(*derived("linear")[:1], "md", derivation=derived("linear")[1])
    assert "matrix product" in section_of(lin, "x")
    ce = explain.render(*derived("cross_entropy")[:1], "md",
                        derivation=derived("cross_entropy")[1])
    assert "one-hot encoding of the target" in ce


def test_elimination_steps_show_the_equation_divisibility_and_bounds():
    op, d = derived("conv1d", stride=2)
    x = section_of(explain.render(op, "md", derivation=d), "x")
    assert "solve for $i$" in x
    assert r"s i &= l - d k + p" in x
    assert r"i &= (l - d k + p)/s" in x
    assert r"The solution is an integer only when $s \mid l - d k + p$" in x
    assert r"0 &\le (l - d k + p)/s \le L_{o} - 1" in x
    assert "Tightened bounds" in x


def test_concrete_substitutes_the_bound_values():
    op, d = derived("conv2d", stride=2, padding=1, H=14, W=14)
    text = explain.render(op, "md", concrete=True, derivation=d)
    assert r"H_{o} &= \left\lfloor" in text and "&= 7" in text
    box = boxed(text)[0]
    assert "s_{h}" not in box and "p_{h}" not in box
    assert r"(h - k_{h} + 1)/2" in box
    assert r"\left[\,2 \mid h - k_{h} + 1\,\right]" in box
    # the symbolic document keeps the symbols
    assert "s_{h}" in boxed(explain.render(op, "md", derivation=d))[0]


def test_size_derivation_uses_the_op_index():
    op, d = derived("conv3d")
    text = explain.render(op, "md", derivation=d)
    assert r"s_{d} u" in text and r"D_{o} &=" in text


def test_chinese_prose_same_formulas():
    op, d = derived("avg_pool1d")
    en = explain.render(op, "md", "en", derivation=d)
    zh = explain.render(op, "md", "zh", derivation=d)
    assert boxed(en) == boxed(zh)
    assert "平均分配" in zh and "链式法则" in zh


def test_rendering_the_catalog_is_quick_enough_to_be_interactive():
    # no timing assertion: this only exercises every op once more in the other language
    for name in NAMES:
        op, d = derived(name)
        assert explain.render(op, "tex", "zh", concrete=True, derivation=d)


# ------------------------------------------------------------------------ parse the box back
#: ops whose boxed results use only notation the verifier's grammar reads (it has no \min,
#: no subscripted summation variables such as k_{h}, no arg max)
ROUND_TRIP = [("linear", {}), ("conv1d", {"stride": 2, "padding": 1}), ("conv2d", {}),
              ("sigmoid", {}), ("tanh", {}), ("softmax", {})]


def as_hand_formula(lines: list[str], op) -> str:
    """The boxed lines as one plain LaTeX equation; the document's adjoint notation
    (\\bar{y} for the upstream gradient, \\mathcal{L} for the loss) is translated to the
    names the verifier reads by default (delta, L)."""
    tex = " ".join(l.replace("&", "").replace(r"\phantom{=}", "") for l in lines)
    return tex.replace(r"\bar{%s}" % op.output.latex, "delta").replace(r"\mathcal{L}", "L")


@pytest.mark.parametrize("name,params", ROUND_TRIP)
def test_boxed_result_parses_back_to_the_derived_gradient(name, params):
    """The verifier (its own parser and oracle) reads the printed box and proves it equal to
    the derived gradient."""
    from derive.verify import verify
    op, d = derived(name, **params)
    doc = explain.document(op, "md", derivation=d)
    checked = 0
    for xname, lines in doc.finals.items():
        if name == "conv2d" and xname != "w":     # x and b: subscripted loop variables
            continue
        verdict = verify(op, as_hand_formula(lines, op), max_cases=2)
        assert verdict.status == "right", (xname, verdict.text)
        checked += 1
    assert checked


def test_a_wrongly_printed_box_is_caught_by_parsing_it_back():
    from derive.verify import verify
    op, d = derived("conv1d", stride=2, padding=1)
    g = d.gradients["x"]
    k = [r.var for r in g.formula.terms[0].sums if r.var.name == "k"][0]
    # the classic mistake: the upstream gradient read without the kernel flip
    def unflip(body):
        reads = [r for r in body.atoms(sp.Indexed) if r.base.label.name == d.upstream.name]
        return body.xreplace({r: r.subs(k, -k) for r in reads})
    wrong = Formula(g.formula.target, g.formula.index, g.formula.ranges,
                    [Term(t.sums, unflip(t.body), t.guards, t.divides, t.filters)
                     for t in g.formula.terms])
    from derive.autodiff import Derivation, Gradient, Step
    steps = [s if s.kind != "final" else Step("final", {"formula": wrong}) for s in g.steps]
    bad = Derivation(d.op, d.forward, d.forward_steps,
                     {**d.gradients, "x": Gradient(g.input, wrong, steps)}, d.upstream)
    doc = explain.document(op, "md", derivation=bad)
    verdict = verify(op, as_hand_formula(doc.finals["x"], op), max_cases=2)
    assert verdict.status == "wrong", verdict.text
