"""Code generation: lowering derived formulas to kernels (``numpy``: vectorized NumPy modules)."""


def bind_hint(names, lang: str) -> str:
    """The call that fixes the sizes ``names`` of a declared op, for error messages."""
    return f"derive.load(op, {lang!r}, {', '.join(f'{n}=...' for n in names)})"
