"""Compile an explanation to PDF with ``pdflatex`` (Debian: texlive-latex-base,
texlive-latex-recommended, texlive-latex-extra; Chinese adds latex-cjk-chinese and
latex-cjk-chinese-arphic-gbsn00lp)."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

ENGINE = "pdflatex"


class PdfError(RuntimeError):
    """The PDF could not be made: no TeX engine, or LaTeX stopped with an error."""


def engine() -> str:
    exe = shutil.which(ENGINE)
    if exe is None:
        raise PdfError(
            "pdflatex not found: install a TeX engine to make PDFs (Debian: apt-get install "
            "texlive-latex-base texlive-latex-recommended texlive-latex-extra; for --lang zh "
            "also latex-cjk-chinese latex-cjk-chinese-arphic-gbsn00lp)")
    return exe


def compile_tex(tex: str, path, timeout: float = 120) -> str:
    """Compile ``tex`` to ``path`` (a .pdf); returns the LaTeX log."""
    exe = engine()
    path = Path(path)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.tex"
        src.write_text(tex, encoding="utf-8")
        log = ""
        for _ in range(2):   # longtable settles its column widths on the second run
            try:
                res = subprocess.run([exe, "-halt-on-error", "-interaction=nonstopmode",
                                      "doc.tex"], cwd=tmp, capture_output=True, timeout=timeout)
            except subprocess.TimeoutExpired:
                raise PdfError(f"pdflatex did not finish within {timeout:.0f} s") from None
            logf = Path(tmp) / "doc.log"
            log = logf.read_text(encoding="utf-8", errors="replace") if logf.exists() else ""
            if res.returncode != 0:
                err = next((l for l in log.splitlines() if l.startswith("!")),
                           res.stdout.decode(errors="replace")[-300:])
                raise PdfError(f"pdflatex failed: {err.strip()}")
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / "doc.pdf", path)
    return log


def pdf(op, path, lang: str = "en", concrete: bool = False, derivation=None) -> str:
    """Render ``op``'s explanation as LaTeX and compile it to ``path``; returns the log."""
    from . import render
    return compile_tex(render(op, "tex", lang, concrete, derivation), path)
