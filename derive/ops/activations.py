"""Elementwise activations (sigmoid, tanh, relu) and softmax.

Elementwise ops act on every element; the formula uses one flat index ``i`` over the ``M``
elements of a tensor of any shape::

    sigmoid: y[i] = sigma(x[i])      tanh: y[i] = tanh(x[i])      relu: y[i] = max(x[i], 0)

softmax over the last axis (``dim`` moves another axis there)::

    y[n, i] = exp(x[n, i]) / sum_j exp(x[n, j])
"""
from __future__ import annotations

import sympy as sp

from ..ir import Axis, Tensor, relu, sigmoid
from ..op import Op
from .params import Param, ParamError, bind_size

FUNCS = {"sigmoid": sigmoid, "tanh": sp.tanh, "relu": relu}


def params() -> list[Param]:
    return [Param("M", None, "concrete number of elements for documents (optional)", "opt_int",
                  size="M")]


def softmax_params() -> list[Param]:
    return [Param("dim", -1, "the axis softmax normalizes over", "int"),
            Param("N", None, "concrete number of rows for documents (optional)", "opt_int",
                  size="N"),
            Param("C", None, "concrete length of the softmax axis (optional)", "opt_int",
                  size="C")]


def build(fname: str, p: dict, name: str) -> Op:
    M = sp.Symbol("M", integer=True, positive=True)
    i = sp.Symbol("i", integer=True)
    bindings = {}
    bind_size(bindings, p, "M", M)
    x = Tensor("x", [Axis("element", M)], doc="input")
    y = Tensor("y", [Axis("element", M)], doc="output")
    return Op(name, [x], y, (i,), FUNCS[fname](x[i]), params=dict(p), bindings=bindings,
              grad_index={"x": (i,)},
              glossary={M: "number of elements", i: "element (flat index)"},
              doc=f"elementwise {fname}, as torch.{fname}", torch={"fn": fname})


def build_softmax(p: dict, name: str) -> Op:
    dim = p["dim"]
    if isinstance(dim, bool) or not isinstance(dim, int):
        raise ParamError(f"dim must be an integer, got {dim!r}")
    N, C = sp.symbols("N C", integer=True, positive=True)
    n, i, j = sp.symbols("n i j", integer=True)
    bindings = {}
    bind_size(bindings, p, "N", N)
    bind_size(bindings, p, "C", C)
    x = Tensor("x", [Axis("row", N), Axis("class", C)], doc="input (logits)")
    y = Tensor("y", [Axis("row", N), Axis("class", C)], doc="output (probabilities)")
    formula = sp.exp(x[n, i]) / sp.Sum(sp.exp(x[n, j]), (j, 0, C - 1))
    k = sp.Symbol("k", integer=True)
    return Op(name, [x], y, (n, i), formula, params=dict(p), bindings=bindings,
              grad_index={"x": (n, k)},
              glossary={N: "rows (all axes but dim)", C: "length of the softmax axis",
                        n: "row", i: "output class", j: "class summed over",
                        k: "input class"},
              doc="softmax, as torch.softmax", torch={"fn": "softmax", "dim": dim})
