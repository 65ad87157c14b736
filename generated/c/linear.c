/* linear: forward and backward kernels (C99)
 *
 * fully connected layer, as torch.nn.functional.linear
 * Configuration: bias=True
 *
 * Forward:
 *   y[n, o] = b[o] + Sum(w[o, i]*x[n, i], (i, 0, I - 1))
 *
 * Gradient of x:
 *   x[n, i] = Sum(grad_y[n, o]*w[o, i], (o, 0, O - 1))
 *
 * Gradient of w:
 *   w[o, i] = Sum(grad_y[n, o]*x[n, i], (n, 0, N - 1))
 *
 * Gradient of b:
 *   b[o] = Sum(grad_y[n, o], (n, 0, N - 1))
 *
 * Sizes given at run time: N, I, O.
 * Every array is contiguous, row-major (x[batch, feature], w[out feature, feature], b[out feature], y[batch, out feature]).
 * Entry points return 0 on success and an error code otherwise;
 * derive_linear_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "linear.h"

/* Integer division rounding toward -infinity and toward +infinity, and the
   non-negative remainder: C's / and % truncate toward zero, index arithmetic
   needs floor semantics for negative operands. */
static inline int64_t derive_fdiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static inline int64_t derive_cdiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) == (b < 0))) ? q + 1 : q;
}

static inline int64_t derive_imod(int64_t a, int64_t b)
{
    int64_t r = a % b;
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
}

static inline int64_t derive_imax(int64_t a, int64_t b) { return a > b ? a : b; }
static inline int64_t derive_imin(int64_t a, int64_t b) { return a < b ? a : b; }

/* Contractions: gathered matrices multiplied by a generic packed GEMM. */
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#define DERIVE_THREAD omp_get_thread_num()
#else
#define DERIVE_THREAD 0
#endif
#ifndef DERIVE_GEMM_MIN_FLOPS
#define DERIVE_GEMM_MIN_FLOPS 32768   /* smaller products: plain loops */
#endif
#ifndef DERIVE_PARALLEL_MIN_FLOPS
#define DERIVE_PARALLEL_MIN_FLOPS 65536   /* smaller products: one thread */
#endif

/* ---- derive_gemm_f64: generic GEMM runtime helper (derive/codegen/c_gemm.py) ---- */
#if defined(DERIVE_GEMM_NO_SIMD)
   /* plain scalar code (tests use this to check the fallback) */
#elif defined(__GNUC__) && defined(__AVX512F__)
#  include <immintrin.h>
#  define DG_VB_f64 64
#  define DG_FMA_f64(a, b, c) ((dg_v_f64)_mm512_fmadd_pd((a), (b), (c)))
#elif defined(__GNUC__) && defined(__AVX__)
#  define DG_VB_f64 32
#  if defined(__FMA__)
#    include <immintrin.h>
#    define DG_FMA_f64(a, b, c) ((dg_v_f64)_mm256_fmadd_pd((a), (b), (c)))
#  endif
#elif defined(__GNUC__)
#  define DG_VB_f64 16
#endif
#if defined(DG_VB_f64)
typedef double dg_v_f64 __attribute__((vector_size(DG_VB_f64)));
typedef double dg_vu_f64 __attribute__((vector_size(DG_VB_f64), aligned(sizeof(double)), __may_alias__));
#  define DG_VL_f64 (DG_VB_f64 / 8)
#  define DG_LOAD_f64(p) (*(const dg_vu_f64 *)(p))
#  define DG_STORE_f64(p, v) (*(dg_vu_f64 *)(p) = (v))
#  define DG_BCAST_f64(x) ((double)(x) - (dg_v_f64){0})  /* x - (+0) == x, also for -0 */
#  define DG_ZERO_f64 ((dg_v_f64){0})
#  if !defined(DG_FMA_f64)
#    define DG_FMA_f64(a, b, c) ((a) * (b) + (c))
#  endif
#  if (defined(__clang__) || __GNUC__ >= 12) && !defined(DERIVE_GEMM_NO_SHUFFLE)
#    define DG_HAVE_SHUF_f64 1
#  endif
#  define DG_ALIGNED_f64 __attribute__((aligned(64)))
#  if defined(__AVX512F__)
     /* keep a loaded vector in a register (stops the compiler re-loading it per use) */
#    define DG_REG_f64(v) __asm__("" : "+v"(v))
#  elif defined(__x86_64__) || defined(__i386__)
#    define DG_REG_f64(v) __asm__("" : "+x"(v))
#  else
#    define DG_REG_f64(v) ((void)0)
#  endif
#else
#  define DG_REG_f64(v) ((void)0)
typedef double dg_v_f64;
#  define DG_VL_f64 1
#  define DG_LOAD_f64(p) (*(p))
#  define DG_STORE_f64(p, v) (*(p) = (v))
#  define DG_BCAST_f64(x) ((double)(x))
#  define DG_ZERO_f64 ((double)0)
#  define DG_FMA_f64(a, b, c) ((a) * (b) + (c))
#  define DG_ALIGNED_f64
#endif
#if defined(__GNUC__)
#  define DG_MAYBE_UNUSED_f64 __attribute__((unused))
   /* kernels keep their own register allocation (inlined into the block loops, GCC spills) */
#  define DG_NOINLINE_f64 __attribute__((noinline))
#else
#  define DG_MAYBE_UNUSED_f64
#  define DG_NOINLINE_f64
#endif
#define DG_MR_f64 8
#define DG_NR_f64 (2 * DG_VL_f64)
#define T_ double

DG_NOINLINE_f64 static void dg_ukr_f64(int64_t kc, const T_ *restrict ap,
                                        const T_ *restrict bp, int64_t ldb,
                                        T_ *restrict c, int64_t rsc, int store)
{
    dg_v_f64 c0_0 = DG_ZERO_f64, c0_1 = DG_ZERO_f64, c1_0 = DG_ZERO_f64, c1_1 = DG_ZERO_f64, c2_0 = DG_ZERO_f64, c2_1 = DG_ZERO_f64, c3_0 = DG_ZERO_f64, c3_1 = DG_ZERO_f64, c4_0 = DG_ZERO_f64, c4_1 = DG_ZERO_f64, c5_0 = DG_ZERO_f64, c5_1 = DG_ZERO_f64, c6_0 = DG_ZERO_f64, c6_1 = DG_ZERO_f64, c7_0 = DG_ZERO_f64, c7_1 = DG_ZERO_f64;
    int64_t k;
    for (k = 0; k < kc; k++) {
        const dg_v_f64 b0 = DG_LOAD_f64(bp), b1 = DG_LOAD_f64(bp + DG_VL_f64);
        dg_v_f64 a;
        a = DG_BCAST_f64(ap[0]); c0_0 = DG_FMA_f64(a, b0, c0_0); c0_1 = DG_FMA_f64(a, b1, c0_1);
        a = DG_BCAST_f64(ap[1]); c1_0 = DG_FMA_f64(a, b0, c1_0); c1_1 = DG_FMA_f64(a, b1, c1_1);
        a = DG_BCAST_f64(ap[2]); c2_0 = DG_FMA_f64(a, b0, c2_0); c2_1 = DG_FMA_f64(a, b1, c2_1);
        a = DG_BCAST_f64(ap[3]); c3_0 = DG_FMA_f64(a, b0, c3_0); c3_1 = DG_FMA_f64(a, b1, c3_1);
        a = DG_BCAST_f64(ap[4]); c4_0 = DG_FMA_f64(a, b0, c4_0); c4_1 = DG_FMA_f64(a, b1, c4_1);
        a = DG_BCAST_f64(ap[5]); c5_0 = DG_FMA_f64(a, b0, c5_0); c5_1 = DG_FMA_f64(a, b1, c5_1);
        a = DG_BCAST_f64(ap[6]); c6_0 = DG_FMA_f64(a, b0, c6_0); c6_1 = DG_FMA_f64(a, b1, c6_1);
        a = DG_BCAST_f64(ap[7]); c7_0 = DG_FMA_f64(a, b0, c7_0); c7_1 = DG_FMA_f64(a, b1, c7_1);
        ap += DG_MR_f64;
        bp += ldb;
    }
    if (store) {
            DG_STORE_f64(c + 0 * rsc, c0_0); DG_STORE_f64(c + 0 * rsc + DG_VL_f64, c0_1);
            DG_STORE_f64(c + 1 * rsc, c1_0); DG_STORE_f64(c + 1 * rsc + DG_VL_f64, c1_1);
            DG_STORE_f64(c + 2 * rsc, c2_0); DG_STORE_f64(c + 2 * rsc + DG_VL_f64, c2_1);
            DG_STORE_f64(c + 3 * rsc, c3_0); DG_STORE_f64(c + 3 * rsc + DG_VL_f64, c3_1);
            DG_STORE_f64(c + 4 * rsc, c4_0); DG_STORE_f64(c + 4 * rsc + DG_VL_f64, c4_1);
            DG_STORE_f64(c + 5 * rsc, c5_0); DG_STORE_f64(c + 5 * rsc + DG_VL_f64, c5_1);
            DG_STORE_f64(c + 6 * rsc, c6_0); DG_STORE_f64(c + 6 * rsc + DG_VL_f64, c6_1);
            DG_STORE_f64(c + 7 * rsc, c7_0); DG_STORE_f64(c + 7 * rsc + DG_VL_f64, c7_1);
    } else {
            DG_STORE_f64(c + 0 * rsc, DG_LOAD_f64(c + 0 * rsc) + c0_0); DG_STORE_f64(c + 0 * rsc + DG_VL_f64, DG_LOAD_f64(c + 0 * rsc + DG_VL_f64) + c0_1);
            DG_STORE_f64(c + 1 * rsc, DG_LOAD_f64(c + 1 * rsc) + c1_0); DG_STORE_f64(c + 1 * rsc + DG_VL_f64, DG_LOAD_f64(c + 1 * rsc + DG_VL_f64) + c1_1);
            DG_STORE_f64(c + 2 * rsc, DG_LOAD_f64(c + 2 * rsc) + c2_0); DG_STORE_f64(c + 2 * rsc + DG_VL_f64, DG_LOAD_f64(c + 2 * rsc + DG_VL_f64) + c2_1);
            DG_STORE_f64(c + 3 * rsc, DG_LOAD_f64(c + 3 * rsc) + c3_0); DG_STORE_f64(c + 3 * rsc + DG_VL_f64, DG_LOAD_f64(c + 3 * rsc + DG_VL_f64) + c3_1);
            DG_STORE_f64(c + 4 * rsc, DG_LOAD_f64(c + 4 * rsc) + c4_0); DG_STORE_f64(c + 4 * rsc + DG_VL_f64, DG_LOAD_f64(c + 4 * rsc + DG_VL_f64) + c4_1);
            DG_STORE_f64(c + 5 * rsc, DG_LOAD_f64(c + 5 * rsc) + c5_0); DG_STORE_f64(c + 5 * rsc + DG_VL_f64, DG_LOAD_f64(c + 5 * rsc + DG_VL_f64) + c5_1);
            DG_STORE_f64(c + 6 * rsc, DG_LOAD_f64(c + 6 * rsc) + c6_0); DG_STORE_f64(c + 6 * rsc + DG_VL_f64, DG_LOAD_f64(c + 6 * rsc + DG_VL_f64) + c6_1);
            DG_STORE_f64(c + 7 * rsc, DG_LOAD_f64(c + 7 * rsc) + c7_0); DG_STORE_f64(c + 7 * rsc + DG_VL_f64, DG_LOAD_f64(c + 7 * rsc + DG_VL_f64) + c7_1);
    }
}

