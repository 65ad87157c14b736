"""Contraction terms of a formula lowered as gathered matrices and one GEMM call.

A term whose body is ``coefficient * A[...] * B[...]`` (two reads of real tensors) is a matrix
product once its index variables are sorted by where they occur:

* free indices read by ``A`` only are the rows ``M`` of the product, free indices read by ``B``
  only its columns ``N`` (``B`` is the read holding the output's last index, so that the
  product's rows are contiguous in the output), free indices read by both are *batch* indices
  (one product each);
* the term's summation variables are the inner dimension ``K``.

The term's loop bounds and divisibility conditions become masks on the two matrices: a
condition on ``M`` (and ``K``) variables masks ``A``, any other ``B``; a condition tying
``M`` to ``N`` variables cannot be split and the term keeps the plain loop nest.  Each
summation variable runs over a box that contains every admissible value (interval
bounds of its limits over the free indices' ranges); an element outside the term's limits is
zero.  The gather loops take the same closed-form bounds as the loop lowering: along the
innermost matrix index a limit becomes a range of that index (a congruence its step), so a
gathered row is one contiguous copy between zeros.

A product too large to gather at once is cut along a variable that indexes a ``batch`` axis:
one product per image, the images shared among threads (a cut through ``K`` is a reduction:
each thread accumulates into its own buffer, summed in thread order afterwards).  A single
product with nothing to cut (a dense layer) is split into one tile of columns or rows per
thread.  A divisibility condition tying one output index to one summation variable (a
strided convolution's input gradient) splits the product into phases, one per residue of the
output index, each summing over the admissible values only (:func:`_phases`); the phase's
output positions are strided, so its product goes through a buffer that is added in.  A
single product that writes every output element overwrites the output instead of adding to
a zeroed one.

The product itself is ``derive_gemm_<dtype>`` (:mod:`derive.codegen.c_gemm`), a generic packed
matrix multiply; nothing in it depends on the op.
"""
from __future__ import annotations

import math

import sympy as sp

from ..formula import Divides, Formula, Term

#: below this many multiply-adds a contraction runs on one thread (C macro
#: DERIVE_PARALLEL_MIN_FLOPS; the tests lower it to run every product in parallel)
OMP_MIN_FLOPS = 1 << 16
#: below this many multiply-adds a formula with contractions runs as plain loops (C macro
#: DERIVE_GEMM_MIN_FLOPS; the tests set it to 0 to check the gather + GEMM path on small sizes)
GEMM_MIN_FLOPS = 1 << 15

MACROS = f"""#ifndef DERIVE_GEMM_MIN_FLOPS
#define DERIVE_GEMM_MIN_FLOPS {GEMM_MIN_FLOPS}   /* smaller products: plain loops */
#endif
#ifndef DERIVE_PARALLEL_MIN_FLOPS
#define DERIVE_PARALLEL_MIN_FLOPS {OMP_MIN_FLOPS}   /* smaller products: one thread */
#endif"""


class _NoPlan(Exception):
    pass


def _bound(e, env, lo: bool):
    """A lower (``lo``) or upper bound of ``e`` when each variable ``v`` of ``env`` ranges over
    ``env[v] = (low, high)``; raises _NoPlan for forms it cannot bound."""
    e = sp.sympify(e)
    if not (e.free_symbols & env.keys()):
        return e
    if e.is_Symbol:
        return env[e][0 if lo else 1]
    if isinstance(e, sp.Add):
        return sp.Add(*[_bound(a, env, lo) for a in e.args])
    if isinstance(e, sp.Mul):
        c, rest = e.as_coeff_Mul()
        if c == 1 or not c.is_Rational:
            raise _NoPlan(f"cannot bound {e}")
        return c * _bound(rest, env, lo if c > 0 else not lo)
    if isinstance(e, (sp.Max, sp.Min)):          # monotone in every argument
        return type(e)(*[_bound(a, env, lo) for a in e.args])
    if isinstance(e, (sp.floor, sp.ceiling)):
        return type(e)(_bound(e.args[0], env, lo))
    raise _NoPlan(f"cannot bound {e}")


def _syms(e, among) -> set:
    return sp.sympify(e).free_symbols & among


def plan(lw, f: Formula, t: Term):
    """The GEMM plan of term ``t`` of ``f`` (a dict), ``"empty"`` when the term contributes
    nothing, or None when the term is not a two-read contraction the gather can split."""
    try:
        return _plan(lw, f, t)
    except _NoPlan:
        return None


