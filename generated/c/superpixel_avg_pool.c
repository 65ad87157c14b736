/* superpixel_avg_pool: forward and backward kernels (C99)
 *
 * superpixel avg pooling over the regions of a label map
 * Configuration: num_regions=16
 *
 * Forward:
 *   y[n, c, r] = Sum(KroneckerDelta(r, label[n, h, w])*x[n, c, h, w], (h, 0, H - 1), (w, 0, W -
 *       1))/Max(1, Sum(KroneckerDelta(r, label[n, h, w]), (h, 0, H - 1), (w, 0, W - 1)))
 *
 * Gradient of x:
 *   x[n, c, p, q] = Piecewise((grad_y[n, c, label[n, p, q]]/Max(1, Sum(KroneckerDelta(label[n,
 *       h, w], label[n, p, q]), (h, 0, H - 1), (w, 0, W - 1))), (label[n, p, q] >= 0) &
 *       (label[n, p, q] <= 15)), (0, True))
 *
 * Sizes given at run time: N, C, H, W.
 * Every array is contiguous, row-major (x[batch, channel, row, column], label[batch, row, column], y[batch, channel, region]).
 * Entry points return 0 on success and an error code otherwise;
 * derive_superpixel_avg_pool_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "superpixel_avg_pool.h"

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

const char *derive_superpixel_avg_pool_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size N must be positive (empty tensors are not supported)";
    case 2: return "size C must be positive (empty tensors are not supported)";
    case 3: return "size H must be positive (empty tensors are not supported)";
    case 4: return "size W must be positive (empty tensors are not supported)";
    case 5: return "label: axis 0 (batch) has the wrong extent; expected N";
    case 6: return "label: axis 1 (row) has the wrong extent; expected H";
    case 7: return "label: axis 2 (column) has the wrong extent; expected W";
    case 8: return "the output axis 0 (batch) would be empty: the window does not fit the padded input";
    case 9: return "the output axis 1 (channel) would be empty: the window does not fit the padded input";
    case 10: return "the output axis 2 (region) would be empty: the window does not fit the padded input";
    case 11: return "label values must lie in 0..R-1 (R = 16)";
    case 12: return "out of memory for a work table";
    default: return "unknown error code";
    }
}

int derive_superpixel_avg_pool_sizes(const int64_t *dims, int64_t *sizes)
{
    (void)dims; (void)sizes;
    int64_t N = 0;
    int64_t C = 0;
    int64_t H = 0;
    int64_t W = 0;
    N = dims[0];
    C = dims[1];
    H = dims[2];
    W = dims[3];
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    if (dims[4] != N) return 5;
    if (dims[5] != H) return 6;
    if (dims[6] != W) return 7;
    sizes[0] = N;
    sizes[1] = C;
    sizes[2] = H;
    sizes[3] = W;
    return 0;
}

int derive_superpixel_avg_pool_output_shape(int64_t N, int64_t C, int64_t H, int64_t W, int64_t *shape)
{
    (void)shape;
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    shape[0] = N;
    if (shape[0] < 1) return 8;
    shape[1] = C;
    if (shape[1] < 1) return 9;
    shape[2] = 16;
    if (shape[2] < 1) return 10;
    return 0;
}

static int derive_superpixel_avg_pool_check(int64_t N, int64_t C, int64_t H, int64_t W, const int64_t *restrict label)
{
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    (void)label;
    for (int64_t e = 0; e < N * H * W; ++e)
        if (label[e] < 0 || label[e] >= 16) return 11;
    return 0;
}

int derive_superpixel_avg_pool_forward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict x, const int64_t *restrict label, double *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)x;
    (void)label;
    (void)y;
    int status = derive_superpixel_avg_pool_check(N, C, H, W, label);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_9 = (16 * C * N * (H * H) * (W * W));
    if (work_9 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t r = 0; r < 16; ++r) {
                    int64_t sum_1 = 0;
                    for (int64_t h_2 = 0; h_2 <= ((-1) + H); ++h_2) {
                        for (int64_t w_3 = 0; w_3 <= ((-1) + W); ++w_3) {
                            sum_1 += ((int64_t)(r == label[((n) * H + h_2) * W + w_3]));
                        }
                    }
                    double acc_4 = 0;
                    {
                        const int64_t h_lo_5 = 0;
                        const int64_t h_hi_6 = ((-1) + H);
                        for (int64_t h = h_lo_5; h <= h_hi_6; ++h) {
                            {
                                const int64_t w_lo_7 = 0;
                                const int64_t w_hi_8 = ((-1) + W);
                                for (int64_t w = w_lo_7; w <= w_hi_8; ++w) {
                                    if (!(r == label[((n) * H + h) * W + w])) continue;
                                    acc_4 += ((x[(((n) * C + c) * H + h) * W + w]) / (((double)derive_imax(1, sum_1))));
                                }
                            }
                        }
                    }
                    y[((n) * C + c) * 16 + r] = acc_4;
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t r = 0; r < 16; ++r) {
                    int64_t sum_1 = 0;
                    for (int64_t h_2 = 0; h_2 <= ((-1) + H); ++h_2) {
                        for (int64_t w_3 = 0; w_3 <= ((-1) + W); ++w_3) {
                            sum_1 += ((int64_t)(r == label[((n) * H + h_2) * W + w_3]));
                        }
                    }
                    double acc_4 = 0;
                    {
                        const int64_t h_lo_5 = 0;
                        const int64_t h_hi_6 = ((-1) + H);
                        for (int64_t h = h_lo_5; h <= h_hi_6; ++h) {
                            {
                                const int64_t w_lo_7 = 0;
                                const int64_t w_hi_8 = ((-1) + W);
                                for (int64_t w = w_lo_7; w <= w_hi_8; ++w) {
                                    if (!(r == label[((n) * H + h) * W + w])) continue;
                                    acc_4 += ((x[(((n) * C + c) * H + h) * W + w]) / (((double)derive_imax(1, sum_1))));
                                }
                            }
                        }
                    }
                    y[((n) * C + c) * 16 + r] = acc_4;
                }
            }
        }
    }
    return 0;
}

int derive_superpixel_avg_pool_backward_x_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict grad_y, const double *restrict x, const int64_t *restrict label, const double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)label;
    (void)y;
    (void)grad_x;
    int status = derive_superpixel_avg_pool_check(N, C, H, W, label);
    if (status) return status;
    double *restrict table_sum_13 = (double *)malloc(sizeof(double) * (size_t)((N) * (C) * (16)));
    if (table_sum_13 == NULL) {
        free(table_sum_13);
        return 12;
    }
#ifdef _OPENMP
    const int64_t work_15 = ((N) * (C) * (16));
    if (work_15 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_10 = 0; o_10 < N; ++o_10) {
            for (int64_t o_11 = 0; o_11 < C; ++o_11) {
                for (int64_t o_12 = 0; o_12 < 16; ++o_12) {
                    double sum_14 = 0;
                    for (int64_t h = 0; h <= ((-1) + H); ++h) {
                        for (int64_t w = 0; w <= ((-1) + W); ++w) {
                            sum_14 += ((double)((int64_t)(o_12 == label[((o_10) * H + h) * W + w])));
                        }
                    }
                    table_sum_13[((o_10) * C + o_11) * 16 + o_12] = sum_14;
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_10 = 0; o_10 < N; ++o_10) {
            for (int64_t o_11 = 0; o_11 < C; ++o_11) {
                for (int64_t o_12 = 0; o_12 < 16; ++o_12) {
                    double sum_14 = 0;
                    for (int64_t h = 0; h <= ((-1) + H); ++h) {
                        for (int64_t w = 0; w <= ((-1) + W); ++w) {
                            sum_14 += ((double)((int64_t)(o_12 == label[((o_10) * H + h) * W + w])));
                        }
                    }
                    table_sum_13[((o_10) * C + o_11) * 16 + o_12] = sum_14;
                }
            }
        }
    }
#ifdef _OPENMP
    const int64_t work_17 = (C * N * (H * H) * (W * W));
    if (work_17 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t p = 0; p < H; ++p) {
                    for (int64_t q = 0; q < W; ++q) {
                        double acc_16 = 0;
                        if ((label[((n) * H + p) * W + q] >= 0) && ((15 + ((-1) * label[((n) * H + p) * W + q])) >= 0)) {
                            {
                                acc_16 += ((grad_y[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]) / (fmax(((double)1), table_sum_13[((n) * C + c) * 16 + label[((n) * H + p) * W + q]])));
                            }
                        }
                        grad_x[(((n) * C + c) * H + p) * W + q] = acc_16;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t p = 0; p < H; ++p) {
                    for (int64_t q = 0; q < W; ++q) {
                        double acc_16 = 0;
                        if ((label[((n) * H + p) * W + q] >= 0) && ((15 + ((-1) * label[((n) * H + p) * W + q])) >= 0)) {
                            {
                                acc_16 += ((grad_y[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]) / (fmax(((double)1), table_sum_13[((n) * C + c) * 16 + label[((n) * H + p) * W + q]])));
                            }
                        }
                        grad_x[(((n) * C + c) * H + p) * W + q] = acc_16;
                    }
                }
            }
        }
    }
    free(table_sum_13);
    return 0;
}

int derive_superpixel_avg_pool_backward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict grad_y, const double *restrict x, const int64_t *restrict label, double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)label;
    (void)y;
    (void)grad_x;
    int status = derive_superpixel_avg_pool_check(N, C, H, W, label);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_superpixel_avg_pool_backward_x_f64(N, C, H, W, grad_y, x, label, y, grad_x);
        if (status) return status;
    }
    return 0;
}

int derive_superpixel_avg_pool_forward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict x, const int64_t *restrict label, float *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)x;
    (void)label;
    (void)y;
    int status = derive_superpixel_avg_pool_check(N, C, H, W, label);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_26 = (16 * C * N * (H * H) * (W * W));
    if (work_26 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t r = 0; r < 16; ++r) {
                    int64_t sum_18 = 0;
                    for (int64_t h_19 = 0; h_19 <= ((-1) + H); ++h_19) {
                        for (int64_t w_20 = 0; w_20 <= ((-1) + W); ++w_20) {
                            sum_18 += ((int64_t)(r == label[((n) * H + h_19) * W + w_20]));
                        }
                    }
                    float acc_21 = 0;
                    {
                        const int64_t h_lo_22 = 0;
                        const int64_t h_hi_23 = ((-1) + H);
                        for (int64_t h = h_lo_22; h <= h_hi_23; ++h) {
                            {
                                const int64_t w_lo_24 = 0;
                                const int64_t w_hi_25 = ((-1) + W);
                                for (int64_t w = w_lo_24; w <= w_hi_25; ++w) {
                                    if (!(r == label[((n) * H + h) * W + w])) continue;
                                    acc_21 += ((x[(((n) * C + c) * H + h) * W + w]) / (((float)derive_imax(1, sum_18))));
                                }
                            }
                        }
                    }
                    y[((n) * C + c) * 16 + r] = acc_21;
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t r = 0; r < 16; ++r) {
                    int64_t sum_18 = 0;
                    for (int64_t h_19 = 0; h_19 <= ((-1) + H); ++h_19) {
                        for (int64_t w_20 = 0; w_20 <= ((-1) + W); ++w_20) {
                            sum_18 += ((int64_t)(r == label[((n) * H + h_19) * W + w_20]));
                        }
                    }
                    float acc_21 = 0;
                    {
                        const int64_t h_lo_22 = 0;
                        const int64_t h_hi_23 = ((-1) + H);
                        for (int64_t h = h_lo_22; h <= h_hi_23; ++h) {
                            {
                                const int64_t w_lo_24 = 0;
                                const int64_t w_hi_25 = ((-1) + W);
                                for (int64_t w = w_lo_24; w <= w_hi_25; ++w) {
                                    if (!(r == label[((n) * H + h) * W + w])) continue;
                                    acc_21 += ((x[(((n) * C + c) * H + h) * W + w]) / (((float)derive_imax(1, sum_18))));
                                }
                            }
                        }
                    }
                    y[((n) * C + c) * 16 + r] = acc_21;
                }
            }
        }
    }
    return 0;
}

int derive_superpixel_avg_pool_backward_x_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict grad_y, const float *restrict x, const int64_t *restrict label, const float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)label;
    (void)y;
    (void)grad_x;
    int status = derive_superpixel_avg_pool_check(N, C, H, W, label);
    if (status) return status;
    float *restrict table_sum_30 = (float *)malloc(sizeof(float) * (size_t)((N) * (C) * (16)));
    if (table_sum_30 == NULL) {
        free(table_sum_30);
        return 12;
    }
#ifdef _OPENMP
    const int64_t work_32 = ((N) * (C) * (16));
    if (work_32 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_27 = 0; o_27 < N; ++o_27) {
            for (int64_t o_28 = 0; o_28 < C; ++o_28) {
                for (int64_t o_29 = 0; o_29 < 16; ++o_29) {
                    float sum_31 = 0;
                    for (int64_t h = 0; h <= ((-1) + H); ++h) {
                        for (int64_t w = 0; w <= ((-1) + W); ++w) {
                            sum_31 += ((float)((int64_t)(o_29 == label[((o_27) * H + h) * W + w])));
                        }
                    }
                    table_sum_30[((o_27) * C + o_28) * 16 + o_29] = sum_31;
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_27 = 0; o_27 < N; ++o_27) {
            for (int64_t o_28 = 0; o_28 < C; ++o_28) {
                for (int64_t o_29 = 0; o_29 < 16; ++o_29) {
                    float sum_31 = 0;
                    for (int64_t h = 0; h <= ((-1) + H); ++h) {
                        for (int64_t w = 0; w <= ((-1) + W); ++w) {
                            sum_31 += ((float)((int64_t)(o_29 == label[((o_27) * H + h) * W + w])));
                        }
                    }
                    table_sum_30[((o_27) * C + o_28) * 16 + o_29] = sum_31;
                }
            }
        }
    }
#ifdef _OPENMP
    const int64_t work_34 = (C * N * (H * H) * (W * W));
    if (work_34 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t p = 0; p < H; ++p) {
                    for (int64_t q = 0; q < W; ++q) {
                        float acc_33 = 0;
                        if ((label[((n) * H + p) * W + q] >= 0) && ((15 + ((-1) * label[((n) * H + p) * W + q])) >= 0)) {
                            {
                                acc_33 += ((grad_y[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]) / (fmaxf(((float)1), table_sum_30[((n) * C + c) * 16 + label[((n) * H + p) * W + q]])));
                            }
                        }
                        grad_x[(((n) * C + c) * H + p) * W + q] = acc_33;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t p = 0; p < H; ++p) {
                    for (int64_t q = 0; q < W; ++q) {
                        float acc_33 = 0;
                        if ((label[((n) * H + p) * W + q] >= 0) && ((15 + ((-1) * label[((n) * H + p) * W + q])) >= 0)) {
                            {
                                acc_33 += ((grad_y[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]) / (fmaxf(((float)1), table_sum_30[((n) * C + c) * 16 + label[((n) * H + p) * W + q]])));
                            }
                        }
                        grad_x[(((n) * C + c) * H + p) * W + q] = acc_33;
                    }
                }
            }
        }
    }
    free(table_sum_30);
    return 0;
}

int derive_superpixel_avg_pool_backward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict grad_y, const float *restrict x, const int64_t *restrict label, float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)label;
    (void)y;
    (void)grad_x;
    int status = derive_superpixel_avg_pool_check(N, C, H, W, label);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_superpixel_avg_pool_backward_x_f32(N, C, H, W, grad_y, x, label, y, grad_x);
        if (status) return status;
    }
    return 0;
}

