"""The generated training step of a network: forward, backward, SGD update.

The step is produced from the network declaration by the same lowering as the ops: each layer's
kernels are the op's generated code (:mod:`derive.codegen.numpy` or :mod:`derive.codegen.c`),
and the generated module ``network.py`` only chains them -- the forward calls in layer order,
the backward calls in reverse order with each layer's ``grad_output`` the input gradient of
the layer after it (the delta recursion of :mod:`derive.network.chain`; the first layer's
backward is asked only for its parameters' gradients, ``wrt=``), and the update
``p -= lr * dE/dp``.  No layer arithmetic is written here.

``write(net, backend, directory)`` writes a Python package:

* ``numpy``: one generated NumPy module per layer (standalone, NumPy only), ``network.py``,
  and an ``__init__.py`` binding the two;
* ``c``: the generated C source and header of every layer (one folder per op
  configuration, ``kernel_<k>_<op>/derive_<op>.c``), ``network_step.c`` (the generated C
  training step that chains those kernels, :mod:`derive.network.cstep`), ``network.py``, and
  an ``__init__.py`` that builds and loads the kernels with
  :func:`derive.codegen.cload.load` and the step with :class:`~derive.network.cstep.CStep`.

The loss of a batch of ``N`` samples is the mean of the per-sample losses,
``E = (1/N) sum_n loss(prediction_n, target_n)``, so the SGD step is ``p -= lr * dE/dp``
whatever the batch size (PyTorch: ``loss = half_sse_sum / N``).
"""
from __future__ import annotations

import importlib.util
import itertools
import sys
import tempfile
from math import prod
from pathlib import Path

import jinja2
import numpy as np

from .. import ops as catalog
from .sequential import Resolved, Sequential

__all__ = ["generate", "write", "load", "init_params", "BACKENDS"]

BACKENDS = ("numpy", "c")
#: how each supported loss reduces over its elements: a sum (scaled by 1/N per batch) or a
#: mean (over all N x outputs elements: already the mean of the per-sample losses)
LOSS_REDUCTION = {"half_sse": "sum", "mse_loss": "mean"}

NETWORK_TEMPLATE = '''"""Training step of network {{ net.name }}: forward, backward and SGD update.

{{ summary }}

The layers' forward and backward are the generated kernels bound by ``bind`` ({{ backend }});
this module chains them.  Batch loss: E = (1/N) sum over the N samples of {{ loss_op }}
({{ loss_note }}).
Delta recursion run by ``gradients`` (each layer's grad_output is the input gradient of the
layer after it):
{% for line in recursion %}    {{ line }}
{% endfor %}"""
import numpy as np

#: (name, shape) of every parameter, in layer order
PARAMETERS = {{ parameters }}
INPUT_SHAPE = {{ net.input_shape }}
OUTPUT_SHAPE = {{ net.output_shape }}
K = {}


def bind(kernels):
    """Bind the layer kernels: layer name -> object with forward / backward."""
    K.update(kernels)


def _array(a, shape, what, dt=None):
    """``a`` as an array of shape ``shape`` and a float dtype (``dt`` when given)."""
    if a.__class__ is not np.ndarray:
        a = np.asarray(a, dtype=dt)
    if a.dtype.char not in "fd" or (dt is not None and a.dtype != dt):
        want = f"dtype {dt}" if dt is not None else "a float32 or float64 dtype"
        raise ValueError(f"{what} must have {want}, got {a.dtype}")
    if a.shape != shape:
        raise ValueError(f"{what} must have shape {shape}, got {a.shape}")
    return a


def _checked(P, {{ x }}):
    """The input as a float array of shape (N, *INPUT_SHAPE), after checking that every
    parameter has its shape and the input's dtype (the kernels are called unchecked)."""
    if {{ x }}.__class__ is not np.ndarray:
        {{ x }} = np.asarray({{ x }}, dtype=float)
    if {{ x }}.ndim != {{ net.input_shape|length + 1 }} or {{ x }}.shape[0] < 1:
        raise ValueError(f"{{ x }} must have shape (N, *{INPUT_SHAPE}) with N >= 1, got {{ '{' }}{{ x }}.shape}")
    {{ x }} = _array({{ x }}, ({{ x }}.shape[0],) + INPUT_SHAPE, "{{ x }}")
    for name, shape in PARAMETERS:
        if name not in P:
            raise ValueError(f"parameter {name} is missing")
        if not isinstance(P[name], np.ndarray):     # updated in place: no converted copy
            raise ValueError(f"parameter {name} must be a NumPy array, got {type(P[name]).__name__}")
        _array(P[name], shape, f"parameter {name}", {{ x }}.dtype)
    return {{ x }}


def forward(P, {{ x }}):
    """Every activation of the network for input {{ x }} (N, *INPUT_SHAPE)."""
    {{ x }} = _checked(P, {{ x }})
    return _forward(P, {{ x }})


def _forward(P, {{ x }}):
    N = {{ x }}.shape[0]
{% for l in layers %}    {{ l.name }} = {{ l.forward }}
{% endfor %}    return {{ '{' }}{% for l in layers %}"{{ l.name }}": {{ l.name }}{{ ", " if not loop.last }}{% endfor %}{{ '}' }}


def predict(P, {{ x }}):
    """The network output (N, *OUTPUT_SHAPE)."""
    return forward(P, {{ x }})["{{ last }}"]


def gradients(P, {{ x }}, {{ d }}):
    """(E, {name: dE/dname}) for a batch: {{ x }} (N, *INPUT_SHAPE), {{ d }} (N, *OUTPUT_SHAPE)."""
    {{ x }} = _checked(P, {{ x }})
    N = {{ x }}.shape[0]
    if len({{ d }}) != N:
        raise ValueError(f"{{ x }} and {{ d }} hold {N} and {len({{ d }})} samples")
    {{ d }} = _array({{ d }}, (N,) + OUTPUT_SHAPE, "{{ d }}", {{ x }}.dtype)
    A = _forward(P, {{ x }})
{% for l in layers %}    {{ l.name }} = A["{{ l.name }}"]
{% endfor %}    {{ loss_name }} = {{ loss_forward }}
    grad_{{ loss_name }} = np.asarray({{ loss_scale }}, dtype={{ last }}.dtype)
    G = {}
    grad_{{ last }} = {{ loss_backward }}
{% for l in backward %}    _g = {{ l.call }}
{% if l.grad_in %}    grad_{{ l.in_name }} = {{ l.grad_in }}
{% endif %}{% for pname, k in l.params %}    G["{{ pname }}"] = _g[{{ k }}]
{% endfor %}{% endfor %}    return float({{ loss_name }}) * {{ loss_scale }}, G


def train_step(P, {{ x }}, {{ d }}, lr):
    """One SGD step on the batch (in place on P); returns the batch loss before the step."""
    E, G = gradients(P, {{ x }}, {{ d }})
    for name, _shape in PARAMETERS:
        P[name] -= lr * G[name]
    return E
'''