def _plan(lw, f: Formula, t: Term):
    if t.filters or not t.sums:
        return None
    coeff, reads = sp.S.One, []
    for fac in sp.Mul.make_args(sp.sympify(t.body)):
        if isinstance(fac, sp.Indexed):
            reads.append(fac)
        elif isinstance(fac, sp.Pow) and isinstance(fac.base, sp.Indexed) and fac.exp == 2:
            reads += [fac.base, fac.base]
        elif fac.is_number:
            coeff *= fac
        else:
            return None
    if len(reads) != 2:
        return None
    for r in reads:
        tensor = lw.tensors.get(str(r.base))
        if tensor is None or tensor.kind == "index" or str(r.base) in lw.tables:
            return None
    free = list(f.index)
    sums = [r.var for r in t.sums]
    allv = set(free) | set(sums)
    if len(allv) != len(free) + len(sums):
        return None
    ranges = {v: lw.conc(r) for v, r in zip(free, f.ranges)}
    last = free[-1] if free else None
    s0, s1 = (_syms(sp.Tuple(*r.indices), allv) for r in reads)
    if last is not None and last in s0 and last not in s1:
        A, B, sA, sB = reads[1], reads[0], s1, s0
    else:
        A, B, sA, sB = reads[0], reads[1], s0, s1
    batch = [v for v in free if (v in sA) == (v in sB)]
    M = [v for v in free if v in sA and v not in sB]
    N = [v for v in free if v in sB and v not in sA]
    K = list(sums)
    # conditions: ("ge", s, L), ("le", s, U), ("div", Divides), ("guard", expr)
    conds = []
    for r in t.sums:
        lo, hi = lw.conc(r.lo), lw.conc(r.hi)
        if _syms(lo, allv):
            conds.append(("ge", r.var, lo))
        if _syms(hi, allv):
            conds.append(("le", r.var, hi))
    for dv in t.divides:
        dec = dv.decided()
        if dec is True:
            continue
        if dec is False:
            return "empty"
        conds.append(("div", Divides(lw.conc(dv.modulus), lw.conc(dv.expr))))
    for g in t.guards:
        conds.append(("guard", sp.sympify(g)))
    sideA, sideB = [], []
    for c in conds:
        V = _cond_syms(c, allv)
        if V & set(M) and V & set(N):
            return None
        (sideA if V & set(M) else sideB).append(c)
    # the box of every summation variable (interval bounds of its limits)
    env = {v: (sp.S.Zero, ranges[v] - 1) for v in free}
    box = {}
    for r in t.sums:
        lo = _bound(lw.conc(r.lo), env, True)
        hi = _bound(lw.conc(r.hi), env, False)
        box[r.var] = (lo, hi)
        env[r.var] = (lo, hi)
    for v in free:
        box[v] = (sp.S.Zero, ranges[v] - 1)
    # cut along a variable indexing a batch axis, when the rest keeps a product per image
    cut, cut_role = None, None
    for role, group in (("N", N), ("K", K)):
        if len(group) < 2 or cut is not None:
            continue
        for r in (A, B):
            tensor = lw.tensors[str(r.base)]
            if (tensor.axes and tensor.axes[0].name == "batch" and r.indices
                    and r.indices[0] == group[0]):
                cut, cut_role = group[0], role
                break
    if cut is not None:
        (N if cut_role == "N" else K).remove(cut)
    ext = [ranges[v] for v in free]
    coef = {v: sp.Mul(*ext[k + 1:]) for k, v in enumerate(free)}
    alloc = {v: _extent(box[v]) for v in box}
    offset = sp.S.Zero
    phases = _phases(M, N, K, sideA, sideB, allv) if cut_role != "K" else []
    if phases:
        rules = {}
        for ph in phases:
            v, s_, m = ph["v"], ph["s"], ph["m"]
            vq, sq = sp.Dummy(f"{v.name}_q", integer=True), sp.Dummy(f"{s_.name}_q", integer=True)
            ph.update(vq=vq, sq=sq, r=sp.Dummy(f"{v.name}_r", integer=True),
                      t=sp.Dummy(f"{s_.name}_r", integer=True))
            rules[v] = m * vq + ph["r"]
            rules[s_] = m * sq + ph["t"]
            box[vq] = (sp.S.Zero, sp.floor((ranges[v] - 1 - ph["r"]) / m))
            box[sq] = (sp.ceiling((box[s_][0] - ph["t"]) / m), sp.floor((box[s_][1] - ph["t"]) / m))
            alloc[vq], alloc[sq] = alloc[v], alloc[s_]
            coef[vq] = m * coef[v]
            offset += coef[v] * ph["r"]
            for group in (M, N):
                if v in group:
                    group[group.index(v)] = vq
            K[K.index(s_)] = sq
        A, B = A.subs(rules), B.subs(rules)
        sideA = [_subs_cond(c, rules) for c in sideA]
        sideB = [_subs_cond(c, rules) for c in sideB]
    # the output block of one product: a strided matrix (rows M, columns N) when the output's
    # offsets are linear in the two, else the product goes through a buffer and is added in
    def linear(group):
        return all(sp.expand(coef[a] - coef[b] * ranges[b]) == 0
                   for a, b in zip(group, group[1:]))

    scatter = bool(phases) or not (linear(M) and linear(N))
    if scatter and cut_role == "K":
        return None
    outer = [v for v in free if v in batch] + ([cut] if cut is not None else [])
    return dict(A=A, B=B, coeff=coeff, M=M, N=N, K=K, batch=batch, cut=cut,
                cut_role=cut_role, outer=outer, sideA=sideA, sideB=sideB, box=box,
                ranges=ranges, coef=coef, free=free, phases=phases, alloc=alloc,
                offset=offset, scatter=scatter)


