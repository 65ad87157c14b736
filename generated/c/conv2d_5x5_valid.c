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
    const int64_t products_1 = (C * N * O * derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
    if (products_1 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_12 = (C * N * O * (1 + derive_imin(4, ((-1) + H))) * (1 + derive_imin(4, ((-1) + W))) * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_12 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        for (int64_t j = 0; j < ((-4) + W); ++j) y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = 0;
                        {
                            {
                                const int64_t j_lo_2 = 0;
                                const int64_t j_hi_3 = ((-5) + W);
                                for (int64_t j = j_lo_2; j <= j_hi_3; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += b[o];
                            }
                        }
                        {
                            const int64_t c_lo_4 = 0;
                            const int64_t c_hi_5 = ((-1) + C);
                            for (int64_t c = c_lo_4; c <= c_hi_5; ++c) {
                                {
                                    const int64_t k_h_lo_6 = derive_imax(0, ((-1) * i));
                                    const int64_t k_h_hi_7 = derive_imin(4, ((-1) + H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_6; k_h <= k_h_hi_7; ++k_h) {
                                        {
                                            const int64_t k_w_lo_8 = 0;
                                            const int64_t k_w_hi_9 = 4;
                                            for (int64_t k_w = k_w_lo_8; k_w <= k_w_hi_9; ++k_w) {
                                                {
                                                    const int64_t j_lo_10 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_11 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_10; j <= j_hi_11; ++j)
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
                        for (int64_t j = 0; j < ((-4) + W); ++j) y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = 0;
                        {
                            {
                                const int64_t j_lo_2 = 0;
                                const int64_t j_hi_3 = ((-5) + W);
                                for (int64_t j = j_lo_2; j <= j_hi_3; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += b[o];
                            }
                        }
                        {
                            const int64_t c_lo_4 = 0;
                            const int64_t c_hi_5 = ((-1) + C);
                            for (int64_t c = c_lo_4; c <= c_hi_5; ++c) {
                                {
                                    const int64_t k_h_lo_6 = derive_imax(0, ((-1) * i));
                                    const int64_t k_h_hi_7 = derive_imin(4, ((-1) + H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_6; k_h <= k_h_hi_7; ++k_h) {
                                        {
                                            const int64_t k_w_lo_8 = 0;
                                            const int64_t k_w_hi_9 = 4;
                                            for (int64_t k_w = k_w_lo_8; k_w <= k_w_hi_9; ++k_w) {
                                                {
                                                    const int64_t j_lo_10 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_11 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_10; j <= j_hi_11; ++j)
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
        const int64_t work_15 = (N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_15 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        for (int64_t j = 0; j < ((-4) + W); ++j) y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = 0;
                        {
                            {
                                const int64_t j_lo_13 = 0;
                                const int64_t j_hi_14 = ((-5) + W);
                                for (int64_t j = j_lo_13; j <= j_hi_14; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += b[o];
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
                        for (int64_t j = 0; j < ((-4) + W); ++j) y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = 0;
                        {
                            {
                                const int64_t j_lo_13 = 0;
                                const int64_t j_hi_14 = ((-5) + W);
                                for (int64_t j = j_lo_13; j <= j_hi_14; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_16 = 0;
            const int64_t M_max_17 = O;
            const int64_t N_max_18 = (derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)));
            const int64_t K_max_19 = (C * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
            const int64_t M_20 = O;
            const int64_t N_21 = (derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)));
            const int64_t K_22 = (C * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
            const int64_t flops_23 = M_20 * N_21 * K_22 * (N);
            (void)flops_23;
            if (M_20 > 0 && N_21 > 0 && K_22 > 0) {
                double *a_mat_24 = (double *)malloc(sizeof(double) * (size_t)(M_max_17 * K_max_19));
                if (a_mat_24 == NULL) failed_16 = 1;
                else {
                    {
                        const int64_t ext_26 = O;
                        int64_t rows_27 = 0;
                        for (int64_t c = 0; c <= ((-1) + C); ++c) {
                            for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                    double *restrict row_28 = a_mat_24 + (rows_27++) * ext_26;
                                    const int64_t o_lo_30 = 0;
                                    const int64_t o_hi_31 = ((-1) + O);
                                    const int64_t z_32 = derive_imin(o_lo_30 - (0), ext_26);
                                    const int64_t z_33 = derive_imax(o_hi_31 - (0) + 1, z_32);
                                    for (int64_t q_29 = 0; q_29 < z_32; ++q_29) row_28[q_29] = 0;
                                    for (int64_t q_29 = z_33; q_29 < ext_26; ++q_29) row_28[q_29] = 0;
                                    for (int64_t o = o_lo_30; o <= o_hi_31; ++o)
                                        row_28[o - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_43 = flops_23;
                if (work_43 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_25 = (double *)malloc(sizeof(double) * (size_t)(K_max_19 * N_max_18));
                        if (b_mat_25 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_16 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_25 != NULL) {
                                {
                                    const int64_t ext_35 = derive_imax(0, ((-4) + W));
                                    int64_t rows_36 = 0;
                                    for (int64_t c = 0; c <= ((-1) + C); ++c) {
                                        for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                            for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                                for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                    double *restrict row_37 = b_mat_25 + (rows_36++) * ext_35;
                                                    if (!((k_h >= derive_imax(0, ((-1) * i))) && (k_h <= derive_imin(4, ((-1) + H + ((-1) * i)))) && (k_w >= 0) && (k_w <= 4))) {
                                                        for (int64_t q_38 = 0; q_38 < ext_35; ++q_38) row_37[q_38] = 0;
                                                        continue;
                                                    }
                                                    const int64_t j_lo_39 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_40 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    const int64_t z_41 = derive_imin(j_lo_39 - (0), ext_35);
                                                    const int64_t z_42 = derive_imax(j_hi_40 - (0) + 1, z_41);
                                                    for (int64_t q_38 = 0; q_38 < z_41; ++q_38) row_37[q_38] = 0;
                                                    for (int64_t q_38 = z_42; q_38 < ext_35; ++q_38) row_37[q_38] = 0;
                                                    for (int64_t j = j_lo_39; j <= j_hi_40; ++j)
                                                        row_37[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_20, N_21, K_22, a_mat_24 + (0), 1, M_20, b_mat_25 + (0), N_21, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_16 = 1;
                                }
                            }
                        }
                        free(b_mat_25);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_25 = (double *)malloc(sizeof(double) * (size_t)(K_max_19 * N_max_18));
                        if (b_mat_25 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_16 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_25 != NULL) {
                                {
                                    const int64_t ext_35 = derive_imax(0, ((-4) + W));
                                    int64_t rows_36 = 0;
                                    for (int64_t c = 0; c <= ((-1) + C); ++c) {
                                        for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                            for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                                for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                    double *restrict row_37 = b_mat_25 + (rows_36++) * ext_35;
                                                    if (!((k_h >= derive_imax(0, ((-1) * i))) && (k_h <= derive_imin(4, ((-1) + H + ((-1) * i)))) && (k_w >= 0) && (k_w <= 4))) {
                                                        for (int64_t q_38 = 0; q_38 < ext_35; ++q_38) row_37[q_38] = 0;
                                                        continue;
                                                    }
                                                    const int64_t j_lo_39 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_40 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    const int64_t z_41 = derive_imin(j_lo_39 - (0), ext_35);
                                                    const int64_t z_42 = derive_imax(j_hi_40 - (0) + 1, z_41);
                                                    for (int64_t q_38 = 0; q_38 < z_41; ++q_38) row_37[q_38] = 0;
                                                    for (int64_t q_38 = z_42; q_38 < ext_35; ++q_38) row_37[q_38] = 0;
                                                    for (int64_t j = j_lo_39; j <= j_hi_40; ++j)
                                                        row_37[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_20, N_21, K_22, a_mat_24 + (0), 1, M_20, b_mat_25 + (0), N_21, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_16 = 1;
                                }
                            }
                        }
                        free(b_mat_25);
                    }
                }
                free(a_mat_24);
            }
            if (failed_16) return 14;
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
    const int64_t products_44 = (C * H * N * O * W * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
    if (products_44 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_53 = (C * H * N * O * W);
        if (work_53 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_45 = 0;
                            const int64_t o_hi_46 = ((-1) + O);
                            for (int64_t o = o_lo_45; o <= o_hi_46; ++o) {
                                {
                                    const int64_t k_h_lo_47 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_48 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_47; k_h <= k_h_hi_48; ++k_h) {
                                        {
                                            const int64_t k_w_lo_49 = derive_imax(0, (5 + ((-1) * W)));
                                            const int64_t k_w_hi_50 = derive_imin(4, ((-1) + W));
                                            for (int64_t k_w = k_w_lo_49; k_w <= k_w_hi_50; ++k_w) {
                                                {
                                                    const int64_t w__lo_51 = derive_imax(0, k_w);
                                                    const int64_t w__hi_52 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_51; w_ <= w__hi_52; ++w_)
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
                            const int64_t o_lo_45 = 0;
                            const int64_t o_hi_46 = ((-1) + O);
                            for (int64_t o = o_lo_45; o <= o_hi_46; ++o) {
                                {
                                    const int64_t k_h_lo_47 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_48 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_47; k_h <= k_h_hi_48; ++k_h) {
                                        {
                                            const int64_t k_w_lo_49 = derive_imax(0, (5 + ((-1) * W)));
                                            const int64_t k_w_hi_50 = derive_imin(4, ((-1) + W));
                                            for (int64_t k_w = k_w_lo_49; k_w <= k_w_hi_50; ++k_w) {
                                                {
                                                    const int64_t w__lo_51 = derive_imax(0, k_w);
                                                    const int64_t w__hi_52 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_51; w_ <= w__hi_52; ++w_)
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
            int failed_54 = 0;
            const int64_t M_max_55 = C;
            const int64_t N_max_56 = (H * W);
            const int64_t K_max_57 = (O * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
            const int64_t M_58 = C;
            const int64_t N_59 = (H * W);
            const int64_t K_60 = (O * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
            const int64_t flops_61 = M_58 * N_59 * K_60 * (N);
            (void)flops_61;
            if (K_60 <= 0)
                for (int64_t q_62 = 0; q_62 < (N) * (C) * (H) * (W); ++q_62) grad_x[q_62] = 0;
            if (M_58 > 0 && N_59 > 0 && K_60 > 0) {
                double *a_mat_63 = (double *)malloc(sizeof(double) * (size_t)(M_max_55 * K_max_57));
                if (a_mat_63 == NULL) failed_54 = 1;
                else {
                    {
                        const int64_t ext_65 = C;
                        int64_t rows_66 = 0;
                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                            for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                    double *restrict row_67 = a_mat_63 + (rows_66++) * ext_65;
                                    const int64_t c_lo_69 = 0;
                                    const int64_t c_hi_70 = ((-1) + C);
                                    const int64_t z_71 = derive_imin(c_lo_69 - (0), ext_65);
                                    const int64_t z_72 = derive_imax(c_hi_70 - (0) + 1, z_71);
                                    for (int64_t q_68 = 0; q_68 < z_71; ++q_68) row_67[q_68] = 0;
                                    for (int64_t q_68 = z_72; q_68 < ext_65; ++q_68) row_67[q_68] = 0;
                                    for (int64_t c = c_lo_69; c <= c_hi_70; ++c)
                                        row_67[c - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_82 = flops_61;
                if (work_82 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_64 = (double *)malloc(sizeof(double) * (size_t)(K_max_57 * N_max_56));
                        if (b_mat_64 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_54 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_64 != NULL) {
                                {
                                    const int64_t ext_74 = W;
                                    int64_t rows_75 = 0;
                                    for (int64_t o = 0; o <= ((-1) + O); ++o) {
                                        for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                            for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                                for (int64_t h = 0; h <= ((-1) + H); ++h) {
                                                    double *restrict row_76 = b_mat_64 + (rows_75++) * ext_74;
                                                    if (!((k_h >= derive_imax(0, (5 + h + ((-1) * H)))) && (k_h <= derive_imin(4, h)) && (k_w >= 0) && (k_w <= 4))) {
                                                        for (int64_t q_77 = 0; q_77 < ext_74; ++q_77) row_76[q_77] = 0;
                                                        continue;
                                                    }
                                                    const int64_t w__lo_78 = derive_imax(0, k_w);
                                                    const int64_t w__hi_79 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    const int64_t z_80 = derive_imin(w__lo_78 - (0), ext_74);
                                                    const int64_t z_81 = derive_imax(w__hi_79 - (0) + 1, z_80);
                                                    for (int64_t q_77 = 0; q_77 < z_80; ++q_77) row_76[q_77] = 0;
                                                    for (int64_t q_77 = z_81; q_77 < ext_74; ++q_77) row_76[q_77] = 0;
                                                    for (int64_t w_ = w__lo_78; w_ <= w__hi_79; ++w_)
                                                        row_76[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_58, N_59, K_60, a_mat_63 + (0), 1, M_58, b_mat_64 + (0), N_59, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_54 = 1;
                                }
                            }
                        }
                        free(b_mat_64);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_64 = (double *)malloc(sizeof(double) * (size_t)(K_max_57 * N_max_56));
                        if (b_mat_64 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_54 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_64 != NULL) {
                                {
                                    const int64_t ext_74 = W;
                                    int64_t rows_75 = 0;
                                    for (int64_t o = 0; o <= ((-1) + O); ++o) {
                                        for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                            for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                                for (int64_t h = 0; h <= ((-1) + H); ++h) {
                                                    double *restrict row_76 = b_mat_64 + (rows_75++) * ext_74;
                                                    if (!((k_h >= derive_imax(0, (5 + h + ((-1) * H)))) && (k_h <= derive_imin(4, h)) && (k_w >= 0) && (k_w <= 4))) {
                                                        for (int64_t q_77 = 0; q_77 < ext_74; ++q_77) row_76[q_77] = 0;
                                                        continue;
                                                    }
                                                    const int64_t w__lo_78 = derive_imax(0, k_w);
                                                    const int64_t w__hi_79 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    const int64_t z_80 = derive_imin(w__lo_78 - (0), ext_74);
                                                    const int64_t z_81 = derive_imax(w__hi_79 - (0) + 1, z_80);
                                                    for (int64_t q_77 = 0; q_77 < z_80; ++q_77) row_76[q_77] = 0;
                                                    for (int64_t q_77 = z_81; q_77 < ext_74; ++q_77) row_76[q_77] = 0;
                                                    for (int64_t w_ = w__lo_78; w_ <= w__hi_79; ++w_)
                                                        row_76[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_58, N_59, K_60, a_mat_63 + (0), 1, M_58, b_mat_64 + (0), N_59, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_54 = 1;
                                }
                            }
                        }
                        free(b_mat_64);
                    }
                }
                free(a_mat_63);
            }
            if (failed_54) return 14;
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
    const int64_t products_83 = (25 * C * N * O * derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)));
    if (products_83 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_91 = (25 * C * N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_91 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 5; ++k_h) {
                        for (int64_t k_w = 0; k_w < 5; ++k_w) {
                            double acc_84 = 0;
                            {
                                const int64_t n_lo_85 = 0;
                                const int64_t n_hi_86 = ((-1) + N);
                                for (int64_t n = n_lo_85; n <= n_hi_86; ++n) {
                                    {
                                        const int64_t i_lo_87 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_88 = derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_87; i <= i_hi_88; ++i) {
                                            {
                                                const int64_t j_lo_89 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_90 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_84)
    #endif
                                                for (int64_t j = j_lo_89; j <= j_hi_90; ++j) {
                                                    acc_84 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_84;
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
                            double acc_84 = 0;
                            {
                                const int64_t n_lo_85 = 0;
                                const int64_t n_hi_86 = ((-1) + N);
                                for (int64_t n = n_lo_85; n <= n_hi_86; ++n) {
                                    {
                                        const int64_t i_lo_87 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_88 = derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_87; i <= i_hi_88; ++i) {
                                            {
                                                const int64_t j_lo_89 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_90 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_84)
    #endif
                                                for (int64_t j = j_lo_89; j <= j_hi_90; ++j) {
                                                    acc_84 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_84;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_92 = 0; q_92 < (O) * (C) * (5) * (5); ++q_92) grad_w[q_92] = 0;
        {
            int failed_93 = 0;
            const int64_t M_max_94 = O;
            const int64_t N_max_95 = (25 * C);
            const int64_t K_max_96 = (derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)));
            const int64_t M_97 = O;
            const int64_t N_98 = (25 * C);
            const int64_t K_99 = (derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)));
            const int64_t flops_100 = M_97 * N_98 * K_99 * (N);
            (void)flops_100;
            if (M_97 > 0 && N_98 > 0 && K_99 > 0) {
                int nparts_103 = 1;
#ifdef _OPENMP
                if (flops_100 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_103 = omp_get_max_threads();
#endif
                double *parts_104 = (double *)calloc((size_t)nparts_103 * (size_t)(M_97 * N_98), sizeof(double));
                if (parts_104 == NULL) failed_93 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_122 = flops_100;
                    if (work_122 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_103)
                        {
                            double *mine_105 = parts_104 + (size_t)DERIVE_THREAD * (size_t)(M_97 * N_98);
                            double *a_mat_101 = (double *)malloc(sizeof(double) * (size_t)(M_max_94 * K_max_96));
                            double *b_mat_102 = (double *)malloc(sizeof(double) * (size_t)(K_max_96 * N_max_95));
                            if (a_mat_101 == NULL || b_mat_102 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_93 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_101 != NULL && b_mat_102 != NULL) {
                                    {
                                        const int64_t ext_106 = derive_imax(0, ((-4) + W));
                                        int64_t rows_107 = 0;
                                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                                            for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                double *restrict row_108 = a_mat_101 + (rows_107++) * ext_106;
                                                const int64_t j_lo_110 = 0;
                                                const int64_t j_hi_111 = ((-5) + W);
                                                const int64_t z_112 = derive_imin(j_lo_110 - (0), ext_106);
                                                const int64_t z_113 = derive_imax(j_hi_111 - (0) + 1, z_112);
                                                for (int64_t q_109 = 0; q_109 < z_112; ++q_109) row_108[q_109] = 0;
                                                for (int64_t q_109 = z_113; q_109 < ext_106; ++q_109) row_108[q_109] = 0;
                                                for (int64_t j = j_lo_110; j <= j_hi_111; ++j)
                                                    row_108[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_114 = derive_imax(0, ((-4) + W));
                                        int64_t rows_115 = 0;
                                        for (int64_t c = 0; c <= ((-1) + C); ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                        double *restrict row_116 = b_mat_102 + (rows_115++) * ext_114;
                                                        if (!((i >= derive_imax(0, ((-1) * k_h))) && (i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)))))) {
                                                            for (int64_t q_117 = 0; q_117 < ext_114; ++q_117) row_116[q_117] = 0;
                                                            continue;
                                                        }
                                                        const int64_t j_lo_118 = derive_imax(0, ((-1) * k_w));
                                                        const int64_t j_hi_119 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                        const int64_t z_120 = derive_imin(j_lo_118 - (0), ext_114);
                                                        const int64_t z_121 = derive_imax(j_hi_119 - (0) + 1, z_120);
                                                        for (int64_t q_117 = 0; q_117 < z_120; ++q_117) row_116[q_117] = 0;
                                                        for (int64_t q_117 = z_121; q_117 < ext_114; ++q_117) row_116[q_117] = 0;
                                                        for (int64_t j = j_lo_118; j <= j_hi_119; ++j)
                                                            row_116[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_97, N_98, K_99, a_mat_101 + (0), K_99, 1, b_mat_102 + (0), 1, K_99, mine_105, N_98, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_93 = 1;
                                    }
                                }
                            }
                            free(a_mat_101);
                            free(b_mat_102);
                        }
                    } else
#endif
                    {
                        {
                            double *mine_105 = parts_104 + (size_t)DERIVE_THREAD * (size_t)(M_97 * N_98);
                            double *a_mat_101 = (double *)malloc(sizeof(double) * (size_t)(M_max_94 * K_max_96));
                            double *b_mat_102 = (double *)malloc(sizeof(double) * (size_t)(K_max_96 * N_max_95));
                            if (a_mat_101 == NULL || b_mat_102 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_93 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_101 != NULL && b_mat_102 != NULL) {
                                    {
                                        const int64_t ext_106 = derive_imax(0, ((-4) + W));
                                        int64_t rows_107 = 0;
                                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                                            for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                double *restrict row_108 = a_mat_101 + (rows_107++) * ext_106;
                                                const int64_t j_lo_110 = 0;
                                                const int64_t j_hi_111 = ((-5) + W);
                                                const int64_t z_112 = derive_imin(j_lo_110 - (0), ext_106);
                                                const int64_t z_113 = derive_imax(j_hi_111 - (0) + 1, z_112);
                                                for (int64_t q_109 = 0; q_109 < z_112; ++q_109) row_108[q_109] = 0;
                                                for (int64_t q_109 = z_113; q_109 < ext_106; ++q_109) row_108[q_109] = 0;
                                                for (int64_t j = j_lo_110; j <= j_hi_111; ++j)
                                                    row_108[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_114 = derive_imax(0, ((-4) + W));
                                        int64_t rows_115 = 0;
                                        for (int64_t c = 0; c <= ((-1) + C); ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                        double *restrict row_116 = b_mat_102 + (rows_115++) * ext_114;
                                                        if (!((i >= derive_imax(0, ((-1) * k_h))) && (i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)))))) {
                                                            for (int64_t q_117 = 0; q_117 < ext_114; ++q_117) row_116[q_117] = 0;
                                                            continue;
                                                        }
                                                        const int64_t j_lo_118 = derive_imax(0, ((-1) * k_w));
                                                        const int64_t j_hi_119 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                        const int64_t z_120 = derive_imin(j_lo_118 - (0), ext_114);
                                                        const int64_t z_121 = derive_imax(j_hi_119 - (0) + 1, z_120);
                                                        for (int64_t q_117 = 0; q_117 < z_120; ++q_117) row_116[q_117] = 0;
                                                        for (int64_t q_117 = z_121; q_117 < ext_114; ++q_117) row_116[q_117] = 0;
                                                        for (int64_t j = j_lo_118; j <= j_hi_119; ++j)
                                                            row_116[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_97, N_98, K_99, a_mat_101 + (0), K_99, 1, b_mat_102 + (0), 1, K_99, mine_105, N_98, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_93 = 1;
                                    }
                                }
                            }
                            free(a_mat_101);
                            free(b_mat_102);
                        }
                    }
                    for (int part_123 = 0; part_123 < nparts_103; ++part_123)
                        for (int64_t m_124 = 0; m_124 < M_97; ++m_124)
                            for (int64_t n_125 = 0; n_125 < N_98; ++n_125)
                                grad_w[(0) + m_124 * (25 * C) + n_125 * 1] += parts_104[((size_t)part_123 * (size_t)M_97 + (size_t)m_124) * (size_t)N_98 + (size_t)n_125];
                    free(parts_104);
                }
            }
            if (failed_93) return 14;
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
    const int64_t work_133 = (N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
    if (work_133 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            double acc_126 = 0;
            {
                const int64_t n_lo_127 = 0;
                const int64_t n_hi_128 = ((-1) + N);
                for (int64_t n = n_lo_127; n <= n_hi_128; ++n) {
                    {
                        const int64_t i_lo_129 = 0;
                        const int64_t i_hi_130 = ((-5) + H);
                        for (int64_t i = i_lo_129; i <= i_hi_130; ++i) {
                            {
                                const int64_t j_lo_131 = 0;
                                const int64_t j_hi_132 = ((-5) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_126)
    #endif
                                for (int64_t j = j_lo_131; j <= j_hi_132; ++j) {
                                    acc_126 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_126;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            double acc_126 = 0;
            {
                const int64_t n_lo_127 = 0;
                const int64_t n_hi_128 = ((-1) + N);
                for (int64_t n = n_lo_127; n <= n_hi_128; ++n) {
                    {
                        const int64_t i_lo_129 = 0;
                        const int64_t i_hi_130 = ((-5) + H);
                        for (int64_t i = i_lo_129; i <= i_hi_130; ++i) {
                            {
                                const int64_t j_lo_131 = 0;
                                const int64_t j_hi_132 = ((-5) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_126)
    #endif
                                for (int64_t j = j_lo_131; j <= j_hi_132; ++j) {
                                    acc_126 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_126;
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
    const int64_t products_134 = (C * N * O * derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
    if (products_134 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_145 = (C * N * O * (1 + derive_imin(4, ((-1) + H))) * (1 + derive_imin(4, ((-1) + W))) * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_145 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        for (int64_t j = 0; j < ((-4) + W); ++j) y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = 0;
                        {
                            {
                                const int64_t j_lo_135 = 0;
                                const int64_t j_hi_136 = ((-5) + W);
                                for (int64_t j = j_lo_135; j <= j_hi_136; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += b[o];
                            }
                        }
                        {
                            const int64_t c_lo_137 = 0;
                            const int64_t c_hi_138 = ((-1) + C);
                            for (int64_t c = c_lo_137; c <= c_hi_138; ++c) {
                                {
                                    const int64_t k_h_lo_139 = derive_imax(0, ((-1) * i));
                                    const int64_t k_h_hi_140 = derive_imin(4, ((-1) + H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_139; k_h <= k_h_hi_140; ++k_h) {
                                        {
                                            const int64_t k_w_lo_141 = 0;
                                            const int64_t k_w_hi_142 = 4;
                                            for (int64_t k_w = k_w_lo_141; k_w <= k_w_hi_142; ++k_w) {
                                                {
                                                    const int64_t j_lo_143 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_144 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_143; j <= j_hi_144; ++j)
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
                        for (int64_t j = 0; j < ((-4) + W); ++j) y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = 0;
                        {
                            {
                                const int64_t j_lo_135 = 0;
                                const int64_t j_hi_136 = ((-5) + W);
                                for (int64_t j = j_lo_135; j <= j_hi_136; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += b[o];
                            }
                        }
                        {
                            const int64_t c_lo_137 = 0;
                            const int64_t c_hi_138 = ((-1) + C);
                            for (int64_t c = c_lo_137; c <= c_hi_138; ++c) {
                                {
                                    const int64_t k_h_lo_139 = derive_imax(0, ((-1) * i));
                                    const int64_t k_h_hi_140 = derive_imin(4, ((-1) + H + ((-1) * i)));
                                    for (int64_t k_h = k_h_lo_139; k_h <= k_h_hi_140; ++k_h) {
                                        {
                                            const int64_t k_w_lo_141 = 0;
                                            const int64_t k_w_hi_142 = 4;
                                            for (int64_t k_w = k_w_lo_141; k_w <= k_w_hi_142; ++k_w) {
                                                {
                                                    const int64_t j_lo_143 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_144 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    for (int64_t j = j_lo_143; j <= j_hi_144; ++j)
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
        const int64_t work_148 = (N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_148 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < ((-4) + H); ++i) {
                        for (int64_t j = 0; j < ((-4) + W); ++j) y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = 0;
                        {
                            {
                                const int64_t j_lo_146 = 0;
                                const int64_t j_hi_147 = ((-5) + W);
                                for (int64_t j = j_lo_146; j <= j_hi_147; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += b[o];
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
                        for (int64_t j = 0; j < ((-4) + W); ++j) y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = 0;
                        {
                            {
                                const int64_t j_lo_146 = 0;
                                const int64_t j_hi_147 = ((-5) + W);
                                for (int64_t j = j_lo_146; j <= j_hi_147; ++j)
                                    y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_149 = 0;
            const int64_t M_max_150 = O;
            const int64_t N_max_151 = (derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)));
            const int64_t K_max_152 = (C * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
            const int64_t M_153 = O;
            const int64_t N_154 = (derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)));
            const int64_t K_155 = (C * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
            const int64_t flops_156 = M_153 * N_154 * K_155 * (N);
            (void)flops_156;
            if (M_153 > 0 && N_154 > 0 && K_155 > 0) {
                float *a_mat_157 = (float *)malloc(sizeof(float) * (size_t)(M_max_150 * K_max_152));
                if (a_mat_157 == NULL) failed_149 = 1;
                else {
                    {
                        const int64_t ext_159 = O;
                        int64_t rows_160 = 0;
                        for (int64_t c = 0; c <= ((-1) + C); ++c) {
                            for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                    float *restrict row_161 = a_mat_157 + (rows_160++) * ext_159;
                                    const int64_t o_lo_163 = 0;
                                    const int64_t o_hi_164 = ((-1) + O);
                                    const int64_t z_165 = derive_imin(o_lo_163 - (0), ext_159);
                                    const int64_t z_166 = derive_imax(o_hi_164 - (0) + 1, z_165);
                                    for (int64_t q_162 = 0; q_162 < z_165; ++q_162) row_161[q_162] = 0;
                                    for (int64_t q_162 = z_166; q_162 < ext_159; ++q_162) row_161[q_162] = 0;
                                    for (int64_t o = o_lo_163; o <= o_hi_164; ++o)
                                        row_161[o - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_176 = flops_156;
                if (work_176 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_158 = (float *)malloc(sizeof(float) * (size_t)(K_max_152 * N_max_151));
                        if (b_mat_158 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_149 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_158 != NULL) {
                                {
                                    const int64_t ext_168 = derive_imax(0, ((-4) + W));
                                    int64_t rows_169 = 0;
                                    for (int64_t c = 0; c <= ((-1) + C); ++c) {
                                        for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                            for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                                for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                    float *restrict row_170 = b_mat_158 + (rows_169++) * ext_168;
                                                    if (!((k_h >= derive_imax(0, ((-1) * i))) && (k_h <= derive_imin(4, ((-1) + H + ((-1) * i)))) && (k_w >= 0) && (k_w <= 4))) {
                                                        for (int64_t q_171 = 0; q_171 < ext_168; ++q_171) row_170[q_171] = 0;
                                                        continue;
                                                    }
                                                    const int64_t j_lo_172 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_173 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    const int64_t z_174 = derive_imin(j_lo_172 - (0), ext_168);
                                                    const int64_t z_175 = derive_imax(j_hi_173 - (0) + 1, z_174);
                                                    for (int64_t q_171 = 0; q_171 < z_174; ++q_171) row_170[q_171] = 0;
                                                    for (int64_t q_171 = z_175; q_171 < ext_168; ++q_171) row_170[q_171] = 0;
                                                    for (int64_t j = j_lo_172; j <= j_hi_173; ++j)
                                                        row_170[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_153, N_154, K_155, a_mat_157 + (0), 1, M_153, b_mat_158 + (0), N_154, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_149 = 1;
                                }
                            }
                        }
                        free(b_mat_158);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_158 = (float *)malloc(sizeof(float) * (size_t)(K_max_152 * N_max_151));
                        if (b_mat_158 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_149 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_158 != NULL) {
                                {
                                    const int64_t ext_168 = derive_imax(0, ((-4) + W));
                                    int64_t rows_169 = 0;
                                    for (int64_t c = 0; c <= ((-1) + C); ++c) {
                                        for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                            for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                                for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                    float *restrict row_170 = b_mat_158 + (rows_169++) * ext_168;
                                                    if (!((k_h >= derive_imax(0, ((-1) * i))) && (k_h <= derive_imin(4, ((-1) + H + ((-1) * i)))) && (k_w >= 0) && (k_w <= 4))) {
                                                        for (int64_t q_171 = 0; q_171 < ext_168; ++q_171) row_170[q_171] = 0;
                                                        continue;
                                                    }
                                                    const int64_t j_lo_172 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_173 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                    const int64_t z_174 = derive_imin(j_lo_172 - (0), ext_168);
                                                    const int64_t z_175 = derive_imax(j_hi_173 - (0) + 1, z_174);
                                                    for (int64_t q_171 = 0; q_171 < z_174; ++q_171) row_170[q_171] = 0;
                                                    for (int64_t q_171 = z_175; q_171 < ext_168; ++q_171) row_170[q_171] = 0;
                                                    for (int64_t j = j_lo_172; j <= j_hi_173; ++j)
                                                        row_170[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_153, N_154, K_155, a_mat_157 + (0), 1, M_153, b_mat_158 + (0), N_154, 1, y + ((n * O * ((-4) + H) * ((-4) + W))), (((-4) + H) * ((-4) + W)), 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_149 = 1;
                                }
                            }
                        }
                        free(b_mat_158);
                    }
                }
                free(a_mat_157);
            }
            if (failed_149) return 14;
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
    const int64_t products_177 = (C * H * N * O * W * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
    if (products_177 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_186 = (C * H * N * O * W);
        if (work_186 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_178 = 0;
                            const int64_t o_hi_179 = ((-1) + O);
                            for (int64_t o = o_lo_178; o <= o_hi_179; ++o) {
                                {
                                    const int64_t k_h_lo_180 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_181 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_180; k_h <= k_h_hi_181; ++k_h) {
                                        {
                                            const int64_t k_w_lo_182 = derive_imax(0, (5 + ((-1) * W)));
                                            const int64_t k_w_hi_183 = derive_imin(4, ((-1) + W));
                                            for (int64_t k_w = k_w_lo_182; k_w <= k_w_hi_183; ++k_w) {
                                                {
                                                    const int64_t w__lo_184 = derive_imax(0, k_w);
                                                    const int64_t w__hi_185 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_184; w_ <= w__hi_185; ++w_)
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
                            const int64_t o_lo_178 = 0;
                            const int64_t o_hi_179 = ((-1) + O);
                            for (int64_t o = o_lo_178; o <= o_hi_179; ++o) {
                                {
                                    const int64_t k_h_lo_180 = derive_imax(0, (5 + h + ((-1) * H)));
                                    const int64_t k_h_hi_181 = derive_imin(4, h);
                                    for (int64_t k_h = k_h_lo_180; k_h <= k_h_hi_181; ++k_h) {
                                        {
                                            const int64_t k_w_lo_182 = derive_imax(0, (5 + ((-1) * W)));
                                            const int64_t k_w_hi_183 = derive_imin(4, ((-1) + W));
                                            for (int64_t k_w = k_w_lo_182; k_w <= k_w_hi_183; ++k_w) {
                                                {
                                                    const int64_t w__lo_184 = derive_imax(0, k_w);
                                                    const int64_t w__hi_185 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    for (int64_t w_ = w__lo_184; w_ <= w__hi_185; ++w_)
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
            int failed_187 = 0;
            const int64_t M_max_188 = C;
            const int64_t N_max_189 = (H * W);
            const int64_t K_max_190 = (O * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
            const int64_t M_191 = C;
            const int64_t N_192 = (H * W);
            const int64_t K_193 = (O * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * H)))) + derive_imin(4, ((-1) + H)))) * derive_imax(0, (1 + ((-1) * derive_imax(0, (5 + ((-1) * W)))) + derive_imin(4, ((-1) + W)))));
            const int64_t flops_194 = M_191 * N_192 * K_193 * (N);
            (void)flops_194;
            if (K_193 <= 0)
                for (int64_t q_195 = 0; q_195 < (N) * (C) * (H) * (W); ++q_195) grad_x[q_195] = 0;
            if (M_191 > 0 && N_192 > 0 && K_193 > 0) {
                float *a_mat_196 = (float *)malloc(sizeof(float) * (size_t)(M_max_188 * K_max_190));
                if (a_mat_196 == NULL) failed_187 = 1;
                else {
                    {
                        const int64_t ext_198 = C;
                        int64_t rows_199 = 0;
                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                            for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                    float *restrict row_200 = a_mat_196 + (rows_199++) * ext_198;
                                    const int64_t c_lo_202 = 0;
                                    const int64_t c_hi_203 = ((-1) + C);
                                    const int64_t z_204 = derive_imin(c_lo_202 - (0), ext_198);
                                    const int64_t z_205 = derive_imax(c_hi_203 - (0) + 1, z_204);
                                    for (int64_t q_201 = 0; q_201 < z_204; ++q_201) row_200[q_201] = 0;
                                    for (int64_t q_201 = z_205; q_201 < ext_198; ++q_201) row_200[q_201] = 0;
                                    for (int64_t c = c_lo_202; c <= c_hi_203; ++c)
                                        row_200[c - (0)] = w[(((o) * C + c) * 5 + k_h) * 5 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_215 = flops_194;
                if (work_215 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_197 = (float *)malloc(sizeof(float) * (size_t)(K_max_190 * N_max_189));
                        if (b_mat_197 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_187 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_197 != NULL) {
                                {
                                    const int64_t ext_207 = W;
                                    int64_t rows_208 = 0;
                                    for (int64_t o = 0; o <= ((-1) + O); ++o) {
                                        for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                            for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                                for (int64_t h = 0; h <= ((-1) + H); ++h) {
                                                    float *restrict row_209 = b_mat_197 + (rows_208++) * ext_207;
                                                    if (!((k_h >= derive_imax(0, (5 + h + ((-1) * H)))) && (k_h <= derive_imin(4, h)) && (k_w >= 0) && (k_w <= 4))) {
                                                        for (int64_t q_210 = 0; q_210 < ext_207; ++q_210) row_209[q_210] = 0;
                                                        continue;
                                                    }
                                                    const int64_t w__lo_211 = derive_imax(0, k_w);
                                                    const int64_t w__hi_212 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    const int64_t z_213 = derive_imin(w__lo_211 - (0), ext_207);
                                                    const int64_t z_214 = derive_imax(w__hi_212 - (0) + 1, z_213);
                                                    for (int64_t q_210 = 0; q_210 < z_213; ++q_210) row_209[q_210] = 0;
                                                    for (int64_t q_210 = z_214; q_210 < ext_207; ++q_210) row_209[q_210] = 0;
                                                    for (int64_t w_ = w__lo_211; w_ <= w__hi_212; ++w_)
                                                        row_209[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_191, N_192, K_193, a_mat_196 + (0), 1, M_191, b_mat_197 + (0), N_192, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_187 = 1;
                                }
                            }
                        }
                        free(b_mat_197);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_197 = (float *)malloc(sizeof(float) * (size_t)(K_max_190 * N_max_189));
                        if (b_mat_197 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_187 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_197 != NULL) {
                                {
                                    const int64_t ext_207 = W;
                                    int64_t rows_208 = 0;
                                    for (int64_t o = 0; o <= ((-1) + O); ++o) {
                                        for (int64_t k_h = derive_imax(0, (5 + ((-1) * H))); k_h <= derive_imin(4, ((-1) + H)); ++k_h) {
                                            for (int64_t k_w = derive_imax(0, (5 + ((-1) * W))); k_w <= derive_imin(4, ((-1) + W)); ++k_w) {
                                                for (int64_t h = 0; h <= ((-1) + H); ++h) {
                                                    float *restrict row_209 = b_mat_197 + (rows_208++) * ext_207;
                                                    if (!((k_h >= derive_imax(0, (5 + h + ((-1) * H)))) && (k_h <= derive_imin(4, h)) && (k_w >= 0) && (k_w <= 4))) {
                                                        for (int64_t q_210 = 0; q_210 < ext_207; ++q_210) row_209[q_210] = 0;
                                                        continue;
                                                    }
                                                    const int64_t w__lo_211 = derive_imax(0, k_w);
                                                    const int64_t w__hi_212 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                                    const int64_t z_213 = derive_imin(w__lo_211 - (0), ext_207);
                                                    const int64_t z_214 = derive_imax(w__hi_212 - (0) + 1, z_213);
                                                    for (int64_t q_210 = 0; q_210 < z_213; ++q_210) row_209[q_210] = 0;
                                                    for (int64_t q_210 = z_214; q_210 < ext_207; ++q_210) row_209[q_210] = 0;
                                                    for (int64_t w_ = w__lo_211; w_ <= w__hi_212; ++w_)
                                                        row_209[w_ - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_191, N_192, K_193, a_mat_196 + (0), 1, M_191, b_mat_197 + (0), N_192, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_187 = 1;
                                }
                            }
                        }
                        free(b_mat_197);
                    }
                }
                free(a_mat_196);
            }
            if (failed_187) return 14;
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
    const int64_t products_216 = (25 * C * N * O * derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)));
    if (products_216 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_224 = (25 * C * N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
        if (work_224 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 5; ++k_h) {
                        for (int64_t k_w = 0; k_w < 5; ++k_w) {
                            float acc_217 = 0;
                            {
                                const int64_t n_lo_218 = 0;
                                const int64_t n_hi_219 = ((-1) + N);
                                for (int64_t n = n_lo_218; n <= n_hi_219; ++n) {
                                    {
                                        const int64_t i_lo_220 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_221 = derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_220; i <= i_hi_221; ++i) {
                                            {
                                                const int64_t j_lo_222 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_223 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_217)
    #endif
                                                for (int64_t j = j_lo_222; j <= j_hi_223; ++j) {
                                                    acc_217 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_217;
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
                            float acc_217 = 0;
                            {
                                const int64_t n_lo_218 = 0;
                                const int64_t n_hi_219 = ((-1) + N);
                                for (int64_t n = n_lo_218; n <= n_hi_219; ++n) {
                                    {
                                        const int64_t i_lo_220 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_221 = derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)));
                                        for (int64_t i = i_lo_220; i <= i_hi_221; ++i) {
                                            {
                                                const int64_t j_lo_222 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_223 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_217)
    #endif
                                                for (int64_t j = j_lo_222; j <= j_hi_223; ++j) {
                                                    acc_217 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_217;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_225 = 0; q_225 < (O) * (C) * (5) * (5); ++q_225) grad_w[q_225] = 0;
        {
            int failed_226 = 0;
            const int64_t M_max_227 = O;
            const int64_t N_max_228 = (25 * C);
            const int64_t K_max_229 = (derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)));
            const int64_t M_230 = O;
            const int64_t N_231 = (25 * C);
            const int64_t K_232 = (derive_imax(0, ((-4) + H)) * derive_imax(0, ((-4) + W)));
            const int64_t flops_233 = M_230 * N_231 * K_232 * (N);
            (void)flops_233;
            if (M_230 > 0 && N_231 > 0 && K_232 > 0) {
                int nparts_236 = 1;
#ifdef _OPENMP
                if (flops_233 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_236 = omp_get_max_threads();
#endif
                float *parts_237 = (float *)calloc((size_t)nparts_236 * (size_t)(M_230 * N_231), sizeof(float));
                if (parts_237 == NULL) failed_226 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_255 = flops_233;
                    if (work_255 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_236)
                        {
                            float *mine_238 = parts_237 + (size_t)DERIVE_THREAD * (size_t)(M_230 * N_231);
                            float *a_mat_234 = (float *)malloc(sizeof(float) * (size_t)(M_max_227 * K_max_229));
                            float *b_mat_235 = (float *)malloc(sizeof(float) * (size_t)(K_max_229 * N_max_228));
                            if (a_mat_234 == NULL || b_mat_235 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_226 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_234 != NULL && b_mat_235 != NULL) {
                                    {
                                        const int64_t ext_239 = derive_imax(0, ((-4) + W));
                                        int64_t rows_240 = 0;
                                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                                            for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                float *restrict row_241 = a_mat_234 + (rows_240++) * ext_239;
                                                const int64_t j_lo_243 = 0;
                                                const int64_t j_hi_244 = ((-5) + W);
                                                const int64_t z_245 = derive_imin(j_lo_243 - (0), ext_239);
                                                const int64_t z_246 = derive_imax(j_hi_244 - (0) + 1, z_245);
                                                for (int64_t q_242 = 0; q_242 < z_245; ++q_242) row_241[q_242] = 0;
                                                for (int64_t q_242 = z_246; q_242 < ext_239; ++q_242) row_241[q_242] = 0;
                                                for (int64_t j = j_lo_243; j <= j_hi_244; ++j)
                                                    row_241[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_247 = derive_imax(0, ((-4) + W));
                                        int64_t rows_248 = 0;
                                        for (int64_t c = 0; c <= ((-1) + C); ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                        float *restrict row_249 = b_mat_235 + (rows_248++) * ext_247;
                                                        if (!((i >= derive_imax(0, ((-1) * k_h))) && (i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)))))) {
                                                            for (int64_t q_250 = 0; q_250 < ext_247; ++q_250) row_249[q_250] = 0;
                                                            continue;
                                                        }
                                                        const int64_t j_lo_251 = derive_imax(0, ((-1) * k_w));
                                                        const int64_t j_hi_252 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                        const int64_t z_253 = derive_imin(j_lo_251 - (0), ext_247);
                                                        const int64_t z_254 = derive_imax(j_hi_252 - (0) + 1, z_253);
                                                        for (int64_t q_250 = 0; q_250 < z_253; ++q_250) row_249[q_250] = 0;
                                                        for (int64_t q_250 = z_254; q_250 < ext_247; ++q_250) row_249[q_250] = 0;
                                                        for (int64_t j = j_lo_251; j <= j_hi_252; ++j)
                                                            row_249[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_230, N_231, K_232, a_mat_234 + (0), K_232, 1, b_mat_235 + (0), 1, K_232, mine_238, N_231, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_226 = 1;
                                    }
                                }
                            }
                            free(a_mat_234);
                            free(b_mat_235);
                        }
                    } else
#endif
                    {
                        {
                            float *mine_238 = parts_237 + (size_t)DERIVE_THREAD * (size_t)(M_230 * N_231);
                            float *a_mat_234 = (float *)malloc(sizeof(float) * (size_t)(M_max_227 * K_max_229));
                            float *b_mat_235 = (float *)malloc(sizeof(float) * (size_t)(K_max_229 * N_max_228));
                            if (a_mat_234 == NULL || b_mat_235 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_226 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_234 != NULL && b_mat_235 != NULL) {
                                    {
                                        const int64_t ext_239 = derive_imax(0, ((-4) + W));
                                        int64_t rows_240 = 0;
                                        for (int64_t o = 0; o <= ((-1) + O); ++o) {
                                            for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                float *restrict row_241 = a_mat_234 + (rows_240++) * ext_239;
                                                const int64_t j_lo_243 = 0;
                                                const int64_t j_hi_244 = ((-5) + W);
                                                const int64_t z_245 = derive_imin(j_lo_243 - (0), ext_239);
                                                const int64_t z_246 = derive_imax(j_hi_244 - (0) + 1, z_245);
                                                for (int64_t q_242 = 0; q_242 < z_245; ++q_242) row_241[q_242] = 0;
                                                for (int64_t q_242 = z_246; q_242 < ext_239; ++q_242) row_241[q_242] = 0;
                                                for (int64_t j = j_lo_243; j <= j_hi_244; ++j)
                                                    row_241[j - (0)] = grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_247 = derive_imax(0, ((-4) + W));
                                        int64_t rows_248 = 0;
                                        for (int64_t c = 0; c <= ((-1) + C); ++c) {
                                            for (int64_t k_h = 0; k_h <= 4; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 4; ++k_w) {
                                                    for (int64_t i = 0; i <= ((-5) + H); ++i) {
                                                        float *restrict row_249 = b_mat_235 + (rows_248++) * ext_247;
                                                        if (!((i >= derive_imax(0, ((-1) * k_h))) && (i <= derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)))))) {
                                                            for (int64_t q_250 = 0; q_250 < ext_247; ++q_250) row_249[q_250] = 0;
                                                            continue;
                                                        }
                                                        const int64_t j_lo_251 = derive_imax(0, ((-1) * k_w));
                                                        const int64_t j_hi_252 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                                        const int64_t z_253 = derive_imin(j_lo_251 - (0), ext_247);
                                                        const int64_t z_254 = derive_imax(j_hi_252 - (0) + 1, z_253);
                                                        for (int64_t q_250 = 0; q_250 < z_253; ++q_250) row_249[q_250] = 0;
                                                        for (int64_t q_250 = z_254; q_250 < ext_247; ++q_250) row_249[q_250] = 0;
                                                        for (int64_t j = j_lo_251; j <= j_hi_252; ++j)
                                                            row_249[j - (0)] = x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_230, N_231, K_232, a_mat_234 + (0), K_232, 1, b_mat_235 + (0), 1, K_232, mine_238, N_231, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_226 = 1;
                                    }
                                }
                            }
                            free(a_mat_234);
                            free(b_mat_235);
                        }
                    }
                    for (int part_256 = 0; part_256 < nparts_236; ++part_256)
                        for (int64_t m_257 = 0; m_257 < M_230; ++m_257)
                            for (int64_t n_258 = 0; n_258 < N_231; ++n_258)
                                grad_w[(0) + m_257 * (25 * C) + n_258 * 1] += parts_237[((size_t)part_256 * (size_t)M_230 + (size_t)m_257) * (size_t)N_231 + (size_t)n_258];
                    free(parts_237);
                }
            }
            if (failed_226) return 14;
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
    const int64_t work_266 = (N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
    if (work_266 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            float acc_259 = 0;
            {
                const int64_t n_lo_260 = 0;
                const int64_t n_hi_261 = ((-1) + N);
                for (int64_t n = n_lo_260; n <= n_hi_261; ++n) {
                    {
                        const int64_t i_lo_262 = 0;
                        const int64_t i_hi_263 = ((-5) + H);
                        for (int64_t i = i_lo_262; i <= i_hi_263; ++i) {
                            {
                                const int64_t j_lo_264 = 0;
                                const int64_t j_hi_265 = ((-5) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_259)
    #endif
                                for (int64_t j = j_lo_264; j <= j_hi_265; ++j) {
                                    acc_259 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_259;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            float acc_259 = 0;
            {
                const int64_t n_lo_260 = 0;
                const int64_t n_hi_261 = ((-1) + N);
                for (int64_t n = n_lo_260; n <= n_hi_261; ++n) {
                    {
                        const int64_t i_lo_262 = 0;
                        const int64_t i_hi_263 = ((-5) + H);
                        for (int64_t i = i_lo_262; i <= i_hi_263; ++i) {
                            {
                                const int64_t j_lo_264 = 0;
                                const int64_t j_hi_265 = ((-5) + W);
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_259)
    #endif
                                for (int64_t j = j_lo_264; j <= j_hi_265; ++j) {
                                    acc_259 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_259;
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

