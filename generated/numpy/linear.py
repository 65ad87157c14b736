"""linear: forward and backward kernels (NumPy).

Forward formula (linear, bias=True):

    y[n, o] = b[o] + Sum(w[o, i]*x[n, i], (i, 0, I - 1))

Gradients (gather form, derived by the chain rule; grad_y = dL/dy):

  dL/dx:
    grad_x[n, i] = Sum(grad_y[n, o]*w[o, i], (o, 0, O - 1))

  dL/dw:
    grad_w[o, i] = Sum(grad_y[n, o]*x[n, i], (n, 0, N - 1))

  dL/db:
    grad_b[o] = Sum(grad_y[n, o], (n, 0, N - 1))

Tensors follow torch.nn.functional.linear: forward(x, w, b) and
backward(grad_output, x, w, b) -> one gradient per input (None for index tensors).
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



def _forward(dt, cache, N, I, O, x, w, b):
    y = np.zeros((N, O,), dtype=dt)
    n_0, n_s, n_n = 0, 1, max(0, ((N) - 1) + 1)
    o_0, o_s, o_n = 0, 1, max(0, ((O) - 1) + 1)
    f = _rd(cache, 'b', b, 0.0, ((o_0, o_s, o_n),))
    _r = (f)
    y[_sl(n_0, n_s, n_n), _sl(o_0, o_s, o_n)] += _r
    n_0_1, n_s_1, n_n_1 = 0, 1, max(0, ((N) - 1) + 1)
    o_0_1, o_s_1, o_n_1 = 0, 1, max(0, ((O) - 1) + 1)
    i_0, i_s, i_n = 0, 1, max(0, ((I) - 1) + 1)
    if i_n > 0:
        f_1 = _rd(cache, 'w', w, 0.0, ((o_0_1, o_s_1, o_n_1), (i_0, i_s, i_n),))
        f_2 = _rd(cache, 'x', x, 0.0, ((n_0_1, n_s_1, n_n_1), (i_0, i_s, i_n),))
        _r = _contract('bc,ac->ab', f_1, f_2)
        y[_sl(n_0_1, n_s_1, n_n_1), _sl(o_0_1, o_s_1, o_n_1)] += _r
    return y


def forward(x, w, b):
    """fully connected layer, as torch.nn.functional.linear: the output for inputs (x, w, b)."""
    x = _real(x, 'x')
    w = _real(w, 'w')
    b = _real(b, 'b')
    dt = x.dtype
    if w.dtype != dt:
        _fail(f"w has dtype {w.dtype}, but x has {dt}: all real inputs must share one dtype")
    if b.dtype != dt:
        _fail(f"b has dtype {b.dtype}, but x has {dt}: all real inputs must share one dtype")
    _unb = x.ndim == 1
    if _unb:
        x = x[None]
    if x.ndim != 2:
        _fail(f"x must have 2 dimensions (batch, feature), got shape {x.shape}")
    if w.ndim != 2:
        _fail(f"w must have 2 dimensions (out feature, feature), got shape {w.shape}")
    if b.ndim != 1:
        _fail(f"b must have 1 dimensions (out feature), got shape {b.shape}")
    N = x.shape[0]
    if x.shape[0] < 1:
        _fail(f"x: batch size must be positive, got {x.shape[0]}")
    I = x.shape[1]
    if x.shape[1] < 1:
        _fail(f"x: feature size must be positive, got {x.shape[1]}")
    O = w.shape[0]
    if w.shape[0] < 1:
        _fail(f"w: out feature size must be positive, got {w.shape[0]}")
    if w.shape[1] != I:
        _fail(f"w: feature size {w.shape[1]} does not match {I} (I: input features); shape {w.shape}")
    if b.shape[0] != O:
        _fail(f"b: out feature size {b.shape[0]} does not match {O} (O: output features); shape {b.shape}")
    cache = {}
    y = _forward(dt, cache, N, I, O, x, w, b)
    if _unb:
        y = y[0]
    return y


def backward(grad_output, x, w, b):
    """Gradients of the loss with respect to each input, given grad_output = dL/d(output)."""
    x = _real(x, 'x')
    w = _real(w, 'w')
    b = _real(b, 'b')
    dt = x.dtype
    if w.dtype != dt:
        _fail(f"w has dtype {w.dtype}, but x has {dt}: all real inputs must share one dtype")
    if b.dtype != dt:
        _fail(f"b has dtype {b.dtype}, but x has {dt}: all real inputs must share one dtype")
    if not isinstance(grad_output, np.ndarray):   # a Python number or list
        grad_output = np.asarray(grad_output, dtype=dt)
    grad_output = _real(grad_output, 'grad_output')
    if grad_output.dtype != dt:
        _fail(f"grad_output has dtype {grad_output.dtype}, expected {dt}")
    _unb = x.ndim == 1
    if _unb:
        x = x[None]
        grad_output = grad_output[None]
    if x.ndim != 2:
        _fail(f"x must have 2 dimensions (batch, feature), got shape {x.shape}")
    if w.ndim != 2:
        _fail(f"w must have 2 dimensions (out feature, feature), got shape {w.shape}")
    if b.ndim != 1:
        _fail(f"b must have 1 dimensions (out feature), got shape {b.shape}")
    N = x.shape[0]
    if x.shape[0] < 1:
        _fail(f"x: batch size must be positive, got {x.shape[0]}")
    I = x.shape[1]
    if x.shape[1] < 1:
        _fail(f"x: feature size must be positive, got {x.shape[1]}")
    O = w.shape[0]
    if w.shape[0] < 1:
        _fail(f"w: out feature size must be positive, got {w.shape[0]}")
    if w.shape[1] != I:
        _fail(f"w: feature size {w.shape[1]} does not match {I} (I: input features); shape {w.shape}")
    if b.shape[0] != O:
        _fail(f"b: out feature size {b.shape[0]} does not match {O} (O: output features); shape {b.shape}")
    if grad_output.shape != (N, O):
        _fail(f"grad_output has shape {grad_output.shape}, expected {(N, O)}")
    cache = {}
    grad_y = grad_output
    grad_x = np.zeros((N, I,), dtype=dt)
    n_0_2, n_s_2, n_n_2 = 0, 1, max(0, ((N) - 1) + 1)
    i_0_1, i_s_1, i_n_1 = 0, 1, max(0, ((I) - 1) + 1)
    o_0_2, o_s_2, o_n_2 = 0, 1, max(0, ((O) - 1) + 1)
    if o_n_2 > 0:
        f_3 = _rd(cache, 'grad_y', grad_y, 0.0, ((n_0_2, n_s_2, n_n_2), (o_0_2, o_s_2, o_n_2),))
        f_4 = _rd(cache, 'w', w, 0.0, ((o_0_2, o_s_2, o_n_2), (i_0_1, i_s_1, i_n_1),)).transpose((1, 0))
        _r = _contract('ac,bc->ab', f_3, f_4)
        grad_x[_sl(n_0_2, n_s_2, n_n_2), _sl(i_0_1, i_s_1, i_n_1)] += _r
    if _unb:
        grad_x = grad_x[0]
    grad_w = np.zeros((O, I,), dtype=dt)
    o_0_3, o_s_3, o_n_3 = 0, 1, max(0, ((O) - 1) + 1)
    i_0_2, i_s_2, i_n_2 = 0, 1, max(0, ((I) - 1) + 1)
    n_0_3, n_s_3, n_n_3 = 0, 1, max(0, ((N) - 1) + 1)
    if n_n_3 > 0:
        f_5 = _rd(cache, 'grad_y', grad_y, 0.0, ((n_0_3, n_s_3, n_n_3), (o_0_3, o_s_3, o_n_3),)).transpose((1, 0))
        f_6 = _rd(cache, 'x', x, 0.0, ((n_0_3, n_s_3, n_n_3), (i_0_2, i_s_2, i_n_2),)).transpose((1, 0))
        _r = _contract('ac,bc->ab', f_5, f_6)
        grad_w[_sl(o_0_3, o_s_3, o_n_3), _sl(i_0_2, i_s_2, i_n_2)] += _r
    grad_b = np.zeros((O,), dtype=dt)
    o_0_4, o_s_4, o_n_4 = 0, 1, max(0, ((O) - 1) + 1)
    n_0_4, n_s_4, n_n_4 = 0, 1, max(0, ((N) - 1) + 1)
    if n_n_4 > 0:
        f_7 = _rd(cache, 'grad_y', grad_y, 0.0, ((n_0_4, n_s_4, n_n_4), (o_0_4, o_s_4, o_n_4),)).transpose((1, 0))
        _r = _contract('ab->a', f_7)
        grad_b[_sl(o_0_4, o_s_4, o_n_4)] += _r
    return (grad_x, grad_w, grad_b)
