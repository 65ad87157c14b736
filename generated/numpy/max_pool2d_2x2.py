"""max_pool2d: forward and backward kernels (NumPy).

Forward formula (max_pool2d, kernel_size=2, padding=0, ceil_mode=False, dilation=1, ties='first'):

    y[n, c, i, j] = WindowMax(x[n, c, 2*i + k_h, 2*j + k_w], True, first, -oo, (k_h, Max(0, -2*i), Min(1, H - 2*i - 1)), (k_w, Max(0, -2*j), Min(1, W - 2*j - 1)))

Gradients (gather form, derived by the chain rule; grad_y = dL/dy):

  dL/dx:
    grad_x[n, c, h, w] = Sum(Piecewise((ArgmaxIs(WindowMax(x[n, c, _k_h + h - k_h, _k_w - k_w + w], True, first, -oo, (_k_h, Max(0, -h + k_h), Min(1, H - h + k_h - 1)), (_k_w, Max(0, k_w - w), Min(1, W + k_w - w - 1))), (k_h, k_w))*grad_y[n, c, (h - k_h)/2, (-k_w + w)/2], Eq(Mod(-h + k_h, 2), 0) & Eq(Mod(k_w - w, 2), 0)), (0, True)), (k_h, Max(0, h - 2*floor(H/2) + 2), Min(1, h)), (k_w, Max(0, w - 2*floor(W/2) + 2), Min(1, w)))

Tensors follow torch.nn.functional.max_pool2d: forward(x) and
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


_F32, _F64 = np.dtype(np.float32), np.dtype(np.float64)


def _real(a, name):
    """A float32/float64 array (array-likes are converted; other dtypes are refused)."""
    if a.__class__ is not np.ndarray:
        a = np.asarray(a)
    d = a.dtype
    if d is not _F64 and d is not _F32 and d != _F64 and d != _F32:
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
_PLAN_BYTES = [0]


def _plan(key, make):
    """``make()`` once per key: what depends on the sizes only (index progressions solved per
    shape and tap, index tables of a shape).  A result holding more than 1 MB of arrays is
    made afresh each time (its making costs little beside the work it indexes); the kept
    ones hold at most 64 MB in all."""
    got = _PLANS.get(key)
    if got is None:
        got = make()
        nb = sum(a.nbytes for a in got if isinstance(a, np.ndarray))
        if nb <= 1 << 20:
            if len(_PLANS) > 100000 or _PLAN_BYTES[0] + nb > 1 << 26:
                _PLANS.clear()
                _PLAN_BYTES[0] = 0
            _PLANS[key] = got
            _PLAN_BYTES[0] += nb
    return got


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
    small = best.size <= _SMALL
    for i, v in enumerate(win[1:], 1):
        # a strictly larger value at a later offset: its index exceeds every earlier one
        if small:                 # fewer calls; on large arrays the masked write is slower
            np.putmask(arg, v > best, i)
        else:
            np.maximum(arg, (v > best) * it(i), out=arg)
        np.maximum(best, v, out=best)
    return arg


def _bcast(arrs):
    """The arrays broadcast to one shape (as given when they already share it)."""
    s = arrs[0].shape
    for a in arrs:
        if a.shape != s:
            return np.broadcast_arrays(*arrs)
    return arrs


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


_WS = {}     # scratch buffers reused across calls: (shape, dtype, tag) -> free arrays
_WS_BYTES = [0]


#: arrays of at most this many elements are allocated afresh rather than taken from the pool
#: (small allocations are cheap and never fault pages in; the pool's bookkeeping is not)
_SMALL = 1 << 13


def _take(cache, shape, dtype, tag=None):
    """(array, fresh): a scratch array of ``shape`` owned by this call until ``_release``
    (taken out of the pool, so concurrent calls never share one).  An array with a ``tag``
    keeps what the previous owner of that tag left in it (padding borders)."""
    key = (tuple(shape), np.dtype(dtype).str, tag)
    free = _WS.get(key)
    buf = None
    if free:
        try:
            buf = free.pop()
        except IndexError:
            buf = None
    fresh = buf is None
    if fresh:
        buf = np.empty(shape, dtype=dtype)
    else:
        _WS_BYTES[0] -= buf.nbytes
    cache.setdefault("_ws", []).append((key, buf))
    return buf, fresh


def _release(cache):
    """Give this call's scratch arrays back to the pool (bounded: 256 MB)."""
    for key, buf in cache.pop("_ws", ()):
        if _WS_BYTES[0] + buf.nbytes > 1 << 28:
            _WS.clear()
            _WS_BYTES[0] = 0
        _WS.setdefault(key, []).append(buf)
        _WS_BYTES[0] += buf.nbytes