def _phases(M, N, K, sideA, sideB, allv) -> list[dict]:
    """Divisibility conditions ``m | a*v + b*s + c`` tying one output index ``v`` to one
    summation variable ``s`` (gcd(b, m) = 1; a strided convolution's input gradient): for each
    residue ``r`` of ``v`` modulo ``m`` the condition fixes ``s`` modulo ``m``, so the product
    is split into ``m`` phases, each summing over the admissible ``s`` only -- no work on the
    zeros the condition would mask.  The conditions used are removed from the sides."""
    out, used = [], set()
    for side in (sideA, sideB):
        for c in list(side):
            if c[0] != "div":
                continue
            e, m = sp.expand(c[1].expr), sp.sympify(c[1].modulus)
            if not (m.is_Integer and m > 1):
                continue
            vs, ss = _syms(e, set(M) | set(N)), _syms(e, set(K))
            if len(vs) != 1 or len(ss) != 1 or _syms(e, allv) - vs - ss:
                continue
            (v,), (s,) = vs, ss
            a, b = e.coeff(v), e.coeff(s)
            rest = sp.expand(e - a * v - b * s)
            if (v in used or s in used or not a.is_Integer or not b.is_Integer
                    or math.gcd(int(b), int(m)) != 1 or rest.free_symbols & allv):
                continue
            used |= {v, s}
            side.remove(c)
            out.append(dict(v=v, s=s, m=int(m), a=int(a), b=int(b), rest=rest))
    return out


def _subs_cond(c, rules):
    if c[0] in ("ge", "le"):
        return (c[0], sp.sympify(c[1]).subs(rules), sp.sympify(c[2]).subs(rules))
    if c[0] == "div":
        return ("div", Divides(c[1].modulus, sp.expand(sp.sympify(c[1].expr).subs(rules))))
    return ("guard", sp.sympify(c[1]).subs(rules))


def _cond_syms(c, allv) -> set:
    kind = c[0]
    if kind in ("ge", "le"):
        return _syms(c[1], allv) | _syms(c[2], allv)
    if kind == "div":
        return _syms(c[1].expr, allv) | _syms(c[1].modulus, allv)
    return _syms(c[1], allv)


def _extent(box):
    lo, hi = box
    return sp.Max(0, hi - lo + 1)


def _dims(p, group):
    return sp.Mul(*[_extent(p["box"][v]) for v in group]) if group else sp.S.One


def _score(read, v, p) -> float:
    """How well ``v`` serves as the innermost index of a gather of ``read``: its extent at a
    typical size (every size 64), weighted by how contiguous the read is along ``v``."""
    idx = [sp.expand(i) for i in read.indices]
    e = _extent(p["box"][v]).subs({x: 0 for ph in p["phases"] for x in (ph["r"], ph["t"])})
    n = float(e.subs({s: 64 for s in e.free_symbols}))
    if idx and v in idx[-1].free_symbols and not any(v in i.free_symbols for i in idx[:-1]):
        return n * (1.0 if idx[-1].coeff(v) == 1 else 0.6)
    return n * 0.3


def flops(p: dict) -> sp.Expr:
    """Multiply-adds of the products of plan ``p`` (all outer iterations; an upper bound
    when the product is split into phases)."""
    a = p["alloc"]
    return sp.Mul(*[a[v] for v in p["outer"] + p["M"] + p["N"] + p["K"]])


def writes_every_element(p: dict) -> bool:
    """The products of plan ``p`` write each output element exactly once (one block per outer
    combination, rows and columns over the free indices' full ranges), so they may overwrite
    the output instead of adding to a zeroed one."""
    return not p["scatter"] and p["cut_role"] != "K" and not p["phases"]


