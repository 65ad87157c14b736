"""A generic, portable C99 GEMM routine pasted into generated C kernels.

``source(ctype)`` returns C text defining (for ``ctype == "float"``)::

    static int derive_gemm_f32(int64_t M, int64_t N, int64_t K,
                               const float *A, int64_t rsa, int64_t csa,
                               const float *B, int64_t rsb, int64_t csb,
                               float *C, int64_t rsc, int64_t csc, int accumulate);

and ``derive_gemm_f64`` with ``double`` for ``ctype == "double"``.  It computes
``C(i,j) = (accumulate ? C(i,j) : 0) + sum_k A(i,k) B(k,j)`` with ``A(i,k) = A[i*rsa + k*csa]``,
``B(k,j) = B[k*rsb + j*csb]``, ``C(i,j) = C[i*rsc + j*csc]`` (any strides, C must not overlap A
or B).  With ``accumulate == 0`` C is only written, never read.  Returns 0, -1 when a buffer
allocation fails, -2 when a size is negative.  Single-threaded and re-entrant (no static
mutable state): callers run it inside OpenMP parallel regions.

The text needs ``<stdint.h>``, ``<stdlib.h>``, ``<string.h>`` included before it.  Every name it
defines carries the ``_f32`` / ``_f64`` suffix, so the two sources can share one translation
unit.  This is a generic runtime helper: nothing in it depends on an op or on a formula.

Design (BLIS / GotoBLAS style), chosen per call:

* The general path packs A into MR-row slivers (k-major, zero-padded) and, one at a time, B into
  NR-column slivers (k-major, zero-padded), then runs a register-blocked MR x NR micro-kernel
  (MR = 8 rows, NR = two SIMD vectors) whose accumulators live in vector registers.  K is cut
  into balanced blocks of at most KC (the B sliver stays in L1), M into blocks of at most MC
  (the packed A block stays in L2).  A full-width B sliver whose rows are contiguous
  (``csb == 1``) is read in place instead of packed (unless more than 4 A slivers reuse it
  and its row stride is a multiple of 256 bytes, which would crowd a few L1 sets).  Full tiles with unit column stride of C
  are updated in place, edge tiles go through a scratch tile.
* When A's rows and B's columns are both contiguous in k (``csa == 1 && rsb == 1``, e.g. a
  grad-weight ``X Y^T``), packing B would be a transpose; instead a dot-product kernel
  vectorised along k computes 4 x 4 blocks of C with 16 vector accumulators and reduces them
  with a shuffle tree (k in chunks of 8 KB per row, A rows in blocks of 64; edge rows and
  columns use single dot products with four independent chains).
* C stored column-major (``rsc == 1``), or a single column, is handled by computing
  ``C^T = B^T A^T``.
* Very short k (K <= 4, outer products) with contiguous rows of B and C: plain row updates
  (vectorised by the compiler), no packing.
* Small calls use a stack buffer (no malloc).

SIMD: GNU vector extensions, width picked from ``__AVX512F__`` / ``__AVX__`` (64 / 32 bytes,
16 bytes otherwise); fused multiply-add through ``<immintrin.h>`` when ``__AVX512F__`` /
``__FMA__`` is defined (``-std=c99`` turns off FP contraction).  Without ``__GNUC__`` (or with
``-DDERIVE_GEMM_NO_SIMD``) the same code runs on scalars; the dot-product reduction uses
``__builtin_shufflevector`` (GCC >= 12, clang) unless ``-DDERIVE_GEMM_NO_SHUFFLE``, else a
lane loop.
"""
from __future__ import annotations

__all__ = ["source", "MR", "KC", "MC"]

MR = 8          # rows of the micro-kernel (broadcast operand)
KC = 384        # max depth of one packed block (elements of k)
MC = 192        # max rows of one packed A block
DOT_R, DOT_C = 4, 4  # block of the dot-product path: rows of A x columns of B (16 accumulators;
#                      measured on Zen 5: 4 x 4 beats 2 x 8 and 8 x 2; the product must be 16)
_DOT_MINK = 4   # dot-product path when K >= _DOT_MINK * VL
_SMALL_K = 4    # K <= _SMALL_K with contiguous rows of B and C: plain row updates
_DOT_KB = 8192  # bytes of one row of A / column of B per k chunk of the dot-product path
_DOT_MB = 64    # rows of A per block of the dot-product path
_STACK_BYTES = 16384

