"""Code generation: lowering derived formulas to kernels (``numpy``: vectorized NumPy modules)."""