DG_NOINLINE_f64 static void dg_dotblk_f64(int64_t K, const T_ *restrict a, int64_t rsa,
                          const T_ *restrict b, int64_t csb, T_ *restrict out)
{
    const int64_t Kv = K - K % DG_VL_f64;
    dg_v_f64 d0 = DG_ZERO_f64, d1 = DG_ZERO_f64, d2 = DG_ZERO_f64, d3 = DG_ZERO_f64, d4 = DG_ZERO_f64, d5 = DG_ZERO_f64, d6 = DG_ZERO_f64, d7 = DG_ZERO_f64, d8 = DG_ZERO_f64, d9 = DG_ZERO_f64, d10 = DG_ZERO_f64, d11 = DG_ZERO_f64, d12 = DG_ZERO_f64, d13 = DG_ZERO_f64, d14 = DG_ZERO_f64, d15 = DG_ZERO_f64;
    int64_t k;
    for (k = 0; k < Kv; k += DG_VL_f64) {
        dg_v_f64 x0 = DG_LOAD_f64(a + 0 * rsa + k);
        dg_v_f64 x1 = DG_LOAD_f64(a + 1 * rsa + k);
        dg_v_f64 x2 = DG_LOAD_f64(a + 2 * rsa + k);
        dg_v_f64 x3 = DG_LOAD_f64(a + 3 * rsa + k);
        dg_v_f64 y0 = DG_LOAD_f64(b + 0 * csb + k);
        dg_v_f64 y1 = DG_LOAD_f64(b + 1 * csb + k);
        dg_v_f64 y2 = DG_LOAD_f64(b + 2 * csb + k);
        dg_v_f64 y3 = DG_LOAD_f64(b + 3 * csb + k);
        DG_REG_f64(x0);
        DG_REG_f64(x1);
        DG_REG_f64(x2);
        DG_REG_f64(x3);
        DG_REG_f64(y0);
        DG_REG_f64(y1);
        DG_REG_f64(y2);
        DG_REG_f64(y3);
        d0 = DG_FMA_f64(x0, y0, d0);
        d1 = DG_FMA_f64(x0, y1, d1);
        d2 = DG_FMA_f64(x0, y2, d2);
        d3 = DG_FMA_f64(x0, y3, d3);
        d4 = DG_FMA_f64(x1, y0, d4);
        d5 = DG_FMA_f64(x1, y1, d5);
        d6 = DG_FMA_f64(x1, y2, d6);
        d7 = DG_FMA_f64(x1, y3, d7);
        d8 = DG_FMA_f64(x2, y0, d8);
        d9 = DG_FMA_f64(x2, y1, d9);
        d10 = DG_FMA_f64(x2, y2, d10);
        d11 = DG_FMA_f64(x2, y3, d11);
        d12 = DG_FMA_f64(x3, y0, d12);
        d13 = DG_FMA_f64(x3, y1, d13);
        d14 = DG_FMA_f64(x3, y2, d14);
        d15 = DG_FMA_f64(x3, y3, d15);
    }
#if DG_VL_f64 == 1
    out[0] = d0;
    out[1] = d1;
    out[2] = d2;
    out[3] = d3;
    out[4] = d4;
    out[5] = d5;
    out[6] = d6;
    out[7] = d7;
    out[8] = d8;
    out[9] = d9;
    out[10] = d10;
    out[11] = d11;
    out[12] = d12;
    out[13] = d13;
    out[14] = d14;
    out[15] = d15;
#elif defined(DG_HAVE_SHUF_f64)
#  if DG_VL_f64 == 16
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d0, d1, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d0, d1, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f64 r0_1 = __builtin_shufflevector(d2, d3, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d2, d3, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f64 r0_2 = __builtin_shufflevector(d4, d5, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d4, d5, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f64 r0_3 = __builtin_shufflevector(d6, d7, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d6, d7, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f64 r0_4 = __builtin_shufflevector(d8, d9, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d8, d9, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f64 r0_5 = __builtin_shufflevector(d10, d11, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d10, d11, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f64 r0_6 = __builtin_shufflevector(d12, d13, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d12, d13, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f64 r0_7 = __builtin_shufflevector(d14, d15, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d14, d15, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f64 r1_8 = __builtin_shufflevector(r0_0, r0_1, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27) + __builtin_shufflevector(r0_0, r0_1, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
        dg_v_f64 r1_9 = __builtin_shufflevector(r0_2, r0_3, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27) + __builtin_shufflevector(r0_2, r0_3, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
        dg_v_f64 r1_10 = __builtin_shufflevector(r0_4, r0_5, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27) + __builtin_shufflevector(r0_4, r0_5, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
        dg_v_f64 r1_11 = __builtin_shufflevector(r0_6, r0_7, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27) + __builtin_shufflevector(r0_6, r0_7, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
        dg_v_f64 r2_12 = __builtin_shufflevector(r1_8, r1_9, 0, 1, 4, 5, 8, 9, 12, 13, 16, 17, 20, 21, 24, 25, 28, 29) + __builtin_shufflevector(r1_8, r1_9, 2, 3, 6, 7, 10, 11, 14, 15, 18, 19, 22, 23, 26, 27, 30, 31);
        dg_v_f64 r2_13 = __builtin_shufflevector(r1_10, r1_11, 0, 1, 4, 5, 8, 9, 12, 13, 16, 17, 20, 21, 24, 25, 28, 29) + __builtin_shufflevector(r1_10, r1_11, 2, 3, 6, 7, 10, 11, 14, 15, 18, 19, 22, 23, 26, 27, 30, 31);
        dg_v_f64 r3_14 = __builtin_shufflevector(r2_12, r2_13, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30) + __builtin_shufflevector(r2_12, r2_13, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
        DG_STORE_f64(out + 0, r3_14);
    }
#  elif DG_VL_f64 == 8
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d0, d1, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d0, d1, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f64 r0_1 = __builtin_shufflevector(d2, d3, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d2, d3, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f64 r0_2 = __builtin_shufflevector(d4, d5, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d4, d5, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f64 r0_3 = __builtin_shufflevector(d6, d7, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d6, d7, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f64 r1_4 = __builtin_shufflevector(r0_0, r0_1, 0, 1, 4, 5, 8, 9, 12, 13) + __builtin_shufflevector(r0_0, r0_1, 2, 3, 6, 7, 10, 11, 14, 15);
        dg_v_f64 r1_5 = __builtin_shufflevector(r0_2, r0_3, 0, 1, 4, 5, 8, 9, 12, 13) + __builtin_shufflevector(r0_2, r0_3, 2, 3, 6, 7, 10, 11, 14, 15);
        dg_v_f64 r2_6 = __builtin_shufflevector(r1_4, r1_5, 0, 2, 4, 6, 8, 10, 12, 14) + __builtin_shufflevector(r1_4, r1_5, 1, 3, 5, 7, 9, 11, 13, 15);
        DG_STORE_f64(out + 0, r2_6);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d8, d9, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d8, d9, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f64 r0_1 = __builtin_shufflevector(d10, d11, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d10, d11, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f64 r0_2 = __builtin_shufflevector(d12, d13, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d12, d13, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f64 r0_3 = __builtin_shufflevector(d14, d15, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d14, d15, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f64 r1_4 = __builtin_shufflevector(r0_0, r0_1, 0, 1, 4, 5, 8, 9, 12, 13) + __builtin_shufflevector(r0_0, r0_1, 2, 3, 6, 7, 10, 11, 14, 15);
        dg_v_f64 r1_5 = __builtin_shufflevector(r0_2, r0_3, 0, 1, 4, 5, 8, 9, 12, 13) + __builtin_shufflevector(r0_2, r0_3, 2, 3, 6, 7, 10, 11, 14, 15);
        dg_v_f64 r2_6 = __builtin_shufflevector(r1_4, r1_5, 0, 2, 4, 6, 8, 10, 12, 14) + __builtin_shufflevector(r1_4, r1_5, 1, 3, 5, 7, 9, 11, 13, 15);
        DG_STORE_f64(out + 8, r2_6);
    }
#  elif DG_VL_f64 == 4
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d0, d1, 0, 1, 4, 5) + __builtin_shufflevector(d0, d1, 2, 3, 6, 7);
        dg_v_f64 r0_1 = __builtin_shufflevector(d2, d3, 0, 1, 4, 5) + __builtin_shufflevector(d2, d3, 2, 3, 6, 7);
        dg_v_f64 r1_2 = __builtin_shufflevector(r0_0, r0_1, 0, 2, 4, 6) + __builtin_shufflevector(r0_0, r0_1, 1, 3, 5, 7);
        DG_STORE_f64(out + 0, r1_2);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d4, d5, 0, 1, 4, 5) + __builtin_shufflevector(d4, d5, 2, 3, 6, 7);
        dg_v_f64 r0_1 = __builtin_shufflevector(d6, d7, 0, 1, 4, 5) + __builtin_shufflevector(d6, d7, 2, 3, 6, 7);
        dg_v_f64 r1_2 = __builtin_shufflevector(r0_0, r0_1, 0, 2, 4, 6) + __builtin_shufflevector(r0_0, r0_1, 1, 3, 5, 7);
        DG_STORE_f64(out + 4, r1_2);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d8, d9, 0, 1, 4, 5) + __builtin_shufflevector(d8, d9, 2, 3, 6, 7);
        dg_v_f64 r0_1 = __builtin_shufflevector(d10, d11, 0, 1, 4, 5) + __builtin_shufflevector(d10, d11, 2, 3, 6, 7);
        dg_v_f64 r1_2 = __builtin_shufflevector(r0_0, r0_1, 0, 2, 4, 6) + __builtin_shufflevector(r0_0, r0_1, 1, 3, 5, 7);
        DG_STORE_f64(out + 8, r1_2);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d12, d13, 0, 1, 4, 5) + __builtin_shufflevector(d12, d13, 2, 3, 6, 7);
        dg_v_f64 r0_1 = __builtin_shufflevector(d14, d15, 0, 1, 4, 5) + __builtin_shufflevector(d14, d15, 2, 3, 6, 7);
        dg_v_f64 r1_2 = __builtin_shufflevector(r0_0, r0_1, 0, 2, 4, 6) + __builtin_shufflevector(r0_0, r0_1, 1, 3, 5, 7);
        DG_STORE_f64(out + 12, r1_2);
    }
#  elif DG_VL_f64 == 2
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d0, d1, 0, 2) + __builtin_shufflevector(d0, d1, 1, 3);
        DG_STORE_f64(out + 0, r0_0);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d2, d3, 0, 2) + __builtin_shufflevector(d2, d3, 1, 3);
        DG_STORE_f64(out + 2, r0_0);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d4, d5, 0, 2) + __builtin_shufflevector(d4, d5, 1, 3);
        DG_STORE_f64(out + 4, r0_0);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d6, d7, 0, 2) + __builtin_shufflevector(d6, d7, 1, 3);
        DG_STORE_f64(out + 6, r0_0);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d8, d9, 0, 2) + __builtin_shufflevector(d8, d9, 1, 3);
        DG_STORE_f64(out + 8, r0_0);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d10, d11, 0, 2) + __builtin_shufflevector(d10, d11, 1, 3);
        DG_STORE_f64(out + 10, r0_0);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d12, d13, 0, 2) + __builtin_shufflevector(d12, d13, 1, 3);
        DG_STORE_f64(out + 12, r0_0);
    }
    {
        dg_v_f64 r0_0 = __builtin_shufflevector(d14, d15, 0, 2) + __builtin_shufflevector(d14, d15, 1, 3);
        DG_STORE_f64(out + 14, r0_0);
    }
#  else
#    error "unsupported vector width"
#  endif
#else
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d0[l]; out[0] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d1[l]; out[1] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d2[l]; out[2] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d3[l]; out[3] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d4[l]; out[4] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d5[l]; out[5] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d6[l]; out[6] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d7[l]; out[7] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d8[l]; out[8] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d9[l]; out[9] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d10[l]; out[10] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d11[l]; out[11] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d12[l]; out[12] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d13[l]; out[13] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d14[l]; out[14] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d15[l]; out[15] = s; }
#endif
    for (k = Kv; k < K; k++) {
        out[0] += a[0 * rsa + k] * b[0 * csb + k];
        out[1] += a[0 * rsa + k] * b[1 * csb + k];
        out[2] += a[0 * rsa + k] * b[2 * csb + k];
        out[3] += a[0 * rsa + k] * b[3 * csb + k];
        out[4] += a[1 * rsa + k] * b[0 * csb + k];
        out[5] += a[1 * rsa + k] * b[1 * csb + k];
        out[6] += a[1 * rsa + k] * b[2 * csb + k];
        out[7] += a[1 * rsa + k] * b[3 * csb + k];
        out[8] += a[2 * rsa + k] * b[0 * csb + k];
        out[9] += a[2 * rsa + k] * b[1 * csb + k];
        out[10] += a[2 * rsa + k] * b[2 * csb + k];
        out[11] += a[2 * rsa + k] * b[3 * csb + k];
        out[12] += a[3 * rsa + k] * b[0 * csb + k];
        out[13] += a[3 * rsa + k] * b[1 * csb + k];
        out[14] += a[3 * rsa + k] * b[2 * csb + k];
        out[15] += a[3 * rsa + k] * b[3 * csb + k];
    }
}

static T_ dg_dot11_f64(int64_t K, const T_ *restrict a, const T_ *restrict b)
{
    const int64_t Kv = K - K % DG_VL_f64, K4 = K - K % (4 * DG_VL_f64);
    dg_v_f64 d0 = DG_ZERO_f64, d1 = DG_ZERO_f64, d2 = DG_ZERO_f64, d3 = DG_ZERO_f64;
    T_ out[1];
    int64_t k;
    for (k = 0; k < K4; k += 4 * DG_VL_f64) {   /* four independent chains */
        d0 = DG_FMA_f64(DG_LOAD_f64(a + k), DG_LOAD_f64(b + k), d0);
        d1 = DG_FMA_f64(DG_LOAD_f64(a + k + DG_VL_f64), DG_LOAD_f64(b + k + DG_VL_f64), d1);
        d2 = DG_FMA_f64(DG_LOAD_f64(a + k + 2 * DG_VL_f64), DG_LOAD_f64(b + k + 2 * DG_VL_f64),
                        d2);
        d3 = DG_FMA_f64(DG_LOAD_f64(a + k + 3 * DG_VL_f64), DG_LOAD_f64(b + k + 3 * DG_VL_f64),
                        d3);
    }
    for (; k < Kv; k += DG_VL_f64)
        d0 = DG_FMA_f64(DG_LOAD_f64(a + k), DG_LOAD_f64(b + k), d0);
    d0 = (d0 + d1) + (d2 + d3);
#if DG_VL_f64 == 1
    out[0] = d0;
#else
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f64; l++) s += d0[l]; out[0] = s; }
#endif
    for (k = Kv; k < K; k++)
        out[0] += a[k] * b[k];
    return out[0];
}

