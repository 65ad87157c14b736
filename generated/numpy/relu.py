"""relu: forward and backward kernels (NumPy).

Forward formula (relu):

    y[i] = relu(x[i])

Gradients (gather form, derived by the chain rule; grad_y = dL/dy):

  dL/dx:
    grad_x[i] = step(x[i])*grad_y[i]

Tensors follow torch.nn.functional.relu: forward(x) and
backward(grad_output, x) -> one gradient per input (None for index tensors).
Every body below is lowered from the formulas above; Python loops run only over
compile-time-constant ranges (kernel taps, window offsets).
"""
import numpy as np


def _fail(msg):
    raise ValueError(msg)


def _real(a, name):
    """A float32/float64 array (array-likes are converted; other dtypes are refused)."""
    a = np.asarray(a)
    if a.dtype not in (np.float32, np.float64):
        _fail(f"{name} must be a float32 or float64 array, got dtype {a.dtype}")
    return a


def _index(a, name):
    """An integer array (label maps, class targets)."""
    a = np.asarray(a)
    if a.dtype.kind not in "iu":
        _fail(f"{name} must be an integer array, got dtype {a.dtype}")
    return a.astype(np.int64, copy=False)


def _sigmoid(v):
    return np.exp(-np.logaddexp(0, -v))


def _sl(s, d, n):
    """The slice of n positions s, s+d, ... (d may be negative)."""
    stop = s + d * n
    return slice(s, stop if stop >= 0 else None, d)


def _prog(vals, mask):
    """start, step, count of the positions in ``vals`` where ``mask`` holds (an arithmetic
    progression: the solutions of affine bounds and divisibility conditions)."""
    idx = np.flatnonzero(np.broadcast_to(mask, vals.shape))
    if idx.size == 0:
        return 0, 1, 0
    sel = vals[idx]
    s = int(sel[0])
    if idx.size == 1:
        return s, 1, 1
    d = int(sel[1] - sel[0])
    if int(sel[-1]) - s != d * (idx.size - 1):     # bounds and a residue class: always a progression
        raise RuntimeError("index set is not an arithmetic progression")
    return s, d, int(idx.size)


def _padded(cache, key, a, fill, lo, hi):
    """``a`` padded with ``fill`` by at least lo/hi per axis (reused within one call)."""
    got = cache.get((key, fill))
    if got is not None:
        pa, plo, phi = got
        if all(x <= y for x, y in zip(lo, plo)) and all(x <= y for x, y in zip(hi, phi)):
            return pa, plo
        lo = [max(x, y) for x, y in zip(lo, plo)]
        hi = [max(x, y) for x, y in zip(hi, phi)]
    pa = np.pad(a, list(zip(lo, hi)), constant_values=fill)
    cache[(key, fill)] = (pa, lo, hi)
    return pa, lo


def _rd(cache, key, a, fill, spec):
    """Read ``a`` at an integer or a strided range (start, step, count) per axis; positions
    outside ``a`` read ``fill``."""
    spec = list(spec)
    lo, hi = [], []
    for ax, e in enumerate(spec):
        if isinstance(e, tuple):
            s, d, n = e
            if n == 1:
                e = spec[ax] = (s, 1, 1)
            t = s + d * (n - 1)
            mn, mx = min(s, t), max(s, t)
        else:
            mn = mx = e
        lo.append(max(0, -mn))
        hi.append(max(0, mx - a.shape[ax] + 1))
    off = [0] * len(spec)
    if any(lo) or any(hi):
        a, off = _padded(cache, key, a, fill, lo, hi)
    idx = []
    for ax, e in enumerate(spec):
        if isinstance(e, tuple):
            idx.append(_sl(e[0] + off[ax], e[1] if e[2] > 1 else 1, e[2]))
        else:
            idx.append(e + off[ax])
    return a[tuple(idx)]


def _gt(cache, key, a, fill, idxs):
    """Gather ``a`` at integer index arrays (broadcast together); outside reads ``fill``."""
    lo, hi = [], []
    for ax, e in enumerate(idxs):
        mn, mx = int(np.min(e)), int(np.max(e))
        lo.append(max(0, -mn))
        hi.append(max(0, mx - a.shape[ax] + 1))
    if any(lo) or any(hi):
        a, off = _padded(cache, key, a, fill, lo, hi)
        idxs = [e + o for e, o in zip(idxs, off)]
    return a[tuple(idxs)]


def _wmax(stack, empty):
    """The maximum over a stacked window (axis 0); an empty window (every position outside
    the input) gives ``empty``."""
    m = np.max(stack, axis=0)
    return m if empty == -np.inf else np.where(np.isneginf(m), empty, m)


def _share(stack, pos, ties):
    """The tie rule's share of window position ``pos`` (axis 0 of ``stack``)."""
    if ties == "first":
        return np.argmax(stack, axis=0) == pos
    m = np.max(stack, axis=0)
    hit = stack == m
    return hit[pos] / np.maximum(hit.sum(axis=0), 1)


