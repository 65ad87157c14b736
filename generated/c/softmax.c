/* softmax: forward and backward kernels (C99)
 *
 * softmax, as torch.softmax
 * Configuration: dim=-1
 *
 * Forward:
 *   y[n, i] = exp(x[n, i])/Sum(exp(x[n, j]), (j, 0, C - 1))
 *
 * Gradient of x:
 *   x[n, k] = grad_y[n, k]*y[n, k] + Sum(-grad_y[n, i]*y[n, i]*y[n, k], (i, 0, C - 1))
 *
 * Sizes given at run time: N, C.
 * Every array is contiguous, row-major (x[row, class], y[row, class]).
 * Entry points return 0 on success and an error code otherwise;
 * derive_softmax_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "softmax.h"

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

const char *derive_softmax_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size N must be positive (empty tensors are not supported)";
    case 2: return "size C must be positive (empty tensors are not supported)";
    case 3: return "the output axis 0 (row) would be empty: the window does not fit the padded input";
    case 4: return "the output axis 1 (class) would be empty: the window does not fit the padded input";
    case 5: return "this backward pass needs a work buffer for the output";
    default: return "unknown error code";
    }
}

int derive_softmax_sizes(const int64_t *dims, int64_t *sizes)
{
    (void)dims; (void)sizes;
    int64_t N = 0;
    int64_t C = 0;
    N = dims[0];
    C = dims[1];
    if (N < 1) return 1;
    if (C < 1) return 2;
    sizes[0] = N;
    sizes[1] = C;
    return 0;
}

int derive_softmax_output_shape(int64_t N, int64_t C, int64_t *shape)
{
    (void)shape;
    (void)N;
    (void)C;
    if (N < 1) return 1;
    if (C < 1) return 2;
    shape[0] = N;
    if (shape[0] < 1) return 3;
    shape[1] = C;
    if (shape[1] < 1) return 4;
    return 0;
}

static int derive_softmax_check(int64_t N, int64_t C)
{
    if (N < 1) return 1;
    if (C < 1) return 2;
    return 0;
}

int derive_softmax_forward_f64(int64_t N, int64_t C, const double *restrict x, double *restrict y)
{
    (void)N;
    (void)C;
    (void)x;
    (void)y;
    int status = derive_softmax_check(N, C);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_9 = (N * (C * C));
    if (work_9 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            double shift_2 = -INFINITY;
            for (int64_t j_3 = 0; j_3 <= ((-1) + C); ++j_3) {
                const double e_4 = x[(n) * C + j_3];
                if (e_4 > shift_2) shift_2 = e_4;
            }
            if (!(shift_2 > -INFINITY)) shift_2 = 0;
            double sum_5 = 0;
            for (int64_t j_6 = 0; j_6 <= ((-1) + C); ++j_6) {
                sum_5 += exp(((((double)(-1)) * shift_2) + x[(n) * C + j_6]));
            }
            {
                {
                    const int64_t i_lo_7 = 0;
                    const int64_t i_hi_8 = ((-1) + C);
                    for (int64_t i = i_lo_7; i <= i_hi_8; ++i)
                        y[(n) * C + i] = ((exp(((((double)(-1)) * shift_2) + x[(n) * C + i]))) / (sum_5));
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            double shift_2 = -INFINITY;
            for (int64_t j_3 = 0; j_3 <= ((-1) + C); ++j_3) {
                const double e_4 = x[(n) * C + j_3];
                if (e_4 > shift_2) shift_2 = e_4;
            }
            if (!(shift_2 > -INFINITY)) shift_2 = 0;
            double sum_5 = 0;
            for (int64_t j_6 = 0; j_6 <= ((-1) + C); ++j_6) {
                sum_5 += exp(((((double)(-1)) * shift_2) + x[(n) * C + j_6]));
            }
            {
                {
                    const int64_t i_lo_7 = 0;
                    const int64_t i_hi_8 = ((-1) + C);
                    for (int64_t i = i_lo_7; i <= i_hi_8; ++i)
                        y[(n) * C + i] = ((exp(((((double)(-1)) * shift_2) + x[(n) * C + i]))) / (sum_5));
                }
            }
        }
    }
    return 0;
}

int derive_softmax_backward_x_f64(int64_t N, int64_t C, const double *restrict grad_y, const double *restrict x, const double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_softmax_check(N, C);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_16 = (N * (C * C));
    if (work_16 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            {
                {
                    const int64_t k_lo_10 = 0;
                    const int64_t k_hi_11 = ((-1) + C);
                    for (int64_t k = k_lo_10; k <= k_hi_11; ++k)
                        grad_x[(n) * C + k] = (grad_y[(n) * C + k] * y[(n) * C + k]);
                }
            }
            {
                const int64_t i_lo_12 = 0;
                const int64_t i_hi_13 = ((-1) + C);
                for (int64_t i = i_lo_12; i <= i_hi_13; ++i) {
                    {
                        const int64_t k_lo_14 = 0;
                        const int64_t k_hi_15 = ((-1) + C);
                        for (int64_t k = k_lo_14; k <= k_hi_15; ++k)
                            grad_x[(n) * C + k] += (((double)(-1)) * grad_y[(n) * C + i] * y[(n) * C + i] * y[(n) * C + k]);
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            {
                {
                    const int64_t k_lo_10 = 0;
                    const int64_t k_hi_11 = ((-1) + C);
                    for (int64_t k = k_lo_10; k <= k_hi_11; ++k)
                        grad_x[(n) * C + k] = (grad_y[(n) * C + k] * y[(n) * C + k]);
                }
            }
            {
                const int64_t i_lo_12 = 0;
                const int64_t i_hi_13 = ((-1) + C);
                for (int64_t i = i_lo_12; i <= i_hi_13; ++i) {
                    {
                        const int64_t k_lo_14 = 0;
                        const int64_t k_hi_15 = ((-1) + C);
                        for (int64_t k = k_lo_14; k <= k_hi_15; ++k)
                            grad_x[(n) * C + k] += (((double)(-1)) * grad_y[(n) * C + i] * y[(n) * C + i] * y[(n) * C + k]);
                    }
                }
            }
        }
    }
    return 0;
}

int derive_softmax_backward_f64(int64_t N, int64_t C, const double *restrict grad_y, const double *restrict x, double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_softmax_check(N, C);
    if (status) return status;
    if (y == NULL) return 5;
    status = derive_softmax_forward_f64(N, C, x, y);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_softmax_backward_x_f64(N, C, grad_y, x, y, grad_x);
        if (status) return status;
    }
    return 0;
}

int derive_softmax_forward_f32(int64_t N, int64_t C, const float *restrict x, float *restrict y)
{
    (void)N;
    (void)C;
    (void)x;
    (void)y;
    int status = derive_softmax_check(N, C);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_25 = (N * (C * C));
    if (work_25 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            float shift_18 = -INFINITY;
            for (int64_t j_19 = 0; j_19 <= ((-1) + C); ++j_19) {
                const float e_20 = x[(n) * C + j_19];
                if (e_20 > shift_18) shift_18 = e_20;
            }
            if (!(shift_18 > -INFINITY)) shift_18 = 0;
            float sum_21 = 0;
            for (int64_t j_22 = 0; j_22 <= ((-1) + C); ++j_22) {
                sum_21 += expf(((((float)(-1)) * shift_18) + x[(n) * C + j_22]));
            }
            {
                {
                    const int64_t i_lo_23 = 0;
                    const int64_t i_hi_24 = ((-1) + C);
                    for (int64_t i = i_lo_23; i <= i_hi_24; ++i)
                        y[(n) * C + i] = ((expf(((((float)(-1)) * shift_18) + x[(n) * C + i]))) / (sum_21));
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            float shift_18 = -INFINITY;
            for (int64_t j_19 = 0; j_19 <= ((-1) + C); ++j_19) {
                const float e_20 = x[(n) * C + j_19];
                if (e_20 > shift_18) shift_18 = e_20;
            }
            if (!(shift_18 > -INFINITY)) shift_18 = 0;
            float sum_21 = 0;
            for (int64_t j_22 = 0; j_22 <= ((-1) + C); ++j_22) {
                sum_21 += expf(((((float)(-1)) * shift_18) + x[(n) * C + j_22]));
            }
            {
                {
                    const int64_t i_lo_23 = 0;
                    const int64_t i_hi_24 = ((-1) + C);
                    for (int64_t i = i_lo_23; i <= i_hi_24; ++i)
                        y[(n) * C + i] = ((expf(((((float)(-1)) * shift_18) + x[(n) * C + i]))) / (sum_21));
                }
            }
        }
    }
    return 0;
}

int derive_softmax_backward_x_f32(int64_t N, int64_t C, const float *restrict grad_y, const float *restrict x, const float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_softmax_check(N, C);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_32 = (N * (C * C));
    if (work_32 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            {
                {
                    const int64_t k_lo_26 = 0;
                    const int64_t k_hi_27 = ((-1) + C);
                    for (int64_t k = k_lo_26; k <= k_hi_27; ++k)
                        grad_x[(n) * C + k] = (grad_y[(n) * C + k] * y[(n) * C + k]);
                }
            }
            {
                const int64_t i_lo_28 = 0;
                const int64_t i_hi_29 = ((-1) + C);
                for (int64_t i = i_lo_28; i <= i_hi_29; ++i) {
                    {
                        const int64_t k_lo_30 = 0;
                        const int64_t k_hi_31 = ((-1) + C);
                        for (int64_t k = k_lo_30; k <= k_hi_31; ++k)
                            grad_x[(n) * C + k] += (((float)(-1)) * grad_y[(n) * C + i] * y[(n) * C + i] * y[(n) * C + k]);
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            {
                {
                    const int64_t k_lo_26 = 0;
                    const int64_t k_hi_27 = ((-1) + C);
                    for (int64_t k = k_lo_26; k <= k_hi_27; ++k)
                        grad_x[(n) * C + k] = (grad_y[(n) * C + k] * y[(n) * C + k]);
                }
            }
            {
                const int64_t i_lo_28 = 0;
                const int64_t i_hi_29 = ((-1) + C);
                for (int64_t i = i_lo_28; i <= i_hi_29; ++i) {
                    {
                        const int64_t k_lo_30 = 0;
                        const int64_t k_hi_31 = ((-1) + C);
                        for (int64_t k = k_lo_30; k <= k_hi_31; ++k)
                            grad_x[(n) * C + k] += (((float)(-1)) * grad_y[(n) * C + i] * y[(n) * C + i] * y[(n) * C + k]);
                    }
                }
            }
        }
    }
    return 0;
}

int derive_softmax_backward_f32(int64_t N, int64_t C, const float *restrict grad_y, const float *restrict x, float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_softmax_check(N, C);
    if (status) return status;
    if (y == NULL) return 5;
    status = derive_softmax_forward_f32(N, C, x, y);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_softmax_backward_x_f32(N, C, grad_y, x, y, grad_x);
        if (status) return status;
    }
    return 0;
}

