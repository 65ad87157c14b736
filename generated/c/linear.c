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
                for (int64_t o = 0; o < O; ++o) y[(n) * O + o] = 0;
                {
                    {
                        const int64_t o_lo_6 = 0;
                        const int64_t o_hi_7 = ((-1) + O);
                        for (int64_t o = o_lo_6; o <= o_hi_7; ++o)
                            y[(n) * O + o] += b[o];
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) y[(n) * O + o] = 0;
                {
                    {
                        const int64_t o_lo_6 = 0;
                        const int64_t o_hi_7 = ((-1) + O);
                        for (int64_t o = o_lo_6; o <= o_hi_7; ++o)
                            y[(n) * O + o] += b[o];
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
                double *a_mat_17 = (double *)malloc(sizeof(double) * (size_t)(M_max_10 * K_max_12));
                if (a_mat_17 == NULL) failed_9 = 1;
                else {
                    {
                        const int64_t ext_19 = I;
                        int64_t rows_20 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            double *restrict row_21 = a_mat_17 + (rows_20++) * ext_19;
                            const int64_t i_lo_23 = 0;
                            const int64_t i_hi_24 = ((-1) + I);
                            const int64_t z_25 = derive_imin(i_lo_23 - (0), ext_19);
                            const int64_t z_26 = derive_imax(i_hi_24 - (0) + 1, z_25);
                            for (int64_t q_22 = 0; q_22 < z_25; ++q_22) row_21[q_22] = 0;
                            for (int64_t q_22 = z_26; q_22 < ext_19; ++q_22) row_21[q_22] = 0;
                            for (int64_t i = i_lo_23; i <= i_hi_24; ++i)
                                row_21[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                double *b_mat_18 = (double *)malloc(sizeof(double) * (size_t)(K_max_12 * N_max_11));
                if (b_mat_18 == NULL) failed_9 = 1;
                else {
                    {
                        const int64_t ext_27 = I;
                        int64_t rows_28 = 0;
                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                            double *restrict row_29 = b_mat_18 + (rows_28++) * ext_27;
                            const int64_t i_lo_31 = 0;
                            const int64_t i_hi_32 = ((-1) + I);
                            const int64_t z_33 = derive_imin(i_lo_31 - (0), ext_27);
                            const int64_t z_34 = derive_imax(i_hi_32 - (0) + 1, z_33);
                            for (int64_t q_30 = 0; q_30 < z_33; ++q_30) row_29[q_30] = 0;
                            for (int64_t q_30 = z_34; q_30 < ext_27; ++q_30) row_29[q_30] = 0;
                            for (int64_t i = i_lo_31; i <= i_hi_32; ++i)
                                row_29[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_35 = 1;
#ifdef _OPENMP
                if (flops_16 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_35 = omp_get_max_threads();
#endif
                const int by_columns_36 = N_14 >= M_13;
                const int64_t width_37 = ((by_columns_36 ? N_14 : M_13) + tiles_35 - 1) / tiles_35;
#ifdef _OPENMP
                if (flops_16 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_35)
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_38 = 0; tile_38 < tiles_35; ++tile_38) {
                        const int64_t lo_39 = tile_38 * width_37;
                        const int64_t count_40 = derive_imin(width_37, (by_columns_36 ? N_14 : M_13) - lo_39);
                        if (count_40 <= 0) continue;
                        if (derive_gemm_f64(by_columns_36 ? M_13 : count_40, by_columns_36 ? count_40 : N_14, K_15, a_mat_17 + (by_columns_36 ? 0 : lo_39 * K_15), K_15, 1, b_mat_18 + (by_columns_36 ? lo_39 * K_15 : 0), 1, K_15, y + (0) + lo_39 * (by_columns_36 ? 1 : O), O, 1, 1)) {
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
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_38 = 0; tile_38 < tiles_35; ++tile_38) {
                        const int64_t lo_39 = tile_38 * width_37;
                        const int64_t count_40 = derive_imin(width_37, (by_columns_36 ? N_14 : M_13) - lo_39);
                        if (count_40 <= 0) continue;
                        if (derive_gemm_f64(by_columns_36 ? M_13 : count_40, by_columns_36 ? count_40 : N_14, K_15, a_mat_17 + (by_columns_36 ? 0 : lo_39 * K_15), K_15, 1, b_mat_18 + (by_columns_36 ? lo_39 * K_15 : 0), 1, K_15, y + (0) + lo_39 * (by_columns_36 ? 1 : O), O, 1, 1)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_9 = 1;
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
    const int64_t products_41 = (I * N * O);
    if (products_41 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_46 = (I * N * O);
        if (work_46 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t i = 0; i < I; ++i) grad_x[(n) * I + i] = 0;
                {
                    const int64_t o_lo_42 = 0;
                    const int64_t o_hi_43 = ((-1) + O);
                    for (int64_t o = o_lo_42; o <= o_hi_43; ++o) {
                        {
                            const int64_t i_lo_44 = 0;
                            const int64_t i_hi_45 = ((-1) + I);
                            for (int64_t i = i_lo_44; i <= i_hi_45; ++i)
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
                    const int64_t o_lo_42 = 0;
                    const int64_t o_hi_43 = ((-1) + O);
                    for (int64_t o = o_lo_42; o <= o_hi_43; ++o) {
                        {
                            const int64_t i_lo_44 = 0;
                            const int64_t i_hi_45 = ((-1) + I);
                            for (int64_t i = i_lo_44; i <= i_hi_45; ++i)
                                grad_x[(n) * I + i] += (grad_y[(n) * O + o] * w[(o) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_47 = 0;
            const int64_t M_max_48 = N;
            const int64_t N_max_49 = I;
            const int64_t K_max_50 = O;
            const int64_t M_51 = N;
            const int64_t N_52 = I;
            const int64_t K_53 = O;
            const int64_t flops_54 = M_51 * N_52 * K_53 * (1);
            (void)flops_54;
            if (K_53 <= 0)
                for (int64_t q_55 = 0; q_55 < (N) * (I); ++q_55) grad_x[q_55] = 0;
            if (M_51 > 0 && N_52 > 0 && K_53 > 0) {
                double *a_mat_56 = (double *)malloc(sizeof(double) * (size_t)(M_max_48 * K_max_50));
                if (a_mat_56 == NULL) failed_47 = 1;
                else {
                    {
                        const int64_t ext_58 = O;
                        int64_t rows_59 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            double *restrict row_60 = a_mat_56 + (rows_59++) * ext_58;
                            const int64_t o_lo_62 = 0;
                            const int64_t o_hi_63 = ((-1) + O);
                            const int64_t z_64 = derive_imin(o_lo_62 - (0), ext_58);
                            const int64_t z_65 = derive_imax(o_hi_63 - (0) + 1, z_64);
                            for (int64_t q_61 = 0; q_61 < z_64; ++q_61) row_60[q_61] = 0;
                            for (int64_t q_61 = z_65; q_61 < ext_58; ++q_61) row_60[q_61] = 0;
                            for (int64_t o = o_lo_62; o <= o_hi_63; ++o)
                                row_60[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                double *b_mat_57 = (double *)malloc(sizeof(double) * (size_t)(K_max_50 * N_max_49));
                if (b_mat_57 == NULL) failed_47 = 1;
                else {
                    {
                        const int64_t ext_66 = I;
                        int64_t rows_67 = 0;
                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                            double *restrict row_68 = b_mat_57 + (rows_67++) * ext_66;
                            const int64_t i_lo_70 = 0;
                            const int64_t i_hi_71 = ((-1) + I);
                            const int64_t z_72 = derive_imin(i_lo_70 - (0), ext_66);
                            const int64_t z_73 = derive_imax(i_hi_71 - (0) + 1, z_72);
                            for (int64_t q_69 = 0; q_69 < z_72; ++q_69) row_68[q_69] = 0;
                            for (int64_t q_69 = z_73; q_69 < ext_66; ++q_69) row_68[q_69] = 0;
                            for (int64_t i = i_lo_70; i <= i_hi_71; ++i)
                                row_68[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_74 = 1;
#ifdef _OPENMP
                if (flops_54 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_74 = omp_get_max_threads();
#endif
                const int by_columns_75 = N_52 >= M_51;
                const int64_t width_76 = ((by_columns_75 ? N_52 : M_51) + tiles_74 - 1) / tiles_74;
#ifdef _OPENMP
                if (flops_54 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_74)
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_77 = 0; tile_77 < tiles_74; ++tile_77) {
                        const int64_t lo_78 = tile_77 * width_76;
                        const int64_t count_79 = derive_imin(width_76, (by_columns_75 ? N_52 : M_51) - lo_78);
                        if (count_79 <= 0) continue;
                        if (derive_gemm_f64(by_columns_75 ? M_51 : count_79, by_columns_75 ? count_79 : N_52, K_53, a_mat_56 + (by_columns_75 ? 0 : lo_78 * K_53), K_53, 1, b_mat_57 + (by_columns_75 ? lo_78 * 1 : 0), N_52, 1, grad_x + (0) + lo_78 * (by_columns_75 ? 1 : I), I, 1, 0)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_47 = 1;
                        }
                    }
                }
                } else
#endif
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_77 = 0; tile_77 < tiles_74; ++tile_77) {
                        const int64_t lo_78 = tile_77 * width_76;
                        const int64_t count_79 = derive_imin(width_76, (by_columns_75 ? N_52 : M_51) - lo_78);
                        if (count_79 <= 0) continue;
                        if (derive_gemm_f64(by_columns_75 ? M_51 : count_79, by_columns_75 ? count_79 : N_52, K_53, a_mat_56 + (by_columns_75 ? 0 : lo_78 * K_53), K_53, 1, b_mat_57 + (by_columns_75 ? lo_78 * 1 : 0), N_52, 1, grad_x + (0) + lo_78 * (by_columns_75 ? 1 : I), I, 1, 0)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_47 = 1;
                        }
                    }
                }
                free(a_mat_56);
                free(b_mat_57);
            }
            if (failed_47) return 8;
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
    const int64_t products_80 = (I * N * O);
    if (products_80 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_85 = (I * N * O);
        if (work_85 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t i = 0; i < I; ++i) grad_w[(o) * I + i] = 0;
                {
                    const int64_t n_lo_81 = 0;
                    const int64_t n_hi_82 = ((-1) + N);
                    for (int64_t n = n_lo_81; n <= n_hi_82; ++n) {
                        {
                            const int64_t i_lo_83 = 0;
                            const int64_t i_hi_84 = ((-1) + I);
                            for (int64_t i = i_lo_83; i <= i_hi_84; ++i)
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
                    const int64_t n_lo_81 = 0;
                    const int64_t n_hi_82 = ((-1) + N);
                    for (int64_t n = n_lo_81; n <= n_hi_82; ++n) {
                        {
                            const int64_t i_lo_83 = 0;
                            const int64_t i_hi_84 = ((-1) + I);
                            for (int64_t i = i_lo_83; i <= i_hi_84; ++i)
                                grad_w[(o) * I + i] += (grad_y[(n) * O + o] * x[(n) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_86 = 0;
            const int64_t M_max_87 = O;
            const int64_t N_max_88 = I;
            const int64_t K_max_89 = N;
            const int64_t M_90 = O;
            const int64_t N_91 = I;
            const int64_t K_92 = N;
            const int64_t flops_93 = M_90 * N_91 * K_92 * (1);
            (void)flops_93;
            if (K_92 <= 0)
                for (int64_t q_94 = 0; q_94 < (O) * (I); ++q_94) grad_w[q_94] = 0;
            if (M_90 > 0 && N_91 > 0 && K_92 > 0) {
                double *a_mat_95 = (double *)malloc(sizeof(double) * (size_t)(M_max_87 * K_max_89));
                if (a_mat_95 == NULL) failed_86 = 1;
                else {
                    {
                        const int64_t ext_97 = O;
                        int64_t rows_98 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            double *restrict row_99 = a_mat_95 + (rows_98++) * ext_97;
                            const int64_t o_lo_101 = 0;
                            const int64_t o_hi_102 = ((-1) + O);
                            const int64_t z_103 = derive_imin(o_lo_101 - (0), ext_97);
                            const int64_t z_104 = derive_imax(o_hi_102 - (0) + 1, z_103);
                            for (int64_t q_100 = 0; q_100 < z_103; ++q_100) row_99[q_100] = 0;
                            for (int64_t q_100 = z_104; q_100 < ext_97; ++q_100) row_99[q_100] = 0;
                            for (int64_t o = o_lo_101; o <= o_hi_102; ++o)
                                row_99[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                double *b_mat_96 = (double *)malloc(sizeof(double) * (size_t)(K_max_89 * N_max_88));
                if (b_mat_96 == NULL) failed_86 = 1;
                else {
                    {
                        const int64_t ext_105 = I;
                        int64_t rows_106 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            double *restrict row_107 = b_mat_96 + (rows_106++) * ext_105;
                            const int64_t i_lo_109 = 0;
                            const int64_t i_hi_110 = ((-1) + I);
                            const int64_t z_111 = derive_imin(i_lo_109 - (0), ext_105);
                            const int64_t z_112 = derive_imax(i_hi_110 - (0) + 1, z_111);
                            for (int64_t q_108 = 0; q_108 < z_111; ++q_108) row_107[q_108] = 0;
                            for (int64_t q_108 = z_112; q_108 < ext_105; ++q_108) row_107[q_108] = 0;
                            for (int64_t i = i_lo_109; i <= i_hi_110; ++i)
                                row_107[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                int64_t tiles_113 = 1;
#ifdef _OPENMP
                if (flops_93 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_113 = omp_get_max_threads();
#endif
                const int by_columns_114 = N_91 >= M_90;
                const int64_t width_115 = ((by_columns_114 ? N_91 : M_90) + tiles_113 - 1) / tiles_113;
#ifdef _OPENMP
                if (flops_93 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_113)
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_116 = 0; tile_116 < tiles_113; ++tile_116) {
                        const int64_t lo_117 = tile_116 * width_115;
                        const int64_t count_118 = derive_imin(width_115, (by_columns_114 ? N_91 : M_90) - lo_117);
                        if (count_118 <= 0) continue;
                        if (derive_gemm_f64(by_columns_114 ? M_90 : count_118, by_columns_114 ? count_118 : N_91, K_92, a_mat_95 + (by_columns_114 ? 0 : lo_117 * 1), 1, M_90, b_mat_96 + (by_columns_114 ? lo_117 * 1 : 0), N_91, 1, grad_w + (0) + lo_117 * (by_columns_114 ? 1 : I), I, 1, 0)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_86 = 1;
                        }
                    }
                }
                } else
#endif
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_116 = 0; tile_116 < tiles_113; ++tile_116) {
                        const int64_t lo_117 = tile_116 * width_115;
                        const int64_t count_118 = derive_imin(width_115, (by_columns_114 ? N_91 : M_90) - lo_117);
                        if (count_118 <= 0) continue;
                        if (derive_gemm_f64(by_columns_114 ? M_90 : count_118, by_columns_114 ? count_118 : N_91, K_92, a_mat_95 + (by_columns_114 ? 0 : lo_117 * 1), 1, M_90, b_mat_96 + (by_columns_114 ? lo_117 * 1 : 0), N_91, 1, grad_w + (0) + lo_117 * (by_columns_114 ? 1 : I), I, 1, 0)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_86 = 1;
                        }
                    }
                }
                free(a_mat_95);
                free(b_mat_96);
            }
            if (failed_86) return 8;
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
    const int64_t work_122 = (N * O);
    if (work_122 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            double acc_119 = 0;
            {
                const int64_t n_lo_120 = 0;
                const int64_t n_hi_121 = ((-1) + N);
                for (int64_t n = n_lo_120; n <= n_hi_121; ++n) {
                    acc_119 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_119;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            double acc_119 = 0;
            {
                const int64_t n_lo_120 = 0;
                const int64_t n_hi_121 = ((-1) + N);
                for (int64_t n = n_lo_120; n <= n_hi_121; ++n) {
                    acc_119 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_119;
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
    const int64_t products_123 = (I * N * O);
    if (products_123 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_127 = (I * N * O);
        if (work_127 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    float acc_124 = 0;
                    {
                        acc_124 += b[o];
                    }
                    {
                        const int64_t i_lo_125 = 0;
                        const int64_t i_hi_126 = ((-1) + I);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_124)
    #endif
                        for (int64_t i = i_lo_125; i <= i_hi_126; ++i) {
                            acc_124 += (w[(o) * I + i] * x[(n) * I + i]);
                        }
                    }
                    y[(n) * O + o] = acc_124;
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    float acc_124 = 0;
                    {
                        acc_124 += b[o];
                    }
                    {
                        const int64_t i_lo_125 = 0;
                        const int64_t i_hi_126 = ((-1) + I);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_124)
    #endif
                        for (int64_t i = i_lo_125; i <= i_hi_126; ++i) {
                            acc_124 += (w[(o) * I + i] * x[(n) * I + i]);
                        }
                    }
                    y[(n) * O + o] = acc_124;
                }
            }
        }
    } else {
#ifdef _OPENMP
        const int64_t work_130 = (N * O);
        if (work_130 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) y[(n) * O + o] = 0;
                {
                    {
                        const int64_t o_lo_128 = 0;
                        const int64_t o_hi_129 = ((-1) + O);
                        for (int64_t o = o_lo_128; o <= o_hi_129; ++o)
                            y[(n) * O + o] += b[o];
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) y[(n) * O + o] = 0;
                {
                    {
                        const int64_t o_lo_128 = 0;
                        const int64_t o_hi_129 = ((-1) + O);
                        for (int64_t o = o_lo_128; o <= o_hi_129; ++o)
                            y[(n) * O + o] += b[o];
                    }
                }
            }
        }
        {
            int failed_131 = 0;
            const int64_t M_max_132 = N;
            const int64_t N_max_133 = O;
            const int64_t K_max_134 = I;
            const int64_t M_135 = N;
            const int64_t N_136 = O;
            const int64_t K_137 = I;
            const int64_t flops_138 = M_135 * N_136 * K_137 * (1);
            (void)flops_138;
            if (M_135 > 0 && N_136 > 0 && K_137 > 0) {
                float *a_mat_139 = (float *)malloc(sizeof(float) * (size_t)(M_max_132 * K_max_134));
                if (a_mat_139 == NULL) failed_131 = 1;
                else {
                    {
                        const int64_t ext_141 = I;
                        int64_t rows_142 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            float *restrict row_143 = a_mat_139 + (rows_142++) * ext_141;
                            const int64_t i_lo_145 = 0;
                            const int64_t i_hi_146 = ((-1) + I);
                            const int64_t z_147 = derive_imin(i_lo_145 - (0), ext_141);
                            const int64_t z_148 = derive_imax(i_hi_146 - (0) + 1, z_147);
                            for (int64_t q_144 = 0; q_144 < z_147; ++q_144) row_143[q_144] = 0;
                            for (int64_t q_144 = z_148; q_144 < ext_141; ++q_144) row_143[q_144] = 0;
                            for (int64_t i = i_lo_145; i <= i_hi_146; ++i)
                                row_143[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                float *b_mat_140 = (float *)malloc(sizeof(float) * (size_t)(K_max_134 * N_max_133));
                if (b_mat_140 == NULL) failed_131 = 1;
                else {
                    {
                        const int64_t ext_149 = I;
                        int64_t rows_150 = 0;
                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                            float *restrict row_151 = b_mat_140 + (rows_150++) * ext_149;
                            const int64_t i_lo_153 = 0;
                            const int64_t i_hi_154 = ((-1) + I);
                            const int64_t z_155 = derive_imin(i_lo_153 - (0), ext_149);
                            const int64_t z_156 = derive_imax(i_hi_154 - (0) + 1, z_155);
                            for (int64_t q_152 = 0; q_152 < z_155; ++q_152) row_151[q_152] = 0;
                            for (int64_t q_152 = z_156; q_152 < ext_149; ++q_152) row_151[q_152] = 0;
                            for (int64_t i = i_lo_153; i <= i_hi_154; ++i)
                                row_151[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_157 = 1;
#ifdef _OPENMP
                if (flops_138 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_157 = omp_get_max_threads();
#endif
                const int by_columns_158 = N_136 >= M_135;
                const int64_t width_159 = ((by_columns_158 ? N_136 : M_135) + tiles_157 - 1) / tiles_157;
#ifdef _OPENMP
                if (flops_138 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_157)
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_160 = 0; tile_160 < tiles_157; ++tile_160) {
                        const int64_t lo_161 = tile_160 * width_159;
                        const int64_t count_162 = derive_imin(width_159, (by_columns_158 ? N_136 : M_135) - lo_161);
                        if (count_162 <= 0) continue;
                        if (derive_gemm_f32(by_columns_158 ? M_135 : count_162, by_columns_158 ? count_162 : N_136, K_137, a_mat_139 + (by_columns_158 ? 0 : lo_161 * K_137), K_137, 1, b_mat_140 + (by_columns_158 ? lo_161 * K_137 : 0), 1, K_137, y + (0) + lo_161 * (by_columns_158 ? 1 : O), O, 1, 1)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_131 = 1;
                        }
                    }
                }
                } else
#endif
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_160 = 0; tile_160 < tiles_157; ++tile_160) {
                        const int64_t lo_161 = tile_160 * width_159;
                        const int64_t count_162 = derive_imin(width_159, (by_columns_158 ? N_136 : M_135) - lo_161);
                        if (count_162 <= 0) continue;
                        if (derive_gemm_f32(by_columns_158 ? M_135 : count_162, by_columns_158 ? count_162 : N_136, K_137, a_mat_139 + (by_columns_158 ? 0 : lo_161 * K_137), K_137, 1, b_mat_140 + (by_columns_158 ? lo_161 * K_137 : 0), 1, K_137, y + (0) + lo_161 * (by_columns_158 ? 1 : O), O, 1, 1)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_131 = 1;
                        }
                    }
                }
                free(a_mat_139);
                free(b_mat_140);
            }
            if (failed_131) return 8;
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
    const int64_t products_163 = (I * N * O);
    if (products_163 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_168 = (I * N * O);
        if (work_168 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t i = 0; i < I; ++i) grad_x[(n) * I + i] = 0;
                {
                    const int64_t o_lo_164 = 0;
                    const int64_t o_hi_165 = ((-1) + O);
                    for (int64_t o = o_lo_164; o <= o_hi_165; ++o) {
                        {
                            const int64_t i_lo_166 = 0;
                            const int64_t i_hi_167 = ((-1) + I);
                            for (int64_t i = i_lo_166; i <= i_hi_167; ++i)
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
                    const int64_t o_lo_164 = 0;
                    const int64_t o_hi_165 = ((-1) + O);
                    for (int64_t o = o_lo_164; o <= o_hi_165; ++o) {
                        {
                            const int64_t i_lo_166 = 0;
                            const int64_t i_hi_167 = ((-1) + I);
                            for (int64_t i = i_lo_166; i <= i_hi_167; ++i)
                                grad_x[(n) * I + i] += (grad_y[(n) * O + o] * w[(o) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_169 = 0;
            const int64_t M_max_170 = N;
            const int64_t N_max_171 = I;
            const int64_t K_max_172 = O;
            const int64_t M_173 = N;
            const int64_t N_174 = I;
            const int64_t K_175 = O;
            const int64_t flops_176 = M_173 * N_174 * K_175 * (1);
            (void)flops_176;
            if (K_175 <= 0)
                for (int64_t q_177 = 0; q_177 < (N) * (I); ++q_177) grad_x[q_177] = 0;
            if (M_173 > 0 && N_174 > 0 && K_175 > 0) {
                float *a_mat_178 = (float *)malloc(sizeof(float) * (size_t)(M_max_170 * K_max_172));
                if (a_mat_178 == NULL) failed_169 = 1;
                else {
                    {
                        const int64_t ext_180 = O;
                        int64_t rows_181 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            float *restrict row_182 = a_mat_178 + (rows_181++) * ext_180;
                            const int64_t o_lo_184 = 0;
                            const int64_t o_hi_185 = ((-1) + O);
                            const int64_t z_186 = derive_imin(o_lo_184 - (0), ext_180);
                            const int64_t z_187 = derive_imax(o_hi_185 - (0) + 1, z_186);
                            for (int64_t q_183 = 0; q_183 < z_186; ++q_183) row_182[q_183] = 0;
                            for (int64_t q_183 = z_187; q_183 < ext_180; ++q_183) row_182[q_183] = 0;
                            for (int64_t o = o_lo_184; o <= o_hi_185; ++o)
                                row_182[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                float *b_mat_179 = (float *)malloc(sizeof(float) * (size_t)(K_max_172 * N_max_171));
                if (b_mat_179 == NULL) failed_169 = 1;
                else {
                    {
                        const int64_t ext_188 = I;
                        int64_t rows_189 = 0;
                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                            float *restrict row_190 = b_mat_179 + (rows_189++) * ext_188;
                            const int64_t i_lo_192 = 0;
                            const int64_t i_hi_193 = ((-1) + I);
                            const int64_t z_194 = derive_imin(i_lo_192 - (0), ext_188);
                            const int64_t z_195 = derive_imax(i_hi_193 - (0) + 1, z_194);
                            for (int64_t q_191 = 0; q_191 < z_194; ++q_191) row_190[q_191] = 0;
                            for (int64_t q_191 = z_195; q_191 < ext_188; ++q_191) row_190[q_191] = 0;
                            for (int64_t i = i_lo_192; i <= i_hi_193; ++i)
                                row_190[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_196 = 1;
#ifdef _OPENMP
                if (flops_176 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_196 = omp_get_max_threads();
#endif
                const int by_columns_197 = N_174 >= M_173;
                const int64_t width_198 = ((by_columns_197 ? N_174 : M_173) + tiles_196 - 1) / tiles_196;
#ifdef _OPENMP
                if (flops_176 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_196)
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_199 = 0; tile_199 < tiles_196; ++tile_199) {
                        const int64_t lo_200 = tile_199 * width_198;
                        const int64_t count_201 = derive_imin(width_198, (by_columns_197 ? N_174 : M_173) - lo_200);
                        if (count_201 <= 0) continue;
                        if (derive_gemm_f32(by_columns_197 ? M_173 : count_201, by_columns_197 ? count_201 : N_174, K_175, a_mat_178 + (by_columns_197 ? 0 : lo_200 * K_175), K_175, 1, b_mat_179 + (by_columns_197 ? lo_200 * 1 : 0), N_174, 1, grad_x + (0) + lo_200 * (by_columns_197 ? 1 : I), I, 1, 0)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_169 = 1;
                        }
                    }
                }
                } else
#endif
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_199 = 0; tile_199 < tiles_196; ++tile_199) {
                        const int64_t lo_200 = tile_199 * width_198;
                        const int64_t count_201 = derive_imin(width_198, (by_columns_197 ? N_174 : M_173) - lo_200);
                        if (count_201 <= 0) continue;
                        if (derive_gemm_f32(by_columns_197 ? M_173 : count_201, by_columns_197 ? count_201 : N_174, K_175, a_mat_178 + (by_columns_197 ? 0 : lo_200 * K_175), K_175, 1, b_mat_179 + (by_columns_197 ? lo_200 * 1 : 0), N_174, 1, grad_x + (0) + lo_200 * (by_columns_197 ? 1 : I), I, 1, 0)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_169 = 1;
                        }
                    }
                }
                free(a_mat_178);
                free(b_mat_179);
            }
            if (failed_169) return 8;
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
    const int64_t products_202 = (I * N * O);
    if (products_202 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_207 = (I * N * O);
        if (work_207 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t i = 0; i < I; ++i) grad_w[(o) * I + i] = 0;
                {
                    const int64_t n_lo_203 = 0;
                    const int64_t n_hi_204 = ((-1) + N);
                    for (int64_t n = n_lo_203; n <= n_hi_204; ++n) {
                        {
                            const int64_t i_lo_205 = 0;
                            const int64_t i_hi_206 = ((-1) + I);
                            for (int64_t i = i_lo_205; i <= i_hi_206; ++i)
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
                    const int64_t n_lo_203 = 0;
                    const int64_t n_hi_204 = ((-1) + N);
                    for (int64_t n = n_lo_203; n <= n_hi_204; ++n) {
                        {
                            const int64_t i_lo_205 = 0;
                            const int64_t i_hi_206 = ((-1) + I);
                            for (int64_t i = i_lo_205; i <= i_hi_206; ++i)
                                grad_w[(o) * I + i] += (grad_y[(n) * O + o] * x[(n) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_208 = 0;
            const int64_t M_max_209 = O;
            const int64_t N_max_210 = I;
            const int64_t K_max_211 = N;
            const int64_t M_212 = O;
            const int64_t N_213 = I;
            const int64_t K_214 = N;
            const int64_t flops_215 = M_212 * N_213 * K_214 * (1);
            (void)flops_215;
            if (K_214 <= 0)
                for (int64_t q_216 = 0; q_216 < (O) * (I); ++q_216) grad_w[q_216] = 0;
            if (M_212 > 0 && N_213 > 0 && K_214 > 0) {
                float *a_mat_217 = (float *)malloc(sizeof(float) * (size_t)(M_max_209 * K_max_211));
                if (a_mat_217 == NULL) failed_208 = 1;
                else {
                    {
                        const int64_t ext_219 = O;
                        int64_t rows_220 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            float *restrict row_221 = a_mat_217 + (rows_220++) * ext_219;
                            const int64_t o_lo_223 = 0;
                            const int64_t o_hi_224 = ((-1) + O);
                            const int64_t z_225 = derive_imin(o_lo_223 - (0), ext_219);
                            const int64_t z_226 = derive_imax(o_hi_224 - (0) + 1, z_225);
                            for (int64_t q_222 = 0; q_222 < z_225; ++q_222) row_221[q_222] = 0;
                            for (int64_t q_222 = z_226; q_222 < ext_219; ++q_222) row_221[q_222] = 0;
                            for (int64_t o = o_lo_223; o <= o_hi_224; ++o)
                                row_221[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                float *b_mat_218 = (float *)malloc(sizeof(float) * (size_t)(K_max_211 * N_max_210));
                if (b_mat_218 == NULL) failed_208 = 1;
                else {
                    {
                        const int64_t ext_227 = I;
                        int64_t rows_228 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            float *restrict row_229 = b_mat_218 + (rows_228++) * ext_227;
                            const int64_t i_lo_231 = 0;
                            const int64_t i_hi_232 = ((-1) + I);
                            const int64_t z_233 = derive_imin(i_lo_231 - (0), ext_227);
                            const int64_t z_234 = derive_imax(i_hi_232 - (0) + 1, z_233);
                            for (int64_t q_230 = 0; q_230 < z_233; ++q_230) row_229[q_230] = 0;
                            for (int64_t q_230 = z_234; q_230 < ext_227; ++q_230) row_229[q_230] = 0;
                            for (int64_t i = i_lo_231; i <= i_hi_232; ++i)
                                row_229[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                int64_t tiles_235 = 1;
#ifdef _OPENMP
                if (flops_215 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_235 = omp_get_max_threads();
#endif
                const int by_columns_236 = N_213 >= M_212;
                const int64_t width_237 = ((by_columns_236 ? N_213 : M_212) + tiles_235 - 1) / tiles_235;
#ifdef _OPENMP
                if (flops_215 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_235)
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_238 = 0; tile_238 < tiles_235; ++tile_238) {
                        const int64_t lo_239 = tile_238 * width_237;
                        const int64_t count_240 = derive_imin(width_237, (by_columns_236 ? N_213 : M_212) - lo_239);
                        if (count_240 <= 0) continue;
                        if (derive_gemm_f32(by_columns_236 ? M_212 : count_240, by_columns_236 ? count_240 : N_213, K_214, a_mat_217 + (by_columns_236 ? 0 : lo_239 * 1), 1, M_212, b_mat_218 + (by_columns_236 ? lo_239 * 1 : 0), N_213, 1, grad_w + (0) + lo_239 * (by_columns_236 ? 1 : I), I, 1, 0)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_208 = 1;
                        }
                    }
                }
                } else
#endif
                {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                    for (int64_t tile_238 = 0; tile_238 < tiles_235; ++tile_238) {
                        const int64_t lo_239 = tile_238 * width_237;
                        const int64_t count_240 = derive_imin(width_237, (by_columns_236 ? N_213 : M_212) - lo_239);
                        if (count_240 <= 0) continue;
                        if (derive_gemm_f32(by_columns_236 ? M_212 : count_240, by_columns_236 ? count_240 : N_213, K_214, a_mat_217 + (by_columns_236 ? 0 : lo_239 * 1), 1, M_212, b_mat_218 + (by_columns_236 ? lo_239 * 1 : 0), N_213, 1, grad_w + (0) + lo_239 * (by_columns_236 ? 1 : I), I, 1, 0)) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
                            failed_208 = 1;
                        }
                    }
                }
                free(a_mat_217);
                free(b_mat_218);
            }
            if (failed_208) return 8;
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
    const int64_t work_244 = (N * O);
    if (work_244 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            float acc_241 = 0;
            {
                const int64_t n_lo_242 = 0;
                const int64_t n_hi_243 = ((-1) + N);
                for (int64_t n = n_lo_242; n <= n_hi_243; ++n) {
                    acc_241 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_241;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            float acc_241 = 0;
            {
                const int64_t n_lo_242 = 0;
                const int64_t n_hi_243 = ((-1) + N);
                for (int64_t n = n_lo_242; n <= n_hi_243; ++n) {
                    acc_241 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_241;
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

