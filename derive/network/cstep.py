"""The generated C training step: one C function for forward, backward and SGD update.

``source(net, kernels)`` writes ``network_step.c``.  It calls the layers' generated C
kernels (:mod:`derive.codegen.c`) -- forward in layer order, the combined backward in reverse
order with each layer's ``grad_y`` the input gradient of the layer after it, then
``p -= lr * dE/dp`` -- through function pointers bound at load time, so that two
configurations of one op (two linear layers, both ``derive_linear_*``) live in their own
libraries without a symbol clash.  Every call's run-time sizes come from the kernel's own
``*_sizes`` function applied to the shapes of its inputs, exactly as the kernel's loader does.

:class:`CStep` compiles it (cached by content hash, beside the kernels' cache), binds the
kernels' functions and exposes ``train_step(P, x, d, lr)`` and ``predict(P, x)``.
"""
from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import tempfile
from math import prod
from pathlib import Path

import numpy as np

__all__ = ["source", "CStep"]


def _shape_exprs(r, role: str, in_name_shape):
    """C expressions of the dims of every kernel input of layer ``r`` (the layout the
    kernel sees)."""
    out = []
    if not r.batched:
        m = prod(in_name_shape)
        out.append([f"N * {m}"])
        for _ in r.op.inputs[1:]:   # a loss's target: the same flat shape
            out.append([f"N * {m}"])
        return out
    out.append(["N"] + [str(s) for s in r.op_in_shape])
    for t in r.param_shapes:
        out.append([str(s) for s in r.param_shapes[t]])
    return out


