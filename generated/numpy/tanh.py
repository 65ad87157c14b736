"""tanh: forward and backward kernels (NumPy).

Forward formula (tanh):

    y[i] = tanh(x[i])

Gradients (gather form, derived by the chain rule; grad_y = dL/dy):

  dL/dx:
    grad_x[i] = (1 - y[i]**2)*grad_y[i]

Tensors follow torch.nn.functional.tanh: forward(x) and
backward(grad_output, x) -> one gradient per input (None for index tensors).
Every body below is lowered from the formulas above; Python loops run only over
compile-time-constant ranges (kernel taps, window offsets).
"""
import numpy as np


def _fail(msg):
    raise ValueError(msg)


def _prod(xs):
    """Product of Python ints (exact, no NumPy call overhead)."""
    p = 1
    for x in xs:
        p *= int(x)
    return p


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


_PLANS = {}


def _plan(key, make):
    """``make()`` once per key (index progressions solved per shape and tap)."""
    got = _PLANS.get(key)
    if got is None:
        if len(_PLANS) > 100000:
            _PLANS.clear()
        got = _PLANS[key] = make()
    return got


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
    idx = []
    for e, size in zip(spec, a.shape):     # fast path: every position inside ``a``
        if e.__class__ is tuple:
            s, d, n = e
            if n <= 1:
                d = 1
            t = s + d * (n - 1)
            if s < 0 or t < 0 or s >= size or t >= size:
                break
            stop = t + d
            idx.append(slice(s, stop if stop >= 0 else None, d))
        else:
            if e < 0 or e >= size:
                break
            idx.append(e)
    else:
        return a[tuple(idx)]
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


def _wmax(win, empty):
    """The maximum over a window given as one array per offset; an empty window (every
    position outside the input) gives ``empty``."""
    m = np.maximum(win[0], win[1]) if len(win) > 1 else win[0].copy()
    for v in win[2:]:
        np.maximum(m, v, out=m)
    return m if empty == -np.inf else np.where(np.isneginf(m), empty, m)


def _first_max(win):
    """Per position, the offset (index into ``win``) of the first maximizer (the row-major
    tie rule of ``np.argmax``; for NaN inputs the result is unspecified)."""
    best = win[0].copy()
    it = np.int8 if len(win) < 128 else np.intp
    arg = np.zeros(best.shape, dtype=it)
    for i, v in enumerate(win[1:], 1):
        # a strictly larger value at a later offset: its index exceeds every earlier one
        np.maximum(arg, (v > best) * it(i), out=arg)
        np.maximum(best, v, out=best)
    return arg


def _maxima(win):
    """Boolean stack (offset first): which offsets attain the window maximum."""
    m = _wmax(win, -np.inf)
    return np.stack([v == m for v in win])


