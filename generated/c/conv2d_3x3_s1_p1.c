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
    const int64_t size_31 = (C * size_6 * size_11);
    const int64_t products_1 = size_12;
    if (products_1 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_23 = (C * H * N * O * W * derive_imin(2, H) * derive_imin(2, W));
        if (work_23 >= 32768) {
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
        const int64_t work_26 = (H * N * O * W);
        if (work_26 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_24 = 0;
                                const int64_t j_hi_25 = ((-1) + W);
                                for (int64_t j = j_lo_24; j <= j_hi_25; ++j)
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
                                const int64_t j_lo_24 = 0;
                                const int64_t j_hi_25 = ((-1) + W);
                                for (int64_t j = j_lo_24; j <= j_hi_25; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_27 = 0;
            const int64_t M_max_28 = O;
            const int64_t N_max_29 = (H * W);
            const int64_t K_max_30 = size_31;
            const int64_t M_32 = O;
            const int64_t N_33 = (H * W);
            const int64_t K_34 = size_31;
            const int64_t flops_35 = M_32 * N_33 * K_34 * (N);
            (void)flops_35;
            if (M_32 > 0 && N_33 > 0 && K_34 > 0) {
                double *a_mat_36 = (double *)calloc((size_t)(M_max_28 * K_max_30), sizeof(double));
                if (a_mat_36 == NULL) failed_27 = 1;
                else {
                    {
                        const int64_t ext_38 = O;
                        const int64_t c_last_39 = ((-1) + C);
                        const int64_t k_h_first_40 = size_2;
                        const int64_t k_h_last_41 = size_4;
                        const int64_t k_h_count_42 = size_6;
                        const int64_t k_w_first_43 = size_7;
                        const int64_t k_w_last_44 = size_9;
                        const int64_t k_w_count_45 = size_11;
                        const int64_t o_lo_46 = 0;
                        const int64_t o_hi_47 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_39; ++c) {
                            for (int64_t k_h = k_h_first_40; k_h <= k_h_last_41; ++k_h) {
                                for (int64_t k_w = k_w_first_43; k_w <= k_w_last_44; ++k_w) {
                                    double *restrict row_48 = a_mat_36 + ((k_w + ((-1) * k_w_first_43) + (k_w_count_45 * (k_h + ((-1) * k_h_first_40))) + (c * k_h_count_42 * k_w_count_45))) * ext_38;
                                    for (int64_t o = o_lo_46; o <= o_hi_47; ++o)
                                        row_48[o - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_64 = flops_35;
                if (work_64 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_37 = (double *)calloc((size_t)(K_max_30 * N_max_29), sizeof(double));
                        if (b_mat_37 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_27 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_37 != NULL) {
                                {
                                    const int64_t ext_51 = W;
                                    const int64_t c_last_52 = ((-1) + C);
                                    const int64_t k_h_first_53 = size_2;
                                    const int64_t k_h_last_54 = size_4;
                                    const int64_t k_h_count_55 = size_6;
                                    const int64_t k_w_first_56 = size_7;
                                    const int64_t k_w_last_57 = size_9;
                                    const int64_t k_w_count_58 = size_11;
                                    const int64_t i_last_59 = ((-1) + H);
                                    for (int64_t c = 0; c <= c_last_52; ++c) {
                                        for (int64_t k_h = k_h_first_53; k_h <= k_h_last_54; ++k_h) {
                                            for (int64_t k_w = k_w_first_56; k_w <= k_w_last_57; ++k_w) {
                                                const int64_t j_lo_60 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_61 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_59; ++i) {
                                                    if (!(k_h >= derive_imax(0, (1 + ((-1) * i))))) continue;
                                                    if (!(k_h <= derive_imin(2, (H + ((-1) * i))))) continue;
                                                    double *restrict row_62 = b_mat_37 + ((i + (H * (k_w + ((-1) * k_w_first_56))) + (k_w_count_58 * H * (k_h + ((-1) * k_h_first_53))) + (c * k_h_count_55 * k_w_count_58 * H))) * ext_51;
                                                    for (int64_t j = j_lo_60; j <= j_hi_61; ++j)
                                                        row_62[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_32, N_33, K_34, a_mat_36 + (0), 1, M_32, b_mat_37 + (0), N_33, 1, y + ((n * H * O * W)), (H * W), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_27 = 1;
                                }
                            }
                        }
                        free(b_mat_37);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_37 = (double *)calloc((size_t)(K_max_30 * N_max_29), sizeof(double));
                        if (b_mat_37 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_27 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_37 != NULL) {
                                {
                                    const int64_t ext_51 = W;
                                    const int64_t c_last_52 = ((-1) + C);
                                    const int64_t k_h_first_53 = size_2;
                                    const int64_t k_h_last_54 = size_4;
                                    const int64_t k_h_count_55 = size_6;
                                    const int64_t k_w_first_56 = size_7;
                                    const int64_t k_w_last_57 = size_9;
                                    const int64_t k_w_count_58 = size_11;
                                    const int64_t i_last_59 = ((-1) + H);
                                    for (int64_t c = 0; c <= c_last_52; ++c) {
                                        for (int64_t k_h = k_h_first_53; k_h <= k_h_last_54; ++k_h) {
                                            for (int64_t k_w = k_w_first_56; k_w <= k_w_last_57; ++k_w) {
                                                const int64_t j_lo_60 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_61 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_59; ++i) {
                                                    if (!(k_h >= derive_imax(0, (1 + ((-1) * i))))) continue;
                                                    if (!(k_h <= derive_imin(2, (H + ((-1) * i))))) continue;
                                                    double *restrict row_62 = b_mat_37 + ((i + (H * (k_w + ((-1) * k_w_first_56))) + (k_w_count_58 * H * (k_h + ((-1) * k_h_first_53))) + (c * k_h_count_55 * k_w_count_58 * H))) * ext_51;
                                                    for (int64_t j = j_lo_60; j <= j_hi_61; ++j)
                                                        row_62[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_32, N_33, K_34, a_mat_36 + (0), 1, M_32, b_mat_37 + (0), N_33, 1, y + ((n * H * O * W)), (H * W), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_27 = 1;
                                }
                            }
                        }
                        free(b_mat_37);
                    }
                }
                free(a_mat_36);
            }
            if (failed_27) return 14;
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
    const int64_t size_66 = derive_imax(0, (2 + ((-1) * H)));
    const int64_t size_67 = ((-1) * size_66);
    const int64_t size_68 = derive_imin(2, H);
    const int64_t size_69 = (1 + size_67 + size_68);
    const int64_t size_70 = derive_imax(0, size_69);
    const int64_t size_71 = derive_imax(0, (2 + ((-1) * W)));
    const int64_t size_72 = ((-1) * size_71);
    const int64_t size_73 = derive_imin(2, W);
    const int64_t size_74 = (1 + size_72 + size_73);
    const int64_t size_75 = derive_imax(0, size_74);
    const int64_t size_76 = (C * H * N * O * W * size_70 * size_75);
    const int64_t size_90 = (O * size_70 * size_75);
    const int64_t products_65 = size_76;
    if (products_65 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_85 = (C * H * N * O * W * derive_imax(1, (2 + ((-1) * derive_imax(0, (2 + ((-1) * H)))))) * derive_imax(1, (2 + ((-1) * derive_imax(0, (2 + ((-1) * W)))))));
        if (work_85 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_77 = 0;
                            const int64_t o_hi_78 = ((-1) + O);
                            for (int64_t o = o_lo_77; o <= o_hi_78; ++o) {
                                {
                                    const int64_t k_h_lo_79 = derive_imax(0, (2 + h + ((-1) * H)));
                                    const int64_t k_h_hi_80 = derive_imin(2, (1 + h));
                                    for (int64_t k_h = k_h_lo_79; k_h <= k_h_hi_80; ++k_h) {
                                        {
                                            const int64_t k_w_lo_81 = size_71;
                                            const int64_t k_w_hi_82 = size_73;
                                            for (int64_t k_w = k_w_lo_81; k_w <= k_w_hi_82; ++k_w) {
                                                {
                                                    const int64_t w__lo_83 = derive_imax(0, ((-1) + k_w));
                                                    const int64_t w__hi_84 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                    for (int64_t w_ = w__lo_83; w_ <= w__hi_84; ++w_)
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
                            const int64_t o_lo_77 = 0;
                            const int64_t o_hi_78 = ((-1) + O);
                            for (int64_t o = o_lo_77; o <= o_hi_78; ++o) {
                                {
                                    const int64_t k_h_lo_79 = derive_imax(0, (2 + h + ((-1) * H)));
                                    const int64_t k_h_hi_80 = derive_imin(2, (1 + h));
                                    for (int64_t k_h = k_h_lo_79; k_h <= k_h_hi_80; ++k_h) {
                                        {
                                            const int64_t k_w_lo_81 = size_71;
                                            const int64_t k_w_hi_82 = size_73;
                                            for (int64_t k_w = k_w_lo_81; k_w <= k_w_hi_82; ++k_w) {
                                                {
                                                    const int64_t w__lo_83 = derive_imax(0, ((-1) + k_w));
                                                    const int64_t w__hi_84 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                    for (int64_t w_ = w__lo_83; w_ <= w__hi_84; ++w_)
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
            int failed_86 = 0;
            const int64_t M_max_87 = C;
            const int64_t N_max_88 = (H * W);
            const int64_t K_max_89 = size_90;
            const int64_t M_91 = C;
            const int64_t N_92 = (H * W);
            const int64_t K_93 = size_90;
            const int64_t flops_94 = M_91 * N_92 * K_93 * (N);
            (void)flops_94;
            if (K_93 <= 0)
                for (int64_t q_95 = 0; q_95 < (N) * (C) * (H) * (W); ++q_95) grad_x[q_95] = 0;
            if (M_91 > 0 && N_92 > 0 && K_93 > 0) {
                double *a_mat_96 = (double *)calloc((size_t)(M_max_87 * K_max_89), sizeof(double));
                if (a_mat_96 == NULL) failed_86 = 1;
                else {
                    {
                        const int64_t ext_98 = C;
                        const int64_t o_last_99 = ((-1) + O);
                        const int64_t k_h_first_100 = size_66;
                        const int64_t k_h_last_101 = size_68;
                        const int64_t k_h_count_102 = size_70;
                        const int64_t k_w_first_103 = size_71;
                        const int64_t k_w_last_104 = size_73;
                        const int64_t k_w_count_105 = size_75;
                        const int64_t c_lo_106 = 0;
                        const int64_t c_hi_107 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_99; ++o) {
                            for (int64_t k_h = k_h_first_100; k_h <= k_h_last_101; ++k_h) {
                                for (int64_t k_w = k_w_first_103; k_w <= k_w_last_104; ++k_w) {
                                    double *restrict row_108 = a_mat_96 + ((k_w + ((-1) * k_w_first_103) + (k_w_count_105 * (k_h + ((-1) * k_h_first_100))) + (k_h_count_102 * k_w_count_105 * o))) * ext_98;
                                    for (int64_t c = c_lo_106; c <= c_hi_107; ++c)
                                        row_108[c - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_124 = flops_94;
                if (work_124 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_97 = (double *)calloc((size_t)(K_max_89 * N_max_88), sizeof(double));
                        if (b_mat_97 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_86 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_97 != NULL) {
                                {
                                    const int64_t ext_111 = W;
                                    const int64_t o_last_112 = ((-1) + O);
                                    const int64_t k_h_first_113 = size_66;
                                    const int64_t k_h_last_114 = size_68;
                                    const int64_t k_h_count_115 = size_70;
                                    const int64_t k_w_first_116 = size_71;
                                    const int64_t k_w_last_117 = size_73;
                                    const int64_t k_w_count_118 = size_75;
                                    const int64_t h_last_119 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_112; ++o) {
                                        for (int64_t k_h = k_h_first_113; k_h <= k_h_last_114; ++k_h) {
                                            for (int64_t k_w = k_w_first_116; k_w <= k_w_last_117; ++k_w) {
                                                const int64_t w__lo_120 = derive_imax(0, ((-1) + k_w));
                                                const int64_t w__hi_121 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_119; ++h) {
                                                    if (!(k_h >= derive_imax(0, (2 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(2, (1 + h)))) continue;
                                                    double *restrict row_122 = b_mat_97 + ((h + (H * (k_w + ((-1) * k_w_first_116))) + (k_w_count_118 * H * (k_h + ((-1) * k_h_first_113))) + (k_h_count_115 * k_w_count_118 * o * H))) * ext_111;
                                                    for (int64_t w_ = w__lo_120; w_ <= w__hi_121; ++w_)
                                                        row_122[w_ - (0)] = grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_91, N_92, K_93, a_mat_96 + (0), 1, M_91, b_mat_97 + (0), N_92, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_86 = 1;
                                }
                            }
                        }
                        free(b_mat_97);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_97 = (double *)calloc((size_t)(K_max_89 * N_max_88), sizeof(double));
                        if (b_mat_97 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_86 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_97 != NULL) {
                                {
                                    const int64_t ext_111 = W;
                                    const int64_t o_last_112 = ((-1) + O);
                                    const int64_t k_h_first_113 = size_66;
                                    const int64_t k_h_last_114 = size_68;
                                    const int64_t k_h_count_115 = size_70;
                                    const int64_t k_w_first_116 = size_71;
                                    const int64_t k_w_last_117 = size_73;
                                    const int64_t k_w_count_118 = size_75;
                                    const int64_t h_last_119 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_112; ++o) {
                                        for (int64_t k_h = k_h_first_113; k_h <= k_h_last_114; ++k_h) {
                                            for (int64_t k_w = k_w_first_116; k_w <= k_w_last_117; ++k_w) {
                                                const int64_t w__lo_120 = derive_imax(0, ((-1) + k_w));
                                                const int64_t w__hi_121 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_119; ++h) {
                                                    if (!(k_h >= derive_imax(0, (2 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(2, (1 + h)))) continue;
                                                    double *restrict row_122 = b_mat_97 + ((h + (H * (k_w + ((-1) * k_w_first_116))) + (k_w_count_118 * H * (k_h + ((-1) * k_h_first_113))) + (k_h_count_115 * k_w_count_118 * o * H))) * ext_111;
                                                    for (int64_t w_ = w__lo_120; w_ <= w__hi_121; ++w_)
                                                        row_122[w_ - (0)] = grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_91, N_92, K_93, a_mat_96 + (0), 1, M_91, b_mat_97 + (0), N_92, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_86 = 1;
                                }
                            }
                        }
                        free(b_mat_97);
                    }
                }
                free(a_mat_96);
            }
            if (failed_86) return 14;
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
    const int64_t products_125 = (9 * C * H * N * O * W);
    if (products_125 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_134 = (9 * C * N * O * derive_imax(1, ((-1) + H)) * derive_imax(1, ((-1) + W)));
        if (work_134 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 3; ++k_h) {
                        for (int64_t k_w = 0; k_w < 3; ++k_w) {
                            double acc_126 = 0;
                            double lanes_127[8] = {0};
                            {
                                const int64_t n_lo_128 = 0;
                                const int64_t n_hi_129 = ((-1) + N);
                                for (int64_t n = n_lo_128; n <= n_hi_129; ++n) {
                                    {
                                        const int64_t i_lo_130 = derive_imax(0, (1 + ((-1) * k_h)));
                                        const int64_t i_hi_131 = derive_imin(((-1) + H), (H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_130; i <= i_hi_131; ++i) {
                                            {
                                                const int64_t j_lo_132 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_133 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                int64_t j = j_lo_132;
                                                for (; j <= j_hi_133 - 7; j += 8)
                                                    for (int lane = 0; lane < 8; ++lane)
                                                        lanes_127[lane] += (grad_y[(((n) * O + o) * H + i) * W + (j + lane)] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w + lane)]);
                                                for (; j <= j_hi_133; ++j)
                                                    acc_126 += (grad_y[(((n) * O + o) * H + i) * W + j] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                            }
                                        }
                                    }
                                }
                            }
                            for (int lane_ = 0; lane_ < 8; ++lane_) acc_126 += lanes_127[lane_];
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_126;
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
                            double acc_126 = 0;
                            double lanes_127[8] = {0};
                            {
                                const int64_t n_lo_128 = 0;
                                const int64_t n_hi_129 = ((-1) + N);
                                for (int64_t n = n_lo_128; n <= n_hi_129; ++n) {
                                    {
                                        const int64_t i_lo_130 = derive_imax(0, (1 + ((-1) * k_h)));
                                        const int64_t i_hi_131 = derive_imin(((-1) + H), (H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_130; i <= i_hi_131; ++i) {
                                            {
                                                const int64_t j_lo_132 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_133 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                int64_t j = j_lo_132;
                                                for (; j <= j_hi_133 - 7; j += 8)
                                                    for (int lane = 0; lane < 8; ++lane)
                                                        lanes_127[lane] += (grad_y[(((n) * O + o) * H + i) * W + (j + lane)] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w + lane)]);
                                                for (; j <= j_hi_133; ++j)
                                                    acc_126 += (grad_y[(((n) * O + o) * H + i) * W + j] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                            }
                                        }
                                    }
                                }
                            }
                            for (int lane_ = 0; lane_ < 8; ++lane_) acc_126 += lanes_127[lane_];
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_126;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_135 = 0; q_135 < (O) * (C) * (3) * (3); ++q_135) grad_w[q_135] = 0;
        {
            int failed_136 = 0;
            const int64_t M_max_137 = O;
            const int64_t N_max_138 = (9 * C);
            const int64_t K_max_139 = (H * W);
            const int64_t M_140 = O;
            const int64_t N_141 = (9 * C);
            const int64_t K_142 = (H * W);
            const int64_t flops_143 = M_140 * N_141 * K_142 * (N);
            (void)flops_143;
            if (M_140 > 0 && N_141 > 0 && K_142 > 0) {
                int nparts_146 = 1;
#ifdef _OPENMP
                if (flops_143 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_146 = omp_get_max_threads();
#endif
                double *parts_147 = (double *)calloc((size_t)nparts_146 * (size_t)(M_140 * N_141), sizeof(double));
                if (parts_147 == NULL) failed_136 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_163 = flops_143;
                    if (work_163 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_146)
                        {
                            double *mine_148 = parts_147 + (size_t)DERIVE_THREAD * (size_t)(M_140 * N_141);
                            double *a_mat_144 = (double *)calloc((size_t)(M_max_137 * K_max_139), sizeof(double));
                            double *b_mat_145 = (double *)calloc((size_t)(K_max_139 * N_max_138), sizeof(double));
                            if (a_mat_144 == NULL || b_mat_145 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_136 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_144 != NULL && b_mat_145 != NULL) {
                                    {
                                        const int64_t ext_149 = W;
                                        const int64_t o_last_150 = ((-1) + O);
                                        const int64_t i_last_151 = ((-1) + H);
                                        const int64_t j_lo_152 = 0;
                                        const int64_t j_hi_153 = ((-1) + W);
                                        for (int64_t o = 0; o <= o_last_150; ++o) {
                                            for (int64_t i = 0; i <= i_last_151; ++i) {
                                                double *restrict row_154 = a_mat_144 + ((i + (o * H))) * ext_149;
                                                for (int64_t j = j_lo_152; j <= j_hi_153; ++j)
                                                    row_154[j - (0)] = grad_y[(((n) * O + o) * H + i) * W + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_156 = W;
                                        const int64_t c_last_157 = ((-1) + C);
                                        const int64_t i_last_158 = ((-1) + H);
                                        for (int64_t c = 0; c <= c_last_157; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_159 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_160 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_158; ++i) {
                                                        if (!(i >= derive_imax(0, (1 + ((-1) * k_h))))) continue;
                                                        if (!(i <= derive_imin(((-1) + H), (H + ((-1) * k_h))))) continue;
                                                        double *restrict row_161 = b_mat_145 + ((i + (k_w * H) + (3 * k_h * H) + (9 * c * H))) * ext_156;
                                                        for (int64_t j = j_lo_159; j <= j_hi_160; ++j)
                                                            row_161[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_140, N_141, K_142, a_mat_144 + (0), K_142, 1, b_mat_145 + (0), 1, K_142, mine_148, N_141, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_136 = 1;
                                    }
                                }
                            }
                            free(a_mat_144);
                            free(b_mat_145);
                        }
                    } else
#endif
                    {
                        {
                            double *mine_148 = parts_147 + (size_t)DERIVE_THREAD * (size_t)(M_140 * N_141);
                            double *a_mat_144 = (double *)calloc((size_t)(M_max_137 * K_max_139), sizeof(double));
                            double *b_mat_145 = (double *)calloc((size_t)(K_max_139 * N_max_138), sizeof(double));
                            if (a_mat_144 == NULL || b_mat_145 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_136 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_144 != NULL && b_mat_145 != NULL) {
                                    {
                                        const int64_t ext_149 = W;
                                        const int64_t o_last_150 = ((-1) + O);
                                        const int64_t i_last_151 = ((-1) + H);
                                        const int64_t j_lo_152 = 0;
                                        const int64_t j_hi_153 = ((-1) + W);
                                        for (int64_t o = 0; o <= o_last_150; ++o) {
                                            for (int64_t i = 0; i <= i_last_151; ++i) {
                                                double *restrict row_154 = a_mat_144 + ((i + (o * H))) * ext_149;
                                                for (int64_t j = j_lo_152; j <= j_hi_153; ++j)
                                                    row_154[j - (0)] = grad_y[(((n) * O + o) * H + i) * W + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_156 = W;
                                        const int64_t c_last_157 = ((-1) + C);
                                        const int64_t i_last_158 = ((-1) + H);
                                        for (int64_t c = 0; c <= c_last_157; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_159 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_160 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_158; ++i) {
                                                        if (!(i >= derive_imax(0, (1 + ((-1) * k_h))))) continue;
                                                        if (!(i <= derive_imin(((-1) + H), (H + ((-1) * k_h))))) continue;
                                                        double *restrict row_161 = b_mat_145 + ((i + (k_w * H) + (3 * k_h * H) + (9 * c * H))) * ext_156;
                                                        for (int64_t j = j_lo_159; j <= j_hi_160; ++j)
                                                            row_161[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_140, N_141, K_142, a_mat_144 + (0), K_142, 1, b_mat_145 + (0), 1, K_142, mine_148, N_141, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_136 = 1;
                                    }
                                }
                            }
                            free(a_mat_144);
                            free(b_mat_145);
                        }
                    }
                    for (int part_164 = 0; part_164 < nparts_146; ++part_164)
                        for (int64_t m_165 = 0; m_165 < M_140; ++m_165)
                            for (int64_t n_166 = 0; n_166 < N_141; ++n_166)
                                grad_w[(0) + m_165 * (9 * C) + n_166 * 1] += parts_147[((size_t)part_164 * (size_t)M_140 + (size_t)m_165) * (size_t)N_141 + (size_t)n_166];
                    free(parts_147);
                }
            }
            if (failed_136) return 14;
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
    const int64_t work_175 = (H * N * O * W);
    if (work_175 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            double acc_167 = 0;
            double lanes_168[8] = {0};
            {
                const int64_t n_lo_169 = 0;
                const int64_t n_hi_170 = ((-1) + N);
                for (int64_t n = n_lo_169; n <= n_hi_170; ++n) {
                    {
                        const int64_t i_lo_171 = 0;
                        const int64_t i_hi_172 = ((-1) + H);
                        for (int64_t i = i_lo_171; i <= i_hi_172; ++i) {
                            {
                                const int64_t j_lo_173 = 0;
                                const int64_t j_hi_174 = ((-1) + W);
                                int64_t j = j_lo_173;
                                for (; j <= j_hi_174 - 7; j += 8)
                                    for (int lane__ = 0; lane__ < 8; ++lane__)
                                        lanes_168[lane__] += grad_y[(((n) * O + o) * H + i) * W + (j + lane__)];
                                for (; j <= j_hi_174; ++j)
                                    acc_167 += grad_y[(((n) * O + o) * H + i) * W + j];
                            }
                        }
                    }
                }
            }
            for (int lane___ = 0; lane___ < 8; ++lane___) acc_167 += lanes_168[lane___];
            grad_b[o] = acc_167;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            double acc_167 = 0;
            double lanes_168[8] = {0};
            {
                const int64_t n_lo_169 = 0;
                const int64_t n_hi_170 = ((-1) + N);
                for (int64_t n = n_lo_169; n <= n_hi_170; ++n) {
                    {
                        const int64_t i_lo_171 = 0;
                        const int64_t i_hi_172 = ((-1) + H);
                        for (int64_t i = i_lo_171; i <= i_hi_172; ++i) {
                            {
                                const int64_t j_lo_173 = 0;
                                const int64_t j_hi_174 = ((-1) + W);
                                int64_t j = j_lo_173;
                                for (; j <= j_hi_174 - 7; j += 8)
                                    for (int lane__ = 0; lane__ < 8; ++lane__)
                                        lanes_168[lane__] += grad_y[(((n) * O + o) * H + i) * W + (j + lane__)];
                                for (; j <= j_hi_174; ++j)
                                    acc_167 += grad_y[(((n) * O + o) * H + i) * W + j];
                            }
                        }
                    }
                }
            }
            for (int lane___ = 0; lane___ < 8; ++lane___) acc_167 += lanes_168[lane___];
            grad_b[o] = acc_167;
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
    const int64_t size_177 = derive_imax(0, (2 + ((-1) * H)));
    const int64_t size_178 = ((-1) * size_177);
    const int64_t size_179 = derive_imin(2, H);
    const int64_t size_180 = (1 + size_178 + size_179);
    const int64_t size_181 = derive_imax(0, size_180);
    const int64_t size_182 = derive_imax(0, (2 + ((-1) * W)));
    const int64_t size_183 = ((-1) * size_182);
    const int64_t size_184 = derive_imin(2, W);
    const int64_t size_185 = (1 + size_183 + size_184);
    const int64_t size_186 = derive_imax(0, size_185);
    const int64_t size_187 = (C * H * N * O * W * size_181 * size_186);
    const int64_t size_206 = (C * size_181 * size_186);
    const int64_t products_176 = size_187;
    if (products_176 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_198 = (C * H * N * O * W * derive_imin(2, H) * derive_imin(2, W));
        if (work_198 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_188 = 0;
                                const int64_t j_hi_189 = ((-1) + W);
                                for (int64_t j = j_lo_188; j <= j_hi_189; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_190 = 0;
                            const int64_t c_hi_191 = ((-1) + C);
                            for (int64_t c = c_lo_190; c <= c_hi_191; ++c) {
                                {
                                    const int64_t k_h_lo_192 = derive_imax(0, (1 + ((-1) * i)));
                                    const int64_t k_h_hi_193 = derive_imin(2, (H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_192; k_h <= k_h_hi_193; ++k_h) {
                                        {
                                            const int64_t k_w_lo_194 = size_182;
                                            const int64_t k_w_hi_195 = size_184;
                                            for (int64_t k_w = k_w_lo_194; k_w <= k_w_hi_195; ++k_w) {
                                                {
                                                    const int64_t j_lo_196 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_197 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_196; j <= j_hi_197; ++j)
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
                                const int64_t j_lo_188 = 0;
                                const int64_t j_hi_189 = ((-1) + W);
                                for (int64_t j = j_lo_188; j <= j_hi_189; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_190 = 0;
                            const int64_t c_hi_191 = ((-1) + C);
                            for (int64_t c = c_lo_190; c <= c_hi_191; ++c) {
                                {
                                    const int64_t k_h_lo_192 = derive_imax(0, (1 + ((-1) * i)));
                                    const int64_t k_h_hi_193 = derive_imin(2, (H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_192; k_h <= k_h_hi_193; ++k_h) {
                                        {
                                            const int64_t k_w_lo_194 = size_182;
                                            const int64_t k_w_hi_195 = size_184;
                                            for (int64_t k_w = k_w_lo_194; k_w <= k_w_hi_195; ++k_w) {
                                                {
                                                    const int64_t j_lo_196 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_197 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_196; j <= j_hi_197; ++j)
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
        const int64_t work_201 = (H * N * O * W);
        if (work_201 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < H; ++i) {
                        {
                            {
                                const int64_t j_lo_199 = 0;
                                const int64_t j_hi_200 = ((-1) + W);
                                for (int64_t j = j_lo_199; j <= j_hi_200; ++j)
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
                                const int64_t j_lo_199 = 0;
                                const int64_t j_hi_200 = ((-1) + W);
                                for (int64_t j = j_lo_199; j <= j_hi_200; ++j)
                                    y[(((n) * O + o) * H + i) * W + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_202 = 0;
            const int64_t M_max_203 = O;
            const int64_t N_max_204 = (H * W);
            const int64_t K_max_205 = size_206;
            const int64_t M_207 = O;
            const int64_t N_208 = (H * W);
            const int64_t K_209 = size_206;
            const int64_t flops_210 = M_207 * N_208 * K_209 * (N);
            (void)flops_210;
            if (M_207 > 0 && N_208 > 0 && K_209 > 0) {
                float *a_mat_211 = (float *)calloc((size_t)(M_max_203 * K_max_205), sizeof(float));
                if (a_mat_211 == NULL) failed_202 = 1;
                else {
                    {
                        const int64_t ext_213 = O;
                        const int64_t c_last_214 = ((-1) + C);
                        const int64_t k_h_first_215 = size_177;
                        const int64_t k_h_last_216 = size_179;
                        const int64_t k_h_count_217 = size_181;
                        const int64_t k_w_first_218 = size_182;
                        const int64_t k_w_last_219 = size_184;
                        const int64_t k_w_count_220 = size_186;
                        const int64_t o_lo_221 = 0;
                        const int64_t o_hi_222 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_214; ++c) {
                            for (int64_t k_h = k_h_first_215; k_h <= k_h_last_216; ++k_h) {
                                for (int64_t k_w = k_w_first_218; k_w <= k_w_last_219; ++k_w) {
                                    float *restrict row_223 = a_mat_211 + ((k_w + ((-1) * k_w_first_218) + (k_w_count_220 * (k_h + ((-1) * k_h_first_215))) + (c * k_h_count_217 * k_w_count_220))) * ext_213;
                                    for (int64_t o = o_lo_221; o <= o_hi_222; ++o)
                                        row_223[o - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_239 = flops_210;
                if (work_239 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_212 = (float *)calloc((size_t)(K_max_205 * N_max_204), sizeof(float));
                        if (b_mat_212 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_202 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_212 != NULL) {
                                {
                                    const int64_t ext_226 = W;
                                    const int64_t c_last_227 = ((-1) + C);
                                    const int64_t k_h_first_228 = size_177;
                                    const int64_t k_h_last_229 = size_179;
                                    const int64_t k_h_count_230 = size_181;
                                    const int64_t k_w_first_231 = size_182;
                                    const int64_t k_w_last_232 = size_184;
                                    const int64_t k_w_count_233 = size_186;
                                    const int64_t i_last_234 = ((-1) + H);
                                    for (int64_t c = 0; c <= c_last_227; ++c) {
                                        for (int64_t k_h = k_h_first_228; k_h <= k_h_last_229; ++k_h) {
                                            for (int64_t k_w = k_w_first_231; k_w <= k_w_last_232; ++k_w) {
                                                const int64_t j_lo_235 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_236 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_234; ++i) {
                                                    if (!(k_h >= derive_imax(0, (1 + ((-1) * i))))) continue;
                                                    if (!(k_h <= derive_imin(2, (H + ((-1) * i))))) continue;
                                                    float *restrict row_237 = b_mat_212 + ((i + (H * (k_w + ((-1) * k_w_first_231))) + (k_w_count_233 * H * (k_h + ((-1) * k_h_first_228))) + (c * k_h_count_230 * k_w_count_233 * H))) * ext_226;
                                                    for (int64_t j = j_lo_235; j <= j_hi_236; ++j)
                                                        row_237[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_207, N_208, K_209, a_mat_211 + (0), 1, M_207, b_mat_212 + (0), N_208, 1, y + ((n * H * O * W)), (H * W), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_202 = 1;
                                }
                            }
                        }
                        free(b_mat_212);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_212 = (float *)calloc((size_t)(K_max_205 * N_max_204), sizeof(float));
                        if (b_mat_212 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_202 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_212 != NULL) {
                                {
                                    const int64_t ext_226 = W;
                                    const int64_t c_last_227 = ((-1) + C);
                                    const int64_t k_h_first_228 = size_177;
                                    const int64_t k_h_last_229 = size_179;
                                    const int64_t k_h_count_230 = size_181;
                                    const int64_t k_w_first_231 = size_182;
                                    const int64_t k_w_last_232 = size_184;
                                    const int64_t k_w_count_233 = size_186;
                                    const int64_t i_last_234 = ((-1) + H);
                                    for (int64_t c = 0; c <= c_last_227; ++c) {
                                        for (int64_t k_h = k_h_first_228; k_h <= k_h_last_229; ++k_h) {
                                            for (int64_t k_w = k_w_first_231; k_w <= k_w_last_232; ++k_w) {
                                                const int64_t j_lo_235 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_236 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_234; ++i) {
                                                    if (!(k_h >= derive_imax(0, (1 + ((-1) * i))))) continue;
                                                    if (!(k_h <= derive_imin(2, (H + ((-1) * i))))) continue;
                                                    float *restrict row_237 = b_mat_212 + ((i + (H * (k_w + ((-1) * k_w_first_231))) + (k_w_count_233 * H * (k_h + ((-1) * k_h_first_228))) + (c * k_h_count_230 * k_w_count_233 * H))) * ext_226;
                                                    for (int64_t j = j_lo_235; j <= j_hi_236; ++j)
                                                        row_237[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_207, N_208, K_209, a_mat_211 + (0), 1, M_207, b_mat_212 + (0), N_208, 1, y + ((n * H * O * W)), (H * W), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_202 = 1;
                                }
                            }
                        }
                        free(b_mat_212);
                    }
                }
                free(a_mat_211);
            }
            if (failed_202) return 14;
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
    const int64_t size_241 = derive_imax(0, (2 + ((-1) * H)));
    const int64_t size_242 = ((-1) * size_241);
    const int64_t size_243 = derive_imin(2, H);
    const int64_t size_244 = (1 + size_242 + size_243);
    const int64_t size_245 = derive_imax(0, size_244);
    const int64_t size_246 = derive_imax(0, (2 + ((-1) * W)));
    const int64_t size_247 = ((-1) * size_246);
    const int64_t size_248 = derive_imin(2, W);
    const int64_t size_249 = (1 + size_247 + size_248);
    const int64_t size_250 = derive_imax(0, size_249);
    const int64_t size_251 = (C * H * N * O * W * size_245 * size_250);
    const int64_t size_265 = (O * size_245 * size_250);
    const int64_t products_240 = size_251;
    if (products_240 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_260 = (C * H * N * O * W * derive_imax(1, (2 + ((-1) * derive_imax(0, (2 + ((-1) * H)))))) * derive_imax(1, (2 + ((-1) * derive_imax(0, (2 + ((-1) * W)))))));
        if (work_260 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_252 = 0;
                            const int64_t o_hi_253 = ((-1) + O);
                            for (int64_t o = o_lo_252; o <= o_hi_253; ++o) {
                                {
                                    const int64_t k_h_lo_254 = derive_imax(0, (2 + h + ((-1) * H)));
                                    const int64_t k_h_hi_255 = derive_imin(2, (1 + h));
                                    for (int64_t k_h = k_h_lo_254; k_h <= k_h_hi_255; ++k_h) {
                                        {
                                            const int64_t k_w_lo_256 = size_246;
                                            const int64_t k_w_hi_257 = size_248;
                                            for (int64_t k_w = k_w_lo_256; k_w <= k_w_hi_257; ++k_w) {
                                                {
                                                    const int64_t w__lo_258 = derive_imax(0, ((-1) + k_w));
                                                    const int64_t w__hi_259 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                    for (int64_t w_ = w__lo_258; w_ <= w__hi_259; ++w_)
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
                            const int64_t o_lo_252 = 0;
                            const int64_t o_hi_253 = ((-1) + O);
                            for (int64_t o = o_lo_252; o <= o_hi_253; ++o) {
                                {
                                    const int64_t k_h_lo_254 = derive_imax(0, (2 + h + ((-1) * H)));
                                    const int64_t k_h_hi_255 = derive_imin(2, (1 + h));
                                    for (int64_t k_h = k_h_lo_254; k_h <= k_h_hi_255; ++k_h) {
                                        {
                                            const int64_t k_w_lo_256 = size_246;
                                            const int64_t k_w_hi_257 = size_248;
                                            for (int64_t k_w = k_w_lo_256; k_w <= k_w_hi_257; ++k_w) {
                                                {
                                                    const int64_t w__lo_258 = derive_imax(0, ((-1) + k_w));
                                                    const int64_t w__hi_259 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                    for (int64_t w_ = w__lo_258; w_ <= w__hi_259; ++w_)
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
            int failed_261 = 0;
            const int64_t M_max_262 = C;
            const int64_t N_max_263 = (H * W);
            const int64_t K_max_264 = size_265;
            const int64_t M_266 = C;
            const int64_t N_267 = (H * W);
            const int64_t K_268 = size_265;
            const int64_t flops_269 = M_266 * N_267 * K_268 * (N);
            (void)flops_269;
            if (K_268 <= 0)
                for (int64_t q_270 = 0; q_270 < (N) * (C) * (H) * (W); ++q_270) grad_x[q_270] = 0;
            if (M_266 > 0 && N_267 > 0 && K_268 > 0) {
                float *a_mat_271 = (float *)calloc((size_t)(M_max_262 * K_max_264), sizeof(float));
                if (a_mat_271 == NULL) failed_261 = 1;
                else {
                    {
                        const int64_t ext_273 = C;
                        const int64_t o_last_274 = ((-1) + O);
                        const int64_t k_h_first_275 = size_241;
                        const int64_t k_h_last_276 = size_243;
                        const int64_t k_h_count_277 = size_245;
                        const int64_t k_w_first_278 = size_246;
                        const int64_t k_w_last_279 = size_248;
                        const int64_t k_w_count_280 = size_250;
                        const int64_t c_lo_281 = 0;
                        const int64_t c_hi_282 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_274; ++o) {
                            for (int64_t k_h = k_h_first_275; k_h <= k_h_last_276; ++k_h) {
                                for (int64_t k_w = k_w_first_278; k_w <= k_w_last_279; ++k_w) {
                                    float *restrict row_283 = a_mat_271 + ((k_w + ((-1) * k_w_first_278) + (k_w_count_280 * (k_h + ((-1) * k_h_first_275))) + (k_h_count_277 * k_w_count_280 * o))) * ext_273;
                                    for (int64_t c = c_lo_281; c <= c_hi_282; ++c)
                                        row_283[c - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_299 = flops_269;
                if (work_299 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_272 = (float *)calloc((size_t)(K_max_264 * N_max_263), sizeof(float));
                        if (b_mat_272 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_261 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_272 != NULL) {
                                {
                                    const int64_t ext_286 = W;
                                    const int64_t o_last_287 = ((-1) + O);
                                    const int64_t k_h_first_288 = size_241;
                                    const int64_t k_h_last_289 = size_243;
                                    const int64_t k_h_count_290 = size_245;
                                    const int64_t k_w_first_291 = size_246;
                                    const int64_t k_w_last_292 = size_248;
                                    const int64_t k_w_count_293 = size_250;
                                    const int64_t h_last_294 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_287; ++o) {
                                        for (int64_t k_h = k_h_first_288; k_h <= k_h_last_289; ++k_h) {
                                            for (int64_t k_w = k_w_first_291; k_w <= k_w_last_292; ++k_w) {
                                                const int64_t w__lo_295 = derive_imax(0, ((-1) + k_w));
                                                const int64_t w__hi_296 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_294; ++h) {
                                                    if (!(k_h >= derive_imax(0, (2 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(2, (1 + h)))) continue;
                                                    float *restrict row_297 = b_mat_272 + ((h + (H * (k_w + ((-1) * k_w_first_291))) + (k_w_count_293 * H * (k_h + ((-1) * k_h_first_288))) + (k_h_count_290 * k_w_count_293 * o * H))) * ext_286;
                                                    for (int64_t w_ = w__lo_295; w_ <= w__hi_296; ++w_)
                                                        row_297[w_ - (0)] = grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_266, N_267, K_268, a_mat_271 + (0), 1, M_266, b_mat_272 + (0), N_267, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_261 = 1;
                                }
                            }
                        }
                        free(b_mat_272);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_272 = (float *)calloc((size_t)(K_max_264 * N_max_263), sizeof(float));
                        if (b_mat_272 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_261 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_272 != NULL) {
                                {
                                    const int64_t ext_286 = W;
                                    const int64_t o_last_287 = ((-1) + O);
                                    const int64_t k_h_first_288 = size_241;
                                    const int64_t k_h_last_289 = size_243;
                                    const int64_t k_h_count_290 = size_245;
                                    const int64_t k_w_first_291 = size_246;
                                    const int64_t k_w_last_292 = size_248;
                                    const int64_t k_w_count_293 = size_250;
                                    const int64_t h_last_294 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_287; ++o) {
                                        for (int64_t k_h = k_h_first_288; k_h <= k_h_last_289; ++k_h) {
                                            for (int64_t k_w = k_w_first_291; k_w <= k_w_last_292; ++k_w) {
                                                const int64_t w__lo_295 = derive_imax(0, ((-1) + k_w));
                                                const int64_t w__hi_296 = derive_imin(((-1) + W), ((-2) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_294; ++h) {
                                                    if (!(k_h >= derive_imax(0, (2 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(2, (1 + h)))) continue;
                                                    float *restrict row_297 = b_mat_272 + ((h + (H * (k_w + ((-1) * k_w_first_291))) + (k_w_count_293 * H * (k_h + ((-1) * k_h_first_288))) + (k_h_count_290 * k_w_count_293 * o * H))) * ext_286;
                                                    for (int64_t w_ = w__lo_295; w_ <= w__hi_296; ++w_)
                                                        row_297[w_ - (0)] = grad_y[(((n) * O + o) * H + (1 + h + ((-1) * k_h))) * W + (1 + w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_266, N_267, K_268, a_mat_271 + (0), 1, M_266, b_mat_272 + (0), N_267, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_261 = 1;
                                }
                            }
                        }
                        free(b_mat_272);
                    }
                }
                free(a_mat_271);
            }
            if (failed_261) return 14;
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
    const int64_t products_300 = (9 * C * H * N * O * W);
    if (products_300 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_309 = (9 * C * N * O * derive_imax(1, ((-1) + H)) * derive_imax(1, ((-1) + W)));
        if (work_309 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 3; ++k_h) {
                        for (int64_t k_w = 0; k_w < 3; ++k_w) {
                            float acc_301 = 0;
                            float lanes_302[16] = {0};
                            {
                                const int64_t n_lo_303 = 0;
                                const int64_t n_hi_304 = ((-1) + N);
                                for (int64_t n = n_lo_303; n <= n_hi_304; ++n) {
                                    {
                                        const int64_t i_lo_305 = derive_imax(0, (1 + ((-1) * k_h)));
                                        const int64_t i_hi_306 = derive_imin(((-1) + H), (H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_305; i <= i_hi_306; ++i) {
                                            {
                                                const int64_t j_lo_307 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_308 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                int64_t j = j_lo_307;
                                                for (; j <= j_hi_308 - 15; j += 16)
                                                    for (int lane____ = 0; lane____ < 16; ++lane____)
                                                        lanes_302[lane____] += (grad_y[(((n) * O + o) * H + i) * W + (j + lane____)] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w + lane____)]);
                                                for (; j <= j_hi_308; ++j)
                                                    acc_301 += (grad_y[(((n) * O + o) * H + i) * W + j] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                            }
                                        }
                                    }
                                }
                            }
                            for (int lane_____ = 0; lane_____ < 16; ++lane_____) acc_301 += lanes_302[lane_____];
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_301;
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
                            float acc_301 = 0;
                            float lanes_302[16] = {0};
                            {
                                const int64_t n_lo_303 = 0;
                                const int64_t n_hi_304 = ((-1) + N);
                                for (int64_t n = n_lo_303; n <= n_hi_304; ++n) {
                                    {
                                        const int64_t i_lo_305 = derive_imax(0, (1 + ((-1) * k_h)));
                                        const int64_t i_hi_306 = derive_imin(((-1) + H), (H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_305; i <= i_hi_306; ++i) {
                                            {
                                                const int64_t j_lo_307 = derive_imax(0, (1 + ((-1) * k_w)));
                                                const int64_t j_hi_308 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                int64_t j = j_lo_307;
                                                for (; j <= j_hi_308 - 15; j += 16)
                                                    for (int lane____ = 0; lane____ < 16; ++lane____)
                                                        lanes_302[lane____] += (grad_y[(((n) * O + o) * H + i) * W + (j + lane____)] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w + lane____)]);
                                                for (; j <= j_hi_308; ++j)
                                                    acc_301 += (grad_y[(((n) * O + o) * H + i) * W + j] * x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)]);
                                            }
                                        }
                                    }
                                }
                            }
                            for (int lane_____ = 0; lane_____ < 16; ++lane_____) acc_301 += lanes_302[lane_____];
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_301;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_310 = 0; q_310 < (O) * (C) * (3) * (3); ++q_310) grad_w[q_310] = 0;
        {
            int failed_311 = 0;
            const int64_t M_max_312 = O;
            const int64_t N_max_313 = (9 * C);
            const int64_t K_max_314 = (H * W);
            const int64_t M_315 = O;
            const int64_t N_316 = (9 * C);
            const int64_t K_317 = (H * W);
            const int64_t flops_318 = M_315 * N_316 * K_317 * (N);
            (void)flops_318;
            if (M_315 > 0 && N_316 > 0 && K_317 > 0) {
                int nparts_321 = 1;
#ifdef _OPENMP
                if (flops_318 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_321 = omp_get_max_threads();
#endif
                float *parts_322 = (float *)calloc((size_t)nparts_321 * (size_t)(M_315 * N_316), sizeof(float));
                if (parts_322 == NULL) failed_311 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_338 = flops_318;
                    if (work_338 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_321)
                        {
                            float *mine_323 = parts_322 + (size_t)DERIVE_THREAD * (size_t)(M_315 * N_316);
                            float *a_mat_319 = (float *)calloc((size_t)(M_max_312 * K_max_314), sizeof(float));
                            float *b_mat_320 = (float *)calloc((size_t)(K_max_314 * N_max_313), sizeof(float));
                            if (a_mat_319 == NULL || b_mat_320 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_311 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_319 != NULL && b_mat_320 != NULL) {
                                    {
                                        const int64_t ext_324 = W;
                                        const int64_t o_last_325 = ((-1) + O);
                                        const int64_t i_last_326 = ((-1) + H);
                                        const int64_t j_lo_327 = 0;
                                        const int64_t j_hi_328 = ((-1) + W);
                                        for (int64_t o = 0; o <= o_last_325; ++o) {
                                            for (int64_t i = 0; i <= i_last_326; ++i) {
                                                float *restrict row_329 = a_mat_319 + ((i + (o * H))) * ext_324;
                                                for (int64_t j = j_lo_327; j <= j_hi_328; ++j)
                                                    row_329[j - (0)] = grad_y[(((n) * O + o) * H + i) * W + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_331 = W;
                                        const int64_t c_last_332 = ((-1) + C);
                                        const int64_t i_last_333 = ((-1) + H);
                                        for (int64_t c = 0; c <= c_last_332; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_334 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_335 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_333; ++i) {
                                                        if (!(i >= derive_imax(0, (1 + ((-1) * k_h))))) continue;
                                                        if (!(i <= derive_imin(((-1) + H), (H + ((-1) * k_h))))) continue;
                                                        float *restrict row_336 = b_mat_320 + ((i + (k_w * H) + (3 * k_h * H) + (9 * c * H))) * ext_331;
                                                        for (int64_t j = j_lo_334; j <= j_hi_335; ++j)
                                                            row_336[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_315, N_316, K_317, a_mat_319 + (0), K_317, 1, b_mat_320 + (0), 1, K_317, mine_323, N_316, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_311 = 1;
                                    }
                                }
                            }
                            free(a_mat_319);
                            free(b_mat_320);
                        }
                    } else
#endif
                    {
                        {
                            float *mine_323 = parts_322 + (size_t)DERIVE_THREAD * (size_t)(M_315 * N_316);
                            float *a_mat_319 = (float *)calloc((size_t)(M_max_312 * K_max_314), sizeof(float));
                            float *b_mat_320 = (float *)calloc((size_t)(K_max_314 * N_max_313), sizeof(float));
                            if (a_mat_319 == NULL || b_mat_320 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_311 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_319 != NULL && b_mat_320 != NULL) {
                                    {
                                        const int64_t ext_324 = W;
                                        const int64_t o_last_325 = ((-1) + O);
                                        const int64_t i_last_326 = ((-1) + H);
                                        const int64_t j_lo_327 = 0;
                                        const int64_t j_hi_328 = ((-1) + W);
                                        for (int64_t o = 0; o <= o_last_325; ++o) {
                                            for (int64_t i = 0; i <= i_last_326; ++i) {
                                                float *restrict row_329 = a_mat_319 + ((i + (o * H))) * ext_324;
                                                for (int64_t j = j_lo_327; j <= j_hi_328; ++j)
                                                    row_329[j - (0)] = grad_y[(((n) * O + o) * H + i) * W + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_331 = W;
                                        const int64_t c_last_332 = ((-1) + C);
                                        const int64_t i_last_333 = ((-1) + H);
                                        for (int64_t c = 0; c <= c_last_332; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_334 = derive_imax(0, (1 + ((-1) * k_w)));
                                                    const int64_t j_hi_335 = derive_imin(((-1) + W), (W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_333; ++i) {
                                                        if (!(i >= derive_imax(0, (1 + ((-1) * k_h))))) continue;
                                                        if (!(i <= derive_imin(((-1) + H), (H + ((-1) * k_h))))) continue;
                                                        float *restrict row_336 = b_mat_320 + ((i + (k_w * H) + (3 * k_h * H) + (9 * c * H))) * ext_331;
                                                        for (int64_t j = j_lo_334; j <= j_hi_335; ++j)
                                                            row_336[j - (0)] = x[(((n) * C + c) * H + ((-1) + i + k_h)) * W + ((-1) + j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_315, N_316, K_317, a_mat_319 + (0), K_317, 1, b_mat_320 + (0), 1, K_317, mine_323, N_316, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_311 = 1;
                                    }
                                }
                            }
                            free(a_mat_319);
                            free(b_mat_320);
                        }
                    }
                    for (int part_339 = 0; part_339 < nparts_321; ++part_339)
                        for (int64_t m_340 = 0; m_340 < M_315; ++m_340)
                            for (int64_t n_341 = 0; n_341 < N_316; ++n_341)
                                grad_w[(0) + m_340 * (9 * C) + n_341 * 1] += parts_322[((size_t)part_339 * (size_t)M_315 + (size_t)m_340) * (size_t)N_316 + (size_t)n_341];
                    free(parts_322);
                }
            }
            if (failed_311) return 14;
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
    const int64_t work_350 = (H * N * O * W);
    if (work_350 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            float acc_342 = 0;
            float lanes_343[16] = {0};
            {
                const int64_t n_lo_344 = 0;
                const int64_t n_hi_345 = ((-1) + N);
                for (int64_t n = n_lo_344; n <= n_hi_345; ++n) {
                    {
                        const int64_t i_lo_346 = 0;
                        const int64_t i_hi_347 = ((-1) + H);
                        for (int64_t i = i_lo_346; i <= i_hi_347; ++i) {
                            {
                                const int64_t j_lo_348 = 0;
                                const int64_t j_hi_349 = ((-1) + W);
                                int64_t j = j_lo_348;
                                for (; j <= j_hi_349 - 15; j += 16)
                                    for (int lane______ = 0; lane______ < 16; ++lane______)
                                        lanes_343[lane______] += grad_y[(((n) * O + o) * H + i) * W + (j + lane______)];
                                for (; j <= j_hi_349; ++j)
                                    acc_342 += grad_y[(((n) * O + o) * H + i) * W + j];
                            }
                        }
                    }
                }
            }
            for (int lane_______ = 0; lane_______ < 16; ++lane_______) acc_342 += lanes_343[lane_______];
            grad_b[o] = acc_342;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            float acc_342 = 0;
            float lanes_343[16] = {0};
            {
                const int64_t n_lo_344 = 0;
                const int64_t n_hi_345 = ((-1) + N);
                for (int64_t n = n_lo_344; n <= n_hi_345; ++n) {
                    {
                        const int64_t i_lo_346 = 0;
                        const int64_t i_hi_347 = ((-1) + H);
                        for (int64_t i = i_lo_346; i <= i_hi_347; ++i) {
                            {
                                const int64_t j_lo_348 = 0;
                                const int64_t j_hi_349 = ((-1) + W);
                                int64_t j = j_lo_348;
                                for (; j <= j_hi_349 - 15; j += 16)
                                    for (int lane______ = 0; lane______ < 16; ++lane______)
                                        lanes_343[lane______] += grad_y[(((n) * O + o) * H + i) * W + (j + lane______)];
                                for (; j <= j_hi_349; ++j)
                                    acc_342 += grad_y[(((n) * O + o) * H + i) * W + j];
                            }
                        }
                    }
                }
            }
            for (int lane_______ = 0; lane_______ < 16; ++lane_______) acc_342 += lanes_343[lane_______];
            grad_b[o] = acc_342;
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

