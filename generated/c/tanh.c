/* tanh: forward and backward kernels (C99)
 *
 * elementwise tanh, as torch.tanh
 * Configuration: defaults
 *
 * Forward:
 *   y[i] = tanh(x[i])
 *
 * Gradient of x:
 *   x[i] = (1 - y[i]**2)*grad_y[i]
 *
 * Sizes given at run time: M.
 * Every array is contiguous, row-major (x[element], y[element]).
 * Entry points return 0 on success and an error code otherwise;
 * derive_tanh_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "tanh.h"

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

const char *derive_tanh_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size M must be positive (empty tensors are not supported)";
    case 2: return "the output axis 0 (element) would be empty: the window does not fit the padded input";
    case 3: return "this backward pass needs a work buffer for the output";
    default: return "unknown error code";
    }
}

int derive_tanh_sizes(const int64_t *dims, int64_t *sizes)
{
    (void)dims; (void)sizes;
    int64_t M = 0;
    M = dims[0];
    if (M < 1) return 1;
    sizes[0] = M;
    return 0;
}

int derive_tanh_output_shape(int64_t M, int64_t *shape)
{
    (void)shape;
    (void)M;
    if (M < 1) return 1;
    shape[0] = M;
    if (shape[0] < 1) return 2;
    return 0;
}

static int derive_tanh_check(int64_t M)
{
    if (M < 1) return 1;
    return 0;
}

int derive_tanh_forward_f64(int64_t M, const double *restrict x, double *restrict y)
{
    (void)M;
    (void)x;
    (void)y;
    int status = derive_tanh_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_2 = M;
    if (work_2 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            double acc_1 = 0;
            {
                acc_1 += tanh(x[i]);
            }
            y[i] = acc_1;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            double acc_1 = 0;
            {
                acc_1 += tanh(x[i]);
            }
            y[i] = acc_1;
        }
    }
    return 0;
}

int derive_tanh_backward_x_f64(int64_t M, const double *restrict grad_y, const double *restrict x, const double *restrict y, double *restrict grad_x)
{
    (void)M;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_tanh_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_4 = M;
    if (work_4 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            double acc_3 = 0;
            {
                acc_3 += ((((double)1) + (((double)(-1)) * (y[i] * y[i]))) * grad_y[i]);
            }
            grad_x[i] = acc_3;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            double acc_3 = 0;
            {
                acc_3 += ((((double)1) + (((double)(-1)) * (y[i] * y[i]))) * grad_y[i]);
            }
            grad_x[i] = acc_3;
        }
    }
    return 0;
}

int derive_tanh_backward_f64(int64_t M, const double *restrict grad_y, const double *restrict x, double *restrict y, double *restrict grad_x)
{
    (void)M;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_tanh_check(M);
    if (status) return status;
    if (y == NULL) return 3;
    status = derive_tanh_forward_f64(M, x, y);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_tanh_backward_x_f64(M, grad_y, x, y, grad_x);
        if (status) return status;
    }
    return 0;
}

int derive_tanh_forward_f32(int64_t M, const float *restrict x, float *restrict y)
{
    (void)M;
    (void)x;
    (void)y;
    int status = derive_tanh_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_6 = M;
    if (work_6 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            float acc_5 = 0;
            {
                acc_5 += tanhf(x[i]);
            }
            y[i] = acc_5;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            float acc_5 = 0;
            {
                acc_5 += tanhf(x[i]);
            }
            y[i] = acc_5;
        }
    }
    return 0;
}

int derive_tanh_backward_x_f32(int64_t M, const float *restrict grad_y, const float *restrict x, const float *restrict y, float *restrict grad_x)
{
    (void)M;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_tanh_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_8 = M;
    if (work_8 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            float acc_7 = 0;
            {
                acc_7 += ((((float)1) + (((float)(-1)) * (y[i] * y[i]))) * grad_y[i]);
            }
            grad_x[i] = acc_7;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            float acc_7 = 0;
            {
                acc_7 += ((((float)1) + (((float)(-1)) * (y[i] * y[i]))) * grad_y[i]);
            }
            grad_x[i] = acc_7;
        }
    }
    return 0;
}

int derive_tanh_backward_f32(int64_t M, const float *restrict grad_y, const float *restrict x, float *restrict y, float *restrict grad_x)
{
    (void)M;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_tanh_check(M);
    if (status) return status;
    if (y == NULL) return 3;
    status = derive_tanh_forward_f32(M, x, y);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_tanh_backward_x_f32(M, grad_y, x, y, grad_x);
        if (status) return status;
    }
    return 0;
}

