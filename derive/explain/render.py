"""Lay a :class:`~derive.explain.document.Document` out through the Jinja2 templates.

Templates live in ``templates/latex`` and ``templates/markdown`` (installed as the package
``derive.templates``); in a source checkout without an installed package they are read from
the repository's ``templates/`` directory.  The LaTeX templates use ``((* *))`` / ``((( )))``
delimiters so that TeX's braces need no escaping.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2

from .document import Display, Document, Heading, Steps, Table

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates"


def _loader(sub: str) -> jinja2.BaseLoader:
    loaders = []
    try:
        loaders.append(jinja2.PackageLoader("derive.templates", sub))
    except (ImportError, ValueError, ModuleNotFoundError):
        pass
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATE_DIR / sub)))
    return jinja2.ChoiceLoader(loaders)


@lru_cache(maxsize=None)
def environment(fmt: str) -> jinja2.Environment:
    if fmt == "tex":
        env = jinja2.Environment(
            loader=_loader("latex"), block_start_string="((*", block_end_string="*))",
            variable_start_string="(((", variable_end_string=")))",
            comment_start_string="((#", comment_end_string="#))",
            trim_blocks=True, lstrip_blocks=True, autoescape=False, keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined)
    elif fmt == "md":
        env = jinja2.Environment(loader=_loader("markdown"), trim_blocks=True,
                                 lstrip_blocks=True, autoescape=False,
                                 keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    else:
        raise ValueError(f"format must be 'md' or 'tex', got {fmt!r}")
    env.filters["math"] = _md_math
    env.filters["step"] = _md_step
    return env


def _kind(b) -> str:
    if isinstance(b, str):
        return "text"
    if isinstance(b, Display):
        return "display"
    if isinstance(b, Heading):
        return "heading"
    if isinstance(b, Table):
        return "table"
    if isinstance(b, Steps):
        return "steps"
    raise TypeError(f"unknown block {b!r}")


_EMPH = re.compile(r"\\emph\{([^{}]*)\}")


def _md_prose(s: str) -> str:
    return _EMPH.sub(r"*\1*", s)


def lay_out(doc: Document) -> str:
    env = environment(doc.fmt)
    ext = "tex" if doc.fmt == "tex" else "md"
    blocks = env.get_template(f"blocks.{ext}.j2")
    headers = doc.headers

    def block(b):
        kind = _kind(b)
        if doc.fmt == "md":
            b = _md_block(b)
        return blocks.render(b=b, kind=kind, headers=headers).rstrip("\n") + "\n"

    from .words import msg
    text = env.get_template(f"document.{ext}.j2").render(
        doc=_md_doc(doc) if doc.fmt == "md" else doc, block=block,
        glossary_title=msg(doc.lang, "glossary"), glossary_intro=msg(doc.lang, "glossary_intro"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text


def _md_math(d: Display, indent: str = "") -> str:
    """A display as GitHub math: ``$$`` around an ``aligned`` block (boxed for results)."""
    body = " \\\\\n".join(d.lines)
    inner = "\\begin{aligned}\n" + body + "\n\\end{aligned}"
    if d.boxed:
        inner = "\\boxed{" + inner + "}"
    text = "$$\n" + inner + "\n$$"
    return "\n".join(indent + l for l in text.split("\n"))


def _md_step(item: list, number: int) -> str:
    """One numbered list item: paragraphs and displays indented under the number."""
    parts = []
    for x in item:
        if isinstance(x, str):
            parts.append("   " + x)
        else:
            parts.append(_md_math(x, "   "))
    text = "\n\n".join(parts)
    return f"{number}." + text[2:]


def _md_block(b):
    if isinstance(b, str):
        return _md_prose(b)
    if isinstance(b, Steps):
        return Steps([[(_md_prose(x) if isinstance(x, str) else x) for x in item]
                      for item in b.items])
    return b


def _md_doc(doc: Document) -> Document:
    from dataclasses import replace
    return replace(doc, intro=[_md_prose(p) for p in doc.intro])
