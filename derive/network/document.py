"""The explanation of a network's derivation, as Markdown (math in ``$$ ... $$``) or LaTeX.

It prints, from the :class:`~derive.network.chain.Chain`: the layers and their shapes, the
forward formula of every layer, the delta recursion (form 1), the fully expanded chain-rule
product of every weight (form 2), the max-pool routing when the network has a conv -> max
pool pair, and, as an appendix, each op's own derivation (:func:`derive.explain.render`)."""
from __future__ import annotations

import sympy as sp

from ..formula import Formula
from .chain import Chain

__all__ = ["markdown", "latex", "formula_lines"]


def formula_lines(ch: Chain, f: Formula, per_line: int = 4) -> list[str]:
    """The formula as lines for an ``aligned`` block: the left side and the sums first, then
    the factors of the body, a few per line."""
    p = ch.printer()
    lhs = p._print(f.target.base[f.index]) if f.index else f.target.name
    lines = []
    for k, t in enumerate(f.terms):
        head = ""
        sums = " ".join(r"\sum_{%s=%s}^{%s}" % (p._print(r.var), p._print(r.lo),
                                                 p._print(r.hi)) for r in t.sums)
        conds = [p.condition(d) for d in t.divides] + [p.condition(g) for g in
                                                       list(t.guards) + list(t.filters)]
        facs = [(r"\left(%s\right)" if a.is_Add else "%s") % p._print(a)
                for a in _factors(t.body)]
        if conds:
            facs.insert(0, r"\left[%s\right]" % r",\ ".join(conds))
        start = (lhs + " &= " if k == 0 else "&\\quad + ") + head
        if len(t.sums) > 3:
            lines.append(start + sums)
            start = "&\\qquad "
        else:
            start += sums + " "
        line = []
        for fac in facs or ["1"]:
            if line and (len(line) >= per_line or
                         _width(start + " ".join(line + [fac])) > WIDTH + 12):
                lines.append(start + r" \, ".join(line))
                start = "&\\qquad "
                line = []
            line.append(fac)
        lines.append(start + r" \, ".join(line))
    if not f.terms:
        lines.append(lhs + " &= 0")
    return lines


WIDTH = 48   # visible characters per printed line


def _width(tex: str) -> float:
    from ..explain.latex import visible_width
    return visible_width(tex)


def _factors(body) -> list:
    body = sp.sympify(body)
    facs = list(sp.Mul.make_args(body))

    def key(a):
        names = sorted(r.base.label.name for r in a.atoms(sp.Indexed))
        return (0 if a.is_number else 1, names[0] if names else "")
    return sorted(facs, key=key) if len(facs) > 1 else facs


def _aligned(lines: list[str]) -> str:
    return "\\begin{aligned}\n" + " \\\\\n".join(lines) + "\n\\end{aligned}"


def _sections(ch: Chain):
    """(heading, [(kind, text)]) blocks shared by both formats; kind: 'p' prose, 'm' math,
    'pre' preformatted."""
    net = ch.net
    out = []
    rows = [f"- input `{net.input_name}`: per-sample shape {net.input_shape}"]
    for r in net.resolved:
        ps = ", ".join(f"`{r.param_names[t]}` {r.param_shapes[t]}" for t in r.param_shapes)
        rows.append(f"- layer {r.index}: `{r.name}` = {r.layer.op_name}(`{r.in_name}`"
                    f"{' flattened' if r.flattens else ''}{', ' + ps if ps else ''}), "
                    f"per-sample shape {r.out_shape}")
    rows.append(f"- loss: `{net.loss.name}` = {net.loss.layer.op_name}(`{net.loss.in_name}`, "
                f"`{net.target_name}`), summed over the batch of N samples")
    out.append(("The network", [("p", "\n".join(rows))]))
    fw = [("p", "Each layer's forward formula is the op's declaration with the chain's sizes "
                "and tensor names substituted.")]
    for r in net.resolved:
        fw.append(("m", _aligned(formula_lines(ch, ch.forward[r.name]))))
    out.append(("Forward", fw))
    rec = [("p", "Form 1, the delta recursion (what the generated training step runs): "
                 r"$\delta^{T} = \partial E / \partial T$ for every activation $T$. "
                 "The loss gives the delta of the output; every layer, read backwards, gives "
                 "the delta of its input and the gradient of its parameters from the delta of "
                 "its output. Each line is the op's derived gradient formula (gather form, "
                 "tightened bounds, divisibility conditions in brackets).")]
    for e in ch.equations:
        rec.append(("p", f"From {e.layer.layer.op_name} (`{e.layer.name}`):"))
        rec.append(("m", _aligned(formula_lines(ch, e.formula))))
    out.append(("Form 1: the delta recursion", rec))
    exp = [("p", "Form 2, the fully expanded chain-rule product of every weight: each delta "
                 "replaced by its formula down to the loss, the summation variables renamed "
                 "apart (primes), every one with its derived bounds.")]
    for name, shape in net.parameters:
        if len(shape) == 1 and name.startswith("b"):
            continue
        exp.append(("p", f"Weight `{name}` {shape}:"))
        exp.append(("m", _aligned(formula_lines(ch, ch.expanded(name)))))
    out.append(("Form 2: the expanded chain-rule product", exp))
    try:
        from .routing import routing
        R = routing(net)
    except ValueError:
        R = None
    if R is not None:
        out.append(("Max-pool routing", [
            ("p", "Composing the pool's index map (pooled position and window offset to map "
                  "position) with the convolution's (map position and kernel tap 0 to the "
                  "top-left pixel of the receptive field), flattened row-major:"),
            ("pre", R.text())]))
    return out