def emit(lw, f: Formula, p: dict, target: str, out: list, ind: str, overwrite=False):
    """Append the gather + GEMM code of plan ``p``: accumulating into ``target``, or writing it
    (``overwrite``, see :func:`writes_every_element`; an empty sum then writes zeros)."""
    T = lw.ctype
    sfx = "f32" if T == "float" else "f64"
    lw.uses_gemm.add(sfx)
    M, N, K = p["M"], p["N"], p["K"]
    code = lw.error("out of memory for a work buffer")
    out.append(f"{ind}{{")
    i1 = ind + "    "
    fail = lw.fresh("failed")
    out.append(f"{i1}int {fail} = 0;")
    # buffer sizes: the largest over the phases
    alloc = {}
    for name, group in (("M", M), ("N", N), ("K", K)):
        alloc[name] = lw.fresh(name + "_max")
        size = sp.Mul(*[p["alloc"][v] for v in group]) if group else sp.S.One
        out.append(f"{i1}const int64_t {alloc[name]} = {lw.ip(size)};")
    cur, closes = i1, []
    for ph in p["phases"]:
        m = ph["m"]
        rn = lw.var(ph["r"])
        out.append(f"{cur}for (int64_t {rn} = 0; {rn} < {m}; ++{rn}) {{")
        closes.insert(0, f"{cur}}}")
        cur += "    "
        inv = pow(ph["b"] % m, -1, m)
        out.append(f"{cur}const int64_t {lw.var(ph['t'])} = derive_imod(-({inv}) * "
                   f"({ph['a']} * {rn} + ({lw.ip(ph['rest'])})), {m});")
    Md, Nd, Kd = (lw.fresh(n) for n in ("M", "N", "K"))
    out.append(f"{cur}const int64_t {Md} = {lw.ip(_dims(p, M))};")
    out.append(f"{cur}const int64_t {Nd} = {lw.ip(_dims(p, N))};")
    out.append(f"{cur}const int64_t {Kd} = {lw.ip(_dims(p, K))};")
    outer = p["outer"]
    n_outer = sp.Mul(*[_extent(p["box"][v]) for v in outer]) if outer else sp.S.One
    work = lw.fresh("flops")
    out.append(f"{cur}const int64_t {work} = {Md} * {Nd} * {Kd} * ({lw.ip(n_outer)});")
    out.append(f"{cur}(void){work};")
    if overwrite:
        out.append(f"{cur}if ({Kd} <= 0)")
        out.append(f"{cur}    " + lw.zero_fill(target, f.ranges))
    out.append(f"{cur}if ({Md} > 0 && {Nd} > 0 && {Kd} > 0) {{")
    i2 = cur + "    "
    p = dict(p, overwrite=overwrite)
    # matrices: A is M x K, B is K x N, each stored row-major or transposed
    sides = {}
    for name, read, rows, cols, conds in (("A", p["A"], M, K, p["sideA"]),
                                          ("B", p["B"], K, N, p["sideB"])):
        trans = False
        if rows and cols and _score(read, rows[-1], p) > _score(read, cols[-1], p):
            trans = True
        cdeps = set().union(*[_cond_syms(c, set(outer)) for c in conds])
        deps = cdeps | _syms(sp.Tuple(*read.indices), set(outer))
        sides[name] = dict(read=read, rows=rows, cols=cols, conds=conds, trans=trans,
                           hoist=not deps, prezero=not cdeps, buf=lw.fresh(name.lower() + "_mat"))
    sides["A"]["coeff"], sides["B"]["coeff"] = p["coeff"], sp.S.One
    dims = dict(rows={"A": Md, "B": Kd}, cols={"A": Kd, "B": Nd},
                size={"A": f"{alloc['M']} * {alloc['K']}", "B": f"{alloc['K']} * {alloc['N']}",
                      "C": f"{alloc['M']} * {alloc['N']}"},
                M=Md, N=Nd, K=Kd)
    # hoisted gathers (no dependence on the outer variables): once, shared by the threads
    for name in ("A", "B"):
        s = sides[name]
        if s["hoist"]:
            out.append(f"{i2}{T} *{s['buf']} = {_alloc(lw, dims['size'][name], True)};")
            out.append(f"{i2}if ({s['buf']} == NULL) {fail} = 1;")
            out.append(f"{i2}else {{")
            _gather(lw, p, s, out, i2 + "    ")
            out.append(f"{i2}}}")
    if p["cut_role"] == "K":
        _emit_reduction(lw, p, sides, dims, work, fail, target, out, i2)
    else:
        _emit_blocks(lw, p, sides, dims, work, fail, target, out, i2)
    for name in ("A", "B"):
        if sides[name]["hoist"]:
            out.append(f"{i2}free({sides[name]['buf']});")
    out.append(f"{cur}}}")
    out.extend(closes)
    out.append(f"{i1}if ({fail}) return {code};")
    out.append(f"{ind}}}")


def _strides(s, dims, name):
    """(row stride, column stride) of a gathered matrix."""
    if s["trans"]:
        return "1", dims["rows"][name]
    return dims["cols"][name], "1"


def _set_fail(fail, out, ind):
    """Flag a failure from inside a parallel region."""
    out.append("#ifdef _OPENMP")
    out.append("#pragma omp atomic write")
    out.append("#endif")
    out.append(f"{ind}{fail} = 1;")


def _gemm_call(lw, sides, dims, cbuf, rsc, csc, accumulate, fail, out, ind, rows=None,
               cols=None, a_at="0", b_at="0"):
    """The GEMM of the gathered matrices into ``cbuf``; ``rows`` / ``cols`` and the offsets
    ``a_at`` / ``b_at`` select a tile of the product (default: all of it)."""
    sfx = "f32" if lw.ctype == "float" else "f64"
    ra, ca = _strides(sides["A"], dims, "A")
    rb, cb = _strides(sides["B"], dims, "B")
    out.append(f"{ind}if (derive_gemm_{sfx}({rows or dims['M']}, {cols or dims['N']}, "
               f"{dims['K']}, {sides['A']['buf']} + ({a_at}), {ra}, {ca}, "
               f"{sides['B']['buf']} + ({b_at}), {rb}, {cb}, {cbuf}, {rsc}, {csc}, "
               f"{accumulate})) {{")
    _set_fail(fail, out, ind + "    ")
    out.append(f"{ind}}}")