def source(net, kernels: dict, layer_mod: dict) -> tuple[str, list[tuple[str, str]]]:
    """``(C source, [(module, function suffix)])``: the step and the order in which the
    kernels' functions are bound."""
    from .step import LOSS_REDUCTION
    layers = list(net.resolved)
    loss = net.loss
    mods = list(kernels)
    fn_order = []
    lines = []
    w = lines.append
    w(f"/* Training step of network {net.name}: forward, backward and SGD update (C99).")
    w(" *")
    for l in net.summary().splitlines():
        w(f" * {l}")
    w(" *")
    w(" * The layer arithmetic is in the generated kernels (one folder per op configuration),")
    w(" * bound by <net>_bind; this file only chains them.  Returns 0, or 1000 * (layer")
    w(" * number) + the kernel's error code, or -1 when memory runs out.")
    w(" */")
    w("#include <stdint.h>")
    w("#include <stdlib.h>")
    w("#include <string.h>")
    w("")
    # function pointer types and slots
    for m in mods:
        k = kernels[m]
        ns = len(k.sizes)
        nin = len(k.input_ranks)
        sz = ", ".join(["int64_t"] * ns)
        w(f"typedef int (*{m}_sizes_t)(const int64_t *, int64_t *);")
        w(f"typedef int (*{m}_forward_t)({sz}, {', '.join(['const double *'] * nin)}, "
          f"double *);")
        w(f"typedef int (*{m}_backward_t)({sz}, const double *, "
          f"{', '.join(['const double *'] * nin)}, double *, "
          f"{', '.join(['double *'] * len(k.gradients))});")
        for f in ("sizes", "forward", "backward"):
            w(f"static {m}_{f}_t {m}_{f};")
            fn_order.append((m, f))
    w("")
    w("/* p -= lr * g, vectorized: the restrict parameters say that p and g never overlap.")
    w(" * Inlined into the step, gcc 12 forgets that and runs the loop scalar. */")
    w("#if defined(__GNUC__)")
    w("__attribute__((noinline))")
    w("#endif")
    w("static void sgd(int64_t n, double *restrict p, const double *restrict g, double lr)")
    w("{")
    w("    for (int64_t i = 0; i < n; ++i) p[i] -= lr * g[i];")
    w("}")
    w("")
    w(f"int {net.name}_bind(void *const *fns)")
    w("{")
    for j, (m, f) in enumerate(fn_order):
        w(f"    {m}_{f} = ({m}_{f}_t)fns[{j}];")
    w("    return 0;")
    w("}")
    w("")
    # buffers: activations, their gradients, scratch outputs, parameter gradients
    acts = [(r.name, prod(r.out_shape)) for r in layers]
    biggest = max(n for _, n in acts)
    params = net.parameters
    pidx = {name: j for j, (name, _) in enumerate(params)}

    def call_args(r, in_ptr):
        args = [in_ptr] + [f"P[{pidx[r.param_names[t]]}]" for t in r.param_shapes]
        return args

    def sizes_block(r, m, shapes, body, layer_no):
        k = kernels[m]
        dims = ", ".join(d for s in shapes for d in s)
        ns = len(k.sizes)
        out = [f"    {{   /* layer {layer_no}: {r.name} = {r.layer.op_name} */",
               f"        const int64_t dims[] = {{{dims}}};",
               f"        int64_t s[{max(1, ns)}];",
               f"        rc = {m}_sizes(dims, s);",
               f"        if (rc) {{ rc += {1000 * layer_no}; goto done; }}"]
        sargs = ", ".join(f"s[{j}]" for j in range(ns))
        for b in body:
            out.append(f"        rc = {b.format(s=sargs)};")
            out.append(f"        if (rc) {{ rc += {1000 * layer_no}; goto done; }}")
        out.append("    }")
        return out

    def prologue(fn_sig):
        w(fn_sig)
        w("{")
        w("    int rc = 0;")
        total = 2 * sum(n for _, n in acts) + 2 * biggest + prod(net.output_shape)
        w(f"    double *buf = (double *)calloc((size_t)N * {total} + 1, sizeof(double));")
        w("    if (buf == NULL) return -1;")
        off = 0   # per-sample offset: every buffer holds N samples
        for name, n in acts:
            w(f"    double *a_{name} = buf + N * {off};")
            off += n
        for name, n in acts:
            w(f"    double *g_{name} = buf + N * {off};")
            off += n
        w(f"    double *scratch = buf + N * {off};")
        off += 2 * biggest
        w(f"    double *g_target = buf + N * {off};")
        w("    double E = 0.0, E2 = 0.0;")
        w("    (void)scratch; (void)g_target; (void)E; (void)E2;")

    def forward_calls():
        prev = "x"
        for r in layers:
            m = layer_mod[r.name]
            shapes = _shape_exprs(r, "fwd", r.in_shape)
            args = call_args(r, prev)
            for ln in sizes_block(r, m, shapes, [f"{m}_forward({{s}}, {', '.join(args)}, "
                                                 f"a_{r.name})"], r.index):
                w(ln)
            prev = f"a_{r.name}"

    # ---- forward only
    prologue(f"int {net.name}_forward_f64(int64_t N, double *const *P, const double *x, "
             f"double *out)")
    forward_calls()
    last = layers[-1].name
    w(f"    memcpy(out, a_{last}, sizeof(double) * (size_t)N * {prod(net.output_shape)});")
    w("done:")
    w("    free(buf);")
    w("    return rc;")
    w("}")
    w("")
    # ---- the training step
    prologue(f"int {net.name}_train_step_f64(int64_t N, double *const *P, double *const *G, "
             f"const double *x, const double *d, double lr, double *loss)")
    forward_calls()
    m = layer_mod[loss.name]
    scale = "1.0 / (double)N" if LOSS_REDUCTION[loss.layer.op_name] == "sum" else "1.0"
    w(f"    const double grad_E = {scale};")
    shapes = _shape_exprs(loss, "loss", net.output_shape)
    for ln in sizes_block(loss, m, shapes, [
            f"{m}_forward({{s}}, a_{last}, d, &E)",
            f"{m}_backward({{s}}, &grad_E, a_{last}, d, &E2, g_{last}, g_target)"],
            loss.index):
        w(ln)
    for j, (name, shape) in enumerate(params):
        w(f"    memset(G[{j}], 0, sizeof(double) * {prod(shape)});   /* {name} */")
    for pos in range(len(layers) - 1, -1, -1):
        r = layers[pos]
        m = layer_mod[r.name]
        k = kernels[m]
        prev = "x" if pos == 0 else f"a_{layers[pos - 1].name}"
        args = call_args(r, prev)
        grads = []
        for gname in k.gradients:
            if gname == r.op.inputs[0].name:
                grads.append("NULL" if pos == 0 else f"g_{layers[pos - 1].name}")
            else:
                grads.append(f"G[{pidx[r.param_names[gname]]}]")
        shapes = _shape_exprs(r, "bwd", r.in_shape)
        for ln in sizes_block(r, m, shapes, [
                f"{m}_backward({{s}}, g_{r.name}, {', '.join(args)}, scratch, "
                f"{', '.join(grads)})"], r.index):
            w(ln)
    w("    /* SGD: p -= lr * dE/dp (a parameter and its gradient never overlap) */")
    for j, (name, shape) in enumerate(params):
        w(f"    sgd({prod(shape)}, P[{j}], G[{j}], lr);   /* {name} */")
    w(f"    *loss = E * ({scale});")
    w("done:")
    w("    free(buf);")
    w("    return rc;")
    w("}")
    return "\n".join(lines) + "\n", fn_order