def markdown(ch: Chain, appendix: bool = True) -> str:
    net = ch.net
    parts = [f"# The derivation of network `{net.name}`", ""]
    for head, blocks in _sections(ch):
        parts += [f"## {head}", ""]
        for kind, text in blocks:
            if kind == "m":
                parts += ["$$", text, "$$", ""]
            elif kind == "pre":
                parts += ["```", text, "```", ""]
            else:
                parts += [text, ""]
    if appendix:
        parts += _appendix(ch, "md")
    return "\n".join(parts)


def latex(ch: Chain, appendix: bool = False) -> str:
    net = ch.net
    import re

    def prose(t):
        t = t.replace("_", r"\_")
        t = re.sub(r"`([^`]*)`", r"\\texttt{\1}", t)
        t = t.replace(r"$\delta^{T} = \partial E / \partial T$", r"$\delta^{T}=\partial E/\partial T$")
        lines = t.split("\n")
        if all(l.startswith("- ") for l in lines):
            return "\\begin{itemize}\n" + "\n".join(r"\item " + l[2:] for l in lines) + \
                "\n\\end{itemize}"
        return t
    parts = [r"\documentclass[10pt]{article}", r"\usepackage[margin=1.6cm]{geometry}",
             r"\usepackage{amsmath,amssymb}", r"\allowdisplaybreaks", r"\begin{document}",
             r"\section*{The derivation of network \texttt{%s}}" % net.name.replace("_", r"\_")]
    for head, blocks in _sections(ch):
        parts.append(r"\subsection*{%s}" % head)
        for kind, text in blocks:
            if kind == "m":
                parts += [r"\begin{align*}", text.replace("\\begin{aligned}\n", "")
                          .replace("\n\\end{aligned}", ""), r"\end{align*}"]
            elif kind == "pre":
                parts += [r"\begin{verbatim}", text, r"\end{verbatim}"]
            else:
                parts.append(prose(text))
                parts.append("")
    parts.append(r"\end{document}")
    return "\n".join(parts) + "\n"


def _appendix(ch: Chain, fmt: str) -> list[str]:
    try:
        from .. import explain
    except Exception:   # the explainer is optional for this document
        return []
    out = ["## Appendix: the derivation of each op", ""]
    seen = set()
    for r in list(ch.net.resolved) + [ch.net.loss]:
        key = (r.layer.op_name, repr(sorted(r.layer.params.items())))
        if key in seen:
            continue
        seen.add(key)
        try:
            text = explain.render(r.op, fmt=fmt, lang="en", concrete=True,
                                  derivation=r.op.derive())
        except Exception as e:  # noqa: BLE001 -- keep the network document
            text = f"(the explanation of {r.layer.op_name} is not available: {e})"
        text = "\n".join(("#" + l) if l.startswith("#") else l for l in text.splitlines())
        out += [text, ""]
    return out