def _c_strides(lw, p):
    coef = p["coef"]
    rsc = lw.ip(coef[p["M"][-1]]) if p["M"] else "0"
    csc = lw.ip(coef[p["N"][-1]]) if p["N"] else "0"
    return rsc, csc


def _outer_loops(lw, p, vars_, out, ind):
    closes = []
    cur = ind
    for v in vars_:
        lo, hi = p["box"][v]
        vn = lw.var(v)
        out.append(f"{cur}for (int64_t {vn} = {lw.ip(lo)}; {vn} <= {lw.ip(hi)}; ++{vn}) {{")
        closes.insert(0, f"{cur}}}")
        cur += "    "
    return cur, closes


def _region(lw, out, ind, work, region, clause=""):
    """``region`` (lines of one block) under ``#pragma omp parallel`` when ``work`` is large,
    else run by the calling thread."""
    lw.parallel(out, ind, clause, work, region, "DERIVE_PARALLEL_MIN_FLOPS", "parallel")


def _local_buffers(lw, sides, dims, fail, out, ind, extra=()):
    """Per-thread buffers: the gathers that depend on the outer variables, and ``extra``
    ((name, size) pairs)."""
    T = lw.ctype
    bufs = [(sides[n]["buf"], dims["size"][n], sides[n]["prezero"]) for n in ("A", "B")
            if not sides[n]["hoist"]]
    bufs += [(b, size, False) for b, size in extra]
    for buf, size, zeroed in bufs:
        out.append(f"{ind}{T} *{buf} = {_alloc(lw, size, zeroed)};")
    if bufs:
        out.append(f"{ind}if ({' || '.join(f'{b[0]} == NULL' for b in bufs)}) {{")
        _set_fail(fail, out, ind + "    ")
        out.append(f"{ind}}}")
    local = [n for n in ("A", "B") if not sides[n]["hoist"]]
    return [b[0] for b in bufs], local, " && ".join(f"{b[0]} != NULL" for b in bufs) or "1"


def _alloc(lw, size: str, zeroed: bool) -> str:
    """C expression allocating ``size`` elements; ``zeroed``: for a gather that writes only
    its ranges (see :func:`_gather`)."""
    T = lw.ctype
    if zeroed:
        return f"({T} *)calloc((size_t)({size}), sizeof({T}))"
    return f"({T} *)malloc(sizeof({T}) * (size_t)({size}))"


def _emit_blocks(lw, p, sides, dims, work, fail, target, out, ind):
    """One product per combination of the outer variables, each into its own output block
    (directly when the block is a strided matrix, else through a buffer added in)."""
    outer = p["outer"]
    if not outer and not p["scatter"]:
        _emit_tiles(lw, p, sides, dims, work, fail, target, out, ind)
        return
    rsc, csc = _c_strides(lw, p)
    base = p["offset"] + sp.Add(*[p["coef"][v] * v for v in outer if v in p["coef"]])
    region = [f"{ind}{{"]
    i1 = ind + "    "
    cbuf = lw.fresh("c_mat")
    extra = [(cbuf, dims["size"]["C"])] if p["scatter"] else []
    bufs, local, ok = _local_buffers(lw, sides, dims, fail, region, i1, extra)
    if outer:
        region.append("#ifdef _OPENMP")
        region.append("#pragma omp for schedule(static)"
                      + (f" collapse({len(outer)})" if len(outer) > 1 else ""))
        region.append("#endif")
    cur, closes = _outer_loops(lw, p, outer, region, i1)
    region.append(f"{cur}if ({ok}) {{")
    c2 = cur + "    "
    for n in local:
        _gather(lw, p, sides[n], region, c2)
    if p["scatter"]:
        _gemm_call(lw, sides, dims, cbuf, dims["N"], "1", 0, fail, region, c2)
        idx = lw.fresh("at")
        region.append(f"{c2}{{")
        region.append(f"{c2}    int64_t {idx} = 0;")
        c3, cl3 = _outer_loops(lw, p, p["M"] + p["N"], region, c2 + "    ")
        at = base + sp.Add(*[p["coef"][v] * v for v in p["M"] + p["N"]])
        region.append(f"{c3}{target}[{lw.ip(at)}] += {cbuf}[{idx}++];")
        region.extend(cl3)
        region.append(f"{c2}}}")
    else:
        _gemm_call(lw, sides, dims, f"{target} + ({lw.ip(base)})", rsc, csc,
                   0 if p.get("overwrite") else 1, fail, region,
                   c2)
    region.append(f"{cur}}}")
    region.extend(closes)
    for b in bufs:
        region.append(f"{i1}free({b});")
    region.append(f"{ind}}}")
    if outer:
        _region(lw, out, ind, work, region)
    else:
        out.extend(region)


