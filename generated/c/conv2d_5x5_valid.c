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
    const int64_t size_32 = (size_2 * size_3);
    const int64_t size_34 = (C * size_8 * size_13);
    const int64_t products_1 = size_14;
    if (products_1 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_25 = (C * N * O * (1 + derive_imin(4, ((-1) + H))) * (1 + derive_imin(4, ((-1) + W))) * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_25 >= 32768) {
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
                                    const int64_t k_h_lo_19 = 0;
                                    const int64_t k_h_hi_20 = 4;
                                    for (int64_t k_h = k_h_lo_19; k_h <= k_h_hi_20; ++k_h) {
                                        {
                                            const int64_t k_w_lo_21 = 0;
                                            const int64_t k_w_hi_22 = 4;
                                            for (int64_t k_w = k_w_lo_21; k_w <= k_w_hi_22; ++k_w) {
                                                {
                                                    const int64_t j_lo_23 = 0;
                                                    const int64_t j_hi_24 = ((-5) + W);
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
                                    const int64_t k_h_lo_19 = 0;
                                    const int64_t k_h_hi_20 = 4;
                                    for (int64_t k_h = k_h_lo_19; k_h <= k_h_hi_20; ++k_h) {
                                        {
                                            const int64_t k_w_lo_21 = 0;
                                            const int64_t k_w_hi_22 = 4;
                                            for (int64_t k_w = k_w_lo_21; k_w <= k_w_hi_22; ++k_w) {
                                                {
                                                    const int64_t j_lo_23 = 0;
                                                    const int64_t j_hi_24 = ((-5) + W);
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
        const int64_t work_28 = (N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_28 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_26 = 0;
                                const int64_t j_hi_27 = ((-5) + W);
                                for (int64_t j = j_lo_26; j <= j_hi_27; ++j)
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
                                const int64_t j_lo_26 = 0;
                                const int64_t j_hi_27 = ((-5) + W);
                                for (int64_t j = j_lo_26; j <= j_hi_27; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_29 = 0;
            const int64_t M_max_30 = O;
            const int64_t N_max_31 = size_32;
            const int64_t K_max_33 = size_34;
            const int64_t M_35 = O;
            const int64_t N_36 = size_32;
            const int64_t K_37 = size_34;
            const int64_t flops_38 = M_35 * N_36 * K_37 * (N);
            (void)flops_38;
            if (M_35 > 0 && N_36 > 0 && K_37 > 0) {
                double *a_mat_39 = (double *)calloc((size_t)(M_max_30 * K_max_33), sizeof(double));
                if (a_mat_39 == NULL) failed_29 = 1;
                else {
                    {
                        const int64_t ext_41 = O;
                        const int64_t c_last_42 = ((-1) + C);
                        const int64_t k_h_first_43 = size_4;
                        const int64_t k_h_last_44 = size_6;
                        const int64_t k_h_count_45 = size_8;
                        const int64_t k_w_first_46 = size_9;
                        const int64_t k_w_last_47 = size_11;
                        const int64_t k_w_count_48 = size_13;
                        const int64_t o_lo_49 = 0;
                        const int64_t o_hi_50 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_42; ++c) {
                            for (int64_t k_h = k_h_first_43; k_h <= k_h_last_44; ++k_h) {
                                for (int64_t k_w = k_w_first_46; k_w <= k_w_last_47; ++k_w) {
                                    double *restrict row_51 = a_mat_39 + ((k_w + ((-1) * k_w_first_46) + (k_w_count_48 * (k_h + ((-1) * k_h_first_43))) + (c * k_h_count_45 * k_w_count_48))) * ext_41;
                                    for (int64_t o = o_lo_49; o <= o_hi_50; ++o)
                                        row_51[o - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_68 = flops_38;
                if (work_68 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_40 = (double *)calloc((size_t)(K_max_33 * N_max_31), sizeof(double));
                        if (b_mat_40 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_29 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_40 != NULL) {
                                {
                                    const int64_t ext_54 = size_3;
                                    const int64_t c_last_55 = ((-1) + C);
                                    const int64_t k_h_first_56 = size_4;
                                    const int64_t k_h_last_57 = size_6;
                                    const int64_t k_h_count_58 = size_8;
                                    const int64_t k_w_first_59 = size_9;
                                    const int64_t k_w_last_60 = size_11;
                                    const int64_t k_w_count_61 = size_13;
                                    const int64_t i_last_62 = ((-5) + H);
                                    const int64_t i_count_63 = size_2;
                                    for (int64_t c = 0; c <= c_last_55; ++c) {
                                        for (int64_t k_h = k_h_first_56; k_h <= k_h_last_57; ++k_h) {
                                            for (int64_t k_w = k_w_first_59; k_w <= k_w_last_60; ++k_w) {
                                                const int64_t j_lo_64 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_65 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t i = 0; i <= i_last_62; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(4, ((-1) + H + ((-1) * i))))) continue;
                                                    double *restrict row_66 = b_mat_40 + ((i + (i_count_63 * (k_w + ((-1) * k_w_first_59))) + (i_count_63 * k_w_count_61 * (k_h + ((-1) * k_h_first_56))) + (c * i_count_63 * k_h_count_58 * k_w_count_61))) * ext_54;
                                                    for (int64_t j = j_lo_64; j <= j_hi_65; ++j)
                                                        row_66[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_35, N_36, K_37, a_mat_39 + (0), 1, M_35, b_mat_40 + (0), N_36, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_29 = 1;
                                }
                            }
                        }
                        free(b_mat_40);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_40 = (double *)calloc((size_t)(K_max_33 * N_max_31), sizeof(double));
                        if (b_mat_40 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_29 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_40 != NULL) {
                                {
                                    const int64_t ext_54 = size_3;
                                    const int64_t c_last_55 = ((-1) + C);
                                    const int64_t k_h_first_56 = size_4;
                                    const int64_t k_h_last_57 = size_6;
                                    const int64_t k_h_count_58 = size_8;
                                    const int64_t k_w_first_59 = size_9;
                                    const int64_t k_w_last_60 = size_11;
                                    const int64_t k_w_count_61 = size_13;
                                    const int64_t i_last_62 = ((-5) + H);
                                    const int64_t i_count_63 = size_2;
                                    for (int64_t c = 0; c <= c_last_55; ++c) {
                                        for (int64_t k_h = k_h_first_56; k_h <= k_h_last_57; ++k_h) {
                                            for (int64_t k_w = k_w_first_59; k_w <= k_w_last_60; ++k_w) {
                                                const int64_t j_lo_64 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_65 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t i = 0; i <= i_last_62; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(4, ((-1) + H + ((-1) * i))))) continue;
                                                    double *restrict row_66 = b_mat_40 + ((i + (i_count_63 * (k_w + ((-1) * k_w_first_59))) + (i_count_63 * k_w_count_61 * (k_h + ((-1) * k_h_first_56))) + (c * i_count_63 * k_h_count_58 * k_w_count_61))) * ext_54;
                                                    for (int64_t j = j_lo_64; j <= j_hi_65; ++j)
                                                        row_66[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_35, N_36, K_37, a_mat_39 + (0), 1, M_35, b_mat_40 + (0), N_36, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_29 = 1;
                                }
                            }
                        }
                        free(b_mat_40);
                    }
                }
                free(a_mat_39);
            }
            if (failed_29) return 14;
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
    const int64_t size_70 = derive_imax(0, (5 + ((-1) * H)));
    const int64_t size_71 = ((-1) * size_70);
    const int64_t size_72 = derive_imin(4, ((-1) + H));
    const int64_t size_73 = (1 + size_71 + size_72);
    const int64_t size_74 = derive_imax(0, size_73);
    const int64_t size_75 = derive_imax(0, (5 + ((-1) * W)));
    const int64_t size_76 = ((-1) * size_75);
    const int64_t size_77 = derive_imin(4, ((-1) + W));
    const int64_t size_78 = (1 + size_76 + size_77);
    const int64_t size_79 = derive_imax(0, size_78);
    const int64_t size_80 = (C * H * N * O * W * size_74 * size_79);
    const int64_t size_94 = (O * size_74 * size_79);
    const int64_t products_69 = size_80;
    if (products_69 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_89 = (C * H * N * O * W);
        if (work_89 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_81 = 0;
                            const int64_t o_hi_82 = ((-1) + O);
                            for (int64_t o = o_lo_81; o <= o_hi_82; ++o) {
                                {
                                    const int64_t k_h_lo_83 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_84 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_83; k_h <= k_h_hi_84; ++k_h) {
                                        {
                                            const int64_t k_w_lo_85 = size_75;
                                            const int64_t k_w_hi_86 = size_77;
                                            for (int64_t k_w = k_w_lo_85; k_w <= k_w_hi_86; ++k_w) {
                                                {
                                                    const int64_t w__lo_87 = derive_imax(0, k_w);
                                                    const int64_t w__hi_88 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_87; w_ <= w__hi_88; ++w_)
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
                            const int64_t o_lo_81 = 0;
                            const int64_t o_hi_82 = ((-1) + O);
                            for (int64_t o = o_lo_81; o <= o_hi_82; ++o) {
                                {
                                    const int64_t k_h_lo_83 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_84 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_83; k_h <= k_h_hi_84; ++k_h) {
                                        {
                                            const int64_t k_w_lo_85 = size_75;
                                            const int64_t k_w_hi_86 = size_77;
                                            for (int64_t k_w = k_w_lo_85; k_w <= k_w_hi_86; ++k_w) {
                                                {
                                                    const int64_t w__lo_87 = derive_imax(0, k_w);
                                                    const int64_t w__hi_88 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_87; w_ <= w__hi_88; ++w_)
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
            int failed_90 = 0;
            const int64_t M_max_91 = C;
            const int64_t N_max_92 = (H * W);
            const int64_t K_max_93 = size_94;
            const int64_t M_95 = C;
            const int64_t N_96 = (H * W);
            const int64_t K_97 = size_94;
            const int64_t flops_98 = M_95 * N_96 * K_97 * (N);
            (void)flops_98;
            if (K_97 <= 0)
                for (int64_t q_99 = 0; q_99 < (N) * (C) * (H) * (W); ++q_99) grad_x[q_99] = 0;
            if (M_95 > 0 && N_96 > 0 && K_97 > 0) {
                double *a_mat_100 = (double *)calloc((size_t)(M_max_91 * K_max_93), sizeof(double));
                if (a_mat_100 == NULL) failed_90 = 1;
                else {
                    {
                        const int64_t ext_102 = C;
                        const int64_t o_last_103 = ((-1) + O);
                        const int64_t k_h_first_104 = size_70;
                        const int64_t k_h_last_105 = size_72;
                        const int64_t k_h_count_106 = size_74;
                        const int64_t k_w_first_107 = size_75;
                        const int64_t k_w_last_108 = size_77;
                        const int64_t k_w_count_109 = size_79;
                        const int64_t c_lo_110 = 0;
                        const int64_t c_hi_111 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_103; ++o) {
                            for (int64_t k_h = k_h_first_104; k_h <= k_h_last_105; ++k_h) {
                                for (int64_t k_w = k_w_first_107; k_w <= k_w_last_108; ++k_w) {
                                    double *restrict row_112 = a_mat_100 + ((k_w + ((-1) * k_w_first_107) + (k_w_count_109 * (k_h + ((-1) * k_h_first_104))) + (k_h_count_106 * k_w_count_109 * o))) * ext_102;
                                    for (int64_t c = c_lo_110; c <= c_hi_111; ++c)
                                        row_112[c - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_128 = flops_98;
                if (work_128 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_101 = (double *)calloc((size_t)(K_max_93 * N_max_92), sizeof(double));
                        if (b_mat_101 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_90 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_101 != NULL) {
                                {
                                    const int64_t ext_115 = W;
                                    const int64_t o_last_116 = ((-1) + O);
                                    const int64_t k_h_first_117 = size_70;
                                    const int64_t k_h_last_118 = size_72;
                                    const int64_t k_h_count_119 = size_74;
                                    const int64_t k_w_first_120 = size_75;
                                    const int64_t k_w_last_121 = size_77;
                                    const int64_t k_w_count_122 = size_79;
                                    const int64_t h_last_123 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_116; ++o) {
                                        for (int64_t k_h = k_h_first_117; k_h <= k_h_last_118; ++k_h) {
                                            for (int64_t k_w = k_w_first_120; k_w <= k_w_last_121; ++k_w) {
                                                const int64_t w__lo_124 = derive_imax(0, k_w);
                                                const int64_t w__hi_125 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t h = 0; h <= h_last_123; ++h) {
                                                    if (!(k_h >= derive_imax(0, (5 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(4, h))) continue;
                                                    double *restrict row_126 = b_mat_101 + ((h + (H * (k_w + ((-1) * k_w_first_120))) + (k_w_count_122 * H * (k_h + ((-1) * k_h_first_117))) + (k_h_count_119 * k_w_count_122 * o * H))) * ext_115;
                                                    for (int64_t w_ = w__lo_124; w_ <= w__hi_125; ++w_)
                                                        row_126[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_95, N_96, K_97, a_mat_100 + (0), 1, M_95, b_mat_101 + (0), N_96, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_90 = 1;
                                }
                            }
                        }
                        free(b_mat_101);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_101 = (double *)calloc((size_t)(K_max_93 * N_max_92), sizeof(double));
                        if (b_mat_101 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_90 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_101 != NULL) {
                                {
                                    const int64_t ext_115 = W;
                                    const int64_t o_last_116 = ((-1) + O);
                                    const int64_t k_h_first_117 = size_70;
                                    const int64_t k_h_last_118 = size_72;
                                    const int64_t k_h_count_119 = size_74;
                                    const int64_t k_w_first_120 = size_75;
                                    const int64_t k_w_last_121 = size_77;
                                    const int64_t k_w_count_122 = size_79;
                                    const int64_t h_last_123 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_116; ++o) {
                                        for (int64_t k_h = k_h_first_117; k_h <= k_h_last_118; ++k_h) {
                                            for (int64_t k_w = k_w_first_120; k_w <= k_w_last_121; ++k_w) {
                                                const int64_t w__lo_124 = derive_imax(0, k_w);
                                                const int64_t w__hi_125 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t h = 0; h <= h_last_123; ++h) {
                                                    if (!(k_h >= derive_imax(0, (5 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(4, h))) continue;
                                                    double *restrict row_126 = b_mat_101 + ((h + (H * (k_w + ((-1) * k_w_first_120))) + (k_w_count_122 * H * (k_h + ((-1) * k_h_first_117))) + (k_h_count_119 * k_w_count_122 * o * H))) * ext_115;
                                                    for (int64_t w_ = w__lo_124; w_ <= w__hi_125; ++w_)
                                                        row_126[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_95, N_96, K_97, a_mat_100 + (0), 1, M_95, b_mat_101 + (0), N_96, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_90 = 1;
                                }
                            }
                        }
                        free(b_mat_101);
                    }
                }
                free(a_mat_100);
            }
            if (failed_90) return 14;
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
    const int64_t size_130 = derive_imax(0, ((-4) + H));
    const int64_t size_131 = derive_imax(0, ((-4) + W));
    const int64_t size_132 = (25 * C * N * O * size_130 * size_131);
    const int64_t size_147 = (size_130 * size_131);
    const int64_t products_129 = size_132;
    if (products_129 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_141 = (25 * C * N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_141 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 5; ++k_h) {
                        for (int64_t k_w = 0; k_w < 5; ++k_w) {
                            double acc_133 = 0;
                            double lanes_134[8] = {0};
                            {
                                const int64_t n_lo_135 = 0;
                                const int64_t n_hi_136 = ((-1) + N);
                                for (int64_t n = n_lo_135; n <= n_hi_136; ++n) {
                                    {
                                        const int64_t i_lo_137 = 0;
                                        const int64_t i_hi_138 = ((-5) + H);
                                        for (int64_t i = i_lo_137; i <= i_hi_138; ++i) {
                                            {
                                                const int64_t j_lo_139 = 0;
                                                const int64_t j_hi_140 = ((-5) + W);
                                                int64_t j = j_lo_139;
                                                for (; j <= j_hi_140 - 7; j += 8)
                                                    for (int lane = 0; lane < 8; ++lane)
                                                        lanes_134[lane] += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + (j + lane)] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w + lane)]);
                                                for (; j <= j_hi_140; ++j)
                                                    acc_133 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                            }
                                        }
                                    }
                                }
                            }
                            for (int lane_ = 0; lane_ < 8; ++lane_) acc_133 += lanes_134[lane_];
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_133;
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
                            double acc_133 = 0;
                            double lanes_134[8] = {0};
                            {
                                const int64_t n_lo_135 = 0;
                                const int64_t n_hi_136 = ((-1) + N);
                                for (int64_t n = n_lo_135; n <= n_hi_136; ++n) {
                                    {
                                        const int64_t i_lo_137 = 0;
                                        const int64_t i_hi_138 = ((-5) + H);
                                        for (int64_t i = i_lo_137; i <= i_hi_138; ++i) {
                                            {
                                                const int64_t j_lo_139 = 0;
                                                const int64_t j_hi_140 = ((-5) + W);
                                                int64_t j = j_lo_139;
                                                for (; j <= j_hi_140 - 7; j += 8)
                                                    for (int lane = 0; lane < 8; ++lane)
                                                        lanes_134[lane] += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + (j + lane)] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w + lane)]);
                                                for (; j <= j_hi_140; ++j)
                                                    acc_133 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                            }
                                        }
                                    }
                                }
                            }
                            for (int lane_ = 0; lane_ < 8; ++lane_) acc_133 += lanes_134[lane_];
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_133;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_142 = 0; q_142 < (O) * (C) * (5) * (5); ++q_142) grad_w[q_142] = 0;
        {
            int failed_143 = 0;
            const int64_t M_max_144 = O;
            const int64_t N_max_145 = (25 * C);
            const int64_t K_max_146 = size_147;
            const int64_t M_148 = O;
            const int64_t N_149 = (25 * C);
            const int64_t K_150 = size_147;
            const int64_t flops_151 = M_148 * N_149 * K_150 * (N);
            (void)flops_151;
            if (M_148 > 0 && N_149 > 0 && K_150 > 0) {
                int nparts_154 = 1;
#ifdef _OPENMP
                if (flops_151 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_154 = omp_get_max_threads();
#endif
                double *parts_155 = (double *)calloc((size_t)nparts_154 * (size_t)(M_148 * N_149), sizeof(double));
                if (parts_155 == NULL) failed_143 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_173 = flops_151;
                    if (work_173 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_154)
                        {
                            double *mine_156 = parts_155 + (size_t)DERIVE_THREAD * (size_t)(M_148 * N_149);
                            double *a_mat_152 = (double *)calloc((size_t)(M_max_144 * K_max_146), sizeof(double));
                            double *b_mat_153 = (double *)calloc((size_t)(K_max_146 * N_max_145), sizeof(double));
                            if (a_mat_152 == NULL || b_mat_153 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_143 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_152 != NULL && b_mat_153 != NULL) {
                                    {
                                        const int64_t ext_157 = size_131;
                                        const int64_t o_last_158 = ((-1) + O);
                                        const int64_t i_last_159 = ((-5) + H);
                                        const int64_t i_count_160 = size_130;
                                        const int64_t j_lo_161 = 0;
                                        const int64_t j_hi_162 = ((-5) + W);
                                        for (int64_t o = 0; o <= o_last_158; ++o) {
                                            for (int64_t i = 0; i <= i_last_159; ++i) {
                                                double *restrict row_163 = a_mat_152 + ((i + (i_count_160 * o))) * ext_157;
                                                for (int64_t j = j_lo_161; j <= j_hi_162; ++j)
                                                    row_163[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_165 = size_131;
                                        const int64_t c_last_166 = ((-1) + C);
                                        const int64_t i_last_167 = ((-5) + H);
                                        const int64_t i_count_168 = size_130;
                                        for (int64_t c = 0; c <= c_last_166; ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    const int64_t j_lo_169 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_170 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_167; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h))))) continue;
                                                        double *restrict row_171 = b_mat_153 + ((i + (i_count_168 * k_w) + (5 * i_count_168 * k_h) + (25 * c * i_count_168))) * ext_165;
                                                        for (int64_t j = j_lo_169; j <= j_hi_170; ++j)
                                                            row_171[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_148, N_149, K_150, a_mat_152 + (0), K_150, 1, b_mat_153 + (0), 1, K_150, mine_156, N_149, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_143 = 1;
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
                            double *a_mat_152 = (double *)calloc((size_t)(M_max_144 * K_max_146), sizeof(double));
                            double *b_mat_153 = (double *)calloc((size_t)(K_max_146 * N_max_145), sizeof(double));
                            if (a_mat_152 == NULL || b_mat_153 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_143 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_152 != NULL && b_mat_153 != NULL) {
                                    {
                                        const int64_t ext_157 = size_131;
                                        const int64_t o_last_158 = ((-1) + O);
                                        const int64_t i_last_159 = ((-5) + H);
                                        const int64_t i_count_160 = size_130;
                                        const int64_t j_lo_161 = 0;
                                        const int64_t j_hi_162 = ((-5) + W);
                                        for (int64_t o = 0; o <= o_last_158; ++o) {
                                            for (int64_t i = 0; i <= i_last_159; ++i) {
                                                double *restrict row_163 = a_mat_152 + ((i + (i_count_160 * o))) * ext_157;
                                                for (int64_t j = j_lo_161; j <= j_hi_162; ++j)
                                                    row_163[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_165 = size_131;
                                        const int64_t c_last_166 = ((-1) + C);
                                        const int64_t i_last_167 = ((-5) + H);
                                        const int64_t i_count_168 = size_130;
                                        for (int64_t c = 0; c <= c_last_166; ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    const int64_t j_lo_169 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_170 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_167; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h))))) continue;
                                                        double *restrict row_171 = b_mat_153 + ((i + (i_count_168 * k_w) + (5 * i_count_168 * k_h) + (25 * c * i_count_168))) * ext_165;
                                                        for (int64_t j = j_lo_169; j <= j_hi_170; ++j)
                                                            row_171[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_148, N_149, K_150, a_mat_152 + (0), K_150, 1, b_mat_153 + (0), 1, K_150, mine_156, N_149, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_143 = 1;
                                    }
                                }
                            }
                            free(a_mat_152);
                            free(b_mat_153);
                        }
                    }
                    for (int part_174 = 0; part_174 < nparts_154; ++part_174)
                        for (int64_t m_175 = 0; m_175 < M_148; ++m_175)
                            for (int64_t n_176 = 0; n_176 < N_149; ++n_176)
                                grad_w[(0) + m_175 * (25 * C) + n_176 * 1] += parts_155[((size_t)part_174 * (size_t)M_148 + (size_t)m_175) * (size_t)N_149 + (size_t)n_176];
                    free(parts_155);
                }
            }
            if (failed_143) return 14;
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
    const int64_t work_185 = (N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
    if (work_185 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            double acc_177 = 0;
            double lanes_178[8] = {0};
            {
                const int64_t n_lo_179 = 0;
                const int64_t n_hi_180 = ((-1) + N);
                for (int64_t n = n_lo_179; n <= n_hi_180; ++n) {
                    {
                        const int64_t i_lo_181 = 0;
                        const int64_t i_hi_182 = ((-5) + H);
                        for (int64_t i = i_lo_181; i <= i_hi_182; ++i) {
                            {
                                const int64_t j_lo_183 = 0;
                                const int64_t j_hi_184 = ((-5) + W);
                                int64_t j = j_lo_183;
                                for (; j <= j_hi_184 - 7; j += 8)
                                    for (int lane__ = 0; lane__ < 8; ++lane__)
                                        lanes_178[lane__] += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + (j + lane__)];
                                for (; j <= j_hi_184; ++j)
                                    acc_177 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                            }
                        }
                    }
                }
            }
            for (int lane___ = 0; lane___ < 8; ++lane___) acc_177 += lanes_178[lane___];
            grad_b[o] = acc_177;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            double acc_177 = 0;
            double lanes_178[8] = {0};
            {
                const int64_t n_lo_179 = 0;
                const int64_t n_hi_180 = ((-1) + N);
                for (int64_t n = n_lo_179; n <= n_hi_180; ++n) {
                    {
                        const int64_t i_lo_181 = 0;
                        const int64_t i_hi_182 = ((-5) + H);
                        for (int64_t i = i_lo_181; i <= i_hi_182; ++i) {
                            {
                                const int64_t j_lo_183 = 0;
                                const int64_t j_hi_184 = ((-5) + W);
                                int64_t j = j_lo_183;
                                for (; j <= j_hi_184 - 7; j += 8)
                                    for (int lane__ = 0; lane__ < 8; ++lane__)
                                        lanes_178[lane__] += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + (j + lane__)];
                                for (; j <= j_hi_184; ++j)
                                    acc_177 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                            }
                        }
                    }
                }
            }
            for (int lane___ = 0; lane___ < 8; ++lane___) acc_177 += lanes_178[lane___];
            grad_b[o] = acc_177;
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
    const int64_t size_187 = derive_imax(0, ((-4) + H));
    const int64_t size_188 = derive_imax(0, ((-4) + W));
    const int64_t size_189 = derive_imax(0, (5 + ((-1) * H)));
    const int64_t size_190 = ((-1) * size_189);
    const int64_t size_191 = derive_imin(4, ((-1) + H));
    const int64_t size_192 = (1 + size_190 + size_191);
    const int64_t size_193 = derive_imax(0, size_192);
    const int64_t size_194 = derive_imax(0, (5 + ((-1) * W)));
    const int64_t size_195 = ((-1) * size_194);
    const int64_t size_196 = derive_imin(4, ((-1) + W));
    const int64_t size_197 = (1 + size_195 + size_196);
    const int64_t size_198 = derive_imax(0, size_197);
    const int64_t size_199 = (C * N * O * size_187 * size_188 * size_193 * size_198);
    const int64_t size_217 = (size_187 * size_188);
    const int64_t size_219 = (C * size_193 * size_198);
    const int64_t products_186 = size_199;
    if (products_186 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_210 = (C * N * O * (1 + derive_imin(4, ((-1) + H))) * (1 + derive_imin(4, ((-1) + W))) * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_210 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_200 = 0;
                                const int64_t j_hi_201 = ((-5) + W);
                                for (int64_t j = j_lo_200; j <= j_hi_201; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_202 = 0;
                            const int64_t c_hi_203 = ((-1) + C);
                            for (int64_t c = c_lo_202; c <= c_hi_203; ++c) {
                                {
                                    const int64_t k_h_lo_204 = 0;
                                    const int64_t k_h_hi_205 = 4;
                                    for (int64_t k_h = k_h_lo_204; k_h <= k_h_hi_205; ++k_h) {
                                        {
                                            const int64_t k_w_lo_206 = 0;
                                            const int64_t k_w_hi_207 = 4;
                                            for (int64_t k_w = k_w_lo_206; k_w <= k_w_hi_207; ++k_w) {
                                                {
                                                    const int64_t j_lo_208 = 0;
                                                    const int64_t j_hi_209 = ((-5) + W);
                                                    for (int64_t j = j_lo_208; j <= j_hi_209; ++j)
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
                                const int64_t j_lo_200 = 0;
                                const int64_t j_hi_201 = ((-5) + W);
                                for (int64_t j = j_lo_200; j <= j_hi_201; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_202 = 0;
                            const int64_t c_hi_203 = ((-1) + C);
                            for (int64_t c = c_lo_202; c <= c_hi_203; ++c) {
                                {
                                    const int64_t k_h_lo_204 = 0;
                                    const int64_t k_h_hi_205 = 4;
                                    for (int64_t k_h = k_h_lo_204; k_h <= k_h_hi_205; ++k_h) {
                                        {
                                            const int64_t k_w_lo_206 = 0;
                                            const int64_t k_w_hi_207 = 4;
                                            for (int64_t k_w = k_w_lo_206; k_w <= k_w_hi_207; ++k_w) {
                                                {
                                                    const int64_t j_lo_208 = 0;
                                                    const int64_t j_hi_209 = ((-5) + W);
                                                    for (int64_t j = j_lo_208; j <= j_hi_209; ++j)
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
        const int64_t work_213 = (N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_213 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        {
                            {
                                const int64_t j_lo_211 = 0;
                                const int64_t j_hi_212 = ((-5) + W);
                                for (int64_t j = j_lo_211; j <= j_hi_212; ++j)
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
                                const int64_t j_lo_211 = 0;
                                const int64_t j_hi_212 = ((-5) + W);
                                for (int64_t j = j_lo_211; j <= j_hi_212; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_214 = 0;
            const int64_t M_max_215 = O;
            const int64_t N_max_216 = size_217;
            const int64_t K_max_218 = size_219;
            const int64_t M_220 = O;
            const int64_t N_221 = size_217;
            const int64_t K_222 = size_219;
            const int64_t flops_223 = M_220 * N_221 * K_222 * (N);
            (void)flops_223;
            if (M_220 > 0 && N_221 > 0 && K_222 > 0) {
                float *a_mat_224 = (float *)calloc((size_t)(M_max_215 * K_max_218), sizeof(float));
                if (a_mat_224 == NULL) failed_214 = 1;
                else {
                    {
                        const int64_t ext_226 = O;
                        const int64_t c_last_227 = ((-1) + C);
                        const int64_t k_h_first_228 = size_189;
                        const int64_t k_h_last_229 = size_191;
                        const int64_t k_h_count_230 = size_193;
                        const int64_t k_w_first_231 = size_194;
                        const int64_t k_w_last_232 = size_196;
                        const int64_t k_w_count_233 = size_198;
                        const int64_t o_lo_234 = 0;
                        const int64_t o_hi_235 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_227; ++c) {
                            for (int64_t k_h = k_h_first_228; k_h <= k_h_last_229; ++k_h) {
                                for (int64_t k_w = k_w_first_231; k_w <= k_w_last_232; ++k_w) {
                                    float *restrict row_236 = a_mat_224 + ((k_w + ((-1) * k_w_first_231) + (k_w_count_233 * (k_h + ((-1) * k_h_first_228))) + (c * k_h_count_230 * k_w_count_233))) * ext_226;
                                    for (int64_t o = o_lo_234; o <= o_hi_235; ++o)
                                        row_236[o - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_253 = flops_223;
                if (work_253 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_225 = (float *)calloc((size_t)(K_max_218 * N_max_216), sizeof(float));
                        if (b_mat_225 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_214 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_225 != NULL) {
                                {
                                    const int64_t ext_239 = size_188;
                                    const int64_t c_last_240 = ((-1) + C);
                                    const int64_t k_h_first_241 = size_189;
                                    const int64_t k_h_last_242 = size_191;
                                    const int64_t k_h_count_243 = size_193;
                                    const int64_t k_w_first_244 = size_194;
                                    const int64_t k_w_last_245 = size_196;
                                    const int64_t k_w_count_246 = size_198;
                                    const int64_t i_last_247 = ((-5) + H);
                                    const int64_t i_count_248 = size_187;
                                    for (int64_t c = 0; c <= c_last_240; ++c) {
                                        for (int64_t k_h = k_h_first_241; k_h <= k_h_last_242; ++k_h) {
                                            for (int64_t k_w = k_w_first_244; k_w <= k_w_last_245; ++k_w) {
                                                const int64_t j_lo_249 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_250 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t i = 0; i <= i_last_247; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(4, ((-1) + H + ((-1) * i))))) continue;
                                                    float *restrict row_251 = b_mat_225 + ((i + (i_count_248 * (k_w + ((-1) * k_w_first_244))) + (i_count_248 * k_w_count_246 * (k_h + ((-1) * k_h_first_241))) + (c * i_count_248 * k_h_count_243 * k_w_count_246))) * ext_239;
                                                    for (int64_t j = j_lo_249; j <= j_hi_250; ++j)
                                                        row_251[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_220, N_221, K_222, a_mat_224 + (0), 1, M_220, b_mat_225 + (0), N_221, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_214 = 1;
                                }
                            }
                        }
                        free(b_mat_225);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_225 = (float *)calloc((size_t)(K_max_218 * N_max_216), sizeof(float));
                        if (b_mat_225 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_214 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_225 != NULL) {
                                {
                                    const int64_t ext_239 = size_188;
                                    const int64_t c_last_240 = ((-1) + C);
                                    const int64_t k_h_first_241 = size_189;
                                    const int64_t k_h_last_242 = size_191;
                                    const int64_t k_h_count_243 = size_193;
                                    const int64_t k_w_first_244 = size_194;
                                    const int64_t k_w_last_245 = size_196;
                                    const int64_t k_w_count_246 = size_198;
                                    const int64_t i_last_247 = ((-5) + H);
                                    const int64_t i_count_248 = size_187;
                                    for (int64_t c = 0; c <= c_last_240; ++c) {
                                        for (int64_t k_h = k_h_first_241; k_h <= k_h_last_242; ++k_h) {
                                            for (int64_t k_w = k_w_first_244; k_w <= k_w_last_245; ++k_w) {
                                                const int64_t j_lo_249 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_250 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t i = 0; i <= i_last_247; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(4, ((-1) + H + ((-1) * i))))) continue;
                                                    float *restrict row_251 = b_mat_225 + ((i + (i_count_248 * (k_w + ((-1) * k_w_first_244))) + (i_count_248 * k_w_count_246 * (k_h + ((-1) * k_h_first_241))) + (c * i_count_248 * k_h_count_243 * k_w_count_246))) * ext_239;
                                                    for (int64_t j = j_lo_249; j <= j_hi_250; ++j)
                                                        row_251[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_220, N_221, K_222, a_mat_224 + (0), 1, M_220, b_mat_225 + (0), N_221, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_214 = 1;
                                }
                            }
                        }
                        free(b_mat_225);
                    }
                }
                free(a_mat_224);
            }
            if (failed_214) return 14;
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
    const int64_t size_255 = derive_imax(0, (5 + ((-1) * H)));
    const int64_t size_256 = ((-1) * size_255);
    const int64_t size_257 = derive_imin(4, ((-1) + H));
    const int64_t size_258 = (1 + size_256 + size_257);
    const int64_t size_259 = derive_imax(0, size_258);
    const int64_t size_260 = derive_imax(0, (5 + ((-1) * W)));
    const int64_t size_261 = ((-1) * size_260);
    const int64_t size_262 = derive_imin(4, ((-1) + W));
    const int64_t size_263 = (1 + size_261 + size_262);
    const int64_t size_264 = derive_imax(0, size_263);
    const int64_t size_265 = (C * H * N * O * W * size_259 * size_264);
    const int64_t size_279 = (O * size_259 * size_264);
    const int64_t products_254 = size_265;
    if (products_254 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_274 = (C * H * N * O * W);
        if (work_274 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_266 = 0;
                            const int64_t o_hi_267 = ((-1) + O);
                            for (int64_t o = o_lo_266; o <= o_hi_267; ++o) {
                                {
                                    const int64_t k_h_lo_268 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_269 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_268; k_h <= k_h_hi_269; ++k_h) {
                                        {
                                            const int64_t k_w_lo_270 = size_260;
                                            const int64_t k_w_hi_271 = size_262;
                                            for (int64_t k_w = k_w_lo_270; k_w <= k_w_hi_271; ++k_w) {
                                                {
                                                    const int64_t w__lo_272 = derive_imax(0, k_w);
                                                    const int64_t w__hi_273 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_272; w_ <= w__hi_273; ++w_)
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
                            const int64_t o_lo_266 = 0;
                            const int64_t o_hi_267 = ((-1) + O);
                            for (int64_t o = o_lo_266; o <= o_hi_267; ++o) {
                                {
                                    const int64_t k_h_lo_268 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_269 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_268; k_h <= k_h_hi_269; ++k_h) {
                                        {
                                            const int64_t k_w_lo_270 = size_260;
                                            const int64_t k_w_hi_271 = size_262;
                                            for (int64_t k_w = k_w_lo_270; k_w <= k_w_hi_271; ++k_w) {
                                                {
                                                    const int64_t w__lo_272 = derive_imax(0, k_w);
                                                    const int64_t w__hi_273 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_272; w_ <= w__hi_273; ++w_)
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
            int failed_275 = 0;
            const int64_t M_max_276 = C;
            const int64_t N_max_277 = (H * W);
            const int64_t K_max_278 = size_279;
            const int64_t M_280 = C;
            const int64_t N_281 = (H * W);
            const int64_t K_282 = size_279;
            const int64_t flops_283 = M_280 * N_281 * K_282 * (N);
            (void)flops_283;
            if (K_282 <= 0)
                for (int64_t q_284 = 0; q_284 < (N) * (C) * (H) * (W); ++q_284) grad_x[q_284] = 0;
            if (M_280 > 0 && N_281 > 0 && K_282 > 0) {
                float *a_mat_285 = (float *)calloc((size_t)(M_max_276 * K_max_278), sizeof(float));
                if (a_mat_285 == NULL) failed_275 = 1;
                else {
                    {
                        const int64_t ext_287 = C;
                        const int64_t o_last_288 = ((-1) + O);
                        const int64_t k_h_first_289 = size_255;
                        const int64_t k_h_last_290 = size_257;
                        const int64_t k_h_count_291 = size_259;
                        const int64_t k_w_first_292 = size_260;
                        const int64_t k_w_last_293 = size_262;
                        const int64_t k_w_count_294 = size_264;
                        const int64_t c_lo_295 = 0;
                        const int64_t c_hi_296 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_288; ++o) {
                            for (int64_t k_h = k_h_first_289; k_h <= k_h_last_290; ++k_h) {
                                for (int64_t k_w = k_w_first_292; k_w <= k_w_last_293; ++k_w) {
                                    float *restrict row_297 = a_mat_285 + ((k_w + ((-1) * k_w_first_292) + (k_w_count_294 * (k_h + ((-1) * k_h_first_289))) + (k_h_count_291 * k_w_count_294 * o))) * ext_287;
                                    for (int64_t c = c_lo_295; c <= c_hi_296; ++c)
                                        row_297[c - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_313 = flops_283;
                if (work_313 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_286 = (float *)calloc((size_t)(K_max_278 * N_max_277), sizeof(float));
                        if (b_mat_286 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_275 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_286 != NULL) {
                                {
                                    const int64_t ext_300 = W;
                                    const int64_t o_last_301 = ((-1) + O);
                                    const int64_t k_h_first_302 = size_255;
                                    const int64_t k_h_last_303 = size_257;
                                    const int64_t k_h_count_304 = size_259;
                                    const int64_t k_w_first_305 = size_260;
                                    const int64_t k_w_last_306 = size_262;
                                    const int64_t k_w_count_307 = size_264;
                                    const int64_t h_last_308 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_301; ++o) {
                                        for (int64_t k_h = k_h_first_302; k_h <= k_h_last_303; ++k_h) {
                                            for (int64_t k_w = k_w_first_305; k_w <= k_w_last_306; ++k_w) {
                                                const int64_t w__lo_309 = derive_imax(0, k_w);
                                                const int64_t w__hi_310 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t h = 0; h <= h_last_308; ++h) {
                                                    if (!(k_h >= derive_imax(0, (5 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(4, h))) continue;
                                                    float *restrict row_311 = b_mat_286 + ((h + (H * (k_w + ((-1) * k_w_first_305))) + (k_w_count_307 * H * (k_h + ((-1) * k_h_first_302))) + (k_h_count_304 * k_w_count_307 * o * H))) * ext_300;
                                                    for (int64_t w_ = w__lo_309; w_ <= w__hi_310; ++w_)
                                                        row_311[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_280, N_281, K_282, a_mat_285 + (0), 1, M_280, b_mat_286 + (0), N_281, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_275 = 1;
                                }
                            }
                        }
                        free(b_mat_286);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_286 = (float *)calloc((size_t)(K_max_278 * N_max_277), sizeof(float));
                        if (b_mat_286 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_275 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_286 != NULL) {
                                {
                                    const int64_t ext_300 = W;
                                    const int64_t o_last_301 = ((-1) + O);
                                    const int64_t k_h_first_302 = size_255;
                                    const int64_t k_h_last_303 = size_257;
                                    const int64_t k_h_count_304 = size_259;
                                    const int64_t k_w_first_305 = size_260;
                                    const int64_t k_w_last_306 = size_262;
                                    const int64_t k_w_count_307 = size_264;
                                    const int64_t h_last_308 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_301; ++o) {
                                        for (int64_t k_h = k_h_first_302; k_h <= k_h_last_303; ++k_h) {
                                            for (int64_t k_w = k_w_first_305; k_w <= k_w_last_306; ++k_w) {
                                                const int64_t w__lo_309 = derive_imax(0, k_w);
                                                const int64_t w__hi_310 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 4)) continue;
                                                for (int64_t h = 0; h <= h_last_308; ++h) {
                                                    if (!(k_h >= derive_imax(0, (5 + h + ((-1) * H))))) continue;
                                                    if (!(k_h <= derive_imin(4, h))) continue;
                                                    float *restrict row_311 = b_mat_286 + ((h + (H * (k_w + ((-1) * k_w_first_305))) + (k_w_count_307 * H * (k_h + ((-1) * k_h_first_302))) + (k_h_count_304 * k_w_count_307 * o * H))) * ext_300;
                                                    for (int64_t w_ = w__lo_309; w_ <= w__hi_310; ++w_)
                                                        row_311[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_280, N_281, K_282, a_mat_285 + (0), 1, M_280, b_mat_286 + (0), N_281, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_275 = 1;
                                }
                            }
                        }
                        free(b_mat_286);
                    }
                }
                free(a_mat_285);
            }
            if (failed_275) return 14;
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
    const int64_t size_315 = derive_imax(0, ((-4) + H));
    const int64_t size_316 = derive_imax(0, ((-4) + W));
    const int64_t size_317 = (25 * C * N * O * size_315 * size_316);
    const int64_t size_332 = (size_315 * size_316);
    const int64_t products_314 = size_317;
    if (products_314 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_326 = (25 * C * N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_326 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 5; ++k_h) {
                        for (int64_t k_w = 0; k_w < 5; ++k_w) {
                            float acc_318 = 0;
                            float lanes_319[16] = {0};
                            {
                                const int64_t n_lo_320 = 0;
                                const int64_t n_hi_321 = ((-1) + N);
                                for (int64_t n = n_lo_320; n <= n_hi_321; ++n) {
                                    {
                                        const int64_t i_lo_322 = 0;
                                        const int64_t i_hi_323 = ((-5) + H);
                                        for (int64_t i = i_lo_322; i <= i_hi_323; ++i) {
                                            {
                                                const int64_t j_lo_324 = 0;
                                                const int64_t j_hi_325 = ((-5) + W);
                                                int64_t j = j_lo_324;
                                                for (; j <= j_hi_325 - 15; j += 16)
                                                    for (int lane____ = 0; lane____ < 16; ++lane____)
                                                        lanes_319[lane____] += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + (j + lane____)] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w + lane____)]);
                                                for (; j <= j_hi_325; ++j)
                                                    acc_318 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                            }
                                        }
                                    }
                                }
                            }
                            for (int lane_____ = 0; lane_____ < 16; ++lane_____) acc_318 += lanes_319[lane_____];
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_318;
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
                            float acc_318 = 0;
                            float lanes_319[16] = {0};
                            {
                                const int64_t n_lo_320 = 0;
                                const int64_t n_hi_321 = ((-1) + N);
                                for (int64_t n = n_lo_320; n <= n_hi_321; ++n) {
                                    {
                                        const int64_t i_lo_322 = 0;
                                        const int64_t i_hi_323 = ((-5) + H);
                                        for (int64_t i = i_lo_322; i <= i_hi_323; ++i) {
                                            {
                                                const int64_t j_lo_324 = 0;
                                                const int64_t j_hi_325 = ((-5) + W);
                                                int64_t j = j_lo_324;
                                                for (; j <= j_hi_325 - 15; j += 16)
                                                    for (int lane____ = 0; lane____ < 16; ++lane____)
                                                        lanes_319[lane____] += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + (j + lane____)] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w + lane____)]);
                                                for (; j <= j_hi_325; ++j)
                                                    acc_318 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                            }
                                        }
                                    }
                                }
                            }
                            for (int lane_____ = 0; lane_____ < 16; ++lane_____) acc_318 += lanes_319[lane_____];
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_318;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_327 = 0; q_327 < (O) * (C) * (5) * (5); ++q_327) grad_w[q_327] = 0;
        {
            int failed_328 = 0;
            const int64_t M_max_329 = O;
            const int64_t N_max_330 = (25 * C);
            const int64_t K_max_331 = size_332;
            const int64_t M_333 = O;
            const int64_t N_334 = (25 * C);
            const int64_t K_335 = size_332;
            const int64_t flops_336 = M_333 * N_334 * K_335 * (N);
            (void)flops_336;
            if (M_333 > 0 && N_334 > 0 && K_335 > 0) {
                int nparts_339 = 1;
#ifdef _OPENMP
                if (flops_336 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_339 = omp_get_max_threads();
#endif
                float *parts_340 = (float *)calloc((size_t)nparts_339 * (size_t)(M_333 * N_334), sizeof(float));
                if (parts_340 == NULL) failed_328 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_358 = flops_336;
                    if (work_358 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_339)
                        {
                            float *mine_341 = parts_340 + (size_t)DERIVE_THREAD * (size_t)(M_333 * N_334);
                            float *a_mat_337 = (float *)calloc((size_t)(M_max_329 * K_max_331), sizeof(float));
                            float *b_mat_338 = (float *)calloc((size_t)(K_max_331 * N_max_330), sizeof(float));
                            if (a_mat_337 == NULL || b_mat_338 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_328 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_337 != NULL && b_mat_338 != NULL) {
                                    {
                                        const int64_t ext_342 = size_316;
                                        const int64_t o_last_343 = ((-1) + O);
                                        const int64_t i_last_344 = ((-5) + H);
                                        const int64_t i_count_345 = size_315;
                                        const int64_t j_lo_346 = 0;
                                        const int64_t j_hi_347 = ((-5) + W);
                                        for (int64_t o = 0; o <= o_last_343; ++o) {
                                            for (int64_t i = 0; i <= i_last_344; ++i) {
                                                float *restrict row_348 = a_mat_337 + ((i + (i_count_345 * o))) * ext_342;
                                                for (int64_t j = j_lo_346; j <= j_hi_347; ++j)
                                                    row_348[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_350 = size_316;
                                        const int64_t c_last_351 = ((-1) + C);
                                        const int64_t i_last_352 = ((-5) + H);
                                        const int64_t i_count_353 = size_315;
                                        for (int64_t c = 0; c <= c_last_351; ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    const int64_t j_lo_354 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_355 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_352; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h))))) continue;
                                                        float *restrict row_356 = b_mat_338 + ((i + (i_count_353 * k_w) + (5 * i_count_353 * k_h) + (25 * c * i_count_353))) * ext_350;
                                                        for (int64_t j = j_lo_354; j <= j_hi_355; ++j)
                                                            row_356[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_333, N_334, K_335, a_mat_337 + (0), K_335, 1, b_mat_338 + (0), 1, K_335, mine_341, N_334, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_328 = 1;
                                    }
                                }
                            }
                            free(a_mat_337);
                            free(b_mat_338);
                        }
                    } else
#endif
                    {
                        {
                            float *mine_341 = parts_340 + (size_t)DERIVE_THREAD * (size_t)(M_333 * N_334);
                            float *a_mat_337 = (float *)calloc((size_t)(M_max_329 * K_max_331), sizeof(float));
                            float *b_mat_338 = (float *)calloc((size_t)(K_max_331 * N_max_330), sizeof(float));
                            if (a_mat_337 == NULL || b_mat_338 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_328 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_337 != NULL && b_mat_338 != NULL) {
                                    {
                                        const int64_t ext_342 = size_316;
                                        const int64_t o_last_343 = ((-1) + O);
                                        const int64_t i_last_344 = ((-5) + H);
                                        const int64_t i_count_345 = size_315;
                                        const int64_t j_lo_346 = 0;
                                        const int64_t j_hi_347 = ((-5) + W);
                                        for (int64_t o = 0; o <= o_last_343; ++o) {
                                            for (int64_t i = 0; i <= i_last_344; ++i) {
                                                float *restrict row_348 = a_mat_337 + ((i + (i_count_345 * o))) * ext_342;
                                                for (int64_t j = j_lo_346; j <= j_hi_347; ++j)
                                                    row_348[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_350 = size_316;
                                        const int64_t c_last_351 = ((-1) + C);
                                        const int64_t i_last_352 = ((-5) + H);
                                        const int64_t i_count_353 = size_315;
                                        for (int64_t c = 0; c <= c_last_351; ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    const int64_t j_lo_354 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_355 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t i = 0; i <= i_last_352; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h))))) continue;
                                                        float *restrict row_356 = b_mat_338 + ((i + (i_count_353 * k_w) + (5 * i_count_353 * k_h) + (25 * c * i_count_353))) * ext_350;
                                                        for (int64_t j = j_lo_354; j <= j_hi_355; ++j)
                                                            row_356[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_333, N_334, K_335, a_mat_337 + (0), K_335, 1, b_mat_338 + (0), 1, K_335, mine_341, N_334, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_328 = 1;
                                    }
                                }
                            }
                            free(a_mat_337);
                            free(b_mat_338);
                        }
                    }
                    for (int part_359 = 0; part_359 < nparts_339; ++part_359)
                        for (int64_t m_360 = 0; m_360 < M_333; ++m_360)
                            for (int64_t n_361 = 0; n_361 < N_334; ++n_361)
                                grad_w[(0) + m_360 * (25 * C) + n_361 * 1] += parts_340[((size_t)part_359 * (size_t)M_333 + (size_t)m_360) * (size_t)N_334 + (size_t)n_361];
                    free(parts_340);
                }
            }
            if (failed_328) return 14;
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
    const int64_t work_370 = (N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
    if (work_370 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            float acc_362 = 0;
            float lanes_363[16] = {0};
            {
                const int64_t n_lo_364 = 0;
                const int64_t n_hi_365 = ((-1) + N);
                for (int64_t n = n_lo_364; n <= n_hi_365; ++n) {
                    {
                        const int64_t i_lo_366 = 0;
                        const int64_t i_hi_367 = ((-5) + H);
                        for (int64_t i = i_lo_366; i <= i_hi_367; ++i) {
                            {
                                const int64_t j_lo_368 = 0;
                                const int64_t j_hi_369 = ((-5) + W);
                                int64_t j = j_lo_368;
                                for (; j <= j_hi_369 - 15; j += 16)
                                    for (int lane______ = 0; lane______ < 16; ++lane______)
                                        lanes_363[lane______] += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + (j + lane______)];
                                for (; j <= j_hi_369; ++j)
                                    acc_362 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                            }
                        }
                    }
                }
            }
            for (int lane_______ = 0; lane_______ < 16; ++lane_______) acc_362 += lanes_363[lane_______];
            grad_b[o] = acc_362;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            float acc_362 = 0;
            float lanes_363[16] = {0};
            {
                const int64_t n_lo_364 = 0;
                const int64_t n_hi_365 = ((-1) + N);
                for (int64_t n = n_lo_364; n <= n_hi_365; ++n) {
                    {
                        const int64_t i_lo_366 = 0;
                        const int64_t i_hi_367 = ((-5) + H);
                        for (int64_t i = i_lo_366; i <= i_hi_367; ++i) {
                            {
                                const int64_t j_lo_368 = 0;
                                const int64_t j_hi_369 = ((-5) + W);
                                int64_t j = j_lo_368;
                                for (; j <= j_hi_369 - 15; j += 16)
                                    for (int lane______ = 0; lane______ < 16; ++lane______)
                                        lanes_363[lane______] += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + (j + lane______)];
                                for (; j <= j_hi_369; ++j)
                                    acc_362 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                            }
                        }
                    }
                }
            }
            for (int lane_______ = 0; lane_______ < 16; ++lane_______) acc_362 += lanes_363[lane_______];
            grad_b[o] = acc_362;
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

