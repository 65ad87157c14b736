"""Build and load the C kernels of an op configuration.

``load(op)`` lowers ``op`` to C (:mod:`derive.codegen.c`), compiles the source with the system
``cc -O3 -march=native -fPIC -shared`` (plus ``-fopenmp`` when the compiler accepts it) into a
cache directory keyed by the SHA-256 of the source (``$DERIVE_CACHE``, else
``~/.cache/derive``), loads the library with :mod:`ctypes` and returns a :class:`CKernels`
object whose ``forward`` / ``backward`` follow ``torch.nn.functional``'s argument order and
layout.

Input handling (all in Python, before the C call):

* real tensors must be NumPy arrays of float64 or float32, all of the same dtype (that dtype
  picks the ``_f64`` / ``_f32`` kernels); index tensors (label maps, class targets) must be
  integer arrays and are converted to int64;
* non-contiguous input is accepted and **copied** to a C-contiguous array (the C kernels take
  contiguous row-major arrays only);
* ranks are checked here; shapes, sizes and index values are checked by the C code, whose error
  code becomes a one-line :class:`ValueError`.
"""
from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from . import c as clower

__all__ = ["load", "build", "cache_dir", "CKernels", "compiler_flags"]

_I64P = ctypes.POINTER(ctypes.c_int64)
_LOADED: dict[str, "CKernels"] = {}
_OPENMP: bool | None = None
#: inputs up to this size are held by the address cache of a kernel object (see _in_ptrs)
ADDRESS_CACHE_BYTES = 1 << 20


def _contig(a, dtype=None):
    """``a`` as a C-contiguous array (a copy only when needed; 0-d arrays stay 0-d)."""
    if type(a) is not np.ndarray or (dtype is not None and a.dtype != dtype):
        a = np.asarray(a, dtype=dtype)
    return a if a.flags.c_contiguous else np.ascontiguousarray(a)


def cache_dir() -> Path:
    d = os.environ.get("DERIVE_CACHE")
    return Path(d) if d else Path.home() / ".cache" / "derive"


def _cc() -> str:
    return os.environ.get("CC", "cc")


def _openmp_works() -> bool:
    global _OPENMP
    if _OPENMP is None:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "omp.c"
            src.write_text("#include <omp.h>\nint f(void) { return omp_get_max_threads(); }\n")
            r = subprocess.run([_cc(), "-fopenmp", "-fPIC", "-shared", str(src), "-o",
                                str(Path(tmp) / "omp.so")], capture_output=True)
            _OPENMP = r.returncode == 0
    return _OPENMP


def compiler_flags(openmp: bool | None = None) -> list[str]:
    flags = ["-std=c99", "-O3", "-march=native", "-fPIC", "-shared"]
    if openmp if openmp is not None else _openmp_works():
        flags.append("-fopenmp")
    return flags


