"""The op catalog: one registration per op, name -> (parameters, builder).

``get(name, **params)`` returns the :class:`~derive.op.Op` for a configuration; every op is
declared by its forward formula only (see the modules of this package)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..op import Op
from . import activations, conv, dense, losses, pooling, superpixel
from .params import Param, ParamError, resolve


@dataclass(frozen=True)
class Entry:
    name: str
    params: list[Param]
    build: Callable[[dict, str], Op]
    summary: str


CATALOG: dict[str, Entry] = {}


def register(name, params, build, summary):
    CATALOG[name] = Entry(name, params, build, summary)


for _d in (1, 2, 3):
    register(f"conv{_d}d", conv.params(_d), (lambda d: lambda p, n: conv.build(d, p, n))(_d),
             f"{_d}-d convolution (torch.nn.functional.conv{_d}d)")
for _d in (1, 2, 3):
    register(f"avg_pool{_d}d", pooling.avg_params(_d),
             (lambda d: lambda p, n: pooling.build_avg(d, p, n))(_d),
             f"{_d}-d average pooling (torch.nn.functional.avg_pool{_d}d)")
for _d in (1, 2, 3):
    register(f"max_pool{_d}d", pooling.max_params(_d),
             (lambda d: lambda p, n: pooling.build_max(d, p, n))(_d),
             f"{_d}-d max pooling (torch.nn.functional.max_pool{_d}d)")
register("superpixel_max_pool", superpixel.params("max"),
         lambda p, n: superpixel.build("max", p, n), "max pooling over label-map regions")
register("superpixel_avg_pool", superpixel.params("avg"),
         lambda p, n: superpixel.build("avg", p, n), "average pooling over label-map regions")
register("linear", dense.params(), dense.build, "fully connected layer (F.linear)")
for _f in ("sigmoid", "tanh", "relu"):
    register(_f, activations.params(), (lambda f: lambda p, n: activations.build(f, p, n))(_f),
             f"elementwise {_f}")
register("softmax", activations.softmax_params(), activations.build_softmax,
         "softmax over one axis")
register("half_sse", losses.params("half_sse"), lambda p, n: losses.build("half_sse", p, n),
         "E = 1/2 sum (y - d)^2 (seed 003)")
register("mse_loss", losses.params("mse"), lambda p, n: losses.build("mse", p, n),
         "mean squared error (F.mse_loss)")
register("cross_entropy", losses.params("cross_entropy"),
         lambda p, n: losses.build("cross_entropy", p, n),
         "softmax cross-entropy with class targets (F.cross_entropy)")


_BUILT: dict = {}


def get(name: str, **params) -> Op:
    """The catalog op ``name`` configured with ``params`` (PyTorch's names).  One op per
    configuration, so that its derivation is made once."""
    if name not in CATALOG:
        raise ParamError(f"unknown op {name!r}; `derive list` shows the catalog")
    e = CATALOG[name]
    resolved = resolve(e.params, params, name)
    key = (name, repr(sorted(resolved.items())))
    if key not in _BUILT:
        _BUILT[key] = e.build(resolved, name)
    return _BUILT[key]


def sized(name: str, params: dict, sizes: dict) -> dict:
    """``params`` with the concrete sizes ``sizes`` (size symbol name -> int) that parameters
    of op ``name`` fix (``in_channels`` fixes ``C`` of a convolution, ``H`` fixes ``H``);
    sizes that no parameter fixes are left out."""
    if name not in CATALOG:
        raise ParamError(f"unknown op {name!r}; `derive list` shows the catalog")
    out = dict(params)
    for p in CATALOG[name].params:
        if p.size is not None and p.size in sizes:
            out[p.name] = int(sizes[p.size])
    return out


def names() -> list[str]:
    return list(CATALOG)