def _emit_tiles(lw, p, sides, dims, work, fail, target, out, ind):
    """A single product (no outer variables, both matrices gathered once): its columns, or
    its rows when those are more, are cut into one tile per thread."""
    rsc, csc = _c_strides(lw, p)
    Md, Nd = dims["M"], dims["N"]
    ra, _ = _strides(sides["A"], dims, "A")
    _, cb = _strides(sides["B"], dims, "B")
    nt, cols, width = lw.fresh("tiles"), lw.fresh("by_columns"), lw.fresh("width")
    t, lo, cnt = lw.fresh("tile"), lw.fresh("lo"), lw.fresh("count")
    out.append(f"{ind}int64_t {nt} = 1;")
    out.append("#ifdef _OPENMP")
    out.append(f"{ind}if ({work} >= DERIVE_PARALLEL_MIN_FLOPS) {nt} = omp_get_max_threads();")
    out.append("#endif")
    out.append(f"{ind}const int {cols} = {Nd} >= {Md};")
    out.append(f"{ind}const int64_t {width} = (({cols} ? {Nd} : {Md}) + {nt} - 1) / {nt};")
    i1, i2 = ind + "    ", ind + "        "
    region = [f"{ind}{{",
              "#ifdef _OPENMP", "#pragma omp for schedule(static)", "#endif",
              f"{i1}for (int64_t {t} = 0; {t} < {nt}; ++{t}) {{",
              f"{i2}const int64_t {lo} = {t} * {width};",
              f"{i2}const int64_t {cnt} = derive_imin({width}, ({cols} ? {Nd} : {Md}) - {lo});",
              f"{i2}if ({cnt} <= 0) continue;"]
    _gemm_call(lw, sides, dims,
               f"{target} + ({lw.ip(p['offset'])}) + {lo} * ({cols} ? {csc} : {rsc})", rsc, csc,
               0 if p.get("overwrite") else 1, fail, region, i2,
               rows=f"{cols} ? {Md} : {cnt}", cols=f"{cols} ? {cnt} : {Nd}",
               a_at=f"{cols} ? 0 : {lo} * {ra}", b_at=f"{cols} ? {lo} * {cb} : 0")
    region += [f"{i1}}}", f"{ind}}}"]
    _region(lw, out, ind, work, region, f" num_threads({nt})")


def _emit_reduction(lw, p, sides, dims, work, fail, target, out, ind):
    """The cut runs through K: each thread sums its share of the products into its own
    buffer; the buffers are added to the output in thread order (deterministic for a given
    thread count)."""
    T = lw.ctype
    Md, Nd = dims["M"], dims["N"]
    rsc, csc = _c_strides(lw, p)
    batch = [v for v in p["outer"] if v != p["cut"]]
    base = sp.Add(*[p["coef"][v] * v for v in batch])
    cur, closes = _outer_loops(lw, p, batch, out, ind)
    nparts, parts = lw.fresh("nparts"), lw.fresh("parts")
    out.append(f"{cur}int {nparts} = 1;")
    out.append("#ifdef _OPENMP")
    out.append(f"{cur}if ({work} >= DERIVE_PARALLEL_MIN_FLOPS) {nparts} = omp_get_max_threads();")
    out.append("#endif")
    out.append(f"{cur}{T} *{parts} = ({T} *)calloc((size_t){nparts} * (size_t)({Md} * {Nd}), "
               f"sizeof({T}));")
    out.append(f"{cur}if ({parts} == NULL) {fail} = 1;")
    out.append(f"{cur}else {{")
    c2 = cur + "    "
    region = [f"{c2}{{"]
    i1 = c2 + "    "
    mine = lw.fresh("mine")
    region.append(f"{i1}{T} *{mine} = {parts} + (size_t)DERIVE_THREAD * (size_t)({Md} * {Nd});")
    bufs, local, ok = _local_buffers(lw, sides, dims, fail, region, i1)
    region.append("#ifdef _OPENMP")
    region.append("#pragma omp for schedule(static)")
    region.append("#endif")
    c3, closes2 = _outer_loops(lw, p, [p["cut"]], region, i1)
    region.append(f"{c3}if ({ok}) {{")
    for n in local:
        _gather(lw, p, sides[n], region, c3 + "    ")
    _gemm_call(lw, sides, dims, mine, Nd, "1", 1, fail, region, c3 + "    ")
    region.append(f"{c3}}}")
    region.extend(closes2)
    for b in bufs:
        region.append(f"{i1}free({b});")
    region.append(f"{c2}}}")
    _region(lw, out, c2, work, region, f" num_threads({nparts})")
    tt, mm, nn = lw.fresh("part"), lw.fresh("m"), lw.fresh("n")
    out.append(f"{c2}for (int {tt} = 0; {tt} < {nparts}; ++{tt})")
    out.append(f"{c2}    for (int64_t {mm} = 0; {mm} < {Md}; ++{mm})")
    out.append(f"{c2}        for (int64_t {nn} = 0; {nn} < {Nd}; ++{nn})")
    out.append(f"{c2}            {target}[({lw.ip(base)}) + {mm} * {rsc} + {nn} * {csc}] += "
               f"{parts}[((size_t){tt} * (size_t){Md} + (size_t){mm}) * (size_t){Nd} + "
               f"(size_t){nn}];")
    out.append(f"{c2}free({parts});")
    out.append(f"{cur}}}")
    out.extend(closes)


