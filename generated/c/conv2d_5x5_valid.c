/* conv2d: forward and backward kernels (C99)
 *
 * 2-d convolution (cross-correlation), as torch.nn.functional.conv2d
 * Configuration: kernel_size=5, stride=1, padding='valid', dilation=1, groups=1, bias=True
 *
 * Forward:
 *   y[n, o, i, j] = b[o] + Sum(w[o, c, k_h, k_w]*x[n, c, d_h*k_h + i*s_h - p_h, d_w*k_w + j*s_w
 *       - p_w], (c, 0, C - 1), (k_h, 0, K_h - 1), (k_w, 0, K_w - 1))
 *
 * Gradient of x:
 *   x[n, c, h, w] = Sum(grad_y[n, o, h - k_h, -k_w + w]*w[o, c, k_h, k_w], (o, 0, O - 1), (k_h,
 *       Max(0, -H + h + 5), Min(4, h)), (k_w, Max(0, -W + w + 5), Min(4, w)))
 *
 * Gradient of w:
 *   w[o, c, k_h, k_w] = Sum(grad_y[n, o, i, j]*x[n, c, i + k_h, j + k_w], (n, 0, N - 1), (i,
 *       Max(0, -k_h), Min(H - 5, H - k_h - 1)), (j, Max(0, -k_w), Min(W - 5, W - k_w - 1)))
 *
 * Gradient of b:
 *   b[o] = Sum(grad_y[n, o, i, j], (n, 0, N - 1), (i, 0, H - 5), (j, 0, W - 5))
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

#include "conv2d_5x5_valid.h"

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
    case 7: return "w: axis 2 (tap) has the wrong extent; expected K_h = 5";
    case 8: return "w: axis 3 (tap) has the wrong extent; expected K_w = 5";
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
    if (dims[6] != 5) return 7;
    if (dims[7] != 5) return 8;
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
    shape[2] = ((-4) + H);
    if (shape[2] < 1) return 12;
    shape[3] = ((-4) + W);
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
    if (((-4) + H) < 1) return 12;
    if (((-4) + W) < 1) return 13;
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
    const int64_t size_2 = derive_imax(0, ((-4) + H));
    const int64_t size_3 = derive_imax(0, ((-4) + W));
    const int64_t size_4 = derive_imax(0, (5 + ((-1) * H)));
    const int64_t size_5 = ((-1) * size_4);
    const int64_t size_6 = derive_imin(4, ((-1) + H));
    const int64_t size_7 = (1 + size_5 + size_6);
    const int64_t size_8 = derive_imax(0, size_7);
    const int64_t size_9 = derive_imax(0, (5 + ((-1) * W)));
    const int64_t size_10 = ((-1) * size_9);
    const int64_t size_11 = derive_imin(4, ((-1) + W));
    const int64_t size_12 = (1 + size_10 + size_11);
    const int64_t size_13 = derive_imax(0, size_12);
    const int64_t size_14 = (C * N * O * size_2 * size_3 * size_8 * size_13);
    const int64_t size_25 = (1 + size_6);
    const int64_t size_26 = (1 + size_11);
    const int64_t size_27 = derive_imax(1, ((-4) + H));
    const int64_t size_28 = derive_imax(1, ((-4) + W));
    const int64_t size_29 = (C * N * O * size_25 * size_26 * size_27 * size_28);
    const int64_t size_33 = (N * O * size_27 * size_28);
    const int64_t size_38 = (size_2 * size_3);
    const int64_t size_40 = (C * size_8 * size_13);
    const int64_t products_1 = size_14;
    if (products_1 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_30 = size_29;
        if (work_30 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_15 = 0;
                                const int64_t j_hi_16 = ((-5) + W);
                                for (int64_t j = j_lo_15; j <= j_hi_16; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_17 = 0;
                            const int64_t c_hi_18 = ((-1) + C);
                            for (int64_t c = c_lo_17; c <= c_hi_18; ++c) {
                                {
                                    const int64_t k_h_lo_19 = derive_imax(0, ((-1) * i));
                                    const int64_t k_h_hi_20 = derive_imin(4, ((-1) + H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_19; k_h <= k_h_hi_20; ++k_h) {
                                        {
                                            const int64_t k_w_lo_21 = 0;
                                            const int64_t k_w_hi_22 = 4;
                                            for (int64_t k_w = k_w_lo_21; k_w <= k_w_hi_22; ++k_w) {
                                                {
                                                    const int64_t j_lo_23 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_24 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_23; j <= j_hi_24; ++j)
                                                        y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += (w[(((o) * C + c) * 5 + k_h) * 5 + k_w] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
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
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_15 = 0;
                                const int64_t j_hi_16 = ((-5) + W);
                                for (int64_t j = j_lo_15; j <= j_hi_16; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_17 = 0;
                            const int64_t c_hi_18 = ((-1) + C);
                            for (int64_t c = c_lo_17; c <= c_hi_18; ++c) {
                                {
                                    const int64_t k_h_lo_19 = derive_imax(0, ((-1) * i));
                                    const int64_t k_h_hi_20 = derive_imin(4, ((-1) + H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_19; k_h <= k_h_hi_20; ++k_h) {
                                        {
                                            const int64_t k_w_lo_21 = 0;
                                            const int64_t k_w_hi_22 = 4;
                                            for (int64_t k_w = k_w_lo_21; k_w <= k_w_hi_22; ++k_w) {
                                                {
                                                    const int64_t j_lo_23 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_24 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_23; j <= j_hi_24; ++j)
                                                        y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += (w[(((o) * C + c) * 5 + k_h) * 5 + k_w] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
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
        const int64_t work_34 = size_33;
        if (work_34 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_31 = 0;
                                const int64_t j_hi_32 = ((-5) + W);
                                for (int64_t j = j_lo_31; j <= j_hi_32; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
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
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_31 = 0;
                                const int64_t j_hi_32 = ((-5) + W);
                                for (int64_t j = j_lo_31; j <= j_hi_32; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_35 = 0;
            const int64_t M_max_36 = O;
            const int64_t N_max_37 = size_38;
            const int64_t K_max_39 = size_40;
            const int64_t M_41 = O;
            const int64_t N_42 = size_38;
            const int64_t K_43 = size_40;
            const int64_t flops_44 = M_41 * N_42 * K_43 * (N);
            (void)flops_44;
            if (M_41 > 0 && N_42 > 0 && K_43 > 0) {
                double *a_mat_45 = (double *)calloc((size_t)(M_max_36 * K_max_39), sizeof(double));
                if (a_mat_45 == NULL) failed_35 = 1;
                else {
                    {
                        const int64_t ext_47 = O;
                        const int64_t c_last_48 = ((-1) + C);
                        const int64_t k_h_first_49 = size_4;
                        const int64_t k_h_last_50 = size_6;
                        const int64_t k_h_count_51 = size_8;
                        const int64_t k_w_first_52 = size_9;
                        const int64_t k_w_last_53 = size_11;
                        const int64_t k_w_count_54 = size_13;
                        const int64_t o_lo_55 = 0;
                        const int64_t o_hi_56 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_48; ++c) {
                            for (int64_t k_h = k_h_first_49; k_h <= k_h_last_50; ++k_h) {
                                for (int64_t k_w = k_w_first_52; k_w <= k_w_last_53; ++k_w) {
                                    double *restrict row_57 = a_mat_45 + ((k_w + ((-1) * k_w_first_52) + (k_w_count_54 * (k_h + ((-1) * k_h_first_49))) + (c * k_h_count_51 * k_w_count_54))) * ext_47;
                                    for (int64_t o = o_lo_55; o <= o_hi_56; ++o)
                                        row_57[o - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_74 = flops_44;
                if (work_74 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_46 = (double *)calloc((size_t)(K_max_39 * N_max_37), sizeof(double));
                        if (b_mat_46 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_35 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_46 != NULL) {
                                {
                                    const int64_t ext_60 = size_3;
                                    const int64_t c_last_61 = ((-1) + C);
                                    const int64_t k_h_first_62 = size_4;
                                    const int64_t k_h_last_63 = size_6;
                                    const int64_t k_h_count_64 = size_8;
                                    const int64_t k_w_first_65 = size_9;
                                    const int64_t k_w_last_66 = size_11;
                                    const int64_t k_w_count_67 = size_13;
                                    const int64_t i_last_68 = ((-5) + H);
                                    const int64_t i_count_69 = size_2;
                                    for (int64_t c = 0; c <= c_last_61; ++c) {
                                        for (int64_t k_h = k_h_first_62; k_h <= k_h_last_63; ++k_h) {
                                            for (int64_t k_w = k_w_first_65; k_w <= k_w_last_66; ++k_w) {
                                                const int64_t j_lo_70 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_71 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t i = 0; i <= i_last_68; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(4, ((-1) + H + ((-1) * i))))) continue;
                                                    double *restrict row_72 = b_mat_46 + ((i + (i_count_69 * (k_w + ((-1) * k_w_first_65))) + (i_count_69 * k_w_count_67 * (k_h + ((-1) * k_h_first_62))) + (c * i_count_69 * k_h_count_64 * k_w_count_67))) * ext_60;
                                                    for (int64_t j = j_lo_70; j <= j_hi_71; ++j)
                                                        row_72[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_41, N_42, K_43, a_mat_45 + (0), 1, M_41, b_mat_46 + (0), N_42, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_35 = 1;
                                }
                            }
                        }
                        free(b_mat_46);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_46 = (double *)calloc((size_t)(K_max_39 * N_max_37), sizeof(double));
                        if (b_mat_46 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_35 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_46 != NULL) {
                                {
                                    const int64_t ext_60 = size_3;
                                    const int64_t c_last_61 = ((-1) + C);
                                    const int64_t k_h_first_62 = size_4;
                                    const int64_t k_h_last_63 = size_6;
                                    const int64_t k_h_count_64 = size_8;
                                    const int64_t k_w_first_65 = size_9;
                                    const int64_t k_w_last_66 = size_11;
                                    const int64_t k_w_count_67 = size_13;
                                    const int64_t i_last_68 = ((-5) + H);
                                    const int64_t i_count_69 = size_2;
                                    for (int64_t c = 0; c <= c_last_61; ++c) {
                                        for (int64_t k_h = k_h_first_62; k_h <= k_h_last_63; ++k_h) {
                                            for (int64_t k_w = k_w_first_65; k_w <= k_w_last_66; ++k_w) {
                                                const int64_t j_lo_70 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_71 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t i = 0; i <= i_last_68; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(4, ((-1) + H + ((-1) * i))))) continue;
                                                    double *restrict row_72 = b_mat_46 + ((i + (i_count_69 * (k_w + ((-1) * k_w_first_65))) + (i_count_69 * k_w_count_67 * (k_h + ((-1) * k_h_first_62))) + (c * i_count_69 * k_h_count_64 * k_w_count_67))) * ext_60;
                                                    for (int64_t j = j_lo_70; j <= j_hi_71; ++j)
                                                        row_72[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_41, N_42, K_43, a_mat_45 + (0), 1, M_41, b_mat_46 + (0), N_42, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_35 = 1;
                                }
                            }
                        }
                        free(b_mat_46);
                    }
                }
                free(a_mat_45);
            }
            if (failed_35) return 14;
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
    const int64_t size_76 = derive_imax(0, (5 + ((-1) * H)));
    const int64_t size_77 = ((-1) * size_76);
    const int64_t size_78 = derive_imin(4, ((-1) + H));
    const int64_t size_79 = (1 + size_77 + size_78);
    const int64_t size_80 = derive_imax(0, size_79);
    const int64_t size_81 = derive_imax(0, (5 + ((-1) * W)));
    const int64_t size_82 = ((-1) * size_81);
    const int64_t size_83 = derive_imin(4, ((-1) + W));
    const int64_t size_84 = (1 + size_82 + size_83);
    const int64_t size_85 = derive_imax(0, size_84);
    const int64_t size_86 = (C * H * N * O * W * size_80 * size_85);
    const int64_t size_100 = (O * size_80 * size_85);
    const int64_t products_75 = size_86;
    if (products_75 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_95 = (C * H * N * O * W);
        if (work_95 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_87 = 0;
                            const int64_t o_hi_88 = ((-1) + O);
                            for (int64_t o = o_lo_87; o <= o_hi_88; ++o) {
                                {
                                    const int64_t k_h_lo_89 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_90 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_89; k_h <= k_h_hi_90; ++k_h) {
                                        {
                                            const int64_t k_w_lo_91 = size_81;
                                            const int64_t k_w_hi_92 = size_83;
                                            for (int64_t k_w = k_w_lo_91; k_w <= k_w_hi_92; ++k_w) {
                                                {
                                                    const int64_t w__lo_93 = derive_imax(0, k_w);
                                                    const int64_t w__hi_94 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_93; w_ <= w__hi_94; ++w_)
                                                        grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))] * w[(((o) * C + c) * 5 + k_h) * 5 + k_w]);
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
                            const int64_t o_lo_87 = 0;
                            const int64_t o_hi_88 = ((-1) + O);
                            for (int64_t o = o_lo_87; o <= o_hi_88; ++o) {
                                {
                                    const int64_t k_h_lo_89 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_90 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_89; k_h <= k_h_hi_90; ++k_h) {
                                        {
                                            const int64_t k_w_lo_91 = size_81;
                                            const int64_t k_w_hi_92 = size_83;
                                            for (int64_t k_w = k_w_lo_91; k_w <= k_w_hi_92; ++k_w) {
                                                {
                                                    const int64_t w__lo_93 = derive_imax(0, k_w);
                                                    const int64_t w__hi_94 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_93; w_ <= w__hi_94; ++w_)
                                                        grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))] * w[(((o) * C + c) * 5 + k_h) * 5 + k_w]);
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
            int failed_96 = 0;
            const int64_t M_max_97 = C;
            const int64_t N_max_98 = (H * W);
            const int64_t K_max_99 = size_100;
            const int64_t M_101 = C;
            const int64_t N_102 = (H * W);
            const int64_t K_103 = size_100;
            const int64_t flops_104 = M_101 * N_102 * K_103 * (N);
            (void)flops_104;
            if (K_103 <= 0)
                for (int64_t q_105 = 0; q_105 < (N) * (C) * (H) * (W); ++q_105) grad_x[q_105] = 0;
            if (M_101 > 0 && N_102 > 0 && K_103 > 0) {
                double *a_mat_106 = (double *)calloc((size_t)(M_max_97 * K_max_99), sizeof(double));
                if (a_mat_106 == NULL) failed_96 = 1;
                else {
                    {
                        const int64_t ext_108 = C;
                        const int64_t o_last_109 = ((-1) + O);
                        const int64_t k_h_first_110 = size_76;
                        const int64_t k_h_last_111 = size_78;
                        const int64_t k_h_count_112 = size_80;
                        const int64_t k_w_first_113 = size_81;
                        const int64_t k_w_last_114 = size_83;
                        const int64_t k_w_count_115 = size_85;
                        const int64_t c_lo_116 = 0;
                        const int64_t c_hi_117 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_109; ++o) {
                            for (int64_t k_h = k_h_first_110; k_h <= k_h_last_111; ++k_h) {
                                for (int64_t k_w = k_w_first_113; k_w <= k_w_last_114; ++k_w) {
                                    double *restrict row_118 = a_mat_106 + ((k_w + ((-1) * k_w_first_113) + (k_w_count_115 * (k_h + ((-1) * k_h_first_110))) + (k_h_count_112 * k_w_count_115 * o))) * ext_108;
                                    for (int64_t c = c_lo_116; c <= c_hi_117; ++c)
                                        row_118[c - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_134 = flops_104;
                if (work_134 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_107 = (double *)calloc((size_t)(K_max_99 * N_max_98), sizeof(double));
                        if (b_mat_107 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_96 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_107 != NULL) {
                                {
                                    const int64_t ext_121 = W;
                                    const int64_t o_last_122 = ((-1) + O);
                                    const int64_t k_h_first_123 = size_76;
                                    const int64_t k_h_last_124 = size_78;
                                    const int64_t k_h_count_125 = size_80;
                                    const int64_t k_w_first_126 = size_81;
                                    const int64_t k_w_last_127 = size_83;
                                    const int64_t k_w_count_128 = size_85;
                                    const int64_t h_last_129 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_122; ++o) {
                                        for (int64_t k_h = k_h_first_123; k_h <= k_h_last_124; ++k_h) {
                                            for (int64_t k_w = k_w_first_126; k_w <= k_w_last_127; ++k_w) {
                                                const int64_t w__lo_130 = derive_imax(0, k_w);
                                                const int64_t w__hi_131 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t h = 0; h <= h_last_129; ++h) {
                                                    if (!(k_h >= derive_imax(0, (5 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(4, h))) continue;
                                                    double *restrict row_132 = b_mat_107 + ((h + (H * (k_w + ((-1) * k_w_first_126))) + (k_w_count_128 * H * (k_h + ((-1) * k_h_first_123))) + (k_h_count_125 * k_w_count_128 * o * H))) * ext_121;
                                                    for (int64_t w_ = w__lo_130; w_ <= w__hi_131; ++w_)
                                                        row_132[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_101, N_102, K_103, a_mat_106 + (0), 1, M_101, b_mat_107 + (0), N_102, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_96 = 1;
                                }
                            }
                        }
                        free(b_mat_107);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_107 = (double *)calloc((size_t)(K_max_99 * N_max_98), sizeof(double));
                        if (b_mat_107 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_96 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_107 != NULL) {
                                {
                                    const int64_t ext_121 = W;
                                    const int64_t o_last_122 = ((-1) + O);
                                    const int64_t k_h_first_123 = size_76;
                                    const int64_t k_h_last_124 = size_78;
                                    const int64_t k_h_count_125 = size_80;
                                    const int64_t k_w_first_126 = size_81;
                                    const int64_t k_w_last_127 = size_83;
                                    const int64_t k_w_count_128 = size_85;
                                    const int64_t h_last_129 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_122; ++o) {
                                        for (int64_t k_h = k_h_first_123; k_h <= k_h_last_124; ++k_h) {
                                            for (int64_t k_w = k_w_first_126; k_w <= k_w_last_127; ++k_w) {
                                                const int64_t w__lo_130 = derive_imax(0, k_w);
                                                const int64_t w__hi_131 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t h = 0; h <= h_last_129; ++h) {
                                                    if (!(k_h >= derive_imax(0, (5 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(4, h))) continue;
                                                    double *restrict row_132 = b_mat_107 + ((h + (H * (k_w + ((-1) * k_w_first_126))) + (k_w_count_128 * H * (k_h + ((-1) * k_h_first_123))) + (k_h_count_125 * k_w_count_128 * o * H))) * ext_121;
                                                    for (int64_t w_ = w__lo_130; w_ <= w__hi_131; ++w_)
                                                        row_132[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_101, N_102, K_103, a_mat_106 + (0), 1, M_101, b_mat_107 + (0), N_102, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_96 = 1;
                                }
                            }
                        }
                        free(b_mat_107);
                    }
                }
                free(a_mat_106);
            }
            if (failed_96) return 14;
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
    const int64_t size_136 = derive_imax(0, ((-4) + H));
    const int64_t size_137 = derive_imax(0, ((-4) + W));
    const int64_t size_138 = (25 * C * N * O * size_136 * size_137);
    const int64_t size_146 = derive_imax(1, ((-4) + H));
    const int64_t size_147 = derive_imax(1, ((-4) + W));
    const int64_t size_148 = (25 * C * N * O * size_146 * size_147);
    const int64_t size_155 = (size_136 * size_137);
    const int64_t products_135 = size_138;
    if (products_135 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_149 = size_148;
        if (work_149 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 5; ++k_h) {
                        for (int64_t k_w = 0; k_w < 5; ++k_w) {
                            double acc_139 = 0;
                            {
                                const int64_t n_lo_140 = 0;
                                const int64_t n_hi_141 = ((-1) + N);
                                for (int64_t n = n_lo_140; n <= n_hi_141; ++n) {
                                    {
                                        const int64_t i_lo_142 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_143 = derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_142; i <= i_hi_143; ++i) {
                                            {
                                                const int64_t j_lo_144 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_145 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_139)
    #endif
                                                for (int64_t j = j_lo_144; j <= j_hi_145; ++j) {
                                                    acc_139 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_139;
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 5; ++k_h) {
                        for (int64_t k_w = 0; k_w < 5; ++k_w) {
                            double acc_139 = 0;
                            {
                                const int64_t n_lo_140 = 0;
                                const int64_t n_hi_141 = ((-1) + N);
                                for (int64_t n = n_lo_140; n <= n_hi_141; ++n) {
                                    {
                                        const int64_t i_lo_142 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_143 = derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_142; i <= i_hi_143; ++i) {
                                            {
                                                const int64_t j_lo_144 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_145 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_139)
    #endif
                                                for (int64_t j = j_lo_144; j <= j_hi_145; ++j) {
                                                    acc_139 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_139;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_150 = 0; q_150 < (O) * (C) * (5) * (5); ++q_150) grad_w[q_150] = 0;
        {
            int failed_151 = 0;
            const int64_t M_max_152 = O;
            const int64_t N_max_153 = (25 * C);
            const int64_t K_max_154 = size_155;
            const int64_t M_156 = O;
            const int64_t N_157 = (25 * C);
            const int64_t K_158 = size_155;
            const int64_t flops_159 = M_156 * N_157 * K_158 * (N);
            (void)flops_159;
            if (M_156 > 0 && N_157 > 0 && K_158 > 0) {
                int nparts_162 = 1;
#ifdef _OPENMP
                if (flops_159 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_162 = omp_get_max_threads();
#endif
                double *parts_163 = (double *)calloc((size_t)nparts_162 * (size_t)(M_156 * N_157), sizeof(double));
                if (parts_163 == NULL) failed_151 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_181 = flops_159;
                    if (work_181 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_162)
                        {
                            double *mine_164 = parts_163 + (size_t)DERIVE_THREAD * (size_t)(M_156 * N_157);
                            double *a_mat_160 = (double *)calloc((size_t)(M_max_152 * K_max_154), sizeof(double));
                            double *b_mat_161 = (double *)calloc((size_t)(K_max_154 * N_max_153), sizeof(double));
                            if (a_mat_160 == NULL || b_mat_161 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_151 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_160 != NULL && b_mat_161 != NULL) {
                                    {
                                        const int64_t ext_165 = size_137;
                                        const int64_t o_last_166 = ((-1) + O);
                                        const int64_t i_last_167 = ((-5) + H);
                                        const int64_t i_count_168 = size_136;
                                        const int64_t j_lo_169 = 0;
                                        const int64_t j_hi_170 = ((-5) + W);
                                        for (int64_t o = 0; o <= o_last_166; ++o) {
                                            for (int64_t i = 0; i <= i_last_167; ++i) {
                                                double *restrict row_171 = a_mat_160 + ((i + (i_count_168 * o))) * ext_165;
                                                for (int64_t j = j_lo_169; j <= j_hi_170; ++j)
                                                    row_171[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_173 = size_137;
                                        const int64_t c_last_174 = ((-1) + C);
                                        const int64_t i_last_175 = ((-5) + H);
                                        const int64_t i_count_176 = size_136;
                                        for (int64_t c = 0; c <= c_last_174; ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    const int64_t j_lo_177 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_178 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_175; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h))))) continue;
                                                        double *restrict row_179 = b_mat_161 + ((i + (i_count_176 * k_w) + (5 * i_count_176 * k_h) + (25 * c * i_count_176))) * ext_173;
                                                        for (int64_t j = j_lo_177; j <= j_hi_178; ++j)
                                                            row_179[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_156, N_157, K_158, a_mat_160 + (0), K_158, 1, b_mat_161 + (0), 1, K_158, mine_164, N_157, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_151 = 1;
                                    }
                                }
                            }
                            free(a_mat_160);
                            free(b_mat_161);
                        }
                    } else
#endif
                    {
                        {
                            double *mine_164 = parts_163 + (size_t)DERIVE_THREAD * (size_t)(M_156 * N_157);
                            double *a_mat_160 = (double *)calloc((size_t)(M_max_152 * K_max_154), sizeof(double));
                            double *b_mat_161 = (double *)calloc((size_t)(K_max_154 * N_max_153), sizeof(double));
                            if (a_mat_160 == NULL || b_mat_161 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_151 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_160 != NULL && b_mat_161 != NULL) {
                                    {
                                        const int64_t ext_165 = size_137;
                                        const int64_t o_last_166 = ((-1) + O);
                                        const int64_t i_last_167 = ((-5) + H);
                                        const int64_t i_count_168 = size_136;
                                        const int64_t j_lo_169 = 0;
                                        const int64_t j_hi_170 = ((-5) + W);
                                        for (int64_t o = 0; o <= o_last_166; ++o) {
                                            for (int64_t i = 0; i <= i_last_167; ++i) {
                                                double *restrict row_171 = a_mat_160 + ((i + (i_count_168 * o))) * ext_165;
                                                for (int64_t j = j_lo_169; j <= j_hi_170; ++j)
                                                    row_171[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_173 = size_137;
                                        const int64_t c_last_174 = ((-1) + C);
                                        const int64_t i_last_175 = ((-5) + H);
                                        const int64_t i_count_176 = size_136;
                                        for (int64_t c = 0; c <= c_last_174; ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    const int64_t j_lo_177 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_178 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_175; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h))))) continue;
                                                        double *restrict row_179 = b_mat_161 + ((i + (i_count_176 * k_w) + (5 * i_count_176 * k_h) + (25 * c * i_count_176))) * ext_173;
                                                        for (int64_t j = j_lo_177; j <= j_hi_178; ++j)
                                                            row_179[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_156, N_157, K_158, a_mat_160 + (0), K_158, 1, b_mat_161 + (0), 1, K_158, mine_164, N_157, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_151 = 1;
                                    }
                                }
                            }
                            free(a_mat_160);
                            free(b_mat_161);
                        }
                    }
                    for (int part_182 = 0; part_182 < nparts_162; ++part_182)
                        for (int64_t m_183 = 0; m_183 < M_156; ++m_183)
                            for (int64_t n_184 = 0; n_184 < N_157; ++n_184)
                                grad_w[(0) + m_183 * (25 * C) + n_184 * 1] += parts_163[((size_t)part_182 * (size_t)M_156 + (size_t)m_183) * (size_t)N_157 + (size_t)n_184];
                    free(parts_163);
                }
            }
            if (failed_151) return 14;
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
    const int64_t size_192 = derive_imax(1, ((-4) + H));
    const int64_t size_193 = derive_imax(1, ((-4) + W));
    const int64_t size_194 = (N * O * size_192 * size_193);
#ifdef _OPENMP
    const int64_t work_195 = size_194;
    if (work_195 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            double acc_185 = 0;
            {
                const int64_t n_lo_186 = 0;
                const int64_t n_hi_187 = ((-1) + N);
                for (int64_t n = n_lo_186; n <= n_hi_187; ++n) {
                    {
                        const int64_t i_lo_188 = 0;
                        const int64_t i_hi_189 = ((-5) + H);
                        for (int64_t i = i_lo_188; i <= i_hi_189; ++i) {
                            {
                                const int64_t j_lo_190 = 0;
                                const int64_t j_hi_191 = ((-5) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_185)
    #endif
                                for (int64_t j = j_lo_190; j <= j_hi_191; ++j) {
                                    acc_185 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_185;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            double acc_185 = 0;
            {
                const int64_t n_lo_186 = 0;
                const int64_t n_hi_187 = ((-1) + N);
                for (int64_t n = n_lo_186; n <= n_hi_187; ++n) {
                    {
                        const int64_t i_lo_188 = 0;
                        const int64_t i_hi_189 = ((-5) + H);
                        for (int64_t i = i_lo_188; i <= i_hi_189; ++i) {
                            {
                                const int64_t j_lo_190 = 0;
                                const int64_t j_hi_191 = ((-5) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_185)
    #endif
                                for (int64_t j = j_lo_190; j <= j_hi_191; ++j) {
                                    acc_185 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_185;
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
    const int64_t size_197 = derive_imax(0, ((-4) + H));
    const int64_t size_198 = derive_imax(0, ((-4) + W));
    const int64_t size_199 = derive_imax(0, (5 + ((-1) * H)));
    const int64_t size_200 = ((-1) * size_199);
    const int64_t size_201 = derive_imin(4, ((-1) + H));
    const int64_t size_202 = (1 + size_200 + size_201);
    const int64_t size_203 = derive_imax(0, size_202);
    const int64_t size_204 = derive_imax(0, (5 + ((-1) * W)));
    const int64_t size_205 = ((-1) * size_204);
    const int64_t size_206 = derive_imin(4, ((-1) + W));
    const int64_t size_207 = (1 + size_205 + size_206);
    const int64_t size_208 = derive_imax(0, size_207);
    const int64_t size_209 = (C * N * O * size_197 * size_198 * size_203 * size_208);
    const int64_t size_220 = (1 + size_201);
    const int64_t size_221 = (1 + size_206);
    const int64_t size_222 = derive_imax(1, ((-4) + H));
    const int64_t size_223 = derive_imax(1, ((-4) + W));
    const int64_t size_224 = (C * N * O * size_220 * size_221 * size_222 * size_223);
    const int64_t size_228 = (N * O * size_222 * size_223);
    const int64_t size_233 = (size_197 * size_198);
    const int64_t size_235 = (C * size_203 * size_208);
    const int64_t products_196 = size_209;
    if (products_196 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_225 = size_224;
        if (work_225 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_210 = 0;
                                const int64_t j_hi_211 = ((-5) + W);
                                for (int64_t j = j_lo_210; j <= j_hi_211; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_212 = 0;
                            const int64_t c_hi_213 = ((-1) + C);
                            for (int64_t c = c_lo_212; c <= c_hi_213; ++c) {
                                {
                                    const int64_t k_h_lo_214 = derive_imax(0, ((-1) * i));
                                    const int64_t k_h_hi_215 = derive_imin(4, ((-1) + H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_214; k_h <= k_h_hi_215; ++k_h) {
                                        {
                                            const int64_t k_w_lo_216 = 0;
                                            const int64_t k_w_hi_217 = 4;
                                            for (int64_t k_w = k_w_lo_216; k_w <= k_w_hi_217; ++k_w) {
                                                {
                                                    const int64_t j_lo_218 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_219 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_218; j <= j_hi_219; ++j)
                                                        y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += (w[(((o) * C + c) * 5 + k_h) * 5 + k_w] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
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
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_210 = 0;
                                const int64_t j_hi_211 = ((-5) + W);
                                for (int64_t j = j_lo_210; j <= j_hi_211; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_212 = 0;
                            const int64_t c_hi_213 = ((-1) + C);
                            for (int64_t c = c_lo_212; c <= c_hi_213; ++c) {
                                {
                                    const int64_t k_h_lo_214 = derive_imax(0, ((-1) * i));
                                    const int64_t k_h_hi_215 = derive_imin(4, ((-1) + H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_214; k_h <= k_h_hi_215; ++k_h) {
                                        {
                                            const int64_t k_w_lo_216 = 0;
                                            const int64_t k_w_hi_217 = 4;
                                            for (int64_t k_w = k_w_lo_216; k_w <= k_w_hi_217; ++k_w) {
                                                {
                                                    const int64_t j_lo_218 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_219 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_218; j <= j_hi_219; ++j)
                                                        y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += (w[(((o) * C + c) * 5 + k_h) * 5 + k_w] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
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
        const int64_t work_229 = size_228;
        if (work_229 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_226 = 0;
                                const int64_t j_hi_227 = ((-5) + W);
                                for (int64_t j = j_lo_226; j <= j_hi_227; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
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
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_226 = 0;
                                const int64_t j_hi_227 = ((-5) + W);
                                for (int64_t j = j_lo_226; j <= j_hi_227; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_230 = 0;
            const int64_t M_max_231 = O;
            const int64_t N_max_232 = size_233;
            const int64_t K_max_234 = size_235;
            const int64_t M_236 = O;
            const int64_t N_237 = size_233;
            const int64_t K_238 = size_235;
            const int64_t flops_239 = M_236 * N_237 * K_238 * (N);
            (void)flops_239;
            if (M_236 > 0 && N_237 > 0 && K_238 > 0) {
                float *a_mat_240 = (float *)calloc((size_t)(M_max_231 * K_max_234), sizeof(float));
                if (a_mat_240 == NULL) failed_230 = 1;
                else {
                    {
                        const int64_t ext_242 = O;
                        const int64_t c_last_243 = ((-1) + C);
                        const int64_t k_h_first_244 = size_199;
                        const int64_t k_h_last_245 = size_201;
                        const int64_t k_h_count_246 = size_203;
                        const int64_t k_w_first_247 = size_204;
                        const int64_t k_w_last_248 = size_206;
                        const int64_t k_w_count_249 = size_208;
                        const int64_t o_lo_250 = 0;
                        const int64_t o_hi_251 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_243; ++c) {
                            for (int64_t k_h = k_h_first_244; k_h <= k_h_last_245; ++k_h) {
                                for (int64_t k_w = k_w_first_247; k_w <= k_w_last_248; ++k_w) {
                                    float *restrict row_252 = a_mat_240 + ((k_w + ((-1) * k_w_first_247) + (k_w_count_249 * (k_h + ((-1) * k_h_first_244))) + (c * k_h_count_246 * k_w_count_249))) * ext_242;
                                    for (int64_t o = o_lo_250; o <= o_hi_251; ++o)
                                        row_252[o - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_269 = flops_239;
                if (work_269 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_241 = (float *)calloc((size_t)(K_max_234 * N_max_232), sizeof(float));
                        if (b_mat_241 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_230 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_241 != NULL) {
                                {
                                    const int64_t ext_255 = size_198;
                                    const int64_t c_last_256 = ((-1) + C);
                                    const int64_t k_h_first_257 = size_199;
                                    const int64_t k_h_last_258 = size_201;
                                    const int64_t k_h_count_259 = size_203;
                                    const int64_t k_w_first_260 = size_204;
                                    const int64_t k_w_last_261 = size_206;
                                    const int64_t k_w_count_262 = size_208;
                                    const int64_t i_last_263 = ((-5) + H);
                                    const int64_t i_count_264 = size_197;
                                    for (int64_t c = 0; c <= c_last_256; ++c) {
                                        for (int64_t k_h = k_h_first_257; k_h <= k_h_last_258; ++k_h) {
                                            for (int64_t k_w = k_w_first_260; k_w <= k_w_last_261; ++k_w) {
                                                const int64_t j_lo_265 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_266 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t i = 0; i <= i_last_263; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(4, ((-1) + H + ((-1) * i))))) continue;
                                                    float *restrict row_267 = b_mat_241 + ((i + (i_count_264 * (k_w + ((-1) * k_w_first_260))) + (i_count_264 * k_w_count_262 * (k_h + ((-1) * k_h_first_257))) + (c * i_count_264 * k_h_count_259 * k_w_count_262))) * ext_255;
                                                    for (int64_t j = j_lo_265; j <= j_hi_266; ++j)
                                                        row_267[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_236, N_237, K_238, a_mat_240 + (0), 1, M_236, b_mat_241 + (0), N_237, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_230 = 1;
                                }
                            }
                        }
                        free(b_mat_241);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_241 = (float *)calloc((size_t)(K_max_234 * N_max_232), sizeof(float));
                        if (b_mat_241 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_230 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_241 != NULL) {
                                {
                                    const int64_t ext_255 = size_198;
                                    const int64_t c_last_256 = ((-1) + C);
                                    const int64_t k_h_first_257 = size_199;
                                    const int64_t k_h_last_258 = size_201;
                                    const int64_t k_h_count_259 = size_203;
                                    const int64_t k_w_first_260 = size_204;
                                    const int64_t k_w_last_261 = size_206;
                                    const int64_t k_w_count_262 = size_208;
                                    const int64_t i_last_263 = ((-5) + H);
                                    const int64_t i_count_264 = size_197;
                                    for (int64_t c = 0; c <= c_last_256; ++c) {
                                        for (int64_t k_h = k_h_first_257; k_h <= k_h_last_258; ++k_h) {
                                            for (int64_t k_w = k_w_first_260; k_w <= k_w_last_261; ++k_w) {
                                                const int64_t j_lo_265 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_266 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t i = 0; i <= i_last_263; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(4, ((-1) + H + ((-1) * i))))) continue;
                                                    float *restrict row_267 = b_mat_241 + ((i + (i_count_264 * (k_w + ((-1) * k_w_first_260))) + (i_count_264 * k_w_count_262 * (k_h + ((-1) * k_h_first_257))) + (c * i_count_264 * k_h_count_259 * k_w_count_262))) * ext_255;
                                                    for (int64_t j = j_lo_265; j <= j_hi_266; ++j)
                                                        row_267[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_236, N_237, K_238, a_mat_240 + (0), 1, M_236, b_mat_241 + (0), N_237, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_230 = 1;
                                }
                            }
                        }
                        free(b_mat_241);
                    }
                }
                free(a_mat_240);
            }
            if (failed_230) return 14;
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
    const int64_t size_271 = derive_imax(0, (5 + ((-1) * H)));
    const int64_t size_272 = ((-1) * size_271);
    const int64_t size_273 = derive_imin(4, ((-1) + H));
    const int64_t size_274 = (1 + size_272 + size_273);
    const int64_t size_275 = derive_imax(0, size_274);
    const int64_t size_276 = derive_imax(0, (5 + ((-1) * W)));
    const int64_t size_277 = ((-1) * size_276);
    const int64_t size_278 = derive_imin(4, ((-1) + W));
    const int64_t size_279 = (1 + size_277 + size_278);
    const int64_t size_280 = derive_imax(0, size_279);
    const int64_t size_281 = (C * H * N * O * W * size_275 * size_280);
    const int64_t size_295 = (O * size_275 * size_280);
    const int64_t products_270 = size_281;
    if (products_270 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_290 = (C * H * N * O * W);
        if (work_290 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_282 = 0;
                            const int64_t o_hi_283 = ((-1) + O);
                            for (int64_t o = o_lo_282; o <= o_hi_283; ++o) {
                                {
                                    const int64_t k_h_lo_284 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_285 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_284; k_h <= k_h_hi_285; ++k_h) {
                                        {
                                            const int64_t k_w_lo_286 = size_276;
                                            const int64_t k_w_hi_287 = size_278;
                                            for (int64_t k_w = k_w_lo_286; k_w <= k_w_hi_287; ++k_w) {
                                                {
                                                    const int64_t w__lo_288 = derive_imax(0, k_w);
                                                    const int64_t w__hi_289 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_288; w_ <= w__hi_289; ++w_)
                                                        grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))] * w[(((o) * C + c) * 5 + k_h) * 5 + k_w]);
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
                            const int64_t o_lo_282 = 0;
                            const int64_t o_hi_283 = ((-1) + O);
                            for (int64_t o = o_lo_282; o <= o_hi_283; ++o) {
                                {
                                    const int64_t k_h_lo_284 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_285 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_284; k_h <= k_h_hi_285; ++k_h) {
                                        {
                                            const int64_t k_w_lo_286 = size_276;
                                            const int64_t k_w_hi_287 = size_278;
                                            for (int64_t k_w = k_w_lo_286; k_w <= k_w_hi_287; ++k_w) {
                                                {
                                                    const int64_t w__lo_288 = derive_imax(0, k_w);
                                                    const int64_t w__hi_289 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_288; w_ <= w__hi_289; ++w_)
                                                        grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))] * w[(((o) * C + c) * 5 + k_h) * 5 + k_w]);
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
            int failed_291 = 0;
            const int64_t M_max_292 = C;
            const int64_t N_max_293 = (H * W);
            const int64_t K_max_294 = size_295;
            const int64_t M_296 = C;
            const int64_t N_297 = (H * W);
            const int64_t K_298 = size_295;
            const int64_t flops_299 = M_296 * N_297 * K_298 * (N);
            (void)flops_299;
            if (K_298 <= 0)
                for (int64_t q_300 = 0; q_300 < (N) * (C) * (H) * (W); ++q_300) grad_x[q_300] = 0;
            if (M_296 > 0 && N_297 > 0 && K_298 > 0) {
                float *a_mat_301 = (float *)calloc((size_t)(M_max_292 * K_max_294), sizeof(float));
                if (a_mat_301 == NULL) failed_291 = 1;
                else {
                    {
                        const int64_t ext_303 = C;
                        const int64_t o_last_304 = ((-1) + O);
                        const int64_t k_h_first_305 = size_271;
                        const int64_t k_h_last_306 = size_273;
                        const int64_t k_h_count_307 = size_275;
                        const int64_t k_w_first_308 = size_276;
                        const int64_t k_w_last_309 = size_278;
                        const int64_t k_w_count_310 = size_280;
                        const int64_t c_lo_311 = 0;
                        const int64_t c_hi_312 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_304; ++o) {
                            for (int64_t k_h = k_h_first_305; k_h <= k_h_last_306; ++k_h) {
                                for (int64_t k_w = k_w_first_308; k_w <= k_w_last_309; ++k_w) {
                                    float *restrict row_313 = a_mat_301 + ((k_w + ((-1) * k_w_first_308) + (k_w_count_310 * (k_h + ((-1) * k_h_first_305))) + (k_h_count_307 * k_w_count_310 * o))) * ext_303;
                                    for (int64_t c = c_lo_311; c <= c_hi_312; ++c)
                                        row_313[c - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_329 = flops_299;
                if (work_329 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_302 = (float *)calloc((size_t)(K_max_294 * N_max_293), sizeof(float));
                        if (b_mat_302 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_291 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_302 != NULL) {
                                {
                                    const int64_t ext_316 = W;
                                    const int64_t o_last_317 = ((-1) + O);
                                    const int64_t k_h_first_318 = size_271;
                                    const int64_t k_h_last_319 = size_273;
                                    const int64_t k_h_count_320 = size_275;
                                    const int64_t k_w_first_321 = size_276;
                                    const int64_t k_w_last_322 = size_278;
                                    const int64_t k_w_count_323 = size_280;
                                    const int64_t h_last_324 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_317; ++o) {
                                        for (int64_t k_h = k_h_first_318; k_h <= k_h_last_319; ++k_h) {
                                            for (int64_t k_w = k_w_first_321; k_w <= k_w_last_322; ++k_w) {
                                                const int64_t w__lo_325 = derive_imax(0, k_w);
                                                const int64_t w__hi_326 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t h = 0; h <= h_last_324; ++h) {
                                                    if (!(k_h >= derive_imax(0, (5 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(4, h))) continue;
                                                    float *restrict row_327 = b_mat_302 + ((h + (H * (k_w + ((-1) * k_w_first_321))) + (k_w_count_323 * H * (k_h + ((-1) * k_h_first_318))) + (k_h_count_320 * k_w_count_323 * o * H))) * ext_316;
                                                    for (int64_t w_ = w__lo_325; w_ <= w__hi_326; ++w_)
                                                        row_327[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_296, N_297, K_298, a_mat_301 + (0), 1, M_296, b_mat_302 + (0), N_297, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_291 = 1;
                                }
                            }
                        }
                        free(b_mat_302);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_302 = (float *)calloc((size_t)(K_max_294 * N_max_293), sizeof(float));
                        if (b_mat_302 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_291 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_302 != NULL) {
                                {
                                    const int64_t ext_316 = W;
                                    const int64_t o_last_317 = ((-1) + O);
                                    const int64_t k_h_first_318 = size_271;
                                    const int64_t k_h_last_319 = size_273;
                                    const int64_t k_h_count_320 = size_275;
                                    const int64_t k_w_first_321 = size_276;
                                    const int64_t k_w_last_322 = size_278;
                                    const int64_t k_w_count_323 = size_280;
                                    const int64_t h_last_324 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_317; ++o) {
                                        for (int64_t k_h = k_h_first_318; k_h <= k_h_last_319; ++k_h) {
                                            for (int64_t k_w = k_w_first_321; k_w <= k_w_last_322; ++k_w) {
                                                const int64_t w__lo_325 = derive_imax(0, k_w);
                                                const int64_t w__hi_326 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t h = 0; h <= h_last_324; ++h) {
                                                    if (!(k_h >= derive_imax(0, (5 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(4, h))) continue;
                                                    float *restrict row_327 = b_mat_302 + ((h + (H * (k_w + ((-1) * k_w_first_321))) + (k_w_count_323 * H * (k_h + ((-1) * k_h_first_318))) + (k_h_count_320 * k_w_count_323 * o * H))) * ext_316;
                                                    for (int64_t w_ = w__lo_325; w_ <= w__hi_326; ++w_)
                                                        row_327[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_296, N_297, K_298, a_mat_301 + (0), 1, M_296, b_mat_302 + (0), N_297, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_291 = 1;
                                }
                            }
                        }
                        free(b_mat_302);
                    }
                }
                free(a_mat_301);
            }
            if (failed_291) return 14;
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
    const int64_t size_331 = derive_imax(0, ((-4) + H));
    const int64_t size_332 = derive_imax(0, ((-4) + W));
    const int64_t size_333 = (25 * C * N * O * size_331 * size_332);
    const int64_t size_341 = derive_imax(1, ((-4) + H));
    const int64_t size_342 = derive_imax(1, ((-4) + W));
    const int64_t size_343 = (25 * C * N * O * size_341 * size_342);
    const int64_t size_350 = (size_331 * size_332);
    const int64_t products_330 = size_333;
    if (products_330 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_344 = size_343;
        if (work_344 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 5; ++k_h) {
                        for (int64_t k_w = 0; k_w < 5; ++k_w) {
                            float acc_334 = 0;
                            {
                                const int64_t n_lo_335 = 0;
                                const int64_t n_hi_336 = ((-1) + N);
                                for (int64_t n = n_lo_335; n <= n_hi_336; ++n) {
                                    {
                                        const int64_t i_lo_337 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_338 = derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_337; i <= i_hi_338; ++i) {
                                            {
                                                const int64_t j_lo_339 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_340 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_334)
    #endif
                                                for (int64_t j = j_lo_339; j <= j_hi_340; ++j) {
                                                    acc_334 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_334;
                        }
                    }
                }
            }
        } else
#endif
        {
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 5; ++k_h) {
                        for (int64_t k_w = 0; k_w < 5; ++k_w) {
                            float acc_334 = 0;
                            {
                                const int64_t n_lo_335 = 0;
                                const int64_t n_hi_336 = ((-1) + N);
                                for (int64_t n = n_lo_335; n <= n_hi_336; ++n) {
                                    {
                                        const int64_t i_lo_337 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_338 = derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_337; i <= i_hi_338; ++i) {
                                            {
                                                const int64_t j_lo_339 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_340 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_334)
    #endif
                                                for (int64_t j = j_lo_339; j <= j_hi_340; ++j) {
                                                    acc_334 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_334;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_345 = 0; q_345 < (O) * (C) * (5) * (5); ++q_345) grad_w[q_345] = 0;
        {
            int failed_346 = 0;
            const int64_t M_max_347 = O;
            const int64_t N_max_348 = (25 * C);
            const int64_t K_max_349 = size_350;
            const int64_t M_351 = O;
            const int64_t N_352 = (25 * C);
            const int64_t K_353 = size_350;
            const int64_t flops_354 = M_351 * N_352 * K_353 * (N);
            (void)flops_354;
            if (M_351 > 0 && N_352 > 0 && K_353 > 0) {
                int nparts_357 = 1;
#ifdef _OPENMP
                if (flops_354 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_357 = omp_get_max_threads();
#endif
                float *parts_358 = (float *)calloc((size_t)nparts_357 * (size_t)(M_351 * N_352), sizeof(float));
                if (parts_358 == NULL) failed_346 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_376 = flops_354;
                    if (work_376 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_357)
                        {
                            float *mine_359 = parts_358 + (size_t)DERIVE_THREAD * (size_t)(M_351 * N_352);
                            float *a_mat_355 = (float *)calloc((size_t)(M_max_347 * K_max_349), sizeof(float));
                            float *b_mat_356 = (float *)calloc((size_t)(K_max_349 * N_max_348), sizeof(float));
                            if (a_mat_355 == NULL || b_mat_356 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_346 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_355 != NULL && b_mat_356 != NULL) {
                                    {
                                        const int64_t ext_360 = size_332;
                                        const int64_t o_last_361 = ((-1) + O);
                                        const int64_t i_last_362 = ((-5) + H);
                                        const int64_t i_count_363 = size_331;
                                        const int64_t j_lo_364 = 0;
                                        const int64_t j_hi_365 = ((-5) + W);
                                        for (int64_t o = 0; o <= o_last_361; ++o) {
                                            for (int64_t i = 0; i <= i_last_362; ++i) {
                                                float *restrict row_366 = a_mat_355 + ((i + (i_count_363 * o))) * ext_360;
                                                for (int64_t j = j_lo_364; j <= j_hi_365; ++j)
                                                    row_366[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_368 = size_332;
                                        const int64_t c_last_369 = ((-1) + C);
                                        const int64_t i_last_370 = ((-5) + H);
                                        const int64_t i_count_371 = size_331;
                                        for (int64_t c = 0; c <= c_last_369; ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    const int64_t j_lo_372 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_373 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_370; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h))))) continue;
                                                        float *restrict row_374 = b_mat_356 + ((i + (i_count_371 * k_w) + (5 * i_count_371 * k_h) + (25 * c * i_count_371))) * ext_368;
                                                        for (int64_t j = j_lo_372; j <= j_hi_373; ++j)
                                                            row_374[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_351, N_352, K_353, a_mat_355 + (0), K_353, 1, b_mat_356 + (0), 1, K_353, mine_359, N_352, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_346 = 1;
                                    }
                                }
                            }
                            free(a_mat_355);
                            free(b_mat_356);
                        }
                    } else
#endif
                    {
                        {
                            float *mine_359 = parts_358 + (size_t)DERIVE_THREAD * (size_t)(M_351 * N_352);
                            float *a_mat_355 = (float *)calloc((size_t)(M_max_347 * K_max_349), sizeof(float));
                            float *b_mat_356 = (float *)calloc((size_t)(K_max_349 * N_max_348), sizeof(float));
                            if (a_mat_355 == NULL || b_mat_356 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_346 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_355 != NULL && b_mat_356 != NULL) {
                                    {
                                        const int64_t ext_360 = size_332;
                                        const int64_t o_last_361 = ((-1) + O);
                                        const int64_t i_last_362 = ((-5) + H);
                                        const int64_t i_count_363 = size_331;
                                        const int64_t j_lo_364 = 0;
                                        const int64_t j_hi_365 = ((-5) + W);
                                        for (int64_t o = 0; o <= o_last_361; ++o) {
                                            for (int64_t i = 0; i <= i_last_362; ++i) {
                                                float *restrict row_366 = a_mat_355 + ((i + (i_count_363 * o))) * ext_360;
                                                for (int64_t j = j_lo_364; j <= j_hi_365; ++j)
                                                    row_366[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_368 = size_332;
                                        const int64_t c_last_369 = ((-1) + C);
                                        const int64_t i_last_370 = ((-5) + H);
                                        const int64_t i_count_371 = size_331;
                                        for (int64_t c = 0; c <= c_last_369; ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    const int64_t j_lo_372 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_373 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_370; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h))))) continue;
                                                        float *restrict row_374 = b_mat_356 + ((i + (i_count_371 * k_w) + (5 * i_count_371 * k_h) + (25 * c * i_count_371))) * ext_368;
                                                        for (int64_t j = j_lo_372; j <= j_hi_373; ++j)
                                                            row_374[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_351, N_352, K_353, a_mat_355 + (0), K_353, 1, b_mat_356 + (0), 1, K_353, mine_359, N_352, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_346 = 1;
                                    }
                                }
                            }
                            free(a_mat_355);
                            free(b_mat_356);
                        }
                    }
                    for (int part_377 = 0; part_377 < nparts_357; ++part_377)
                        for (int64_t m_378 = 0; m_378 < M_351; ++m_378)
                            for (int64_t n_379 = 0; n_379 < N_352; ++n_379)
                                grad_w[(0) + m_378 * (25 * C) + n_379 * 1] += parts_358[((size_t)part_377 * (size_t)M_351 + (size_t)m_378) * (size_t)N_352 + (size_t)n_379];
                    free(parts_358);
                }
            }
            if (failed_346) return 14;
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
    const int64_t size_387 = derive_imax(1, ((-4) + H));
    const int64_t size_388 = derive_imax(1, ((-4) + W));
    const int64_t size_389 = (N * O * size_387 * size_388);
#ifdef _OPENMP
    const int64_t work_390 = size_389;
    if (work_390 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            float acc_380 = 0;
            {
                const int64_t n_lo_381 = 0;
                const int64_t n_hi_382 = ((-1) + N);
                for (int64_t n = n_lo_381; n <= n_hi_382; ++n) {
                    {
                        const int64_t i_lo_383 = 0;
                        const int64_t i_hi_384 = ((-5) + H);
                        for (int64_t i = i_lo_383; i <= i_hi_384; ++i) {
                            {
                                const int64_t j_lo_385 = 0;
                                const int64_t j_hi_386 = ((-5) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_380)
    #endif
                                for (int64_t j = j_lo_385; j <= j_hi_386; ++j) {
                                    acc_380 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_380;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            float acc_380 = 0;
            {
                const int64_t n_lo_381 = 0;
                const int64_t n_hi_382 = ((-1) + N);
                for (int64_t n = n_lo_381; n <= n_hi_382; ++n) {
                    {
                        const int64_t i_lo_383 = 0;
                        const int64_t i_hi_384 = ((-5) + H);
                        for (int64_t i = i_lo_383; i <= i_hi_384; ++i) {
                            {
                                const int64_t j_lo_385 = 0;
                                const int64_t j_hi_386 = ((-5) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_380)
    #endif
                                for (int64_t j = j_lo_385; j <= j_hi_386; ++j) {
                                    acc_380 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_380;
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

