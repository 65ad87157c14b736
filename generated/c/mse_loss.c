/* mse_loss: forward and backward kernels (C99)
 *
 * mean squared error, as torch.nn.functional.mse_loss
 * Configuration: defaults
 *
 * Forward:
 *   L = Sum((-t[i] + x[i])**2, (i, 0, M - 1))/M
 *
 * Gradient of x:
 *   x[i] = 2*grad_L*(-t[i] + x[i])/M
 *
 * Gradient of t:
 *   t[i] = 2*grad_L*(t[i] - x[i])/M
 *
 * Sizes given at run time: M.
 * Every array is contiguous, row-major (x[element], t[element], L (scalar)).
 * Entry points return 0 on success and an error code otherwise;
 * derive_mse_loss_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "mse_loss.h"

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

const char *derive_mse_loss_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size M must be positive (empty tensors are not supported)";
    case 2: return "t: axis 0 (element) has the wrong extent; expected M";
    default: return "unknown error code";
    }
}

int derive_mse_loss_sizes(const int64_t *dims, int64_t *sizes)
{
    (void)dims; (void)sizes;
    int64_t M = 0;
    M = dims[0];
    if (M < 1) return 1;
    if (dims[1] != M) return 2;
    sizes[0] = M;
    return 0;
}

int derive_mse_loss_output_shape(int64_t M, int64_t *shape)
{
    (void)shape;
    (void)M;
    if (M < 1) return 1;
    return 0;
}

static int derive_mse_loss_check(int64_t M)
{
    if (M < 1) return 1;
    return 0;
}

int derive_mse_loss_forward_f64(int64_t M, const double *restrict x, const double *restrict t, double *restrict L)
{
    (void)M;
    (void)x;
    (void)t;
    (void)L;
    int status = derive_mse_loss_check(M);
    if (status) return status;
    double acc_1 = 0;
    {
        const int64_t i_lo_2 = 0;
        const int64_t i_hi_3 = ((-1) + M);
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_1)
#endif
        for (int64_t i = i_lo_2; i <= i_hi_3; ++i) {
            acc_1 += (((((((double)(-1)) * t[i]) + x[i]) * ((((double)(-1)) * t[i]) + x[i]))) / (((double)M)));
        }
    }
    L[0] = acc_1;
    return 0;
}

int derive_mse_loss_backward_x_f64(int64_t M, const double *restrict grad_L, const double *restrict x, const double *restrict t, const double *restrict L, double *restrict grad_x)
{
    (void)M;
    (void)grad_L;
    (void)x;
    (void)t;
    (void)L;
    (void)grad_x;
    int status = derive_mse_loss_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_5 = M;
    if (work_5 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            double acc_4 = 0;
            {
                acc_4 += ((((double)2) * grad_L[0] * ((((double)(-1)) * t[i]) + x[i])) / (((double)M)));
            }
            grad_x[i] = acc_4;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            double acc_4 = 0;
            {
                acc_4 += ((((double)2) * grad_L[0] * ((((double)(-1)) * t[i]) + x[i])) / (((double)M)));
            }
            grad_x[i] = acc_4;
        }
    }
    return 0;
}

int derive_mse_loss_backward_t_f64(int64_t M, const double *restrict grad_L, const double *restrict x, const double *restrict t, const double *restrict L, double *restrict grad_t)
{
    (void)M;
    (void)grad_L;
    (void)x;
    (void)t;
    (void)L;
    (void)grad_t;
    int status = derive_mse_loss_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_7 = M;
    if (work_7 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            double acc_6 = 0;
            {
                acc_6 += ((((double)2) * grad_L[0] * ((((double)(-1)) * x[i]) + t[i])) / (((double)M)));
            }
            grad_t[i] = acc_6;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            double acc_6 = 0;
            {
                acc_6 += ((((double)2) * grad_L[0] * ((((double)(-1)) * x[i]) + t[i])) / (((double)M)));
            }
            grad_t[i] = acc_6;
        }
    }
    return 0;
}

int derive_mse_loss_backward_f64(int64_t M, const double *restrict grad_L, const double *restrict x, const double *restrict t, double *restrict L, double *restrict grad_x, double *restrict grad_t)
{
    (void)M;
    (void)grad_L;
    (void)x;
    (void)t;
    (void)L;
    (void)grad_x;
    (void)grad_t;
    int status = derive_mse_loss_check(M);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_mse_loss_backward_x_f64(M, grad_L, x, t, L, grad_x);
        if (status) return status;
    }
    if (grad_t != NULL) {
        status = derive_mse_loss_backward_t_f64(M, grad_L, x, t, L, grad_t);
        if (status) return status;
    }
    return 0;
}

int derive_mse_loss_forward_f32(int64_t M, const float *restrict x, const float *restrict t, float *restrict L)
{
    (void)M;
    (void)x;
    (void)t;
    (void)L;
    int status = derive_mse_loss_check(M);
    if (status) return status;
    float acc_8 = 0;
    {
        const int64_t i_lo_9 = 0;
        const int64_t i_hi_10 = ((-1) + M);
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_8)
#endif
        for (int64_t i = i_lo_9; i <= i_hi_10; ++i) {
            acc_8 += (((((((float)(-1)) * t[i]) + x[i]) * ((((float)(-1)) * t[i]) + x[i]))) / (((float)M)));
        }
    }
    L[0] = acc_8;
    return 0;
}

int derive_mse_loss_backward_x_f32(int64_t M, const float *restrict grad_L, const float *restrict x, const float *restrict t, const float *restrict L, float *restrict grad_x)
{
    (void)M;
    (void)grad_L;
    (void)x;
    (void)t;
    (void)L;
    (void)grad_x;
    int status = derive_mse_loss_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_12 = M;
    if (work_12 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            float acc_11 = 0;
            {
                acc_11 += ((((float)2) * grad_L[0] * ((((float)(-1)) * t[i]) + x[i])) / (((float)M)));
            }
            grad_x[i] = acc_11;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            float acc_11 = 0;
            {
                acc_11 += ((((float)2) * grad_L[0] * ((((float)(-1)) * t[i]) + x[i])) / (((float)M)));
            }
            grad_x[i] = acc_11;
        }
    }
    return 0;
}

int derive_mse_loss_backward_t_f32(int64_t M, const float *restrict grad_L, const float *restrict x, const float *restrict t, const float *restrict L, float *restrict grad_t)
{
    (void)M;
    (void)grad_L;
    (void)x;
    (void)t;
    (void)L;
    (void)grad_t;
    int status = derive_mse_loss_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_14 = M;
    if (work_14 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            float acc_13 = 0;
            {
                acc_13 += ((((float)2) * grad_L[0] * ((((float)(-1)) * x[i]) + t[i])) / (((float)M)));
            }
            grad_t[i] = acc_13;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            float acc_13 = 0;
            {
                acc_13 += ((((float)2) * grad_L[0] * ((((float)(-1)) * x[i]) + t[i])) / (((float)M)));
            }
            grad_t[i] = acc_13;
        }
    }
    return 0;
}

int derive_mse_loss_backward_f32(int64_t M, const float *restrict grad_L, const float *restrict x, const float *restrict t, float *restrict L, float *restrict grad_x, float *restrict grad_t)
{
    (void)M;
    (void)grad_L;
    (void)x;
    (void)t;
    (void)L;
    (void)grad_x;
    (void)grad_t;
    int status = derive_mse_loss_check(M);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_mse_loss_backward_x_f32(M, grad_L, x, t, L, grad_x);
        if (status) return status;
    }
    if (grad_t != NULL) {
        status = derive_mse_loss_backward_t_f32(M, grad_L, x, t, L, grad_t);
        if (status) return status;
    }
    return 0;
}

