/* linear: forward and backward kernels (C99)
 *
 * fully connected layer, as torch.nn.functional.linear
 * Configuration: bias=True
 *
 * Forward:
 *   y[n, o] = b[o] + Sum(w[o, i]*x[n, i], (i, 0, I - 1))
 *
 * Gradient of x:
 *   x[n, i] = Sum(grad_y[n, o]*w[o, i], (o, 0, O - 1))
 *
 * Gradient of w:
 *   w[o, i] = Sum(grad_y[n, o]*x[n, i], (n, 0, N - 1))
 *
 * Gradient of b:
 *   b[o] = Sum(grad_y[n, o], (n, 0, N - 1))
 *
 * Sizes given at run time: N, I, O.
 * Every array is contiguous, row-major (x[batch, feature], w[out feature, feature], b[out feature], y[batch, out feature]).
 * Entry points return 0 on success and an error code otherwise;
 * derive_linear_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "linear.h"

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

const char *derive_linear_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size N must be positive (empty tensors are not supported)";
    case 2: return "size I must be positive (empty tensors are not supported)";
    case 3: return "size O must be positive (empty tensors are not supported)";
    case 4: return "w: axis 1 (feature) has the wrong extent; expected I";
    case 5: return "b: axis 0 (out feature) has the wrong extent; expected O";
    case 6: return "the output axis 0 (batch) would be empty: the window does not fit the padded input";
    case 7: return "the output axis 1 (out feature) would be empty: the window does not fit the padded input";
    default: return "unknown error code";
    }
}

int derive_linear_sizes(const int64_t *dims, int64_t *sizes)
{
    (void)dims; (void)sizes;
    int64_t N = 0;
    int64_t I = 0;
    int64_t O = 0;
    N = dims[0];
    I = dims[1];
    O = dims[2];
    if (N < 1) return 1;
    if (I < 1) return 2;
    if (O < 1) return 3;
    if (dims[3] != I) return 4;
    if (dims[4] != O) return 5;
    sizes[0] = N;
    sizes[1] = I;
    sizes[2] = O;
    return 0;
}

int derive_linear_output_shape(int64_t N, int64_t I, int64_t O, int64_t *shape)
{
    (void)shape;
    (void)N;
    (void)I;
    (void)O;
    if (N < 1) return 1;
    if (I < 1) return 2;
    if (O < 1) return 3;
    shape[0] = N;
    if (shape[0] < 1) return 6;
    shape[1] = O;
    if (shape[1] < 1) return 7;
    return 0;
}

static int derive_linear_check(int64_t N, int64_t I, int64_t O)
{
    if (N < 1) return 1;
    if (I < 1) return 2;
    if (O < 1) return 3;
    return 0;
}

int derive_linear_forward_f64(int64_t N, int64_t I, int64_t O, const double *restrict x, const double *restrict w, const double *restrict b, double *restrict y)
{
    (void)N;
    (void)I;
    (void)O;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_1 = (I * N * O);
#pragma omp parallel for collapse(2) schedule(static) if(work_1 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t o = 0; o < O; ++o) {
            double acc_2 = 0;
            {
                acc_2 += b[o];
            }
            {
                const int64_t i_lo_3 = 0;
                const int64_t i_hi_4 = ((-1) + I);
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_2)
#endif
                for (int64_t i = i_lo_3; i <= i_hi_4; ++i) {
                    acc_2 += (w[(o) * I + i] * x[(n) * I + i]);
                }
            }
            y[(n) * O + o] = acc_2;
        }
    }
    return 0;
}

int derive_linear_backward_x_f64(int64_t N, int64_t I, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_5 = (I * N * O);
#pragma omp parallel for schedule(static) if(work_5 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t i = 0; i < I; ++i) grad_x[(n) * I + i] = 0;
        {
            const int64_t o_lo_6 = 0;
            const int64_t o_hi_7 = ((-1) + O);
            for (int64_t o = o_lo_6; o <= o_hi_7; ++o) {
                {
                    const int64_t i_lo_8 = 0;
                    const int64_t i_hi_9 = ((-1) + I);
                    for (int64_t i = i_lo_8; i <= i_hi_9; ++i)
                        grad_x[(n) * I + i] += (grad_y[(n) * O + o] * w[(o) * I + i]);
                }
            }
        }
    }
    return 0;
}

int derive_linear_backward_w_f64(int64_t N, int64_t I, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_w)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_w;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_10 = (I * N * O);
#pragma omp parallel for schedule(static) if(work_10 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        for (int64_t i = 0; i < I; ++i) grad_w[(o) * I + i] = 0;
        {
            const int64_t n_lo_11 = 0;
            const int64_t n_hi_12 = ((-1) + N);
            for (int64_t n = n_lo_11; n <= n_hi_12; ++n) {
                {
                    const int64_t i_lo_13 = 0;
                    const int64_t i_hi_14 = ((-1) + I);
                    for (int64_t i = i_lo_13; i <= i_hi_14; ++i)
                        grad_w[(o) * I + i] += (grad_y[(n) * O + o] * x[(n) * I + i]);
                }
            }
        }
    }
    return 0;
}

int derive_linear_backward_b_f64(int64_t N, int64_t I, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_b)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_b;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_15 = (N * O);
#pragma omp parallel for schedule(static) if(work_15 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        double acc_16 = 0;
        {
            const int64_t n_lo_17 = 0;
            const int64_t n_hi_18 = ((-1) + N);
            for (int64_t n = n_lo_17; n <= n_hi_18; ++n) {
                acc_16 += grad_y[(n) * O + o];
            }
        }
        grad_b[o] = acc_16;
    }
    return 0;
}

int derive_linear_backward_f64(int64_t N, int64_t I, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, double *restrict y, double *restrict grad_x, double *restrict grad_w, double *restrict grad_b)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    (void)grad_w;
    (void)grad_b;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_linear_backward_x_f64(N, I, O, grad_y, x, w, b, y, grad_x);
        if (status) return status;
    }
    if (grad_w != NULL) {
        status = derive_linear_backward_w_f64(N, I, O, grad_y, x, w, b, y, grad_w);
        if (status) return status;
    }
    if (grad_b != NULL) {
        status = derive_linear_backward_b_f64(N, I, O, grad_y, x, w, b, y, grad_b);
        if (status) return status;
    }
    return 0;
}

int derive_linear_forward_f32(int64_t N, int64_t I, int64_t O, const float *restrict x, const float *restrict w, const float *restrict b, float *restrict y)
{
    (void)N;
    (void)I;
    (void)O;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_19 = (I * N * O);
#pragma omp parallel for collapse(2) schedule(static) if(work_19 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t o = 0; o < O; ++o) {
            float acc_20 = 0;
            {
                acc_20 += b[o];
            }
            {
                const int64_t i_lo_21 = 0;
                const int64_t i_hi_22 = ((-1) + I);
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_20)
#endif
                for (int64_t i = i_lo_21; i <= i_hi_22; ++i) {
                    acc_20 += (w[(o) * I + i] * x[(n) * I + i]);
                }
            }
            y[(n) * O + o] = acc_20;
        }
    }
    return 0;
}

int derive_linear_backward_x_f32(int64_t N, int64_t I, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_23 = (I * N * O);
#pragma omp parallel for schedule(static) if(work_23 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t i = 0; i < I; ++i) grad_x[(n) * I + i] = 0;
        {
            const int64_t o_lo_24 = 0;
            const int64_t o_hi_25 = ((-1) + O);
            for (int64_t o = o_lo_24; o <= o_hi_25; ++o) {
                {
                    const int64_t i_lo_26 = 0;
                    const int64_t i_hi_27 = ((-1) + I);
                    for (int64_t i = i_lo_26; i <= i_hi_27; ++i)
                        grad_x[(n) * I + i] += (grad_y[(n) * O + o] * w[(o) * I + i]);
                }
            }
        }
    }
    return 0;
}

int derive_linear_backward_w_f32(int64_t N, int64_t I, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_w)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_w;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_28 = (I * N * O);
#pragma omp parallel for schedule(static) if(work_28 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        for (int64_t i = 0; i < I; ++i) grad_w[(o) * I + i] = 0;
        {
            const int64_t n_lo_29 = 0;
            const int64_t n_hi_30 = ((-1) + N);
            for (int64_t n = n_lo_29; n <= n_hi_30; ++n) {
                {
                    const int64_t i_lo_31 = 0;
                    const int64_t i_hi_32 = ((-1) + I);
                    for (int64_t i = i_lo_31; i <= i_hi_32; ++i)
                        grad_w[(o) * I + i] += (grad_y[(n) * O + o] * x[(n) * I + i]);
                }
            }
        }
    }
    return 0;
}

int derive_linear_backward_b_f32(int64_t N, int64_t I, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_b)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_b;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_33 = (N * O);
#pragma omp parallel for schedule(static) if(work_33 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        float acc_34 = 0;
        {
            const int64_t n_lo_35 = 0;
            const int64_t n_hi_36 = ((-1) + N);
            for (int64_t n = n_lo_35; n <= n_hi_36; ++n) {
                acc_34 += grad_y[(n) * O + o];
            }
        }
        grad_b[o] = acc_34;
    }
    return 0;
}

int derive_linear_backward_f32(int64_t N, int64_t I, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, float *restrict y, float *restrict grad_x, float *restrict grad_w, float *restrict grad_b)
{
    (void)N;
    (void)I;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    (void)grad_w;
    (void)grad_b;
    int status = derive_linear_check(N, I, O);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_linear_backward_x_f32(N, I, O, grad_y, x, w, b, y, grad_x);
        if (status) return status;
    }
    if (grad_w != NULL) {
        status = derive_linear_backward_w_f32(N, I, O, grad_y, x, w, b, y, grad_w);
        if (status) return status;
    }
    if (grad_b != NULL) {
        status = derive_linear_backward_b_f32(N, I, O, grad_y, x, w, b, y, grad_b);
        if (status) return status;
    }
    return 0;
}

