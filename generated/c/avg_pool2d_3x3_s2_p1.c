/* avg_pool2d: forward and backward kernels (C99)
 *
 * 2-d average pooling, as torch.nn.functional.avg_pool2d
 * Configuration: kernel_size=3, stride=2, padding=1, ceil_mode=False, count_include_pad=True
 *
 * Forward:
 *   y[n, c, i, j] = Sum(x[n, c, i*s_h + k_h - p_h, j*s_w + k_w - p_w], (k_h, 0, K_h - 1), (k_w,
 *       0, K_w - 1))/((-i*s_h + p_h + Min(H + p_h, K_h + i*s_h - p_h))*(-j*s_w + p_w + Min(W +
 *       p_w, K_w + j*s_w - p_w)))
 *
 * Gradient of x:
 *   x[n, c, h, w] = Sum(Piecewise((grad_y[n, c, (h - k_h + 1)/2, (-k_w + w + 1)/2]/((-h + k_h +
 *       Min(H + 1, h - k_h + 3))*(k_w - w + Min(W + 1, -k_w + w + 3))), Eq(Mod(-h + k_h + 1, 2),
 *        0) & Eq(Mod(k_w - w + 1, 2), 0)), (0, True)), (k_h, Max(0, h - 2*floor(H/2 - 1/2) + 1),
 *        Min(2, h + 1)), (k_w, Max(0, w - 2*floor(W/2 - 1/2) + 1), Min(2, w + 1)))
 *
 * Sizes given at run time: N, C, H, W.
 * Every array is contiguous, row-major (x[batch, channel, h, w], y[batch, channel, out h, out w]).
 * Entry points return 0 on success and an error code otherwise;
 * derive_avg_pool2d_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "avg_pool2d_3x3_s2_p1.h"

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

const char *derive_avg_pool2d_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size N must be positive (empty tensors are not supported)";
    case 2: return "size C must be positive (empty tensors are not supported)";
    case 3: return "size H must be positive (empty tensors are not supported)";
    case 4: return "size W must be positive (empty tensors are not supported)";
    case 5: return "the output axis 0 (batch) would be empty: the window does not fit the padded input";
    case 6: return "the output axis 1 (channel) would be empty: the window does not fit the padded input";
    case 7: return "the output axis 2 (out h) would be empty: the window does not fit the padded input";
    case 8: return "the output axis 3 (out w) would be empty: the window does not fit the padded input";
    default: return "unknown error code";
    }
}

int derive_avg_pool2d_sizes(const int64_t *dims, int64_t *sizes)
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
    sizes[0] = N;
    sizes[1] = C;
    sizes[2] = H;
    sizes[3] = W;
    return 0;
}

int derive_avg_pool2d_output_shape(int64_t N, int64_t C, int64_t H, int64_t W, int64_t *shape)
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
    if (shape[0] < 1) return 5;
    shape[1] = C;
    if (shape[1] < 1) return 6;
    shape[2] = (1 + derive_fdiv(((-1) + H), 2));
    if (shape[2] < 1) return 7;
    shape[3] = (1 + derive_fdiv(((-1) + W), 2));
    if (shape[3] < 1) return 8;
    return 0;
}

static int derive_avg_pool2d_check(int64_t N, int64_t C, int64_t H, int64_t W)
{
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    if ((1 + derive_fdiv(((-1) + H), 2)) < 1) return 7;
    if ((1 + derive_fdiv(((-1) + W), 2)) < 1) return 8;
    return 0;
}

int derive_avg_pool2d_forward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict x, double *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)x;
    (void)y;
    int status = derive_avg_pool2d_check(N, C, H, W);
    if (status) return status;
    const int64_t size_1 = derive_fdiv(((-1) + H), 2);
    const int64_t size_2 = (1 + size_1);
    const int64_t size_3 = derive_fdiv(((-1) + W), 2);
    const int64_t size_4 = (1 + size_3);
    const int64_t size_9 = ((-2) * size_3);
    const int64_t size_10 = (1 + size_9);
    const int64_t size_11 = derive_imax(0, size_10);
    const int64_t size_12 = derive_imin(2, W);
#ifdef _OPENMP
    const int64_t work_15 = (C * N * (1 + derive_fdiv(((-1) + H), 2)) * (1 + derive_fdiv(((-1) + W), 2)) * derive_imin(2, H) * derive_imin(2, W));
    if (work_15 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < size_2; ++i) {
                    for (int64_t j = 0; j < size_4; ++j) y[(((n) * C + c) * size_2 + i) * size_4 + j] = 0;
                    {
                        const int64_t k_h_lo_5 = derive_imax(0, (1 + ((-2) * i)));
                        const int64_t k_h_hi_6 = derive_imin(2, (H + ((-2) * i)));
                        for (int64_t k_h = k_h_lo_5; k_h <= k_h_hi_6; ++k_h) {
                            {
                                const int64_t k_w_lo_7 = size_11;
                                const int64_t k_w_hi_8 = size_12;
                                for (int64_t k_w = k_w_lo_7; k_w <= k_w_hi_8; ++k_w) {
                                    {
                                        const int64_t j_lo_13 = derive_imax(0, derive_cdiv((1 + ((-1) * k_w)), 2));
                                        const int64_t j_hi_14 = derive_imin(size_3, derive_fdiv((W + ((-1) * k_w)), 2));
                                        for (int64_t j = j_lo_13; j <= j_hi_14; ++j)
                                            y[(((n) * C + c) * size_2 + i) * size_4 + j] += ((x[(((n) * C + c) * H + ((-1) + k_h + (2 * i))) * W + ((-1) + k_w + (2 * j))]) / (((double)(1 + ((-2) * i) + derive_imin((1 + H), (2 + (2 * i))))) * ((double)(1 + ((-2) * j) + derive_imin((1 + W), (2 + (2 * j)))))));
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
                for (int64_t i = 0; i < size_2; ++i) {
                    for (int64_t j = 0; j < size_4; ++j) y[(((n) * C + c) * size_2 + i) * size_4 + j] = 0;
                    {
                        const int64_t k_h_lo_5 = derive_imax(0, (1 + ((-2) * i)));
                        const int64_t k_h_hi_6 = derive_imin(2, (H + ((-2) * i)));
                        for (int64_t k_h = k_h_lo_5; k_h <= k_h_hi_6; ++k_h) {
                            {
                                const int64_t k_w_lo_7 = size_11;
                                const int64_t k_w_hi_8 = size_12;
                                for (int64_t k_w = k_w_lo_7; k_w <= k_w_hi_8; ++k_w) {
                                    {
                                        const int64_t j_lo_13 = derive_imax(0, derive_cdiv((1 + ((-1) * k_w)), 2));
                                        const int64_t j_hi_14 = derive_imin(size_3, derive_fdiv((W + ((-1) * k_w)), 2));
                                        for (int64_t j = j_lo_13; j <= j_hi_14; ++j)
                                            y[(((n) * C + c) * size_2 + i) * size_4 + j] += ((x[(((n) * C + c) * H + ((-1) + k_h + (2 * i))) * W + ((-1) + k_w + (2 * j))]) / (((double)(1 + ((-2) * i) + derive_imin((1 + H), (2 + (2 * i))))) * ((double)(1 + ((-2) * j) + derive_imin((1 + W), (2 + (2 * j)))))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return 0;
}

int derive_avg_pool2d_backward_x_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict grad_y, const double *restrict x, const double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_avg_pool2d_check(N, C, H, W);
    if (status) return status;
    const int64_t size_18 = derive_fdiv(((-1) + H), 2);
    const int64_t size_19 = ((-2) * size_18);
    const int64_t size_23 = derive_fdiv(((-1) + W), 2);
    const int64_t size_24 = ((-2) * size_23);
    const int64_t size_25 = (1 + size_24);
    const int64_t size_26 = derive_imax(0, size_25);
    const int64_t size_27 = derive_imin(2, W);
    const int64_t size_28 = (2 * size_23);
    const int64_t size_31 = (1 + size_18);
    const int64_t size_32 = (1 + size_23);
#ifdef _OPENMP
    const int64_t work_35 = (C * H * N * W * derive_imax(1, (2 + ((-1) * derive_imax(0, (1 + ((-2) * derive_fdiv(((-1) + H), 2))))))) * derive_imax(1, (2 + ((-1) * derive_imax(0, (1 + ((-2) * derive_fdiv(((-1) + W), 2))))))));
    if (work_35 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t h = 0; h < H; ++h) {
                    for (int64_t w = 0; w < W; ++w) grad_x[(((n) * C + c) * H + h) * W + w] = 0;
                    {
                        const int64_t k_h_lo_16 = derive_imax(0, (1 + h + size_19));
                        const int64_t k_h_hi_17 = derive_imin(2, (1 + h));
                        const int64_t k_h_r_20 = derive_imod(-(((-1) + ((-1) * h))) * 1, 2);
                        for (int64_t k_h = k_h_lo_16 + derive_imod(k_h_r_20 - k_h_lo_16, 2); k_h <= k_h_hi_17; k_h += 2) {
                            {
                                const int64_t k_w_lo_21 = size_26;
                                const int64_t k_w_hi_22 = size_27;
                                for (int64_t k_w = k_w_lo_21; k_w <= k_w_hi_22; ++k_w) {
                                    {
                                        const int64_t w_lo_29 = derive_imax(0, ((-1) + k_w));
                                        const int64_t w_hi_30 = derive_imin(((-1) + W), ((-1) + k_w + size_28));
                                        const int64_t w_r_33 = derive_imod(-(((-1) + k_w)) * 1, 2);
                                        const int64_t w_0 = w_lo_29 + derive_imod(w_r_33 - w_lo_29, 2);
                                        const int64_t q_hi_34 = derive_fdiv(w_hi_30 - w_0, 2);
                                        for (int64_t q = 0; q <= q_hi_34; ++q)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += ((grad_y[(((n) * C + c) * size_31 + (((1 + h + ((-1) * k_h))) / 2)) * size_32 + (q + (((1 + ((-1) * k_w) + w_0)) / 2))]) / (((double)(k_h + ((-1) * h) + derive_imin((1 + H), (3 + h + ((-1) * k_h))))) * ((double)(k_w + ((-1) * w_0) + ((-2) * q) + derive_imin((1 + W), (3 + ((-1) * k_w) + (2 * q) + w_0))))));
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
                    for (int64_t w = 0; w < W; ++w) grad_x[(((n) * C + c) * H + h) * W + w] = 0;
                    {
                        const int64_t k_h_lo_16 = derive_imax(0, (1 + h + size_19));
                        const int64_t k_h_hi_17 = derive_imin(2, (1 + h));
                        const int64_t k_h_r_20 = derive_imod(-(((-1) + ((-1) * h))) * 1, 2);
                        for (int64_t k_h = k_h_lo_16 + derive_imod(k_h_r_20 - k_h_lo_16, 2); k_h <= k_h_hi_17; k_h += 2) {
                            {
                                const int64_t k_w_lo_21 = size_26;
                                const int64_t k_w_hi_22 = size_27;
                                for (int64_t k_w = k_w_lo_21; k_w <= k_w_hi_22; ++k_w) {
                                    {
                                        const int64_t w_lo_29 = derive_imax(0, ((-1) + k_w));
                                        const int64_t w_hi_30 = derive_imin(((-1) + W), ((-1) + k_w + size_28));
                                        const int64_t w_r_33 = derive_imod(-(((-1) + k_w)) * 1, 2);
                                        const int64_t w_0 = w_lo_29 + derive_imod(w_r_33 - w_lo_29, 2);
                                        const int64_t q_hi_34 = derive_fdiv(w_hi_30 - w_0, 2);
                                        for (int64_t q = 0; q <= q_hi_34; ++q)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += ((grad_y[(((n) * C + c) * size_31 + (((1 + h + ((-1) * k_h))) / 2)) * size_32 + (q + (((1 + ((-1) * k_w) + w_0)) / 2))]) / (((double)(k_h + ((-1) * h) + derive_imin((1 + H), (3 + h + ((-1) * k_h))))) * ((double)(k_w + ((-1) * w_0) + ((-2) * q) + derive_imin((1 + W), (3 + ((-1) * k_w) + (2 * q) + w_0))))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return 0;
}

int derive_avg_pool2d_backward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict grad_y, const double *restrict x, double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_avg_pool2d_check(N, C, H, W);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_avg_pool2d_backward_x_f64(N, C, H, W, grad_y, x, y, grad_x);
        if (status) return status;
    }
    return 0;
}

int derive_avg_pool2d_forward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict x, float *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)x;
    (void)y;
    int status = derive_avg_pool2d_check(N, C, H, W);
    if (status) return status;
    const int64_t size_36 = derive_fdiv(((-1) + H), 2);
    const int64_t size_37 = (1 + size_36);
    const int64_t size_38 = derive_fdiv(((-1) + W), 2);
    const int64_t size_39 = (1 + size_38);
    const int64_t size_44 = ((-2) * size_38);
    const int64_t size_45 = (1 + size_44);
    const int64_t size_46 = derive_imax(0, size_45);
    const int64_t size_47 = derive_imin(2, W);
#ifdef _OPENMP
    const int64_t work_50 = (C * N * (1 + derive_fdiv(((-1) + H), 2)) * (1 + derive_fdiv(((-1) + W), 2)) * derive_imin(2, H) * derive_imin(2, W));
    if (work_50 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < size_37; ++i) {
                    for (int64_t j = 0; j < size_39; ++j) y[(((n) * C + c) * size_37 + i) * size_39 + j] = 0;
                    {
                        const int64_t k_h_lo_40 = derive_imax(0, (1 + ((-2) * i)));
                        const int64_t k_h_hi_41 = derive_imin(2, (H + ((-2) * i)));
                        for (int64_t k_h = k_h_lo_40; k_h <= k_h_hi_41; ++k_h) {
                            {
                                const int64_t k_w_lo_42 = size_46;
                                const int64_t k_w_hi_43 = size_47;
                                for (int64_t k_w = k_w_lo_42; k_w <= k_w_hi_43; ++k_w) {
                                    {
                                        const int64_t j_lo_48 = derive_imax(0, derive_cdiv((1 + ((-1) * k_w)), 2));
                                        const int64_t j_hi_49 = derive_imin(size_38, derive_fdiv((W + ((-1) * k_w)), 2));
                                        for (int64_t j = j_lo_48; j <= j_hi_49; ++j)
                                            y[(((n) * C + c) * size_37 + i) * size_39 + j] += ((x[(((n) * C + c) * H + ((-1) + k_h + (2 * i))) * W + ((-1) + k_w + (2 * j))]) / (((float)(1 + ((-2) * i) + derive_imin((1 + H), (2 + (2 * i))))) * ((float)(1 + ((-2) * j) + derive_imin((1 + W), (2 + (2 * j)))))));
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
                for (int64_t i = 0; i < size_37; ++i) {
                    for (int64_t j = 0; j < size_39; ++j) y[(((n) * C + c) * size_37 + i) * size_39 + j] = 0;
                    {
                        const int64_t k_h_lo_40 = derive_imax(0, (1 + ((-2) * i)));
                        const int64_t k_h_hi_41 = derive_imin(2, (H + ((-2) * i)));
                        for (int64_t k_h = k_h_lo_40; k_h <= k_h_hi_41; ++k_h) {
                            {
                                const int64_t k_w_lo_42 = size_46;
                                const int64_t k_w_hi_43 = size_47;
                                for (int64_t k_w = k_w_lo_42; k_w <= k_w_hi_43; ++k_w) {
                                    {
                                        const int64_t j_lo_48 = derive_imax(0, derive_cdiv((1 + ((-1) * k_w)), 2));
                                        const int64_t j_hi_49 = derive_imin(size_38, derive_fdiv((W + ((-1) * k_w)), 2));
                                        for (int64_t j = j_lo_48; j <= j_hi_49; ++j)
                                            y[(((n) * C + c) * size_37 + i) * size_39 + j] += ((x[(((n) * C + c) * H + ((-1) + k_h + (2 * i))) * W + ((-1) + k_w + (2 * j))]) / (((float)(1 + ((-2) * i) + derive_imin((1 + H), (2 + (2 * i))))) * ((float)(1 + ((-2) * j) + derive_imin((1 + W), (2 + (2 * j)))))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return 0;
}

int derive_avg_pool2d_backward_x_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict grad_y, const float *restrict x, const float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_avg_pool2d_check(N, C, H, W);
    if (status) return status;
    const int64_t size_53 = derive_fdiv(((-1) + H), 2);
    const int64_t size_54 = ((-2) * size_53);
    const int64_t size_58 = derive_fdiv(((-1) + W), 2);
    const int64_t size_59 = ((-2) * size_58);
    const int64_t size_60 = (1 + size_59);
    const int64_t size_61 = derive_imax(0, size_60);
    const int64_t size_62 = derive_imin(2, W);
    const int64_t size_63 = (2 * size_58);
    const int64_t size_66 = (1 + size_53);
    const int64_t size_67 = (1 + size_58);
#ifdef _OPENMP
    const int64_t work_70 = (C * H * N * W * derive_imax(1, (2 + ((-1) * derive_imax(0, (1 + ((-2) * derive_fdiv(((-1) + H), 2))))))) * derive_imax(1, (2 + ((-1) * derive_imax(0, (1 + ((-2) * derive_fdiv(((-1) + W), 2))))))));
    if (work_70 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t h = 0; h < H; ++h) {
                    for (int64_t w = 0; w < W; ++w) grad_x[(((n) * C + c) * H + h) * W + w] = 0;
                    {
                        const int64_t k_h_lo_51 = derive_imax(0, (1 + h + size_54));
                        const int64_t k_h_hi_52 = derive_imin(2, (1 + h));
                        const int64_t k_h_r_55 = derive_imod(-(((-1) + ((-1) * h))) * 1, 2);
                        for (int64_t k_h = k_h_lo_51 + derive_imod(k_h_r_55 - k_h_lo_51, 2); k_h <= k_h_hi_52; k_h += 2) {
                            {
                                const int64_t k_w_lo_56 = size_61;
                                const int64_t k_w_hi_57 = size_62;
                                for (int64_t k_w = k_w_lo_56; k_w <= k_w_hi_57; ++k_w) {
                                    {
                                        const int64_t w_lo_64 = derive_imax(0, ((-1) + k_w));
                                        const int64_t w_hi_65 = derive_imin(((-1) + W), ((-1) + k_w + size_63));
                                        const int64_t w_r_68 = derive_imod(-(((-1) + k_w)) * 1, 2);
                                        const int64_t w_0_ = w_lo_64 + derive_imod(w_r_68 - w_lo_64, 2);
                                        const int64_t q__hi_69 = derive_fdiv(w_hi_65 - w_0_, 2);
                                        for (int64_t q_ = 0; q_ <= q__hi_69; ++q_)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += ((grad_y[(((n) * C + c) * size_66 + (((1 + h + ((-1) * k_h))) / 2)) * size_67 + (q_ + (((1 + ((-1) * k_w) + w_0_)) / 2))]) / (((float)(k_h + ((-1) * h) + derive_imin((1 + H), (3 + h + ((-1) * k_h))))) * ((float)(k_w + ((-1) * w_0_) + ((-2) * q_) + derive_imin((1 + W), (3 + ((-1) * k_w) + (2 * q_) + w_0_))))));
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
                    for (int64_t w = 0; w < W; ++w) grad_x[(((n) * C + c) * H + h) * W + w] = 0;
                    {
                        const int64_t k_h_lo_51 = derive_imax(0, (1 + h + size_54));
                        const int64_t k_h_hi_52 = derive_imin(2, (1 + h));
                        const int64_t k_h_r_55 = derive_imod(-(((-1) + ((-1) * h))) * 1, 2);
                        for (int64_t k_h = k_h_lo_51 + derive_imod(k_h_r_55 - k_h_lo_51, 2); k_h <= k_h_hi_52; k_h += 2) {
                            {
                                const int64_t k_w_lo_56 = size_61;
                                const int64_t k_w_hi_57 = size_62;
                                for (int64_t k_w = k_w_lo_56; k_w <= k_w_hi_57; ++k_w) {
                                    {
                                        const int64_t w_lo_64 = derive_imax(0, ((-1) + k_w));
                                        const int64_t w_hi_65 = derive_imin(((-1) + W), ((-1) + k_w + size_63));
                                        const int64_t w_r_68 = derive_imod(-(((-1) + k_w)) * 1, 2);
                                        const int64_t w_0_ = w_lo_64 + derive_imod(w_r_68 - w_lo_64, 2);
                                        const int64_t q__hi_69 = derive_fdiv(w_hi_65 - w_0_, 2);
                                        for (int64_t q_ = 0; q_ <= q__hi_69; ++q_)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += ((grad_y[(((n) * C + c) * size_66 + (((1 + h + ((-1) * k_h))) / 2)) * size_67 + (q_ + (((1 + ((-1) * k_w) + w_0_)) / 2))]) / (((float)(k_h + ((-1) * h) + derive_imin((1 + H), (3 + h + ((-1) * k_h))))) * ((float)(k_w + ((-1) * w_0_) + ((-2) * q_) + derive_imin((1 + W), (3 + ((-1) * k_w) + (2 * q_) + w_0_))))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return 0;
}

int derive_avg_pool2d_backward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict grad_y, const float *restrict x, float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_avg_pool2d_check(N, C, H, W);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_avg_pool2d_backward_x_f32(N, C, H, W, grad_y, x, y, grad_x);
        if (status) return status;
    }
    return 0;
}