# ----------------------------------------------------------------------------- gathers
def _classify(lw, conds, u):
    """Sort a side's conditions by how the gather along ``u`` applies them: ``per_row``
    (``(symbols, C test)`` pairs not involving ``u``), ``per_elem`` (C tests kept inside the
    row), ``lows`` / ``highs`` (bounds on ``u``) and ``congr`` (a congruence ``(m, a, rest)``
    stepping ``u``, or None)."""
    per_row, per_elem, lows, highs = [], [], [], []
    congr = None
    for c in conds:
        kind = c[0]
        if u not in _cond_syms(c, {u}):
            per_row.append((_all_syms(c), _cond_c(lw, c)))
            continue
        if kind in ("ge", "le"):
            # lhs >= Max(pieces) (lhs <= Min(pieces)) holds iff it holds for every piece
            lhs, L = sp.sympify(c[1]), sp.sympify(c[2])
            joint = sp.Max if kind == "ge" else sp.Min
            pieces = list(L.args) if isinstance(L, joint) else [L]
            side = "lo" if kind == "ge" else "hi"
            ok = True
            lo2, hi2, rows2 = [], [], []
            for piece in pieces:
                in_lhs, in_piece = u in lhs.free_symbols, u in piece.free_symbols
                if not in_lhs and not in_piece:
                    rows2.append(((lhs - piece).free_symbols, _cond_c(lw, (kind, lhs, piece))))
                elif in_lhs and not in_piece:
                    a = sp.expand(lhs).coeff(u)
                    c0 = sp.expand(lhs - a * u)
                    if not a.is_Integer or a == 0 or u in c0.free_symbols or abs(a) != 1:
                        ok = False
                        break
                    b = sp.expand((piece - c0) / a)        # u >= b or u <= b
                    ((lo2 if (kind == "ge") == (a > 0) else hi2)).append(b)
                elif in_piece and not in_lhs:
                    if not lw._leaf_bound(piece, side, lhs, u, lo2, hi2):
                        ok = False
                        break
                else:
                    ok = False
                    break
            if ok:
                lows += lo2
                highs += hi2
                per_row += rows2
            else:
                per_elem.append(_cond_c(lw, c))
        elif kind == "div" and congr is None:
            e = sp.expand(c[1].expr)
            m = sp.sympify(c[1].modulus)
            a = e.coeff(u)
            rest = sp.expand(e - a * u)
            if m.is_Integer and a.is_Integer and a != 0 and u not in rest.free_symbols:
                congr = (int(m), int(a), rest)
            else:
                per_elem.append(_cond_c(lw, c))
        else:
            per_elem.append(_cond_c(lw, c))
    return per_row, per_elem, lows, highs, congr


def _all_syms(c) -> set:
    if c[0] == "div":
        return sp.sympify(c[1].expr).free_symbols | sp.sympify(c[1].modulus).free_symbols
    return set().union(*[sp.sympify(x).free_symbols for x in c[1:]])