def _segment(kind, vals, keys, nred, nseg):
    """Reduce ``vals`` over its last ``nred`` axes into segments ``keys`` (same shape):
    result shape = leading axes + (nseg,)."""
    lead = vals.shape[:vals.ndim - nred]
    rows = int(np.prod(lead, dtype=np.int64))
    flat = (np.arange(rows).reshape(lead + (1,) * nred) * nseg + keys).ravel()
    if kind == "sum":
        out = np.bincount(flat, weights=vals.ravel() if vals.dtype.kind == "f" else None,
                          minlength=rows * nseg)
    else:
        out = np.full(rows * nseg, -np.inf)
        np.maximum.at(out, flat, vals.ravel())
    return out.reshape(lead + (nseg,))


def _contract(spec, *ops):
    """``np.einsum(spec, *ops)`` for one or two operands through sum / matmul (BLAS),
    without einsum's path search; more operands go to einsum."""
    ins, out = spec.split("->")
    ins = ins.split(",")
    if len(ops) > 2:
        return np.einsum(spec, *ops, optimize=True)
    ops, ins = list(ops), list(ins)
    for k, (a, s) in enumerate(zip(ops, ins)):   # sum labels found in one operand only
        others = "".join(ins[:k] + ins[k + 1:]) + out
        red = tuple(i for i, l in enumerate(s) if l not in others)
        if red:
            ops[k] = a.sum(axis=red)
            ins[k] = "".join(l for l in s if l in others)
    if len(ops) == 1:
        a, s = ops[0], ins[0]
        return a.transpose([s.index(l) for l in out]) if s != out else a
    (a, b), (sa, sb) = ops, ins
    batch = [l for l in out if l in sa and l in sb]
    contr = [l for l in sa if l in sb and l not in out]
    fa = [l for l in sa if l not in sb]
    fb = [l for l in sb if l not in sa]
    size = dict(zip(sa, a.shape))
    size.update(zip(sb, b.shape))
    prod = lambda ls: int(np.prod([size[l] for l in ls], dtype=np.int64))
    A = a.transpose([sa.index(l) for l in batch + fa + contr]).reshape(
        [size[l] for l in batch] + [prod(fa), prod(contr)])
    B = b.transpose([sb.index(l) for l in batch + contr + fb]).reshape(
        [size[l] for l in batch] + [prod(contr), prod(fb)])
    r = np.matmul(A, B).reshape([size[l] for l in batch + fa + fb])
    have = batch + fa + fb
    return r.transpose([have.index(l) for l in out]) if have != list(out) else r



def _forward(dt, cache, M, x):
    y = np.zeros((M,), dtype=dt)
    i_0, i_s, i_n = 0, 1, max(0, ((M) - 1) + 1)
    f = np.maximum(_rd(cache, 'x', x, 0.0, ((i_0, i_s, i_n),)), 0)
    _r = (f)
    y[_sl(i_0, i_s, i_n)] += _r
    return y


def forward(x):
    """elementwise relu, as torch.relu: the output for inputs (x)."""
    x = _real(x, 'x')
    dt = x.dtype
    _shape = x.shape
    x = x.reshape(-1)
    if x.ndim != 1:
        _fail(f"x must have 1 dimensions (element), got shape {x.shape}")
    M = x.shape[0]
    if x.shape[0] < 1:
        _fail(f"x: element size must be positive, got {x.shape[0]}")
    cache = {}
    y = _forward(dt, cache, M, x)
    y = y.reshape(_shape)
    return y


def backward(grad_output, x):
    """Gradients of the loss with respect to each input, given grad_output = dL/d(output)."""
    x = _real(x, 'x')
    dt = x.dtype
    if not isinstance(grad_output, np.ndarray):   # a Python number or list
        grad_output = np.asarray(grad_output, dtype=dt)
    grad_output = _real(grad_output, 'grad_output')
    if grad_output.dtype != dt:
        _fail(f"grad_output has dtype {grad_output.dtype}, expected {dt}")
    _shape = x.shape
    x = x.reshape(-1)
    if grad_output.shape != _shape:
        _fail(f"grad_output has shape {grad_output.shape}, expected {_shape}")
    grad_output = grad_output.reshape(-1)
    if x.ndim != 1:
        _fail(f"x must have 1 dimensions (element), got shape {x.shape}")
    M = x.shape[0]
    if x.shape[0] < 1:
        _fail(f"x: element size must be positive, got {x.shape[0]}")
    if grad_output.shape != (M,):
        _fail(f"grad_output has shape {grad_output.shape}, expected {(M,)}")
    cache = {}
    grad_y = grad_output
    grad_x = np.zeros((M,), dtype=dt)
    i_0_1, i_s_1, i_n_1 = 0, 1, max(0, ((M) - 1) + 1)
    f_1 = _rd(cache, 'grad_y', grad_y, 0.0, ((i_0_1, i_s_1, i_n_1),))
    f_2 = (((_rd(cache, 'x', x, 0.0, ((i_0_1, i_s_1, i_n_1),))) > 0)).astype(dt)
    _r = (f_1 * f_2)
    grad_x[_sl(i_0_1, i_s_1, i_n_1)] += _r
    grad_x = grad_x.reshape(_shape)
    return (grad_x,)