def build(kernel: "clower.CKernel", extra_flags=()) -> Path:
    """Compile ``kernel`` (cached by content hash); returns the shared library's path."""
    flags = compiler_flags() + list(extra_flags)
    key = hashlib.sha256((kernel.c_source + "\0" + kernel.h_source + "\0" + " ".join(flags))
                         .encode()).hexdigest()[:24]
    d = cache_dir() / "c" / key
    lib = d / f"{kernel.prefix}.so"
    if lib.exists():
        return lib
    d.mkdir(parents=True, exist_ok=True)
    (d / f"{kernel.prefix}.c").write_text(kernel.c_source)
    (d / f"{kernel.prefix}.h").write_text(kernel.h_source)
    fd, tmp = tempfile.mkstemp(suffix=".so", dir=d)
    os.close(fd)
    r = subprocess.run([_cc(), *flags, str(d / f"{kernel.prefix}.c"), "-o", tmp, "-lm"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        os.unlink(tmp)
        raise RuntimeError(f"compiling {kernel.prefix}.c failed:\n{r.stderr}")
    os.replace(tmp, lib)
    return lib


class CKernels:
    """Forward and backward of one op configuration, backed by a compiled C library.

    ``forward(*tensors)`` takes the op's inputs in ``torch.nn.functional`` order;
    ``backward(grad_output, *tensors)`` returns the gradients in that order (``None`` for index
    tensors and for an absent bias).  Non-contiguous arrays are copied to contiguous ones."""

    def __init__(self, kernel: "clower.CKernel", lib_path: Path):
        self.kernel = kernel
        self.op = kernel.op
        self.library = lib_path
        self.lib = ctypes.CDLL(str(lib_path))
        p = kernel.prefix
        self._err = getattr(self.lib, f"{p}_error_message")
        self._err.restype = ctypes.c_char_p
        self._err.argtypes = [ctypes.c_int]
        self._sizes = getattr(self.lib, f"{p}_sizes")
        self._sizes.argtypes = [_I64P, _I64P]
        self._sizes.restype = ctypes.c_int
        ns = len(kernel.sizes)
        self._oshape = getattr(self.lib, f"{p}_output_shape")
        self._oshape.argtypes = [ctypes.c_int64] * ns + [_I64P]
        self._oshape.restype = ctypes.c_int
        self._fwd, self._bwd = {}, {}
        nin = len(self.op.inputs)
        for sfx in clower.DTYPES:
            f = getattr(self.lib, f"{p}_forward_{sfx}")
            f.argtypes = [ctypes.c_int64] * ns + [ctypes.c_void_p] * (nin + 1)
            f.restype = ctypes.c_int
            self._fwd[sfx] = f
            b = getattr(self.lib, f"{p}_backward_{sfx}")
            b.argtypes = ([ctypes.c_int64] * ns
                          + [ctypes.c_void_p] * (1 + nin + 1 + len(kernel.gradients)))
            b.restype = ctypes.c_int
            self._bwd[sfx] = b
        self.name = self.op.name
        fn = self.op.torch.get("fn", "")
        self._elementwise = fn in ("sigmoid", "tanh", "relu")
        self._softmax_dim = self.op.torch.get("dim") if fn == "softmax" else None
        self._flat_losses = fn in ("half_sse", "mse_loss")
        self._batched = bool(self.op.inputs[0].axes) and self.op.inputs[0].axes[0].name == "batch"
        self._shape_cache: dict = {}   # input shapes -> (sizes, output shape)
        self._ranks = [t.rank for t in self.op.inputs]
        self._last_in: dict = {}       # input slot -> (array, its address, its shape)

    # -- errors
    def _fail(self, code: int, shapes=None):
        msg = self._err(code).decode()
        where = f" (input shapes {shapes})" if shapes else ""
        raise ValueError(f"{self.name}: {msg}{where}")

    # -- argument handling
    def _arrays(self, tensors):
        op = self.op
        ins = list(op.inputs)
        tensors = list(tensors)
        has_bias_param = "bias" in op.params and not op.params["bias"]
        if has_bias_param and len(tensors) == len(ins) + 1 and tensors[-1] is None:
            tensors = tensors[:-1]
        if len(tensors) != len(ins):
            raise ValueError(f"{self.name}: expected {len(ins)} tensors "
                             f"({', '.join(t.name for t in ins)}), got {len(tensors)}")
        dtype = None
        out = []
        for t, a in zip(ins, tensors):
            if a is None:
                raise ValueError(f"{self.name}: {t.name} is None")
            if type(a) is not np.ndarray and hasattr(a, "detach") and hasattr(a, "numpy"):
                a = a.detach().cpu().numpy()
            if not isinstance(a, np.ndarray):
                if t.rank == 0 or np.isscalar(a):
                    a = np.asarray(a)
                else:
                    raise ValueError(f"{self.name}: {t.name} must be a numpy array, got "
                                     f"{type(a).__name__}")
            if t.kind == "index":
                if not np.issubdtype(a.dtype, np.integer):
                    raise ValueError(f"{self.name}: {t.name} must hold integers, got dtype "
                                     f"{a.dtype}")
                a = _contig(a, dtype=np.int64)
            else:
                if a.dtype not in (np.float64, np.float32):
                    raise ValueError(f"{self.name}: {t.name} must be float64 or float32, got "
                                     f"dtype {a.dtype}")
                if dtype is None:
                    dtype = a.dtype
                elif a.dtype != dtype:
                    raise ValueError(f"{self.name}: all real tensors must share one dtype; "
                                     f"{t.name} is {a.dtype}, expected {dtype}")
                a = _contig(a)
            out.append(a)
        return out, dtype

    def _layout_in(self, arrays):
        """Map torch's layouts to the op's: returns (arrays, restore(output) function)."""
        op = self.op
        if self._elementwise:
            shape = arrays[0].shape
            return [arrays[0].reshape(-1)], (lambda y: y.reshape(shape))
        if self._flat_losses:
            if arrays[0].shape != arrays[1].shape:
                raise ValueError(f"{self.name}: {op.inputs[0].name} and {op.inputs[1].name} "
                                 f"must have the same shape, got {arrays[0].shape} and "
                                 f"{arrays[1].shape}")
            return [a.reshape(-1) for a in arrays], (lambda y: y)
        if self._softmax_dim is not None:
            x = arrays[0]
            if x.ndim == 0:
                raise ValueError(f"{self.name}: x must have at least one axis")
            dim = self._softmax_dim
            if not -x.ndim <= dim < x.ndim:
                raise ValueError(f"{self.name}: dim {dim} is out of range for a "
                                 f"{x.ndim}-d input")
            moved = np.moveaxis(x, dim, -1)
            mshape = moved.shape
            flat = _contig(moved).reshape(-1, mshape[-1])
            return [flat], (lambda y: _contig(
                np.moveaxis(y.reshape(mshape), -1, dim)))
        ranks = self._ranks
        if self._batched and arrays[0].ndim == ranks[0] - 1:
            # unbatched input, as PyTorch accepts it
            arrays = list(arrays)
            for k, t in enumerate(op.inputs):
                if t.axes and t.axes[0].name == "batch" and arrays[k].ndim == t.rank - 1:
                    arrays[k] = arrays[k][None]
            return arrays, (lambda y: y[0] if y.ndim else y)
        if op.torch.get("fn") == "cross_entropy" and arrays[0].ndim == 1:
            return [arrays[0][None], arrays[1].reshape(1)], (lambda y: y)
        return arrays, (lambda y: y)

    def _prepare(self, tensors):
        in_shapes = [None if a is None else a.shape if type(a) is np.ndarray
                     else tuple(np.shape(a)) for a in tensors]
        arrays, dtype = self._arrays(tensors)
        unbatched = bool(self._batched and arrays[0].ndim == self._ranks[0] - 1)
        arrays, restore = self._layout_in(arrays)
        for t, r, a in zip(self.op.inputs, self._ranks, arrays):
            if a.ndim != r:
                raise ValueError(f"{self.name}: {t.name} must have {t.rank} axes "
                                 f"({', '.join(ax.name for ax in t.axes)}), got shape "
                                 f"{a.shape}")
        shapes = [tuple(a.shape) for a in arrays]
        sfx = "f32" if dtype == np.float32 else "f64"
        key = tuple(shapes)
        known = self._shape_cache.get(key)
        if known is not None:      # the sizes depend on the shapes only (values: in C)
            sizes, oshape = known
            return arrays, {"in_shapes": in_shapes, "unbatched": unbatched, "restore": restore,
                            "shapes": shapes, "oshape": oshape, "sfx": sfx, "sizes": sizes}
        dims = np.array([d for s in shapes for d in s] or [0], dtype=np.int64)
        sizes = np.zeros(max(1, len(self.kernel.sizes)), dtype=np.int64)
        rc = self._sizes(dims.ctypes.data_as(_I64P), sizes.ctypes.data_as(_I64P))
        if rc:
            self._fail(rc, shapes)
        sizes = [int(s) for s in sizes[:len(self.kernel.sizes)]]
        oshape = np.zeros(max(1, self.kernel.output_rank), dtype=np.int64)
        rc = self._oshape(*sizes, oshape.ctypes.data_as(_I64P))
        if rc:
            self._fail(rc, shapes)
        oshape = tuple(int(v) for v in oshape[:self.kernel.output_rank])
        if len(self._shape_cache) > 256:
            self._shape_cache.clear()
        self._shape_cache[key] = (sizes, oshape)
        ctx = {"in_shapes": in_shapes, "unbatched": unbatched, "restore": restore,
               "shapes": shapes, "oshape": oshape, "sfx": sfx, "sizes": sizes}
        return arrays, ctx

    @staticmethod
    def _ptr(a):
        return None if a is None else a.ctypes.data

    def _in_ptrs(self, arrays):
        """The inputs' addresses; the address of the small array passed last in the same
        slot is reused (``ndarray.ctypes`` costs about a microsecond, which matters only for
        small calls).  The cache holds the array, so the address stays its own; a large
        array is not held (not kept alive by the kernel object)."""
        out = []
        last = self._last_in
        for k, a in enumerate(arrays):
            got = last.get(k)
            if got is not None and got[0] is a and got[2] == a.shape:
                out.append(got[1])
            else:
                p = a.ctypes.data
                if a.nbytes <= ADDRESS_CACHE_BYTES:
                    last[k] = (a, p, a.shape)
                else:
                    last.pop(k, None)
                out.append(p)
        return out

    # -- the two entry points
    def forward(self, *tensors):
        """The op's output for ``tensors`` (torch.nn.functional's order and layout)."""
        arrays, ctx = self._prepare(tensors)
        y = np.empty(ctx["oshape"], dtype=np.float32 if ctx["sfx"] == "f32" else np.float64)
        rc = self._fwd[ctx["sfx"]](*ctx["sizes"], *self._in_ptrs(arrays), self._ptr(y))
        if rc:
            self._fail(rc, ctx["shapes"])
        return ctx["restore"](y)

    def _wanted(self, wrt) -> set:
        """The names of the gradients ``backward(..., wrt=...)`` computes."""
        if wrt is None:
            return set(self.kernel.gradients)
        names = (wrt,) if isinstance(wrt, str) else tuple(wrt)
        for n in names:
            if n not in self.kernel.gradients:
                raise ValueError(f"{self.name}: wrt={n!r} is not an input with a gradient; "
                                 f"choose from {', '.join(self.kernel.gradients)}")
        return set(names)

    def backward(self, grad_output, *tensors, wrt=None):
        """The gradients of every input, in input order (``None`` for index tensors and an
        absent bias), given ``grad_output`` = dL/dy.  ``wrt``: one input name or several;
        only those gradients are computed, the others come back as ``None``."""
        wanted = self._wanted(wrt)
        arrays, ctx = self._prepare(tensors)
        sfx = ctx["sfx"]
        dt = np.float32 if sfx == "f32" else np.float64
        if hasattr(grad_output, "detach") and hasattr(grad_output, "numpy"):
            grad_output = grad_output.detach().cpu().numpy()
        g = np.asarray(grad_output)
        if g.ndim == 0 and np.issubdtype(g.dtype, np.number) and not np.iscomplexobj(g):
            g = g.astype(dt)
        if g.dtype not in (np.float64, np.float32):
            raise ValueError(f"{self.name}: grad_output must be float64 or float32, got dtype "
                             f"{g.dtype}")
        if g.dtype != dt:
            raise ValueError(f"{self.name}: grad_output has dtype {g.dtype}, the inputs {dt}")
        g = self._grad_layout(_contig(g), ctx)
        y = np.empty(ctx["oshape"], dtype=dt) if self.kernel.reads_output else None
        names = [t.name for t in self.op.inputs]
        grads = {n: np.empty(arrays[names.index(n)].shape, dtype=dt)
                 for n in self.kernel.gradients if n in wanted}
        rc = self._bwd[sfx](*ctx["sizes"], self._ptr(g), *self._in_ptrs(arrays),
                            self._ptr(y), *[self._ptr(grads[n]) if n in grads else None
                                            for n in self.kernel.gradients])
        if rc:
            self._fail(rc, ctx["shapes"])
        out = [self._grad_restore(grads[n], k, ctx) if n in grads else None
               for k, n in enumerate(names)]
        if "bias" in self.op.params and not self.op.params["bias"]:
            out.append(None)
        return tuple(out)

    # -- layouts of grad_output and of the returned gradients
    def _grad_layout(self, g, ctx):
        oshape = ctx["oshape"]
        if self._elementwise:
            if g.shape != ctx["in_shapes"][0]:
                self._bad_grad(g, ctx["in_shapes"][0])
            return g.reshape(-1)
        if self._softmax_dim is not None:
            if g.shape != ctx["in_shapes"][0]:
                self._bad_grad(g, ctx["in_shapes"][0])
            moved = np.moveaxis(g, self._softmax_dim, -1)
            return _contig(moved).reshape(-1, moved.shape[-1])
        if ctx["unbatched"]:
            if g.shape != tuple(oshape[1:]):
                self._bad_grad(g, tuple(oshape[1:]))
            return g[None]
        if g.shape != tuple(oshape):
            self._bad_grad(g, tuple(oshape))
        return g

    def _bad_grad(self, g, expected):
        raise ValueError(f"{self.name}: grad_output has shape {tuple(g.shape)}, expected "
                         f"{tuple(expected)}")

    def _grad_restore(self, grad, k, ctx):
        shape = ctx["in_shapes"][k]
        if self._softmax_dim is not None:
            moved = grad.reshape(np.moveaxis(np.empty(shape, dtype=np.int8),
                                             self._softmax_dim, -1).shape)
            return _contig(np.moveaxis(moved, -1, self._softmax_dim))
        return grad.reshape(shape)

    def __repr__(self):
        return f"<C kernels {self.name} {self.op.params} from {self.library}>"


_LOWERED: dict[tuple, "clower.CKernel"] = {}


def load(op, extra_flags=(), **params) -> CKernels:
    """The compiled C kernels of ``op``: an :class:`~derive.op.Op` configuration, or a catalog
    name with its parameters (``load("conv2d", stride=2)``).

    ``extra_flags`` are appended to the compiler flags (e.g. sanitizers); the library is cached
    by the hash of the source and the flags."""
    import sympy as sp
    if isinstance(op, str):
        from .. import ops
        op = ops.get(op, **params)
    elif params:
        op = op.bind(**params)
    key = (op.name, repr(sorted(op.params.items(), key=lambda kv: kv[0])),
           sp.srepr(op.formula), tuple(t.name for t in op.inputs),
           repr(sorted((str(k), str(v)) for k, v in op.bindings.items())))
    kernel = _LOWERED.get(key)
    if kernel is None:
        kernel = _LOWERED[key] = clower.lower(op)
    lib = build(kernel, extra_flags)
    key = str(lib)
    if key not in _LOADED:
        _LOADED[key] = CKernels(kernel, lib)
    return _LOADED[key]