def _share(win, pos, ties):
    """The tie rule's share of window position ``pos`` (an index into ``win``)."""
    if ties == "first":
        return _first_max(win) == pos
    hit = _maxima(win)
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
    without einsum's path search; more operands go to einsum.  An operand may be a list of
    equally shaped arrays: the taps of a stacked read, stacked along its first label.  A
    stacked pair is copied once, straight into the layout the matmul wants (im2col), and
    the product comes out in the order of ``out`` when a broadcast matmul allows it."""
    ins, out = spec.split("->")
    ins = ins.split(",")
    if len(ops) == 2:
        r = _matmul_plan(ins, out, ops)
        if r is not None:
            return r
    ops = [_stack(a) if isinstance(a, (list, _Taps)) else a for a in ops]
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
    prod = lambda ls: _prod(size[l] for l in ls)
    A = a.transpose([sa.index(l) for l in batch + fa + contr]).reshape(
        [size[l] for l in batch] + [prod(fa), prod(contr)])
    B = b.transpose([sb.index(l) for l in batch + contr + fb]).reshape(
        [size[l] for l in batch] + [prod(contr), prod(fb)])
    r = np.matmul(A, B).reshape([size[l] for l in batch + fa + fb])
    have = batch + fa + fb
    return r.transpose([have.index(l) for l in out]) if have != list(out) else r


_MAX_MATMULS = 4096


def _matmul_plan(ins, out, ops):
    """Two operands as one (broadcast) matmul whose result is already in the order of
    ``out``: out = lead + FA + FB with FA labels of one operand only and FB of the other;
    None when no such plan is cheap (then the caller transposes the product)."""
    sa, sb = ins
    if any(l not in out and sum(l in s for s in ins) < 2 for s in ins for l in s):
        return None
    size = {}
    for a, s in zip(ops, ins):
        shp = (len(a),) + a[0].shape if isinstance(a, list) else (
            (len(a),) + a.a.shape[a.k:] if isinstance(a, _Taps) else a.shape)
        size.update(zip(s, shp))
    best = None
    for (a, sA, b, sB) in ((ops[0], sa, ops[1], sb), (ops[1], sb, ops[0], sa)):
        k = len(out)
        while k and out[k - 1] in sB and out[k - 1] not in sA:
            k -= 1
        j = k
        while j and out[j - 1] in sA and out[j - 1] not in sB:
            j -= 1
        lead, FA, FB = out[:j], out[j:k], out[k:]
        if not FA or not FB:
            continue
        calls = 1
        for l in lead:
            calls *= size[l]
        if best is None or calls < best[0]:
            best = (calls, a, sA, b, sB, lead, FA, FB)
    if best is None or best[0] > _MAX_MATMULS:
        return None
    _, a, sA, b, sB, lead, FA, FB = best
    contr = [l for l in sA if l in sB and l not in out]
    # the contraction order: a stacked tap label first, else the order of a plain operand
    plain = sB if isinstance(a, (list, _Taps)) else sA
    contr.sort(key=lambda l: (not any(isinstance(o, (list, _Taps)) and s[0] == l for o, s in
                                      ((a, sA), (b, sB))), plain.index(l)))
    A = _operand(a, sA, lead, list(FA), contr, size, left=True)
    B = _operand(b, sB, lead, list(FB), contr, size, left=False)
    return np.matmul(A, B).reshape([size[l] for l in out])


def _operand(a, s, lead, free, contr, size, left):
    """``a`` (labels ``s``) as a matmul operand: lead axes (size 1 where ``a`` lacks the
    label), then (free, contr) for the left operand or (contr, free) for the right one."""
    nf = _prod(size[l] for l in free)
    nk = _prod(size[l] for l in contr)
    ls = [l for l in lead if l in s]
    shape = [size[l] if l in s else 1 for l in lead]
    inner = [nf, nk] if left else [nk, nf]
    if not isinstance(a, (list, _Taps)):
        order = ls + (free + contr if left else contr + free)
        return a.transpose([s.index(l) for l in order]).reshape(shape + inner)
    # stacked taps: one copy into a buffer whose tap label is as far out as possible; the
    # inner matrix is stored transposed when that puts the taps further out
    t = s[0]
    plain = ls + (free + contr if left else contr + free)
    swapped = ls + (contr + free if left else free + contr)
    order = min((plain, swapped), key=lambda o: o.index(t))
    if isinstance(a, _Taps):      # one strided copy of the whole tap grid
        buf = np.empty([size[l] for l in order], dtype=a.a.dtype)
        i, k = order.index(t), a.k
        shp = list(buf.shape)
        shp[i:i + 1] = a.a.shape[:k]
        pos = [j if j < i else j + k - 1 for j in (order.index(l) for l in s[1:])]
        buf.reshape(shp).transpose(list(range(i, i + k)) + pos)[...] = a.a
    else:
        buf = np.empty([size[l] for l in order], dtype=a[0].dtype)
        view = buf.transpose([order.index(l) for l in s])
        for i, x in enumerate(a):
            view[i] = x
    if order is plain:
        return buf.reshape(shape + inner)
    return buf.reshape(shape + inner[::-1]).swapaxes(-1, -2)


class _Taps:
    """The reads of every tap of a grid: ``a`` with ``k`` leading tap axes, which count as
    one stacked label (row-major over the taps)."""

    def __init__(self, a, k):
        self.a, self.k = a, k

    def __len__(self):
        return _prod(self.a.shape[:self.k])


def _stack(a):
    if isinstance(a, _Taps):
        return a.a.reshape((-1,) + a.a.shape[a.k:])
    return np.stack(a)


def _win(cache, key, a, fill, spec, deltas, counts, perm=None):
    """``_rd(.., spec[, perm])`` for every tap of a grid of ``counts`` taps, as one strided view (tap
    axes first): the tap ``t`` moves the start on each axis of ``a`` by ``sum_j t_j *
    deltas[j][axis]``.  ``a`` is padded once with ``fill`` to cover every tap."""
    lo, hi, first, ashape, asteps = [], [], [], [], []
    for ax, e in enumerate(spec):
        if isinstance(e, tuple):
            s, d, n = e
            d = d if n > 1 else 1
            ashape.append(n)
            asteps.append((ax, d))
        else:
            s, d, n = e, 0, 1
        t = s + d * (n - 1)
        mn, mx = min(s, t), max(s, t)
        for dl, c in zip(deltas, counts):
            x = dl[ax] * (c - 1)
            mn, mx = (mn + x, mx) if x < 0 else (mn, mx + x)
        lo.append(max(0, -mn))
        hi.append(max(0, mx - a.shape[ax] + 1))
        first.append(s)
    off = [0] * len(spec)
    if any(lo) or any(hi):
        a, off = _padded(cache, key, a, fill, lo, hi)
    st = a.strides
    sub = a[tuple(slice(s + o, None) for s, o in zip(first, off))]
    strides = [sum(dl[ax] * st[ax] for ax in range(len(spec))) for dl in deltas]
    strides += [d * st[ax] for ax, d in asteps]
    v = np.lib.stride_tricks.as_strided(sub, shape=tuple(counts) + tuple(ashape),
                                        strides=strides, writeable=False)
    if perm is not None:      # the read's axes in the term's order, the taps first
        k = len(counts)
        v = v.transpose(tuple(range(k)) + tuple(p + k for p in perm))
    return _Taps(v, len(counts))



def _forward(dt, cache, M, x):
    y = np.zeros((M,), dtype=dt)
    i_0, i_s, i_n = 0, 1, max(0, ((M) - 1) + 1)
    f = np.tanh(_rd(cache, 'x', x, 0.0, ((i_0, i_s, i_n),)))
    _r = (f)
    y[_sl(i_0, i_s, i_n)] += _r
    return y


def forward(x):
    """elementwise tanh, as torch.tanh: the output for inputs (x)."""
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
    y = _forward(dt, cache, M, x)
    grad_x = np.zeros((M,), dtype=dt)
    i_0_1, i_s_1, i_n_1 = 0, 1, max(0, ((M) - 1) + 1)
    f_1 = ((1) - ((_rd(cache, 'y', y, 0.0, ((i_0_1, i_s_1, i_n_1),))) ** 2))
    f_2 = _rd(cache, 'grad_y', grad_y, 0.0, ((i_0_1, i_s_1, i_n_1),))
    _r = (f_1 * f_2)
    grad_x[_sl(i_0_1, i_s_1, i_n_1)] += _r
    grad_x = grad_x.reshape(_shape)
    return (grad_x,)