/* pack rows [0, mr) of an MR-row sliver of A (kc columns) k-major, zero rows mr..MR-1 */
static void dg_packA_f64(int64_t mr, int64_t kc, const T_ *a, int64_t rsa, int64_t csa,
                          T_ *restrict ap)
{
    int64_t k, r;
    if (mr == DG_MR_f64 && rsa == 1) {
        for (k = 0; k < kc; k++)
            for (r = 0; r < DG_MR_f64; r++)
                ap[k * DG_MR_f64 + r] = a[k * csa + r];
        return;
    }
    for (r = 0; r < mr; r++) {
        const T_ *row = a + r * rsa;
        for (k = 0; k < kc; k++)
            ap[k * DG_MR_f64 + r] = row[k * csa];
    }
    for (r = mr; r < DG_MR_f64; r++)
        for (k = 0; k < kc; k++)
            ap[k * DG_MR_f64 + r] = 0;
}

/* pack columns [0, nr) of an NR-column sliver of B (kc rows) k-major, zero columns nr..NR-1 */
static void dg_packB_f64(int64_t kc, int64_t nr, const T_ *b, int64_t rsb, int64_t csb,
                          T_ *restrict bp)
{
    int64_t k, j;
    if (csb == 1) {
        if (nr == DG_NR_f64) {
            for (k = 0; k < kc; k++)
                memcpy(bp + k * DG_NR_f64, b + k * rsb, sizeof(T_) * DG_NR_f64);
        } else {
            for (k = 0; k < kc; k++) {
                memcpy(bp + k * DG_NR_f64, b + k * rsb, sizeof(T_) * (size_t)nr);
                for (j = nr; j < DG_NR_f64; j++)
                    bp[k * DG_NR_f64 + j] = 0;
            }
        }
        return;
    }
    for (k = 0; k < kc; k++) {
        const T_ *row = b + k * rsb;
        for (j = 0; j < nr; j++)
            bp[k * DG_NR_f64 + j] = row[j * csb];
        for (j = nr; j < DG_NR_f64; j++)
            bp[k * DG_NR_f64 + j] = 0;
    }
}

/* C(mr x nr) = or += tile (row stride NR) */
static void dg_tile_out_f64(int64_t mr, int64_t nr, const T_ *restrict t, T_ *c, int64_t rsc,
                             int64_t csc, int store)
{
    int64_t i, j;
    for (i = 0; i < mr; i++) {
        T_ *ci = c + i * rsc;
        const T_ *ti = t + i * DG_NR_f64;
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

static int dg_blis_f64(int64_t M, int64_t N, int64_t K, const T_ *A, int64_t rsa, int64_t csa,
                       const T_ *B, int64_t rsb, int64_t csb, T_ *C, int64_t rsc, int64_t csc,
                       int accumulate)
{
    const int64_t MR = DG_MR_f64, NR = DG_NR_f64;
    const int64_t nkb = (K + 384 - 1) / 384, kcb = (K + nkb - 1) / nkb;
    const int64_t nmb = (M + 192 - 1) / 192;
    const int64_t mcb = ((M + nmb - 1) / nmb + MR - 1) / MR * MR;
    const size_t need = (size_t)(mcb * kcb + kcb * NR + MR * NR);
    T_ stackbuf[2048] DG_ALIGNED_f64;
    T_ *buf = stackbuf;
    void *heap = NULL;
    T_ *Ap, *Bp, *tile;
    int64_t pc, ic, jc, ir;
    if (need > (size_t)2048) {
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
                dg_packA_f64(mc - ir < MR ? mc - ir : MR, kc, A + (ic + ir) * rsa + pc * csa,
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
                    dg_packB_f64(kc, nr, B + pc * rsb + jc * csb, rsb, csb, Bp);
                }
                for (ir = 0; ir < mc; ir += MR) {
                    const int64_t mr = mc - ir < MR ? mc - ir : MR;
                    T_ *c = C + (ic + ir) * rsc + jc * csc;
                    if (mr == MR && nr == NR && csc == 1) {
                        dg_ukr_f64(kc, Ap + ir * kc, bs, ldb, c, rsc, store);
                    } else {
                        dg_ukr_f64(kc, Ap + ir * kc, bs, ldb, tile, NR, 1);
                        dg_tile_out_f64(mr, nr, tile, c, rsc, csc, store);
                    }
                }
            }
        }
    }
    free(heap);
    return 0;
}

/* A(i,k) = A[i*rsa + k], B(k,j) = B[k + j*csb]: dot products along contiguous k.  Blocked:
   k in chunks of 8192 bytes per row (4 columns of B stay in L1), rows of A in blocks of
   64 (that block of A stays in L2); partial sums of later k chunks are added to C. */
static int dg_dot_f64(int64_t M, int64_t N, int64_t K, const T_ *A, int64_t rsa,
                      const T_ *B, int64_t csb, T_ *C, int64_t rsc, int64_t csc, int accumulate)
{
    const int64_t KB = 8192 / (int64_t)sizeof(T_), MB = 64;
    const int64_t nkb = (K + KB - 1) / KB;
    const int64_t kcb = ((K + nkb - 1) / nkb + DG_VL_f64 - 1) / DG_VL_f64 * DG_VL_f64;
    int64_t k0, ib, i0, j0, i, j;
    T_ out[4 * 4];
    for (k0 = 0; k0 < K; k0 += kcb) {
        const int64_t kc = K - k0 < kcb ? K - k0 : kcb;
        const int add = accumulate || k0 > 0;
        for (ib = 0; ib < M; ib += MB) {
            const int64_t mb = M - ib < MB ? M - ib : MB;
            for (j0 = 0; j0 < N; j0 += 4) {
                const int64_t nj = N - j0 < 4 ? N - j0 : 4;
                const T_ *b = B + j0 * csb + k0;
                for (i0 = ib; i0 < ib + mb; i0 += 4) {
                    const int64_t ni = ib + mb - i0 < 4 ? ib + mb - i0 : 4;
                    const T_ *a = A + i0 * rsa + k0;
                    if (ni == 4 && nj == 4) {
                        dg_dotblk_f64(kc, a, rsa, b, csb, out);
                    } else {
                        for (i = 0; i < ni; i++)
                            for (j = 0; j < nj; j++)
                                out[i * 4 + j] = dg_dot11_f64(kc, a + i * rsa, b + j * csb);
                    }
                    for (i = 0; i < ni; i++) {
                        T_ *ci = C + (i0 + i) * rsc + j0 * csc;
                        if (add)
                            for (j = 0; j < nj; j++)
                                ci[j * csc] += out[i * 4 + j];
                        else
                            for (j = 0; j < nj; j++)
                                ci[j * csc] = out[i * 4 + j];
                    }
                }
            }
        }
    }
    return 0;
}

