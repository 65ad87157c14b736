/* cross_entropy: forward and backward kernels (C99)
 *
 * softmax cross-entropy, as torch.nn.functional.cross_entropy (class-index targets, mean reduction)
 * Configuration: defaults
 *
 * Forward:
 *   L = Sum(log(Sum(exp(x[n, c]), (c, 0, C - 1))) - x[n, t[n]], (n, 0, N - 1))/N
 *
 * Gradient of x:
 *   x[n, k] = Piecewise((-grad_L/N, Eq(k, t[n])), (0, True)) + grad_L*exp(x[n,
 *       k])/(N*Sum(exp(x[n, c]), (c, 0, C - 1)))
 *
 * Sizes given at run time: N, C.
 * Every array is contiguous, row-major (x[sample, class], t[sample], L (scalar)).
 * Entry points return 0 on success and an error code otherwise;
 * derive_cross_entropy_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "cross_entropy.h"

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

const char *derive_cross_entropy_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size N must be positive (empty tensors are not supported)";
    case 2: return "size C must be positive (empty tensors are not supported)";
    case 3: return "t: axis 0 (sample) has the wrong extent; expected N";
    case 4: return "t values must lie in 0..C-1";
    default: return "unknown error code";
    }
}

int derive_cross_entropy_sizes(const int64_t *dims, int64_t *sizes)
{
    (void)dims; (void)sizes;
    int64_t N = 0;
    int64_t C = 0;
    N = dims[0];
    C = dims[1];
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (dims[2] != N) return 3;
    sizes[0] = N;
    sizes[1] = C;
    return 0;
}

int derive_cross_entropy_output_shape(int64_t N, int64_t C, int64_t *shape)
{
    (void)shape;
    (void)N;
    (void)C;
    if (N < 1) return 1;
    if (C < 1) return 2;
    return 0;
}

static int derive_cross_entropy_check(int64_t N, int64_t C, const int64_t *restrict t)
{
    if (N < 1) return 1;
    if (C < 1) return 2;
    (void)t;
    for (int64_t e = 0; e < N; ++e)
        if (t[e] < 0 || t[e] >= C) return 4;
    return 0;
}

int derive_cross_entropy_forward_f64(int64_t N, int64_t C, const double *restrict x, const int64_t *restrict t, double *restrict L)
{
    (void)N;
    (void)C;
    (void)x;
    (void)t;
    (void)L;
    int status = derive_cross_entropy_check(N, C, t);
    if (status) return status;
    double acc_2 = 0;
    {
        const int64_t n_lo_3 = 0;
        const int64_t n_hi_4 = ((-1) + N);
        for (int64_t n = n_lo_3; n <= n_hi_4; ++n) {
            if (!(t[n] >= 0)) continue;
            if (!(((-1) + C + ((-1) * t[n])) >= 0)) continue;
            acc_2 += ((((double)(-1)) * x[(n) * C + t[n]]) / (((double)N)));
        }
    }
    {
        const int64_t n_lo_5 = 0;
        const int64_t n_hi_6 = ((-1) + N);
        for (int64_t n = n_lo_5; n <= n_hi_6; ++n) {
            double shift_1 = -INFINITY;
            for (int64_t c_7 = 0; c_7 <= ((-1) + C); ++c_7) {
                const double e_8 = x[(n) * C + c_7];
                if (e_8 > shift_1) shift_1 = e_8;
            }
            if (!(shift_1 > -INFINITY)) shift_1 = 0;
            double sum_9 = 0;
            for (int64_t c_10 = 0; c_10 <= ((-1) + C); ++c_10) {
                sum_9 += exp(((((double)(-1)) * shift_1) + x[(n) * C + c_10]));
            }
            acc_2 += (((shift_1 + log(sum_9))) / (((double)N)));
        }
    }
    L[0] = acc_2;
    return 0;
}

int derive_cross_entropy_backward_x_f64(int64_t N, int64_t C, const double *restrict grad_L, const double *restrict x, const int64_t *restrict t, const double *restrict L, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)grad_L;
    (void)x;
    (void)t;
    (void)L;
    (void)grad_x;
    int status = derive_cross_entropy_check(N, C, t);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_17 = (N * (C * C));
    if (work_17 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            double shift_11 = -INFINITY;
            for (int64_t c_12 = 0; c_12 <= ((-1) + C); ++c_12) {
                const double e_13 = x[(n) * C + c_12];
                if (e_13 > shift_11) shift_11 = e_13;
            }
            if (!(shift_11 > -INFINITY)) shift_11 = 0;
            double sum_14 = 0;
            for (int64_t c_15 = 0; c_15 <= ((-1) + C); ++c_15) {
                sum_14 += exp(((((double)(-1)) * shift_11) + x[(n) * C + c_15]));
            }
            for (int64_t k = 0; k < C; ++k) {
                double acc_16 = 0;
                {
                    acc_16 += ((grad_L[0] * exp(((((double)(-1)) * shift_11) + x[(n) * C + k]))) / (sum_14 * ((double)N)));
                }
                if ((k == t[n])) {
                    {
                        acc_16 += ((((double)(-1)) * grad_L[0]) / (((double)N)));
                    }
                }
                grad_x[(n) * C + k] = acc_16;
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            double shift_11 = -INFINITY;
            for (int64_t c_12 = 0; c_12 <= ((-1) + C); ++c_12) {
                const double e_13 = x[(n) * C + c_12];
                if (e_13 > shift_11) shift_11 = e_13;
            }
            if (!(shift_11 > -INFINITY)) shift_11 = 0;
            double sum_14 = 0;
            for (int64_t c_15 = 0; c_15 <= ((-1) + C); ++c_15) {
                sum_14 += exp(((((double)(-1)) * shift_11) + x[(n) * C + c_15]));
            }
            for (int64_t k = 0; k < C; ++k) {
                double acc_16 = 0;
                {
                    acc_16 += ((grad_L[0] * exp(((((double)(-1)) * shift_11) + x[(n) * C + k]))) / (sum_14 * ((double)N)));
                }
                if ((k == t[n])) {
                    {
                        acc_16 += ((((double)(-1)) * grad_L[0]) / (((double)N)));
                    }
                }
                grad_x[(n) * C + k] = acc_16;
            }
        }
    }
    return 0;
}

int derive_cross_entropy_backward_f64(int64_t N, int64_t C, const double *restrict grad_L, const double *restrict x, const int64_t *restrict t, double *restrict L, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)grad_L;
    (void)x;
    (void)t;
    (void)L;
    (void)grad_x;
    int status = derive_cross_entropy_check(N, C, t);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_cross_entropy_backward_x_f64(N, C, grad_L, x, t, L, grad_x);
        if (status) return status;
    }
    return 0;
}

int derive_cross_entropy_forward_f32(int64_t N, int64_t C, const float *restrict x, const int64_t *restrict t, float *restrict L)
{
    (void)N;
    (void)C;
    (void)x;
    (void)t;
    (void)L;
    int status = derive_cross_entropy_check(N, C, t);
    if (status) return status;
    float acc_19 = 0;
    {
        const int64_t n_lo_20 = 0;
        const int64_t n_hi_21 = ((-1) + N);
        for (int64_t n = n_lo_20; n <= n_hi_21; ++n) {
            if (!(t[n] >= 0)) continue;
            if (!(((-1) + C + ((-1) * t[n])) >= 0)) continue;
            acc_19 += ((((float)(-1)) * x[(n) * C + t[n]]) / (((float)N)));
        }
    }
    {
        const int64_t n_lo_22 = 0;
        const int64_t n_hi_23 = ((-1) + N);
        for (int64_t n = n_lo_22; n <= n_hi_23; ++n) {
            float shift_18 = -INFINITY;
            for (int64_t c_24 = 0; c_24 <= ((-1) + C); ++c_24) {
                const float e_25 = x[(n) * C + c_24];
                if (e_25 > shift_18) shift_18 = e_25;
            }
            if (!(shift_18 > -INFINITY)) shift_18 = 0;
            float sum_26 = 0;
            for (int64_t c_27 = 0; c_27 <= ((-1) + C); ++c_27) {
                sum_26 += expf(((((float)(-1)) * shift_18) + x[(n) * C + c_27]));
            }
            acc_19 += (((shift_18 + logf(sum_26))) / (((float)N)));
        }
    }
    L[0] = acc_19;
    return 0;
}

int derive_cross_entropy_backward_x_f32(int64_t N, int64_t C, const float *restrict grad_L, const float *restrict x, const int64_t *restrict t, const float *restrict L, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)grad_L;
    (void)x;
    (void)t;
    (void)L;
    (void)grad_x;
    int status = derive_cross_entropy_check(N, C, t);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_34 = (N * (C * C));
    if (work_34 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            float shift_28 = -INFINITY;
            for (int64_t c_29 = 0; c_29 <= ((-1) + C); ++c_29) {
                const float e_30 = x[(n) * C + c_29];
                if (e_30 > shift_28) shift_28 = e_30;
            }
            if (!(shift_28 > -INFINITY)) shift_28 = 0;
            float sum_31 = 0;
            for (int64_t c_32 = 0; c_32 <= ((-1) + C); ++c_32) {
                sum_31 += expf(((((float)(-1)) * shift_28) + x[(n) * C + c_32]));
            }
            for (int64_t k = 0; k < C; ++k) {
                float acc_33 = 0;
                {
                    acc_33 += ((grad_L[0] * expf(((((float)(-1)) * shift_28) + x[(n) * C + k]))) / (sum_31 * ((float)N)));
                }
                if ((k == t[n])) {
                    {
                        acc_33 += ((((float)(-1)) * grad_L[0]) / (((float)N)));
                    }
                }
                grad_x[(n) * C + k] = acc_33;
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            float shift_28 = -INFINITY;
            for (int64_t c_29 = 0; c_29 <= ((-1) + C); ++c_29) {
                const float e_30 = x[(n) * C + c_29];
                if (e_30 > shift_28) shift_28 = e_30;
            }
            if (!(shift_28 > -INFINITY)) shift_28 = 0;
            float sum_31 = 0;
            for (int64_t c_32 = 0; c_32 <= ((-1) + C); ++c_32) {
                sum_31 += expf(((((float)(-1)) * shift_28) + x[(n) * C + c_32]));
            }
            for (int64_t k = 0; k < C; ++k) {
                float acc_33 = 0;
                {
                    acc_33 += ((grad_L[0] * expf(((((float)(-1)) * shift_28) + x[(n) * C + k]))) / (sum_31 * ((float)N)));
                }
                if ((k == t[n])) {
                    {
                        acc_33 += ((((float)(-1)) * grad_L[0]) / (((float)N)));
                    }
                }
                grad_x[(n) * C + k] = acc_33;
            }
        }
    }
    return 0;
}

int derive_cross_entropy_backward_f32(int64_t N, int64_t C, const float *restrict grad_L, const float *restrict x, const int64_t *restrict t, float *restrict L, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)grad_L;
    (void)x;
    (void)t;
    (void)L;
    (void)grad_x;
    int status = derive_cross_entropy_check(N, C, t);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_cross_entropy_backward_x_f32(N, C, grad_L, x, t, L, grad_x);
        if (status) return status;
    }
    return 0;
}