_TYPES = {"float": ("f32", "ps", 4), "double": ("f64", "pd", 8)}


def _shuffle_reduce(vl: int, names: list[str], out: str, S: str) -> list[str]:
    """C lines reducing ``vl`` vectors (``names``) into one vector of their lane sums, stored to
    ``out[0..vl-1]`` in order, with a __builtin_shufflevector tree."""
    lines = []
    cur = list(names)
    s = vl          # lanes per accumulator in the current vectors
    lvl = 0
    tmp = 0
    while s > 1:
        m = vl // s     # accumulators per vector
        h = s // 2
        lo = [t * s + u for t in range(m) for u in range(h)]
        hi = [x + h for x in lo]
        nxt = []
        for p in range(0, len(cur), 2):
            x, y = cur[p], cur[p + 1]
            il = ", ".join(str(i) for i in lo + [i + vl for i in lo])
            ih = ", ".join(str(i) for i in hi + [i + vl for i in hi])
            nm = f"r{lvl}_{tmp}"
            tmp += 1
            lines.append(f"dg_v_{S} {nm} = __builtin_shufflevector({x}, {y}, {il})"
                         f" + __builtin_shufflevector({x}, {y}, {ih});")
            nxt.append(nm)
        cur = nxt
        s = h
        lvl += 1
    assert len(cur) == 1
    lines.append(f"DG_STORE_{S}({out}, {cur[0]});")
    return lines


def _dot_reduce(S: str, nacc: int) -> str:
    """Reduction of the ``nacc`` dot accumulators ``d0..`` into ``out[0..nacc-1]`` for each
    vector width (preprocessor branches)."""
    parts = []
    for vl in (16, 8, 4, 2):
        body = []
        for g in range(0, nacc, vl):
            names = [f"d{g + r}" for r in range(vl)]
            body.append("{")
            body += ["    " + ln for ln in _shuffle_reduce(vl, names, f"out + {g}", S)]
            body.append("}")
        parts.append((vl, body))
    txt = ["#if DG_VL_" + S + " == 1"]
    txt += [f"out[{r}] = d{r};" for r in range(nacc)]
    txt.append(f"#elif defined(DG_HAVE_SHUF_{S})")
    first = True
    for vl, body in parts:
        txt.append(f"#  {'if' if first else 'elif'} DG_VL_{S} == {vl}")
        first = False
        txt += body
    txt.append("#  else")
    txt.append("#    error \"unsupported vector width\"")
    txt.append("#  endif")
    txt.append("#else")
    for r in range(nacc):
        txt.append(f"{{ int l; T_ s = 0; for (l = 0; l < DG_VL_{S}; l++) s += d{r}[l]; "
                   f"out[{r}] = s; }}")
    txt.append("#endif")
    return "\n".join("    " + ln if not ln.startswith("#") else ln for ln in txt)


def _ukernel(S: str) -> str:
    """The MR x NR register-blocked micro-kernel: C tile (row stride rsc, unit column stride)
    = or += packed A sliver (kc x MR) times a B sliver (kc x NR, row stride ldb: packed, or
    read in place when B's rows are contiguous)."""
    decl = ", ".join(f"c{r}_0 = DG_ZERO_{S}, c{r}_1 = DG_ZERO_{S}" for r in range(MR))
    body = []
    for r in range(MR):
        body.append(f"a = DG_BCAST_{S}(ap[{r}]); c{r}_0 = DG_FMA_{S}(a, b0, c{r}_0); "
                    f"c{r}_1 = DG_FMA_{S}(a, b1, c{r}_1);")
    store = []
    add = []
    for r in range(MR):
        store.append(f"DG_STORE_{S}(c + {r} * rsc, c{r}_0); "
                     f"DG_STORE_{S}(c + {r} * rsc + DG_VL_{S}, c{r}_1);")
        add.append(f"DG_STORE_{S}(c + {r} * rsc, DG_LOAD_{S}(c + {r} * rsc) + c{r}_0); "
                   f"DG_STORE_{S}(c + {r} * rsc + DG_VL_{S}, "
                   f"DG_LOAD_{S}(c + {r} * rsc + DG_VL_{S}) + c{r}_1);")
    ind = "\n        "
    ind2 = "\n            "
    return f"""
DG_NOINLINE_{S} static void dg_ukr_{S}(int64_t kc, const T_ *restrict ap,
                                        const T_ *restrict bp, int64_t ldb,
                                        T_ *restrict c, int64_t rsc, int store)
{{
    dg_v_{S} {decl};
    int64_t k;
    for (k = 0; k < kc; k++) {{
        const dg_v_{S} b0 = DG_LOAD_{S}(bp), b1 = DG_LOAD_{S}(bp + DG_VL_{S});
        dg_v_{S} a;
        {ind.join(body)}
        ap += DG_MR_{S};
        bp += ldb;
    }}
    if (store) {{
            {ind2.join(store)}
    }} else {{
            {ind2.join(add)}
    }}
}}
"""


