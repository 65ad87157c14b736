"""Losses (scalar outputs).

* ``half_sse``: seed 003's ``E = 1/2 sum_k (y[k] - d[k])^2``;
* ``mse_loss``: ``L = 1/M sum_i (x[i] - t[i])^2``, as ``F.mse_loss`` (mean reduction);
* ``cross_entropy``: softmax cross-entropy with class-index targets, as ``F.cross_entropy``
  (mean reduction): ``L = 1/N sum_n (log sum_c exp(x[n, c]) - x[n, t[n]])``.
"""
from __future__ import annotations

import sympy as sp

from ..ir import Axis, Tensor
from ..op import Op
from .params import Param, bind_size


def params(kind: str) -> list[Param]:
    if kind == "cross_entropy":
        return [Param("N", None, "concrete batch size (optional)", "opt_int", size="N"),
                Param("C", None, "concrete number of classes (optional)", "opt_int", size="C")]
    return [Param("M", None, "concrete number of elements (optional)", "opt_int", size="M")]


def build(kind: str, p: dict, name: str) -> Op:
    bindings = {}
    if kind == "cross_entropy":
        N, C = sp.symbols("N C", integer=True, positive=True)
        n, c, k = sp.symbols("n c k", integer=True)
        bind_size(bindings, p, "N", N)
        bind_size(bindings, p, "C", C)
        x = Tensor("x", [Axis("sample", N), Axis("class", C)], doc="logits")
        t = Tensor("t", [Axis("sample", N)], kind="index", doc="target class of each sample")
        L = Tensor("L", [], doc="loss")
        formula = sp.Sum(sp.log(sp.Sum(sp.exp(x[n, c]), (c, 0, C - 1))) - x[n, t[n]],
                         (n, 0, N - 1)) / N
        return Op(name, [x, t], L, (), formula, params=dict(p), bindings=bindings,
                  grad_index={"x": (n, k)},
                  glossary={N: "batch size", C: "classes", n: "sample", c: "class",
                            k: "class"},
                  doc="softmax cross-entropy, as torch.nn.functional.cross_entropy "
                      "(class-index targets, mean reduction)",
                  torch={"fn": "cross_entropy"})
    M = sp.Symbol("M", integer=True, positive=True)
    i = sp.Symbol("i", integer=True)
    bind_size(bindings, p, "M", M)
    if kind == "half_sse":
        y = Tensor("y", [Axis("output", M)], doc="network output")
        d = Tensor("d", [Axis("output", M)], doc="desired output")
        E = Tensor("E", [], doc="error")
        formula = sp.Rational(1, 2) * sp.Sum((y[i] - d[i]) ** 2, (i, 0, M - 1))
        return Op(name, [y, d], E, (), formula, params=dict(p), bindings=bindings,
                  grad_index={"y": (i,), "d": (i,)},
                  glossary={M: "number of outputs", i: "output"},
                  doc="half sum of squared errors (seed 003)", torch={"fn": "half_sse"})
    x = Tensor("x", [Axis("element", M)], doc="input")
    t = Tensor("t", [Axis("element", M)], doc="target")
    L = Tensor("L", [], doc="loss")
    formula = sp.Sum((x[i] - t[i]) ** 2, (i, 0, M - 1)) / M
    return Op(name, [x, t], L, (), formula, params=dict(p), bindings=bindings,
              grad_index={"x": (i,), "t": (i,)},
              glossary={M: "number of elements", i: "element"},
              doc="mean squared error, as torch.nn.functional.mse_loss",
              torch={"fn": "mse_loss"})
