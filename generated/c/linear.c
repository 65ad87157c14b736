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
                const int64_t work_41 = flops_16;
                if (work_41 >= DERIVE_PARALLEL_MIN_FLOPS) {
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
    const int64_t products_42 = (I * N * O);
    if (products_42 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_47 = (I * N * O);
        if (work_47 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t i = 0; i < I; ++i) grad_x[(n) * I + i] = 0;
                {
                    const int64_t o_lo_43 = 0;
                    const int64_t o_hi_44 = ((-1) + O);
                    for (int64_t o = o_lo_43; o <= o_hi_44; ++o) {
                        {
                            const int64_t i_lo_45 = 0;
                            const int64_t i_hi_46 = ((-1) + I);
                            for (int64_t i = i_lo_45; i <= i_hi_46; ++i)
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
                    const int64_t o_lo_43 = 0;
                    const int64_t o_hi_44 = ((-1) + O);
                    for (int64_t o = o_lo_43; o <= o_hi_44; ++o) {
                        {
                            const int64_t i_lo_45 = 0;
                            const int64_t i_hi_46 = ((-1) + I);
                            for (int64_t i = i_lo_45; i <= i_hi_46; ++i)
                                grad_x[(n) * I + i] += (grad_y[(n) * O + o] * w[(o) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_48 = 0;
            const int64_t M_max_49 = N;
            const int64_t N_max_50 = I;
            const int64_t K_max_51 = O;
            const int64_t M_52 = N;
            const int64_t N_53 = I;
            const int64_t K_54 = O;
            const int64_t flops_55 = M_52 * N_53 * K_54 * (1);
            (void)flops_55;
            if (K_54 <= 0)
                for (int64_t q_56 = 0; q_56 < (N) * (I); ++q_56) grad_x[q_56] = 0;
            if (M_52 > 0 && N_53 > 0 && K_54 > 0) {
                double *a_mat_57 = (double *)malloc(sizeof(double) * (size_t)(M_max_49 * K_max_51));
                if (a_mat_57 == NULL) failed_48 = 1;
                else {
                    {
                        const int64_t ext_59 = O;
                        int64_t rows_60 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            double *restrict row_61 = a_mat_57 + (rows_60++) * ext_59;
                            const int64_t o_lo_63 = 0;
                            const int64_t o_hi_64 = ((-1) + O);
                            const int64_t z_65 = derive_imin(o_lo_63 - (0), ext_59);
                            const int64_t z_66 = derive_imax(o_hi_64 - (0) + 1, z_65);
                            for (int64_t q_62 = 0; q_62 < z_65; ++q_62) row_61[q_62] = 0;
                            for (int64_t q_62 = z_66; q_62 < ext_59; ++q_62) row_61[q_62] = 0;
                            for (int64_t o = o_lo_63; o <= o_hi_64; ++o)
                                row_61[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                double *b_mat_58 = (double *)malloc(sizeof(double) * (size_t)(K_max_51 * N_max_50));
                if (b_mat_58 == NULL) failed_48 = 1;
                else {
                    {
                        const int64_t ext_67 = I;
                        int64_t rows_68 = 0;
                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                            double *restrict row_69 = b_mat_58 + (rows_68++) * ext_67;
                            const int64_t i_lo_71 = 0;
                            const int64_t i_hi_72 = ((-1) + I);
                            const int64_t z_73 = derive_imin(i_lo_71 - (0), ext_67);
                            const int64_t z_74 = derive_imax(i_hi_72 - (0) + 1, z_73);
                            for (int64_t q_70 = 0; q_70 < z_73; ++q_70) row_69[q_70] = 0;
                            for (int64_t q_70 = z_74; q_70 < ext_67; ++q_70) row_69[q_70] = 0;
                            for (int64_t i = i_lo_71; i <= i_hi_72; ++i)
                                row_69[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_75 = 1;
#ifdef _OPENMP
                if (flops_55 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_75 = omp_get_max_threads();
#endif
                const int by_columns_76 = N_53 >= M_52;
                const int64_t width_77 = ((by_columns_76 ? N_53 : M_52) + tiles_75 - 1) / tiles_75;
#ifdef _OPENMP
                const int64_t work_81 = flops_55;
                if (work_81 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_75)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_78 = 0; tile_78 < tiles_75; ++tile_78) {
                            const int64_t lo_79 = tile_78 * width_77;
                            const int64_t count_80 = derive_imin(width_77, (by_columns_76 ? N_53 : M_52) - lo_79);
                            if (count_80 <= 0) continue;
                            if (derive_gemm_f64(by_columns_76 ? M_52 : count_80, by_columns_76 ? count_80 : N_53, K_54, a_mat_57 + (by_columns_76 ? 0 : lo_79 * K_54), K_54, 1, b_mat_58 + (by_columns_76 ? lo_79 * 1 : 0), N_53, 1, grad_x + (0) + lo_79 * (by_columns_76 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_48 = 1;
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
                        for (int64_t tile_78 = 0; tile_78 < tiles_75; ++tile_78) {
                            const int64_t lo_79 = tile_78 * width_77;
                            const int64_t count_80 = derive_imin(width_77, (by_columns_76 ? N_53 : M_52) - lo_79);
                            if (count_80 <= 0) continue;
                            if (derive_gemm_f64(by_columns_76 ? M_52 : count_80, by_columns_76 ? count_80 : N_53, K_54, a_mat_57 + (by_columns_76 ? 0 : lo_79 * K_54), K_54, 1, b_mat_58 + (by_columns_76 ? lo_79 * 1 : 0), N_53, 1, grad_x + (0) + lo_79 * (by_columns_76 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_48 = 1;
                            }
                        }
                    }
                }
                free(a_mat_57);
                free(b_mat_58);
            }
            if (failed_48) return 8;
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
    const int64_t products_82 = (I * N * O);
    if (products_82 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_87 = (I * N * O);
        if (work_87 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t i = 0; i < I; ++i) grad_w[(o) * I + i] = 0;
                {
                    const int64_t n_lo_83 = 0;
                    const int64_t n_hi_84 = ((-1) + N);
                    for (int64_t n = n_lo_83; n <= n_hi_84; ++n) {
                        {
                            const int64_t i_lo_85 = 0;
                            const int64_t i_hi_86 = ((-1) + I);
                            for (int64_t i = i_lo_85; i <= i_hi_86; ++i)
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
                    const int64_t n_lo_83 = 0;
                    const int64_t n_hi_84 = ((-1) + N);
                    for (int64_t n = n_lo_83; n <= n_hi_84; ++n) {
                        {
                            const int64_t i_lo_85 = 0;
                            const int64_t i_hi_86 = ((-1) + I);
                            for (int64_t i = i_lo_85; i <= i_hi_86; ++i)
                                grad_w[(o) * I + i] += (grad_y[(n) * O + o] * x[(n) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_88 = 0;
            const int64_t M_max_89 = O;
            const int64_t N_max_90 = I;
            const int64_t K_max_91 = N;
            const int64_t M_92 = O;
            const int64_t N_93 = I;
            const int64_t K_94 = N;
            const int64_t flops_95 = M_92 * N_93 * K_94 * (1);
            (void)flops_95;
            if (K_94 <= 0)
                for (int64_t q_96 = 0; q_96 < (O) * (I); ++q_96) grad_w[q_96] = 0;
            if (M_92 > 0 && N_93 > 0 && K_94 > 0) {
                double *a_mat_97 = (double *)malloc(sizeof(double) * (size_t)(M_max_89 * K_max_91));
                if (a_mat_97 == NULL) failed_88 = 1;
                else {
                    {
                        const int64_t ext_99 = O;
                        int64_t rows_100 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            double *restrict row_101 = a_mat_97 + (rows_100++) * ext_99;
                            const int64_t o_lo_103 = 0;
                            const int64_t o_hi_104 = ((-1) + O);
                            const int64_t z_105 = derive_imin(o_lo_103 - (0), ext_99);
                            const int64_t z_106 = derive_imax(o_hi_104 - (0) + 1, z_105);
                            for (int64_t q_102 = 0; q_102 < z_105; ++q_102) row_101[q_102] = 0;
                            for (int64_t q_102 = z_106; q_102 < ext_99; ++q_102) row_101[q_102] = 0;
                            for (int64_t o = o_lo_103; o <= o_hi_104; ++o)
                                row_101[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                double *b_mat_98 = (double *)malloc(sizeof(double) * (size_t)(K_max_91 * N_max_90));
                if (b_mat_98 == NULL) failed_88 = 1;
                else {
                    {
                        const int64_t ext_107 = I;
                        int64_t rows_108 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            double *restrict row_109 = b_mat_98 + (rows_108++) * ext_107;
                            const int64_t i_lo_111 = 0;
                            const int64_t i_hi_112 = ((-1) + I);
                            const int64_t z_113 = derive_imin(i_lo_111 - (0), ext_107);
                            const int64_t z_114 = derive_imax(i_hi_112 - (0) + 1, z_113);
                            for (int64_t q_110 = 0; q_110 < z_113; ++q_110) row_109[q_110] = 0;
                            for (int64_t q_110 = z_114; q_110 < ext_107; ++q_110) row_109[q_110] = 0;
                            for (int64_t i = i_lo_111; i <= i_hi_112; ++i)
                                row_109[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                int64_t tiles_115 = 1;
#ifdef _OPENMP
                if (flops_95 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_115 = omp_get_max_threads();
#endif
                const int by_columns_116 = N_93 >= M_92;
                const int64_t width_117 = ((by_columns_116 ? N_93 : M_92) + tiles_115 - 1) / tiles_115;
#ifdef _OPENMP
                const int64_t work_121 = flops_95;
                if (work_121 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_115)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_118 = 0; tile_118 < tiles_115; ++tile_118) {
                            const int64_t lo_119 = tile_118 * width_117;
                            const int64_t count_120 = derive_imin(width_117, (by_columns_116 ? N_93 : M_92) - lo_119);
                            if (count_120 <= 0) continue;
                            if (derive_gemm_f64(by_columns_116 ? M_92 : count_120, by_columns_116 ? count_120 : N_93, K_94, a_mat_97 + (by_columns_116 ? 0 : lo_119 * 1), 1, M_92, b_mat_98 + (by_columns_116 ? lo_119 * 1 : 0), N_93, 1, grad_w + (0) + lo_119 * (by_columns_116 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_88 = 1;
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
                        for (int64_t tile_118 = 0; tile_118 < tiles_115; ++tile_118) {
                            const int64_t lo_119 = tile_118 * width_117;
                            const int64_t count_120 = derive_imin(width_117, (by_columns_116 ? N_93 : M_92) - lo_119);
                            if (count_120 <= 0) continue;
                            if (derive_gemm_f64(by_columns_116 ? M_92 : count_120, by_columns_116 ? count_120 : N_93, K_94, a_mat_97 + (by_columns_116 ? 0 : lo_119 * 1), 1, M_92, b_mat_98 + (by_columns_116 ? lo_119 * 1 : 0), N_93, 1, grad_w + (0) + lo_119 * (by_columns_116 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_88 = 1;
                            }
                        }
                    }
                }
                free(a_mat_97);
                free(b_mat_98);
            }
            if (failed_88) return 8;
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
    const int64_t work_125 = (N * O);
    if (work_125 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            double acc_122 = 0;
            {
                const int64_t n_lo_123 = 0;
                const int64_t n_hi_124 = ((-1) + N);
                for (int64_t n = n_lo_123; n <= n_hi_124; ++n) {
                    acc_122 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_122;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            double acc_122 = 0;
            {
                const int64_t n_lo_123 = 0;
                const int64_t n_hi_124 = ((-1) + N);
                for (int64_t n = n_lo_123; n <= n_hi_124; ++n) {
                    acc_122 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_122;
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
    const int64_t products_126 = (I * N * O);
    if (products_126 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_130 = (I * N * O);
        if (work_130 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    float acc_127 = 0;
                    {
                        acc_127 += b[o];
                    }
                    {
                        const int64_t i_lo_128 = 0;
                        const int64_t i_hi_129 = ((-1) + I);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_127)
    #endif
                        for (int64_t i = i_lo_128; i <= i_hi_129; ++i) {
                            acc_127 += (w[(o) * I + i] * x[(n) * I + i]);
                        }
                    }
                    y[(n) * O + o] = acc_127;
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    float acc_127 = 0;
                    {
                        acc_127 += b[o];
                    }
                    {
                        const int64_t i_lo_128 = 0;
                        const int64_t i_hi_129 = ((-1) + I);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_127)
    #endif
                        for (int64_t i = i_lo_128; i <= i_hi_129; ++i) {
                            acc_127 += (w[(o) * I + i] * x[(n) * I + i]);
                        }
                    }
                    y[(n) * O + o] = acc_127;
                }
            }
        }
    } else {
#ifdef _OPENMP
        const int64_t work_133 = (N * O);
        if (work_133 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) y[(n) * O + o] = 0;
                {
                    {
                        const int64_t o_lo_131 = 0;
                        const int64_t o_hi_132 = ((-1) + O);
                        for (int64_t o = o_lo_131; o <= o_hi_132; ++o)
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
                        const int64_t o_lo_131 = 0;
                        const int64_t o_hi_132 = ((-1) + O);
                        for (int64_t o = o_lo_131; o <= o_hi_132; ++o)
                            y[(n) * O + o] += b[o];
                    }
                }
            }
        }
        {
            int failed_134 = 0;
            const int64_t M_max_135 = N;
            const int64_t N_max_136 = O;
            const int64_t K_max_137 = I;
            const int64_t M_138 = N;
            const int64_t N_139 = O;
            const int64_t K_140 = I;
            const int64_t flops_141 = M_138 * N_139 * K_140 * (1);
            (void)flops_141;
            if (M_138 > 0 && N_139 > 0 && K_140 > 0) {
                float *a_mat_142 = (float *)malloc(sizeof(float) * (size_t)(M_max_135 * K_max_137));
                if (a_mat_142 == NULL) failed_134 = 1;
                else {
                    {
                        const int64_t ext_144 = I;
                        int64_t rows_145 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            float *restrict row_146 = a_mat_142 + (rows_145++) * ext_144;
                            const int64_t i_lo_148 = 0;
                            const int64_t i_hi_149 = ((-1) + I);
                            const int64_t z_150 = derive_imin(i_lo_148 - (0), ext_144);
                            const int64_t z_151 = derive_imax(i_hi_149 - (0) + 1, z_150);
                            for (int64_t q_147 = 0; q_147 < z_150; ++q_147) row_146[q_147] = 0;
                            for (int64_t q_147 = z_151; q_147 < ext_144; ++q_147) row_146[q_147] = 0;
                            for (int64_t i = i_lo_148; i <= i_hi_149; ++i)
                                row_146[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                float *b_mat_143 = (float *)malloc(sizeof(float) * (size_t)(K_max_137 * N_max_136));
                if (b_mat_143 == NULL) failed_134 = 1;
                else {
                    {
                        const int64_t ext_152 = I;
                        int64_t rows_153 = 0;
                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                            float *restrict row_154 = b_mat_143 + (rows_153++) * ext_152;
                            const int64_t i_lo_156 = 0;
                            const int64_t i_hi_157 = ((-1) + I);
                            const int64_t z_158 = derive_imin(i_lo_156 - (0), ext_152);
                            const int64_t z_159 = derive_imax(i_hi_157 - (0) + 1, z_158);
                            for (int64_t q_155 = 0; q_155 < z_158; ++q_155) row_154[q_155] = 0;
                            for (int64_t q_155 = z_159; q_155 < ext_152; ++q_155) row_154[q_155] = 0;
                            for (int64_t i = i_lo_156; i <= i_hi_157; ++i)
                                row_154[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_160 = 1;
#ifdef _OPENMP
                if (flops_141 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_160 = omp_get_max_threads();
#endif
                const int by_columns_161 = N_139 >= M_138;
                const int64_t width_162 = ((by_columns_161 ? N_139 : M_138) + tiles_160 - 1) / tiles_160;
#ifdef _OPENMP
                const int64_t work_166 = flops_141;
                if (work_166 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_160)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_163 = 0; tile_163 < tiles_160; ++tile_163) {
                            const int64_t lo_164 = tile_163 * width_162;
                            const int64_t count_165 = derive_imin(width_162, (by_columns_161 ? N_139 : M_138) - lo_164);
                            if (count_165 <= 0) continue;
                            if (derive_gemm_f32(by_columns_161 ? M_138 : count_165, by_columns_161 ? count_165 : N_139, K_140, a_mat_142 + (by_columns_161 ? 0 : lo_164 * K_140), K_140, 1, b_mat_143 + (by_columns_161 ? lo_164 * K_140 : 0), 1, K_140, y + (0) + lo_164 * (by_columns_161 ? 1 : O), O, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_134 = 1;
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
                        for (int64_t tile_163 = 0; tile_163 < tiles_160; ++tile_163) {
                            const int64_t lo_164 = tile_163 * width_162;
                            const int64_t count_165 = derive_imin(width_162, (by_columns_161 ? N_139 : M_138) - lo_164);
                            if (count_165 <= 0) continue;
                            if (derive_gemm_f32(by_columns_161 ? M_138 : count_165, by_columns_161 ? count_165 : N_139, K_140, a_mat_142 + (by_columns_161 ? 0 : lo_164 * K_140), K_140, 1, b_mat_143 + (by_columns_161 ? lo_164 * K_140 : 0), 1, K_140, y + (0) + lo_164 * (by_columns_161 ? 1 : O), O, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_134 = 1;
                            }
                        }
                    }
                }
                free(a_mat_142);
                free(b_mat_143);
            }
            if (failed_134) return 8;
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
    const int64_t products_167 = (I * N * O);
    if (products_167 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_172 = (I * N * O);
        if (work_172 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t i = 0; i < I; ++i) grad_x[(n) * I + i] = 0;
                {
                    const int64_t o_lo_168 = 0;
                    const int64_t o_hi_169 = ((-1) + O);
                    for (int64_t o = o_lo_168; o <= o_hi_169; ++o) {
                        {
                            const int64_t i_lo_170 = 0;
                            const int64_t i_hi_171 = ((-1) + I);
                            for (int64_t i = i_lo_170; i <= i_hi_171; ++i)
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
                    const int64_t o_lo_168 = 0;
                    const int64_t o_hi_169 = ((-1) + O);
                    for (int64_t o = o_lo_168; o <= o_hi_169; ++o) {
                        {
                            const int64_t i_lo_170 = 0;
                            const int64_t i_hi_171 = ((-1) + I);
                            for (int64_t i = i_lo_170; i <= i_hi_171; ++i)
                                grad_x[(n) * I + i] += (grad_y[(n) * O + o] * w[(o) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_173 = 0;
            const int64_t M_max_174 = N;
            const int64_t N_max_175 = I;
            const int64_t K_max_176 = O;
            const int64_t M_177 = N;
            const int64_t N_178 = I;
            const int64_t K_179 = O;
            const int64_t flops_180 = M_177 * N_178 * K_179 * (1);
            (void)flops_180;
            if (K_179 <= 0)
                for (int64_t q_181 = 0; q_181 < (N) * (I); ++q_181) grad_x[q_181] = 0;
            if (M_177 > 0 && N_178 > 0 && K_179 > 0) {
                float *a_mat_182 = (float *)malloc(sizeof(float) * (size_t)(M_max_174 * K_max_176));
                if (a_mat_182 == NULL) failed_173 = 1;
                else {
                    {
                        const int64_t ext_184 = O;
                        int64_t rows_185 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            float *restrict row_186 = a_mat_182 + (rows_185++) * ext_184;
                            const int64_t o_lo_188 = 0;
                            const int64_t o_hi_189 = ((-1) + O);
                            const int64_t z_190 = derive_imin(o_lo_188 - (0), ext_184);
                            const int64_t z_191 = derive_imax(o_hi_189 - (0) + 1, z_190);
                            for (int64_t q_187 = 0; q_187 < z_190; ++q_187) row_186[q_187] = 0;
                            for (int64_t q_187 = z_191; q_187 < ext_184; ++q_187) row_186[q_187] = 0;
                            for (int64_t o = o_lo_188; o <= o_hi_189; ++o)
                                row_186[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                float *b_mat_183 = (float *)malloc(sizeof(float) * (size_t)(K_max_176 * N_max_175));
                if (b_mat_183 == NULL) failed_173 = 1;
                else {
                    {
                        const int64_t ext_192 = I;
                        int64_t rows_193 = 0;
                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                            float *restrict row_194 = b_mat_183 + (rows_193++) * ext_192;
                            const int64_t i_lo_196 = 0;
                            const int64_t i_hi_197 = ((-1) + I);
                            const int64_t z_198 = derive_imin(i_lo_196 - (0), ext_192);
                            const int64_t z_199 = derive_imax(i_hi_197 - (0) + 1, z_198);
                            for (int64_t q_195 = 0; q_195 < z_198; ++q_195) row_194[q_195] = 0;
                            for (int64_t q_195 = z_199; q_195 < ext_192; ++q_195) row_194[q_195] = 0;
                            for (int64_t i = i_lo_196; i <= i_hi_197; ++i)
                                row_194[i - (0)] = w[(o) * I + i];
                        }
                    }
                }
                int64_t tiles_200 = 1;
#ifdef _OPENMP
                if (flops_180 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_200 = omp_get_max_threads();
#endif
                const int by_columns_201 = N_178 >= M_177;
                const int64_t width_202 = ((by_columns_201 ? N_178 : M_177) + tiles_200 - 1) / tiles_200;
#ifdef _OPENMP
                const int64_t work_206 = flops_180;
                if (work_206 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_200)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_203 = 0; tile_203 < tiles_200; ++tile_203) {
                            const int64_t lo_204 = tile_203 * width_202;
                            const int64_t count_205 = derive_imin(width_202, (by_columns_201 ? N_178 : M_177) - lo_204);
                            if (count_205 <= 0) continue;
                            if (derive_gemm_f32(by_columns_201 ? M_177 : count_205, by_columns_201 ? count_205 : N_178, K_179, a_mat_182 + (by_columns_201 ? 0 : lo_204 * K_179), K_179, 1, b_mat_183 + (by_columns_201 ? lo_204 * 1 : 0), N_178, 1, grad_x + (0) + lo_204 * (by_columns_201 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_173 = 1;
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
                        for (int64_t tile_203 = 0; tile_203 < tiles_200; ++tile_203) {
                            const int64_t lo_204 = tile_203 * width_202;
                            const int64_t count_205 = derive_imin(width_202, (by_columns_201 ? N_178 : M_177) - lo_204);
                            if (count_205 <= 0) continue;
                            if (derive_gemm_f32(by_columns_201 ? M_177 : count_205, by_columns_201 ? count_205 : N_178, K_179, a_mat_182 + (by_columns_201 ? 0 : lo_204 * K_179), K_179, 1, b_mat_183 + (by_columns_201 ? lo_204 * 1 : 0), N_178, 1, grad_x + (0) + lo_204 * (by_columns_201 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_173 = 1;
                            }
                        }
                    }
                }
                free(a_mat_182);
                free(b_mat_183);
            }
            if (failed_173) return 8;
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
    const int64_t products_207 = (I * N * O);
    if (products_207 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_212 = (I * N * O);
        if (work_212 >= 32768) {
#pragma omp parallel for schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t i = 0; i < I; ++i) grad_w[(o) * I + i] = 0;
                {
                    const int64_t n_lo_208 = 0;
                    const int64_t n_hi_209 = ((-1) + N);
                    for (int64_t n = n_lo_208; n <= n_hi_209; ++n) {
                        {
                            const int64_t i_lo_210 = 0;
                            const int64_t i_hi_211 = ((-1) + I);
                            for (int64_t i = i_lo_210; i <= i_hi_211; ++i)
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
                    const int64_t n_lo_208 = 0;
                    const int64_t n_hi_209 = ((-1) + N);
                    for (int64_t n = n_lo_208; n <= n_hi_209; ++n) {
                        {
                            const int64_t i_lo_210 = 0;
                            const int64_t i_hi_211 = ((-1) + I);
                            for (int64_t i = i_lo_210; i <= i_hi_211; ++i)
                                grad_w[(o) * I + i] += (grad_y[(n) * O + o] * x[(n) * I + i]);
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_213 = 0;
            const int64_t M_max_214 = O;
            const int64_t N_max_215 = I;
            const int64_t K_max_216 = N;
            const int64_t M_217 = O;
            const int64_t N_218 = I;
            const int64_t K_219 = N;
            const int64_t flops_220 = M_217 * N_218 * K_219 * (1);
            (void)flops_220;
            if (K_219 <= 0)
                for (int64_t q_221 = 0; q_221 < (O) * (I); ++q_221) grad_w[q_221] = 0;
            if (M_217 > 0 && N_218 > 0 && K_219 > 0) {
                float *a_mat_222 = (float *)malloc(sizeof(float) * (size_t)(M_max_214 * K_max_216));
                if (a_mat_222 == NULL) failed_213 = 1;
                else {
                    {
                        const int64_t ext_224 = O;
                        int64_t rows_225 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            float *restrict row_226 = a_mat_222 + (rows_225++) * ext_224;
                            const int64_t o_lo_228 = 0;
                            const int64_t o_hi_229 = ((-1) + O);
                            const int64_t z_230 = derive_imin(o_lo_228 - (0), ext_224);
                            const int64_t z_231 = derive_imax(o_hi_229 - (0) + 1, z_230);
                            for (int64_t q_227 = 0; q_227 < z_230; ++q_227) row_226[q_227] = 0;
                            for (int64_t q_227 = z_231; q_227 < ext_224; ++q_227) row_226[q_227] = 0;
                            for (int64_t o = o_lo_228; o <= o_hi_229; ++o)
                                row_226[o - (0)] = grad_y[(n) * O + o];
                        }
                    }
                }
                float *b_mat_223 = (float *)malloc(sizeof(float) * (size_t)(K_max_216 * N_max_215));
                if (b_mat_223 == NULL) failed_213 = 1;
                else {
                    {
                        const int64_t ext_232 = I;
                        int64_t rows_233 = 0;
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            float *restrict row_234 = b_mat_223 + (rows_233++) * ext_232;
                            const int64_t i_lo_236 = 0;
                            const int64_t i_hi_237 = ((-1) + I);
                            const int64_t z_238 = derive_imin(i_lo_236 - (0), ext_232);
                            const int64_t z_239 = derive_imax(i_hi_237 - (0) + 1, z_238);
                            for (int64_t q_235 = 0; q_235 < z_238; ++q_235) row_234[q_235] = 0;
                            for (int64_t q_235 = z_239; q_235 < ext_232; ++q_235) row_234[q_235] = 0;
                            for (int64_t i = i_lo_236; i <= i_hi_237; ++i)
                                row_234[i - (0)] = x[(n) * I + i];
                        }
                    }
                }
                int64_t tiles_240 = 1;
#ifdef _OPENMP
                if (flops_220 >= DERIVE_PARALLEL_MIN_FLOPS) tiles_240 = omp_get_max_threads();
#endif
                const int by_columns_241 = N_218 >= M_217;
                const int64_t width_242 = ((by_columns_241 ? N_218 : M_217) + tiles_240 - 1) / tiles_240;
#ifdef _OPENMP
                const int64_t work_246 = flops_220;
                if (work_246 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(tiles_240)
                    {
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t tile_243 = 0; tile_243 < tiles_240; ++tile_243) {
                            const int64_t lo_244 = tile_243 * width_242;
                            const int64_t count_245 = derive_imin(width_242, (by_columns_241 ? N_218 : M_217) - lo_244);
                            if (count_245 <= 0) continue;
                            if (derive_gemm_f32(by_columns_241 ? M_217 : count_245, by_columns_241 ? count_245 : N_218, K_219, a_mat_222 + (by_columns_241 ? 0 : lo_244 * 1), 1, M_217, b_mat_223 + (by_columns_241 ? lo_244 * 1 : 0), N_218, 1, grad_w + (0) + lo_244 * (by_columns_241 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_213 = 1;
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
                        for (int64_t tile_243 = 0; tile_243 < tiles_240; ++tile_243) {
                            const int64_t lo_244 = tile_243 * width_242;
                            const int64_t count_245 = derive_imin(width_242, (by_columns_241 ? N_218 : M_217) - lo_244);
                            if (count_245 <= 0) continue;
                            if (derive_gemm_f32(by_columns_241 ? M_217 : count_245, by_columns_241 ? count_245 : N_218, K_219, a_mat_222 + (by_columns_241 ? 0 : lo_244 * 1), 1, M_217, b_mat_223 + (by_columns_241 ? lo_244 * 1 : 0), N_218, 1, grad_w + (0) + lo_244 * (by_columns_241 ? 1 : I), I, 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_213 = 1;
                            }
                        }
                    }
                }
                free(a_mat_222);
                free(b_mat_223);
            }
            if (failed_213) return 8;
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
    const int64_t work_250 = (N * O);
    if (work_250 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            float acc_247 = 0;
            {
                const int64_t n_lo_248 = 0;
                const int64_t n_hi_249 = ((-1) + N);
                for (int64_t n = n_lo_248; n <= n_hi_249; ++n) {
                    acc_247 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_247;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            float acc_247 = 0;
            {
                const int64_t n_lo_248 = 0;
                const int64_t n_hi_249 = ((-1) + N);
                for (int64_t n = n_lo_248; n <= n_hi_249; ++n) {
                    acc_247 += grad_y[(n) * O + o];
                }
            }
            grad_b[o] = acc_247;
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

