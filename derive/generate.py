"""``derive generate``: write the catalog's default configurations to ``generated/``.

generated/numpy/NAME.py, generated/c/NAME.{c,h}, generated/latex/NAME.tex,
generated/markdown/NAME.md -- each file is output of the lowering / explainer, never edited by
hand.  ``--check`` regenerates in memory and fails (exit 1) when a file differs or is missing.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .ops import get

#: (file stem, op name, parameters): the configurations generated/ holds
DEFAULTS = [
    ("conv2d_3x3_s1_p1", "conv2d", dict(kernel_size=3, stride=1, padding=1)),
    ("conv2d_5x5_valid", "conv2d", dict(kernel_size=5, padding="valid")),
    ("conv2d_3x3_s2_d2", "conv2d", dict(kernel_size=3, stride=2, dilation=2)),
    ("max_pool2d_2x2", "max_pool2d", dict(kernel_size=2)),
    ("avg_pool2d_3x3_s2_p1", "avg_pool2d", dict(kernel_size=3, stride=2, padding=1)),
    ("superpixel_max_pool", "superpixel_max_pool", dict(num_regions=16)),
    ("superpixel_avg_pool", "superpixel_avg_pool", dict(num_regions=16)),
    ("linear", "linear", {}),
    ("sigmoid", "sigmoid", {}),
    ("tanh", "tanh", {}),
    ("relu", "relu", {}),
    ("softmax", "softmax", {}),
    ("half_sse", "half_sse", {}),
    ("mse_loss", "mse_loss", {}),
    ("cross_entropy", "cross_entropy", {}),
]


def outputs() -> dict[str, str]:
    """Every file of generated/, relative path -> content."""
    from . import explain
    from .codegen import c as gen_c
    from .codegen import numpy as gen_numpy
    files: dict[str, str] = {}
    for stem, name, params in DEFAULTS:
        op = get(name, **params)
        files[f"numpy/{stem}.py"] = gen_numpy.generate(op)
        c_src, h_src = gen_c.generate(op, header_name=f"{stem}.h")
        files[f"c/{stem}.c"] = c_src
        files[f"c/{stem}.h"] = h_src
        files[f"latex/{stem}.tex"] = explain.render(op, fmt="tex", lang="en")
        files[f"markdown/{stem}.md"] = explain.render(op, fmt="md", lang="en")
    return files


def generate_all(root: Path, check: bool = False) -> int:
    files = outputs()
    if check:
        stale = []
        for rel, text in files.items():
            p = root / rel
            if not p.exists() or p.read_text(encoding="utf-8") != text:
                stale.append(rel)
        known = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()} \
            if root.exists() else set()
        extra = sorted(known - set(files))
        if stale or extra:
            what = ", ".join(stale[:5] + [f"{e} (not generated any more)" for e in extra[:5]])
            print(f"derive: generated/ is stale ({len(stale) + len(extra)} files): {what}; "
                  f"run `derive generate`", file=sys.stderr)
            return 1
        print(f"generated/ is up to date ({len(files)} files)", file=sys.stderr)
        return 0
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files under {root}/", file=sys.stderr)
    return 0