def _wrt(wrt, valid):
    """The set of gradient names asked for: ``None`` = all of ``valid``."""
    if wrt is None:
        return valid
    if isinstance(wrt, str):
        names = (wrt,)
    elif isinstance(wrt, (tuple, list, set, frozenset)):
        names = tuple(wrt)
    else:
        names = (wrt,)
    for n in names:
        if not isinstance(n, str) or n not in valid:
            _fail(f"wrt must name gradients among {valid}, got {n!r}")
    return names


def _padded(cache, key, a, fill, lo, hi):
    """``a`` padded with ``fill`` by at least lo/hi per axis (reused within one call; the
    buffer is a scratch array whose borders already hold ``fill`` after its first use)."""
    got = cache.get((key, fill))
    if got is not None:
        pa, plo, phi = got
        if all(x <= y for x, y in zip(lo, plo)) and all(x <= y for x, y in zip(hi, phi)):
            return pa, plo
        lo = [max(x, y) for x, y in zip(lo, plo)]
        hi = [max(x, y) for x, y in zip(hi, phi)]
    if a.dtype.kind != "f":
        pa = np.pad(a, list(zip(lo, hi)), constant_values=fill)
    else:
        shape = tuple(n + x + y for n, x, y in zip(a.shape, lo, hi))
        pa, fresh = _take(cache, shape, a.dtype, ("pad", fill, tuple(lo), tuple(hi)))
        if fresh:
            pa.fill(fill)
        pa[tuple(slice(x, x + n) for x, n in zip(lo, a.shape))] = a
    cache[(key, fill)] = (pa, lo, hi)
    return pa, lo


def _grid(cache, key, a, perm, shape):
    """``a.transpose(perm)`` at the start of each axis of a zero buffer of ``shape`` (reused
    across calls: its zero border stays zero, only the part ``a`` covers is written)."""
    v = a.transpose(perm)
    buf, fresh = _take(cache, shape, a.dtype, ("grid", key, v.shape))
    if fresh:
        buf.fill(0)
    buf[tuple(slice(0, n) for n in v.shape)] = v
    return buf


def _contract(cache, spec, *ops):
    """``np.einsum(spec, *ops)`` for one or two operands through sum / matmul (BLAS),
    without einsum's path search; more operands go to einsum.  An operand may be a list of
    equally shaped arrays: the taps of a stacked read, stacked along its first label.  A
    stacked pair is copied once, straight into the layout the matmul wants (im2col), and
    the product comes out in the order of ``out`` when a broadcast matmul allows it.  The
    plan (layouts, buffer orders) is made once per spec and operand shapes."""
    key = (spec, *map(_sig, ops))
    plan = _CPLANS.get(key)
    if plan is None:
        if len(_CPLANS) > 10000:
            _CPLANS.clear()
        plan = _contract_plan(spec, ops)
        plan = _CPLANS[key] = ("mm",) + plan if plan is not None else _sum_plan(spec, ops)
    if plan[0] == "mm":
        _, ia, ra, ib, rb, shape, perm = plan
        r = _matmul(cache, _operand(cache, ops[ia], ra), _operand(cache, ops[ib], rb))
        return r.reshape(shape) if perm is None else r.reshape(shape).transpose(perm)
    if plan[0] == "sum":
        _, red, perm = plan
        r = ops[0].sum(axis=red) if red else ops[0]
        return r if perm is None else r.transpose(perm)
    ins, out = spec.split("->")
    ins = ins.split(",")
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
    r = _matmul(cache, A, B).reshape([size[l] for l in batch + fa + fb])
    have = batch + fa + fb
    return r.transpose([have.index(l) for l in out]) if have != list(out) else r