INIT_NUMPY = '''"""Generated training step of network {{ name }} (NumPy kernels)."""
from . import network
{% for m in modules %}from . import {{ m }}
{% endfor %}
network.bind({{ '{' }}{% for l in layers %}"{{ l.name }}": {{ l.module }}{{ ", " if not loop.last }}{% endfor %}{{ '}' }})
forward, predict, gradients, train_step = (network.forward, network.predict, network.gradients,
                                           network.train_step)
PARAMETERS = network.PARAMETERS
'''

INIT_C = '''"""Generated training step of network {{ name }} (C kernels; sources beside this file)."""
from pathlib import Path

from derive import ops
from derive.codegen.cload import load
from derive.network.cstep import CStep

from . import network

{% for k in kernels %}{{ k.module }} = load(ops.get({{ k.op_name|tojson }}, **{{ k.params }}))
{% endfor %}network.bind({{ '{' }}{% for l in layers %}"{{ l.name }}": {{ l.module }}{{ ", " if not loop.last }}{% endfor %}{{ '}' }})
# forward / gradients chained in Python (for inspection); the training step and the
# prediction run in network_step.c, which chains the same kernels in C
forward, gradients = network.forward, network.gradients
PARAMETERS = network.PARAMETERS
FUNCTIONS = {{ fn_order }}
_step = CStep(Path(__file__).parent, {{ name|tojson }}, {{ '{' }}{% for k in kernels %}"{{ k.module }}": {{ k.module }}{{ ", " if not loop.last }}{% endfor %}{{ '}' }},
              FUNCTIONS, PARAMETERS, {{ input_shape }}, {{ output_shape }}, {{ layer_names }})
train_step, predict = _step.train_step, _step.predict
'''


def _env():
    return jinja2.Environment(keep_trailing_newline=True, undefined=jinja2.StrictUndefined)


def _shaped(r: Resolved, backend: str) -> bool:
    """Whether layer ``r``'s kernel takes an activation of any shape as it is and returns
    results of that shape: a NumPy kernel of an elementwise op (every tensor one axis of one
    extent), which flattens and restores the shape itself."""
    from ..codegen.numpy import flat_layout
    return backend == "numpy" and not r.batched and flat_layout(r.op)