def _dot_kernel(S: str) -> str:
    """DR x DC block of dot products along contiguous k: rows a + i*rsa, columns b + j*csb."""
    R, Cn = DOT_R, DOT_C
    decl = ", ".join(f"d{r} = DG_ZERO_{S}" for r in range(R * Cn))
    loads = ["dg_v_{S} x{i} = DG_LOAD_{S}(a + {i} * rsa + k);".format(S=S, i=i)
             for i in range(R)]
    loads += ["dg_v_{S} y{j} = DG_LOAD_{S}(b + {j} * csb + k);".format(S=S, j=j)
              for j in range(Cn)]
    loads += [f"DG_REG_{S}(x{i});" for i in range(R)] + [f"DG_REG_{S}(y{j});" for j in range(Cn)]
    fmas = [f"d{i * Cn + j} = DG_FMA_{S}(x{i}, y{j}, d{i * Cn + j});"
            for i in range(R) for j in range(Cn)]
    tail = [f"out[{i * Cn + j}] += a[{i} * rsa + k] * b[{j} * csb + k];"
            for i in range(R) for j in range(Cn)]
    ind = "\n        "
    return f"""
DG_NOINLINE_{S} static void dg_dotblk_{S}(int64_t K, const T_ *restrict a, int64_t rsa,
                          const T_ *restrict b, int64_t csb, T_ *restrict out)
{{
    const int64_t Kv = K - K % DG_VL_{S};
    dg_v_{S} {decl};
    int64_t k;
    for (k = 0; k < Kv; k += DG_VL_{S}) {{
        {ind.join(loads)}
        {ind.join(fmas)}
    }}
{_dot_reduce(S, DOT_R * DOT_C)}
    for (k = Kv; k < K; k++) {{
        {ind.join(tail)}
    }}
}}

static T_ dg_dot11_{S}(int64_t K, const T_ *restrict a, const T_ *restrict b)
{{
    const int64_t Kv = K - K % DG_VL_{S}, K4 = K - K % (4 * DG_VL_{S});
    dg_v_{S} d0 = DG_ZERO_{S}, d1 = DG_ZERO_{S}, d2 = DG_ZERO_{S}, d3 = DG_ZERO_{S};
    T_ out[1];
    int64_t k;
    for (k = 0; k < K4; k += 4 * DG_VL_{S}) {{   /* four independent chains */
        d0 = DG_FMA_{S}(DG_LOAD_{S}(a + k), DG_LOAD_{S}(b + k), d0);
        d1 = DG_FMA_{S}(DG_LOAD_{S}(a + k + DG_VL_{S}), DG_LOAD_{S}(b + k + DG_VL_{S}), d1);
        d2 = DG_FMA_{S}(DG_LOAD_{S}(a + k + 2 * DG_VL_{S}), DG_LOAD_{S}(b + k + 2 * DG_VL_{S}),
                        d2);
        d3 = DG_FMA_{S}(DG_LOAD_{S}(a + k + 3 * DG_VL_{S}), DG_LOAD_{S}(b + k + 3 * DG_VL_{S}),
                        d3);
    }}
    for (; k < Kv; k += DG_VL_{S})
        d0 = DG_FMA_{S}(DG_LOAD_{S}(a + k), DG_LOAD_{S}(b + k), d0);
    d0 = (d0 + d1) + (d2 + d3);
#if DG_VL_{S} == 1
    out[0] = d0;
#else
    {{ int l; T_ s = 0; for (l = 0; l < DG_VL_{S}; l++) s += d0[l]; out[0] = s; }}
#endif
    for (k = Kv; k < K; k++)
        out[0] += a[k] * b[k];
    return out[0];
}}
"""