_CPLANS = {}
_MAX_MATMULS = 4096


def _sum_plan(spec, ops):
    """One plain operand: ("sum", the axes summed, the transposition of the rest into the
    order of ``out`` or None); ("einsum",) for the other contractions that no matmul plan
    covers."""
    ins, out = spec.split("->")
    if (len(ops) != 1 or isinstance(ops[0], (list, _Taps)) or len(set(ins)) != len(ins)
            or any(l not in ins for l in out)):
        return ("einsum",)
    red = tuple(i for i, l in enumerate(ins) if l not in out)
    rest = [l for l in ins if l in out]
    perm = tuple(rest.index(l) for l in out)
    return ("sum", red, None if perm == tuple(range(len(perm))) else perm)


def _sig(a):
    """What a contraction plan depends on: the operand's kind and shape."""
    if a.__class__ is np.ndarray:
        return a.shape
    if isinstance(a, _Taps):
        return ("T", a.k, a.a.shape)
    if isinstance(a, list):
        return ("L", len(a), a[0].shape)
    return a.shape


def _contract_plan(spec, ops):
    """Two operands as one (broadcast) matmul whose result is already in the order of
    ``out``: out = lead + FA + FB with FA labels of one operand only and FB of the other;
    (which operand is left, its recipe, the right one, its recipe, result shape), or None
    when no such
    plan is cheap (then the product is transposed)."""
    ins, out = spec.split("->")
    ins = ins.split(",")
    if len(ops) != 2:
        return None
    sa, sb = ins
    if any(l not in out and sum(l in s for s in ins) < 2 for s in ins for l in s):
        return None
    size = {}
    for a, s in zip(ops, ins):
        shp = (len(a),) + a[0].shape if isinstance(a, list) else (
            (len(a),) + a.a.shape[a.k:] if isinstance(a, _Taps) else a.shape)
        size.update(zip(s, shp))
    best = None
    for swap, (a, sA, b, sB) in enumerate(((ops[0], sa, ops[1], sb), (ops[1], sb, ops[0], sa))):
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
            best = (calls, swap, a, sA, b, sB, lead, FA, FB)
    perm = None
    if (best is None or best[0] > 1) and not any(l in sa and l in sb for l in out):
        # no batch label: one plain matmul (not a batch of small ones), the product is
        # transposed into the order of out (the caller adds it into its target view)
        fa = [l for l in out if l in sa]
        fb = [l for l in out if l in sb]
        if fa and fb:
            na, nb = _prod(size[l] for l in fa), _prod(size[l] for l in fb)
            swap = int(nb < na)      # the smaller free side on the left
            a, sA, b, sB = (ops[1], sb, ops[0], sa) if swap else (ops[0], sa, ops[1], sb)
            FA, FB = (fb, fa) if swap else (fa, fb)
            best = (1, swap, a, sA, b, sB, "", "".join(FA), "".join(FB))
            have = list(FA) + list(FB)
            perm = tuple(have.index(l) for l in out)
    if best is None or best[0] > _MAX_MATMULS:
        return None
    _, swap, a, sA, b, sB, lead, FA, FB = best
    contr = [l for l in sA if l in sB and l not in out]
    # the contraction order: a stacked tap label first, else the order of a plain operand
    plain = sB if isinstance(a, (list, _Taps)) else sA
    contr.sort(key=lambda l: (not any(isinstance(o, (list, _Taps)) and s[0] == l for o, s in
                                      ((a, sA), (b, sB))), plain.index(l)))
    rA = _operand_plan(a, sA, lead, list(FA), contr, size, left=True)
    rB = _operand_plan(b, sB, lead, list(FB), contr, size, left=False)
    if perm is not None:
        return (swap, rA, 1 - swap, rB, tuple(size[l] for l in FA + FB), perm)
    return (swap, rA, 1 - swap, rB, tuple(size[l] for l in out), None)


