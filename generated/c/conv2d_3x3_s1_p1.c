/* conv2d: forward and backward kernels (C99)
 *
 * 2-d convolution (cross-correlation), as torch.nn.functional.conv2d
 * Configuration: kernel_size=3, stride=1, padding=1, dilation=1, groups=1, bias=True
 *
 * Forward:
 *   y[n, o, i, j] = b[o] + Sum(w[o, c, k_h, k_w]*x[n, c, d_h*k_h + i*s_h - p_h, d_w*k_w + j*s_w
 *       - p_w], (c, 0, C - 1), (k_h, 0, K_h - 1), (k_w, 0, K_w - 1))
 *
 * Gradient of x:
 *   x[n, c, h, w] = Sum(grad_y[n, o, h - k_h + 1, -k_w + w + 1]*w[o, c, k_h, k_w], (o, 0, O -
 *       1), (k_h, Max(0, -H + h + 2), Min(2, h + 1)), (k_w, Max(0, -W + w + 2), Min(2, w + 1)))
 *
 * Gradient of w:
 *   w[o, c, k_h, k_w] = Sum(grad_y[n, o, i, j]*x[n, c, i + k_h - 1, j + k_w - 1], (n, 0, N - 1),
 *        (i, Max(0, 1 - k_h), Min(H - 1, H - k_h)), (j, Max(0, 1 - k_w), Min(W - 1, W - k_w)))
 *
 * Gradient of b:
 *   b[o] = Sum(grad_y[n, o, i, j], (n, 0, N - 1), (i, 0, H - 1), (j, 0, W - 1))
 *
 * Sizes given at run time: N, C, H, W, O.
 * Every array is contiguous, row-major (x[batch, channel, h, w], w[out channel, channel, tap, tap], b[out channel], y[batch, out channel, out h, out w]).
 * Entry points return 0 on success and an error code otherwise;
 * derive_conv2d_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "conv2d_3x3_s1_p1.h"

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


const char *derive_conv2d_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size N must be positive (empty tensors are not supported)";
    case 2: return "size C must be positive (empty tensors are not supported)";
    case 3: return "size H must be positive (empty tensors are not supported)";
    case 4: return "size W must be positive (empty tensors are not supported)";
    case 5: return "size O must be positive (empty tensors are not supported)";
    case 6: return "w: axis 1 (channel) has the wrong extent; expected C";
    case 7: return "w: axis 2 (tap) has the wrong extent; expected K_h = 3";
    case 8: return "w: axis 3 (tap) has the wrong extent; expected K_w = 3";
    case 9: return "b: axis 0 (out channel) has the wrong extent; expected O";
    case 10: return "the output axis 0 (batch) would be empty: the window does not fit the padded input";
    case 11: return "the output axis 1 (out channel) would be empty: the window does not fit the padded input";
    case 12: return "the output axis 2 (out h) would be empty: the window does not fit the padded input";
    case 13: return "the output axis 3 (out w) would be empty: the window does not fit the padded input";
    case 14: return "out of memory for a work buffer";
    default: return "unknown error code";
    }
}

int derive_conv2d_sizes(const int64_t *dims, int64_t *sizes)
{
    (void)dims; (void)sizes;
    int64_t N = 0;
    int64_t C = 0;
    int64_t H = 0;
    int64_t W = 0;
    int64_t O = 0;
    N = dims[0];
    C = dims[1];
    H = dims[2];
    W = dims[3];
    O = dims[4];
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    if (O < 1) return 5;
    if (dims[5] != C) return 6;
    if (dims[6] != 3) return 7;
    if (dims[7] != 3) return 8;
    if (dims[8] != O) return 9;
    sizes[0] = N;
    sizes[1] = C;
    sizes[2] = H;
    sizes[3] = W;
    sizes[4] = O;
    return 0;
}

int derive_conv2d_output_shape(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, int64_t *shape)
{
    (void)shape;
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    if (O < 1) return 5;
    shape[0] = N;
    if (shape[0] < 1) return 10;
    shape[1] = O;
    if (shape[1] < 1) return 11;
    shape[2] = H;
    if (shape[2] < 1) return 12;
    shape[3] = W;
    if (shape[3] < 1) return 13;
    return 0;
}

static int derive_conv2d_check(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O)
{
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    if (O < 1) return 5;
    return 0;
}

int derive_conv2d_forward_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *restrict x, const double *restrict w, const double *restrict b, double *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
    const int64_t size_2 = derive_imax(0, (2 + ((-1) * H)));
    const int64_t size_3 = ((-1) * size_2);
    const int64_t size_4 = derive_imin(2, H);
    const int64_t size_5 = (1 + size_3 + size_4);
    const int64_t size_6 = derive_imax(0, size_5);
    const int64_t size_7 = derive_imax(0, (2 + ((-1) * W)));
    const int64_t size_8 = ((-1) * size_7);
    const int64_t size_9 = derive_imin(2, W);
    const int64_t size_10 = (1 + size_8 + size_9);
    const int64_t size_11 = derive_imax(0, size_10);
    const int64_t size_12 = (C * H * N * O * W * size_6 * size_11);
    const int64_t size_23 = (C * H * N * O * W * size_4 * size_9);
    const int64_t size_32 = (C * size_6 * size_11);
    const int64_t products_1 = size_12;
    if (products_1 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_24 = size_23;
        if (work_24 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_13 = 0;
                                const int64_t j_hi_14 = ((-1) + W);
                                for (int64_t j = j_lo_13; j <= j_hi_14; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_15 = 0;
                            const int64_t c_hi_16 = ((-1) + C);
                            for (int64_t c = c_lo_15; c <= c_hi_16; ++c) {
                                {
                                    const int64_t k_h_lo_17 = derive_imax(0, (1 + ((-1) * i)));
                                    const int64_t k_h_hi_18 = derive_imin(2, (H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_17; k_h <= k_h_hi_18; ++k_h) {
                                        {
                                            const int64_t k_w_lo_19 = size_7;
                                            const int64_t k_w_hi_20 = size_9;
                                            for (int64_t k_w = k_w_lo_19; k_w <= k_w_hi_20; ++k_w) {
                                                {
                                                    const int64_t j_lo_21 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_22 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_21; j <= j_hi_22; ++j)
                                                        y[(((n) * O + o) * H + i) * W + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_13 = 0;
                                const int64_t j_hi_14 = ((-1) + W);
                                for (int64_t j = j_lo_13; j <= j_hi_14; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_15 = 0;
                            const int64_t c_hi_16 = ((-1) + C);
                            for (int64_t c = c_lo_15; c <= c_hi_16; ++c) {
                                {
                                    const int64_t k_h_lo_17 = derive_imax(0, (1 + ((-1) * i)));
                                    const int64_t k_h_hi_18 = derive_imin(2, (H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_17; k_h <= k_h_hi_18; ++k_h) {
                                        {
                                            const int64_t k_w_lo_19 = size_7;
                                            const int64_t k_w_hi_20 = size_9;
                                            for (int64_t k_w = k_w_lo_19; k_w <= k_w_hi_20; ++k_w) {
                                                {
                                                    const int64_t j_lo_21 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_22 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_21; j <= j_hi_22; ++j)
                                                        y[(((n) * O + o) * H + i) * W + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    } else {
#ifdef _OPENMP
        const int64_t work_27 = (H * N * O * W);
        if (work_27 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_25 = 0;
                                const int64_t j_hi_26 = ((-1) + W);
                                for (int64_t j = j_lo_25; j <= j_hi_26; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_25 = 0;
                                const int64_t j_hi_26 = ((-1) + W);
                                for (int64_t j = j_lo_25; j <= j_hi_26; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_28 = 0;
            const int64_t M_max_29 = O;
            const int64_t N_max_30 = (H * W);
            const int64_t K_max_31 = size_32;
            const int64_t M_33 = O;
            const int64_t N_34 = (H * W);
            const int64_t K_35 = size_32;
            const int64_t flops_36 = M_33 * N_34 * K_35 * (N);
            (void)flops_36;
            if (M_33 > 0 && N_34 > 0 && K_35 > 0) {
                double *a_mat_37 = (double *)calloc((size_t)(M_max_29 * K_max_31), sizeof(double));
                if (a_mat_37 == NULL) failed_28 = 1;
                else {
                    {
                        const int64_t ext_39 = O;
                        const int64_t c_last_40 = ((-1) + C);
                        const int64_t k_h_first_41 = size_2;
                        const int64_t k_h_last_42 = size_4;
                        const int64_t k_h_count_43 = size_6;
                        const int64_t k_w_first_44 = size_7;
                        const int64_t k_w_last_45 = size_9;
                        const int64_t k_w_count_46 = size_11;
                        const int64_t o_lo_47 = 0;
                        const int64_t o_hi_48 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_40; ++c) {
                            for (int64_t k_h = k_h_first_41; k_h <= k_h_last_42; ++k_h) {
                                for (int64_t k_w = k_w_first_44; k_w <= k_w_last_45; ++k_w) {
                                    double *restrict row_49 = a_mat_37 + ((k_w + ((-1) * k_w_first_44) + (k_w_count_46 * (k_h + ((-1) * k_h_first_41))) + (c * k_h_count_43 * k_w_count_46))) * ext_39;
                                    for (int64_t o = o_lo_47; o <= o_hi_48; ++o)
                                        row_49[o - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_65 = flops_36;
                if (work_65 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_38 = (double *)calloc((size_t)(K_max_31 * N_max_30), sizeof(double));
                        if (b_mat_38 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_28 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_38 != NULL) {
                                {
                                    const int64_t ext_52 = W;
                                    const int64_t c_last_53 = ((-1) + C);
                                    const int64_t k_h_first_54 = size_2;
                                    const int64_t k_h_last_55 = size_4;
                                    const int64_t k_h_count_56 = size_6;
                                    const int64_t k_w_first_57 = size_7;
                                    const int64_t k_w_last_58 = size_9;
                                    const int64_t k_w_count_59 = size_11;
                                    const int64_t i_last_60 = ((-1) + H);
                                    for (int64_t c = 0; c <= c_last_53; ++c) {
                                        for (int64_t k_h = k_h_first_54; k_h <= k_h_last_55; ++k_h) {
                                            for (int64_t k_w = k_w_first_57; k_w <= k_w_last_58; ++k_w) {
                                                const int64_t j_lo_61 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_62 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_60; ++i) {
                                                    if (!(k_h >= derive_imax(0, (1 + ((-1) * i))))) continue;
                                                    if (!(k_h <= derive_imin(2, (H + ((-1) * i))))) continue;
                                                    double *restrict row_63 = b_mat_38 + ((i + (H * (k_w + ((-1) * k_w_first_57))) + (k_w_count_59 * H * (k_h + ((-1) * k_h_first_54))) + (c * k_h_count_56 * k_w_count_59 * H))) * ext_52;
                                                    for (int64_t j = j_lo_61; j <= j_hi_62; ++j)
                                                        row_63[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_33, N_34, K_35, a_mat_37 + (0), 1, M_33, b_mat_38 + (0), N_34, 1, y + ((n * H * O * W)), (H * W), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_28 = 1;
                                }
                            }
                        }
                        free(b_mat_38);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_38 = (double *)calloc((size_t)(K_max_31 * N_max_30), sizeof(double));
                        if (b_mat_38 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_28 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_38 != NULL) {
                                {
                                    const int64_t ext_52 = W;
                                    const int64_t c_last_53 = ((-1) + C);
                                    const int64_t k_h_first_54 = size_2;
                                    const int64_t k_h_last_55 = size_4;
                                    const int64_t k_h_count_56 = size_6;
                                    const int64_t k_w_first_57 = size_7;
                                    const int64_t k_w_last_58 = size_9;
                                    const int64_t k_w_count_59 = size_11;
                                    const int64_t i_last_60 = ((-1) + H);
                                    for (int64_t c = 0; c <= c_last_53; ++c) {
                                        for (int64_t k_h = k_h_first_54; k_h <= k_h_last_55; ++k_h) {
                                            for (int64_t k_w = k_w_first_57; k_w <= k_w_last_58; ++k_w) {
                                                const int64_t j_lo_61 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_62 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_60; ++i) {
                                                    if (!(k_h >= derive_imax(0, (1 + ((-1) * i))))) continue;
                                                    if (!(k_h <= derive_imin(2, (H + ((-1) * i))))) continue;
                                                    double *restrict row_63 = b_mat_38 + ((i + (H * (k_w + ((-1) * k_w_first_57))) + (k_w_count_59 * H * (k_h + ((-1) * k_h_first_54))) + (c * k_h_count_56 * k_w_count_59 * H))) * ext_52;
                                                    for (int64_t j = j_lo_61; j <= j_hi_62; ++j)
                                                        row_63[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_33, N_34, K_35, a_mat_37 + (0), 1, M_33, b_mat_38 + (0), N_34, 1, y + ((n * H * O * W)), (H * W), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_28 = 1;
                                }
                            }
                        }
                        free(b_mat_38);
                    }
                }
                free(a_mat_37);
            }
            if (failed_28) return 14;
        }
    }
    return 0;
}

int derive_conv2d_backward_x_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
    const int64_t size_67 = derive_imax(0, (2 + ((-1) * H)));
    const int64_t size_68 = ((-1) * size_67);
    const int64_t size_69 = derive_imin(2, H);
    const int64_t size_70 = (1 + size_68 + size_69);
    const int64_t size_71 = derive_imax(0, size_70);
    const int64_t size_72 = derive_imax(0, (2 + ((-1) * W)));
    const int64_t size_73 = ((-1) * size_72);
    const int64_t size_74 = derive_imin(2, W);
    const int64_t size_75 = (1 + size_73 + size_74);
    const int64_t size_76 = derive_imax(0, size_75);
    const int64_t size_77 = (C * H * N * O * W * size_71 * size_76);
    const int64_t size_86 = (2 + size_68);
    const int64_t size_87 = derive_imax(1, size_86);
    const int64_t size_88 = (2 + size_73);
    const int64_t size_89 = derive_imax(1, size_88);
    const int64_t size_90 = (C * H * N * O * W * size_87 * size_89);
    const int64_t size_96 = (O * size_71 * size_76);
    const int64_t products_66 = size_77;
    if (products_66 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_91 = size_90;
        if (work_91 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_78 = 0;
                            const int64_t o_hi_79 = ((-1) + O);
                            for (int64_t o = o_lo_78; o <= o_hi_79; ++o) {
                                {
                                    const int64_t k_h_lo_80 = derive_imax(0, (2 + h + ((-1) * H)));
                                    const int64_t k_h_hi_81 = derive_imin(2, (1 + h));
                                    for (int64_t k_h = k_h_lo_80; k_h <= k_h_hi_81; ++k_h) {
                                        {
                                            const int64_t k_w_lo_82 = size_72;
                                            const int64_t k_w_hi_83 = size_74;
                                            for (int64_t k_w = k_w_lo_82; k_w <= k_w_hi_83; ++k_w) {
                                                {
                                                    const int64_t w__lo_84 = derive_imax(0, ((-1) + k_w));
                                                    const int64_t w__hi_85 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                    for (int64_t w_ = w__lo_84; w_ <= w__hi_85; ++w_)
                                                        grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_78 = 0;
                            const int64_t o_hi_79 = ((-1) + O);
                            for (int64_t o = o_lo_78; o <= o_hi_79; ++o) {
                                {
                                    const int64_t k_h_lo_80 = derive_imax(0, (2 + h + ((-1) * H)));
                                    const int64_t k_h_hi_81 = derive_imin(2, (1 + h));
                                    for (int64_t k_h = k_h_lo_80; k_h <= k_h_hi_81; ++k_h) {
                                        {
                                            const int64_t k_w_lo_82 = size_72;
                                            const int64_t k_w_hi_83 = size_74;
                                            for (int64_t k_w = k_w_lo_82; k_w <= k_w_hi_83; ++k_w) {
                                                {
                                                    const int64_t w__lo_84 = derive_imax(0, ((-1) + k_w));
                                                    const int64_t w__hi_85 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                    for (int64_t w_ = w__lo_84; w_ <= w__hi_85; ++w_)
                                                        grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_92 = 0;
            const int64_t M_max_93 = C;
            const int64_t N_max_94 = (H * W);
            const int64_t K_max_95 = size_96;
            const int64_t M_97 = C;
            const int64_t N_98 = (H * W);
            const int64_t K_99 = size_96;
            const int64_t flops_100 = M_97 * N_98 * K_99 * (N);
            (void)flops_100;
            if (K_99 <= 0)
                for (int64_t q_101 = 0; q_101 < (N) * (C) * (H) * (W); ++q_101) grad_x[q_101] = 0;
            if (M_97 > 0 && N_98 > 0 && K_99 > 0) {
                double *a_mat_102 = (double *)calloc((size_t)(M_max_93 * K_max_95), sizeof(double));
                if (a_mat_102 == NULL) failed_92 = 1;
                else {
                    {
                        const int64_t ext_104 = C;
                        const int64_t o_last_105 = ((-1) + O);
                        const int64_t k_h_first_106 = size_67;
                        const int64_t k_h_last_107 = size_69;
                        const int64_t k_h_count_108 = size_71;
                        const int64_t k_w_first_109 = size_72;
                        const int64_t k_w_last_110 = size_74;
                        const int64_t k_w_count_111 = size_76;
                        const int64_t c_lo_112 = 0;
                        const int64_t c_hi_113 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_105; ++o) {
                            for (int64_t k_h = k_h_first_106; k_h <= k_h_last_107; ++k_h) {
                                for (int64_t k_w = k_w_first_109; k_w <= k_w_last_110; ++k_w) {
                                    double *restrict row_114 = a_mat_102 + ((k_w + ((-1) * k_w_first_109) + (k_w_count_111 * (k_h + ((-1) * k_h_first_106))) + (k_h_count_108 * k_w_count_111 * o))) * ext_104;
                                    for (int64_t c = c_lo_112; c <= c_hi_113; ++c)
                                        row_114[c - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_130 = flops_100;
                if (work_130 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_103 = (double *)calloc((size_t)(K_max_95 * N_max_94), sizeof(double));
                        if (b_mat_103 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_92 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_103 != NULL) {
                                {
                                    const int64_t ext_117 = W;
                                    const int64_t o_last_118 = ((-1) + O);
                                    const int64_t k_h_first_119 = size_67;
                                    const int64_t k_h_last_120 = size_69;
                                    const int64_t k_h_count_121 = size_71;
                                    const int64_t k_w_first_122 = size_72;
                                    const int64_t k_w_last_123 = size_74;
                                    const int64_t k_w_count_124 = size_76;
                                    const int64_t h_last_125 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_118; ++o) {
                                        for (int64_t k_h = k_h_first_119; k_h <= k_h_last_120; ++k_h) {
                                            for (int64_t k_w = k_w_first_122; k_w <= k_w_last_123; ++k_w) {
                                                const int64_t w__lo_126 = derive_imax(0, ((-1) + k_w));
                                                const int64_t w__hi_127 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_125; ++h) {
                                                    if (!(k_h >= derive_imax(0, (2 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(2, (1 + h)))) continue;
                                                    double *restrict row_128 = b_mat_103 + ((h + (H * (k_w + ((-1) * k_w_first_122))) + (k_w_count_124 * H * (k_h + ((-1) * k_h_first_119))) + (k_h_count_121 * k_w_count_124 * o * H))) * ext_117;
                                                    for (int64_t w_ = w__lo_126; w_ <= w__hi_127; ++w_)
                                                        row_128[w_ - (0)] = grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_97, N_98, K_99, a_mat_102 + (0), 1, M_97, b_mat_103 + (0), N_98, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_92 = 1;
                                }
                            }
                        }
                        free(b_mat_103);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_103 = (double *)calloc((size_t)(K_max_95 * N_max_94), sizeof(double));
                        if (b_mat_103 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_92 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_103 != NULL) {
                                {
                                    const int64_t ext_117 = W;
                                    const int64_t o_last_118 = ((-1) + O);
                                    const int64_t k_h_first_119 = size_67;
                                    const int64_t k_h_last_120 = size_69;
                                    const int64_t k_h_count_121 = size_71;
                                    const int64_t k_w_first_122 = size_72;
                                    const int64_t k_w_last_123 = size_74;
                                    const int64_t k_w_count_124 = size_76;
                                    const int64_t h_last_125 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_118; ++o) {
                                        for (int64_t k_h = k_h_first_119; k_h <= k_h_last_120; ++k_h) {
                                            for (int64_t k_w = k_w_first_122; k_w <= k_w_last_123; ++k_w) {
                                                const int64_t w__lo_126 = derive_imax(0, ((-1) + k_w));
                                                const int64_t w__hi_127 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_125; ++h) {
                                                    if (!(k_h >= derive_imax(0, (2 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(2, (1 + h)))) continue;
                                                    double *restrict row_128 = b_mat_103 + ((h + (H * (k_w + ((-1) * k_w_first_122))) + (k_w_count_124 * H * (k_h + ((-1) * k_h_first_119))) + (k_h_count_121 * k_w_count_124 * o * H))) * ext_117;
                                                    for (int64_t w_ = w__lo_126; w_ <= w__hi_127; ++w_)
                                                        row_128[w_ - (0)] = grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_97, N_98, K_99, a_mat_102 + (0), 1, M_97, b_mat_103 + (0), N_98, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_92 = 1;
                                }
                            }
                        }
                        free(b_mat_103);
                    }
                }
                free(a_mat_102);
            }
            if (failed_92) return 14;
        }
    }
    return 0;
}

int derive_conv2d_backward_w_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_w)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_w;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
    const int64_t size_139 = derive_imax(1, ((-1) + H));
    const int64_t size_140 = derive_imax(1, ((-1) + W));
    const int64_t size_141 = (9 * C * N * O * size_139 * size_140);
    const int64_t products_131 = (9 * C * H * N * O * W);
    if (products_131 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_142 = size_141;
        if (work_142 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 3; ++k_h) {
                        for (int64_t k_w = 0; k_w < 3; ++k_w) {
                            double acc_132 = 0;
                            {
                                const int64_t n_lo_133 = 0;
                                const int64_t n_hi_134 = ((-1) + N);
                                for (int64_t n = n_lo_133; n <= n_hi_134; ++n) {
                                    {
                                        const int64_t i_lo_135 = derive_imax(0, (1 + ((-1) * k_h)));
                                        const int64_t i_hi_136 = derive_imin(((-1) + H), (H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_135; i <= i_hi_136; ++i) {
                                            {
                                                const int64_t j_lo_137 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_138 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_132)
    #endif
                                                for (int64_t j = j_lo_137; j <= j_hi_138; ++j) {
                                                    acc_132 += (grad_y[(((n) * O + o) * H + i) * W + j] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_132;
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 3; ++k_h) {
                        for (int64_t k_w = 0; k_w < 3; ++k_w) {
                            double acc_132 = 0;
                            {
                                const int64_t n_lo_133 = 0;
                                const int64_t n_hi_134 = ((-1) + N);
                                for (int64_t n = n_lo_133; n <= n_hi_134; ++n) {
                                    {
                                        const int64_t i_lo_135 = derive_imax(0, (1 + ((-1) * k_h)));
                                        const int64_t i_hi_136 = derive_imin(((-1) + H), (H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_135; i <= i_hi_136; ++i) {
                                            {
                                                const int64_t j_lo_137 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_138 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_132)
    #endif
                                                for (int64_t j = j_lo_137; j <= j_hi_138; ++j) {
                                                    acc_132 += (grad_y[(((n) * O + o) * H + i) * W + j] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_132;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_143 = 0; q_143 < (O) * (C) * (3) * (3); ++q_143) grad_w[q_143] = 0;
        {
            int failed_144 = 0;
            const int64_t M_max_145 = O;
            const int64_t N_max_146 = (9 * C);
            const int64_t K_max_147 = (H * W);
            const int64_t M_148 = O;
            const int64_t N_149 = (9 * C);
            const int64_t K_150 = (H * W);
            const int64_t flops_151 = M_148 * N_149 * K_150 * (N);
            (void)flops_151;
            if (M_148 > 0 && N_149 > 0 && K_150 > 0) {
                int nparts_154 = 1;
#ifdef _OPENMP
                if (flops_151 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_154 = omp_get_max_threads();
#endif
                double *parts_155 = (double *)calloc((size_t)nparts_154 * (size_t)(M_148 * N_149), sizeof(double));
                if (parts_155 == NULL) failed_144 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_171 = flops_151;
                    if (work_171 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_154)
                        {
                            double *mine_156 = parts_155 + (size_t)DERIVE_THREAD * (size_t)(M_148 * N_149);
                            double *a_mat_152 = (double *)calloc((size_t)(M_max_145 * K_max_147), sizeof(double));
                            double *b_mat_153 = (double *)calloc((size_t)(K_max_147 * N_max_146), sizeof(double));
                            if (a_mat_152 == NULL || b_mat_153 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_144 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_152 != NULL && b_mat_153 != NULL) {
                                    {
                                        const int64_t ext_157 = W;
                                        const int64_t o_last_158 = ((-1) + O);
                                        const int64_t i_last_159 = ((-1) + H);
                                        const int64_t j_lo_160 = 0;
                                        const int64_t j_hi_161 = ((-1) + W);
                                        for (int64_t o = 0; o <= o_last_158; ++o) {
                                            for (int64_t i = 0; i <= i_last_159; ++i) {
                                                double *restrict row_162 = a_mat_152 + ((i + (o * H))) * ext_157;
                                                for (int64_t j = j_lo_160; j <= j_hi_161; ++j)
                                                    row_162[j - (0)] = grad_y[(((n) * O + o) * H + i) * W + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_164 = W;
                                        const int64_t c_last_165 = ((-1) + C);
                                        const int64_t i_last_166 = ((-1) + H);
                                        for (int64_t c = 0; c <= c_last_165; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_167 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_168 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_166; ++i) {
                                                        if (!(i >= derive_imax(0, (1 + ((-1) * k_h))))) continue;
                                                        if (!(i <= derive_imin(((-1) + H), (H + ((-1) * k_h))))) continue;
                                                        double *restrict row_169 = b_mat_153 + ((i + (k_w * H) + (3 * k_h * H) + (9 * c * H))) * ext_164;
                                                        for (int64_t j = j_lo_167; j <= j_hi_168; ++j)
                                                            row_169[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_148, N_149, K_150, a_mat_152 + (0), K_150, 1, b_mat_153 + (0), 1, K_150, mine_156, N_149, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_144 = 1;
                                    }
                                }
                            }
                            free(a_mat_152);
                            free(b_mat_153);
                        }
                    } else
#endif
                    {
                        {
                            double *mine_156 = parts_155 + (size_t)DERIVE_THREAD * (size_t)(M_148 * N_149);
                            double *a_mat_152 = (double *)calloc((size_t)(M_max_145 * K_max_147), sizeof(double));
                            double *b_mat_153 = (double *)calloc((size_t)(K_max_147 * N_max_146), sizeof(double));
                            if (a_mat_152 == NULL || b_mat_153 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_144 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_152 != NULL && b_mat_153 != NULL) {
                                    {
                                        const int64_t ext_157 = W;
                                        const int64_t o_last_158 = ((-1) + O);
                                        const int64_t i_last_159 = ((-1) + H);
                                        const int64_t j_lo_160 = 0;
                                        const int64_t j_hi_161 = ((-1) + W);
                                        for (int64_t o = 0; o <= o_last_158; ++o) {
                                            for (int64_t i = 0; i <= i_last_159; ++i) {
                                                double *restrict row_162 = a_mat_152 + ((i + (o * H))) * ext_157;
                                                for (int64_t j = j_lo_160; j <= j_hi_161; ++j)
                                                    row_162[j - (0)] = grad_y[(((n) * O + o) * H + i) * W + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_164 = W;
                                        const int64_t c_last_165 = ((-1) + C);
                                        const int64_t i_last_166 = ((-1) + H);
                                        for (int64_t c = 0; c <= c_last_165; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_167 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_168 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_166; ++i) {
                                                        if (!(i >= derive_imax(0, (1 + ((-1) * k_h))))) continue;
                                                        if (!(i <= derive_imin(((-1) + H), (H + ((-1) * k_h))))) continue;
                                                        double *restrict row_169 = b_mat_153 + ((i + (k_w * H) + (3 * k_h * H) + (9 * c * H))) * ext_164;
                                                        for (int64_t j = j_lo_167; j <= j_hi_168; ++j)
                                                            row_169[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_148, N_149, K_150, a_mat_152 + (0), K_150, 1, b_mat_153 + (0), 1, K_150, mine_156, N_149, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_144 = 1;
                                    }
                                }
                            }
                            free(a_mat_152);
                            free(b_mat_153);
                        }
                    }
                    for (int part_172 = 0; part_172 < nparts_154; ++part_172)
                        for (int64_t m_173 = 0; m_173 < M_148; ++m_173)
                            for (int64_t n_174 = 0; n_174 < N_149; ++n_174)
                                grad_w[(0) + m_173 * (9 * C) + n_174 * 1] += parts_155[((size_t)part_172 * (size_t)M_148 + (size_t)m_173) * (size_t)N_149 + (size_t)n_174];
                    free(parts_155);
                }
            }
            if (failed_144) return 14;
        }
    }
    return 0;
}

int derive_conv2d_backward_b_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_b)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_b;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_182 = (H * N * O * W);
    if (work_182 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            double acc_175 = 0;
            {
                const int64_t n_lo_176 = 0;
                const int64_t n_hi_177 = ((-1) + N);
                for (int64_t n = n_lo_176; n <= n_hi_177; ++n) {
                    {
                        const int64_t i_lo_178 = 0;
                        const int64_t i_hi_179 = ((-1) + H);
                        for (int64_t i = i_lo_178; i <= i_hi_179; ++i) {
                            {
                                const int64_t j_lo_180 = 0;
                                const int64_t j_hi_181 = ((-1) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_175)
    #endif
                                for (int64_t j = j_lo_180; j <= j_hi_181; ++j) {
                                    acc_175 += grad_y[(((n) * O + o) * H + i) * W + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_175;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            double acc_175 = 0;
            {
                const int64_t n_lo_176 = 0;
                const int64_t n_hi_177 = ((-1) + N);
                for (int64_t n = n_lo_176; n <= n_hi_177; ++n) {
                    {
                        const int64_t i_lo_178 = 0;
                        const int64_t i_hi_179 = ((-1) + H);
                        for (int64_t i = i_lo_178; i <= i_hi_179; ++i) {
                            {
                                const int64_t j_lo_180 = 0;
                                const int64_t j_hi_181 = ((-1) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_175)
    #endif
                                for (int64_t j = j_lo_180; j <= j_hi_181; ++j) {
                                    acc_175 += grad_y[(((n) * O + o) * H + i) * W + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_175;
        }
    }
    return 0;
}

int derive_conv2d_backward_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, double *restrict y, double *restrict grad_x, double *restrict grad_w, double *restrict grad_b)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    (void)grad_w;
    (void)grad_b;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_conv2d_backward_x_f64(N, C, H, W, O, grad_y, x, w, b, y, grad_x);
        if (status) return status;
    }
    if (grad_w != NULL) {
        status = derive_conv2d_backward_w_f64(N, C, H, W, O, grad_y, x, w, b, y, grad_w);
        if (status) return status;
    }
    if (grad_b != NULL) {
        status = derive_conv2d_backward_b_f64(N, C, H, W, O, grad_y, x, w, b, y, grad_b);
        if (status) return status;
    }
    return 0;
}

int derive_conv2d_forward_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *restrict x, const float *restrict w, const float *restrict b, float *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
    const int64_t size_184 = derive_imax(0, (2 + ((-1) * H)));
    const int64_t size_185 = ((-1) * size_184);
    const int64_t size_186 = derive_imin(2, H);
    const int64_t size_187 = (1 + size_185 + size_186);
    const int64_t size_188 = derive_imax(0, size_187);
    const int64_t size_189 = derive_imax(0, (2 + ((-1) * W)));
    const int64_t size_190 = ((-1) * size_189);
    const int64_t size_191 = derive_imin(2, W);
    const int64_t size_192 = (1 + size_190 + size_191);
    const int64_t size_193 = derive_imax(0, size_192);
    const int64_t size_194 = (C * H * N * O * W * size_188 * size_193);
    const int64_t size_205 = (C * H * N * O * W * size_186 * size_191);
    const int64_t size_214 = (C * size_188 * size_193);
    const int64_t products_183 = size_194;
    if (products_183 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_206 = size_205;
        if (work_206 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_195 = 0;
                                const int64_t j_hi_196 = ((-1) + W);
                                for (int64_t j = j_lo_195; j <= j_hi_196; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_197 = 0;
                            const int64_t c_hi_198 = ((-1) + C);
                            for (int64_t c = c_lo_197; c <= c_hi_198; ++c) {
                                {
                                    const int64_t k_h_lo_199 = derive_imax(0, (1 + ((-1) * i)));
                                    const int64_t k_h_hi_200 = derive_imin(2, (H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_199; k_h <= k_h_hi_200; ++k_h) {
                                        {
                                            const int64_t k_w_lo_201 = size_189;
                                            const int64_t k_w_hi_202 = size_191;
                                            for (int64_t k_w = k_w_lo_201; k_w <= k_w_hi_202; ++k_w) {
                                                {
                                                    const int64_t j_lo_203 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_204 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_203; j <= j_hi_204; ++j)
                                                        y[(((n) * O + o) * H + i) * W + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_195 = 0;
                                const int64_t j_hi_196 = ((-1) + W);
                                for (int64_t j = j_lo_195; j <= j_hi_196; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_197 = 0;
                            const int64_t c_hi_198 = ((-1) + C);
                            for (int64_t c = c_lo_197; c <= c_hi_198; ++c) {
                                {
                                    const int64_t k_h_lo_199 = derive_imax(0, (1 + ((-1) * i)));
                                    const int64_t k_h_hi_200 = derive_imin(2, (H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_199; k_h <= k_h_hi_200; ++k_h) {
                                        {
                                            const int64_t k_w_lo_201 = size_189;
                                            const int64_t k_w_hi_202 = size_191;
                                            for (int64_t k_w = k_w_lo_201; k_w <= k_w_hi_202; ++k_w) {
                                                {
                                                    const int64_t j_lo_203 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_204 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_203; j <= j_hi_204; ++j)
                                                        y[(((n) * O + o) * H + i) * W + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    } else {
#ifdef _OPENMP
        const int64_t work_209 = (H * N * O * W);
        if (work_209 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_207 = 0;
                                const int64_t j_hi_208 = ((-1) + W);
                                for (int64_t j = j_lo_207; j <= j_hi_208; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_207 = 0;
                                const int64_t j_hi_208 = ((-1) + W);
                                for (int64_t j = j_lo_207; j <= j_hi_208; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_210 = 0;
            const int64_t M_max_211 = O;
            const int64_t N_max_212 = (H * W);
            const int64_t K_max_213 = size_214;
            const int64_t M_215 = O;
            const int64_t N_216 = (H * W);
            const int64_t K_217 = size_214;
            const int64_t flops_218 = M_215 * N_216 * K_217 * (N);
            (void)flops_218;
            if (M_215 > 0 && N_216 > 0 && K_217 > 0) {
                float *a_mat_219 = (float *)calloc((size_t)(M_max_211 * K_max_213), sizeof(float));
                if (a_mat_219 == NULL) failed_210 = 1;
                else {
                    {
                        const int64_t ext_221 = O;
                        const int64_t c_last_222 = ((-1) + C);
                        const int64_t k_h_first_223 = size_184;
                        const int64_t k_h_last_224 = size_186;
                        const int64_t k_h_count_225 = size_188;
                        const int64_t k_w_first_226 = size_189;
                        const int64_t k_w_last_227 = size_191;
                        const int64_t k_w_count_228 = size_193;
                        const int64_t o_lo_229 = 0;
                        const int64_t o_hi_230 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_222; ++c) {
                            for (int64_t k_h = k_h_first_223; k_h <= k_h_last_224; ++k_h) {
                                for (int64_t k_w = k_w_first_226; k_w <= k_w_last_227; ++k_w) {
                                    float *restrict row_231 = a_mat_219 + ((k_w + ((-1) * k_w_first_226) + (k_w_count_228 * (k_h + ((-1) * k_h_first_223))) + (c * k_h_count_225 * k_w_count_228))) * ext_221;
                                    for (int64_t o = o_lo_229; o <= o_hi_230; ++o)
                                        row_231[o - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_247 = flops_218;
                if (work_247 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_220 = (float *)calloc((size_t)(K_max_213 * N_max_212), sizeof(float));
                        if (b_mat_220 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_210 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_220 != NULL) {
                                {
                                    const int64_t ext_234 = W;
                                    const int64_t c_last_235 = ((-1) + C);
                                    const int64_t k_h_first_236 = size_184;
                                    const int64_t k_h_last_237 = size_186;
                                    const int64_t k_h_count_238 = size_188;
                                    const int64_t k_w_first_239 = size_189;
                                    const int64_t k_w_last_240 = size_191;
                                    const int64_t k_w_count_241 = size_193;
                                    const int64_t i_last_242 = ((-1) + H);
                                    for (int64_t c = 0; c <= c_last_235; ++c) {
                                        for (int64_t k_h = k_h_first_236; k_h <= k_h_last_237; ++k_h) {
                                            for (int64_t k_w = k_w_first_239; k_w <= k_w_last_240; ++k_w) {
                                                const int64_t j_lo_243 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_244 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_242; ++i) {
                                                    if (!(k_h >= derive_imax(0, (1 + ((-1) * i))))) continue;
                                                    if (!(k_h <= derive_imin(2, (H + ((-1) * i))))) continue;
                                                    float *restrict row_245 = b_mat_220 + ((i + (H * (k_w + ((-1) * k_w_first_239))) + (k_w_count_241 * H * (k_h + ((-1) * k_h_first_236))) + (c * k_h_count_238 * k_w_count_241 * H))) * ext_234;
                                                    for (int64_t j = j_lo_243; j <= j_hi_244; ++j)
                                                        row_245[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_215, N_216, K_217, a_mat_219 + (0), 1, M_215, b_mat_220 + (0), N_216, 1, y + ((n * H * O * W)), (H * W), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_210 = 1;
                                }
                            }
                        }
                        free(b_mat_220);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_220 = (float *)calloc((size_t)(K_max_213 * N_max_212), sizeof(float));
                        if (b_mat_220 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_210 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_220 != NULL) {
                                {
                                    const int64_t ext_234 = W;
                                    const int64_t c_last_235 = ((-1) + C);
                                    const int64_t k_h_first_236 = size_184;
                                    const int64_t k_h_last_237 = size_186;
                                    const int64_t k_h_count_238 = size_188;
                                    const int64_t k_w_first_239 = size_189;
                                    const int64_t k_w_last_240 = size_191;
                                    const int64_t k_w_count_241 = size_193;
                                    const int64_t i_last_242 = ((-1) + H);
                                    for (int64_t c = 0; c <= c_last_235; ++c) {
                                        for (int64_t k_h = k_h_first_236; k_h <= k_h_last_237; ++k_h) {
                                            for (int64_t k_w = k_w_first_239; k_w <= k_w_last_240; ++k_w) {
                                                const int64_t j_lo_243 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_244 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_242; ++i) {
                                                    if (!(k_h >= derive_imax(0, (1 + ((-1) * i))))) continue;
                                                    if (!(k_h <= derive_imin(2, (H + ((-1) * i))))) continue;
                                                    float *restrict row_245 = b_mat_220 + ((i + (H * (k_w + ((-1) * k_w_first_239))) + (k_w_count_241 * H * (k_h + ((-1) * k_h_first_236))) + (c * k_h_count_238 * k_w_count_241 * H))) * ext_234;
                                                    for (int64_t j = j_lo_243; j <= j_hi_244; ++j)
                                                        row_245[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_215, N_216, K_217, a_mat_219 + (0), 1, M_215, b_mat_220 + (0), N_216, 1, y + ((n * H * O * W)), (H * W), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_210 = 1;
                                }
                            }
                        }
                        free(b_mat_220);
                    }
                }
                free(a_mat_219);
            }
            if (failed_210) return 14;
        }
    }
    return 0;
}

int derive_conv2d_backward_x_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
    const int64_t size_249 = derive_imax(0, (2 + ((-1) * H)));
    const int64_t size_250 = ((-1) * size_249);
    const int64_t size_251 = derive_imin(2, H);
    const int64_t size_252 = (1 + size_250 + size_251);
    const int64_t size_253 = derive_imax(0, size_252);
    const int64_t size_254 = derive_imax(0, (2 + ((-1) * W)));
    const int64_t size_255 = ((-1) * size_254);
    const int64_t size_256 = derive_imin(2, W);
    const int64_t size_257 = (1 + size_255 + size_256);
    const int64_t size_258 = derive_imax(0, size_257);
    const int64_t size_259 = (C * H * N * O * W * size_253 * size_258);
    const int64_t size_268 = (2 + size_250);
    const int64_t size_269 = derive_imax(1, size_268);
    const int64_t size_270 = (2 + size_255);
    const int64_t size_271 = derive_imax(1, size_270);
    const int64_t size_272 = (C * H * N * O * W * size_269 * size_271);
    const int64_t size_278 = (O * size_253 * size_258);
    const int64_t products_248 = size_259;
    if (products_248 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_273 = size_272;
        if (work_273 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_260 = 0;
                            const int64_t o_hi_261 = ((-1) + O);
                            for (int64_t o = o_lo_260; o <= o_hi_261; ++o) {
                                {
                                    const int64_t k_h_lo_262 = derive_imax(0, (2 + h + ((-1) * H)));
                                    const int64_t k_h_hi_263 = derive_imin(2, (1 + h));
                                    for (int64_t k_h = k_h_lo_262; k_h <= k_h_hi_263; ++k_h) {
                                        {
                                            const int64_t k_w_lo_264 = size_254;
                                            const int64_t k_w_hi_265 = size_256;
                                            for (int64_t k_w = k_w_lo_264; k_w <= k_w_hi_265; ++k_w) {
                                                {
                                                    const int64_t w__lo_266 = derive_imax(0, ((-1) + k_w));
                                                    const int64_t w__hi_267 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                    for (int64_t w_ = w__lo_266; w_ <= w__hi_267; ++w_)
                                                        grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_260 = 0;
                            const int64_t o_hi_261 = ((-1) + O);
                            for (int64_t o = o_lo_260; o <= o_hi_261; ++o) {
                                {
                                    const int64_t k_h_lo_262 = derive_imax(0, (2 + h + ((-1) * H)));
                                    const int64_t k_h_hi_263 = derive_imin(2, (1 + h));
                                    for (int64_t k_h = k_h_lo_262; k_h <= k_h_hi_263; ++k_h) {
                                        {
                                            const int64_t k_w_lo_264 = size_254;
                                            const int64_t k_w_hi_265 = size_256;
                                            for (int64_t k_w = k_w_lo_264; k_w <= k_w_hi_265; ++k_w) {
                                                {
                                                    const int64_t w__lo_266 = derive_imax(0, ((-1) + k_w));
                                                    const int64_t w__hi_267 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                    for (int64_t w_ = w__lo_266; w_ <= w__hi_267; ++w_)
                                                        grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    } else {
        {
            int failed_274 = 0;
            const int64_t M_max_275 = C;
            const int64_t N_max_276 = (H * W);
            const int64_t K_max_277 = size_278;
            const int64_t M_279 = C;
            const int64_t N_280 = (H * W);
            const int64_t K_281 = size_278;
            const int64_t flops_282 = M_279 * N_280 * K_281 * (N);
            (void)flops_282;
            if (K_281 <= 0)
                for (int64_t q_283 = 0; q_283 < (N) * (C) * (H) * (W); ++q_283) grad_x[q_283] = 0;
            if (M_279 > 0 && N_280 > 0 && K_281 > 0) {
                float *a_mat_284 = (float *)calloc((size_t)(M_max_275 * K_max_277), sizeof(float));
                if (a_mat_284 == NULL) failed_274 = 1;
                else {
                    {
                        const int64_t ext_286 = C;
                        const int64_t o_last_287 = ((-1) + O);
                        const int64_t k_h_first_288 = size_249;
                        const int64_t k_h_last_289 = size_251;
                        const int64_t k_h_count_290 = size_253;
                        const int64_t k_w_first_291 = size_254;
                        const int64_t k_w_last_292 = size_256;
                        const int64_t k_w_count_293 = size_258;
                        const int64_t c_lo_294 = 0;
                        const int64_t c_hi_295 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_287; ++o) {
                            for (int64_t k_h = k_h_first_288; k_h <= k_h_last_289; ++k_h) {
                                for (int64_t k_w = k_w_first_291; k_w <= k_w_last_292; ++k_w) {
                                    float *restrict row_296 = a_mat_284 + ((k_w + ((-1) * k_w_first_291) + (k_w_count_293 * (k_h + ((-1) * k_h_first_288))) + (k_h_count_290 * k_w_count_293 * o))) * ext_286;
                                    for (int64_t c = c_lo_294; c <= c_hi_295; ++c)
                                        row_296[c - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_312 = flops_282;
                if (work_312 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_285 = (float *)calloc((size_t)(K_max_277 * N_max_276), sizeof(float));
                        if (b_mat_285 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_274 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_285 != NULL) {
                                {
                                    const int64_t ext_299 = W;
                                    const int64_t o_last_300 = ((-1) + O);
                                    const int64_t k_h_first_301 = size_249;
                                    const int64_t k_h_last_302 = size_251;
                                    const int64_t k_h_count_303 = size_253;
                                    const int64_t k_w_first_304 = size_254;
                                    const int64_t k_w_last_305 = size_256;
                                    const int64_t k_w_count_306 = size_258;
                                    const int64_t h_last_307 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_300; ++o) {
                                        for (int64_t k_h = k_h_first_301; k_h <= k_h_last_302; ++k_h) {
                                            for (int64_t k_w = k_w_first_304; k_w <= k_w_last_305; ++k_w) {
                                                const int64_t w__lo_308 = derive_imax(0, ((-1) + k_w));
                                                const int64_t w__hi_309 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_307; ++h) {
                                                    if (!(k_h >= derive_imax(0, (2 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(2, (1 + h)))) continue;
                                                    float *restrict row_310 = b_mat_285 + ((h + (H * (k_w + ((-1) * k_w_first_304))) + (k_w_count_306 * H * (k_h + ((-1) * k_h_first_301))) + (k_h_count_303 * k_w_count_306 * o * H))) * ext_299;
                                                    for (int64_t w_ = w__lo_308; w_ <= w__hi_309; ++w_)
                                                        row_310[w_ - (0)] = grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_279, N_280, K_281, a_mat_284 + (0), 1, M_279, b_mat_285 + (0), N_280, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_274 = 1;
                                }
                            }
                        }
                        free(b_mat_285);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_285 = (float *)calloc((size_t)(K_max_277 * N_max_276), sizeof(float));
                        if (b_mat_285 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_274 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_285 != NULL) {
                                {
                                    const int64_t ext_299 = W;
                                    const int64_t o_last_300 = ((-1) + O);
                                    const int64_t k_h_first_301 = size_249;
                                    const int64_t k_h_last_302 = size_251;
                                    const int64_t k_h_count_303 = size_253;
                                    const int64_t k_w_first_304 = size_254;
                                    const int64_t k_w_last_305 = size_256;
                                    const int64_t k_w_count_306 = size_258;
                                    const int64_t h_last_307 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_300; ++o) {
                                        for (int64_t k_h = k_h_first_301; k_h <= k_h_last_302; ++k_h) {
                                            for (int64_t k_w = k_w_first_304; k_w <= k_w_last_305; ++k_w) {
                                                const int64_t w__lo_308 = derive_imax(0, ((-1) + k_w));
                                                const int64_t w__hi_309 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_307; ++h) {
                                                    if (!(k_h >= derive_imax(0, (2 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(2, (1 + h)))) continue;
                                                    float *restrict row_310 = b_mat_285 + ((h + (H * (k_w + ((-1) * k_w_first_304))) + (k_w_count_306 * H * (k_h + ((-1) * k_h_first_301))) + (k_h_count_303 * k_w_count_306 * o * H))) * ext_299;
                                                    for (int64_t w_ = w__lo_308; w_ <= w__hi_309; ++w_)
                                                        row_310[w_ - (0)] = grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_279, N_280, K_281, a_mat_284 + (0), 1, M_279, b_mat_285 + (0), N_280, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_274 = 1;
                                }
                            }
                        }
                        free(b_mat_285);
                    }
                }
                free(a_mat_284);
            }
            if (failed_274) return 14;
        }
    }
    return 0;
}

int derive_conv2d_backward_w_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_w)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_w;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
    const int64_t size_321 = derive_imax(1, ((-1) + H));
    const int64_t size_322 = derive_imax(1, ((-1) + W));
    const int64_t size_323 = (9 * C * N * O * size_321 * size_322);
    const int64_t products_313 = (9 * C * H * N * O * W);
    if (products_313 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_324 = size_323;
        if (work_324 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 3; ++k_h) {
                        for (int64_t k_w = 0; k_w < 3; ++k_w) {
                            float acc_314 = 0;
                            {
                                const int64_t n_lo_315 = 0;
                                const int64_t n_hi_316 = ((-1) + N);
                                for (int64_t n = n_lo_315; n <= n_hi_316; ++n) {
                                    {
                                        const int64_t i_lo_317 = derive_imax(0, (1 + ((-1) * k_h)));
                                        const int64_t i_hi_318 = derive_imin(((-1) + H), (H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_317; i <= i_hi_318; ++i) {
                                            {
                                                const int64_t j_lo_319 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_320 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_314)
    #endif
                                                for (int64_t j = j_lo_319; j <= j_hi_320; ++j) {
                                                    acc_314 += (grad_y[(((n) * O + o) * H + i) * W + j] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_314;
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 3; ++k_h) {
                        for (int64_t k_w = 0; k_w < 3; ++k_w) {
                            float acc_314 = 0;
                            {
                                const int64_t n_lo_315 = 0;
                                const int64_t n_hi_316 = ((-1) + N);
                                for (int64_t n = n_lo_315; n <= n_hi_316; ++n) {
                                    {
                                        const int64_t i_lo_317 = derive_imax(0, (1 + ((-1) * k_h)));
                                        const int64_t i_hi_318 = derive_imin(((-1) + H), (H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_317; i <= i_hi_318; ++i) {
                                            {
                                                const int64_t j_lo_319 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_320 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_314)
    #endif
                                                for (int64_t j = j_lo_319; j <= j_hi_320; ++j) {
                                                    acc_314 += (grad_y[(((n) * O + o) * H + i) * W + j] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_314;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_325 = 0; q_325 < (O) * (C) * (3) * (3); ++q_325) grad_w[q_325] = 0;
        {
            int failed_326 = 0;
            const int64_t M_max_327 = O;
            const int64_t N_max_328 = (9 * C);
            const int64_t K_max_329 = (H * W);
            const int64_t M_330 = O;
            const int64_t N_331 = (9 * C);
            const int64_t K_332 = (H * W);
            const int64_t flops_333 = M_330 * N_331 * K_332 * (N);
            (void)flops_333;
            if (M_330 > 0 && N_331 > 0 && K_332 > 0) {
                int nparts_336 = 1;
#ifdef _OPENMP
                if (flops_333 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_336 = omp_get_max_threads();
#endif
                float *parts_337 = (float *)calloc((size_t)nparts_336 * (size_t)(M_330 * N_331), sizeof(float));
                if (parts_337 == NULL) failed_326 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_353 = flops_333;
                    if (work_353 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_336)
                        {
                            float *mine_338 = parts_337 + (size_t)DERIVE_THREAD * (size_t)(M_330 * N_331);
                            float *a_mat_334 = (float *)calloc((size_t)(M_max_327 * K_max_329), sizeof(float));
                            float *b_mat_335 = (float *)calloc((size_t)(K_max_329 * N_max_328), sizeof(float));
                            if (a_mat_334 == NULL || b_mat_335 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_326 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_334 != NULL && b_mat_335 != NULL) {
                                    {
                                        const int64_t ext_339 = W;
                                        const int64_t o_last_340 = ((-1) + O);
                                        const int64_t i_last_341 = ((-1) + H);
                                        const int64_t j_lo_342 = 0;
                                        const int64_t j_hi_343 = ((-1) + W);
                                        for (int64_t o = 0; o <= o_last_340; ++o) {
                                            for (int64_t i = 0; i <= i_last_341; ++i) {
                                                float *restrict row_344 = a_mat_334 + ((i + (o * H))) * ext_339;
                                                for (int64_t j = j_lo_342; j <= j_hi_343; ++j)
                                                    row_344[j - (0)] = grad_y[(((n) * O + o) * H + i) * W + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_346 = W;
                                        const int64_t c_last_347 = ((-1) + C);
                                        const int64_t i_last_348 = ((-1) + H);
                                        for (int64_t c = 0; c <= c_last_347; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_349 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_350 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_348; ++i) {
                                                        if (!(i >= derive_imax(0, (1 + ((-1) * k_h))))) continue;
                                                        if (!(i <= derive_imin(((-1) + H), (H + ((-1) * k_h))))) continue;
                                                        float *restrict row_351 = b_mat_335 + ((i + (k_w * H) + (3 * k_h * H) + (9 * c * H))) * ext_346;
                                                        for (int64_t j = j_lo_349; j <= j_hi_350; ++j)
                                                            row_351[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_330, N_331, K_332, a_mat_334 + (0), K_332, 1, b_mat_335 + (0), 1, K_332, mine_338, N_331, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_326 = 1;
                                    }
                                }
                            }
                            free(a_mat_334);
                            free(b_mat_335);
                        }
                    } else
#endif
                    {
                        {
                            float *mine_338 = parts_337 + (size_t)DERIVE_THREAD * (size_t)(M_330 * N_331);
                            float *a_mat_334 = (float *)calloc((size_t)(M_max_327 * K_max_329), sizeof(float));
                            float *b_mat_335 = (float *)calloc((size_t)(K_max_329 * N_max_328), sizeof(float));
                            if (a_mat_334 == NULL || b_mat_335 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_326 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_334 != NULL && b_mat_335 != NULL) {
                                    {
                                        const int64_t ext_339 = W;
                                        const int64_t o_last_340 = ((-1) + O);
                                        const int64_t i_last_341 = ((-1) + H);
                                        const int64_t j_lo_342 = 0;
                                        const int64_t j_hi_343 = ((-1) + W);
                                        for (int64_t o = 0; o <= o_last_340; ++o) {
                                            for (int64_t i = 0; i <= i_last_341; ++i) {
                                                float *restrict row_344 = a_mat_334 + ((i + (o * H))) * ext_339;
                                                for (int64_t j = j_lo_342; j <= j_hi_343; ++j)
                                                    row_344[j - (0)] = grad_y[(((n) * O + o) * H + i) * W + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_346 = W;
                                        const int64_t c_last_347 = ((-1) + C);
                                        const int64_t i_last_348 = ((-1) + H);
                                        for (int64_t c = 0; c <= c_last_347; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_349 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_350 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_348; ++i) {
                                                        if (!(i >= derive_imax(0, (1 + ((-1) * k_h))))) continue;
                                                        if (!(i <= derive_imin(((-1) + H), (H + ((-1) * k_h))))) continue;
                                                        float *restrict row_351 = b_mat_335 + ((i + (k_w * H) + (3 * k_h * H) + (9 * c * H))) * ext_346;
                                                        for (int64_t j = j_lo_349; j <= j_hi_350; ++j)
                                                            row_351[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_330, N_331, K_332, a_mat_334 + (0), K_332, 1, b_mat_335 + (0), 1, K_332, mine_338, N_331, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_326 = 1;
                                    }
                                }
                            }
                            free(a_mat_334);
                            free(b_mat_335);
                        }
                    }
                    for (int part_354 = 0; part_354 < nparts_336; ++part_354)
                        for (int64_t m_355 = 0; m_355 < M_330; ++m_355)
                            for (int64_t n_356 = 0; n_356 < N_331; ++n_356)
                                grad_w[(0) + m_355 * (9 * C) + n_356 * 1] += parts_337[((size_t)part_354 * (size_t)M_330 + (size_t)m_355) * (size_t)N_331 + (size_t)n_356];
                    free(parts_337);
                }
            }
            if (failed_326) return 14;
        }
    }
    return 0;
}

int derive_conv2d_backward_b_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_b)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_b;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_364 = (H * N * O * W);
    if (work_364 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            float acc_357 = 0;
            {
                const int64_t n_lo_358 = 0;
                const int64_t n_hi_359 = ((-1) + N);
                for (int64_t n = n_lo_358; n <= n_hi_359; ++n) {
                    {
                        const int64_t i_lo_360 = 0;
                        const int64_t i_hi_361 = ((-1) + H);
                        for (int64_t i = i_lo_360; i <= i_hi_361; ++i) {
                            {
                                const int64_t j_lo_362 = 0;
                                const int64_t j_hi_363 = ((-1) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_357)
    #endif
                                for (int64_t j = j_lo_362; j <= j_hi_363; ++j) {
                                    acc_357 += grad_y[(((n) * O + o) * H + i) * W + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_357;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            float acc_357 = 0;
            {
                const int64_t n_lo_358 = 0;
                const int64_t n_hi_359 = ((-1) + N);
                for (int64_t n = n_lo_358; n <= n_hi_359; ++n) {
                    {
                        const int64_t i_lo_360 = 0;
                        const int64_t i_hi_361 = ((-1) + H);
                        for (int64_t i = i_lo_360; i <= i_hi_361; ++i) {
                            {
                                const int64_t j_lo_362 = 0;
                                const int64_t j_hi_363 = ((-1) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_357)
    #endif
                                for (int64_t j = j_lo_362; j <= j_hi_363; ++j) {
                                    acc_357 += grad_y[(((n) * O + o) * H + i) * W + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_357;
        }
    }
    return 0;
}

int derive_conv2d_backward_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, float *restrict y, float *restrict grad_x, float *restrict grad_w, float *restrict grad_b)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    (void)grad_w;
    (void)grad_b;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_conv2d_backward_x_f32(N, C, H, W, O, grad_y, x, w, b, y, grad_x);
        if (status) return status;
    }
    if (grad_w != NULL) {
        status = derive_conv2d_backward_w_f32(N, C, H, W, O, grad_y, x, w, b, y, grad_w);
        if (status) return status;
    }
    if (grad_b != NULL) {
        status = derive_conv2d_backward_b_f32(N, C, H, W, O, grad_y, x, w, b, y, grad_b);
        if (status) return status;
    }
    return 0;
}

