/* superpixel_max_pool: forward and backward kernels (C99)
 *
 * superpixel max pooling over the regions of a label map
 * Configuration: num_regions=16, ties='first'
 *
 * Forward:
 *   y[n, c, r] = WindowMax(x[n, c, h, w], KroneckerDelta(r, label[n, h, w]), first, 0, (h, 0, H
 *       - 1), (w, 0, W - 1))
 *
 * Gradient of x:
 *   x[n, c, p, q] = Piecewise((ArgmaxIs(WindowMax(x[n, c, _h, _w], KroneckerDelta(label[n, _h,
 *       _w], label[n, p, q]), first, 0, (_h, 0, H - 1), (_w, 0, W - 1)), (p, q))*grad_y[n, c,
 *       label[n, p, q]], (label[n, p, q] >= 0) & (label[n, p, q] <= 15)), (0, True))
 *
 * Sizes given at run time: N, C, H, W.
 * Every array is contiguous, row-major (x[batch, channel, row, column], label[batch, row, column], y[batch, channel, region]).
 * Entry points return 0 on success and an error code otherwise;
 * derive_superpixel_max_pool_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "superpixel_max_pool.h"

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

const char *derive_superpixel_max_pool_error_message(int code)
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

int derive_superpixel_max_pool_sizes(const int64_t *dims, int64_t *sizes)
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

int derive_superpixel_max_pool_output_shape(int64_t N, int64_t C, int64_t H, int64_t W, int64_t *shape)
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

static int derive_superpixel_max_pool_check(int64_t N, int64_t C, int64_t H, int64_t W, const int64_t *restrict label)
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

int derive_superpixel_max_pool_forward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict x, const int64_t *restrict label, double *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)x;
    (void)label;
    (void)y;
    int status = derive_superpixel_max_pool_check(N, C, H, W, label);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_9 = (16 * C * H * N * W);
    if (work_9 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t r = 0; r < 16; ++r) {
                    double best_3 = 0;
                    int found_4 = 0;
                    for (int64_t h_1 = 0; h_1 <= ((-1) + H); ++h_1) {
                        for (int64_t w_2 = 0; w_2 <= ((-1) + W); ++w_2) {
                            if (!(r == label[((n) * H + h_1) * W + w_2])) continue;
                            const double v_5 = x[(((n) * C + c) * H + h_1) * W + w_2];
                            const int up_6 = (!found_4) | (v_5 > best_3);
                            best_3 = up_6 ? v_5 : best_3;
                            found_4 = 1;
                        }
                    }
                    const double wmax_7 = found_4 ? best_3 : (double)0.0;
                    double acc_8 = 0;
                    {
                        acc_8 += wmax_7;
                    }
                    y[((n) * C + c) * 16 + r] = acc_8;
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t r = 0; r < 16; ++r) {
                    double best_3 = 0;
                    int found_4 = 0;
                    for (int64_t h_1 = 0; h_1 <= ((-1) + H); ++h_1) {
                        for (int64_t w_2 = 0; w_2 <= ((-1) + W); ++w_2) {
                            if (!(r == label[((n) * H + h_1) * W + w_2])) continue;
                            const double v_5 = x[(((n) * C + c) * H + h_1) * W + w_2];
                            const int up_6 = (!found_4) | (v_5 > best_3);
                            best_3 = up_6 ? v_5 : best_3;
                            found_4 = 1;
                        }
                    }
                    const double wmax_7 = found_4 ? best_3 : (double)0.0;
                    double acc_8 = 0;
                    {
                        acc_8 += wmax_7;
                    }
                    y[((n) * C + c) * 16 + r] = acc_8;
                }
            }
        }
    }
    return 0;
}

int derive_superpixel_max_pool_backward_x_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict grad_y, const double *restrict x, const int64_t *restrict label, const double *restrict y, double *restrict grad_x)
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
    int status = derive_superpixel_max_pool_check(N, C, H, W, label);
    if (status) return status;
    int64_t *restrict table_pos0_13 = (int64_t *)malloc(sizeof(int64_t) * (size_t)((N) * (C) * (16)));
    int64_t *restrict table_pos1_14 = (int64_t *)malloc(sizeof(int64_t) * (size_t)((N) * (C) * (16)));
    if (table_pos0_13 == NULL || table_pos1_14 == NULL) {
        free(table_pos0_13);
        free(table_pos1_14);
        return 12;
    }
#ifdef _OPENMP
    const int64_t work_23 = ((N) * (C) * (16));
    if (work_23 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_10 = 0; o_10 < N; ++o_10) {
            for (int64_t o_11 = 0; o_11 < C; ++o_11) {
                for (int64_t o_12 = 0; o_12 < 16; ++o_12) {
                    double best_17 = 0;
                    int found_18 = 0;
                    int64_t at_19 = 0;
                    int64_t at_20 = 0;
                    for (int64_t h_15 = 0; h_15 <= ((-1) + H); ++h_15) {
                        for (int64_t w_16 = 0; w_16 <= ((-1) + W); ++w_16) {
                            if (!(o_12 == label[((o_10) * H + h_15) * W + w_16])) continue;
                            const double v_21 = x[(((o_10) * C + o_11) * H + h_15) * W + w_16];
                            const int up_22 = (!found_18) | (v_21 > best_17);
                            best_17 = up_22 ? v_21 : best_17;
                            at_19 = up_22 ? h_15 : at_19;
                            at_20 = up_22 ? w_16 : at_20;
                            found_18 = 1;
                        }
                    }
                    table_pos0_13[((o_10) * C + o_11) * 16 + o_12] = found_18 ? (int64_t)at_19 : INT64_MIN;
                    table_pos1_14[((o_10) * C + o_11) * 16 + o_12] = found_18 ? (int64_t)at_20 : INT64_MIN;
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_10 = 0; o_10 < N; ++o_10) {
            for (int64_t o_11 = 0; o_11 < C; ++o_11) {
                for (int64_t o_12 = 0; o_12 < 16; ++o_12) {
                    double best_17 = 0;
                    int found_18 = 0;
                    int64_t at_19 = 0;
                    int64_t at_20 = 0;
                    for (int64_t h_15 = 0; h_15 <= ((-1) + H); ++h_15) {
                        for (int64_t w_16 = 0; w_16 <= ((-1) + W); ++w_16) {
                            if (!(o_12 == label[((o_10) * H + h_15) * W + w_16])) continue;
                            const double v_21 = x[(((o_10) * C + o_11) * H + h_15) * W + w_16];
                            const int up_22 = (!found_18) | (v_21 > best_17);
                            best_17 = up_22 ? v_21 : best_17;
                            at_19 = up_22 ? h_15 : at_19;
                            at_20 = up_22 ? w_16 : at_20;
                            found_18 = 1;
                        }
                    }
                    table_pos0_13[((o_10) * C + o_11) * 16 + o_12] = found_18 ? (int64_t)at_19 : INT64_MIN;
                    table_pos1_14[((o_10) * C + o_11) * 16 + o_12] = found_18 ? (int64_t)at_20 : INT64_MIN;
                }
            }
        }
    }
#ifdef _OPENMP
    const int64_t work_25 = (C * N * (H * H) * (W * W));
    if (work_25 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t p = 0; p < H; ++p) {
                    for (int64_t q = 0; q < W; ++q) {
                        double acc_24 = 0;
                        if ((label[((n) * H + p) * W + q] >= 0) && ((15 + ((-1) * label[((n) * H + p) * W + q])) >= 0)) {
                            {
                                acc_24 += (grad_y[((n) * C + c) * 16 + label[((n) * H + p) * W + q]] * ((double)((p == table_pos0_13[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]) && (q == table_pos1_14[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]))));
                            }
                        }
                        grad_x[(((n) * C + c) * H + p) * W + q] = acc_24;
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
                        double acc_24 = 0;
                        if ((label[((n) * H + p) * W + q] >= 0) && ((15 + ((-1) * label[((n) * H + p) * W + q])) >= 0)) {
                            {
                                acc_24 += (grad_y[((n) * C + c) * 16 + label[((n) * H + p) * W + q]] * ((double)((p == table_pos0_13[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]) && (q == table_pos1_14[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]))));
                            }
                        }
                        grad_x[(((n) * C + c) * H + p) * W + q] = acc_24;
                    }
                }
            }
        }
    }
    free(table_pos0_13);
    free(table_pos1_14);
    return 0;
}

int derive_superpixel_max_pool_backward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict grad_y, const double *restrict x, const int64_t *restrict label, double *restrict y, double *restrict grad_x)
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
    int status = derive_superpixel_max_pool_check(N, C, H, W, label);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_superpixel_max_pool_backward_x_f64(N, C, H, W, grad_y, x, label, y, grad_x);
        if (status) return status;
    }
    return 0;
}

int derive_superpixel_max_pool_forward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict x, const int64_t *restrict label, float *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)x;
    (void)label;
    (void)y;
    int status = derive_superpixel_max_pool_check(N, C, H, W, label);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_34 = (16 * C * H * N * W);
    if (work_34 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t r = 0; r < 16; ++r) {
                    float best_28 = 0;
                    int found_29 = 0;
                    for (int64_t h_26 = 0; h_26 <= ((-1) + H); ++h_26) {
                        for (int64_t w_27 = 0; w_27 <= ((-1) + W); ++w_27) {
                            if (!(r == label[((n) * H + h_26) * W + w_27])) continue;
                            const float v_30 = x[(((n) * C + c) * H + h_26) * W + w_27];
                            const int up_31 = (!found_29) | (v_30 > best_28);
                            best_28 = up_31 ? v_30 : best_28;
                            found_29 = 1;
                        }
                    }
                    const float wmax_32 = found_29 ? best_28 : (float)0.0;
                    float acc_33 = 0;
                    {
                        acc_33 += wmax_32;
                    }
                    y[((n) * C + c) * 16 + r] = acc_33;
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t r = 0; r < 16; ++r) {
                    float best_28 = 0;
                    int found_29 = 0;
                    for (int64_t h_26 = 0; h_26 <= ((-1) + H); ++h_26) {
                        for (int64_t w_27 = 0; w_27 <= ((-1) + W); ++w_27) {
                            if (!(r == label[((n) * H + h_26) * W + w_27])) continue;
                            const float v_30 = x[(((n) * C + c) * H + h_26) * W + w_27];
                            const int up_31 = (!found_29) | (v_30 > best_28);
                            best_28 = up_31 ? v_30 : best_28;
                            found_29 = 1;
                        }
                    }
                    const float wmax_32 = found_29 ? best_28 : (float)0.0;
                    float acc_33 = 0;
                    {
                        acc_33 += wmax_32;
                    }
                    y[((n) * C + c) * 16 + r] = acc_33;
                }
            }
        }
    }
    return 0;
}

int derive_superpixel_max_pool_backward_x_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict grad_y, const float *restrict x, const int64_t *restrict label, const float *restrict y, float *restrict grad_x)
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
    int status = derive_superpixel_max_pool_check(N, C, H, W, label);
    if (status) return status;
    int64_t *restrict table_pos0_38 = (int64_t *)malloc(sizeof(int64_t) * (size_t)((N) * (C) * (16)));
    int64_t *restrict table_pos1_39 = (int64_t *)malloc(sizeof(int64_t) * (size_t)((N) * (C) * (16)));
    if (table_pos0_38 == NULL || table_pos1_39 == NULL) {
        free(table_pos0_38);
        free(table_pos1_39);
        return 12;
    }
#ifdef _OPENMP
    const int64_t work_48 = ((N) * (C) * (16));
    if (work_48 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_35 = 0; o_35 < N; ++o_35) {
            for (int64_t o_36 = 0; o_36 < C; ++o_36) {
                for (int64_t o_37 = 0; o_37 < 16; ++o_37) {
                    float best_42 = 0;
                    int found_43 = 0;
                    int64_t at_44 = 0;
                    int64_t at_45 = 0;
                    for (int64_t h_40 = 0; h_40 <= ((-1) + H); ++h_40) {
                        for (int64_t w_41 = 0; w_41 <= ((-1) + W); ++w_41) {
                            if (!(o_37 == label[((o_35) * H + h_40) * W + w_41])) continue;
                            const float v_46 = x[(((o_35) * C + o_36) * H + h_40) * W + w_41];
                            const int up_47 = (!found_43) | (v_46 > best_42);
                            best_42 = up_47 ? v_46 : best_42;
                            at_44 = up_47 ? h_40 : at_44;
                            at_45 = up_47 ? w_41 : at_45;
                            found_43 = 1;
                        }
                    }
                    table_pos0_38[((o_35) * C + o_36) * 16 + o_37] = found_43 ? (int64_t)at_44 : INT64_MIN;
                    table_pos1_39[((o_35) * C + o_36) * 16 + o_37] = found_43 ? (int64_t)at_45 : INT64_MIN;
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_35 = 0; o_35 < N; ++o_35) {
            for (int64_t o_36 = 0; o_36 < C; ++o_36) {
                for (int64_t o_37 = 0; o_37 < 16; ++o_37) {
                    float best_42 = 0;
                    int found_43 = 0;
                    int64_t at_44 = 0;
                    int64_t at_45 = 0;
                    for (int64_t h_40 = 0; h_40 <= ((-1) + H); ++h_40) {
                        for (int64_t w_41 = 0; w_41 <= ((-1) + W); ++w_41) {
                            if (!(o_37 == label[((o_35) * H + h_40) * W + w_41])) continue;
                            const float v_46 = x[(((o_35) * C + o_36) * H + h_40) * W + w_41];
                            const int up_47 = (!found_43) | (v_46 > best_42);
                            best_42 = up_47 ? v_46 : best_42;
                            at_44 = up_47 ? h_40 : at_44;
                            at_45 = up_47 ? w_41 : at_45;
                            found_43 = 1;
                        }
                    }
                    table_pos0_38[((o_35) * C + o_36) * 16 + o_37] = found_43 ? (int64_t)at_44 : INT64_MIN;
                    table_pos1_39[((o_35) * C + o_36) * 16 + o_37] = found_43 ? (int64_t)at_45 : INT64_MIN;
                }
            }
        }
    }
#ifdef _OPENMP
    const int64_t work_50 = (C * N * (H * H) * (W * W));
    if (work_50 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t p = 0; p < H; ++p) {
                    for (int64_t q = 0; q < W; ++q) {
                        float acc_49 = 0;
                        if ((label[((n) * H + p) * W + q] >= 0) && ((15 + ((-1) * label[((n) * H + p) * W + q])) >= 0)) {
                            {
                                acc_49 += (grad_y[((n) * C + c) * 16 + label[((n) * H + p) * W + q]] * ((float)((p == table_pos0_38[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]) && (q == table_pos1_39[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]))));
                            }
                        }
                        grad_x[(((n) * C + c) * H + p) * W + q] = acc_49;
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
                        float acc_49 = 0;
                        if ((label[((n) * H + p) * W + q] >= 0) && ((15 + ((-1) * label[((n) * H + p) * W + q])) >= 0)) {
                            {
                                acc_49 += (grad_y[((n) * C + c) * 16 + label[((n) * H + p) * W + q]] * ((float)((p == table_pos0_38[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]) && (q == table_pos1_39[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]))));
                            }
                        }
                        grad_x[(((n) * C + c) * H + p) * W + q] = acc_49;
                    }
                }
            }
        }
    }
    free(table_pos0_38);
    free(table_pos1_39);
    return 0;
}

int derive_superpixel_max_pool_backward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict grad_y, const float *restrict x, const int64_t *restrict label, float *restrict y, float *restrict grad_x)
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
    int status = derive_superpixel_max_pool_check(N, C, H, W, label);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_superpixel_max_pool_backward_x_f32(N, C, H, W, grad_y, x, label, y, grad_x);
        if (status) return status;
    }
    return 0;
}