def _gather(lw, p, s, out, ind):
    """Fill matrix ``s`` (rows x cols, row-major or transposed): the read times the
    coefficient where the side's conditions hold, zero elsewhere.

    The loops run over the row variables, the innermost matrix index ``u`` is the row; each
    row test and row bound is computed in the loop of the deepest variable it depends on.
    When the buffer was zeroed beforehand (``s["prezero"]``: the conditions do not depend on
    the products' outer variables, so every gather into it leaves zeros at the same places)
    a failing test skips its rows and nothing is written outside the ranges read; otherwise
    each row writes its zeros."""
    T = lw.ctype
    order = (s["cols"] + s["rows"]) if s["trans"] else (s["rows"] + s["cols"])
    box = p["box"]
    if not order:
        return
    prezero = s.get("prezero", False)
    u = order[-1]
    rows = order[:-1]
    ulo, uhi = box[u]
    per_row, per_elem, lows, highs, congr = _classify(lw, s["conds"], u)
    depth = {v: k for k, v in enumerate(rows)}

    def level(syms) -> int:
        return max([depth[x] for x in syms if x in depth], default=-1)

    at: dict[int, list] = {}         # lines placed in the loop of a row variable (-1: before)
    uext = lw.fresh("ext")
    closes = [f"{ind}}}"]
    out.append(f"{ind}{{")
    cur = ind + "    "
    out.append(f"{cur}const int64_t {uext} = {lw.ip(_extent(box[u]))};")
    # the row variables' boxes, computed before the loops
    bounds = {}
    for k, v in enumerate(rows):
        lo, hi = box[v]
        bounds[v] = [_const(lw, out, cur, f"{lw.var(v)}_first", lo),
                     _const(lw, out, cur, f"{lw.var(v)}_last", hi),
                     _const(lw, out, cur, f"{lw.var(v)}_count", _extent(box[v])) if k else None]
    # the row number: the row variables' offsets in their boxes, flattened
    flat, mult = sp.S.Zero, sp.S.One
    for k, v in reversed(list(enumerate(rows))):
        flat += (v - bounds[v][0]) * mult
        if k:
            mult *= bounds[v][2]
    un = lw.var(u)
    lo_e = sp.Max(ulo, *lows, evaluate=False) if lows else ulo
    hi_e = sp.Min(uhi, *highs, evaluate=False) if highs else uhi
    jlo, jhi = lw.fresh(un + "_lo"), lw.fresh(un + "_hi")
    dj = level(sp.sympify(lo_e).free_symbols | sp.sympify(hi_e).free_symbols)
    at.setdefault(dj, []).append(f"const int64_t {jlo} = {lw.ip(lo_e)};")
    at.setdefault(dj, []).append(f"const int64_t {jhi} = {lw.ip(hi_e)};")
    start, step = jlo, "++" + un
    rest_ok = None
    if congr is not None:
        m, a, rest = congr
        g = math.gcd(a, m)
        Mm = m // g
        dr = level(rest.free_symbols)
        if g > 1:
            rest_ok = (rest.free_symbols, f"(derive_imod({lw.ip(rest)}, {g}) == 0)")
        if Mm > 1:
            inv = pow((a // g) % Mm, -1, Mm)
            rest_g = lw.ip(rest) if g == 1 else f"(({lw.ip(rest)}) / {g})"
            r0 = lw.fresh(un + "_r")
            at.setdefault(dr, []).append(
                f"const int64_t {r0} = derive_imod(-({rest_g}) * {inv}, {Mm});")
            start = f"{jlo} + derive_imod({r0} - {jlo}, {Mm})"
            step = f"{un} += {Mm}"
    tests = per_row + ([rest_ok] if rest_ok else [])
    guard = []           # prezero, no row variable: tests around the row's copy
    if prezero:
        for syms, c in tests:
            if not rows:
                guard.append(c)
            else:        # a test of no row variable skips every row of the first loop
                at.setdefault(max(level(syms), 0), []).append(f"if (!{c}) continue;")
    for line in at.get(-1, []):
        out.append(cur + line)
    for k, v in enumerate(rows):
        vn = lw.var(v)
        lo, hi = (lw.ip(x) for x in bounds[v][:2])
        out.append(f"{cur}for (int64_t {vn} = {lo}; {vn} <= {hi}; ++{vn}) {{")
        closes.insert(0, f"{cur}}}")
        cur += "    "
        for line in at.get(k, []):
            out.append(cur + line)
    row = lw.fresh("row")
    out.append(f"{cur}{T} *restrict {row} = {s['buf']} + ({lw.ip(flat)}) * {uext};")
    q = lw.fresh("q")
    zero_all = f"for (int64_t {q} = 0; {q} < {uext}; ++{q}) {row}[{q}] = 0;"
    if not prezero:
        if tests:
            out.append(f"{cur}if (!({' && '.join(c for _, c in tests)})) {{")
            out.append(f"{cur}    {zero_all}")
            out.append(f"{cur}}} else {{")
            closes.insert(0, f"{cur}}}")
            cur += "    "
        if per_elem or congr is not None:
            out.append(f"{cur}{zero_all}")
        else:
            # zeros before and after the range that is read
            za, zb = lw.fresh("z"), lw.fresh("z")
            out.append(f"{cur}const int64_t {za} = derive_imin({jlo} - ({lw.ip(ulo)}), {uext});")
            out.append(f"{cur}const int64_t {zb} = derive_imax({jhi} - ({lw.ip(ulo)}) + 1, {za});")
            out.append(f"{cur}for (int64_t {q} = 0; {q} < {za}; ++{q}) {row}[{q}] = 0;")
            out.append(f"{cur}for (int64_t {q} = {zb}; {q} < {uext}; ++{q}) {row}[{q}] = 0;")
    val = lw.rp(s["coeff"] * s["read"])
    store = f"{row}[{un} - ({lw.ip(ulo)})] = "
    store += f"({' && '.join(per_elem)}) ? {val} : 0;" if per_elem else f"{val};"
    if guard:
        out.append(f"{cur}if ({' && '.join(guard)})")
        cur += "    "
    out.append(f"{cur}for (int64_t {un} = {start}; {un} <= {jhi}; {step})")
    out.append(f"{cur}    {store}")
    out.extend(closes)


def _const(lw, out, ind, base: str, e):
    """``e`` as a named ``const int64_t`` declared in ``out`` (itself when it is a number or a
    variable)."""
    e = sp.sympify(e)
    if e.is_Atom:
        return e
    name = lw.fresh(base)
    out.append(f"{ind}const int64_t {name} = {lw.ip(e)};")
    sym = sp.Symbol(name, integer=True)
    lw.temps[sym] = (name, "int")
    return sym


def _cond_c(lw, c) -> str:
    kind = c[0]
    if kind == "ge":
        return lw.cond(sp.Ge(c[1], c[2], evaluate=False))
    if kind == "le":
        return lw.cond(sp.Le(c[1], c[2], evaluate=False))
    if kind == "div":
        return f"(derive_imod({lw.ip(sp.expand(c[1].expr))}, {lw.ip(c[1].modulus)}) == 0)"
    return lw.cond(c[1])