def _operand_plan(a, s, lead, free, contr, size, left):
    """How ``a`` (labels ``s``) becomes a matmul operand: lead axes (size 1 where ``a``
    lacks the label), then (free, contr) for the left operand or (contr, free) for the
    right one."""
    nf = _prod(size[l] for l in free)
    nk = _prod(size[l] for l in contr)
    ls = [l for l in lead if l in s]
    shape = [size[l] if l in s else 1 for l in lead]
    inner = [nf, nk] if left else [nk, nf]
    if not isinstance(a, (list, _Taps)):
        order = ls + (free + contr if left else contr + free)
        perm = tuple(s.index(l) for l in order)
        return ("plain", None if perm == tuple(range(len(perm))) else perm,
                tuple(shape + inner))
    # stacked taps: one copy into a buffer whose tap label is as far out as possible; the
    # inner matrix is stored transposed when that puts the taps further out
    t = s[0]
    plain = ls + (free + contr if left else contr + free)
    swapped = ls + (contr + free if left else free + contr)
    order = min((plain, swapped), key=lambda o: o.index(t))
    bshape = tuple(size[l] for l in order)
    tail = ("plain", tuple(shape + inner)) if order is plain else \
        ("swap", tuple(shape + inner[::-1]))
    if isinstance(a, _Taps):      # one strided copy of the whole tap grid
        i, k = order.index(t), a.k
        shp = list(bshape)
        shp[i:i + 1] = a.a.shape[:k]
        # the source in the buffer's order: the copy then runs along the buffer's rows
        src = []
        for l in order:
            src += list(range(k)) if l == t else [k + s[1:].index(l)]
        return ("taps", bshape, tuple(shp), tuple(src), tail)
    return ("list", bshape, tuple(order.index(l) for l in s), tail)


def _operand(cache, a, r):
    """``a`` laid out by the recipe ``r`` of :func:`_operand_plan`."""
    if r[0] == "plain":
        return (a if r[1] is None else a.transpose(r[1])).reshape(r[2])
    if r[0] == "taps":
        _, bshape, shp, src, tail = r
        if a.a.size <= _SMALL:    # a fresh small array costs less than a pooled one
            buf = a.a.transpose(src).reshape(bshape)
        else:
            buf, _ = _take(cache, bshape, a.a.dtype)
            buf.reshape(shp)[...] = a.a.transpose(src)
    else:
        _, bshape, perm, tail = r
        buf, _ = _take(cache, bshape, a[0].dtype)
        view = buf.transpose(perm)
        for i, x in enumerate(a):
            view[i] = x
    if tail[0] == "plain":
        return buf.reshape(tail[1])
    return buf.reshape(tail[1]).swapaxes(-1, -2)


def _matmul(cache, A, B):
    """``np.matmul(A, B)`` into a scratch array (the caller adds it into its target)."""
    if A.dtype != B.dtype or A.size * B.shape[-1] < 4096:
        return np.matmul(A, B)
    # np.matmul(out=...) takes BLAS only for row-major operands: make small ones so
    if A.strides[-1] != A.itemsize:
        if A.nbytes > 1 << 22:
            return np.matmul(A, B)
        A = np.ascontiguousarray(A)
    if B.strides[-1] != B.itemsize:
        if B.nbytes > 1 << 22:
            return np.matmul(A, B)
        B = np.ascontiguousarray(B)
    shape = np.broadcast_shapes(A.shape[:-2], B.shape[:-2]) + (A.shape[-2], B.shape[-1])
    out, _ = _take(cache, shape, A.dtype)
    return np.matmul(A, B, out=out)


_WPLANS = {}


