"""linear (dense) layer, as ``torch.nn.functional.linear``::

    y[n, o] = b[o] + sum_i x[n, i] * w[o, i]
"""
from __future__ import annotations

import sympy as sp

from ..ir import Axis, Tensor
from ..op import Op
from .params import Param, as_bool, positive_int


def params() -> list[Param]:
    return [Param("bias", True, "add a bias", "bool"),
            Param("in_features", None, "input features I (optional)", "opt_int", size="I"),
            Param("out_features", None, "output features O (optional)", "opt_int", size="O"),
            Param("N", None, "concrete batch size for documents (optional)", "opt_int",
                  size="N")]


def build(p: dict, name: str) -> Op:
    bias = as_bool("bias", p["bias"])
    N, I, O = sp.symbols("N I O", integer=True, positive=True)
    n, i, o = sp.symbols("n i o", integer=True)
    bindings = {}
    for k, sym in (("in_features", I), ("out_features", O), ("N", N)):
        if p[k] is not None:
            bindings[sym] = positive_int(k, p[k])
    x = Tensor("x", [Axis("batch", N), Axis("feature", I)], doc="input")
    w = Tensor("w", [Axis("out feature", O), Axis("feature", I)], doc="weight")
    y = Tensor("y", [Axis("batch", N), Axis("out feature", O)], doc="output")
    formula = sp.Sum(x[n, i] * w[o, i], (i, 0, I - 1))
    inputs = [x, w]
    grad_index = {"x": (n, i), "w": (o, i)}
    if bias:
        b = Tensor("b", [Axis("out feature", O)], doc="bias")
        inputs.append(b)
        formula = formula + b[o]
        grad_index["b"] = (o,)
    glossary = {N: "batch size", I: "input features", O: "output features",
                n: "batch index", i: "input feature", o: "output feature"}
    return Op(name, inputs, y, (n, o), formula, params=dict(p), bindings=bindings,
              grad_index=grad_index, glossary=glossary,
              doc="fully connected layer, as torch.nn.functional.linear",
              torch={"fn": "linear", "bias": bias})
