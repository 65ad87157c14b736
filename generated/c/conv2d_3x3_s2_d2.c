/* conv2d: forward and backward kernels (C99)
 *
 * 2-d convolution (cross-correlation), as torch.nn.functional.conv2d
 * Configuration: kernel_size=3, stride=2, padding=0, dilation=2, groups=1, bias=True
 *
 * Forward:
 *   y[n, o, i, j] = b[o] + Sum(w[o, c, k_h, k_w]*x[n, c, d_h*k_h + i*s_h - p_h, d_w*k_w + j*s_w
 *       - p_w], (c, 0, C - 1), (k_h, 0, K_h - 1), (k_w, 0, K_w - 1))
 *
 * Gradient of x:
 *   x[n, c, h, w] = Sum(Piecewise((grad_y[n, o, (h - 2*k_h)/2, (-2*k_w + w)/2]*w[o, c, k_h,
 *       k_w], Eq(Mod(h, 2), 0) & Eq(Mod(w, 2), 0)), (0, True)), (o, 0, O - 1), (k_h, Max(0,
 *       ceiling(h/2) - floor(H/2 - 5/2)), Min(2, floor(h/2))), (k_w, Max(0, ceiling(w/2) -
 *       floor(W/2 - 5/2)), Min(2, floor(w/2))))
 *
 * Gradient of w:
 *   w[o, c, k_h, k_w] = Sum(grad_y[n, o, i, j]*x[n, c, 2*i + 2*k_h, 2*j + 2*k_w], (n, 0, N - 1),
 *        (i, Max(0, -k_h), Min(-k_h + floor(H/2 - 1/2), floor(H/2 - 5/2))), (j, Max(0, -k_w),
 *       Min(-k_w + floor(W/2 - 1/2), floor(W/2 - 5/2))))
 *
 * Gradient of b:
 *   b[o] = Sum(grad_y[n, o, i, j], (n, 0, N - 1), (i, 0, floor(H/2 - 5/2)), (j, 0, floor(W/2 -
 *       5/2)))
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

#include "conv2d_3x3_s2_d2.h"

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
    shape[2] = (1 + derive_fdiv(((-5) + H), 2));
    if (shape[2] < 1) return 12;
    shape[3] = (1 + derive_fdiv(((-5) + W), 2));
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
    if ((1 + derive_fdiv(((-5) + H), 2)) < 1) return 12;
    if ((1 + derive_fdiv(((-5) + W), 2)) < 1) return 13;
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
    const int64_t size_2 = derive_fdiv(((-5) + H), 2);
    const int64_t size_3 = (1 + size_2);
    const int64_t size_4 = derive_imax(0, size_3);
    const int64_t size_5 = derive_fdiv(((-5) + W), 2);
    const int64_t size_6 = (1 + size_5);
    const int64_t size_7 = derive_imax(0, size_6);
    const int64_t size_8 = ((-1) * size_2);
    const int64_t size_9 = derive_imax(0, size_8);
    const int64_t size_10 = ((-1) * size_9);
    const int64_t size_11 = derive_fdiv(((-1) + H), 2);
    const int64_t size_12 = derive_imin(2, size_11);
    const int64_t size_13 = (1 + size_10 + size_12);
    const int64_t size_14 = derive_imax(0, size_13);
    const int64_t size_15 = ((-1) * size_5);
    const int64_t size_16 = derive_imax(0, size_15);
    const int64_t size_17 = ((-1) * size_16);
    const int64_t size_18 = derive_fdiv(((-1) + W), 2);
    const int64_t size_19 = derive_imin(2, size_18);
    const int64_t size_20 = (1 + size_17 + size_19);
    const int64_t size_21 = derive_imax(0, size_20);
    const int64_t size_22 = (C * N * O * size_4 * size_7 * size_14 * size_21);
    const int64_t size_31 = (size_15 + size_18);
    const int64_t size_32 = derive_imax(size_18, size_31);
    const int64_t size_33 = derive_imin(2, size_32);
    const int64_t size_43 = (size_4 * size_7);
    const int64_t size_45 = (C * size_14 * size_21);
    const int64_t size_64 = (size_3 * size_6);
    const int64_t products_1 = size_22;
    if (products_1 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_36 = (C * N * O * (1 + derive_imin(2, derive_fdiv(((-1) + H), 2))) * (1 + derive_imin(2, derive_fdiv(((-1) + W), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + H), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + W), 2))));
        if (work_36 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < size_3; ++i) {
                        {
                            {
                                const int64_t j_lo_23 = 0;
                                const int64_t j_hi_24 = size_5;
                                for (int64_t j = j_lo_23; j <= j_hi_24; ++j)
                                    y[(((n) * O + o) * size_3 + i) * size_6 + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_25 = 0;
                            const int64_t c_hi_26 = ((-1) + C);
                            for (int64_t c = c_lo_25; c <= c_hi_26; ++c) {
                                {
                                    const int64_t k_h_lo_27 = 0;
                                    const int64_t k_h_hi_28 = derive_imin(2, (((-1) * i) + size_11));
                                    for (int64_t k_h = k_h_lo_27; k_h <= k_h_hi_28; ++k_h) {
                                        {
                                            const int64_t k_w_lo_29 = 0;
                                            const int64_t k_w_hi_30 = size_33;
                                            for (int64_t k_w = k_w_lo_29; k_w <= k_w_hi_30; ++k_w) {
                                                {
                                                    const int64_t j_lo_34 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_35 = derive_imin(size_5, (((-1) * k_w) + size_18));
                                                    for (int64_t j = j_lo_34; j <= j_hi_35; ++j)
                                                        y[(((n) * O + o) * size_3 + i) * size_6 + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
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
                    for (int64_t i = 0; i < size_3; ++i) {
                        {
                            {
                                const int64_t j_lo_23 = 0;
                                const int64_t j_hi_24 = size_5;
                                for (int64_t j = j_lo_23; j <= j_hi_24; ++j)
                                    y[(((n) * O + o) * size_3 + i) * size_6 + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_25 = 0;
                            const int64_t c_hi_26 = ((-1) + C);
                            for (int64_t c = c_lo_25; c <= c_hi_26; ++c) {
                                {
                                    const int64_t k_h_lo_27 = 0;
                                    const int64_t k_h_hi_28 = derive_imin(2, (((-1) * i) + size_11));
                                    for (int64_t k_h = k_h_lo_27; k_h <= k_h_hi_28; ++k_h) {
                                        {
                                            const int64_t k_w_lo_29 = 0;
                                            const int64_t k_w_hi_30 = size_33;
                                            for (int64_t k_w = k_w_lo_29; k_w <= k_w_hi_30; ++k_w) {
                                                {
                                                    const int64_t j_lo_34 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_35 = derive_imin(size_5, (((-1) * k_w) + size_18));
                                                    for (int64_t j = j_lo_34; j <= j_hi_35; ++j)
                                                        y[(((n) * O + o) * size_3 + i) * size_6 + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
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
        const int64_t work_39 = (N * O * derive_imax(1, (1 + derive_fdiv(((-5) + H), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + W), 2))));
        if (work_39 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < size_3; ++i) {
                        {
                            {
                                const int64_t j_lo_37 = 0;
                                const int64_t j_hi_38 = size_5;
                                for (int64_t j = j_lo_37; j <= j_hi_38; ++j)
                                    y[(((n) * O + o) * size_3 + i) * size_6 + j] = b[o];
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
                    for (int64_t i = 0; i < size_3; ++i) {
                        {
                            {
                                const int64_t j_lo_37 = 0;
                                const int64_t j_hi_38 = size_5;
                                for (int64_t j = j_lo_37; j <= j_hi_38; ++j)
                                    y[(((n) * O + o) * size_3 + i) * size_6 + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_40 = 0;
            const int64_t M_max_41 = O;
            const int64_t N_max_42 = size_43;
            const int64_t K_max_44 = size_45;
            const int64_t M_46 = O;
            const int64_t N_47 = size_43;
            const int64_t K_48 = size_45;
            const int64_t flops_49 = M_46 * N_47 * K_48 * (N);
            (void)flops_49;
            if (M_46 > 0 && N_47 > 0 && K_48 > 0) {
                double *a_mat_50 = (double *)calloc((size_t)(M_max_41 * K_max_44), sizeof(double));
                if (a_mat_50 == NULL) failed_40 = 1;
                else {
                    {
                        const int64_t ext_52 = O;
                        const int64_t c_last_53 = ((-1) + C);
                        const int64_t k_h_first_54 = size_9;
                        const int64_t k_h_last_55 = size_12;
                        const int64_t k_h_count_56 = size_14;
                        const int64_t k_w_first_57 = size_16;
                        const int64_t k_w_last_58 = size_19;
                        const int64_t k_w_count_59 = size_21;
                        const int64_t o_lo_60 = 0;
                        const int64_t o_hi_61 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_53; ++c) {
                            for (int64_t k_h = k_h_first_54; k_h <= k_h_last_55; ++k_h) {
                                for (int64_t k_w = k_w_first_57; k_w <= k_w_last_58; ++k_w) {
                                    double *restrict row_62 = a_mat_50 + ((k_w + ((-1) * k_w_first_57) + (k_w_count_59 * (k_h + ((-1) * k_h_first_54))) + (c * k_h_count_56 * k_w_count_59))) * ext_52;
                                    for (int64_t o = o_lo_60; o <= o_hi_61; ++o)
                                        row_62[o - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_80 = flops_49;
                if (work_80 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_51 = (double *)calloc((size_t)(K_max_44 * N_max_42), sizeof(double));
                        if (b_mat_51 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_40 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_51 != NULL) {
                                {
                                    const int64_t ext_66 = size_7;
                                    const int64_t c_last_67 = ((-1) + C);
                                    const int64_t k_h_first_68 = size_9;
                                    const int64_t k_h_last_69 = size_12;
                                    const int64_t k_h_count_70 = size_14;
                                    const int64_t k_w_first_71 = size_16;
                                    const int64_t k_w_last_72 = size_19;
                                    const int64_t k_w_count_73 = size_21;
                                    const int64_t i_last_74 = size_2;
                                    const int64_t i_count_75 = size_4;
                                    for (int64_t c = 0; c <= c_last_67; ++c) {
                                        for (int64_t k_h = k_h_first_68; k_h <= k_h_last_69; ++k_h) {
                                            for (int64_t k_w = k_w_first_71; k_w <= k_w_last_72; ++k_w) {
                                                const int64_t j_lo_76 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_77 = derive_imin(size_5, (((-1) * k_w) + size_18));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_74; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(2, (((-1) * i) + size_11)))) continue;
                                                    double *restrict row_78 = b_mat_51 + ((i + (i_count_75 * (k_w + ((-1) * k_w_first_71))) + (i_count_75 * k_w_count_73 * (k_h + ((-1) * k_h_first_68))) + (c * i_count_75 * k_h_count_70 * k_w_count_73))) * ext_66;
                                                    for (int64_t j = j_lo_76; j <= j_hi_77; ++j)
                                                        row_78[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_46, N_47, K_48, a_mat_50 + (0), 1, M_46, b_mat_51 + (0), N_47, 1, y + ((n * O * size_3 * size_6)), size_64, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_40 = 1;
                                }
                            }
                        }
                        free(b_mat_51);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_51 = (double *)calloc((size_t)(K_max_44 * N_max_42), sizeof(double));
                        if (b_mat_51 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_40 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_51 != NULL) {
                                {
                                    const int64_t ext_66 = size_7;
                                    const int64_t c_last_67 = ((-1) + C);
                                    const int64_t k_h_first_68 = size_9;
                                    const int64_t k_h_last_69 = size_12;
                                    const int64_t k_h_count_70 = size_14;
                                    const int64_t k_w_first_71 = size_16;
                                    const int64_t k_w_last_72 = size_19;
                                    const int64_t k_w_count_73 = size_21;
                                    const int64_t i_last_74 = size_2;
                                    const int64_t i_count_75 = size_4;
                                    for (int64_t c = 0; c <= c_last_67; ++c) {
                                        for (int64_t k_h = k_h_first_68; k_h <= k_h_last_69; ++k_h) {
                                            for (int64_t k_w = k_w_first_71; k_w <= k_w_last_72; ++k_w) {
                                                const int64_t j_lo_76 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_77 = derive_imin(size_5, (((-1) * k_w) + size_18));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_74; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(2, (((-1) * i) + size_11)))) continue;
                                                    double *restrict row_78 = b_mat_51 + ((i + (i_count_75 * (k_w + ((-1) * k_w_first_71))) + (i_count_75 * k_w_count_73 * (k_h + ((-1) * k_h_first_68))) + (c * i_count_75 * k_h_count_70 * k_w_count_73))) * ext_66;
                                                    for (int64_t j = j_lo_76; j <= j_hi_77; ++j)
                                                        row_78[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_46, N_47, K_48, a_mat_50 + (0), 1, M_46, b_mat_51 + (0), N_47, 1, y + ((n * O * size_3 * size_6)), size_64, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_40 = 1;
                                }
                            }
                        }
                        free(b_mat_51);
                    }
                }
                free(a_mat_50);
            }
            if (failed_40) return 14;
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
    const int64_t size_82 = derive_fdiv(((-5) + H), 2);
    const int64_t size_83 = ((-1) * size_82);
    const int64_t size_84 = derive_imax(0, size_83);
    const int64_t size_85 = ((-1) * size_84);
    const int64_t size_86 = derive_fdiv(((-1) + H), 2);
    const int64_t size_87 = derive_imin(2, size_86);
    const int64_t size_88 = (1 + size_85 + size_87);
    const int64_t size_89 = derive_imax(0, size_88);
    const int64_t size_90 = derive_fdiv(((-5) + W), 2);
    const int64_t size_91 = ((-1) * size_90);
    const int64_t size_92 = derive_imax(0, size_91);
    const int64_t size_93 = ((-1) * size_92);
    const int64_t size_94 = derive_fdiv(((-1) + W), 2);
    const int64_t size_95 = derive_imin(2, size_94);
    const int64_t size_96 = (1 + size_93 + size_95);
    const int64_t size_97 = derive_imax(0, size_96);
    const int64_t size_98 = (C * H * N * O * W * size_89 * size_97);
    const int64_t size_105 = (2 * size_90);
    const int64_t size_108 = (1 + size_82);
    const int64_t size_109 = (1 + size_90);
    const int64_t size_117 = (O * size_89 * size_97);
    const int64_t products_81 = size_98;
    if (products_81 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_112 = (C * H * N * O * W);
        if (work_112 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_99 = 0;
                            const int64_t o_hi_100 = ((-1) + O);
                            for (int64_t o = o_lo_99; o <= o_hi_100; ++o) {
                                {
                                    const int64_t k_h_lo_101 = derive_imax(0, (size_83 + derive_cdiv(h, 2)));
                                    const int64_t k_h_hi_102 = derive_imin(2, derive_fdiv(h, 2));
                                    if (derive_imod(((-1) * h), 2) == 0) {
                                        for (int64_t k_h = k_h_lo_101; k_h <= k_h_hi_102; ++k_h) {
                                            {
                                                const int64_t k_w_lo_103 = size_92;
                                                const int64_t k_w_hi_104 = size_95;
                                                for (int64_t k_w = k_w_lo_103; k_w <= k_w_hi_104; ++k_w) {
                                                    {
                                                        const int64_t w__lo_106 = derive_imax(0, (2 * k_w));
                                                        const int64_t w__hi_107 = derive_imin(((-1) + W), ((2 * k_w) + size_105));
                                                        const int64_t w__r_110 = derive_imod(-((2 * k_w)) * 1, 2);
                                                        const int64_t w_0 = w__lo_106 + derive_imod(w__r_110 - w__lo_106, 2);
                                                        const int64_t q_hi_111 = derive_fdiv(w__hi_107 - w_0, 2);
                                                        for (int64_t q = 0; q <= q_hi_111; ++q)
                                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += (grad_y[(((n) * O + o) * size_108 + (((-1) * k_h) + ((h) / 2))) * size_109 + (((-1) * k_w) + q + ((w_0) / 2))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
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
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_99 = 0;
                            const int64_t o_hi_100 = ((-1) + O);
                            for (int64_t o = o_lo_99; o <= o_hi_100; ++o) {
                                {
                                    const int64_t k_h_lo_101 = derive_imax(0, (size_83 + derive_cdiv(h, 2)));
                                    const int64_t k_h_hi_102 = derive_imin(2, derive_fdiv(h, 2));
                                    if (derive_imod(((-1) * h), 2) == 0) {
                                        for (int64_t k_h = k_h_lo_101; k_h <= k_h_hi_102; ++k_h) {
                                            {
                                                const int64_t k_w_lo_103 = size_92;
                                                const int64_t k_w_hi_104 = size_95;
                                                for (int64_t k_w = k_w_lo_103; k_w <= k_w_hi_104; ++k_w) {
                                                    {
                                                        const int64_t w__lo_106 = derive_imax(0, (2 * k_w));
                                                        const int64_t w__hi_107 = derive_imin(((-1) + W), ((2 * k_w) + size_105));
                                                        const int64_t w__r_110 = derive_imod(-((2 * k_w)) * 1, 2);
                                                        const int64_t w_0 = w__lo_106 + derive_imod(w__r_110 - w__lo_106, 2);
                                                        const int64_t q_hi_111 = derive_fdiv(w__hi_107 - w_0, 2);
                                                        for (int64_t q = 0; q <= q_hi_111; ++q)
                                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += (grad_y[(((n) * O + o) * size_108 + (((-1) * k_h) + ((h) / 2))) * size_109 + (((-1) * k_w) + q + ((w_0) / 2))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
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
        }
    } else {
        {
            int failed_113 = 0;
            const int64_t M_max_114 = C;
            const int64_t N_max_115 = (H * W);
            const int64_t K_max_116 = size_117;
            const int64_t M_118 = C;
            const int64_t N_119 = (H * W);
            const int64_t K_120 = size_117;
            const int64_t flops_121 = M_118 * N_119 * K_120 * (N);
            (void)flops_121;
            if (K_120 <= 0)
                for (int64_t q_122 = 0; q_122 < (N) * (C) * (H) * (W); ++q_122) grad_x[q_122] = 0;
            if (M_118 > 0 && N_119 > 0 && K_120 > 0) {
                double *a_mat_123 = (double *)calloc((size_t)(M_max_114 * K_max_116), sizeof(double));
                if (a_mat_123 == NULL) failed_113 = 1;
                else {
                    {
                        const int64_t ext_125 = C;
                        const int64_t o_last_126 = ((-1) + O);
                        const int64_t k_h_first_127 = size_84;
                        const int64_t k_h_last_128 = size_87;
                        const int64_t k_h_count_129 = size_89;
                        const int64_t k_w_first_130 = size_92;
                        const int64_t k_w_last_131 = size_95;
                        const int64_t k_w_count_132 = size_97;
                        const int64_t c_lo_133 = 0;
                        const int64_t c_hi_134 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_126; ++o) {
                            for (int64_t k_h = k_h_first_127; k_h <= k_h_last_128; ++k_h) {
                                for (int64_t k_w = k_w_first_130; k_w <= k_w_last_131; ++k_w) {
                                    double *restrict row_135 = a_mat_123 + ((k_w + ((-1) * k_w_first_130) + (k_w_count_132 * (k_h + ((-1) * k_h_first_127))) + (k_h_count_129 * k_w_count_132 * o))) * ext_125;
                                    for (int64_t c = c_lo_133; c <= c_hi_134; ++c)
                                        row_135[c - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_152 = flops_121;
                if (work_152 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_124 = (double *)calloc((size_t)(K_max_116 * N_max_115), sizeof(double));
                        if (b_mat_124 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_113 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_124 != NULL) {
                                {
                                    const int64_t ext_138 = W;
                                    const int64_t o_last_139 = ((-1) + O);
                                    const int64_t k_h_first_140 = size_84;
                                    const int64_t k_h_last_141 = size_87;
                                    const int64_t k_h_count_142 = size_89;
                                    const int64_t k_w_first_143 = size_92;
                                    const int64_t k_w_last_144 = size_95;
                                    const int64_t k_w_count_145 = size_97;
                                    const int64_t h_last_146 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_139; ++o) {
                                        for (int64_t k_h = k_h_first_140; k_h <= k_h_last_141; ++k_h) {
                                            for (int64_t k_w = k_w_first_143; k_w <= k_w_last_144; ++k_w) {
                                                const int64_t w__lo_147 = derive_imax(0, (2 * k_w));
                                                const int64_t w__hi_148 = derive_imin(((-1) + W), ((2 * k_w) + size_105));
                                                const int64_t w__r_149 = derive_imod(-((2 * k_w)) * 1, 2);
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_146; ++h) {
                                                    if (!(k_h >= derive_imax(0, (size_83 + derive_cdiv(h, 2))))) continue;
                                                    if (!(k_h <= derive_imin(2, derive_fdiv(h, 2)))) continue;
                                                    if (!(derive_imod((((-1) * h) + (2 * k_h)), 2) == 0)) continue;
                                                    double *restrict row_150 = b_mat_124 + ((h + (H * (k_w + ((-1) * k_w_first_143))) + (k_w_count_145 * H * (k_h + ((-1) * k_h_first_140))) + (k_h_count_142 * k_w_count_145 * o * H))) * ext_138;
                                                    for (int64_t w_ = w__lo_147 + derive_imod(w__r_149 - w__lo_147, 2); w_ <= w__hi_148; w_ += 2)
                                                        row_150[w_ - (0)] = grad_y[(((n) * O + o) * size_108 + (((-1) * k_h) + ((h) / 2))) * size_109 + (((-1) * k_w) + ((w_) / 2))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_118, N_119, K_120, a_mat_123 + (0), 1, M_118, b_mat_124 + (0), N_119, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_113 = 1;
                                }
                            }
                        }
                        free(b_mat_124);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_124 = (double *)calloc((size_t)(K_max_116 * N_max_115), sizeof(double));
                        if (b_mat_124 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_113 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_124 != NULL) {
                                {
                                    const int64_t ext_138 = W;
                                    const int64_t o_last_139 = ((-1) + O);
                                    const int64_t k_h_first_140 = size_84;
                                    const int64_t k_h_last_141 = size_87;
                                    const int64_t k_h_count_142 = size_89;
                                    const int64_t k_w_first_143 = size_92;
                                    const int64_t k_w_last_144 = size_95;
                                    const int64_t k_w_count_145 = size_97;
                                    const int64_t h_last_146 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_139; ++o) {
                                        for (int64_t k_h = k_h_first_140; k_h <= k_h_last_141; ++k_h) {
                                            for (int64_t k_w = k_w_first_143; k_w <= k_w_last_144; ++k_w) {
                                                const int64_t w__lo_147 = derive_imax(0, (2 * k_w));
                                                const int64_t w__hi_148 = derive_imin(((-1) + W), ((2 * k_w) + size_105));
                                                const int64_t w__r_149 = derive_imod(-((2 * k_w)) * 1, 2);
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_146; ++h) {
                                                    if (!(k_h >= derive_imax(0, (size_83 + derive_cdiv(h, 2))))) continue;
                                                    if (!(k_h <= derive_imin(2, derive_fdiv(h, 2)))) continue;
                                                    if (!(derive_imod((((-1) * h) + (2 * k_h)), 2) == 0)) continue;
                                                    double *restrict row_150 = b_mat_124 + ((h + (H * (k_w + ((-1) * k_w_first_143))) + (k_w_count_145 * H * (k_h + ((-1) * k_h_first_140))) + (k_h_count_142 * k_w_count_145 * o * H))) * ext_138;
                                                    for (int64_t w_ = w__lo_147 + derive_imod(w__r_149 - w__lo_147, 2); w_ <= w__hi_148; w_ += 2)
                                                        row_150[w_ - (0)] = grad_y[(((n) * O + o) * size_108 + (((-1) * k_h) + ((h) / 2))) * size_109 + (((-1) * k_w) + ((w_) / 2))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_118, N_119, K_120, a_mat_123 + (0), 1, M_118, b_mat_124 + (0), N_119, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_113 = 1;
                                }
                            }
                        }
                        free(b_mat_124);
                    }
                }
                free(a_mat_123);
            }
            if (failed_113) return 14;
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
    const int64_t size_154 = derive_fdiv(((-5) + H), 2);
    const int64_t size_155 = derive_fdiv(((-1) + H), 2);
    const int64_t size_156 = derive_imin(size_154, size_155);
    const int64_t size_157 = (1 + size_156);
    const int64_t size_158 = derive_imax(0, size_157);
    const int64_t size_159 = derive_fdiv(((-5) + W), 2);
    const int64_t size_160 = derive_fdiv(((-1) + W), 2);
    const int64_t size_161 = derive_imin(size_159, size_160);
    const int64_t size_162 = (1 + size_161);
    const int64_t size_163 = derive_imax(0, size_162);
    const int64_t size_164 = (9 * C * N * O * size_158 * size_163);
    const int64_t size_172 = (1 + size_154);
    const int64_t size_173 = (1 + size_159);
    const int64_t size_180 = (size_158 * size_163);
    const int64_t products_153 = size_164;
    if (products_153 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_174 = (9 * C * N * O * derive_imax(1, (1 + derive_imin(derive_fdiv(((-5) + H), 2), derive_fdiv(((-1) + H), 2)))) * derive_imax(1, (1 + derive_imin(derive_fdiv(((-5) + W), 2), derive_fdiv(((-1) + W), 2)))));
        if (work_174 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 3; ++k_h) {
                        for (int64_t k_w = 0; k_w < 3; ++k_w) {
                            double acc_165 = 0;
                            {
                                const int64_t n_lo_166 = 0;
                                const int64_t n_hi_167 = ((-1) + N);
                                for (int64_t n = n_lo_166; n <= n_hi_167; ++n) {
                                    {
                                        const int64_t i_lo_168 = 0;
                                        const int64_t i_hi_169 = derive_imin(size_154, (((-1) * k_h) + size_155));
                                        for (int64_t i = i_lo_168; i <= i_hi_169; ++i) {
                                            {
                                                const int64_t j_lo_170 = 0;
                                                const int64_t j_hi_171 = derive_imin(size_159, (((-1) * k_w) + size_160));
                                                for (int64_t j = j_lo_170; j <= j_hi_171; ++j) {
                                                    acc_165 += (grad_y[(((n) * O + o) * size_172 + i) * size_173 + j] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_165;
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
                            double acc_165 = 0;
                            {
                                const int64_t n_lo_166 = 0;
                                const int64_t n_hi_167 = ((-1) + N);
                                for (int64_t n = n_lo_166; n <= n_hi_167; ++n) {
                                    {
                                        const int64_t i_lo_168 = 0;
                                        const int64_t i_hi_169 = derive_imin(size_154, (((-1) * k_h) + size_155));
                                        for (int64_t i = i_lo_168; i <= i_hi_169; ++i) {
                                            {
                                                const int64_t j_lo_170 = 0;
                                                const int64_t j_hi_171 = derive_imin(size_159, (((-1) * k_w) + size_160));
                                                for (int64_t j = j_lo_170; j <= j_hi_171; ++j) {
                                                    acc_165 += (grad_y[(((n) * O + o) * size_172 + i) * size_173 + j] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_165;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_175 = 0; q_175 < (O) * (C) * (3) * (3); ++q_175) grad_w[q_175] = 0;
        {
            int failed_176 = 0;
            const int64_t M_max_177 = O;
            const int64_t N_max_178 = (9 * C);
            const int64_t K_max_179 = size_180;
            const int64_t M_181 = O;
            const int64_t N_182 = (9 * C);
            const int64_t K_183 = size_180;
            const int64_t flops_184 = M_181 * N_182 * K_183 * (N);
            (void)flops_184;
            if (M_181 > 0 && N_182 > 0 && K_183 > 0) {
                int nparts_187 = 1;
#ifdef _OPENMP
                if (flops_184 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_187 = omp_get_max_threads();
#endif
                double *parts_188 = (double *)calloc((size_t)nparts_187 * (size_t)(M_181 * N_182), sizeof(double));
                if (parts_188 == NULL) failed_176 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_206 = flops_184;
                    if (work_206 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_187)
                        {
                            double *mine_189 = parts_188 + (size_t)DERIVE_THREAD * (size_t)(M_181 * N_182);
                            double *a_mat_185 = (double *)calloc((size_t)(M_max_177 * K_max_179), sizeof(double));
                            double *b_mat_186 = (double *)calloc((size_t)(K_max_179 * N_max_178), sizeof(double));
                            if (a_mat_185 == NULL || b_mat_186 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_176 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_185 != NULL && b_mat_186 != NULL) {
                                    {
                                        const int64_t ext_190 = size_163;
                                        const int64_t o_last_191 = ((-1) + O);
                                        const int64_t i_last_192 = size_156;
                                        const int64_t i_count_193 = size_158;
                                        const int64_t j_lo_194 = 0;
                                        const int64_t j_hi_195 = size_161;
                                        for (int64_t o = 0; o <= o_last_191; ++o) {
                                            for (int64_t i = 0; i <= i_last_192; ++i) {
                                                double *restrict row_196 = a_mat_185 + ((i + (i_count_193 * o))) * ext_190;
                                                for (int64_t j = j_lo_194; j <= j_hi_195; ++j)
                                                    row_196[j - (0)] = grad_y[(((n) * O + o) * size_172 + i) * size_173 + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_198 = size_163;
                                        const int64_t c_last_199 = ((-1) + C);
                                        const int64_t i_last_200 = size_156;
                                        const int64_t i_count_201 = size_158;
                                        for (int64_t c = 0; c <= c_last_199; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_202 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_203 = derive_imin(derive_imin(size_159, (((-1) * k_w) + size_160)), size_161);
                                                    for (int64_t i = 0; i <= i_last_200; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(size_154, (((-1) * k_h) + size_155)))) continue;
                                                        double *restrict row_204 = b_mat_186 + ((i + (i_count_201 * k_w) + (3 * i_count_201 * k_h) + (9 * c * i_count_201))) * ext_198;
                                                        for (int64_t j = j_lo_202; j <= j_hi_203; ++j)
                                                            row_204[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_181, N_182, K_183, a_mat_185 + (0), K_183, 1, b_mat_186 + (0), 1, K_183, mine_189, N_182, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_176 = 1;
                                    }
                                }
                            }
                            free(a_mat_185);
                            free(b_mat_186);
                        }
                    } else
#endif
                    {
                        {
                            double *mine_189 = parts_188 + (size_t)DERIVE_THREAD * (size_t)(M_181 * N_182);
                            double *a_mat_185 = (double *)calloc((size_t)(M_max_177 * K_max_179), sizeof(double));
                            double *b_mat_186 = (double *)calloc((size_t)(K_max_179 * N_max_178), sizeof(double));
                            if (a_mat_185 == NULL || b_mat_186 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_176 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_185 != NULL && b_mat_186 != NULL) {
                                    {
                                        const int64_t ext_190 = size_163;
                                        const int64_t o_last_191 = ((-1) + O);
                                        const int64_t i_last_192 = size_156;
                                        const int64_t i_count_193 = size_158;
                                        const int64_t j_lo_194 = 0;
                                        const int64_t j_hi_195 = size_161;
                                        for (int64_t o = 0; o <= o_last_191; ++o) {
                                            for (int64_t i = 0; i <= i_last_192; ++i) {
                                                double *restrict row_196 = a_mat_185 + ((i + (i_count_193 * o))) * ext_190;
                                                for (int64_t j = j_lo_194; j <= j_hi_195; ++j)
                                                    row_196[j - (0)] = grad_y[(((n) * O + o) * size_172 + i) * size_173 + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_198 = size_163;
                                        const int64_t c_last_199 = ((-1) + C);
                                        const int64_t i_last_200 = size_156;
                                        const int64_t i_count_201 = size_158;
                                        for (int64_t c = 0; c <= c_last_199; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_202 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_203 = derive_imin(derive_imin(size_159, (((-1) * k_w) + size_160)), size_161);
                                                    for (int64_t i = 0; i <= i_last_200; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(size_154, (((-1) * k_h) + size_155)))) continue;
                                                        double *restrict row_204 = b_mat_186 + ((i + (i_count_201 * k_w) + (3 * i_count_201 * k_h) + (9 * c * i_count_201))) * ext_198;
                                                        for (int64_t j = j_lo_202; j <= j_hi_203; ++j)
                                                            row_204[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_181, N_182, K_183, a_mat_185 + (0), K_183, 1, b_mat_186 + (0), 1, K_183, mine_189, N_182, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_176 = 1;
                                    }
                                }
                            }
                            free(a_mat_185);
                            free(b_mat_186);
                        }
                    }
                    for (int part_207 = 0; part_207 < nparts_187; ++part_207)
                        for (int64_t m_208 = 0; m_208 < M_181; ++m_208)
                            for (int64_t n_209 = 0; n_209 < N_182; ++n_209)
                                grad_w[(0) + m_208 * (9 * C) + n_209 * 1] += parts_188[((size_t)part_207 * (size_t)M_181 + (size_t)m_208) * (size_t)N_182 + (size_t)n_209];
                    free(parts_188);
                }
            }
            if (failed_176) return 14;
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
    const int64_t size_216 = derive_fdiv(((-5) + H), 2);
    const int64_t size_219 = derive_fdiv(((-5) + W), 2);
    const int64_t size_220 = (1 + size_216);
    const int64_t size_221 = (1 + size_219);
#ifdef _OPENMP
    const int64_t work_222 = (N * O * derive_imax(1, (1 + derive_fdiv(((-5) + H), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + W), 2))));
    if (work_222 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            double acc_210 = 0;
            double lanes_211[8] = {0};
            {
                const int64_t n_lo_212 = 0;
                const int64_t n_hi_213 = ((-1) + N);
                for (int64_t n = n_lo_212; n <= n_hi_213; ++n) {
                    {
                        const int64_t i_lo_214 = 0;
                        const int64_t i_hi_215 = size_216;
                        for (int64_t i = i_lo_214; i <= i_hi_215; ++i) {
                            {
                                const int64_t j_lo_217 = 0;
                                const int64_t j_hi_218 = size_219;
                                int64_t j = j_lo_217;
                                for (; j <= j_hi_218 - 7; j += 8)
                                    for (int lane = 0; lane < 8; ++lane)
                                        lanes_211[lane] += grad_y[(((n) * O + o) * size_220 + i) * size_221 + (j + lane)];
                                for (; j <= j_hi_218; ++j)
                                    acc_210 += grad_y[(((n) * O + o) * size_220 + i) * size_221 + j];
                            }
                        }
                    }
                }
            }
            for (int lane_ = 0; lane_ < 8; ++lane_) acc_210 += lanes_211[lane_];
            grad_b[o] = acc_210;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            double acc_210 = 0;
            double lanes_211[8] = {0};
            {
                const int64_t n_lo_212 = 0;
                const int64_t n_hi_213 = ((-1) + N);
                for (int64_t n = n_lo_212; n <= n_hi_213; ++n) {
                    {
                        const int64_t i_lo_214 = 0;
                        const int64_t i_hi_215 = size_216;
                        for (int64_t i = i_lo_214; i <= i_hi_215; ++i) {
                            {
                                const int64_t j_lo_217 = 0;
                                const int64_t j_hi_218 = size_219;
                                int64_t j = j_lo_217;
                                for (; j <= j_hi_218 - 7; j += 8)
                                    for (int lane = 0; lane < 8; ++lane)
                                        lanes_211[lane] += grad_y[(((n) * O + o) * size_220 + i) * size_221 + (j + lane)];
                                for (; j <= j_hi_218; ++j)
                                    acc_210 += grad_y[(((n) * O + o) * size_220 + i) * size_221 + j];
                            }
                        }
                    }
                }
            }
            for (int lane_ = 0; lane_ < 8; ++lane_) acc_210 += lanes_211[lane_];
            grad_b[o] = acc_210;
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
    const int64_t size_224 = derive_fdiv(((-5) + H), 2);
    const int64_t size_225 = (1 + size_224);
    const int64_t size_226 = derive_imax(0, size_225);
    const int64_t size_227 = derive_fdiv(((-5) + W), 2);
    const int64_t size_228 = (1 + size_227);
    const int64_t size_229 = derive_imax(0, size_228);
    const int64_t size_230 = ((-1) * size_224);
    const int64_t size_231 = derive_imax(0, size_230);
    const int64_t size_232 = ((-1) * size_231);
    const int64_t size_233 = derive_fdiv(((-1) + H), 2);
    const int64_t size_234 = derive_imin(2, size_233);
    const int64_t size_235 = (1 + size_232 + size_234);
    const int64_t size_236 = derive_imax(0, size_235);
    const int64_t size_237 = ((-1) * size_227);
    const int64_t size_238 = derive_imax(0, size_237);
    const int64_t size_239 = ((-1) * size_238);
    const int64_t size_240 = derive_fdiv(((-1) + W), 2);
    const int64_t size_241 = derive_imin(2, size_240);
    const int64_t size_242 = (1 + size_239 + size_241);
    const int64_t size_243 = derive_imax(0, size_242);
    const int64_t size_244 = (C * N * O * size_226 * size_229 * size_236 * size_243);
    const int64_t size_253 = (size_237 + size_240);
    const int64_t size_254 = derive_imax(size_240, size_253);
    const int64_t size_255 = derive_imin(2, size_254);
    const int64_t size_265 = (size_226 * size_229);
    const int64_t size_267 = (C * size_236 * size_243);
    const int64_t size_286 = (size_225 * size_228);
    const int64_t products_223 = size_244;
    if (products_223 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_258 = (C * N * O * (1 + derive_imin(2, derive_fdiv(((-1) + H), 2))) * (1 + derive_imin(2, derive_fdiv(((-1) + W), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + H), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + W), 2))));
        if (work_258 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < size_225; ++i) {
                        {
                            {
                                const int64_t j_lo_245 = 0;
                                const int64_t j_hi_246 = size_227;
                                for (int64_t j = j_lo_245; j <= j_hi_246; ++j)
                                    y[(((n) * O + o) * size_225 + i) * size_228 + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_247 = 0;
                            const int64_t c_hi_248 = ((-1) + C);
                            for (int64_t c = c_lo_247; c <= c_hi_248; ++c) {
                                {
                                    const int64_t k_h_lo_249 = 0;
                                    const int64_t k_h_hi_250 = derive_imin(2, (((-1) * i) + size_233));
                                    for (int64_t k_h = k_h_lo_249; k_h <= k_h_hi_250; ++k_h) {
                                        {
                                            const int64_t k_w_lo_251 = 0;
                                            const int64_t k_w_hi_252 = size_255;
                                            for (int64_t k_w = k_w_lo_251; k_w <= k_w_hi_252; ++k_w) {
                                                {
                                                    const int64_t j_lo_256 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_257 = derive_imin(size_227, (((-1) * k_w) + size_240));
                                                    for (int64_t j = j_lo_256; j <= j_hi_257; ++j)
                                                        y[(((n) * O + o) * size_225 + i) * size_228 + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
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
                    for (int64_t i = 0; i < size_225; ++i) {
                        {
                            {
                                const int64_t j_lo_245 = 0;
                                const int64_t j_hi_246 = size_227;
                                for (int64_t j = j_lo_245; j <= j_hi_246; ++j)
                                    y[(((n) * O + o) * size_225 + i) * size_228 + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_247 = 0;
                            const int64_t c_hi_248 = ((-1) + C);
                            for (int64_t c = c_lo_247; c <= c_hi_248; ++c) {
                                {
                                    const int64_t k_h_lo_249 = 0;
                                    const int64_t k_h_hi_250 = derive_imin(2, (((-1) * i) + size_233));
                                    for (int64_t k_h = k_h_lo_249; k_h <= k_h_hi_250; ++k_h) {
                                        {
                                            const int64_t k_w_lo_251 = 0;
                                            const int64_t k_w_hi_252 = size_255;
                                            for (int64_t k_w = k_w_lo_251; k_w <= k_w_hi_252; ++k_w) {
                                                {
                                                    const int64_t j_lo_256 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_257 = derive_imin(size_227, (((-1) * k_w) + size_240));
                                                    for (int64_t j = j_lo_256; j <= j_hi_257; ++j)
                                                        y[(((n) * O + o) * size_225 + i) * size_228 + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
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
        const int64_t work_261 = (N * O * derive_imax(1, (1 + derive_fdiv(((-5) + H), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + W), 2))));
        if (work_261 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < size_225; ++i) {
                        {
                            {
                                const int64_t j_lo_259 = 0;
                                const int64_t j_hi_260 = size_227;
                                for (int64_t j = j_lo_259; j <= j_hi_260; ++j)
                                    y[(((n) * O + o) * size_225 + i) * size_228 + j] = b[o];
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
                    for (int64_t i = 0; i < size_225; ++i) {
                        {
                            {
                                const int64_t j_lo_259 = 0;
                                const int64_t j_hi_260 = size_227;
                                for (int64_t j = j_lo_259; j <= j_hi_260; ++j)
                                    y[(((n) * O + o) * size_225 + i) * size_228 + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_262 = 0;
            const int64_t M_max_263 = O;
            const int64_t N_max_264 = size_265;
            const int64_t K_max_266 = size_267;
            const int64_t M_268 = O;
            const int64_t N_269 = size_265;
            const int64_t K_270 = size_267;
            const int64_t flops_271 = M_268 * N_269 * K_270 * (N);
            (void)flops_271;
            if (M_268 > 0 && N_269 > 0 && K_270 > 0) {
                float *a_mat_272 = (float *)calloc((size_t)(M_max_263 * K_max_266), sizeof(float));
                if (a_mat_272 == NULL) failed_262 = 1;
                else {
                    {
                        const int64_t ext_274 = O;
                        const int64_t c_last_275 = ((-1) + C);
                        const int64_t k_h_first_276 = size_231;
                        const int64_t k_h_last_277 = size_234;
                        const int64_t k_h_count_278 = size_236;
                        const int64_t k_w_first_279 = size_238;
                        const int64_t k_w_last_280 = size_241;
                        const int64_t k_w_count_281 = size_243;
                        const int64_t o_lo_282 = 0;
                        const int64_t o_hi_283 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_275; ++c) {
                            for (int64_t k_h = k_h_first_276; k_h <= k_h_last_277; ++k_h) {
                                for (int64_t k_w = k_w_first_279; k_w <= k_w_last_280; ++k_w) {
                                    float *restrict row_284 = a_mat_272 + ((k_w + ((-1) * k_w_first_279) + (k_w_count_281 * (k_h + ((-1) * k_h_first_276))) + (c * k_h_count_278 * k_w_count_281))) * ext_274;
                                    for (int64_t o = o_lo_282; o <= o_hi_283; ++o)
                                        row_284[o - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_302 = flops_271;
                if (work_302 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_273 = (float *)calloc((size_t)(K_max_266 * N_max_264), sizeof(float));
                        if (b_mat_273 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_262 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_273 != NULL) {
                                {
                                    const int64_t ext_288 = size_229;
                                    const int64_t c_last_289 = ((-1) + C);
                                    const int64_t k_h_first_290 = size_231;
                                    const int64_t k_h_last_291 = size_234;
                                    const int64_t k_h_count_292 = size_236;
                                    const int64_t k_w_first_293 = size_238;
                                    const int64_t k_w_last_294 = size_241;
                                    const int64_t k_w_count_295 = size_243;
                                    const int64_t i_last_296 = size_224;
                                    const int64_t i_count_297 = size_226;
                                    for (int64_t c = 0; c <= c_last_289; ++c) {
                                        for (int64_t k_h = k_h_first_290; k_h <= k_h_last_291; ++k_h) {
                                            for (int64_t k_w = k_w_first_293; k_w <= k_w_last_294; ++k_w) {
                                                const int64_t j_lo_298 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_299 = derive_imin(size_227, (((-1) * k_w) + size_240));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_296; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(2, (((-1) * i) + size_233)))) continue;
                                                    float *restrict row_300 = b_mat_273 + ((i + (i_count_297 * (k_w + ((-1) * k_w_first_293))) + (i_count_297 * k_w_count_295 * (k_h + ((-1) * k_h_first_290))) + (c * i_count_297 * k_h_count_292 * k_w_count_295))) * ext_288;
                                                    for (int64_t j = j_lo_298; j <= j_hi_299; ++j)
                                                        row_300[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_268, N_269, K_270, a_mat_272 + (0), 1, M_268, b_mat_273 + (0), N_269, 1, y + ((n * O * size_225 * size_228)), size_286, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_262 = 1;
                                }
                            }
                        }
                        free(b_mat_273);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_273 = (float *)calloc((size_t)(K_max_266 * N_max_264), sizeof(float));
                        if (b_mat_273 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_262 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_273 != NULL) {
                                {
                                    const int64_t ext_288 = size_229;
                                    const int64_t c_last_289 = ((-1) + C);
                                    const int64_t k_h_first_290 = size_231;
                                    const int64_t k_h_last_291 = size_234;
                                    const int64_t k_h_count_292 = size_236;
                                    const int64_t k_w_first_293 = size_238;
                                    const int64_t k_w_last_294 = size_241;
                                    const int64_t k_w_count_295 = size_243;
                                    const int64_t i_last_296 = size_224;
                                    const int64_t i_count_297 = size_226;
                                    for (int64_t c = 0; c <= c_last_289; ++c) {
                                        for (int64_t k_h = k_h_first_290; k_h <= k_h_last_291; ++k_h) {
                                            for (int64_t k_w = k_w_first_293; k_w <= k_w_last_294; ++k_w) {
                                                const int64_t j_lo_298 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_299 = derive_imin(size_227, (((-1) * k_w) + size_240));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_296; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(2, (((-1) * i) + size_233)))) continue;
                                                    float *restrict row_300 = b_mat_273 + ((i + (i_count_297 * (k_w + ((-1) * k_w_first_293))) + (i_count_297 * k_w_count_295 * (k_h + ((-1) * k_h_first_290))) + (c * i_count_297 * k_h_count_292 * k_w_count_295))) * ext_288;
                                                    for (int64_t j = j_lo_298; j <= j_hi_299; ++j)
                                                        row_300[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_268, N_269, K_270, a_mat_272 + (0), 1, M_268, b_mat_273 + (0), N_269, 1, y + ((n * O * size_225 * size_228)), size_286, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_262 = 1;
                                }
                            }
                        }
                        free(b_mat_273);
                    }
                }
                free(a_mat_272);
            }
            if (failed_262) return 14;
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
    const int64_t size_304 = derive_fdiv(((-5) + H), 2);
    const int64_t size_305 = ((-1) * size_304);
    const int64_t size_306 = derive_imax(0, size_305);
    const int64_t size_307 = ((-1) * size_306);
    const int64_t size_308 = derive_fdiv(((-1) + H), 2);
    const int64_t size_309 = derive_imin(2, size_308);
    const int64_t size_310 = (1 + size_307 + size_309);
    const int64_t size_311 = derive_imax(0, size_310);
    const int64_t size_312 = derive_fdiv(((-5) + W), 2);
    const int64_t size_313 = ((-1) * size_312);
    const int64_t size_314 = derive_imax(0, size_313);
    const int64_t size_315 = ((-1) * size_314);
    const int64_t size_316 = derive_fdiv(((-1) + W), 2);
    const int64_t size_317 = derive_imin(2, size_316);
    const int64_t size_318 = (1 + size_315 + size_317);
    const int64_t size_319 = derive_imax(0, size_318);
    const int64_t size_320 = (C * H * N * O * W * size_311 * size_319);
    const int64_t size_327 = (2 * size_312);
    const int64_t size_330 = (1 + size_304);
    const int64_t size_331 = (1 + size_312);
    const int64_t size_339 = (O * size_311 * size_319);
    const int64_t products_303 = size_320;
    if (products_303 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_334 = (C * H * N * O * W);
        if (work_334 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_321 = 0;
                            const int64_t o_hi_322 = ((-1) + O);
                            for (int64_t o = o_lo_321; o <= o_hi_322; ++o) {
                                {
                                    const int64_t k_h_lo_323 = derive_imax(0, (size_305 + derive_cdiv(h, 2)));
                                    const int64_t k_h_hi_324 = derive_imin(2, derive_fdiv(h, 2));
                                    if (derive_imod(((-1) * h), 2) == 0) {
                                        for (int64_t k_h = k_h_lo_323; k_h <= k_h_hi_324; ++k_h) {
                                            {
                                                const int64_t k_w_lo_325 = size_314;
                                                const int64_t k_w_hi_326 = size_317;
                                                for (int64_t k_w = k_w_lo_325; k_w <= k_w_hi_326; ++k_w) {
                                                    {
                                                        const int64_t w__lo_328 = derive_imax(0, (2 * k_w));
                                                        const int64_t w__hi_329 = derive_imin(((-1) + W), ((2 * k_w) + size_327));
                                                        const int64_t w__r_332 = derive_imod(-((2 * k_w)) * 1, 2);
                                                        const int64_t w_0_ = w__lo_328 + derive_imod(w__r_332 - w__lo_328, 2);
                                                        const int64_t q__hi_333 = derive_fdiv(w__hi_329 - w_0_, 2);
                                                        for (int64_t q_ = 0; q_ <= q__hi_333; ++q_)
                                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += (grad_y[(((n) * O + o) * size_330 + (((-1) * k_h) + ((h) / 2))) * size_331 + (((-1) * k_w) + q_ + ((w_0_) / 2))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
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
        } else
#endif
        {
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_321 = 0;
                            const int64_t o_hi_322 = ((-1) + O);
                            for (int64_t o = o_lo_321; o <= o_hi_322; ++o) {
                                {
                                    const int64_t k_h_lo_323 = derive_imax(0, (size_305 + derive_cdiv(h, 2)));
                                    const int64_t k_h_hi_324 = derive_imin(2, derive_fdiv(h, 2));
                                    if (derive_imod(((-1) * h), 2) == 0) {
                                        for (int64_t k_h = k_h_lo_323; k_h <= k_h_hi_324; ++k_h) {
                                            {
                                                const int64_t k_w_lo_325 = size_314;
                                                const int64_t k_w_hi_326 = size_317;
                                                for (int64_t k_w = k_w_lo_325; k_w <= k_w_hi_326; ++k_w) {
                                                    {
                                                        const int64_t w__lo_328 = derive_imax(0, (2 * k_w));
                                                        const int64_t w__hi_329 = derive_imin(((-1) + W), ((2 * k_w) + size_327));
                                                        const int64_t w__r_332 = derive_imod(-((2 * k_w)) * 1, 2);
                                                        const int64_t w_0_ = w__lo_328 + derive_imod(w__r_332 - w__lo_328, 2);
                                                        const int64_t q__hi_333 = derive_fdiv(w__hi_329 - w_0_, 2);
                                                        for (int64_t q_ = 0; q_ <= q__hi_333; ++q_)
                                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += (grad_y[(((n) * O + o) * size_330 + (((-1) * k_h) + ((h) / 2))) * size_331 + (((-1) * k_w) + q_ + ((w_0_) / 2))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
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
        }
    } else {
        {
            int failed_335 = 0;
            const int64_t M_max_336 = C;
            const int64_t N_max_337 = (H * W);
            const int64_t K_max_338 = size_339;
            const int64_t M_340 = C;
            const int64_t N_341 = (H * W);
            const int64_t K_342 = size_339;
            const int64_t flops_343 = M_340 * N_341 * K_342 * (N);
            (void)flops_343;
            if (K_342 <= 0)
                for (int64_t q_344 = 0; q_344 < (N) * (C) * (H) * (W); ++q_344) grad_x[q_344] = 0;
            if (M_340 > 0 && N_341 > 0 && K_342 > 0) {
                float *a_mat_345 = (float *)calloc((size_t)(M_max_336 * K_max_338), sizeof(float));
                if (a_mat_345 == NULL) failed_335 = 1;
                else {
                    {
                        const int64_t ext_347 = C;
                        const int64_t o_last_348 = ((-1) + O);
                        const int64_t k_h_first_349 = size_306;
                        const int64_t k_h_last_350 = size_309;
                        const int64_t k_h_count_351 = size_311;
                        const int64_t k_w_first_352 = size_314;
                        const int64_t k_w_last_353 = size_317;
                        const int64_t k_w_count_354 = size_319;
                        const int64_t c_lo_355 = 0;
                        const int64_t c_hi_356 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_348; ++o) {
                            for (int64_t k_h = k_h_first_349; k_h <= k_h_last_350; ++k_h) {
                                for (int64_t k_w = k_w_first_352; k_w <= k_w_last_353; ++k_w) {
                                    float *restrict row_357 = a_mat_345 + ((k_w + ((-1) * k_w_first_352) + (k_w_count_354 * (k_h + ((-1) * k_h_first_349))) + (k_h_count_351 * k_w_count_354 * o))) * ext_347;
                                    for (int64_t c = c_lo_355; c <= c_hi_356; ++c)
                                        row_357[c - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_374 = flops_343;
                if (work_374 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_346 = (float *)calloc((size_t)(K_max_338 * N_max_337), sizeof(float));
                        if (b_mat_346 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_335 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_346 != NULL) {
                                {
                                    const int64_t ext_360 = W;
                                    const int64_t o_last_361 = ((-1) + O);
                                    const int64_t k_h_first_362 = size_306;
                                    const int64_t k_h_last_363 = size_309;
                                    const int64_t k_h_count_364 = size_311;
                                    const int64_t k_w_first_365 = size_314;
                                    const int64_t k_w_last_366 = size_317;
                                    const int64_t k_w_count_367 = size_319;
                                    const int64_t h_last_368 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_361; ++o) {
                                        for (int64_t k_h = k_h_first_362; k_h <= k_h_last_363; ++k_h) {
                                            for (int64_t k_w = k_w_first_365; k_w <= k_w_last_366; ++k_w) {
                                                const int64_t w__lo_369 = derive_imax(0, (2 * k_w));
                                                const int64_t w__hi_370 = derive_imin(((-1) + W), ((2 * k_w) + size_327));
                                                const int64_t w__r_371 = derive_imod(-((2 * k_w)) * 1, 2);
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_368; ++h) {
                                                    if (!(k_h >= derive_imax(0, (size_305 + derive_cdiv(h, 2))))) continue;
                                                    if (!(k_h <= derive_imin(2, derive_fdiv(h, 2)))) continue;
                                                    if (!(derive_imod((((-1) * h) + (2 * k_h)), 2) == 0)) continue;
                                                    float *restrict row_372 = b_mat_346 + ((h + (H * (k_w + ((-1) * k_w_first_365))) + (k_w_count_367 * H * (k_h + ((-1) * k_h_first_362))) + (k_h_count_364 * k_w_count_367 * o * H))) * ext_360;
                                                    for (int64_t w_ = w__lo_369 + derive_imod(w__r_371 - w__lo_369, 2); w_ <= w__hi_370; w_ += 2)
                                                        row_372[w_ - (0)] = grad_y[(((n) * O + o) * size_330 + (((-1) * k_h) + ((h) / 2))) * size_331 + (((-1) * k_w) + ((w_) / 2))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_340, N_341, K_342, a_mat_345 + (0), 1, M_340, b_mat_346 + (0), N_341, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_335 = 1;
                                }
                            }
                        }
                        free(b_mat_346);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_346 = (float *)calloc((size_t)(K_max_338 * N_max_337), sizeof(float));
                        if (b_mat_346 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_335 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_346 != NULL) {
                                {
                                    const int64_t ext_360 = W;
                                    const int64_t o_last_361 = ((-1) + O);
                                    const int64_t k_h_first_362 = size_306;
                                    const int64_t k_h_last_363 = size_309;
                                    const int64_t k_h_count_364 = size_311;
                                    const int64_t k_w_first_365 = size_314;
                                    const int64_t k_w_last_366 = size_317;
                                    const int64_t k_w_count_367 = size_319;
                                    const int64_t h_last_368 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_361; ++o) {
                                        for (int64_t k_h = k_h_first_362; k_h <= k_h_last_363; ++k_h) {
                                            for (int64_t k_w = k_w_first_365; k_w <= k_w_last_366; ++k_w) {
                                                const int64_t w__lo_369 = derive_imax(0, (2 * k_w));
                                                const int64_t w__hi_370 = derive_imin(((-1) + W), ((2 * k_w) + size_327));
                                                const int64_t w__r_371 = derive_imod(-((2 * k_w)) * 1, 2);
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_368; ++h) {
                                                    if (!(k_h >= derive_imax(0, (size_305 + derive_cdiv(h, 2))))) continue;
                                                    if (!(k_h <= derive_imin(2, derive_fdiv(h, 2)))) continue;
                                                    if (!(derive_imod((((-1) * h) + (2 * k_h)), 2) == 0)) continue;
                                                    float *restrict row_372 = b_mat_346 + ((h + (H * (k_w + ((-1) * k_w_first_365))) + (k_w_count_367 * H * (k_h + ((-1) * k_h_first_362))) + (k_h_count_364 * k_w_count_367 * o * H))) * ext_360;
                                                    for (int64_t w_ = w__lo_369 + derive_imod(w__r_371 - w__lo_369, 2); w_ <= w__hi_370; w_ += 2)
                                                        row_372[w_ - (0)] = grad_y[(((n) * O + o) * size_330 + (((-1) * k_h) + ((h) / 2))) * size_331 + (((-1) * k_w) + ((w_) / 2))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_340, N_341, K_342, a_mat_345 + (0), 1, M_340, b_mat_346 + (0), N_341, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_335 = 1;
                                }
                            }
                        }
                        free(b_mat_346);
                    }
                }
                free(a_mat_345);
            }
            if (failed_335) return 14;
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
    const int64_t size_376 = derive_fdiv(((-5) + H), 2);
    const int64_t size_377 = derive_fdiv(((-1) + H), 2);
    const int64_t size_378 = derive_imin(size_376, size_377);
    const int64_t size_379 = (1 + size_378);
    const int64_t size_380 = derive_imax(0, size_379);
    const int64_t size_381 = derive_fdiv(((-5) + W), 2);
    const int64_t size_382 = derive_fdiv(((-1) + W), 2);
    const int64_t size_383 = derive_imin(size_381, size_382);
    const int64_t size_384 = (1 + size_383);
    const int64_t size_385 = derive_imax(0, size_384);
    const int64_t size_386 = (9 * C * N * O * size_380 * size_385);
    const int64_t size_394 = (1 + size_376);
    const int64_t size_395 = (1 + size_381);
    const int64_t size_402 = (size_380 * size_385);
    const int64_t products_375 = size_386;
    if (products_375 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_396 = (9 * C * N * O * derive_imax(1, (1 + derive_imin(derive_fdiv(((-5) + H), 2), derive_fdiv(((-1) + H), 2)))) * derive_imax(1, (1 + derive_imin(derive_fdiv(((-5) + W), 2), derive_fdiv(((-1) + W), 2)))));
        if (work_396 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 3; ++k_h) {
                        for (int64_t k_w = 0; k_w < 3; ++k_w) {
                            float acc_387 = 0;
                            {
                                const int64_t n_lo_388 = 0;
                                const int64_t n_hi_389 = ((-1) + N);
                                for (int64_t n = n_lo_388; n <= n_hi_389; ++n) {
                                    {
                                        const int64_t i_lo_390 = 0;
                                        const int64_t i_hi_391 = derive_imin(size_376, (((-1) * k_h) + size_377));
                                        for (int64_t i = i_lo_390; i <= i_hi_391; ++i) {
                                            {
                                                const int64_t j_lo_392 = 0;
                                                const int64_t j_hi_393 = derive_imin(size_381, (((-1) * k_w) + size_382));
                                                for (int64_t j = j_lo_392; j <= j_hi_393; ++j) {
                                                    acc_387 += (grad_y[(((n) * O + o) * size_394 + i) * size_395 + j] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_387;
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
                            float acc_387 = 0;
                            {
                                const int64_t n_lo_388 = 0;
                                const int64_t n_hi_389 = ((-1) + N);
                                for (int64_t n = n_lo_388; n <= n_hi_389; ++n) {
                                    {
                                        const int64_t i_lo_390 = 0;
                                        const int64_t i_hi_391 = derive_imin(size_376, (((-1) * k_h) + size_377));
                                        for (int64_t i = i_lo_390; i <= i_hi_391; ++i) {
                                            {
                                                const int64_t j_lo_392 = 0;
                                                const int64_t j_hi_393 = derive_imin(size_381, (((-1) * k_w) + size_382));
                                                for (int64_t j = j_lo_392; j <= j_hi_393; ++j) {
                                                    acc_387 += (grad_y[(((n) * O + o) * size_394 + i) * size_395 + j] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_387;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_397 = 0; q_397 < (O) * (C) * (3) * (3); ++q_397) grad_w[q_397] = 0;
        {
            int failed_398 = 0;
            const int64_t M_max_399 = O;
            const int64_t N_max_400 = (9 * C);
            const int64_t K_max_401 = size_402;
            const int64_t M_403 = O;
            const int64_t N_404 = (9 * C);
            const int64_t K_405 = size_402;
            const int64_t flops_406 = M_403 * N_404 * K_405 * (N);
            (void)flops_406;
            if (M_403 > 0 && N_404 > 0 && K_405 > 0) {
                int nparts_409 = 1;
#ifdef _OPENMP
                if (flops_406 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_409 = omp_get_max_threads();
#endif
                float *parts_410 = (float *)calloc((size_t)nparts_409 * (size_t)(M_403 * N_404), sizeof(float));
                if (parts_410 == NULL) failed_398 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_428 = flops_406;
                    if (work_428 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_409)
                        {
                            float *mine_411 = parts_410 + (size_t)DERIVE_THREAD * (size_t)(M_403 * N_404);
                            float *a_mat_407 = (float *)calloc((size_t)(M_max_399 * K_max_401), sizeof(float));
                            float *b_mat_408 = (float *)calloc((size_t)(K_max_401 * N_max_400), sizeof(float));
                            if (a_mat_407 == NULL || b_mat_408 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_398 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_407 != NULL && b_mat_408 != NULL) {
                                    {
                                        const int64_t ext_412 = size_385;
                                        const int64_t o_last_413 = ((-1) + O);
                                        const int64_t i_last_414 = size_378;
                                        const int64_t i_count_415 = size_380;
                                        const int64_t j_lo_416 = 0;
                                        const int64_t j_hi_417 = size_383;
                                        for (int64_t o = 0; o <= o_last_413; ++o) {
                                            for (int64_t i = 0; i <= i_last_414; ++i) {
                                                float *restrict row_418 = a_mat_407 + ((i + (i_count_415 * o))) * ext_412;
                                                for (int64_t j = j_lo_416; j <= j_hi_417; ++j)
                                                    row_418[j - (0)] = grad_y[(((n) * O + o) * size_394 + i) * size_395 + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_420 = size_385;
                                        const int64_t c_last_421 = ((-1) + C);
                                        const int64_t i_last_422 = size_378;
                                        const int64_t i_count_423 = size_380;
                                        for (int64_t c = 0; c <= c_last_421; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_424 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_425 = derive_imin(derive_imin(size_381, (((-1) * k_w) + size_382)), size_383);
                                                    for (int64_t i = 0; i <= i_last_422; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(size_376, (((-1) * k_h) + size_377)))) continue;
                                                        float *restrict row_426 = b_mat_408 + ((i + (i_count_423 * k_w) + (3 * i_count_423 * k_h) + (9 * c * i_count_423))) * ext_420;
                                                        for (int64_t j = j_lo_424; j <= j_hi_425; ++j)
                                                            row_426[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_403, N_404, K_405, a_mat_407 + (0), K_405, 1, b_mat_408 + (0), 1, K_405, mine_411, N_404, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_398 = 1;
                                    }
                                }
                            }
                            free(a_mat_407);
                            free(b_mat_408);
                        }
                    } else
#endif
                    {
                        {
                            float *mine_411 = parts_410 + (size_t)DERIVE_THREAD * (size_t)(M_403 * N_404);
                            float *a_mat_407 = (float *)calloc((size_t)(M_max_399 * K_max_401), sizeof(float));
                            float *b_mat_408 = (float *)calloc((size_t)(K_max_401 * N_max_400), sizeof(float));
                            if (a_mat_407 == NULL || b_mat_408 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_398 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_407 != NULL && b_mat_408 != NULL) {
                                    {
                                        const int64_t ext_412 = size_385;
                                        const int64_t o_last_413 = ((-1) + O);
                                        const int64_t i_last_414 = size_378;
                                        const int64_t i_count_415 = size_380;
                                        const int64_t j_lo_416 = 0;
                                        const int64_t j_hi_417 = size_383;
                                        for (int64_t o = 0; o <= o_last_413; ++o) {
                                            for (int64_t i = 0; i <= i_last_414; ++i) {
                                                float *restrict row_418 = a_mat_407 + ((i + (i_count_415 * o))) * ext_412;
                                                for (int64_t j = j_lo_416; j <= j_hi_417; ++j)
                                                    row_418[j - (0)] = grad_y[(((n) * O + o) * size_394 + i) * size_395 + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_420 = size_385;
                                        const int64_t c_last_421 = ((-1) + C);
                                        const int64_t i_last_422 = size_378;
                                        const int64_t i_count_423 = size_380;
                                        for (int64_t c = 0; c <= c_last_421; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_424 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_425 = derive_imin(derive_imin(size_381, (((-1) * k_w) + size_382)), size_383);
                                                    for (int64_t i = 0; i <= i_last_422; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(size_376, (((-1) * k_h) + size_377)))) continue;
                                                        float *restrict row_426 = b_mat_408 + ((i + (i_count_423 * k_w) + (3 * i_count_423 * k_h) + (9 * c * i_count_423))) * ext_420;
                                                        for (int64_t j = j_lo_424; j <= j_hi_425; ++j)
                                                            row_426[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_403, N_404, K_405, a_mat_407 + (0), K_405, 1, b_mat_408 + (0), 1, K_405, mine_411, N_404, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_398 = 1;
                                    }
                                }
                            }
                            free(a_mat_407);
                            free(b_mat_408);
                        }
                    }
                    for (int part_429 = 0; part_429 < nparts_409; ++part_429)
                        for (int64_t m_430 = 0; m_430 < M_403; ++m_430)
                            for (int64_t n_431 = 0; n_431 < N_404; ++n_431)
                                grad_w[(0) + m_430 * (9 * C) + n_431 * 1] += parts_410[((size_t)part_429 * (size_t)M_403 + (size_t)m_430) * (size_t)N_404 + (size_t)n_431];
                    free(parts_410);
                }
            }
            if (failed_398) return 14;
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
    const int64_t size_438 = derive_fdiv(((-5) + H), 2);
    const int64_t size_441 = derive_fdiv(((-5) + W), 2);
    const int64_t size_442 = (1 + size_438);
    const int64_t size_443 = (1 + size_441);
#ifdef _OPENMP
    const int64_t work_444 = (N * O * derive_imax(1, (1 + derive_fdiv(((-5) + H), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + W), 2))));
    if (work_444 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            float acc_432 = 0;
            float lanes_433[16] = {0};
            {
                const int64_t n_lo_434 = 0;
                const int64_t n_hi_435 = ((-1) + N);
                for (int64_t n = n_lo_434; n <= n_hi_435; ++n) {
                    {
                        const int64_t i_lo_436 = 0;
                        const int64_t i_hi_437 = size_438;
                        for (int64_t i = i_lo_436; i <= i_hi_437; ++i) {
                            {
                                const int64_t j_lo_439 = 0;
                                const int64_t j_hi_440 = size_441;
                                int64_t j = j_lo_439;
                                for (; j <= j_hi_440 - 15; j += 16)
                                    for (int lane__ = 0; lane__ < 16; ++lane__)
                                        lanes_433[lane__] += grad_y[(((n) * O + o) * size_442 + i) * size_443 + (j + lane__)];
                                for (; j <= j_hi_440; ++j)
                                    acc_432 += grad_y[(((n) * O + o) * size_442 + i) * size_443 + j];
                            }
                        }
                    }
                }
            }
            for (int lane___ = 0; lane___ < 16; ++lane___) acc_432 += lanes_433[lane___];
            grad_b[o] = acc_432;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            float acc_432 = 0;
            float lanes_433[16] = {0};
            {
                const int64_t n_lo_434 = 0;
                const int64_t n_hi_435 = ((-1) + N);
                for (int64_t n = n_lo_434; n <= n_hi_435; ++n) {
                    {
                        const int64_t i_lo_436 = 0;
                        const int64_t i_hi_437 = size_438;
                        for (int64_t i = i_lo_436; i <= i_hi_437; ++i) {
                            {
                                const int64_t j_lo_439 = 0;
                                const int64_t j_hi_440 = size_441;
                                int64_t j = j_lo_439;
                                for (; j <= j_hi_440 - 15; j += 16)
                                    for (int lane__ = 0; lane__ < 16; ++lane__)
                                        lanes_433[lane__] += grad_y[(((n) * O + o) * size_442 + i) * size_443 + (j + lane__)];
                                for (; j <= j_hi_440; ++j)
                                    acc_432 += grad_y[(((n) * O + o) * size_442 + i) * size_443 + j];
                            }
                        }
                    }
                }
            }
            for (int lane___ = 0; lane___ < 16; ++lane___) acc_432 += lanes_433[lane___];
            grad_b[o] = acc_432;
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