def _win(cache, key, a, fill, spec, deltas, counts, perm=None):
    """``_rd(.., spec[, perm])`` for every tap of a grid of ``counts`` taps, as one strided view (tap
    axes first): the tap ``t`` moves the start on each axis of ``a`` by ``sum_j t_j *
    deltas[j][axis]``.  ``a`` is padded once with ``fill`` to cover every tap (the geometry,
    and the view's strides and offset for each layout of the array read, are worked out
    once)."""
    pk = (a.shape, a.strides, spec, deltas, counts, perm)
    p = _WPLANS.get(pk)
    if p is None:
        if len(_WPLANS) > 10000:
            _WPLANS.clear()
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
        p = _WPLANS[pk] = (lo, hi, first, tuple(counts) + tuple(ashape), asteps,
                           any(lo) or any(hi), {})
    lo, hi, first, shape, asteps, pad, views = p
    if pad:
        a, off = _padded(cache, key, a, fill, lo, hi)
        vk = (a.shape, tuple(off))
    else:
        off, vk = None, None
    g = views.get(vk)
    if g is None:
        st = a.strides
        start = first if off is None else [s + o for s, o in zip(first, off)]
        strides = [sum(dl[ax] * st[ax] for ax in range(len(st))) for dl in deltas]
        strides += [d * st[ax] for ax, d in asteps]
        vshape = list(shape)
        if perm is not None:      # the read's axes in the term's order, the taps first
            k = len(counts)
            order = list(range(k)) + [q + k for q in perm]
            vshape = [vshape[q] for q in order]
            strides = [strides[q] for q in order]
        g = views[vk] = (tuple(vshape), tuple(strides), sum(s * t for s, t in zip(start, st)),
                         tuple(slice(s, None) for s in start))
    vshape, strides, offset, sub = g
    if a.flags.c_contiguous:      # a view of the array's own buffer (no as_strided detour)
        v = np.ndarray(vshape, a.dtype, a, offset, strides)
        v.flags.writeable = False
    else:
        v = np.lib.stride_tricks.as_strided(a[sub], shape=vshape, strides=strides,
                                            writeable=False)
    return _Taps(v, len(counts))


_RPLANS = {}


def _rd(cache, key, a, fill, spec):
    """Read ``a`` at an integer or a strided range (start, step, count) per axis; positions
    outside ``a`` read ``fill`` (the slices of a read inside ``a`` are made once per shape)."""
    pk = (a.shape, spec)
    idx = _RPLANS.get(pk, False)
    if idx is False:
        if len(_RPLANS) > 10000:
            _RPLANS.clear()
        idx = _RPLANS[pk] = _rd_inside(a.shape, spec)
    if idx is not None:
        return a[idx]
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


def _rd_inside(shape, spec):
    """The index tuple of a read that stays inside an array of ``shape``, else None."""
    idx = []
    for e, size in zip(spec, shape):
        if e.__class__ is tuple:
            s, d, n = e
            if n <= 1:
                d = 1
            t = s + d * (n - 1)
            if s < 0 or t < 0 or s >= size or t >= size:
                return None
            stop = t + d
            idx.append(slice(s, stop if stop >= 0 else None, d))
        else:
            if e < 0 or e >= size:
                return None
            idx.append(e)
    return tuple(idx)




