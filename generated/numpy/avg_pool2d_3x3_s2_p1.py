"""avg_pool2d: forward and backward kernels (NumPy).

Forward formula (avg_pool2d, kernel_size=3, stride=2, padding=1, ceil_mode=False, count_include_pad=True):

    y[n, c, i, j] = Sum(x[n, c, 2*i + k_h - 1, 2*j + k_w - 1]/((-2*i + Min(H + 1, 2*i + 2) + 1)*(-2*j + Min(W + 1, 2*j + 2) + 1)), (k_h, Max(0, 1 - 2*i), Min(2, H - 2*i)), (k_w, Max(0, 1 - 2*j), Min(2, W - 2*j)))

Gradients (gather form, derived by the chain rule; grad_y = dL/dy):

  dL/dx:
    grad_x[n, c, h, w] = Sum(Piecewise((grad_y[n, c, (h - k_h + 1)/2, (-k_w + w + 1)/2]/((-h + k_h + Min(H + 1, h - k_h + 3))*(k_w - w + Min(W + 1, -k_w + w + 3))), Eq(Mod(-h + k_h + 1, 2), 0) & Eq(Mod(k_w - w + 1, 2), 0)), (0, True)), (k_h, Max(0, h - 2*floor(H/2 - 1/2) + 1), Min(2, h + 1)), (k_w, Max(0, w - 2*floor(W/2 - 1/2) + 1), Min(2, w + 1)))

Tensors follow torch.nn.functional.avg_pool2d: forward(x) and
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



def _forward(dt, cache, N, C, H, W, x):
    y = np.zeros((N, C, (1 + (((H) - 1) // 2)), (1 + (((W) - 1) // 2)),), dtype=dt)
    n_0, n_s, n_n = 0, 1, max(0, ((N) - 1) + 1)
    c_0, c_s, c_n = 0, 1, max(0, ((C) - 1) + 1)
    for k_h in range(0, 3):
        for k_w in range(0, 3):
            i_c = np.arange(0, (((H) - 1) // 2) + 1)
            i_0, i_s, i_n = _prog(i_c, (k_h >= ((1) - (2 * i_c))) & (k_h <= ((H) - (2 * i_c))))
            i_a = i_0 + i_s * np.arange(i_n)
            j_c = np.arange(0, (((W) - 1) // 2) + 1)
            j_0, j_s, j_n = _prog(j_c, (k_w >= ((1) - (2 * j_c))) & (k_w <= ((W) - (2 * j_c))))
            j_a = j_0 + j_s * np.arange(j_n)
            if i_n > 0 and j_n > 0:
                f = (1.0 / ((((1 + (np.minimum((1 + H), (2 + (2 * i_a))))) - (2 * i_a))).astype(dt)))
                f_1 = (1.0 / ((((1 + (np.minimum((1 + W), (2 + (2 * j_a))))) - (2 * j_a))).astype(dt)))
                f_2 = _rd(cache, 'x', x, 0.0, ((n_0, n_s, n_n), (c_0, c_s, c_n), (((k_h + (2 * i_0)) - 1), 2 * i_s, i_n), (((k_w + (2 * j_0)) - 1), 2 * j_s, j_n),))
                _r = (f[:, None] * f_1 * f_2)
                y[_sl(n_0, n_s, n_n), _sl(c_0, c_s, c_n), _sl(i_0, i_s, i_n), _sl(j_0, j_s, j_n)] += _r
    return y


def forward(x):
    """2-d average pooling, as torch.nn.functional.avg_pool2d: the output for inputs (x)."""
    x = _real(x, 'x')
    dt = x.dtype
    _unb = x.ndim == 3
    if _unb:
        x = x[None]
    if x.ndim != 4:
        _fail(f"x must have 4 dimensions (batch, channel, h, w), got shape {x.shape}")
    N = x.shape[0]
    if x.shape[0] < 1:
        _fail(f"x: batch size must be positive, got {x.shape[0]}")
    C = x.shape[1]
    if x.shape[1] < 1:
        _fail(f"x: channel size must be positive, got {x.shape[1]}")
    H = x.shape[2]
    if x.shape[2] < 1:
        _fail(f"x: h size must be positive, got {x.shape[2]}")
    W = x.shape[3]
    if x.shape[3] < 1:
        _fail(f"x: w size must be positive, got {x.shape[3]}")
    H_o = (1 + (((H) - 1) // 2))
    if H_o < 1:
        _fail(f"output out h size would be {H_o}: the window (kernel_size, dilation) is larger than the padded input")
    W_o = (1 + (((W) - 1) // 2))
    if W_o < 1:
        _fail(f"output out w size would be {W_o}: the window (kernel_size, dilation) is larger than the padded input")
    cache = {}
    y = _forward(dt, cache, N, C, H, W, x)
    if _unb:
        y = y[0]
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
    _unb = x.ndim == 3
    if _unb:
        x = x[None]
        grad_output = grad_output[None]
    if x.ndim != 4:
        _fail(f"x must have 4 dimensions (batch, channel, h, w), got shape {x.shape}")
    N = x.shape[0]
    if x.shape[0] < 1:
        _fail(f"x: batch size must be positive, got {x.shape[0]}")
    C = x.shape[1]
    if x.shape[1] < 1:
        _fail(f"x: channel size must be positive, got {x.shape[1]}")
    H = x.shape[2]
    if x.shape[2] < 1:
        _fail(f"x: h size must be positive, got {x.shape[2]}")
    W = x.shape[3]
    if x.shape[3] < 1:
        _fail(f"x: w size must be positive, got {x.shape[3]}")
    H_o_1 = (1 + (((H) - 1) // 2))
    if H_o_1 < 1:
        _fail(f"output out h size would be {H_o_1}: the window (kernel_size, dilation) is larger than the padded input")
    W_o_1 = (1 + (((W) - 1) // 2))
    if W_o_1 < 1:
        _fail(f"output out w size would be {W_o_1}: the window (kernel_size, dilation) is larger than the padded input")
    if grad_output.shape != (N, C, H_o_1, W_o_1):
        _fail(f"grad_output has shape {grad_output.shape}, expected {(N, C, H_o_1, W_o_1)}")
    cache = {}
    grad_y = grad_output
    grad_x = np.zeros((N, C, H, W,), dtype=dt)
    n_0_1, n_s_1, n_n_1 = 0, 1, max(0, ((N) - 1) + 1)
    c_0_1, c_s_1, c_n_1 = 0, 1, max(0, ((C) - 1) + 1)
    for k_h in range(0, 3):
        for k_w in range(0, 3):
            h_c = np.arange(0, ((H) - 1) + 1)
            h_0, h_s, h_n = _prog(h_c, (k_h >= ((1 + h_c) - (2 * (((H) - 1) // 2)))) & (k_h <= (1 + h_c)) & ((((1 + k_h) - h_c) % 2) == 0))
            h_a = h_0 + h_s * np.arange(h_n)
            w_c = np.arange(0, ((W) - 1) + 1)
            w_0, w_s, w_n = _prog(w_c, (k_w >= ((1 + w_c) - (2 * (((W) - 1) // 2)))) & (k_w <= (1 + w_c)) & ((((1 + k_w) - w_c) % 2) == 0))
            w_a = w_0 + w_s * np.arange(w_n)
            if h_n > 0 and w_n > 0:
                f_3 = (1.0 / ((((k_h + (np.minimum((1 + H), ((3 + h_a) - k_h)))) - h_a)).astype(dt)))
                f_4 = (1.0 / ((((k_w + (np.minimum((1 + W), ((3 + w_a) - k_w)))) - w_a)).astype(dt)))
                f_5 = _rd(cache, 'grad_y', grad_y, 0.0, ((n_0_1, n_s_1, n_n_1), (c_0_1, c_s_1, c_n_1), ((((1 + h_0) - k_h) // 2), (1 * h_s) // 2, h_n), ((((1 + w_0) - k_w) // 2), (1 * w_s) // 2, w_n),))
                _r = (f_3[:, None] * f_4 * f_5)
                grad_x[_sl(n_0_1, n_s_1, n_n_1), _sl(c_0_1, c_s_1, c_n_1), _sl(h_0, h_s, h_n), _sl(w_0, w_s, w_n)] += _r
    if _unb:
        grad_x = grad_x[0]
    return (grad_x,)
