/* half_sse: forward and backward kernels (C99)
 *
 * half sum of squared errors (seed 003)
 * Configuration: defaults
 *
 * Forward:
 *   E = Sum((-d[i] + y[i])**2, (i, 0, M - 1))/2
 *
 * Gradient of y:
 *   y[i] = grad_E*(-d[i] + y[i])
 *
 * Gradient of d:
 *   d[i] = grad_E*(d[i] - y[i])
 *
 * Sizes given at run time: M.
 * Every array is contiguous, row-major (y[output], d[output], E (scalar)).
 * Entry points return 0 on success and an error code otherwise;
 * derive_half_sse_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "half_sse.h"

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

const char *derive_half_sse_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size M must be positive (empty tensors are not supported)";
    case 2: return "d: axis 0 (output) has the wrong extent; expected M";
    default: return "unknown error code";
    }
}

int derive_half_sse_sizes(const int64_t *dims, int64_t *sizes)
{
    (void)dims; (void)sizes;
    int64_t M = 0;
    M = dims[0];
    if (M < 1) return 1;
    if (dims[1] != M) return 2;
    sizes[0] = M;
    return 0;
}

int derive_half_sse_output_shape(int64_t M, int64_t *shape)
{
    (void)shape;
    (void)M;
    if (M < 1) return 1;
    return 0;
}

static int derive_half_sse_check(int64_t M)
{
    if (M < 1) return 1;
    return 0;
}

int derive_half_sse_forward_f64(int64_t M, const double *restrict y, const double *restrict d, double *restrict E)
{
    (void)M;
    (void)y;
    (void)d;
    (void)E;
    int status = derive_half_sse_check(M);
    if (status) return status;
    double acc_1 = 0;
    {
        const int64_t i_lo_2 = 0;
        const int64_t i_hi_3 = ((-1) + M);
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_1)
#endif
        for (int64_t i = i_lo_2; i <= i_hi_3; ++i) {
            acc_1 += (((((((double)(-1)) * d[i]) + y[i]) * ((((double)(-1)) * d[i]) + y[i]))) / (((double)2)));
        }
    }
    E[0] = acc_1;
    return 0;
}

int derive_half_sse_backward_y_f64(int64_t M, const double *restrict grad_E, const double *restrict y, const double *restrict d, const double *restrict E, double *restrict grad_y)
{
    (void)M;
    (void)grad_E;
    (void)y;
    (void)d;
    (void)E;
    (void)grad_y;
    int status = derive_half_sse_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_5 = M;
    if (work_5 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            double acc_4 = 0;
            {
                acc_4 += (grad_E[0] * ((((double)(-1)) * d[i]) + y[i]));
            }
            grad_y[i] = acc_4;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            double acc_4 = 0;
            {
                acc_4 += (grad_E[0] * ((((double)(-1)) * d[i]) + y[i]));
            }
            grad_y[i] = acc_4;
        }
    }
    return 0;
}

int derive_half_sse_backward_d_f64(int64_t M, const double *restrict grad_E, const double *restrict y, const double *restrict d, const double *restrict E, double *restrict grad_d)
{
    (void)M;
    (void)grad_E;
    (void)y;
    (void)d;
    (void)E;
    (void)grad_d;
    int status = derive_half_sse_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_7 = M;
    if (work_7 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            double acc_6 = 0;
            {
                acc_6 += (grad_E[0] * ((((double)(-1)) * y[i]) + d[i]));
            }
            grad_d[i] = acc_6;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            double acc_6 = 0;
            {
                acc_6 += (grad_E[0] * ((((double)(-1)) * y[i]) + d[i]));
            }
            grad_d[i] = acc_6;
        }
    }
    return 0;
}

int derive_half_sse_backward_f64(int64_t M, const double *restrict grad_E, const double *restrict y, const double *restrict d, double *restrict E, double *restrict grad_y, double *restrict grad_d)
{
    (void)M;
    (void)grad_E;
    (void)y;
    (void)d;
    (void)E;
    (void)grad_y;
    (void)grad_d;
    int status = derive_half_sse_check(M);
    if (status) return status;
    if (grad_y != NULL) {
        status = derive_half_sse_backward_y_f64(M, grad_E, y, d, E, grad_y);
        if (status) return status;
    }
    if (grad_d != NULL) {
        status = derive_half_sse_backward_d_f64(M, grad_E, y, d, E, grad_d);
        if (status) return status;
    }
    return 0;
}

int derive_half_sse_forward_f32(int64_t M, const float *restrict y, const float *restrict d, float *restrict E)
{
    (void)M;
    (void)y;
    (void)d;
    (void)E;
    int status = derive_half_sse_check(M);
    if (status) return status;
    float acc_8 = 0;
    {
        const int64_t i_lo_9 = 0;
        const int64_t i_hi_10 = ((-1) + M);
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_8)
#endif
        for (int64_t i = i_lo_9; i <= i_hi_10; ++i) {
            acc_8 += (((((((float)(-1)) * d[i]) + y[i]) * ((((float)(-1)) * d[i]) + y[i]))) / (((float)2)));
        }
    }
    E[0] = acc_8;
    return 0;
}

int derive_half_sse_backward_y_f32(int64_t M, const float *restrict grad_E, const float *restrict y, const float *restrict d, const float *restrict E, float *restrict grad_y)
{
    (void)M;
    (void)grad_E;
    (void)y;
    (void)d;
    (void)E;
    (void)grad_y;
    int status = derive_half_sse_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_12 = M;
    if (work_12 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            float acc_11 = 0;
            {
                acc_11 += (grad_E[0] * ((((float)(-1)) * d[i]) + y[i]));
            }
            grad_y[i] = acc_11;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            float acc_11 = 0;
            {
                acc_11 += (grad_E[0] * ((((float)(-1)) * d[i]) + y[i]));
            }
            grad_y[i] = acc_11;
        }
    }
    return 0;
}

int derive_half_sse_backward_d_f32(int64_t M, const float *restrict grad_E, const float *restrict y, const float *restrict d, const float *restrict E, float *restrict grad_d)
{
    (void)M;
    (void)grad_E;
    (void)y;
    (void)d;
    (void)E;
    (void)grad_d;
    int status = derive_half_sse_check(M);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_14 = M;
    if (work_14 >= 32768) {
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < M; ++i) {
            float acc_13 = 0;
            {
                acc_13 += (grad_E[0] * ((((float)(-1)) * y[i]) + d[i]));
            }
            grad_d[i] = acc_13;
        }
    } else
#endif
    {
        for (int64_t i = 0; i < M; ++i) {
            float acc_13 = 0;
            {
                acc_13 += (grad_E[0] * ((((float)(-1)) * y[i]) + d[i]));
            }
            grad_d[i] = acc_13;
        }
    }
    return 0;
}

int derive_half_sse_backward_f32(int64_t M, const float *restrict grad_E, const float *restrict y, const float *restrict d, float *restrict E, float *restrict grad_y, float *restrict grad_d)
{
    (void)M;
    (void)grad_E;
    (void)y;
    (void)d;
    (void)E;
    (void)grad_y;
    (void)grad_d;
    int status = derive_half_sse_check(M);
    if (status) return status;
    if (grad_y != NULL) {
        status = derive_half_sse_backward_y_f32(M, grad_E, y, d, E, grad_y);
        if (status) return status;
    }
    if (grad_d != NULL) {
        status = derive_half_sse_backward_d_f32(M, grad_E, y, d, E, grad_d);
        if (status) return status;
    }
    return 0;
}