def _arg(r: Resolved, name: str, backend: str = "c") -> str:
    """How layer ``r`` sees activation ``name`` (the kernel's layout)."""
    if _shaped(r, backend):
        return name
    if not r.batched:
        return f"{name}.reshape(-1)"
    if r.flattens:
        return f"{name}.reshape(N, {prod(r.op_in_shape)})"
    return name


def _calls(backend: str) -> tuple[str, str]:
    """The kernel entries the step calls: the NumPy modules' unchecked ones (the step checks
    its arguments once, at its entry), the C kernels' checked ones."""
    if backend == "numpy":
        return "forward_unchecked", "backward_unchecked"
    return "forward", "backward"


def _layer_calls(net: Sequential, backend: str):
    fwd, bwd, rec = [], [], []
    f_entry, b_entry = _calls(backend)
    for r in net.resolved:
        args = [_arg(r, r.in_name, backend)] + [f'P["{r.param_names[t]}"]'
                                                for t in r.param_shapes]
        call = f'K["{r.name}"].{f_entry}({", ".join(args)})'
        if not r.batched and not _shaped(r, backend):
            call += f".reshape({r.in_name}.shape)"
        fwd.append({"name": r.name, "forward": call})
    for pos, r in reversed(list(enumerate(net.resolved))):
        args = [_arg(r, r.in_name, backend)] + [f'P["{r.param_names[t]}"]'
                                                for t in r.param_shapes]
        g = f"grad_{r.name}.reshape(-1)" if not r.batched and not _shaped(r, backend) \
            else f"grad_{r.name}"
        if pos == 0:
            # the network input needs no gradient: only the parameters' (wrt), or no call
            if not r.param_shapes:
                continue
            args.append(f"wrt={tuple(r.param_shapes)!r}")
        call = f'K["{r.name}"].{b_entry}({g}, {", ".join(args)})'
        grad_in = None
        if pos > 0:
            grad_in = "_g[0]" if _shaped(r, backend) else f"_g[0].reshape({r.in_name}.shape)"
        params = [(r.param_names[t], k) for k, t in enumerate(r.param_shapes, start=1)]
        bwd.append({"call": call, "grad_in": grad_in, "in_name": r.in_name, "params": params})
        what = ", ".join([f"grad_{r.in_name}"] * (pos > 0) +
                         [f"grad_{r.param_names[t]}" for t in r.param_shapes])
        rec.append(f"{what} <- {r.layer.op_name} backward (grad_{r.name})")
    return fwd, bwd, rec