_PRELUDE = r"""
/* ---- derive_gemm_@S@: generic GEMM runtime helper (derive/codegen/c_gemm.py) ---- */
#if defined(DERIVE_GEMM_NO_SIMD)
   /* plain scalar code (tests use this to check the fallback) */
#elif defined(__GNUC__) && defined(__AVX512F__)
#  include <immintrin.h>
#  define DG_VB_@S@ 64
#  define DG_FMA_@S@(a, b, c) ((dg_v_@S@)_mm512_fmadd_@P@((a), (b), (c)))
#elif defined(__GNUC__) && defined(__AVX__)
#  define DG_VB_@S@ 32
#  if defined(__FMA__)
#    include <immintrin.h>
#    define DG_FMA_@S@(a, b, c) ((dg_v_@S@)_mm256_fmadd_@P@((a), (b), (c)))
#  endif
#elif defined(__GNUC__)
#  define DG_VB_@S@ 16
#endif
#if defined(DG_VB_@S@)
typedef @T@ dg_v_@S@ __attribute__((vector_size(DG_VB_@S@)));
typedef @T@ dg_vu_@S@ __attribute__((vector_size(DG_VB_@S@), aligned(sizeof(@T@)), __may_alias__));
#  define DG_VL_@S@ (DG_VB_@S@ / @SIZE@)
#  define DG_LOAD_@S@(p) (*(const dg_vu_@S@ *)(p))
#  define DG_STORE_@S@(p, v) (*(dg_vu_@S@ *)(p) = (v))
#  define DG_BCAST_@S@(x) ((@T@)(x) - (dg_v_@S@){0})  /* x - (+0) == x, also for -0 */
#  define DG_ZERO_@S@ ((dg_v_@S@){0})
#  if !defined(DG_FMA_@S@)
#    define DG_FMA_@S@(a, b, c) ((a) * (b) + (c))
#  endif
#  if (defined(__clang__) || __GNUC__ >= 12) && !defined(DERIVE_GEMM_NO_SHUFFLE)
#    define DG_HAVE_SHUF_@S@ 1
#  endif
#  define DG_ALIGNED_@S@ __attribute__((aligned(64)))
#  if defined(__AVX512F__)
     /* keep a loaded vector in a register (stops the compiler re-loading it per use) */
#    define DG_REG_@S@(v) __asm__("" : "+v"(v))
#  elif defined(__x86_64__) || defined(__i386__)
#    define DG_REG_@S@(v) __asm__("" : "+x"(v))
#  else
#    define DG_REG_@S@(v) ((void)0)
#  endif
#else
#  define DG_REG_@S@(v) ((void)0)
typedef @T@ dg_v_@S@;
#  define DG_VL_@S@ 1
#  define DG_LOAD_@S@(p) (*(p))
#  define DG_STORE_@S@(p, v) (*(p) = (v))
#  define DG_BCAST_@S@(x) ((@T@)(x))
#  define DG_ZERO_@S@ ((@T@)0)
#  define DG_FMA_@S@(a, b, c) ((a) * (b) + (c))
#  define DG_ALIGNED_@S@
#endif
#if defined(__GNUC__)
#  define DG_MAYBE_UNUSED_@S@ __attribute__((unused))
   /* kernels keep their own register allocation (inlined into the block loops, GCC spills) */
#  define DG_NOINLINE_@S@ __attribute__((noinline))
#else
#  define DG_MAYBE_UNUSED_@S@
#  define DG_NOINLINE_@S@
#endif
#define DG_MR_@S@ @MR@
#define DG_NR_@S@ (2 * DG_VL_@S@)
#define T_ @T@
"""

