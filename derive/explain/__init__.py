"""Derivations explained: LaTeX, Markdown and PDF documents of an op's recorded derivation.

``render(op, fmt="md"|"tex", lang="en"|"zh", concrete=False)`` returns the document as text;
``pdf(op, path, lang=...)`` compiles the LaTeX with ``pdflatex``.  The document shows the
setting (tensors, hyper-parameters, derived output sizes), the forward formula and, for every
differentiable input, the chain rule, the partial derivative, each delta elimination, the
tightened bounds and the boxed gather formula with a sentence naming it; a glossary explains
every symbol the formulas use.
"""
from __future__ import annotations

from .document import Document, build
from .pdf import PdfError, pdf
from .render import lay_out

__all__ = ["render", "document", "pdf", "PdfError", "Document"]

FORMATS = ("md", "tex")
LANGS = ("en", "zh")


def document(op, fmt: str = "md", lang: str = "en", concrete: bool = False,
             derivation=None) -> Document:
    """The document model (printed blocks, glossary, the printed objects) of ``op``."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, got {lang!r}")
    d = derivation if derivation is not None else op.derive()
    return build(d, fmt, lang, bool(concrete))


def render(op, fmt: str = "md", lang: str = "en", concrete: bool = False,
           derivation=None) -> str:
    """The explanation of ``op``'s derivation as Markdown (``fmt="md"``) or LaTeX (``"tex"``)."""
    return lay_out(document(op, fmt, lang, concrete, derivation))