def _forward(dt, cache, N, C, H, W, x):
    y = np.zeros((N, C, (H // 2), (W // 2),), dtype=dt)
    n_n = max(0, ((N) - 1) + 1)
    c_n = max(0, ((C) - 1) + 1)
    i_n = max(0, (((H // 2)) - 1) + 1)
    j_n = max(0, (((W // 2)) - 1) + 1)
    win = []
    win.append(_rd(cache, 'x', x, -np.inf, ((0, 1, n_n), (0, 1, c_n), ((2 * 0), 2 * 1, i_n), ((2 * 0), 2 * 1, j_n),)))  # offset (0, 0)
    win.append(_rd(cache, 'x', x, -np.inf, ((0, 1, n_n), (0, 1, c_n), ((2 * 0), 2 * 1, i_n), ((1 + (2 * 0)), 2 * 1, j_n),)))  # offset (0, 1)
    win.append(_rd(cache, 'x', x, -np.inf, ((0, 1, n_n), (0, 1, c_n), ((1 + (2 * 0)), 2 * 1, i_n), ((2 * 0), 2 * 1, j_n),)))  # offset (1, 0)
    win.append(_rd(cache, 'x', x, -np.inf, ((0, 1, n_n), (0, 1, c_n), ((1 + (2 * 0)), 2 * 1, i_n), ((1 + (2 * 0)), 2 * 1, j_n),)))  # offset (1, 1)
    win = _bcast(win)  # reduced pairwise, not stacked
    f = _wmax(win, -np.inf)
    _r = (f)
    y += _r
    return y


def forward(x):
    """2-d max pooling, as torch.nn.functional.max_pool2d (tie rule: first): the output for inputs (x)."""
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
    H_o = (H // 2)
    if H_o < 1:
        _fail(f"output out h size would be {H_o}: the window (kernel_size, dilation) is larger than the padded input")
    W_o = (W // 2)
    if W_o < 1:
        _fail(f"output out w size would be {W_o}: the window (kernel_size, dilation) is larger than the padded input")
    cache = {}
    y = _forward(dt, cache, N, C, H, W, x)
    _release(cache)
    if _unb:
        y = y[0]
    return y


def backward(grad_output, x, wrt=None):
    """Gradients of the loss with respect to each input, given grad_output = dL/d(output).

    wrt: None for every gradient, or a name (or tuple of names) among ('x',):
    only those are computed, the others are returned as None."""
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
    H_o_1 = (H // 2)
    if H_o_1 < 1:
        _fail(f"output out h size would be {H_o_1}: the window (kernel_size, dilation) is larger than the padded input")
    W_o_1 = (W // 2)
    if W_o_1 < 1:
        _fail(f"output out w size would be {W_o_1}: the window (kernel_size, dilation) is larger than the padded input")
    if grad_output.shape != (N, C, H_o_1, W_o_1):
        _fail(f"grad_output has shape {grad_output.shape}, expected {(N, C, H_o_1, W_o_1)}")
    cache = {}
    grad_y = grad_output
    _want = _wrt(wrt, ('x',))
    grad_x = None
    if 'x' in _want:
        grad_x = np.zeros((N, C, H, W,), dtype=dt)
        u0_n = max(0, ((N) - 1) + 1)
        u1_n = max(0, ((C) - 1) + 1)
        u2_n = max(0, (((H // 2)) - 1) + 1)
        u3_n = max(0, (((W // 2)) - 1) + 1)
        win_1 = []
        win_1.append(_rd(cache, 'x', x, -np.inf, ((0, 1, u0_n), (0, 1, u1_n), ((2 * 0), 2 * 1, u2_n), ((2 * 0), 2 * 1, u3_n),)))  # offset (0, 0)
        win_1.append(_rd(cache, 'x', x, -np.inf, ((0, 1, u0_n), (0, 1, u1_n), ((2 * 0), 2 * 1, u2_n), ((1 + (2 * 0)), 2 * 1, u3_n),)))  # offset (0, 1)
        win_1.append(_rd(cache, 'x', x, -np.inf, ((0, 1, u0_n), (0, 1, u1_n), ((1 + (2 * 0)), 2 * 1, u2_n), ((2 * 0), 2 * 1, u3_n),)))  # offset (1, 0)
        win_1.append(_rd(cache, 'x', x, -np.inf, ((0, 1, u0_n), (0, 1, u1_n), ((1 + (2 * 0)), 2 * 1, u2_n), ((1 + (2 * 0)), 2 * 1, u3_n),)))  # offset (1, 1)
        win_1 = _bcast(win_1)  # reduced pairwise, not stacked
        tie = _first_max(win_1)  # first maximizer of every window
        def at_plan():
            p0_n = max(0, ((N) - 1) + 1)
            p0_a = 0 + 1 * np.arange(p0_n)
            p1_n = max(0, ((C) - 1) + 1)
            p1_a = 0 + 1 * np.arange(p1_n)
            p2_n = max(0, (((H // 2)) - 1) + 1)
            p2_a = 0 + 1 * np.arange(p2_n)
            p3_n = max(0, (((W // 2)) - 1) + 1)
            p3_a = 0 + 1 * np.arange(p3_n)
            k0_of = np.array([0, 0, 1, 1], dtype=np.int64)
            k1_of = np.array([0, 1, 0, 1], dtype=np.int64)
            return (((2 * p3_a) + ((2 * W * p2_a)[:, None]) + ((H * W * p1_a)[:, None, None]) + ((C * H * W * p0_a)[:, None, None, None])), (k1_of + (k0_of * W)), k0_of, k1_of)
        at_base, shift, k0_of, k1_of = _plan(('at_plan', C, H, N, W,), at_plan)
        at = at_base + shift[tie]
        grad_x.reshape(-1)[at.ravel()] = (grad_y).ravel()  # windows do not overlap
        if _unb:
            grad_x = grad_x[0]
    _release(cache)
    return (grad_x,)


def forward_unchecked(x):
    """forward without the argument checks: for a caller that has checked the arrays'
    shapes and dtypes (the generated training step)."""
    dt = x.dtype
    _unb = x.ndim == 3
    if _unb:
        x = x[None]
    N = x.shape[0]
    C = x.shape[1]
    H = x.shape[2]
    W = x.shape[3]
    H_o = (H // 2)
    W_o = (W // 2)
    cache = {}
    y = _forward(dt, cache, N, C, H, W, x)
    _release(cache)
    if _unb:
        y = y[0]
    return y


def backward_unchecked(grad_output, x, wrt=None):
    """backward without the argument checks: for a caller that has checked the arrays'
    shapes and dtypes (the generated training step)."""
    dt = x.dtype
    if not isinstance(grad_output, np.ndarray):   # a Python number or list
        grad_output = np.asarray(grad_output, dtype=dt)
    _unb = x.ndim == 3
    if _unb:
        x = x[None]
        grad_output = grad_output[None]
    N = x.shape[0]
    C = x.shape[1]
    H = x.shape[2]
    W = x.shape[3]
    H_o_1 = (H // 2)
    W_o_1 = (W // 2)
    cache = {}
    grad_y = grad_output
    _want = _wrt(wrt, ('x',))
    grad_x = None
    if 'x' in _want:
        grad_x = np.zeros((N, C, H, W,), dtype=dt)
        u0_n = max(0, ((N) - 1) + 1)
        u1_n = max(0, ((C) - 1) + 1)
        u2_n = max(0, (((H // 2)) - 1) + 1)
        u3_n = max(0, (((W // 2)) - 1) + 1)
        win_1 = []
        win_1.append(_rd(cache, 'x', x, -np.inf, ((0, 1, u0_n), (0, 1, u1_n), ((2 * 0), 2 * 1, u2_n), ((2 * 0), 2 * 1, u3_n),)))  # offset (0, 0)
        win_1.append(_rd(cache, 'x', x, -np.inf, ((0, 1, u0_n), (0, 1, u1_n), ((2 * 0), 2 * 1, u2_n), ((1 + (2 * 0)), 2 * 1, u3_n),)))  # offset (0, 1)
        win_1.append(_rd(cache, 'x', x, -np.inf, ((0, 1, u0_n), (0, 1, u1_n), ((1 + (2 * 0)), 2 * 1, u2_n), ((2 * 0), 2 * 1, u3_n),)))  # offset (1, 0)
        win_1.append(_rd(cache, 'x', x, -np.inf, ((0, 1, u0_n), (0, 1, u1_n), ((1 + (2 * 0)), 2 * 1, u2_n), ((1 + (2 * 0)), 2 * 1, u3_n),)))  # offset (1, 1)
        win_1 = _bcast(win_1)  # reduced pairwise, not stacked
        tie = _first_max(win_1)  # first maximizer of every window
        def at_plan():
            p0_n = max(0, ((N) - 1) + 1)
            p0_a = 0 + 1 * np.arange(p0_n)
            p1_n = max(0, ((C) - 1) + 1)
            p1_a = 0 + 1 * np.arange(p1_n)
            p2_n = max(0, (((H // 2)) - 1) + 1)
            p2_a = 0 + 1 * np.arange(p2_n)
            p3_n = max(0, (((W // 2)) - 1) + 1)
            p3_a = 0 + 1 * np.arange(p3_n)
            k0_of = np.array([0, 0, 1, 1], dtype=np.int64)
            k1_of = np.array([0, 1, 0, 1], dtype=np.int64)
            return (((2 * p3_a) + ((2 * W * p2_a)[:, None]) + ((H * W * p1_a)[:, None, None]) + ((C * H * W * p0_a)[:, None, None, None])), (k1_of + (k0_of * W)), k0_of, k1_of)
        at_base, shift, k0_of, k1_of = _plan(('at_plan', C, H, N, W,), at_plan)
        at = at_base + shift[tie]
        grad_x.reshape(-1)[at.ravel()] = (grad_y).ravel()  # windows do not overlap
        if _unb:
            grad_x = grad_x[0]
    _release(cache)
    return (grad_x,)
