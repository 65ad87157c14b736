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
    const int64_t size_36 = (1 + size_12);
    const int64_t size_37 = (1 + size_19);
    const int64_t size_38 = derive_imax(1, size_3);
    const int64_t size_39 = derive_imax(1, size_6);
    const int64_t size_40 = (C * N * O * size_36 * size_37 * size_38 * size_39);
    const int64_t size_44 = (N * O * size_38 * size_39);
    const int64_t size_49 = (size_4 * size_7);
    const int64_t size_51 = (C * size_14 * size_21);
    const int64_t size_70 = (size_3 * size_6);
    const int64_t products_1 = size_22;
    if (products_1 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_41 = size_40;
        if (work_41 >= 32768) {
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
                                    const int64_t k_h_lo_27 = derive_imax(0, ((-1) * i));
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
                                    const int64_t k_h_lo_27 = derive_imax(0, ((-1) * i));
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
        const int64_t work_45 = size_44;
        if (work_45 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < size_3; ++i) {
                        {
                            {
                                const int64_t j_lo_42 = 0;
                                const int64_t j_hi_43 = size_5;
                                for (int64_t j = j_lo_42; j <= j_hi_43; ++j)
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
                                const int64_t j_lo_42 = 0;
                                const int64_t j_hi_43 = size_5;
                                for (int64_t j = j_lo_42; j <= j_hi_43; ++j)
                                    y[(((n) * O + o) * size_3 + i) * size_6 + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_46 = 0;
            const int64_t M_max_47 = O;
            const int64_t N_max_48 = size_49;
            const int64_t K_max_50 = size_51;
            const int64_t M_52 = O;
            const int64_t N_53 = size_49;
            const int64_t K_54 = size_51;
            const int64_t flops_55 = M_52 * N_53 * K_54 * (N);
            (void)flops_55;
            if (M_52 > 0 && N_53 > 0 && K_54 > 0) {
                double *a_mat_56 = (double *)calloc((size_t)(M_max_47 * K_max_50), sizeof(double));
                if (a_mat_56 == NULL) failed_46 = 1;
                else {
                    {
                        const int64_t ext_58 = O;
                        const int64_t c_last_59 = ((-1) + C);
                        const int64_t k_h_first_60 = size_9;
                        const int64_t k_h_last_61 = size_12;
                        const int64_t k_h_count_62 = size_14;
                        const int64_t k_w_first_63 = size_16;
                        const int64_t k_w_last_64 = size_19;
                        const int64_t k_w_count_65 = size_21;
                        const int64_t o_lo_66 = 0;
                        const int64_t o_hi_67 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_59; ++c) {
                            for (int64_t k_h = k_h_first_60; k_h <= k_h_last_61; ++k_h) {
                                for (int64_t k_w = k_w_first_63; k_w <= k_w_last_64; ++k_w) {
                                    double *restrict row_68 = a_mat_56 + ((k_w + ((-1) * k_w_first_63) + (k_w_count_65 * (k_h + ((-1) * k_h_first_60))) + (c * k_h_count_62 * k_w_count_65))) * ext_58;
                                    for (int64_t o = o_lo_66; o <= o_hi_67; ++o)
                                        row_68[o - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_86 = flops_55;
                if (work_86 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_57 = (double *)calloc((size_t)(K_max_50 * N_max_48), sizeof(double));
                        if (b_mat_57 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_46 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_57 != NULL) {
                                {
                                    const int64_t ext_72 = size_7;
                                    const int64_t c_last_73 = ((-1) + C);
                                    const int64_t k_h_first_74 = size_9;
                                    const int64_t k_h_last_75 = size_12;
                                    const int64_t k_h_count_76 = size_14;
                                    const int64_t k_w_first_77 = size_16;
                                    const int64_t k_w_last_78 = size_19;
                                    const int64_t k_w_count_79 = size_21;
                                    const int64_t i_last_80 = size_2;
                                    const int64_t i_count_81 = size_4;
                                    for (int64_t c = 0; c <= c_last_73; ++c) {
                                        for (int64_t k_h = k_h_first_74; k_h <= k_h_last_75; ++k_h) {
                                            for (int64_t k_w = k_w_first_77; k_w <= k_w_last_78; ++k_w) {
                                                const int64_t j_lo_82 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_83 = derive_imin(size_5, (((-1) * k_w) + size_18));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_80; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(2, (((-1) * i) + size_11)))) continue;
                                                    double *restrict row_84 = b_mat_57 + ((i + (i_count_81 * (k_w + ((-1) * k_w_first_77))) + (i_count_81 * k_w_count_79 * (k_h + ((-1) * k_h_first_74))) + (c * i_count_81 * k_h_count_76 * k_w_count_79))) * ext_72;
                                                    for (int64_t j = j_lo_82; j <= j_hi_83; ++j)
                                                        row_84[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_52, N_53, K_54, a_mat_56 + (0), 1, M_52, b_mat_57 + (0), N_53, 1, y + ((n * O * size_3 * size_6)), size_70, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_46 = 1;
                                }
                            }
                        }
                        free(b_mat_57);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_57 = (double *)calloc((size_t)(K_max_50 * N_max_48), sizeof(double));
                        if (b_mat_57 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_46 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_57 != NULL) {
                                {
                                    const int64_t ext_72 = size_7;
                                    const int64_t c_last_73 = ((-1) + C);
                                    const int64_t k_h_first_74 = size_9;
                                    const int64_t k_h_last_75 = size_12;
                                    const int64_t k_h_count_76 = size_14;
                                    const int64_t k_w_first_77 = size_16;
                                    const int64_t k_w_last_78 = size_19;
                                    const int64_t k_w_count_79 = size_21;
                                    const int64_t i_last_80 = size_2;
                                    const int64_t i_count_81 = size_4;
                                    for (int64_t c = 0; c <= c_last_73; ++c) {
                                        for (int64_t k_h = k_h_first_74; k_h <= k_h_last_75; ++k_h) {
                                            for (int64_t k_w = k_w_first_77; k_w <= k_w_last_78; ++k_w) {
                                                const int64_t j_lo_82 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_83 = derive_imin(size_5, (((-1) * k_w) + size_18));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_80; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(2, (((-1) * i) + size_11)))) continue;
                                                    double *restrict row_84 = b_mat_57 + ((i + (i_count_81 * (k_w + ((-1) * k_w_first_77))) + (i_count_81 * k_w_count_79 * (k_h + ((-1) * k_h_first_74))) + (c * i_count_81 * k_h_count_76 * k_w_count_79))) * ext_72;
                                                    for (int64_t j = j_lo_82; j <= j_hi_83; ++j)
                                                        row_84[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_52, N_53, K_54, a_mat_56 + (0), 1, M_52, b_mat_57 + (0), N_53, 1, y + ((n * O * size_3 * size_6)), size_70, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_46 = 1;
                                }
                            }
                        }
                        free(b_mat_57);
                    }
                }
                free(a_mat_56);
            }
            if (failed_46) return 14;
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
    const int64_t size_88 = derive_fdiv(((-5) + H), 2);
    const int64_t size_89 = ((-1) * size_88);
    const int64_t size_90 = derive_imax(0, size_89);
    const int64_t size_91 = ((-1) * size_90);
    const int64_t size_92 = derive_fdiv(((-1) + H), 2);
    const int64_t size_93 = derive_imin(2, size_92);
    const int64_t size_94 = (1 + size_91 + size_93);
    const int64_t size_95 = derive_imax(0, size_94);
    const int64_t size_96 = derive_fdiv(((-5) + W), 2);
    const int64_t size_97 = ((-1) * size_96);
    const int64_t size_98 = derive_imax(0, size_97);
    const int64_t size_99 = ((-1) * size_98);
    const int64_t size_100 = derive_fdiv(((-1) + W), 2);
    const int64_t size_101 = derive_imin(2, size_100);
    const int64_t size_102 = (1 + size_99 + size_101);
    const int64_t size_103 = derive_imax(0, size_102);
    const int64_t size_104 = (C * H * N * O * W * size_95 * size_103);
    const int64_t size_111 = (2 * size_96);
    const int64_t size_114 = (1 + size_88);
    const int64_t size_115 = (1 + size_96);
    const int64_t size_123 = (O * size_95 * size_103);
    const int64_t products_87 = size_104;
    if (products_87 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_118 = (C * H * N * O * W);
        if (work_118 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_105 = 0;
                            const int64_t o_hi_106 = ((-1) + O);
                            for (int64_t o = o_lo_105; o <= o_hi_106; ++o) {
                                {
                                    const int64_t k_h_lo_107 = derive_imax(0, (size_89 + derive_cdiv(h, 2)));
                                    const int64_t k_h_hi_108 = derive_imin(2, derive_fdiv(h, 2));
                                    if (derive_imod(((-1) * h), 2) == 0) {
                                        for (int64_t k_h = k_h_lo_107; k_h <= k_h_hi_108; ++k_h) {
                                            {
                                                const int64_t k_w_lo_109 = size_98;
                                                const int64_t k_w_hi_110 = size_101;
                                                for (int64_t k_w = k_w_lo_109; k_w <= k_w_hi_110; ++k_w) {
                                                    {
                                                        const int64_t w__lo_112 = derive_imax(0, (2 * k_w));
                                                        const int64_t w__hi_113 = derive_imin(((-1) + W), ((2 * k_w) + size_111));
                                                        const int64_t w__r_116 = derive_imod(-((2 * k_w)) * 1, 2);
                                                        const int64_t w_0 = w__lo_112 + derive_imod(w__r_116 - w__lo_112, 2);
                                                        const int64_t q_hi_117 = derive_fdiv(w__hi_113 - w_0, 2);
                                                        for (int64_t q = 0; q <= q_hi_117; ++q)
                                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += (grad_y[(((n) * O + o) * size_114 + (((-1) * k_h) + ((h) / 2))) * size_115 + (((-1) * k_w) + q + ((w_0) / 2))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
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
                            const int64_t o_lo_105 = 0;
                            const int64_t o_hi_106 = ((-1) + O);
                            for (int64_t o = o_lo_105; o <= o_hi_106; ++o) {
                                {
                                    const int64_t k_h_lo_107 = derive_imax(0, (size_89 + derive_cdiv(h, 2)));
                                    const int64_t k_h_hi_108 = derive_imin(2, derive_fdiv(h, 2));
                                    if (derive_imod(((-1) * h), 2) == 0) {
                                        for (int64_t k_h = k_h_lo_107; k_h <= k_h_hi_108; ++k_h) {
                                            {
                                                const int64_t k_w_lo_109 = size_98;
                                                const int64_t k_w_hi_110 = size_101;
                                                for (int64_t k_w = k_w_lo_109; k_w <= k_w_hi_110; ++k_w) {
                                                    {
                                                        const int64_t w__lo_112 = derive_imax(0, (2 * k_w));
                                                        const int64_t w__hi_113 = derive_imin(((-1) + W), ((2 * k_w) + size_111));
                                                        const int64_t w__r_116 = derive_imod(-((2 * k_w)) * 1, 2);
                                                        const int64_t w_0 = w__lo_112 + derive_imod(w__r_116 - w__lo_112, 2);
                                                        const int64_t q_hi_117 = derive_fdiv(w__hi_113 - w_0, 2);
                                                        for (int64_t q = 0; q <= q_hi_117; ++q)
                                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += (grad_y[(((n) * O + o) * size_114 + (((-1) * k_h) + ((h) / 2))) * size_115 + (((-1) * k_w) + q + ((w_0) / 2))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
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
            int failed_119 = 0;
            const int64_t M_max_120 = C;
            const int64_t N_max_121 = (H * W);
            const int64_t K_max_122 = size_123;
            const int64_t M_124 = C;
            const int64_t N_125 = (H * W);
            const int64_t K_126 = size_123;
            const int64_t flops_127 = M_124 * N_125 * K_126 * (N);
            (void)flops_127;
            if (K_126 <= 0)
                for (int64_t q_128 = 0; q_128 < (N) * (C) * (H) * (W); ++q_128) grad_x[q_128] = 0;
            if (M_124 > 0 && N_125 > 0 && K_126 > 0) {
                double *a_mat_129 = (double *)calloc((size_t)(M_max_120 * K_max_122), sizeof(double));
                if (a_mat_129 == NULL) failed_119 = 1;
                else {
                    {
                        const int64_t ext_131 = C;
                        const int64_t o_last_132 = ((-1) + O);
                        const int64_t k_h_first_133 = size_90;
                        const int64_t k_h_last_134 = size_93;
                        const int64_t k_h_count_135 = size_95;
                        const int64_t k_w_first_136 = size_98;
                        const int64_t k_w_last_137 = size_101;
                        const int64_t k_w_count_138 = size_103;
                        const int64_t c_lo_139 = 0;
                        const int64_t c_hi_140 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_132; ++o) {
                            for (int64_t k_h = k_h_first_133; k_h <= k_h_last_134; ++k_h) {
                                for (int64_t k_w = k_w_first_136; k_w <= k_w_last_137; ++k_w) {
                                    double *restrict row_141 = a_mat_129 + ((k_w + ((-1) * k_w_first_136) + (k_w_count_138 * (k_h + ((-1) * k_h_first_133))) + (k_h_count_135 * k_w_count_138 * o))) * ext_131;
                                    for (int64_t c = c_lo_139; c <= c_hi_140; ++c)
                                        row_141[c - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_158 = flops_127;
                if (work_158 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        double *b_mat_130 = (double *)calloc((size_t)(K_max_122 * N_max_121), sizeof(double));
                        if (b_mat_130 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_119 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_130 != NULL) {
                                {
                                    const int64_t ext_144 = W;
                                    const int64_t o_last_145 = ((-1) + O);
                                    const int64_t k_h_first_146 = size_90;
                                    const int64_t k_h_last_147 = size_93;
                                    const int64_t k_h_count_148 = size_95;
                                    const int64_t k_w_first_149 = size_98;
                                    const int64_t k_w_last_150 = size_101;
                                    const int64_t k_w_count_151 = size_103;
                                    const int64_t h_last_152 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_145; ++o) {
                                        for (int64_t k_h = k_h_first_146; k_h <= k_h_last_147; ++k_h) {
                                            for (int64_t k_w = k_w_first_149; k_w <= k_w_last_150; ++k_w) {
                                                const int64_t w__lo_153 = derive_imax(0, (2 * k_w));
                                                const int64_t w__hi_154 = derive_imin(((-1) + W), ((2 * k_w) + size_111));
                                                const int64_t w__r_155 = derive_imod(-((2 * k_w)) * 1, 2);
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_152; ++h) {
                                                    if (!(k_h >= derive_imax(0, (size_89 + derive_cdiv(h, 2))))) continue;
                                                    if (!(k_h <= derive_imin(2, derive_fdiv(h, 2)))) continue;
                                                    if (!(derive_imod((((-1) * h) + (2 * k_h)), 2) == 0)) continue;
                                                    double *restrict row_156 = b_mat_130 + ((h + (H * (k_w + ((-1) * k_w_first_149))) + (k_w_count_151 * H * (k_h + ((-1) * k_h_first_146))) + (k_h_count_148 * k_w_count_151 * o * H))) * ext_144;
                                                    for (int64_t w_ = w__lo_153 + derive_imod(w__r_155 - w__lo_153, 2); w_ <= w__hi_154; w_ += 2)
                                                        row_156[w_ - (0)] = grad_y[(((n) * O + o) * size_114 + (((-1) * k_h) + ((h) / 2))) * size_115 + (((-1) * k_w) + ((w_) / 2))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_124, N_125, K_126, a_mat_129 + (0), 1, M_124, b_mat_130 + (0), N_125, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_119 = 1;
                                }
                            }
                        }
                        free(b_mat_130);
                    }
                } else
#endif
                {
                    {
                        double *b_mat_130 = (double *)calloc((size_t)(K_max_122 * N_max_121), sizeof(double));
                        if (b_mat_130 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_119 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_130 != NULL) {
                                {
                                    const int64_t ext_144 = W;
                                    const int64_t o_last_145 = ((-1) + O);
                                    const int64_t k_h_first_146 = size_90;
                                    const int64_t k_h_last_147 = size_93;
                                    const int64_t k_h_count_148 = size_95;
                                    const int64_t k_w_first_149 = size_98;
                                    const int64_t k_w_last_150 = size_101;
                                    const int64_t k_w_count_151 = size_103;
                                    const int64_t h_last_152 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_145; ++o) {
                                        for (int64_t k_h = k_h_first_146; k_h <= k_h_last_147; ++k_h) {
                                            for (int64_t k_w = k_w_first_149; k_w <= k_w_last_150; ++k_w) {
                                                const int64_t w__lo_153 = derive_imax(0, (2 * k_w));
                                                const int64_t w__hi_154 = derive_imin(((-1) + W), ((2 * k_w) + size_111));
                                                const int64_t w__r_155 = derive_imod(-((2 * k_w)) * 1, 2);
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_152; ++h) {
                                                    if (!(k_h >= derive_imax(0, (size_89 + derive_cdiv(h, 2))))) continue;
                                                    if (!(k_h <= derive_imin(2, derive_fdiv(h, 2)))) continue;
                                                    if (!(derive_imod((((-1) * h) + (2 * k_h)), 2) == 0)) continue;
                                                    double *restrict row_156 = b_mat_130 + ((h + (H * (k_w + ((-1) * k_w_first_149))) + (k_w_count_151 * H * (k_h + ((-1) * k_h_first_146))) + (k_h_count_148 * k_w_count_151 * o * H))) * ext_144;
                                                    for (int64_t w_ = w__lo_153 + derive_imod(w__r_155 - w__lo_153, 2); w_ <= w__hi_154; w_ += 2)
                                                        row_156[w_ - (0)] = grad_y[(((n) * O + o) * size_114 + (((-1) * k_h) + ((h) / 2))) * size_115 + (((-1) * k_w) + ((w_) / 2))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f64(M_124, N_125, K_126, a_mat_129 + (0), 1, M_124, b_mat_130 + (0), N_125, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_119 = 1;
                                }
                            }
                        }
                        free(b_mat_130);
                    }
                }
                free(a_mat_129);
            }
            if (failed_119) return 14;
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
    const int64_t size_160 = derive_fdiv(((-5) + H), 2);
    const int64_t size_161 = derive_fdiv(((-1) + H), 2);
    const int64_t size_162 = derive_imin(size_160, size_161);
    const int64_t size_163 = (1 + size_162);
    const int64_t size_164 = derive_imax(0, size_163);
    const int64_t size_165 = derive_fdiv(((-5) + W), 2);
    const int64_t size_166 = derive_fdiv(((-1) + W), 2);
    const int64_t size_167 = derive_imin(size_165, size_166);
    const int64_t size_168 = (1 + size_167);
    const int64_t size_169 = derive_imax(0, size_168);
    const int64_t size_170 = (9 * C * N * O * size_164 * size_169);
    const int64_t size_178 = (1 + size_160);
    const int64_t size_179 = (1 + size_165);
    const int64_t size_180 = derive_imax(1, size_163);
    const int64_t size_181 = derive_imax(1, size_168);
    const int64_t size_182 = (9 * C * N * O * size_180 * size_181);
    const int64_t size_189 = (size_164 * size_169);
    const int64_t products_159 = size_170;
    if (products_159 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_183 = size_182;
        if (work_183 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 3; ++k_h) {
                        for (int64_t k_w = 0; k_w < 3; ++k_w) {
                            double acc_171 = 0;
                            {
                                const int64_t n_lo_172 = 0;
                                const int64_t n_hi_173 = ((-1) + N);
                                for (int64_t n = n_lo_172; n <= n_hi_173; ++n) {
                                    {
                                        const int64_t i_lo_174 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_175 = derive_imin(size_160, (((-1) * k_h) + size_161));
                                        for (int64_t i = i_lo_174; i <= i_hi_175; ++i) {
                                            {
                                                const int64_t j_lo_176 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_177 = derive_imin(size_165, (((-1) * k_w) + size_166));
                                                for (int64_t j = j_lo_176; j <= j_hi_177; ++j) {
                                                    acc_171 += (grad_y[(((n) * O + o) * size_178 + i) * size_179 + j] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_171;
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
                            double acc_171 = 0;
                            {
                                const int64_t n_lo_172 = 0;
                                const int64_t n_hi_173 = ((-1) + N);
                                for (int64_t n = n_lo_172; n <= n_hi_173; ++n) {
                                    {
                                        const int64_t i_lo_174 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_175 = derive_imin(size_160, (((-1) * k_h) + size_161));
                                        for (int64_t i = i_lo_174; i <= i_hi_175; ++i) {
                                            {
                                                const int64_t j_lo_176 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_177 = derive_imin(size_165, (((-1) * k_w) + size_166));
                                                for (int64_t j = j_lo_176; j <= j_hi_177; ++j) {
                                                    acc_171 += (grad_y[(((n) * O + o) * size_178 + i) * size_179 + j] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_171;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_184 = 0; q_184 < (O) * (C) * (3) * (3); ++q_184) grad_w[q_184] = 0;
        {
            int failed_185 = 0;
            const int64_t M_max_186 = O;
            const int64_t N_max_187 = (9 * C);
            const int64_t K_max_188 = size_189;
            const int64_t M_190 = O;
            const int64_t N_191 = (9 * C);
            const int64_t K_192 = size_189;
            const int64_t flops_193 = M_190 * N_191 * K_192 * (N);
            (void)flops_193;
            if (M_190 > 0 && N_191 > 0 && K_192 > 0) {
                int nparts_196 = 1;
#ifdef _OPENMP
                if (flops_193 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_196 = omp_get_max_threads();
#endif
                double *parts_197 = (double *)calloc((size_t)nparts_196 * (size_t)(M_190 * N_191), sizeof(double));
                if (parts_197 == NULL) failed_185 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_215 = flops_193;
                    if (work_215 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_196)
                        {
                            double *mine_198 = parts_197 + (size_t)DERIVE_THREAD * (size_t)(M_190 * N_191);
                            double *a_mat_194 = (double *)calloc((size_t)(M_max_186 * K_max_188), sizeof(double));
                            double *b_mat_195 = (double *)calloc((size_t)(K_max_188 * N_max_187), sizeof(double));
                            if (a_mat_194 == NULL || b_mat_195 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_185 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_194 != NULL && b_mat_195 != NULL) {
                                    {
                                        const int64_t ext_199 = size_169;
                                        const int64_t o_last_200 = ((-1) + O);
                                        const int64_t i_last_201 = size_162;
                                        const int64_t i_count_202 = size_164;
                                        const int64_t j_lo_203 = 0;
                                        const int64_t j_hi_204 = size_167;
                                        for (int64_t o = 0; o <= o_last_200; ++o) {
                                            for (int64_t i = 0; i <= i_last_201; ++i) {
                                                double *restrict row_205 = a_mat_194 + ((i + (i_count_202 * o))) * ext_199;
                                                for (int64_t j = j_lo_203; j <= j_hi_204; ++j)
                                                    row_205[j - (0)] = grad_y[(((n) * O + o) * size_178 + i) * size_179 + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_207 = size_169;
                                        const int64_t c_last_208 = ((-1) + C);
                                        const int64_t i_last_209 = size_162;
                                        const int64_t i_count_210 = size_164;
                                        for (int64_t c = 0; c <= c_last_208; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_211 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_212 = derive_imin(derive_imin(size_165, (((-1) * k_w) + size_166)), size_167);
                                                    for (int64_t i = 0; i <= i_last_209; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(size_160, (((-1) * k_h) + size_161)))) continue;
                                                        double *restrict row_213 = b_mat_195 + ((i + (i_count_210 * k_w) + (3 * i_count_210 * k_h) + (9 * c * i_count_210))) * ext_207;
                                                        for (int64_t j = j_lo_211; j <= j_hi_212; ++j)
                                                            row_213[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_190, N_191, K_192, a_mat_194 + (0), K_192, 1, b_mat_195 + (0), 1, K_192, mine_198, N_191, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_185 = 1;
                                    }
                                }
                            }
                            free(a_mat_194);
                            free(b_mat_195);
                        }
                    } else
#endif
                    {
                        {
                            double *mine_198 = parts_197 + (size_t)DERIVE_THREAD * (size_t)(M_190 * N_191);
                            double *a_mat_194 = (double *)calloc((size_t)(M_max_186 * K_max_188), sizeof(double));
                            double *b_mat_195 = (double *)calloc((size_t)(K_max_188 * N_max_187), sizeof(double));
                            if (a_mat_194 == NULL || b_mat_195 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_185 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_194 != NULL && b_mat_195 != NULL) {
                                    {
                                        const int64_t ext_199 = size_169;
                                        const int64_t o_last_200 = ((-1) + O);
                                        const int64_t i_last_201 = size_162;
                                        const int64_t i_count_202 = size_164;
                                        const int64_t j_lo_203 = 0;
                                        const int64_t j_hi_204 = size_167;
                                        for (int64_t o = 0; o <= o_last_200; ++o) {
                                            for (int64_t i = 0; i <= i_last_201; ++i) {
                                                double *restrict row_205 = a_mat_194 + ((i + (i_count_202 * o))) * ext_199;
                                                for (int64_t j = j_lo_203; j <= j_hi_204; ++j)
                                                    row_205[j - (0)] = grad_y[(((n) * O + o) * size_178 + i) * size_179 + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_207 = size_169;
                                        const int64_t c_last_208 = ((-1) + C);
                                        const int64_t i_last_209 = size_162;
                                        const int64_t i_count_210 = size_164;
                                        for (int64_t c = 0; c <= c_last_208; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_211 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_212 = derive_imin(derive_imin(size_165, (((-1) * k_w) + size_166)), size_167);
                                                    for (int64_t i = 0; i <= i_last_209; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(size_160, (((-1) * k_h) + size_161)))) continue;
                                                        double *restrict row_213 = b_mat_195 + ((i + (i_count_210 * k_w) + (3 * i_count_210 * k_h) + (9 * c * i_count_210))) * ext_207;
                                                        for (int64_t j = j_lo_211; j <= j_hi_212; ++j)
                                                            row_213[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f64(M_190, N_191, K_192, a_mat_194 + (0), K_192, 1, b_mat_195 + (0), 1, K_192, mine_198, N_191, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_185 = 1;
                                    }
                                }
                            }
                            free(a_mat_194);
                            free(b_mat_195);
                        }
                    }
                    for (int part_216 = 0; part_216 < nparts_196; ++part_216)
                        for (int64_t m_217 = 0; m_217 < M_190; ++m_217)
                            for (int64_t n_218 = 0; n_218 < N_191; ++n_218)
                                grad_w[(0) + m_217 * (9 * C) + n_218 * 1] += parts_197[((size_t)part_216 * (size_t)M_190 + (size_t)m_217) * (size_t)N_191 + (size_t)n_218];
                    free(parts_197);
                }
            }
            if (failed_185) return 14;
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
    const int64_t size_224 = derive_fdiv(((-5) + H), 2);
    const int64_t size_227 = derive_fdiv(((-5) + W), 2);
    const int64_t size_228 = (1 + size_224);
    const int64_t size_229 = (1 + size_227);
    const int64_t size_230 = derive_imax(1, size_228);
    const int64_t size_231 = derive_imax(1, size_229);
    const int64_t size_232 = (N * O * size_230 * size_231);
#ifdef _OPENMP
    const int64_t work_233 = size_232;
    if (work_233 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            double acc_219 = 0;
            {
                const int64_t n_lo_220 = 0;
                const int64_t n_hi_221 = ((-1) + N);
                for (int64_t n = n_lo_220; n <= n_hi_221; ++n) {
                    {
                        const int64_t i_lo_222 = 0;
                        const int64_t i_hi_223 = size_224;
                        for (int64_t i = i_lo_222; i <= i_hi_223; ++i) {
                            {
                                const int64_t j_lo_225 = 0;
                                const int64_t j_hi_226 = size_227;
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_219)
    #endif
                                for (int64_t j = j_lo_225; j <= j_hi_226; ++j) {
                                    acc_219 += grad_y[(((n) * O + o) * size_228 + i) * size_229 + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_219;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            double acc_219 = 0;
            {
                const int64_t n_lo_220 = 0;
                const int64_t n_hi_221 = ((-1) + N);
                for (int64_t n = n_lo_220; n <= n_hi_221; ++n) {
                    {
                        const int64_t i_lo_222 = 0;
                        const int64_t i_hi_223 = size_224;
                        for (int64_t i = i_lo_222; i <= i_hi_223; ++i) {
                            {
                                const int64_t j_lo_225 = 0;
                                const int64_t j_hi_226 = size_227;
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_219)
    #endif
                                for (int64_t j = j_lo_225; j <= j_hi_226; ++j) {
                                    acc_219 += grad_y[(((n) * O + o) * size_228 + i) * size_229 + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_219;
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
    const int64_t size_235 = derive_fdiv(((-5) + H), 2);
    const int64_t size_236 = (1 + size_235);
    const int64_t size_237 = derive_imax(0, size_236);
    const int64_t size_238 = derive_fdiv(((-5) + W), 2);
    const int64_t size_239 = (1 + size_238);
    const int64_t size_240 = derive_imax(0, size_239);
    const int64_t size_241 = ((-1) * size_235);
    const int64_t size_242 = derive_imax(0, size_241);
    const int64_t size_243 = ((-1) * size_242);
    const int64_t size_244 = derive_fdiv(((-1) + H), 2);
    const int64_t size_245 = derive_imin(2, size_244);
    const int64_t size_246 = (1 + size_243 + size_245);
    const int64_t size_247 = derive_imax(0, size_246);
    const int64_t size_248 = ((-1) * size_238);
    const int64_t size_249 = derive_imax(0, size_248);
    const int64_t size_250 = ((-1) * size_249);
    const int64_t size_251 = derive_fdiv(((-1) + W), 2);
    const int64_t size_252 = derive_imin(2, size_251);
    const int64_t size_253 = (1 + size_250 + size_252);
    const int64_t size_254 = derive_imax(0, size_253);
    const int64_t size_255 = (C * N * O * size_237 * size_240 * size_247 * size_254);
    const int64_t size_264 = (size_248 + size_251);
    const int64_t size_265 = derive_imax(size_251, size_264);
    const int64_t size_266 = derive_imin(2, size_265);
    const int64_t size_269 = (1 + size_245);
    const int64_t size_270 = (1 + size_252);
    const int64_t size_271 = derive_imax(1, size_236);
    const int64_t size_272 = derive_imax(1, size_239);
    const int64_t size_273 = (C * N * O * size_269 * size_270 * size_271 * size_272);
    const int64_t size_277 = (N * O * size_271 * size_272);
    const int64_t size_282 = (size_237 * size_240);
    const int64_t size_284 = (C * size_247 * size_254);
    const int64_t size_303 = (size_236 * size_239);
    const int64_t products_234 = size_255;
    if (products_234 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_274 = size_273;
        if (work_274 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < size_236; ++i) {
                        {
                            {
                                const int64_t j_lo_256 = 0;
                                const int64_t j_hi_257 = size_238;
                                for (int64_t j = j_lo_256; j <= j_hi_257; ++j)
                                    y[(((n) * O + o) * size_236 + i) * size_239 + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_258 = 0;
                            const int64_t c_hi_259 = ((-1) + C);
                            for (int64_t c = c_lo_258; c <= c_hi_259; ++c) {
                                {
                                    const int64_t k_h_lo_260 = derive_imax(0, ((-1) * i));
                                    const int64_t k_h_hi_261 = derive_imin(2, (((-1) * i) + size_244));
                                    for (int64_t k_h = k_h_lo_260; k_h <= k_h_hi_261; ++k_h) {
                                        {
                                            const int64_t k_w_lo_262 = 0;
                                            const int64_t k_w_hi_263 = size_266;
                                            for (int64_t k_w = k_w_lo_262; k_w <= k_w_hi_263; ++k_w) {
                                                {
                                                    const int64_t j_lo_267 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_268 = derive_imin(size_238, (((-1) * k_w) + size_251));
                                                    for (int64_t j = j_lo_267; j <= j_hi_268; ++j)
                                                        y[(((n) * O + o) * size_236 + i) * size_239 + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
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
                    for (int64_t i = 0; i < size_236; ++i) {
                        {
                            {
                                const int64_t j_lo_256 = 0;
                                const int64_t j_hi_257 = size_238;
                                for (int64_t j = j_lo_256; j <= j_hi_257; ++j)
                                    y[(((n) * O + o) * size_236 + i) * size_239 + j] = b[o];
                            }
                        }
                        {
                            const int64_t c_lo_258 = 0;
                            const int64_t c_hi_259 = ((-1) + C);
                            for (int64_t c = c_lo_258; c <= c_hi_259; ++c) {
                                {
                                    const int64_t k_h_lo_260 = derive_imax(0, ((-1) * i));
                                    const int64_t k_h_hi_261 = derive_imin(2, (((-1) * i) + size_244));
                                    for (int64_t k_h = k_h_lo_260; k_h <= k_h_hi_261; ++k_h) {
                                        {
                                            const int64_t k_w_lo_262 = 0;
                                            const int64_t k_w_hi_263 = size_266;
                                            for (int64_t k_w = k_w_lo_262; k_w <= k_w_hi_263; ++k_w) {
                                                {
                                                    const int64_t j_lo_267 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_268 = derive_imin(size_238, (((-1) * k_w) + size_251));
                                                    for (int64_t j = j_lo_267; j <= j_hi_268; ++j)
                                                        y[(((n) * O + o) * size_236 + i) * size_239 + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
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
        const int64_t work_278 = size_277;
        if (work_278 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t o = 0; o < O; ++o) {
                    for (int64_t i = 0; i < size_236; ++i) {
                        {
                            {
                                const int64_t j_lo_275 = 0;
                                const int64_t j_hi_276 = size_238;
                                for (int64_t j = j_lo_275; j <= j_hi_276; ++j)
                                    y[(((n) * O + o) * size_236 + i) * size_239 + j] = b[o];
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
                    for (int64_t i = 0; i < size_236; ++i) {
                        {
                            {
                                const int64_t j_lo_275 = 0;
                                const int64_t j_hi_276 = size_238;
                                for (int64_t j = j_lo_275; j <= j_hi_276; ++j)
                                    y[(((n) * O + o) * size_236 + i) * size_239 + j] = b[o];
                            }
                        }
                    }
                }
            }
        }
        {
            int failed_279 = 0;
            const int64_t M_max_280 = O;
            const int64_t N_max_281 = size_282;
            const int64_t K_max_283 = size_284;
            const int64_t M_285 = O;
            const int64_t N_286 = size_282;
            const int64_t K_287 = size_284;
            const int64_t flops_288 = M_285 * N_286 * K_287 * (N);
            (void)flops_288;
            if (M_285 > 0 && N_286 > 0 && K_287 > 0) {
                float *a_mat_289 = (float *)calloc((size_t)(M_max_280 * K_max_283), sizeof(float));
                if (a_mat_289 == NULL) failed_279 = 1;
                else {
                    {
                        const int64_t ext_291 = O;
                        const int64_t c_last_292 = ((-1) + C);
                        const int64_t k_h_first_293 = size_242;
                        const int64_t k_h_last_294 = size_245;
                        const int64_t k_h_count_295 = size_247;
                        const int64_t k_w_first_296 = size_249;
                        const int64_t k_w_last_297 = size_252;
                        const int64_t k_w_count_298 = size_254;
                        const int64_t o_lo_299 = 0;
                        const int64_t o_hi_300 = ((-1) + O);
                        for (int64_t c = 0; c <= c_last_292; ++c) {
                            for (int64_t k_h = k_h_first_293; k_h <= k_h_last_294; ++k_h) {
                                for (int64_t k_w = k_w_first_296; k_w <= k_w_last_297; ++k_w) {
                                    float *restrict row_301 = a_mat_289 + ((k_w + ((-1) * k_w_first_296) + (k_w_count_298 * (k_h + ((-1) * k_h_first_293))) + (c * k_h_count_295 * k_w_count_298))) * ext_291;
                                    for (int64_t o = o_lo_299; o <= o_hi_300; ++o)
                                        row_301[o - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_319 = flops_288;
                if (work_319 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_290 = (float *)calloc((size_t)(K_max_283 * N_max_281), sizeof(float));
                        if (b_mat_290 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_279 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_290 != NULL) {
                                {
                                    const int64_t ext_305 = size_240;
                                    const int64_t c_last_306 = ((-1) + C);
                                    const int64_t k_h_first_307 = size_242;
                                    const int64_t k_h_last_308 = size_245;
                                    const int64_t k_h_count_309 = size_247;
                                    const int64_t k_w_first_310 = size_249;
                                    const int64_t k_w_last_311 = size_252;
                                    const int64_t k_w_count_312 = size_254;
                                    const int64_t i_last_313 = size_235;
                                    const int64_t i_count_314 = size_237;
                                    for (int64_t c = 0; c <= c_last_306; ++c) {
                                        for (int64_t k_h = k_h_first_307; k_h <= k_h_last_308; ++k_h) {
                                            for (int64_t k_w = k_w_first_310; k_w <= k_w_last_311; ++k_w) {
                                                const int64_t j_lo_315 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_316 = derive_imin(size_238, (((-1) * k_w) + size_251));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_313; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(2, (((-1) * i) + size_244)))) continue;
                                                    float *restrict row_317 = b_mat_290 + ((i + (i_count_314 * (k_w + ((-1) * k_w_first_310))) + (i_count_314 * k_w_count_312 * (k_h + ((-1) * k_h_first_307))) + (c * i_count_314 * k_h_count_309 * k_w_count_312))) * ext_305;
                                                    for (int64_t j = j_lo_315; j <= j_hi_316; ++j)
                                                        row_317[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_285, N_286, K_287, a_mat_289 + (0), 1, M_285, b_mat_290 + (0), N_286, 1, y + ((n * O * size_236 * size_239)), size_303, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_279 = 1;
                                }
                            }
                        }
                        free(b_mat_290);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_290 = (float *)calloc((size_t)(K_max_283 * N_max_281), sizeof(float));
                        if (b_mat_290 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_279 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_290 != NULL) {
                                {
                                    const int64_t ext_305 = size_240;
                                    const int64_t c_last_306 = ((-1) + C);
                                    const int64_t k_h_first_307 = size_242;
                                    const int64_t k_h_last_308 = size_245;
                                    const int64_t k_h_count_309 = size_247;
                                    const int64_t k_w_first_310 = size_249;
                                    const int64_t k_w_last_311 = size_252;
                                    const int64_t k_w_count_312 = size_254;
                                    const int64_t i_last_313 = size_235;
                                    const int64_t i_count_314 = size_237;
                                    for (int64_t c = 0; c <= c_last_306; ++c) {
                                        for (int64_t k_h = k_h_first_307; k_h <= k_h_last_308; ++k_h) {
                                            for (int64_t k_w = k_w_first_310; k_w <= k_w_last_311; ++k_w) {
                                                const int64_t j_lo_315 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_316 = derive_imin(size_238, (((-1) * k_w) + size_251));
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t i = 0; i <= i_last_313; ++i) {
                                                    if (!(k_h >= derive_imax(0, ((-1) * i)))) continue;
                                                    if (!(k_h <= derive_imin(2, (((-1) * i) + size_244)))) continue;
                                                    float *restrict row_317 = b_mat_290 + ((i + (i_count_314 * (k_w + ((-1) * k_w_first_310))) + (i_count_314 * k_w_count_312 * (k_h + ((-1) * k_h_first_307))) + (c * i_count_314 * k_h_count_309 * k_w_count_312))) * ext_305;
                                                    for (int64_t j = j_lo_315; j <= j_hi_316; ++j)
                                                        row_317[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_285, N_286, K_287, a_mat_289 + (0), 1, M_285, b_mat_290 + (0), N_286, 1, y + ((n * O * size_236 * size_239)), size_303, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_279 = 1;
                                }
                            }
                        }
                        free(b_mat_290);
                    }
                }
                free(a_mat_289);
            }
            if (failed_279) return 14;
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
    const int64_t size_321 = derive_fdiv(((-5) + H), 2);
    const int64_t size_322 = ((-1) * size_321);
    const int64_t size_323 = derive_imax(0, size_322);
    const int64_t size_324 = ((-1) * size_323);
    const int64_t size_325 = derive_fdiv(((-1) + H), 2);
    const int64_t size_326 = derive_imin(2, size_325);
    const int64_t size_327 = (1 + size_324 + size_326);
    const int64_t size_328 = derive_imax(0, size_327);
    const int64_t size_329 = derive_fdiv(((-5) + W), 2);
    const int64_t size_330 = ((-1) * size_329);
    const int64_t size_331 = derive_imax(0, size_330);
    const int64_t size_332 = ((-1) * size_331);
    const int64_t size_333 = derive_fdiv(((-1) + W), 2);
    const int64_t size_334 = derive_imin(2, size_333);
    const int64_t size_335 = (1 + size_332 + size_334);
    const int64_t size_336 = derive_imax(0, size_335);
    const int64_t size_337 = (C * H * N * O * W * size_328 * size_336);
    const int64_t size_344 = (2 * size_329);
    const int64_t size_347 = (1 + size_321);
    const int64_t size_348 = (1 + size_329);
    const int64_t size_356 = (O * size_328 * size_336);
    const int64_t products_320 = size_337;
    if (products_320 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_351 = (C * H * N * O * W);
        if (work_351 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t n = 0; n < N; ++n) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t h = 0; h < H; ++h) {
                        for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                        {
                            const int64_t o_lo_338 = 0;
                            const int64_t o_hi_339 = ((-1) + O);
                            for (int64_t o = o_lo_338; o <= o_hi_339; ++o) {
                                {
                                    const int64_t k_h_lo_340 = derive_imax(0, (size_322 + derive_cdiv(h, 2)));
                                    const int64_t k_h_hi_341 = derive_imin(2, derive_fdiv(h, 2));
                                    if (derive_imod(((-1) * h), 2) == 0) {
                                        for (int64_t k_h = k_h_lo_340; k_h <= k_h_hi_341; ++k_h) {
                                            {
                                                const int64_t k_w_lo_342 = size_331;
                                                const int64_t k_w_hi_343 = size_334;
                                                for (int64_t k_w = k_w_lo_342; k_w <= k_w_hi_343; ++k_w) {
                                                    {
                                                        const int64_t w__lo_345 = derive_imax(0, (2 * k_w));
                                                        const int64_t w__hi_346 = derive_imin(((-1) + W), ((2 * k_w) + size_344));
                                                        const int64_t w__r_349 = derive_imod(-((2 * k_w)) * 1, 2);
                                                        const int64_t w_0_ = w__lo_345 + derive_imod(w__r_349 - w__lo_345, 2);
                                                        const int64_t q__hi_350 = derive_fdiv(w__hi_346 - w_0_, 2);
                                                        for (int64_t q_ = 0; q_ <= q__hi_350; ++q_)
                                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += (grad_y[(((n) * O + o) * size_347 + (((-1) * k_h) + ((h) / 2))) * size_348 + (((-1) * k_w) + q_ + ((w_0_) / 2))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
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
                            const int64_t o_lo_338 = 0;
                            const int64_t o_hi_339 = ((-1) + O);
                            for (int64_t o = o_lo_338; o <= o_hi_339; ++o) {
                                {
                                    const int64_t k_h_lo_340 = derive_imax(0, (size_322 + derive_cdiv(h, 2)));
                                    const int64_t k_h_hi_341 = derive_imin(2, derive_fdiv(h, 2));
                                    if (derive_imod(((-1) * h), 2) == 0) {
                                        for (int64_t k_h = k_h_lo_340; k_h <= k_h_hi_341; ++k_h) {
                                            {
                                                const int64_t k_w_lo_342 = size_331;
                                                const int64_t k_w_hi_343 = size_334;
                                                for (int64_t k_w = k_w_lo_342; k_w <= k_w_hi_343; ++k_w) {
                                                    {
                                                        const int64_t w__lo_345 = derive_imax(0, (2 * k_w));
                                                        const int64_t w__hi_346 = derive_imin(((-1) + W), ((2 * k_w) + size_344));
                                                        const int64_t w__r_349 = derive_imod(-((2 * k_w)) * 1, 2);
                                                        const int64_t w_0_ = w__lo_345 + derive_imod(w__r_349 - w__lo_345, 2);
                                                        const int64_t q__hi_350 = derive_fdiv(w__hi_346 - w_0_, 2);
                                                        for (int64_t q_ = 0; q_ <= q__hi_350; ++q_)
                                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += (grad_y[(((n) * O + o) * size_347 + (((-1) * k_h) + ((h) / 2))) * size_348 + (((-1) * k_w) + q_ + ((w_0_) / 2))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
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
            int failed_352 = 0;
            const int64_t M_max_353 = C;
            const int64_t N_max_354 = (H * W);
            const int64_t K_max_355 = size_356;
            const int64_t M_357 = C;
            const int64_t N_358 = (H * W);
            const int64_t K_359 = size_356;
            const int64_t flops_360 = M_357 * N_358 * K_359 * (N);
            (void)flops_360;
            if (K_359 <= 0)
                for (int64_t q_361 = 0; q_361 < (N) * (C) * (H) * (W); ++q_361) grad_x[q_361] = 0;
            if (M_357 > 0 && N_358 > 0 && K_359 > 0) {
                float *a_mat_362 = (float *)calloc((size_t)(M_max_353 * K_max_355), sizeof(float));
                if (a_mat_362 == NULL) failed_352 = 1;
                else {
                    {
                        const int64_t ext_364 = C;
                        const int64_t o_last_365 = ((-1) + O);
                        const int64_t k_h_first_366 = size_323;
                        const int64_t k_h_last_367 = size_326;
                        const int64_t k_h_count_368 = size_328;
                        const int64_t k_w_first_369 = size_331;
                        const int64_t k_w_last_370 = size_334;
                        const int64_t k_w_count_371 = size_336;
                        const int64_t c_lo_372 = 0;
                        const int64_t c_hi_373 = ((-1) + C);
                        for (int64_t o = 0; o <= o_last_365; ++o) {
                            for (int64_t k_h = k_h_first_366; k_h <= k_h_last_367; ++k_h) {
                                for (int64_t k_w = k_w_first_369; k_w <= k_w_last_370; ++k_w) {
                                    float *restrict row_374 = a_mat_362 + ((k_w + ((-1) * k_w_first_369) + (k_w_count_371 * (k_h + ((-1) * k_h_first_366))) + (k_h_count_368 * k_w_count_371 * o))) * ext_364;
                                    for (int64_t c = c_lo_372; c <= c_hi_373; ++c)
                                        row_374[c - (0)] = w[(((o) * C + c) * 3 + k_h) * 3 + k_w];
                                }
                            }
                        }
                    }
                }
#ifdef _OPENMP
                const int64_t work_391 = flops_360;
                if (work_391 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel
                    {
                        float *b_mat_363 = (float *)calloc((size_t)(K_max_355 * N_max_354), sizeof(float));
                        if (b_mat_363 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_352 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_363 != NULL) {
                                {
                                    const int64_t ext_377 = W;
                                    const int64_t o_last_378 = ((-1) + O);
                                    const int64_t k_h_first_379 = size_323;
                                    const int64_t k_h_last_380 = size_326;
                                    const int64_t k_h_count_381 = size_328;
                                    const int64_t k_w_first_382 = size_331;
                                    const int64_t k_w_last_383 = size_334;
                                    const int64_t k_w_count_384 = size_336;
                                    const int64_t h_last_385 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_378; ++o) {
                                        for (int64_t k_h = k_h_first_379; k_h <= k_h_last_380; ++k_h) {
                                            for (int64_t k_w = k_w_first_382; k_w <= k_w_last_383; ++k_w) {
                                                const int64_t w__lo_386 = derive_imax(0, (2 * k_w));
                                                const int64_t w__hi_387 = derive_imin(((-1) + W), ((2 * k_w) + size_344));
                                                const int64_t w__r_388 = derive_imod(-((2 * k_w)) * 1, 2);
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_385; ++h) {
                                                    if (!(k_h >= derive_imax(0, (size_322 + derive_cdiv(h, 2))))) continue;
                                                    if (!(k_h <= derive_imin(2, derive_fdiv(h, 2)))) continue;
                                                    if (!(derive_imod((((-1) * h) + (2 * k_h)), 2) == 0)) continue;
                                                    float *restrict row_389 = b_mat_363 + ((h + (H * (k_w + ((-1) * k_w_first_382))) + (k_w_count_384 * H * (k_h + ((-1) * k_h_first_379))) + (k_h_count_381 * k_w_count_384 * o * H))) * ext_377;
                                                    for (int64_t w_ = w__lo_386 + derive_imod(w__r_388 - w__lo_386, 2); w_ <= w__hi_387; w_ += 2)
                                                        row_389[w_ - (0)] = grad_y[(((n) * O + o) * size_347 + (((-1) * k_h) + ((h) / 2))) * size_348 + (((-1) * k_w) + ((w_) / 2))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_357, N_358, K_359, a_mat_362 + (0), 1, M_357, b_mat_363 + (0), N_358, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_352 = 1;
                                }
                            }
                        }
                        free(b_mat_363);
                    }
                } else
#endif
                {
                    {
                        float *b_mat_363 = (float *)calloc((size_t)(K_max_355 * N_max_354), sizeof(float));
                        if (b_mat_363 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                            failed_352 = 1;
                        }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                        for (int64_t n = 0; n <= ((-1) + N); ++n) {
                            if (b_mat_363 != NULL) {
                                {
                                    const int64_t ext_377 = W;
                                    const int64_t o_last_378 = ((-1) + O);
                                    const int64_t k_h_first_379 = size_323;
                                    const int64_t k_h_last_380 = size_326;
                                    const int64_t k_h_count_381 = size_328;
                                    const int64_t k_w_first_382 = size_331;
                                    const int64_t k_w_last_383 = size_334;
                                    const int64_t k_w_count_384 = size_336;
                                    const int64_t h_last_385 = ((-1) + H);
                                    for (int64_t o = 0; o <= o_last_378; ++o) {
                                        for (int64_t k_h = k_h_first_379; k_h <= k_h_last_380; ++k_h) {
                                            for (int64_t k_w = k_w_first_382; k_w <= k_w_last_383; ++k_w) {
                                                const int64_t w__lo_386 = derive_imax(0, (2 * k_w));
                                                const int64_t w__hi_387 = derive_imin(((-1) + W), ((2 * k_w) + size_344));
                                                const int64_t w__r_388 = derive_imod(-((2 * k_w)) * 1, 2);
                                                if (!(k_w >= 0)) continue;
                                                if (!(k_w <= 2)) continue;
                                                for (int64_t h = 0; h <= h_last_385; ++h) {
                                                    if (!(k_h >= derive_imax(0, (size_322 + derive_cdiv(h, 2))))) continue;
                                                    if (!(k_h <= derive_imin(2, derive_fdiv(h, 2)))) continue;
                                                    if (!(derive_imod((((-1) * h) + (2 * k_h)), 2) == 0)) continue;
                                                    float *restrict row_389 = b_mat_363 + ((h + (H * (k_w + ((-1) * k_w_first_382))) + (k_w_count_384 * H * (k_h + ((-1) * k_h_first_379))) + (k_h_count_381 * k_w_count_384 * o * H))) * ext_377;
                                                    for (int64_t w_ = w__lo_386 + derive_imod(w__r_388 - w__lo_386, 2); w_ <= w__hi_387; w_ += 2)
                                                        row_389[w_ - (0)] = grad_y[(((n) * O + o) * size_347 + (((-1) * k_h) + ((h) / 2))) * size_348 + (((-1) * k_w) + ((w_) / 2))];
                                                }
                                            }
                                        }
                                    }
                                }
                                if (derive_gemm_f32(M_357, N_358, K_359, a_mat_362 + (0), 1, M_357, b_mat_363 + (0), N_358, 1, grad_x + ((n * C * H * W)), (H * W), 1, 0)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                    failed_352 = 1;
                                }
                            }
                        }
                        free(b_mat_363);
                    }
                }
                free(a_mat_362);
            }
            if (failed_352) return 14;
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
    const int64_t size_393 = derive_fdiv(((-5) + H), 2);
    const int64_t size_394 = derive_fdiv(((-1) + H), 2);
    const int64_t size_395 = derive_imin(size_393, size_394);
    const int64_t size_396 = (1 + size_395);
    const int64_t size_397 = derive_imax(0, size_396);
    const int64_t size_398 = derive_fdiv(((-5) + W), 2);
    const int64_t size_399 = derive_fdiv(((-1) + W), 2);
    const int64_t size_400 = derive_imin(size_398, size_399);
    const int64_t size_401 = (1 + size_400);
    const int64_t size_402 = derive_imax(0, size_401);
    const int64_t size_403 = (9 * C * N * O * size_397 * size_402);
    const int64_t size_411 = (1 + size_393);
    const int64_t size_412 = (1 + size_398);
    const int64_t size_413 = derive_imax(1, size_396);
    const int64_t size_414 = derive_imax(1, size_401);
    const int64_t size_415 = (9 * C * N * O * size_413 * size_414);
    const int64_t size_422 = (size_397 * size_402);
    const int64_t products_392 = size_403;
    if (products_392 < DERIVE_GEMM_MIN_FLOPS) {
#ifdef _OPENMP
        const int64_t work_416 = size_415;
        if (work_416 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
            for (int64_t o = 0; o < O; ++o) {
                for (int64_t c = 0; c < C; ++c) {
                    for (int64_t k_h = 0; k_h < 3; ++k_h) {
                        for (int64_t k_w = 0; k_w < 3; ++k_w) {
                            float acc_404 = 0;
                            {
                                const int64_t n_lo_405 = 0;
                                const int64_t n_hi_406 = ((-1) + N);
                                for (int64_t n = n_lo_405; n <= n_hi_406; ++n) {
                                    {
                                        const int64_t i_lo_407 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_408 = derive_imin(size_393, (((-1) * k_h) + size_394));
                                        for (int64_t i = i_lo_407; i <= i_hi_408; ++i) {
                                            {
                                                const int64_t j_lo_409 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_410 = derive_imin(size_398, (((-1) * k_w) + size_399));
                                                for (int64_t j = j_lo_409; j <= j_hi_410; ++j) {
                                                    acc_404 += (grad_y[(((n) * O + o) * size_411 + i) * size_412 + j] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_404;
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
                            float acc_404 = 0;
                            {
                                const int64_t n_lo_405 = 0;
                                const int64_t n_hi_406 = ((-1) + N);
                                for (int64_t n = n_lo_405; n <= n_hi_406; ++n) {
                                    {
                                        const int64_t i_lo_407 = derive_imax(0, ((-1) * k_h));
                                        const int64_t i_hi_408 = derive_imin(size_393, (((-1) * k_h) + size_394));
                                        for (int64_t i = i_lo_407; i <= i_hi_408; ++i) {
                                            {
                                                const int64_t j_lo_409 = derive_imax(0, ((-1) * k_w));
                                                const int64_t j_hi_410 = derive_imin(size_398, (((-1) * k_w) + size_399));
                                                for (int64_t j = j_lo_409; j <= j_hi_410; ++j) {
                                                    acc_404 += (grad_y[(((n) * O + o) * size_411 + i) * size_412 + j] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_404;
                        }
                    }
                }
            }
        }
    } else {
        for (int64_t q_417 = 0; q_417 < (O) * (C) * (3) * (3); ++q_417) grad_w[q_417] = 0;
        {
            int failed_418 = 0;
            const int64_t M_max_419 = O;
            const int64_t N_max_420 = (9 * C);
            const int64_t K_max_421 = size_422;
            const int64_t M_423 = O;
            const int64_t N_424 = (9 * C);
            const int64_t K_425 = size_422;
            const int64_t flops_426 = M_423 * N_424 * K_425 * (N);
            (void)flops_426;
            if (M_423 > 0 && N_424 > 0 && K_425 > 0) {
                int nparts_429 = 1;
#ifdef _OPENMP
                if (flops_426 >= DERIVE_PARALLEL_MIN_FLOPS) nparts_429 = omp_get_max_threads();
#endif
                float *parts_430 = (float *)calloc((size_t)nparts_429 * (size_t)(M_423 * N_424), sizeof(float));
                if (parts_430 == NULL) failed_418 = 1;
                else {
#ifdef _OPENMP
                    const int64_t work_448 = flops_426;
                    if (work_448 >= DERIVE_PARALLEL_MIN_FLOPS) {
#pragma omp parallel num_threads(nparts_429)
                        {
                            float *mine_431 = parts_430 + (size_t)DERIVE_THREAD * (size_t)(M_423 * N_424);
                            float *a_mat_427 = (float *)calloc((size_t)(M_max_419 * K_max_421), sizeof(float));
                            float *b_mat_428 = (float *)calloc((size_t)(K_max_421 * N_max_420), sizeof(float));
                            if (a_mat_427 == NULL || b_mat_428 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_418 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_427 != NULL && b_mat_428 != NULL) {
                                    {
                                        const int64_t ext_432 = size_402;
                                        const int64_t o_last_433 = ((-1) + O);
                                        const int64_t i_last_434 = size_395;
                                        const int64_t i_count_435 = size_397;
                                        const int64_t j_lo_436 = 0;
                                        const int64_t j_hi_437 = size_400;
                                        for (int64_t o = 0; o <= o_last_433; ++o) {
                                            for (int64_t i = 0; i <= i_last_434; ++i) {
                                                float *restrict row_438 = a_mat_427 + ((i + (i_count_435 * o))) * ext_432;
                                                for (int64_t j = j_lo_436; j <= j_hi_437; ++j)
                                                    row_438[j - (0)] = grad_y[(((n) * O + o) * size_411 + i) * size_412 + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_440 = size_402;
                                        const int64_t c_last_441 = ((-1) + C);
                                        const int64_t i_last_442 = size_395;
                                        const int64_t i_count_443 = size_397;
                                        for (int64_t c = 0; c <= c_last_441; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_444 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_445 = derive_imin(derive_imin(size_398, (((-1) * k_w) + size_399)), size_400);
                                                    for (int64_t i = 0; i <= i_last_442; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(size_393, (((-1) * k_h) + size_394)))) continue;
                                                        float *restrict row_446 = b_mat_428 + ((i + (i_count_443 * k_w) + (3 * i_count_443 * k_h) + (9 * c * i_count_443))) * ext_440;
                                                        for (int64_t j = j_lo_444; j <= j_hi_445; ++j)
                                                            row_446[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_423, N_424, K_425, a_mat_427 + (0), K_425, 1, b_mat_428 + (0), 1, K_425, mine_431, N_424, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_418 = 1;
                                    }
                                }
                            }
                            free(a_mat_427);
                            free(b_mat_428);
                        }
                    } else
#endif
                    {
                        {
                            float *mine_431 = parts_430 + (size_t)DERIVE_THREAD * (size_t)(M_423 * N_424);
                            float *a_mat_427 = (float *)calloc((size_t)(M_max_419 * K_max_421), sizeof(float));
                            float *b_mat_428 = (float *)calloc((size_t)(K_max_421 * N_max_420), sizeof(float));
                            if (a_mat_427 == NULL || b_mat_428 == NULL) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                failed_418 = 1;
                            }
    #ifdef _OPENMP
    #pragma omp for schedule(static)
    #endif
                            for (int64_t n = 0; n <= ((-1) + N); ++n) {
                                if (a_mat_427 != NULL && b_mat_428 != NULL) {
                                    {
                                        const int64_t ext_432 = size_402;
                                        const int64_t o_last_433 = ((-1) + O);
                                        const int64_t i_last_434 = size_395;
                                        const int64_t i_count_435 = size_397;
                                        const int64_t j_lo_436 = 0;
                                        const int64_t j_hi_437 = size_400;
                                        for (int64_t o = 0; o <= o_last_433; ++o) {
                                            for (int64_t i = 0; i <= i_last_434; ++i) {
                                                float *restrict row_438 = a_mat_427 + ((i + (i_count_435 * o))) * ext_432;
                                                for (int64_t j = j_lo_436; j <= j_hi_437; ++j)
                                                    row_438[j - (0)] = grad_y[(((n) * O + o) * size_411 + i) * size_412 + j];
                                            }
                                        }
                                    }
                                    {
                                        const int64_t ext_440 = size_402;
                                        const int64_t c_last_441 = ((-1) + C);
                                        const int64_t i_last_442 = size_395;
                                        const int64_t i_count_443 = size_397;
                                        for (int64_t c = 0; c <= c_last_441; ++c) {
                                            for (int64_t k_h = 0; k_h <= 2; ++k_h) {
                                                for (int64_t k_w = 0; k_w <= 2; ++k_w) {
                                                    const int64_t j_lo_444 = derive_imax(0, ((-1) * k_w));
                                                    const int64_t j_hi_445 = derive_imin(derive_imin(size_398, (((-1) * k_w) + size_399)), size_400);
                                                    for (int64_t i = 0; i <= i_last_442; ++i) {
                                                        if (!(i >= derive_imax(0, ((-1) * k_h)))) continue;
                                                        if (!(i <= derive_imin(size_393, (((-1) * k_h) + size_394)))) continue;
                                                        float *restrict row_446 = b_mat_428 + ((i + (i_count_443 * k_w) + (3 * i_count_443 * k_h) + (9 * c * i_count_443))) * ext_440;
                                                        for (int64_t j = j_lo_444; j <= j_hi_445; ++j)
                                                            row_446[j - (0)] = x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))];
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    if (derive_gemm_f32(M_423, N_424, K_425, a_mat_427 + (0), K_425, 1, b_mat_428 + (0), 1, K_425, mine_431, N_424, 1, 1)) {
    #ifdef _OPENMP
    #pragma omp atomic write
    #endif
                                        failed_418 = 1;
                                    }
                                }
                            }
                            free(a_mat_427);
                            free(b_mat_428);
                        }
                    }
                    for (int part_449 = 0; part_449 < nparts_429; ++part_449)
                        for (int64_t m_450 = 0; m_450 < M_423; ++m_450)
                            for (int64_t n_451 = 0; n_451 < N_424; ++n_451)
                                grad_w[(0) + m_450 * (9 * C) + n_451 * 1] += parts_430[((size_t)part_449 * (size_t)M_423 + (size_t)m_450) * (size_t)N_424 + (size_t)n_451];
                    free(parts_430);
                }
            }
            if (failed_418) return 14;
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
    const int64_t size_457 = derive_fdiv(((-5) + H), 2);
    const int64_t size_460 = derive_fdiv(((-5) + W), 2);
    const int64_t size_461 = (1 + size_457);
    const int64_t size_462 = (1 + size_460);
    const int64_t size_463 = derive_imax(1, size_461);
    const int64_t size_464 = derive_imax(1, size_462);
    const int64_t size_465 = (N * O * size_463 * size_464);
#ifdef _OPENMP
    const int64_t work_466 = size_465;
    if (work_466 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t o = 0; o < O; ++o) {
            float acc_452 = 0;
            {
                const int64_t n_lo_453 = 0;
                const int64_t n_hi_454 = ((-1) + N);
                for (int64_t n = n_lo_453; n <= n_hi_454; ++n) {
                    {
                        const int64_t i_lo_455 = 0;
                        const int64_t i_hi_456 = size_457;
                        for (int64_t i = i_lo_455; i <= i_hi_456; ++i) {
                            {
                                const int64_t j_lo_458 = 0;
                                const int64_t j_hi_459 = size_460;
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_452)
    #endif
                                for (int64_t j = j_lo_458; j <= j_hi_459; ++j) {
                                    acc_452 += grad_y[(((n) * O + o) * size_461 + i) * size_462 + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_452;
        }
    } else
#endif
    {
        for (int64_t o = 0; o < O; ++o) {
            float acc_452 = 0;
            {
                const int64_t n_lo_453 = 0;
                const int64_t n_hi_454 = ((-1) + N);
                for (int64_t n = n_lo_453; n <= n_hi_454; ++n) {
                    {
                        const int64_t i_lo_455 = 0;
                        const int64_t i_hi_456 = size_457;
                        for (int64_t i = i_lo_455; i <= i_hi_456; ++i) {
                            {
                                const int64_t j_lo_458 = 0;
                                const int64_t j_hi_459 = size_460;
    #ifdef _OPENMP
    #pragma omp simd reduction(+:acc_452)
    #endif
                                for (int64_t j = j_lo_458; j <= j_hi_459; ++j) {
                                    acc_452 += grad_y[(((n) * O + o) * size_461 + i) * size_462 + j];
                                }
                            }
                        }
                    }
                }
            }
            grad_b[o] = acc_452;
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