/* very short k (outer products): C rows updated in place, contiguous rows of B and C */
static int dg_small_f64(int64_t M, int64_t N, int64_t K, const T_ *A, int64_t rsa, int64_t csa,
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

DG_MAYBE_UNUSED_f64
static int derive_gemm_f64(int64_t M, int64_t N, int64_t K,
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
    if (K <= 4 && csb == 1 && csc == 1)
        return dg_small_f64(M, N, K, A, rsa, csa, B, rsb, C, rsc, accumulate);
    if (csa == 1 && rsb == 1 && K >= 4 * DG_VL_f64 && DG_VL_f64 > 1)
        return dg_dot_f64(M, N, K, A, rsa, B, csb, C, rsc, csc, accumulate);
    return dg_blis_f64(M, N, K, A, rsa, csa, B, rsb, csb, C, rsc, csc, accumulate);
}
#undef T_


/* ---- derive_gemm_f32: generic GEMM runtime helper (derive/codegen/c_gemm.py) ---- */
#if defined(DERIVE_GEMM_NO_SIMD)
   /* plain scalar code (tests use this to check the fallback) */
#elif defined(__GNUC__) && defined(__AVX512F__)
#  include <immintrin.h>
#  define DG_VB_f32 64
#  define DG_FMA_f32(a, b, c) ((dg_v_f32)_mm512_fmadd_ps((a), (b), (c)))
#elif defined(__GNUC__) && defined(__AVX__)
#  define DG_VB_f32 32
#  if defined(__FMA__)
#    include <immintrin.h>
#    define DG_FMA_f32(a, b, c) ((dg_v_f32)_mm256_fmadd_ps((a), (b), (c)))
#  endif
#elif defined(__GNUC__)
#  define DG_VB_f32 16
#endif
#if defined(DG_VB_f32)
typedef float dg_v_f32 __attribute__((vector_size(DG_VB_f32)));
typedef float dg_vu_f32 __attribute__((vector_size(DG_VB_f32), aligned(sizeof(float)), __may_alias__));
#  define DG_VL_f32 (DG_VB_f32 / 4)
#  define DG_LOAD_f32(p) (*(const dg_vu_f32 *)(p))
#  define DG_STORE_f32(p, v) (*(dg_vu_f32 *)(p) = (v))
#  define DG_BCAST_f32(x) ((float)(x) - (dg_v_f32){0})  /* x - (+0) == x, also for -0 */
#  define DG_ZERO_f32 ((dg_v_f32){0})
#  if !defined(DG_FMA_f32)
#    define DG_FMA_f32(a, b, c) ((a) * (b) + (c))
#  endif
#  if (defined(__clang__) || __GNUC__ >= 12) && !defined(DERIVE_GEMM_NO_SHUFFLE)
#    define DG_HAVE_SHUF_f32 1
#  endif
#  define DG_ALIGNED_f32 __attribute__((aligned(64)))
#  if defined(__AVX512F__)
     /* keep a loaded vector in a register (stops the compiler re-loading it per use) */
#    define DG_REG_f32(v) __asm__("" : "+v"(v))
#  elif defined(__x86_64__) || defined(__i386__)
#    define DG_REG_f32(v) __asm__("" : "+x"(v))
#  else
#    define DG_REG_f32(v) ((void)0)
#  endif
#else
#  define DG_REG_f32(v) ((void)0)
typedef float dg_v_f32;
#  define DG_VL_f32 1
#  define DG_LOAD_f32(p) (*(p))
#  define DG_STORE_f32(p, v) (*(p) = (v))
#  define DG_BCAST_f32(x) ((float)(x))
#  define DG_ZERO_f32 ((float)0)
#  define DG_FMA_f32(a, b, c) ((a) * (b) + (c))
#  define DG_ALIGNED_f32
#endif
#if defined(__GNUC__)
#  define DG_MAYBE_UNUSED_f32 __attribute__((unused))
   /* kernels keep their own register allocation (inlined into the block loops, GCC spills) */
#  define DG_NOINLINE_f32 __attribute__((noinline))
#else
#  define DG_MAYBE_UNUSED_f32
#  define DG_NOINLINE_f32
#endif
#define DG_MR_f32 8
#define DG_NR_f32 (2 * DG_VL_f32)
#define T_ float

DG_NOINLINE_f32 static void dg_ukr_f32(int64_t kc, const T_ *restrict ap,
                                        const T_ *restrict bp, int64_t ldb,
                                        T_ *restrict c, int64_t rsc, int store)
{
    dg_v_f32 c0_0 = DG_ZERO_f32, c0_1 = DG_ZERO_f32, c1_0 = DG_ZERO_f32, c1_1 = DG_ZERO_f32, c2_0 = DG_ZERO_f32, c2_1 = DG_ZERO_f32, c3_0 = DG_ZERO_f32, c3_1 = DG_ZERO_f32, c4_0 = DG_ZERO_f32, c4_1 = DG_ZERO_f32, c5_0 = DG_ZERO_f32, c5_1 = DG_ZERO_f32, c6_0 = DG_ZERO_f32, c6_1 = DG_ZERO_f32, c7_0 = DG_ZERO_f32, c7_1 = DG_ZERO_f32;
    int64_t k;
    for (k = 0; k < kc; k++) {
        const dg_v_f32 b0 = DG_LOAD_f32(bp), b1 = DG_LOAD_f32(bp + DG_VL_f32);
        dg_v_f32 a;
        a = DG_BCAST_f32(ap[0]); c0_0 = DG_FMA_f32(a, b0, c0_0); c0_1 = DG_FMA_f32(a, b1, c0_1);
        a = DG_BCAST_f32(ap[1]); c1_0 = DG_FMA_f32(a, b0, c1_0); c1_1 = DG_FMA_f32(a, b1, c1_1);
        a = DG_BCAST_f32(ap[2]); c2_0 = DG_FMA_f32(a, b0, c2_0); c2_1 = DG_FMA_f32(a, b1, c2_1);
        a = DG_BCAST_f32(ap[3]); c3_0 = DG_FMA_f32(a, b0, c3_0); c3_1 = DG_FMA_f32(a, b1, c3_1);
        a = DG_BCAST_f32(ap[4]); c4_0 = DG_FMA_f32(a, b0, c4_0); c4_1 = DG_FMA_f32(a, b1, c4_1);
        a = DG_BCAST_f32(ap[5]); c5_0 = DG_FMA_f32(a, b0, c5_0); c5_1 = DG_FMA_f32(a, b1, c5_1);
        a = DG_BCAST_f32(ap[6]); c6_0 = DG_FMA_f32(a, b0, c6_0); c6_1 = DG_FMA_f32(a, b1, c6_1);
        a = DG_BCAST_f32(ap[7]); c7_0 = DG_FMA_f32(a, b0, c7_0); c7_1 = DG_FMA_f32(a, b1, c7_1);
        ap += DG_MR_f32;
        bp += ldb;
    }
    if (store) {
            DG_STORE_f32(c + 0 * rsc, c0_0); DG_STORE_f32(c + 0 * rsc + DG_VL_f32, c0_1);
            DG_STORE_f32(c + 1 * rsc, c1_0); DG_STORE_f32(c + 1 * rsc + DG_VL_f32, c1_1);
            DG_STORE_f32(c + 2 * rsc, c2_0); DG_STORE_f32(c + 2 * rsc + DG_VL_f32, c2_1);
            DG_STORE_f32(c + 3 * rsc, c3_0); DG_STORE_f32(c + 3 * rsc + DG_VL_f32, c3_1);
            DG_STORE_f32(c + 4 * rsc, c4_0); DG_STORE_f32(c + 4 * rsc + DG_VL_f32, c4_1);
            DG_STORE_f32(c + 5 * rsc, c5_0); DG_STORE_f32(c + 5 * rsc + DG_VL_f32, c5_1);
            DG_STORE_f32(c + 6 * rsc, c6_0); DG_STORE_f32(c + 6 * rsc + DG_VL_f32, c6_1);
            DG_STORE_f32(c + 7 * rsc, c7_0); DG_STORE_f32(c + 7 * rsc + DG_VL_f32, c7_1);
    } else {
            DG_STORE_f32(c + 0 * rsc, DG_LOAD_f32(c + 0 * rsc) + c0_0); DG_STORE_f32(c + 0 * rsc + DG_VL_f32, DG_LOAD_f32(c + 0 * rsc + DG_VL_f32) + c0_1);
            DG_STORE_f32(c + 1 * rsc, DG_LOAD_f32(c + 1 * rsc) + c1_0); DG_STORE_f32(c + 1 * rsc + DG_VL_f32, DG_LOAD_f32(c + 1 * rsc + DG_VL_f32) + c1_1);
            DG_STORE_f32(c + 2 * rsc, DG_LOAD_f32(c + 2 * rsc) + c2_0); DG_STORE_f32(c + 2 * rsc + DG_VL_f32, DG_LOAD_f32(c + 2 * rsc + DG_VL_f32) + c2_1);
            DG_STORE_f32(c + 3 * rsc, DG_LOAD_f32(c + 3 * rsc) + c3_0); DG_STORE_f32(c + 3 * rsc + DG_VL_f32, DG_LOAD_f32(c + 3 * rsc + DG_VL_f32) + c3_1);
            DG_STORE_f32(c + 4 * rsc, DG_LOAD_f32(c + 4 * rsc) + c4_0); DG_STORE_f32(c + 4 * rsc + DG_VL_f32, DG_LOAD_f32(c + 4 * rsc + DG_VL_f32) + c4_1);
            DG_STORE_f32(c + 5 * rsc, DG_LOAD_f32(c + 5 * rsc) + c5_0); DG_STORE_f32(c + 5 * rsc + DG_VL_f32, DG_LOAD_f32(c + 5 * rsc + DG_VL_f32) + c5_1);
            DG_STORE_f32(c + 6 * rsc, DG_LOAD_f32(c + 6 * rsc) + c6_0); DG_STORE_f32(c + 6 * rsc + DG_VL_f32, DG_LOAD_f32(c + 6 * rsc + DG_VL_f32) + c6_1);
            DG_STORE_f32(c + 7 * rsc, DG_LOAD_f32(c + 7 * rsc) + c7_0); DG_STORE_f32(c + 7 * rsc + DG_VL_f32, DG_LOAD_f32(c + 7 * rsc + DG_VL_f32) + c7_1);
    }
}

DG_NOINLINE_f32 static void dg_dotblk_f32(int64_t K, const T_ *restrict a, int64_t rsa,
                          const T_ *restrict b, int64_t csb, T_ *restrict out)
{
    const int64_t Kv = K - K % DG_VL_f32;
    dg_v_f32 d0 = DG_ZERO_f32, d1 = DG_ZERO_f32, d2 = DG_ZERO_f32, d3 = DG_ZERO_f32, d4 = DG_ZERO_f32, d5 = DG_ZERO_f32, d6 = DG_ZERO_f32, d7 = DG_ZERO_f32, d8 = DG_ZERO_f32, d9 = DG_ZERO_f32, d10 = DG_ZERO_f32, d11 = DG_ZERO_f32, d12 = DG_ZERO_f32, d13 = DG_ZERO_f32, d14 = DG_ZERO_f32, d15 = DG_ZERO_f32;
    int64_t k;
    for (k = 0; k < Kv; k += DG_VL_f32) {
        dg_v_f32 x0 = DG_LOAD_f32(a + 0 * rsa + k);
        dg_v_f32 x1 = DG_LOAD_f32(a + 1 * rsa + k);
        dg_v_f32 x2 = DG_LOAD_f32(a + 2 * rsa + k);
        dg_v_f32 x3 = DG_LOAD_f32(a + 3 * rsa + k);
        dg_v_f32 y0 = DG_LOAD_f32(b + 0 * csb + k);
        dg_v_f32 y1 = DG_LOAD_f32(b + 1 * csb + k);
        dg_v_f32 y2 = DG_LOAD_f32(b + 2 * csb + k);
        dg_v_f32 y3 = DG_LOAD_f32(b + 3 * csb + k);
        DG_REG_f32(x0);
        DG_REG_f32(x1);
        DG_REG_f32(x2);
        DG_REG_f32(x3);
        DG_REG_f32(y0);
        DG_REG_f32(y1);
        DG_REG_f32(y2);
        DG_REG_f32(y3);
        d0 = DG_FMA_f32(x0, y0, d0);
        d1 = DG_FMA_f32(x0, y1, d1);
        d2 = DG_FMA_f32(x0, y2, d2);
        d3 = DG_FMA_f32(x0, y3, d3);
        d4 = DG_FMA_f32(x1, y0, d4);
        d5 = DG_FMA_f32(x1, y1, d5);
        d6 = DG_FMA_f32(x1, y2, d6);
        d7 = DG_FMA_f32(x1, y3, d7);
        d8 = DG_FMA_f32(x2, y0, d8);
        d9 = DG_FMA_f32(x2, y1, d9);
        d10 = DG_FMA_f32(x2, y2, d10);
        d11 = DG_FMA_f32(x2, y3, d11);
        d12 = DG_FMA_f32(x3, y0, d12);
        d13 = DG_FMA_f32(x3, y1, d13);
        d14 = DG_FMA_f32(x3, y2, d14);
        d15 = DG_FMA_f32(x3, y3, d15);
    }
#if DG_VL_f32 == 1
    out[0] = d0;
    out[1] = d1;
    out[2] = d2;
    out[3] = d3;
    out[4] = d4;
    out[5] = d5;
    out[6] = d6;
    out[7] = d7;
    out[8] = d8;
    out[9] = d9;
    out[10] = d10;
    out[11] = d11;
    out[12] = d12;
    out[13] = d13;
    out[14] = d14;
    out[15] = d15;
#elif defined(DG_HAVE_SHUF_f32)
#  if DG_VL_f32 == 16
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d0, d1, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d0, d1, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f32 r0_1 = __builtin_shufflevector(d2, d3, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d2, d3, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f32 r0_2 = __builtin_shufflevector(d4, d5, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d4, d5, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f32 r0_3 = __builtin_shufflevector(d6, d7, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d6, d7, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f32 r0_4 = __builtin_shufflevector(d8, d9, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d8, d9, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f32 r0_5 = __builtin_shufflevector(d10, d11, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d10, d11, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f32 r0_6 = __builtin_shufflevector(d12, d13, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d12, d13, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f32 r0_7 = __builtin_shufflevector(d14, d15, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23) + __builtin_shufflevector(d14, d15, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
        dg_v_f32 r1_8 = __builtin_shufflevector(r0_0, r0_1, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27) + __builtin_shufflevector(r0_0, r0_1, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
        dg_v_f32 r1_9 = __builtin_shufflevector(r0_2, r0_3, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27) + __builtin_shufflevector(r0_2, r0_3, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
        dg_v_f32 r1_10 = __builtin_shufflevector(r0_4, r0_5, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27) + __builtin_shufflevector(r0_4, r0_5, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
        dg_v_f32 r1_11 = __builtin_shufflevector(r0_6, r0_7, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27) + __builtin_shufflevector(r0_6, r0_7, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
        dg_v_f32 r2_12 = __builtin_shufflevector(r1_8, r1_9, 0, 1, 4, 5, 8, 9, 12, 13, 16, 17, 20, 21, 24, 25, 28, 29) + __builtin_shufflevector(r1_8, r1_9, 2, 3, 6, 7, 10, 11, 14, 15, 18, 19, 22, 23, 26, 27, 30, 31);
        dg_v_f32 r2_13 = __builtin_shufflevector(r1_10, r1_11, 0, 1, 4, 5, 8, 9, 12, 13, 16, 17, 20, 21, 24, 25, 28, 29) + __builtin_shufflevector(r1_10, r1_11, 2, 3, 6, 7, 10, 11, 14, 15, 18, 19, 22, 23, 26, 27, 30, 31);
        dg_v_f32 r3_14 = __builtin_shufflevector(r2_12, r2_13, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30) + __builtin_shufflevector(r2_12, r2_13, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
        DG_STORE_f32(out + 0, r3_14);
    }
#  elif DG_VL_f32 == 8
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d0, d1, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d0, d1, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f32 r0_1 = __builtin_shufflevector(d2, d3, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d2, d3, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f32 r0_2 = __builtin_shufflevector(d4, d5, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d4, d5, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f32 r0_3 = __builtin_shufflevector(d6, d7, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d6, d7, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f32 r1_4 = __builtin_shufflevector(r0_0, r0_1, 0, 1, 4, 5, 8, 9, 12, 13) + __builtin_shufflevector(r0_0, r0_1, 2, 3, 6, 7, 10, 11, 14, 15);
        dg_v_f32 r1_5 = __builtin_shufflevector(r0_2, r0_3, 0, 1, 4, 5, 8, 9, 12, 13) + __builtin_shufflevector(r0_2, r0_3, 2, 3, 6, 7, 10, 11, 14, 15);
        dg_v_f32 r2_6 = __builtin_shufflevector(r1_4, r1_5, 0, 2, 4, 6, 8, 10, 12, 14) + __builtin_shufflevector(r1_4, r1_5, 1, 3, 5, 7, 9, 11, 13, 15);
        DG_STORE_f32(out + 0, r2_6);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d8, d9, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d8, d9, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f32 r0_1 = __builtin_shufflevector(d10, d11, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d10, d11, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f32 r0_2 = __builtin_shufflevector(d12, d13, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d12, d13, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f32 r0_3 = __builtin_shufflevector(d14, d15, 0, 1, 2, 3, 8, 9, 10, 11) + __builtin_shufflevector(d14, d15, 4, 5, 6, 7, 12, 13, 14, 15);
        dg_v_f32 r1_4 = __builtin_shufflevector(r0_0, r0_1, 0, 1, 4, 5, 8, 9, 12, 13) + __builtin_shufflevector(r0_0, r0_1, 2, 3, 6, 7, 10, 11, 14, 15);
        dg_v_f32 r1_5 = __builtin_shufflevector(r0_2, r0_3, 0, 1, 4, 5, 8, 9, 12, 13) + __builtin_shufflevector(r0_2, r0_3, 2, 3, 6, 7, 10, 11, 14, 15);
        dg_v_f32 r2_6 = __builtin_shufflevector(r1_4, r1_5, 0, 2, 4, 6, 8, 10, 12, 14) + __builtin_shufflevector(r1_4, r1_5, 1, 3, 5, 7, 9, 11, 13, 15);
        DG_STORE_f32(out + 8, r2_6);
    }
#  elif DG_VL_f32 == 4
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d0, d1, 0, 1, 4, 5) + __builtin_shufflevector(d0, d1, 2, 3, 6, 7);
        dg_v_f32 r0_1 = __builtin_shufflevector(d2, d3, 0, 1, 4, 5) + __builtin_shufflevector(d2, d3, 2, 3, 6, 7);
        dg_v_f32 r1_2 = __builtin_shufflevector(r0_0, r0_1, 0, 2, 4, 6) + __builtin_shufflevector(r0_0, r0_1, 1, 3, 5, 7);
        DG_STORE_f32(out + 0, r1_2);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d4, d5, 0, 1, 4, 5) + __builtin_shufflevector(d4, d5, 2, 3, 6, 7);
        dg_v_f32 r0_1 = __builtin_shufflevector(d6, d7, 0, 1, 4, 5) + __builtin_shufflevector(d6, d7, 2, 3, 6, 7);
        dg_v_f32 r1_2 = __builtin_shufflevector(r0_0, r0_1, 0, 2, 4, 6) + __builtin_shufflevector(r0_0, r0_1, 1, 3, 5, 7);
        DG_STORE_f32(out + 4, r1_2);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d8, d9, 0, 1, 4, 5) + __builtin_shufflevector(d8, d9, 2, 3, 6, 7);
        dg_v_f32 r0_1 = __builtin_shufflevector(d10, d11, 0, 1, 4, 5) + __builtin_shufflevector(d10, d11, 2, 3, 6, 7);
        dg_v_f32 r1_2 = __builtin_shufflevector(r0_0, r0_1, 0, 2, 4, 6) + __builtin_shufflevector(r0_0, r0_1, 1, 3, 5, 7);
        DG_STORE_f32(out + 8, r1_2);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d12, d13, 0, 1, 4, 5) + __builtin_shufflevector(d12, d13, 2, 3, 6, 7);
        dg_v_f32 r0_1 = __builtin_shufflevector(d14, d15, 0, 1, 4, 5) + __builtin_shufflevector(d14, d15, 2, 3, 6, 7);
        dg_v_f32 r1_2 = __builtin_shufflevector(r0_0, r0_1, 0, 2, 4, 6) + __builtin_shufflevector(r0_0, r0_1, 1, 3, 5, 7);
        DG_STORE_f32(out + 12, r1_2);
    }
#  elif DG_VL_f32 == 2
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d0, d1, 0, 2) + __builtin_shufflevector(d0, d1, 1, 3);
        DG_STORE_f32(out + 0, r0_0);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d2, d3, 0, 2) + __builtin_shufflevector(d2, d3, 1, 3);
        DG_STORE_f32(out + 2, r0_0);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d4, d5, 0, 2) + __builtin_shufflevector(d4, d5, 1, 3);
        DG_STORE_f32(out + 4, r0_0);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d6, d7, 0, 2) + __builtin_shufflevector(d6, d7, 1, 3);
        DG_STORE_f32(out + 6, r0_0);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d8, d9, 0, 2) + __builtin_shufflevector(d8, d9, 1, 3);
        DG_STORE_f32(out + 8, r0_0);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d10, d11, 0, 2) + __builtin_shufflevector(d10, d11, 1, 3);
        DG_STORE_f32(out + 10, r0_0);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d12, d13, 0, 2) + __builtin_shufflevector(d12, d13, 1, 3);
        DG_STORE_f32(out + 12, r0_0);
    }
    {
        dg_v_f32 r0_0 = __builtin_shufflevector(d14, d15, 0, 2) + __builtin_shufflevector(d14, d15, 1, 3);
        DG_STORE_f32(out + 14, r0_0);
    }
#  else
#    error "unsupported vector width"
#  endif
#else
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d0[l]; out[0] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d1[l]; out[1] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d2[l]; out[2] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d3[l]; out[3] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d4[l]; out[4] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d5[l]; out[5] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d6[l]; out[6] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d7[l]; out[7] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d8[l]; out[8] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d9[l]; out[9] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d10[l]; out[10] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d11[l]; out[11] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d12[l]; out[12] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d13[l]; out[13] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d14[l]; out[14] = s; }
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d15[l]; out[15] = s; }
#endif
    for (k = Kv; k < K; k++) {
        out[0] += a[0 * rsa + k] * b[0 * csb + k];
        out[1] += a[0 * rsa + k] * b[1 * csb + k];
        out[2] += a[0 * rsa + k] * b[2 * csb + k];
        out[3] += a[0 * rsa + k] * b[3 * csb + k];
        out[4] += a[1 * rsa + k] * b[0 * csb + k];
        out[5] += a[1 * rsa + k] * b[1 * csb + k];
        out[6] += a[1 * rsa + k] * b[2 * csb + k];
        out[7] += a[1 * rsa + k] * b[3 * csb + k];
        out[8] += a[2 * rsa + k] * b[0 * csb + k];
        out[9] += a[2 * rsa + k] * b[1 * csb + k];
        out[10] += a[2 * rsa + k] * b[2 * csb + k];
        out[11] += a[2 * rsa + k] * b[3 * csb + k];
        out[12] += a[3 * rsa + k] * b[0 * csb + k];
        out[13] += a[3 * rsa + k] * b[1 * csb + k];
        out[14] += a[3 * rsa + k] * b[2 * csb + k];
        out[15] += a[3 * rsa + k] * b[3 * csb + k];
    }
}

static T_ dg_dot11_f32(int64_t K, const T_ *restrict a, const T_ *restrict b)
{
    const int64_t Kv = K - K % DG_VL_f32, K4 = K - K % (4 * DG_VL_f32);
    dg_v_f32 d0 = DG_ZERO_f32, d1 = DG_ZERO_f32, d2 = DG_ZERO_f32, d3 = DG_ZERO_f32;
    T_ out[1];
    int64_t k;
    for (k = 0; k < K4; k += 4 * DG_VL_f32) {   /* four independent chains */
        d0 = DG_FMA_f32(DG_LOAD_f32(a + k), DG_LOAD_f32(b + k), d0);
        d1 = DG_FMA_f32(DG_LOAD_f32(a + k + DG_VL_f32), DG_LOAD_f32(b + k + DG_VL_f32), d1);
        d2 = DG_FMA_f32(DG_LOAD_f32(a + k + 2 * DG_VL_f32), DG_LOAD_f32(b + k + 2 * DG_VL_f32),
                        d2);
        d3 = DG_FMA_f32(DG_LOAD_f32(a + k + 3 * DG_VL_f32), DG_LOAD_f32(b + k + 3 * DG_VL_f32),
                        d3);
    }
    for (; k < Kv; k += DG_VL_f32)
        d0 = DG_FMA_f32(DG_LOAD_f32(a + k), DG_LOAD_f32(b + k), d0);
    d0 = (d0 + d1) + (d2 + d3);
#if DG_VL_f32 == 1
    out[0] = d0;
#else
    { int l; T_ s = 0; for (l = 0; l < DG_VL_f32; l++) s += d0[l]; out[0] = s; }
#endif
    for (k = Kv; k < K; k++)
        out[0] += a[k] * b[k];
    return out[0];
}

/* pack rows [0, mr) of an MR-row sliver of A (kc columns) k-major, zero rows mr..MR-1 */
static void dg_packA_f32(int64_t mr, int64_t kc, const T_ *a, int64_t rsa, int64_t csa,
                          T_ *restrict ap)
{
    int64_t k, r;
    if (mr == DG_MR_f32 && rsa == 1) {
        for (k = 0; k < kc; k++)
            for (r = 0; r < DG_MR_f32; r++)
                ap[k * DG_MR_f32 + r] = a[k * csa + r];
        return;
    }
    for (r = 0; r < mr; r++) {
        const T_ *row = a + r * rsa;
        for (k = 0; k < kc; k++)
            ap[k * DG_MR_f32 + r] = row[k * csa];
    }
    for (r = mr; r < DG_MR_f32; r++)
        for (k = 0; k < kc; k++)
            ap[k * DG_MR_f32 + r] = 0;
}

/* pack columns [0, nr) of an NR-column sliver of B (kc rows) k-major, zero columns nr..NR-1 */
static void dg_packB_f32(int64_t kc, int64_t nr, const T_ *b, int64_t rsb, int64_t csb,
                          T_ *restrict bp)
{
    int64_t k, j;
    if (csb == 1) {
        if (nr == DG_NR_f32) {
            for (k = 0; k < kc; k++)
                memcpy(bp + k * DG_NR_f32, b + k * rsb, sizeof(T_) * DG_NR_f32);
        } else {
            for (k = 0; k < kc; k++) {
                memcpy(bp + k * DG_NR_f32, b + k * rsb, sizeof(T_) * (size_t)nr);
                for (j = nr; j < DG_NR_f32; j++)
                    bp[k * DG_NR_f32 + j] = 0;
            }
        }
        return;
    }
    for (k = 0; k < kc; k++) {
        const T_ *row = b + k * rsb;
        for (j = 0; j < nr; j++)
            bp[k * DG_NR_f32 + j] = row[j * csb];
        for (j = nr; j < DG_NR_f32; j++)
            bp[k * DG_NR_f32 + j] = 0;
    }
}

/* C(mr x nr) = or += tile (row stride NR) */
static void dg_tile_out_f32(int64_t mr, int64_t nr, const T_ *restrict t, T_ *c, int64_t rsc,
                             int64_t csc, int store)
{
    int64_t i, j;
    for (i = 0; i < mr; i++) {
        T_ *ci = c + i * rsc;
        const T_ *ti = t + i * DG_NR_f32;
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

static int dg_blis_f32(int64_t M, int64_t N, int64_t K, const T_ *A, int64_t rsa, int64_t csa,
                       const T_ *B, int64_t rsb, int64_t csb, T_ *C, int64_t rsc, int64_t csc,
                       int accumulate)
{
    const int64_t MR = DG_MR_f32, NR = DG_NR_f32;
    const int64_t nkb = (K + 384 - 1) / 384, kcb = (K + nkb - 1) / nkb;
    const int64_t nmb = (M + 192 - 1) / 192;
    const int64_t mcb = ((M + nmb - 1) / nmb + MR - 1) / MR * MR;
    const size_t need = (size_t)(mcb * kcb + kcb * NR + MR * NR);
    T_ stackbuf[4096] DG_ALIGNED_f32;
    T_ *buf = stackbuf;
    void *heap = NULL;
    T_ *Ap, *Bp, *tile;
    int64_t pc, ic, jc, ir;
    if (need > (size_t)4096) {
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
                dg_packA_f32(mc - ir < MR ? mc - ir : MR, kc, A + (ic + ir) * rsa + pc * csa,
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
                    dg_packB_f32(kc, nr, B + pc * rsb + jc * csb, rsb, csb, Bp);
                }
                for (ir = 0; ir < mc; ir += MR) {
                    const int64_t mr = mc - ir < MR ? mc - ir : MR;
                    T_ *c = C + (ic + ir) * rsc + jc * csc;
                    if (mr == MR && nr == NR && csc == 1) {
                        dg_ukr_f32(kc, Ap + ir * kc, bs, ldb, c, rsc, store);
                    } else {
                        dg_ukr_f32(kc, Ap + ir * kc, bs, ldb, tile, NR, 1);
                        dg_tile_out_f32(mr, nr, tile, c, rsc, csc, store);
                    }
                }
            }
        }
    }
    free(heap);
    return 0;
}

/* A(i,k) = A[i*rsa + k], B(k,j) = B[k + j*csb]: dot products along contiguous k.  Blocked:
   k in chunks of 8192 bytes per row (4 columns of B stay in L1), rows of A in blocks of
   64 (that block of A stays in L2); partial sums of later k chunks are added to C. */
static int dg_dot_f32(int64_t M, int64_t N, int64_t K, const T_ *A, int64_t rsa,
                      const T_ *B, int64_t csb, T_ *C, int64_t rsc, int64_t csc, int accumulate)
{
    const int64_t KB = 8192 / (int64_t)sizeof(T_), MB = 64;
    const int64_t nkb = (K + KB - 1) / KB;
    const int64_t kcb = ((K + nkb - 1) / nkb + DG_VL_f32 - 1) / DG_VL_f32 * DG_VL_f32;
    int64_t k0, ib, i0, j0, i, j;
    T_ out[4 * 4];
    for (k0 = 0; k0 < K; k0 += kcb) {
        const int64_t kc = K - k0 < kcb ? K - k0 : kcb;
        const int add = accumulate || k0 > 0;
        for (ib = 0; ib < M; ib += MB) {
            const int64_t mb = M - ib < MB ? M - ib : MB;
            for (j0 = 0; j0 < N; j0 += 4) {
                const int64_t nj = N - j0 < 4 ? N - j0 : 4;
                const T_ *b = B + j0 * csb + k0;
                for (i0 = ib; i0 < ib + mb; i0 += 4) {
                    const int64_t ni = ib + mb - i0 < 4 ? ib + mb - i0 : 4;
                    const T_ *a = A + i0 * rsa + k0;
                    if (ni == 4 && nj == 4) {
                        dg_dotblk_f32(kc, a, rsa, b, csb, out);
                    } else {
                        for (i = 0; i < ni; i++)
                            for (j = 0; j < nj; j++)
                                out[i * 4 + j] = dg_dot11_f32(kc, a + i * rsa, b + j * csb);
                    }
                    for (i = 0; i < ni; i++) {
                        T_ *ci = C + (i0 + i) * rsc + j0 * csc;
                        if (add)
                            for (j = 0; j < nj; j++)
                                ci[j * csc] += out[i * 4 + j];
                        else
                            for (j = 0; j < nj; j++)
                                ci[j * csc] = out[i * 4 + j];
                    }
                }
            }
        }
    }
    return 0;
}

/* very short k (outer products): C rows updated in place, contiguous rows of B and C */
static int dg_small_f32(int64_t M, int64_t N, int64_t K, const T_ *A, int64_t rsa, int64_t csa,
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

DG_MAYBE_UNUSED_f32
static int derive_gemm_f32(int64_t M, int64_t N, int64_t K,
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
    if (K <= 4 && csb == 1 && csc == 1)
        return dg_small_f32(M, N, K, A, rsa, csa, B, rsb, C, rsc, accumulate);
    if (csa == 1 && rsb == 1 && K >= 4 * DG_VL_f32 && DG_VL_f32 > 1)
        return dg_dot_f32(M, N, K, A, rsa, B, csb, C, rsc, csc, accumulate);
    return dg_blis_f32(M, N, K, A, rsa, csa, B, rsb, csb, C, rsc, csc, accumulate);
}
#undef T_


const char *derive_linear_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size N must be positive (empty tensors are not supported)";
    case 2: return "size I must be positive (empty tensors are not supported)";
    case 3: return "size O must be positive (empty tensors are not supported)";
    case 4: return "w: axis 1 (feature) has the wrong extent; expected I";
    case 5: return "b: axis 0 (out feature) has the wrong extent; expected O";
    case 6: return "the output axis 0 (batch) would be empty: the window does not fit the padded input";
    case 7: return "the output axis 1 (out feature) would be empty: the window does not fit the padded input";
    case 8: return "out of memory for a work buffer";
    default: return "unknown error code";
    }
}