def network_source(net: Sequential, backend: str) -> str:
    """The source of ``network.py``: the chained forward, backward and SGD step."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")
    fwd, bwd, rec = _layer_calls(net, backend)
    last = net.resolved[-1].name
    loss = net.loss
    f_entry, b_entry = _calls(backend)
    lf = (f'K["{loss.name}"].{f_entry}({last}.reshape(-1), {net.target_name}.reshape(-1))')
    lb = (f'K["{loss.name}"].{b_entry}(grad_{loss.name}, {last}.reshape(-1), '
          f'{net.target_name}.reshape(-1))[0].reshape({last}.shape)')
    reduction = LOSS_REDUCTION.get(loss.layer.op_name)
    if reduction is None:
        raise ValueError(f"loss {loss.name!r} ({loss.layer.op_name}): the training step supports "
                         f"the losses {', '.join(LOSS_REDUCTION)}")
    scale = "1.0 / N" if reduction == "sum" else "1.0"
    note = ("the op sums over the whole batch, scaled by 1/N" if reduction == "sum" else
            "the op's mean over the whole batch is already that")
    rec.insert(0, f"grad_{last} <- {loss.layer.op_name} backward (grad_{loss.name} = {scale})")
    params = "[" + ", ".join(f"({n!r}, {s!r})" for n, s in net.parameters) + "]"
    return _env().from_string(NETWORK_TEMPLATE).render(
        net=net, summary=net.summary(), backend=backend, loss_op=loss.layer.op_name,
        recursion=rec, parameters=params, x=net.input_name, d=net.target_name, layers=fwd,
        backward=bwd, last=last, loss_name=loss.name, loss_forward=lf, loss_backward=lb,
        loss_scale=scale, loss_note=note)


def _all_layers(net: Sequential) -> list[Resolved]:
    return list(net.resolved) + [net.loss]


def _kernel_params(r: Resolved) -> dict:
    """The configuration a layer's kernels are generated for: the layer's parameters and, for
    a layer with a batch axis, the per-sample sizes the chain fixed (channels, pixels,
    features; the batch size stays free), so that the kernels' loops run over constant
    ranges.  A layer without a batch axis sees batch-sized vectors: no size is fixed."""
    if not r.batched:
        return dict(r.layer.params)
    return catalog.sized(r.layer.op_name, r.layer.params,
                         {str(s): v for s, v in r.sizes.items()})


def _kernel_modules(net: Sequential) -> tuple[dict, dict]:
    """One kernel module per distinct op configuration (the seed CNN's three sigmoids share
    one): ``({layer name: module name}, {module name: (op, its parameters)})``."""
    by_key, layer_mod, mods = {}, {}, {}
    for r in _all_layers(net):
        params = _kernel_params(r)
        key = (r.layer.op_name, repr(sorted(params.items())))
        if key not in by_key:
            by_key[key] = f"kernel_{len(by_key) + 1}_{r.layer.op_name}"
            mods[by_key[key]] = (catalog.get(r.layer.op_name, **params), params)
        layer_mod[r.name] = by_key[key]
    return layer_mod, mods


def generate(net: Sequential, backend: str) -> dict[str, str]:
    """``{file name: source}`` of the training-step package for ``backend``."""
    files = {"network.py": network_source(net, backend)}
    env = _env()
    layer_mod, mods = _kernel_modules(net)
    layers = [{"name": r.name, "module": layer_mod[r.name]} for r in _all_layers(net)]
    if backend == "numpy":
        from ..codegen import numpy as gen_numpy
        for m, (op, _) in mods.items():
            files[m + ".py"] = gen_numpy.generate(op)
        files["__init__.py"] = env.from_string(INIT_NUMPY).render(
            name=net.name, layers=layers, modules=list(mods))
        return files
    from ..codegen import c as gen_c
    from . import cstep
    lowered = {}
    for m, (op, _) in mods.items():
        k = gen_c.lower(op)
        lowered[m] = k
        # each kernel in its own folder, under the names its source includes
        files[f"{m}/{k.prefix}.c"] = k.c_source
        files[f"{m}/{k.prefix}.h"] = k.h_source
    files["network_step.c"], fn_order = cstep.source(net, lowered, layer_mod)
    kernels = [{"module": m, "op_name": op.name, "params": repr(params)}
               for m, (op, params) in mods.items()]
    layer_names = {r.index: (r.name, layer_mod[r.name]) for r in _all_layers(net)}
    files["__init__.py"] = env.from_string(INIT_C).render(
        name=net.name, layers=layers, kernels=kernels, fn_order=repr(fn_order),
        layer_names=repr(layer_names), input_shape=repr(net.input_shape),
        output_shape=repr(net.output_shape))
    return files


def write(net: Sequential, backend: str, directory) -> Path:
    """Write the package into ``directory`` (created); returns its path."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    for name, src in generate(net, backend).items():
        (d / name).parent.mkdir(parents=True, exist_ok=True)
        (d / name).write_text(src, encoding="utf-8")
    return d


_counter = itertools.count()


def load(net: Sequential, backend: str = "numpy", directory=None):
    """Write and import the training-step package; returns the package module (``forward``,
    ``predict``, ``gradients``, ``train_step``, ``PARAMETERS``)."""
    d = Path(directory) if directory is not None else Path(
        tempfile.mkdtemp(prefix=f"derive_{net.name}_{backend}_"))
    write(net, backend, d)
    return import_package(d, f"{net.name}_{backend}")


def import_package(directory, tag: str = "step"):
    """Import a training-step package written by :func:`write`."""
    d = Path(directory)
    if not (d / "__init__.py").exists() or not (d / "network.py").exists():
        raise ValueError(f"{d} does not hold a generated training step (no network.py)")
    name = f"_derive_step_{tag}_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(name, d / "__init__.py",
                                                  submodule_search_locations=[str(d)])
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def init_params(net: Sequential, seed: int = 0, dtype=np.float64) -> dict[str, np.ndarray]:
    """PyTorch's default initialization: uniform in +-1/sqrt(fan_in) for the weight and the
    bias of a layer, fan_in = the weight's elements per output unit."""
    rng = np.random.default_rng(seed)
    out = {}
    for r in net.resolved:
        shapes = r.param_shapes
        if not shapes:
            continue
        first = next(iter(shapes.values()))
        fan_in = prod(first[1:]) if len(first) > 1 else first[0]
        bound = 1.0 / np.sqrt(fan_in)
        for t, sh in shapes.items():
            out[r.param_names[t]] = rng.uniform(-bound, bound, size=sh).astype(dtype)
    return out