class CStep:
    """The compiled ``network_step.c`` of a package directory, bound to its kernels."""

    def __init__(self, directory, name: str, kernels: dict, fn_order, parameters,
                 input_shape, output_shape, layer_names):
        from ..codegen import cload
        src = (Path(directory) / "network_step.c").read_text(encoding="utf-8")
        flags = [f for f in cload.compiler_flags(openmp=False)]
        key = hashlib.sha256((src + " ".join(flags)).encode()).hexdigest()[:24]
        d = cload.cache_dir() / "c" / f"net_{key}"
        lib = d / f"{name}_step.so"
        if not lib.exists():
            d.mkdir(parents=True, exist_ok=True)
            (d / "network_step.c").write_text(src, encoding="utf-8")
            fd, tmp = tempfile.mkstemp(suffix=".so", dir=d)
            os.close(fd)
            cc = os.environ.get("CC", "cc")
            r = subprocess.run([cc, *flags, str(d / "network_step.c"), "-o", tmp],
                               capture_output=True, text=True)
            if r.returncode != 0:
                os.unlink(tmp)
                raise RuntimeError(f"compiling network_step.c failed:\n{r.stderr}")
            os.replace(tmp, lib)
        self.lib = ctypes.CDLL(str(lib))
        self.kernels = kernels
        self.layer_names = layer_names
        fns = []
        for m, f in fn_order:
            k = kernels[m]
            sym = f"{k.kernel.prefix}_{'sizes' if f == 'sizes' else f + '_f64'}"
            fns.append(ctypes.cast(getattr(k.lib, sym), ctypes.c_void_p).value)
        self._fns = (ctypes.c_void_p * len(fns))(*fns)
        getattr(self.lib, f"{name}_bind")(self._fns)
        P = ctypes.POINTER(ctypes.c_void_p)
        self._step = getattr(self.lib, f"{name}_train_step_f64")
        self._step.argtypes = [ctypes.c_int64, P, P, ctypes.c_void_p, ctypes.c_void_p,
                               ctypes.c_double, ctypes.POINTER(ctypes.c_double)]
        self._step.restype = ctypes.c_int
        self._fwd = getattr(self.lib, f"{name}_forward_f64")
        self._fwd.argtypes = [ctypes.c_int64, P, ctypes.c_void_p, ctypes.c_void_p]
        self._fwd.restype = ctypes.c_int
        self.parameters = list(parameters)
        self.input_shape = tuple(input_shape)
        self.output_shape = tuple(output_shape)
        self._grads = {name: np.empty(shape) for name, shape in self.parameters}
        self._gp = (ctypes.c_void_p * len(self.parameters))(
            *[self._grads[name].ctypes.data for name, _ in self.parameters])
        self._loss = ctypes.c_double()
        self._loss_ref = ctypes.byref(self._loss)
        self._last_params = None
        self._last_inputs = {}

    def _params(self, P):
        arrs = []
        for name, shape in self.parameters:
            if name not in P:
                raise ValueError(f"parameter {name} is missing")
            a = P[name]
            if not (isinstance(a, np.ndarray) and a.dtype == np.float64 and a.shape == shape
                    and a.flags.c_contiguous and a.flags.writeable):
                raise ValueError(f"parameter {name} must be a writable C-contiguous float64 "
                                 f"array of shape {shape}")
            arrs.append(a)
        return arrs

    def _x(self, x, shape, what):
        x = np.ascontiguousarray(x, dtype=np.float64)
        if x.ndim != len(shape) + 1 or tuple(x.shape[1:]) != shape:
            raise ValueError(f"{what} must have shape (N, {', '.join(map(str, shape))}), got "
                             f"{tuple(x.shape)}")
        return x

    def _fail(self, rc):
        if rc == -1:
            raise MemoryError("the training step could not allocate its buffers")
        layer, code = divmod(rc, 1000)
        name, module = self.layer_names.get(layer, ("?", None))
        k = self.kernels.get(module)
        msg = k._err(code).decode() if k is not None else f"error {code}"
        raise ValueError(f"layer {layer} ({name}): {msg}")

    def _pointers(self, P):
        """The C array of parameter addresses; rebuilt only when ``P`` holds other arrays than
        the last call (the cache keeps those arrays alive, so their addresses stay valid)."""
        arrs = [P.get(name) for name, _ in self.parameters]   # a missing one: _params says
        last = self._last_params
        if last is not None and all(
                a is b and a.shape == shape and a.dtype.char == "d"
                for a, b, (_, shape) in zip(arrs, last[0], self.parameters)):
            return last[1]
        arrs = self._params(P)
        pp = (ctypes.c_void_p * len(arrs))(*[a.ctypes.data for a in arrs])
        self._last_params = (arrs, pp)
        return pp

    def _address(self, slot, a, shape, what):
        """The validated contiguous float64 array for ``a`` and its address (cached for the
        same array object, which the cache keeps alive)."""
        last = self._last_inputs.get(slot)
        if last is not None and last[0] is a and a.shape == last[3] and a.dtype.char == "d":
            return last[1], last[2]
        b = self._x(a, shape, what)
        addr = b.ctypes.data
        if b is a:
            self._last_inputs[slot] = (a, b, addr, a.shape)
        return b, addr

    def train_step(self, P, x, d, lr) -> float:
        pp = self._pointers(P)
        x, xa = self._address(0, x, self.input_shape, "x")
        d, da = self._address(1, d, self.output_shape, "d")
        if len(d) != len(x):
            raise ValueError(f"x and d hold {len(x)} and {len(d)} samples")
        rc = self._step(len(x), pp, self._gp, xa, da, float(lr), self._loss_ref)
        if rc:
            self._fail(rc)
        return self._loss.value

    def predict(self, P, x):
        arrs = self._params(P)
        x = self._x(x, self.input_shape, "x")
        out = np.empty((len(x),) + self.output_shape)
        pp = (ctypes.c_void_p * len(arrs))(*[a.ctypes.data for a in arrs])
        rc = self._fwd(len(x), pp, x.ctypes.data, out.ctypes.data)
        if rc:
            self._fail(rc)
        return out