int derive_linear_sizes(const int64_t *dims, int64_t *sizes)
{
    (void)dims; (void)sizes;
    int64_t N = 0;
    int64_t I = 0;
    int64_t O = 0;
    N = dims[0];
    I = dims[1];
    O = dims[2];
    if (N < 1) return 1;
    if (I < 1) return 2;
    if (O < 1) return 3;
    if (dims[3] != I) return 4;
    if (dims[4] != O) return 5;
    sizes[0] = N;
    sizes[1] = I;
    sizes[2] = O;
    return 0;
}

int derive_linear_output_shape(int64_t N, int64_t I, int64_t O, int64_t *shape)
{
    (void)shape;
    (void)N;
    (void)I;
    (void)O;
    if (N < 1) return 1;
    if (I < 1) return 2;
    if (O < 1) return 3;
    shape[0] = N;
    if (shape[0] < 1) return 6;
    shape[1] = O;
    if (shape[1] < 1) return 7;
    return 0;
}

static int derive_linear_check(int64_t N, int64_t I, int64_t O)
{
    if (N < 1) return 1;
    if (I < 1) return 2;
    if (O < 1) return 3;
    return 0;
}

int derive_linear_forward_f64(int64_t N, int64_t I, int64_t O, const double *restrict x, const double *restrict w, const double *restrict b, double *restrict y)
{
    (void)N;
    (void)I;
    (void)O;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
    const int64_t products_1 = (I * N * O);
    if (products_1 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_5 = (I * N * O);
        if (work_5 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    double acc_2 = 0;
                    {
                        acc_2 += b[o];
                    }
                    {
                        const int64_t i_lo_3 = 0;
                        const int64_t i_hi_4 = ((-1) + I);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_2)
    #endif
                        for (int64_t i = i_lo_3; i <= i_hi_4; ++i) {
                            acc_2 += (w[(o) * I + i] * x[(n) * I + i]);
                        }
                    }
                    y[(n) * O + o] = acc_2;
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    double acc_2 = 0;
                    {
                        acc_2 += b[o];
                    }
                    {
                        const int64_t i_lo_3 = 0;
                        const int64_t i_hi_4 = ((-1) + I);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_2)
    #endif
                        for (int64_t i = i_lo_3; i <= i_hi_4; ++i) {
                            acc_2 += (w[(o) * I + i] * x[(n) * I + i]);
                        }
                    }
                    y[(n) * O + o] = acc_2;
                }
            }
        }
    } else {
#ifdef _OPENMP
        const int64_t work_8 = (N * O);
        if (work_8 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                {
                    {
                        const int64_t o_lo_6 = 0;
                        const int64_t o_hi_7 = ((-1) + O);
                        for (int64_t o = o_lo_6; o <= o_hi_7; ++o)
                            y[(n) * O + o] = b[o];
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                {
                    {
                        const int64_t o_lo_6 = 0;
                        const int64_t o_hi_7 = ((-1) + O);
                        for (int64_t o = o_lo_6; o <= o_hi_7; ++o)
                            y[(n) * O + o] = b[o];
                    }
                }
            }
        }
        {
            int failed_9 = 0;
            const int64_t M_max_10 = N;
            const int64_t N_max_11 = O;
            const int64_t K_max_12 = I;
            const int64_t M_13 = N;
            const int64_t N_14 = O;
            const int64_t K_15 = I;
            const int64_t flops_16 = M_13 * N_14 * K_15 * (1);
            (void)flops_16;
            if (M_13 > 0 && N_14 > 0 && K_15 > 0) {
                double *a_mat_17 = (double *)calloc((size_t)(M_max_10 * K_max_12), sizeof(double));
                if (a_mat_17 == NULL) failed_9 = 1;
                else {
                    {
                        const int64_t ext_19 = I;
                        const int64_t n_last_20 = ((-1) + N);
                        const int64_t i_lo_21 = 0;
                        const int64_t i_hi_22 = ((-1) + I);
                        for (int64_t n = 0; n <= n_last_20; ++n) {
                            double *restrict row_23 = a_mat_17 + (n) * ext_19;
                            for (int64_t i = i_lo_21; i <= i_hi_22; ++i)
                                row_23[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                double *b_mat_18 = (double *)calloc((size_t)(K_max_12 * N_max_11), sizeof(double));
                if (b_mat_18 == NULL) failed_9 = 1;
                else {
                    {
                        const int64_t ext_25 = I;
                        const int64_t o_last_26 = ((-1) + O);
                        const int64_t i_lo_27 = 0;
                        const int64_t i_hi_28 = ((-1) + I);
                        for (int64_t o = 0; o <= o_last_26; ++o) {
                            double *restrict row_29 = b_mat_18 + (o) * ext_25;
                            for (int64_t i = i_lo_27; i <= i_hi_28; ++i)
                                row_29[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_31 = 1;
#ifdef _OPENMP
                if (flops_16 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_31 = omp_get_max_threads();
#endif
                const int by_columns_32 = N_14 >= M_13;
                const int64_t width_33 = ((by_columns_32 ? N_14 : M_13) + tiles_31 - 1) / tiles_31;
#ifdef _OPENMP
                const int64_t work_37 = flops_16;
                if (work_37 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_31)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_34 = 0; tile_34 < tiles_31; ++tile_34) {
                            const int64_t lo_35 = tile_34 * width_33;
                            const int64_t count_36 = derive_imin(width_33, (by_columns_32 ? N_14 : M_13) - lo_35);
                            if (count_36 <= 0) continue;
                            if (derive_gemm_f64(by_columns_32 ? M_13 : count_36, by_columns_32 ? count_36 : N_14, K_15, a_mat_17 + (by_columns_32 ? 0 : lo_35 * K_15), K_15, 1, b_mat_18 + (by_columns_32 ? lo_35 * K_15 : 0), 1, K_15, y + (0) + lo_35 * (by_columns_32 ? 1 : O), O, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_9 = 1;
                            }
                        }
                    }
                } else
#endif
                {
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_34 = 0; tile_34 < tiles_31; ++tile_34) {
                            const int64_t lo_35 = tile_34 * width_33;
                            const int64_t count_36 = derive_imin(width_33, (by_columns_32 ? N_14 : M_13) - lo_35);
                            if (count_36 <= 0) continue;
                            if (derive_gemm_f64(by_columns_32 ? M_13 : count_36, by_columns_32 ? count_36 : N_14, K_15, a_mat_17 + (by_columns_32 ? 0 : lo_35 * K_15), K_15, 1, b_mat_18 + (by_columns_32 ? lo_35 * K_15 : 0), 1, K_15, y + (0) + lo_35 * (by_columns_32 ? 1 : O), O, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_9 = 1;
                            }
                        }
                    }
                }
                free(a_mat_17);
                free(b_mat_18);
            }
            if (failed_9) return 8;
        }
    }
    return 0;
}

int derive_linear_backward_x_f64(int64_t N, int64_t I, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
    const int64_t products_38 = (I * N * O);
    if (products_38 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_43 = (I * N * O);
        if (work_43 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t i = 0; i < I; ++i) grad_x[(n) * I + i] = 0;
                {
                    const int64_t o_lo_39 = 0;
                    const int64_t o_hi_40 = ((-1) + O);
                    for (int64_t o = o_lo_39; o <= o_hi_40; ++o) {
                        {
                            const int64_t i_lo_41 = 0;
                            const int64_t i_hi_42 = ((-1) + I);
                            for (int64_t i = i_lo_41; i <= i_hi_42; ++i)
                                grad_x[(n) * I + i] += (grad_y[(n) * O + o] * w[(o) * I + i]);
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t i = 0; i < I; ++i) grad_x[(n) * I + i] = 0;
                {
                    const int64_t o_lo_39 = 0;
                    const int64_t o_hi_40 = ((-1) + O);
                    for (int64_t o = o_lo_39; o <= o_hi_40; ++o) {
                        {
                            const int64_t i_lo_41 = 0;
                            const int64_t i_hi_42 = ((-1) + I);
                            for (int64_t i = i_lo_41; i <= i_hi_42; ++i)
                                grad_x[(n) * I + i] += (grad_y[(n) * O + o] * w[(o) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_44 = 0;
            const int64_t M_max_45 = N;
            const int64_t N_max_46 = I;
            const int64_t K_max_47 = O;
            const int64_t M_48 = N;
            const int64_t N_49 = I;
            const int64_t K_50 = O;
            const int64_t flops_51 = M_48 * N_49 * K_50 * (1);
            (void)flops_51;
            if (K_50 <= 0)
                for (int64_t q_52 = 0; q_52 < (N) * (I); ++q_52) grad_x[q_52] = 0;
            if (M_48 > 0 && N_49 > 0 && K_50 > 0) {
                double *a_mat_53 = (double *)calloc((size_t)(M_max_45 * K_max_47), sizeof(double));
                if (a_mat_53 == NULL) failed_44 = 1;
                else {
                    {
                        const int64_t ext_55 = O;
                        const int64_t n_last_56 = ((-1) + N);
                        const int64_t o_lo_57 = 0;
                        const int64_t o_hi_58 = ((-1) + O);
                        for (int64_t n = 0; n <= n_last_56; ++n) {
                            double *restrict row_59 = a_mat_53 + (n) * ext_55;
                            for (int64_t o = o_lo_57; o <= o_hi_58; ++o)
                                row_59[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                double *b_mat_54 = (double *)calloc((size_t)(K_max_47 * N_max_46), sizeof(double));
                if (b_mat_54 == NULL) failed_44 = 1;
                else {
                    {
                        const int64_t ext_61 = I;
                        const int64_t o_last_62 = ((-1) + O);
                        const int64_t i_lo_63 = 0;
                        const int64_t i_hi_64 = ((-1) + I);
                        for (int64_t o = 0; o <= o_last_62; ++o) {
                            double *restrict row_65 = b_mat_54 + (o) * ext_61;
                            for (int64_t i = i_lo_63; i <= i_hi_64; ++i)
                                row_65[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_67 = 1;
#ifdef _OPENMP
                if (flops_51 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_67 = omp_get_max_threads();
#endif
                const int by_columns_68 = N_49 >= M_48;
                const int64_t width_69 = ((by_columns_68 ? N_49 : M_48) + tiles_67 - 1) / tiles_67;
#ifdef _OPENMP
                const int64_t work_73 = flops_51;
                if (work_73 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_67)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_70 = 0; tile_70 < tiles_67; ++tile_70) {
                            const int64_t lo_71 = tile_70 * width_69;
                            const int64_t count_72 = derive_imin(width_69, (by_columns_68 ? N_49 : M_48) - lo_71);
                            if (count_72 <= 0) continue;
                            if (derive_gemm_f64(by_columns_68 ? M_48 : count_72, by_columns_68 ? count_72 : N_49, K_50, a_mat_53 + (by_columns_68 ? 0 : lo_71 * K_50), K_50, 1, b_mat_54 + (by_columns_68 ? lo_71 * 1 : 0), N_49, 1, grad_x + (0) + lo_71 * (by_columns_68 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_44 = 1;
                            }
                        }
                    }
                } else
#endif
                {
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_70 = 0; tile_70 < tiles_67; ++tile_70) {
                            const int64_t lo_71 = tile_70 * width_69;
                            const int64_t count_72 = derive_imin(width_69, (by_columns_68 ? N_49 : M_48) - lo_71);
                            if (count_72 <= 0) continue;
                            if (derive_gemm_f64(by_columns_68 ? M_48 : count_72, by_columns_68 ? count_72 : N_49, K_50, a_mat_53 + (by_columns_68 ? 0 : lo_71 * K_50), K_50, 1, b_mat_54 + (by_columns_68 ? lo_71 * 1 : 0), N_49, 1, grad_x + (0) + lo_71 * (by_columns_68 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_44 = 1;
                            }
                        }
                    }
                }
                free(a_mat_53);
                free(b_mat_54);
            }
            if (failed_44) return 8;
        }
    }
    return 0;
}

int derive_linear_backward_w_f64(int64_t N, int64_t I, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_w)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_w;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
    const int64_t products_74 = (I * N * O);
    if (products_74 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_79 = (I * N * O);
        if (work_79 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t i = 0; i < I; ++i) grad_w[(o) * I + i] = 0;
                {
                    const int64_t n_lo_75 = 0;
                    const int64_t n_hi_76 = ((-1) + N);
                    for (int64_t n = n_lo_75; n <= n_hi_76; ++n) {
                        {
                            const int64_t i_lo_77 = 0;
                            const int64_t i_hi_78 = ((-1) + I);
                            for (int64_t i = i_lo_77; i <= i_hi_78; ++i)
                                grad_w[(o) * I + i] += (grad_y[(n) * O + o] * x[(n) * I + i]);
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t i = 0; i < I; ++i) grad_w[(o) * I + i] = 0;
                {
                    const int64_t n_lo_75 = 0;
                    const int64_t n_hi_76 = ((-1) + N);
                    for (int64_t n = n_lo_75; n <= n_hi_76; ++n) {
                        {
                            const int64_t i_lo_77 = 0;
                            const int64_t i_hi_78 = ((-1) + I);
                            for (int64_t i = i_lo_77; i <= i_hi_78; ++i)
                                grad_w[(o) * I + i] += (grad_y[(n) * O + o] * x[(n) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_80 = 0;
            const int64_t M_max_81 = O;
            const int64_t N_max_82 = I;
            const int64_t K_max_83 = N;
            const int64_t M_84 = O;
            const int64_t N_85 = I;
            const int64_t K_86 = N;
            const int64_t flops_87 = M_84 * N_85 * K_86 * (1);
            (void)flops_87;
            if (K_86 <= 0)
                for (int64_t q_88 = 0; q_88 < (O) * (I); ++q_88) grad_w[q_88] = 0;
            if (M_84 > 0 && N_85 > 0 && K_86 > 0) {
                double *a_mat_89 = (double *)calloc((size_t)(M_max_81 * K_max_83), sizeof(double));
                if (a_mat_89 == NULL) failed_80 = 1;
                else {
                    {
                        const int64_t ext_91 = O;
                        const int64_t n_last_92 = ((-1) + N);
                        const int64_t o_lo_93 = 0;
                        const int64_t o_hi_94 = ((-1) + O);
                        for (int64_t n = 0; n <= n_last_92; ++n) {
                            double *restrict row_95 = a_mat_89 + (n) * ext_91;
                            for (int64_t o = o_lo_93; o <= o_hi_94; ++o)
                                row_95[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                double *b_mat_90 = (double *)calloc((size_t)(K_max_83 * N_max_82), sizeof(double));
                if (b_mat_90 == NULL) failed_80 = 1;
                else {
                    {
                        const int64_t ext_97 = I;
                        const int64_t n_last_98 = ((-1) + N);
                        const int64_t i_lo_99 = 0;
                        const int64_t i_hi_100 = ((-1) + I);
                        for (int64_t n = 0; n <= n_last_98; ++n) {
                            double *restrict row_101 = b_mat_90 + (n) * ext_97;
                            for (int64_t i = i_lo_99; i <= i_hi_100; ++i)
                                row_101[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                int64_t tiles_103 = 1;
#ifdef _OPENMP
                if (flops_87 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_103 = omp_get_max_threads();
#endif
                const int by_columns_104 = N_85 >= M_84;
                const int64_t width_105 = ((by_columns_104 ? N_85 : M_84) + tiles_103 - 1) / tiles_103;
#ifdef _OPENMP
                const int64_t work_109 = flops_87;
                if (work_109 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_103)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_106 = 0; tile_106 < tiles_103; ++tile_106) {
                            const int64_t lo_107 = tile_106 * width_105;
                            const int64_t count_108 = derive_imin(width_105, (by_columns_104 ? N_85 : M_84) - lo_107);
                            if (count_108 <= 0) continue;
                            if (derive_gemm_f64(by_columns_104 ? M_84 : count_108, by_columns_104 ? count_108 : N_85, K_86, a_mat_89 + (by_columns_104 ? 0 : lo_107 * 1), 1, M_84, b_mat_90 + (by_columns_104 ? lo_107 * 1 : 0), N_85, 1, grad_w + (0) + lo_107 * (by_columns_104 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_80 = 1;
                            }
                        }
                    }
                } else
#endif
                {
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_106 = 0; tile_106 < tiles_103; ++tile_106) {
                            const int64_t lo_107 = tile_106 * width_105;
                            const int64_t count_108 = derive_imin(width_105, (by_columns_104 ? N_85 : M_84) - lo_107);
                            if (count_108 <= 0) continue;
                            if (derive_gemm_f64(by_columns_104 ? M_84 : count_108, by_columns_104 ? count_108 : N_85, K_86, a_mat_89 + (by_columns_104 ? 0 : lo_107 * 1), 1, M_84, b_mat_90 + (by_columns_104 ? lo_107 * 1 : 0), N_85, 1, grad_w + (0) + lo_107 * (by_columns_104 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_80 = 1;
                            }
                        }
                    }
                }
                free(a_mat_89);
                free(b_mat_90);
            }
            if (failed_80) return 8;
        }
    }
    return 0;
}

int derive_linear_backward_b_f64(int64_t N, int64_t I, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_b)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_b;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_113 = (N * O);
    if (work_113 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            double acc_110 = 0;
            {
                const int64_t n_lo_111 = 0;
                const int64_t n_hi_112 = ((-1) + N);
                for (int64_t n = n_lo_111; n <= n_hi_112; ++n) {
                    acc_110 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_110;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            double acc_110 = 0;
            {
                const int64_t n_lo_111 = 0;
                const int64_t n_hi_112 = ((-1) + N);
                for (int64_t n = n_lo_111; n <= n_hi_112; ++n) {
                    acc_110 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_110;
        }
    }
    return 0;
}

int derive_linear_backward_f64(int64_t N, int64_t I, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, double *restrict y, double *restrict grad_x, double *restrict grad_w, double *restrict grad_b)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    (void)grad_w;
    (void)grad_b;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_linear_backward_x_f64(N, I, O, grad_y, x, w, b, y, grad_x);
        if (status) return status;
    }
    if (grad_w != NULL) {
        status = derive_linear_backward_w_f64(N, I, O, grad_y, x, w, b, y, grad_w);
        if (status) return status;
    }
    if (grad_b != NULL) {
        status = derive_linear_backward_b_f64(N, I, O, grad_y, x, w, b, y, grad_b);
        if (status) return status;
    }
    return 0;
}

int derive_linear_forward_f32(int64_t N, int64_t I, int64_t O, const float *restrict x, const float *restrict w, const float *restrict b, float *restrict y)
{
    (void)N;
    (void)I;
    (void)O;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
    const int64_t products_114 = (I * N * O);
    if (products_114 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_118 = (I * N * O);
        if (work_118 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    float acc_115 = 0;
                    {
                        acc_115 += b[o];
                    }
                    {
                        const int64_t i_lo_116 = 0;
                        const int64_t i_hi_117 = ((-1) + I);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_115)
    #endif
                        for (int64_t i = i_lo_116; i <= i_hi_117; ++i) {
                            acc_115 += (w[(o) * I + i] * x[(n) * I + i]);
                        }
                    }
                    y[(n) * O + o] = acc_115;
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    float acc_115 = 0;
                    {
                        acc_115 += b[o];
                    }
                    {
                        const int64_t i_lo_116 = 0;
                        const int64_t i_hi_117 = ((-1) + I);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_115)
    #endif
                        for (int64_t i = i_lo_116; i <= i_hi_117; ++i) {
                            acc_115 += (w[(o) * I + i] * x[(n) * I + i]);
                        }
                    }
                    y[(n) * O + o] = acc_115;
                }
            }
        }
    } else {
#ifdef _OPENMP
        const int64_t work_121 = (N * O);
        if (work_121 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                {
                    {
                        const int64_t o_lo_119 = 0;
                        const int64_t o_hi_120 = ((-1) + O);
                        for (int64_t o = o_lo_119; o <= o_hi_120; ++o)
                            y[(n) * O + o] = b[o];
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                {
                    {
                        const int64_t o_lo_119 = 0;
                        const int64_t o_hi_120 = ((-1) + O);
                        for (int64_t o = o_lo_119; o <= o_hi_120; ++o)
                            y[(n) * O + o] = b[o];
                    }
                }
            }
        }
        {
            int failed_122 = 0;
            const int64_t M_max_123 = N;
            const int64_t N_max_124 = O;
            const int64_t K_max_125 = I;
            const int64_t M_126 = N;
            const int64_t N_127 = O;
            const int64_t K_128 = I;
            const int64_t flops_129 = M_126 * N_127 * K_128 * (1);
            (void)flops_129;
            if (M_126 > 0 && N_127 > 0 && K_128 > 0) {
                float *a_mat_130 = (float *)calloc((size_t)(M_max_123 * K_max_125), sizeof(float));
                if (a_mat_130 == NULL) failed_122 = 1;
                else {
                    {
                        const int64_t ext_132 = I;
                        const int64_t n_last_133 = ((-1) + N);
                        const int64_t i_lo_134 = 0;
                        const int64_t i_hi_135 = ((-1) + I);
                        for (int64_t n = 0; n <= n_last_133; ++n) {
                            float *restrict row_136 = a_mat_130 + (n) * ext_132;
                            for (int64_t i = i_lo_134; i <= i_hi_135; ++i)
                                row_136[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                float *b_mat_131 = (float *)calloc((size_t)(K_max_125 * N_max_124), sizeof(float));
                if (b_mat_131 == NULL) failed_122 = 1;
                else {
                    {
                        const int64_t ext_138 = I;
                        const int64_t o_last_139 = ((-1) + O);
                        const int64_t i_lo_140 = 0;
                        const int64_t i_hi_141 = ((-1) + I);
                        for (int64_t o = 0; o <= o_last_139; ++o) {
                            float *restrict row_142 = b_mat_131 + (o) * ext_138;
                            for (int64_t i = i_lo_140; i <= i_hi_141; ++i)
                                row_142[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_144 = 1;
#ifdef _OPENMP
                if (flops_129 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_144 = omp_get_max_threads();
#endif
                const int by_columns_145 = N_127 >= M_126;
                const int64_t width_146 = ((by_columns_145 ? N_127 : M_126) + tiles_144 - 1) / tiles_144;
#ifdef _OPENMP
                const int64_t work_150 = flops_129;
                if (work_150 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_144)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_147 = 0; tile_147 < tiles_144; ++tile_147) {
                            const int64_t lo_148 = tile_147 * width_146;
                            const int64_t count_149 = derive_imin(width_146, (by_columns_145 ? N_127 : M_126) - lo_148);
                            if (count_149 <= 0) continue;
                            if (derive_gemm_f32(by_columns_145 ? M_126 : count_149, by_columns_145 ? count_149 : N_127, K_128, a_mat_130 + (by_columns_145 ? 0 : lo_148 * K_128), K_128, 1, b_mat_131 + (by_columns_145 ? lo_148 * K_128 : 0), 1, K_128, y + (0) + lo_148 * (by_columns_145 ? 1 : O), O, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_122 = 1;
                            }
                        }
                    }
                } else
#endif
                {
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_147 = 0; tile_147 < tiles_144; ++tile_147) {
                            const int64_t lo_148 = tile_147 * width_146;
                            const int64_t count_149 = derive_imin(width_146, (by_columns_145 ? N_127 : M_126) - lo_148);
                            if (count_149 <= 0) continue;
                            if (derive_gemm_f32(by_columns_145 ? M_126 : count_149, by_columns_145 ? count_149 : N_127, K_128, a_mat_130 + (by_columns_145 ? 0 : lo_148 * K_128), K_128, 1, b_mat_131 + (by_columns_145 ? lo_148 * K_128 : 0), 1, K_128, y + (0) + lo_148 * (by_columns_145 ? 1 : O), O, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_122 = 1;
                            }
                        }
                    }
                }
                free(a_mat_130);
                free(b_mat_131);
            }
            if (failed_122) return 8;
        }
    }
    return 0;
}

int derive_linear_backward_x_f32(int64_t N, int64_t I, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
    const int64_t products_151 = (I * N * O);
    if (products_151 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_156 = (I * N * O);
        if (work_156 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t i = 0; i < I; ++i) grad_x[(n) * I + i] = 0;
                {
                    const int64_t o_lo_152 = 0;
                    const int64_t o_hi_153 = ((-1) + O);
                    for (int64_t o = o_lo_152; o <= o_hi_153; ++o) {
                        {
                            const int64_t i_lo_154 = 0;
                            const int64_t i_hi_155 = ((-1) + I);
                            for (int64_t i = i_lo_154; i <= i_hi_155; ++i)
                                grad_x[(n) * I + i] += (grad_y[(n) * O + o] * w[(o) * I + i]);
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t i = 0; i < I; ++i) grad_x[(n) * I + i] = 0;
                {
                    const int64_t o_lo_152 = 0;
                    const int64_t o_hi_153 = ((-1) + O);
                    for (int64_t o = o_lo_152; o <= o_hi_153; ++o) {
                        {
                            const int64_t i_lo_154 = 0;
                            const int64_t i_hi_155 = ((-1) + I);
                            for (int64_t i = i_lo_154; i <= i_hi_155; ++i)
                                grad_x[(n) * I + i] += (grad_y[(n) * O + o] * w[(o) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_157 = 0;
            const int64_t M_max_158 = N;
            const int64_t N_max_159 = I;
            const int64_t K_max_160 = O;
            const int64_t M_161 = N;
            const int64_t N_162 = I;
            const int64_t K_163 = O;
            const int64_t flops_164 = M_161 * N_162 * K_163 * (1);
            (void)flops_164;
            if (K_163 <= 0)
                for (int64_t q_165 = 0; q_165 < (N) * (I); ++q_165) grad_x[q_165] = 0;
            if (M_161 > 0 && N_162 > 0 && K_163 > 0) {
                float *a_mat_166 = (float *)calloc((size_t)(M_max_158 * K_max_160), sizeof(float));
                if (a_mat_166 == NULL) failed_157 = 1;
                else {
                    {
                        const int64_t ext_168 = O;
                        const int64_t n_last_169 = ((-1) + N);
                        const int64_t o_lo_170 = 0;
                        const int64_t o_hi_171 = ((-1) + O);
                        for (int64_t n = 0; n <= n_last_169; ++n) {
                            float *restrict row_172 = a_mat_166 + (n) * ext_168;
                            for (int64_t o = o_lo_170; o <= o_hi_171; ++o)
                                row_172[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                float *b_mat_167 = (float *)calloc((size_t)(K_max_160 * N_max_159), sizeof(float));
                if (b_mat_167 == NULL) failed_157 = 1;
                else {
                    {
                        const int64_t ext_174 = I;
                        const int64_t o_last_175 = ((-1) + O);
                        const int64_t i_lo_176 = 0;
                        const int64_t i_hi_177 = ((-1) + I);
                        for (int64_t o = 0; o <= o_last_175; ++o) {
                            float *restrict row_178 = b_mat_167 + (o) * ext_174;
                            for (int64_t i = i_lo_176; i <= i_hi_177; ++i)
                                row_178[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_180 = 1;
#ifdef _OPENMP
                if (flops_164 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_180 = omp_get_max_threads();
#endif
                const int by_columns_181 = N_162 >= M_161;
                const int64_t width_182 = ((by_columns_181 ? N_162 : M_161) + tiles_180 - 1) / tiles_180;
#ifdef _OPENMP
                const int64_t work_186 = flops_164;
                if (work_186 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_180)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_183 = 0; tile_183 < tiles_180; ++tile_183) {
                            const int64_t lo_184 = tile_183 * width_182;
                            const int64_t count_185 = derive_imin(width_182, (by_columns_181 ? N_162 : M_161) - lo_184);
                            if (count_185 <= 0) continue;
                            if (derive_gemm_f32(by_columns_181 ? M_161 : count_185, by_columns_181 ? count_185 : N_162, K_163, a_mat_166 + (by_columns_181 ? 0 : lo_184 * K_163), K_163, 1, b_mat_167 + (by_columns_181 ? lo_184 * 1 : 0), N_162, 1, grad_x + (0) + lo_184 * (by_columns_181 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_157 = 1;
                            }
                        }
                    }
                } else
#endif
                {
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_183 = 0; tile_183 < tiles_180; ++tile_183) {
                            const int64_t lo_184 = tile_183 * width_182;
                            const int64_t count_185 = derive_imin(width_182, (by_columns_181 ? N_162 : M_161) - lo_184);
                            if (count_185 <= 0) continue;
                            if (derive_gemm_f32(by_columns_181 ? M_161 : count_185, by_columns_181 ? count_185 : N_162, K_163, a_mat_166 + (by_columns_181 ? 0 : lo_184 * K_163), K_163, 1, b_mat_167 + (by_columns_181 ? lo_184 * 1 : 0), N_162, 1, grad_x + (0) + lo_184 * (by_columns_181 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_157 = 1;
                            }
                        }
                    }
                }
                free(a_mat_166);
                free(b_mat_167);
            }
            if (failed_157) return 8;
        }
    }
    return 0;
}

int derive_linear_backward_w_f32(int64_t N, int64_t I, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_w)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_w;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
    const int64_t products_187 = (I * N * O);
    if (products_187 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_192 = (I * N * O);
        if (work_192 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t i = 0; i < I; ++i) grad_w[(o) * I + i] = 0;
                {
                    const int64_t n_lo_188 = 0;
                    const int64_t n_hi_189 = ((-1) + N);
                    for (int64_t n = n_lo_188; n <= n_hi_189; ++n) {
                        {
                            const int64_t i_lo_190 = 0;
                            const int64_t i_hi_191 = ((-1) + I);
                            for (int64_t i = i_lo_190; i <= i_hi_191; ++i)
                                grad_w[(o) * I + i] += (grad_y[(n) * O + o] * x[(n) * I + i]);
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t i = 0; i < I; ++i) grad_w[(o) * I + i] = 0;
                {
                    const int64_t n_lo_188 = 0;
                    const int64_t n_hi_189 = ((-1) + N);
                    for (int64_t n = n_lo_188; n <= n_hi_189; ++n) {
                        {
                            const int64_t i_lo_190 = 0;
                            const int64_t i_hi_191 = ((-1) + I);
                            for (int64_t i = i_lo_190; i <= i_hi_191; ++i)
                                grad_w[(o) * I + i] += (grad_y[(n) * O + o] * x[(n) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_193 = 0;
            const int64_t M_max_194 = O;
            const int64_t N_max_195 = I;
            const int64_t K_max_196 = N;
            const int64_t M_197 = O;
            const int64_t N_198 = I;
            const int64_t K_199 = N;
            const int64_t flops_200 = M_197 * N_198 * K_199 * (1);
            (void)flops_200;
            if (K_199 <= 0)
                for (int64_t q_201 = 0; q_201 < (O) * (I); ++q_201) grad_w[q_201] = 0;
            if (M_197 > 0 && N_198 > 0 && K_199 > 0) {
                float *a_mat_202 = (float *)calloc((size_t)(M_max_194 * K_max_196), sizeof(float));
                if (a_mat_202 == NULL) failed_193 = 1;
                else {
                    {
                        const int64_t ext_204 = O;
                        const int64_t n_last_205 = ((-1) + N);
                        const int64_t o_lo_206 = 0;
                        const int64_t o_hi_207 = ((-1) + O);
                        for (int64_t n = 0; n <= n_last_205; ++n) {
                            float *restrict row_208 = a_mat_202 + (n) * ext_204;
                            for (int64_t o = o_lo_206; o <= o_hi_207; ++o)
                                row_208[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                float *b_mat_203 = (float *)calloc((size_t)(K_max_196 * N_max_195), sizeof(float));
                if (b_mat_203 == NULL) failed_193 = 1;
                else {
                    {
                        const int64_t ext_210 = I;
                        const int64_t n_last_211 = ((-1) + N);
                        const int64_t i_lo_212 = 0;
                        const int64_t i_hi_213 = ((-1) + I);
                        for (int64_t n = 0; n <= n_last_211; ++n) {
                            float *restrict row_214 = b_mat_203 + (n) * ext_210;
                            for (int64_t i = i_lo_212; i <= i_hi_213; ++i)
                                row_214[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                int64_t tiles_216 = 1;
#ifdef _OPENMP
                if (flops_200 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_216 = omp_get_max_threads();
#endif
                const int by_columns_217 = N_198 >= M_197;
                const int64_t width_218 = ((by_columns_217 ? N_198 : M_197) + tiles_216 - 1) / tiles_216;
#ifdef _OPENMP
                const int64_t work_222 = flops_200;
                if (work_222 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_216)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_219 = 0; tile_219 < tiles_216; ++tile_219) {
                            const int64_t lo_220 = tile_219 * width_218;
                            const int64_t count_221 = derive_imin(width_218, (by_columns_217 ? N_198 : M_197) - lo_220);
                            if (count_221 <= 0) continue;
                            if (derive_gemm_f32(by_columns_217 ? M_197 : count_221, by_columns_217 ? count_221 : N_198, K_199, a_mat_202 + (by_columns_217 ? 0 : lo_220 * 1), 1, M_197, b_mat_203 + (by_columns_217 ? lo_220 * 1 : 0), N_198, 1, grad_w + (0) + lo_220 * (by_columns_217 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_193 = 1;
                            }
                        }
                    }
                } else
#endif
                {
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_219 = 0; tile_219 < tiles_216; ++tile_219) {
                            const int64_t lo_220 = tile_219 * width_218;
                            const int64_t count_221 = derive_imin(width_218, (by_columns_217 ? N_198 : M_197) - lo_220);
                            if (count_221 <= 0) continue;
                            if (derive_gemm_f32(by_columns_217 ? M_197 : count_221, by_columns_217 ? count_221 : N_198, K_199, a_mat_202 + (by_columns_217 ? 0 : lo_220 * 1), 1, M_197, b_mat_203 + (by_columns_217 ? lo_220 * 1 : 0), N_198, 1, grad_w + (0) + lo_220 * (by_columns_217 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_193 = 1;
                            }
                        }
                    }
                }
                free(a_mat_202);
                free(b_mat_203);
            }
            if (failed_193) return 8;
        }
    }
    return 0;
}

int derive_linear_backward_b_f32(int64_t N, int64_t I, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_b)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_b;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_226 = (N * O);
    if (work_226 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            float acc_223 = 0;
            {
                const int64_t n_lo_224 = 0;
                const int64_t n_hi_225 = ((-1) + N);
                for (int64_t n = n_lo_224; n <= n_hi_225; ++n) {
                    acc_223 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_223;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            float acc_223 = 0;
            {
                const int64_t n_lo_224 = 0;
                const int64_t n_hi_225 = ((-1) + N);
                for (int64_t n = n_lo_224; n <= n_hi_225; ++n) {
                    acc_223 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_223;
        }
    }
    return 0;
}

int derive_linear_backward_f32(int64_t N, int64_t I, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, float *restrict y, float *restrict grad_x, float *restrict grad_w, float *restrict grad_b)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    (void)grad_w;
    (void)grad_b;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_linear_backward_x_f32(N, I, O, grad_y, x, w, b, y, grad_x);
        if (status) return status;
    }
    if (grad_w != NULL) {
        status = derive_linear_backward_w_f32(N, I, O, grad_y, x, w, b, y, grad_w);
        if (status) return status;
    }
    if (grad_b != NULL) {
        status = derive_linear_backward_b_f32(N, I, O, grad_y, x, w, b, y, grad_b);
        if (status) return status;
    }
    return 0;
}