_DRIVER = r"""
/* pack rows [0, mr) of an MR-row sliver of A (kc columns) k-major, zero rows mr..MR-1 */
static void dg_packA_@S@(int64_t mr, int64_t kc, const T_ *a, int64_t rsa, int64_t csa,
                          T_ *restrict ap)
{
    int64_t k, r;
    if (mr == DG_MR_@S@ && rsa == 1) {
        for (k = 0; k < kc; k++)
            for (r = 0; r < DG_MR_@S@; r++)
                ap[k * DG_MR_@S@ + r] = a[k * csa + r];
        return;
    }
    for (r = 0; r < mr; r++) {
        const T_ *row = a + r * rsa;
        for (k = 0; k < kc; k++)
            ap[k * DG_MR_@S@ + r] = row[k * csa];
    }
    for (r = mr; r < DG_MR_@S@; r++)
        for (k = 0; k < kc; k++)
            ap[k * DG_MR_@S@ + r] = 0;
}

/* pack columns [0, nr) of an NR-column sliver of B (kc rows) k-major, zero columns nr..NR-1 */
static void dg_packB_@S@(int64_t kc, int64_t nr, const T_ *b, int64_t rsb, int64_t csb,
                          T_ *restrict bp)
{
    int64_t k, j;
    if (csb == 1) {
        if (nr == DG_NR_@S@) {
            for (k = 0; k < kc; k++)
                memcpy(bp + k * DG_NR_@S@, b + k * rsb, sizeof(T_) * DG_NR_@S@);
        } else {
            for (k = 0; k < kc; k++) {
                memcpy(bp + k * DG_NR_@S@, b + k * rsb, sizeof(T_) * (size_t)nr);
                for (j = nr; j < DG_NR_@S@; j++)
                    bp[k * DG_NR_@S@ + j] = 0;
            }
        }
        return;
    }
    for (k = 0; k < kc; k++) {
        const T_ *row = b + k * rsb;
        for (j = 0; j < nr; j++)
            bp[k * DG_NR_@S@ + j] = row[j * csb];
        for (j = nr; j < DG_NR_@S@; j++)
            bp[k * DG_NR_@S@ + j] = 0;
    }
}

/* C(mr x nr) = or += tile (row stride NR) */
static void dg_tile_out_@S@(int64_t mr, int64_t nr, const T_ *restrict t, T_ *c, int64_t rsc,
                             int64_t csc, int store)
{
    int64_t i, j;
    for (i = 0; i < mr; i++) {
        T_ *ci = c + i * rsc;
        const T_ *ti = t + i * DG_NR_@S@;
        if (csc == 1) {
            if (store)
                for (j = 0; j < nr; j++)
                    ci[j] = ti[j];
            else
                for (j = 0; j < nr; j++)
                    ci[j] += ti[j];
        } else if (store)
            for (j = 0; j < nr; j++)
                ci[j * csc] = ti[j];
        else
            for (j = 0; j < nr; j++)
                ci[j * csc] += ti[j];
    }
}

static int dg_blis_@S@(int64_t M, int64_t N, int64_t K, const T_ *A, int64_t rsa, int64_t csa,
                       const T_ *B, int64_t rsb, int64_t csb, T_ *C, int64_t rsc, int64_t csc,
                       int accumulate)
{
    const int64_t MR = DG_MR_@S@, NR = DG_NR_@S@;
    const int64_t nkb = (K + @KC@ - 1) / @KC@, kcb = (K + nkb - 1) / nkb;
    const int64_t nmb = (M + @MC@ - 1) / @MC@;
    const int64_t mcb = ((M + nmb - 1) / nmb + MR - 1) / MR * MR;
    const size_t need = (size_t)(mcb * kcb + kcb * NR + MR * NR);
    T_ stackbuf[@STACKN@] DG_ALIGNED_@S@;
    T_ *buf = stackbuf;
    void *heap = NULL;
    T_ *Ap, *Bp, *tile;
    int64_t pc, ic, jc, ir;
    if (need > (size_t)@STACKN@) {
        heap = malloc(need * sizeof(T_) + 64);
        if (!heap)
            return -1;
        buf = (T_ *)(void *)((char *)heap + ((64 - (uintptr_t)heap % 64) % 64));
    }
    tile = buf;                 /* MR * NR, aligned */
    Bp = tile + MR * NR;        /* kcb * NR */
    Ap = Bp + kcb * NR;         /* mcb * kcb */
    for (pc = 0; pc < K; pc += kcb) {
        const int64_t kc = K - pc < kcb ? K - pc : kcb;
        const int store = pc == 0 && !accumulate;
        for (ic = 0; ic < M; ic += mcb) {
            const int64_t mc = M - ic < mcb ? M - ic : mcb;
            for (ir = 0; ir < mc; ir += MR)
                dg_packA_@S@(mc - ir < MR ? mc - ir : MR, kc, A + (ic + ir) * rsa + pc * csa,
                             rsa, csa, Ap + ir * kc);
            for (jc = 0; jc < N; jc += NR) {
                const int64_t nr = N - jc < NR ? N - jc : NR;
                const T_ *bs = Bp;
                int64_t ldb = NR;
                /* a full sliver of contiguous rows is read in place, unless it is reused by
                   many A slivers and its row stride would crowd a few L1 sets */
                if (csb == 1 && nr == NR
                    && (mc <= 4 * MR || (rsb * (int64_t)sizeof(T_)) % 256 != 0)) {
                    bs = B + pc * rsb + jc;
                    ldb = rsb;
                } else {
                    dg_packB_@S@(kc, nr, B + pc * rsb + jc * csb, rsb, csb, Bp);
                }
                for (ir = 0; ir < mc; ir += MR) {
                    const int64_t mr = mc - ir < MR ? mc - ir : MR;
                    T_ *c = C + (ic + ir) * rsc + jc * csc;
                    if (mr == MR && nr == NR && csc == 1) {
                        dg_ukr_@S@(kc, Ap + ir * kc, bs, ldb, c, rsc, store);
                    } else {
                        dg_ukr_@S@(kc, Ap + ir * kc, bs, ldb, tile, NR, 1);
                        dg_tile_out_@S@(mr, nr, tile, c, rsc, csc, store);
                    }
                }
            }
        }
    }
    free(heap);
    return 0;
}

/* A(i,k) = A[i*rsa + k], B(k,j) = B[k + j*csb]: dot products along contiguous k.  Blocked:
   k in chunks of @DOTKB@ bytes per row (4 columns of B stay in L1), rows of A in blocks of
   @DOTMB@ (that block of A stays in L2); partial sums of later k chunks are added to C. */
static int dg_dot_@S@(int64_t M, int64_t N, int64_t K, const T_ *A, int64_t rsa,
                      const T_ *B, int64_t csb, T_ *C, int64_t rsc, int64_t csc, int accumulate)
{
    const int64_t KB = @DOTKB@ / (int64_t)sizeof(T_), MB = @DOTMB@;
    const int64_t nkb = (K + KB - 1) / KB;
    const int64_t kcb = ((K + nkb - 1) / nkb + DG_VL_@S@ - 1) / DG_VL_@S@ * DG_VL_@S@;
    int64_t k0, ib, i0, j0, i, j;
    T_ out[@DR@ * @DC@];
    for (k0 = 0; k0 < K; k0 += kcb) {
        const int64_t kc = K - k0 < kcb ? K - k0 : kcb;
        const int add = accumulate || k0 > 0;
        for (ib = 0; ib < M; ib += MB) {
            const int64_t mb = M - ib < MB ? M - ib : MB;
            for (j0 = 0; j0 < N; j0 += @DC@) {
                const int64_t nj = N - j0 < @DC@ ? N - j0 : @DC@;
                const T_ *b = B + j0 * csb + k0;
                for (i0 = ib; i0 < ib + mb; i0 += @DR@) {
                    const int64_t ni = ib + mb - i0 < @DR@ ? ib + mb - i0 : @DR@;
                    const T_ *a = A + i0 * rsa + k0;
                    if (ni == @DR@ && nj == @DC@) {
                        dg_dotblk_@S@(kc, a, rsa, b, csb, out);
                    } else {
                        for (i = 0; i < ni; i++)
                            for (j = 0; j < nj; j++)
                                out[i * @DC@ + j] = dg_dot11_@S@(kc, a + i * rsa, b + j * csb);
                    }
                    for (i = 0; i < ni; i++) {
                        T_ *ci = C + (i0 + i) * rsc + j0 * csc;
                        if (add)
                            for (j = 0; j < nj; j++)
                                ci[j * csc] += out[i * @DC@ + j];
                        else
                            for (j = 0; j < nj; j++)
                                ci[j * csc] = out[i * @DC@ + j];
                    }
                }
            }
        }
    }
    return 0;
}

/* very short k (outer products): C rows updated in place, contiguous rows of B and C */
static int dg_small_@S@(int64_t M, int64_t N, int64_t K, const T_ *A, int64_t rsa, int64_t csa,
                        const T_ *B, int64_t rsb, T_ *C, int64_t rsc, int accumulate)
{
    int64_t i, j, k;
    for (i = 0; i < M; i++) {
        T_ *restrict ci = C + i * rsc;
        const T_ *ai = A + i * rsa;
        k = 0;
        if (!accumulate) {
            const T_ a0 = ai[0];
            const T_ *restrict b0 = B;
            for (j = 0; j < N; j++)
                ci[j] = a0 * b0[j];
            k = 1;
        }
        for (; k < K; k++) {
            const T_ ak = ai[k * csa];
            const T_ *restrict bk = B + k * rsb;
            for (j = 0; j < N; j++)
                ci[j] += ak * bk[j];
        }
    }
    return 0;
}

DG_MAYBE_UNUSED_@S@
static int derive_gemm_@S@(int64_t M, int64_t N, int64_t K,
                           const T_ *A, int64_t rsa, int64_t csa,
                           const T_ *B, int64_t rsb, int64_t csb,
                           T_ *C, int64_t rsc, int64_t csc, int accumulate)
{
    if (M < 0 || N < 0 || K < 0)
        return -2;
    if (M == 0 || N == 0)
        return 0;
    if (K == 0) {
        if (!accumulate) {
            int64_t i, j;
            for (i = 0; i < M; i++)
                for (j = 0; j < N; j++)
                    C[i * rsc + j * csc] = 0;
        }
        return 0;
    }
    if (M > 1 && ((rsc == 1 && csc != 1) || N == 1)) {
        /* C^T = B^T A^T: puts the unit stride of C (or the long side of a single column)
           along the vector direction */
        const T_ *t = A;
        int64_t s;
        A = B; B = t;
        s = M; M = N; N = s;
        s = rsa; rsa = csb; csb = s;
        s = csa; csa = rsb; rsb = s;
        s = rsc; rsc = csc; csc = s;
    }
    if (K <= @SMALLK@ && csb == 1 && csc == 1)
        return dg_small_@S@(M, N, K, A, rsa, csa, B, rsb, C, rsc, accumulate);
    if (csa == 1 && rsb == 1 && K >= @DOTMINK@ * DG_VL_@S@ && DG_VL_@S@ > 1)
        return dg_dot_@S@(M, N, K, A, rsa, B, csb, C, rsc, csc, accumulate);
    return dg_blis_@S@(M, N, K, A, rsa, csa, B, rsb, csb, C, rsc, csc, accumulate);
}
#undef T_
"""


def source(ctype: str) -> str:
    """C text defining ``derive_gemm_f32`` (``ctype="float"``) or ``derive_gemm_f64``
    (``ctype="double"``); see the module docstring for the contract."""
    if ctype not in _TYPES:
        raise ValueError(f"c_gemm.source: ctype must be 'float' or 'double', got {ctype!r}")
    assert DOT_R * DOT_C == 16, "the dot-product reduction handles 16 accumulators"
    S, P, size = _TYPES[ctype]
    text = _PRELUDE + _ukernel(S) + _dot_kernel(S) + _DRIVER
    subs = {"@S@": S, "@T@": ctype, "@P@": P, "@MR@": str(MR), "@KC@": str(KC),
            "@MC@": str(MC), "@DOTMINK@": str(_DOT_MINK), "@DR@": str(DOT_R),
            "@DC@": str(DOT_C), "@SMALLK@": str(_SMALL_K), "@DOTKB@": str(_DOT_KB),
            "@DOTMB@": str(_DOT_MB),
            "@STACKN@": str(_STACK_BYTES // size), "@SIZE@": str(size)}
    for k, v in subs.items():
        text = text.replace(k, v)
    return text
