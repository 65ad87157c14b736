/* max_pool2d: forward and backward kernels (C99)
 *
 * 2-d max pooling, as torch.nn.functional.max_pool2d (tie rule: first)
 * Configuration: kernel_size=2, padding=0, ceil_mode=False, dilation=1, ties='first'
 *
 * Forward:
 *   y[n, c, i, j] = WindowMax(x[n, c, d_h*k_h + i*s_h - p_h, d_w*k_w + j*s_w - p_w], True,
 *       first, -oo, (k_h, 0, K_h - 1), (k_w, 0, K_w - 1))
 *
 * Gradient of x:
 *   x[n, c, h, w] = Sum(Piecewise((ArgmaxIs(WindowMax(x[n, c, _k_h + h - k_h, _k_w - k_w + w],
 *       True, first, -oo, (_k_h, Max(0, -h + k_h), Min(1, H - h + k_h - 1)), (_k_w, Max(0, k_w
 *       - w), Min(1, W + k_w - w - 1))), (k_h, k_w))*grad_y[n, c, (h - k_h)/2, (-k_w + w)/2],
 *       Eq(Mod(-h + k_h, 2), 0) & Eq(Mod(k_w - w, 2), 0)), (0, True)), (k_h, Max(0, h -
 *       2*floor(H/2) + 2), Min(1, h)), (k_w, Max(0, w - 2*floor(W/2) + 2), Min(1, w)))
 *
 * Sizes given at run time: N, C, H, W.
 * Every array is contiguous, row-major (x[batch, channel, h, w], y[batch, channel, out h, out w]).
 * Entry points return 0 on success and an error code otherwise;
 * derive_max_pool2d_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "max_pool2d_2x2.h"

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

const char *derive_max_pool2d_error_message(int code)
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
    case 9: return "out of memory for a work table";
    default: return "unknown error code";
    }
}

int derive_max_pool2d_sizes(const int64_t *dims, int64_t *sizes)
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

int derive_max_pool2d_output_shape(int64_t N, int64_t C, int64_t H, int64_t W, int64_t *shape)
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
    shape[2] = derive_fdiv(H, 2);
    if (shape[2] < 1) return 7;
    shape[3] = derive_fdiv(W, 2);
    if (shape[3] < 1) return 8;
    return 0;
}

static int derive_max_pool2d_check(int64_t N, int64_t C, int64_t H, int64_t W)
{
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    if (derive_fdiv(H, 2) < 1) return 7;
    if (derive_fdiv(W, 2) < 1) return 8;
    return 0;
}

int derive_max_pool2d_forward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict x, double *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)x;
    (void)y;
    int status = derive_max_pool2d_check(N, C, H, W);
    if (status) return status;
    const int64_t size_1 = derive_fdiv(H, 2);
    const int64_t size_2 = derive_fdiv(W, 2);
#ifdef _OPENMP
    const int64_t work_11 = (C * N * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))) * derive_imax(1, derive_fdiv(H, 2)) * derive_imax(1, derive_fdiv(W, 2)));
    if (work_11 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < size_1; ++i) {
                    for (int64_t j = 0; j < size_2; ++j) {
                        double best_5 = 0;
                        int found_6 = 0;
                        for (int64_t k_h_3 = derive_imax(0, ((-2) * i)); k_h_3 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_3) {
                            for (int64_t k_w_4 = derive_imax(0, ((-2) * j)); k_w_4 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_4) {
                                const double v_7 = x[(((n) * C + c) * H + (k_h_3 + (2 * i))) * W + (k_w_4 + (2 * j))];
                                const int up_8 = !found_6 || v_7 > best_5;
                                best_5 = up_8 ? v_7 : best_5;
                                found_6 = 1;
                            }
                        }
                        const double wmax_9 = found_6 ? best_5 : -INFINITY;
                        double acc_10 = 0;
                        {
                            acc_10 += wmax_9;
                        }
                        y[(((n) * C + c) * size_1 + i) * size_2 + j] = acc_10;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < size_1; ++i) {
                    for (int64_t j = 0; j < size_2; ++j) {
                        double best_5 = 0;
                        int found_6 = 0;
                        for (int64_t k_h_3 = derive_imax(0, ((-2) * i)); k_h_3 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_3) {
                            for (int64_t k_w_4 = derive_imax(0, ((-2) * j)); k_w_4 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_4) {
                                const double v_7 = x[(((n) * C + c) * H + (k_h_3 + (2 * i))) * W + (k_w_4 + (2 * j))];
                                const int up_8 = !found_6 || v_7 > best_5;
                                best_5 = up_8 ? v_7 : best_5;
                                found_6 = 1;
                            }
                        }
                        const double wmax_9 = found_6 ? best_5 : -INFINITY;
                        double acc_10 = 0;
                        {
                            acc_10 += wmax_9;
                        }
                        y[(((n) * C + c) * size_1 + i) * size_2 + j] = acc_10;
                    }
                }
            }
        }
    }
    return 0;
}

int derive_max_pool2d_backward_x_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict grad_y, const double *restrict x, const double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_max_pool2d_check(N, C, H, W);
    if (status) return status;
    const int64_t size_16 = derive_fdiv(H, 2);
    const int64_t size_17 = derive_fdiv(W, 2);
    const int64_t size_29 = ((-2) * size_16);
    const int64_t size_33 = ((-2) * size_17);
    const int64_t size_34 = (2 + size_33);
    const int64_t size_35 = derive_imax(0, size_34);
    const int64_t size_36 = derive_imin(1, ((-1) + W));
    const int64_t size_37 = (2 * size_17);
    int8_t *restrict table_code_18 = (int8_t *)malloc(sizeof(int8_t) * (size_t)((N) * (C) * (size_16) * (size_17)));
    if (table_code_18 == NULL) {
        free(table_code_18);
        return 9;
    }
#ifdef _OPENMP
    const int64_t work_26 = ((N) * (C) * (size_16) * (size_17));
    if (work_26 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_12 = 0; o_12 < N; ++o_12) {
            for (int64_t o_13 = 0; o_13 < C; ++o_13) {
                for (int64_t o_14 = 0; o_14 < size_16; ++o_14) {
                    for (int64_t o_15 = 0; o_15 < size_17; ++o_15) {
                        double best_21 = 0;
                        int64_t code_23 = -1;
                        for (int64_t k_h_19 = derive_imax(0, ((-2) * o_14)); k_h_19 <= derive_imin(1, ((-1) + H + ((-2) * o_14))); ++k_h_19) {
                            for (int64_t k_w_20 = derive_imax(0, ((-2) * o_15)); k_w_20 <= derive_imin(1, ((-1) + W + ((-2) * o_15))); ++k_w_20) {
                                const double v_24 = x[(((o_12) * C + o_13) * H + (k_h_19 + (2 * o_14))) * W + (k_w_20 + (2 * o_15))];
                                const int up_25 = code_23 < 0 || v_24 > best_21;
                                best_21 = up_25 ? v_24 : best_21;
                                code_23 = up_25 ? (k_h_19 - (0)) * 2 + (k_w_20 - (0)) * 1 : code_23;
                            }
                        }
                        table_code_18[(((o_12) * C + o_13) * size_16 + o_14) * size_17 + o_15] = (int8_t)code_23;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_12 = 0; o_12 < N; ++o_12) {
            for (int64_t o_13 = 0; o_13 < C; ++o_13) {
                for (int64_t o_14 = 0; o_14 < size_16; ++o_14) {
                    for (int64_t o_15 = 0; o_15 < size_17; ++o_15) {
                        double best_21 = 0;
                        int64_t code_23 = -1;
                        for (int64_t k_h_19 = derive_imax(0, ((-2) * o_14)); k_h_19 <= derive_imin(1, ((-1) + H + ((-2) * o_14))); ++k_h_19) {
                            for (int64_t k_w_20 = derive_imax(0, ((-2) * o_15)); k_w_20 <= derive_imin(1, ((-1) + W + ((-2) * o_15))); ++k_w_20) {
                                const double v_24 = x[(((o_12) * C + o_13) * H + (k_h_19 + (2 * o_14))) * W + (k_w_20 + (2 * o_15))];
                                const int up_25 = code_23 < 0 || v_24 > best_21;
                                best_21 = up_25 ? v_24 : best_21;
                                code_23 = up_25 ? (k_h_19 - (0)) * 2 + (k_w_20 - (0)) * 1 : code_23;
                            }
                        }
                        table_code_18[(((o_12) * C + o_13) * size_16 + o_14) * size_17 + o_15] = (int8_t)code_23;
                    }
                }
            }
        }
    }
#ifdef _OPENMP
    const int64_t work_42 = (C * H * N * W * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))));
    if (work_42 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t h = 0; h < H; ++h) {
                    for (int64_t w = 0; w < W; ++w) grad_x[(((n) * C + c) * H + h) * W + w] = 0;
                    {
                        const int64_t k_h_lo_27 = derive_imax(0, (2 + h + size_29));
                        const int64_t k_h_hi_28 = derive_imin(1, h);
                        const int64_t k_h_r_30 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_27 + derive_imod(k_h_r_30 - k_h_lo_27, 2); k_h <= k_h_hi_28; k_h += 2) {
                            {
                                const int64_t k_w_lo_31 = size_35;
                                const int64_t k_w_hi_32 = size_36;
                                for (int64_t k_w = k_w_lo_31; k_w <= k_w_hi_32; ++k_w) {
                                    {
                                        const int64_t w_lo_38 = derive_imax(0, k_w);
                                        const int64_t w_hi_39 = derive_imin(((-1) + W), ((-2) + k_w + size_37));
                                        const int64_t w_r_40 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0 = w_lo_38 + derive_imod(w_r_40 - w_lo_38, 2);
                                        const int64_t q_hi_41 = derive_fdiv(w_hi_39 - w_0, 2);
                                        for (int64_t q = 0; q <= q_hi_41; ++q)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += (grad_y[(((n) * C + c) * size_16 + (((h + ((-1) * k_h))) / 2)) * size_17 + (q + (((((-1) * k_w) + w_0)) / 2))] * ((double)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_18[(((n) * C + c) * size_16 + (((h + ((-1) * k_h))) / 2)) * size_17 + (q + (((((-1) * k_w) + w_0)) / 2))]))));
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
                        const int64_t k_h_lo_27 = derive_imax(0, (2 + h + size_29));
                        const int64_t k_h_hi_28 = derive_imin(1, h);
                        const int64_t k_h_r_30 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_27 + derive_imod(k_h_r_30 - k_h_lo_27, 2); k_h <= k_h_hi_28; k_h += 2) {
                            {
                                const int64_t k_w_lo_31 = size_35;
                                const int64_t k_w_hi_32 = size_36;
                                for (int64_t k_w = k_w_lo_31; k_w <= k_w_hi_32; ++k_w) {
                                    {
                                        const int64_t w_lo_38 = derive_imax(0, k_w);
                                        const int64_t w_hi_39 = derive_imin(((-1) + W), ((-2) + k_w + size_37));
                                        const int64_t w_r_40 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0 = w_lo_38 + derive_imod(w_r_40 - w_lo_38, 2);
                                        const int64_t q_hi_41 = derive_fdiv(w_hi_39 - w_0, 2);
                                        for (int64_t q = 0; q <= q_hi_41; ++q)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += (grad_y[(((n) * C + c) * size_16 + (((h + ((-1) * k_h))) / 2)) * size_17 + (q + (((((-1) * k_w) + w_0)) / 2))] * ((double)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_18[(((n) * C + c) * size_16 + (((h + ((-1) * k_h))) / 2)) * size_17 + (q + (((((-1) * k_w) + w_0)) / 2))]))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    free(table_code_18);
    return 0;
}

int derive_max_pool2d_backward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *restrict grad_y, const double *restrict x, double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_max_pool2d_check(N, C, H, W);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_max_pool2d_backward_x_f64(N, C, H, W, grad_y, x, y, grad_x);
        if (status) return status;
    }
    return 0;
}

int derive_max_pool2d_forward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict x, float *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)x;
    (void)y;
    int status = derive_max_pool2d_check(N, C, H, W);
    if (status) return status;
    const int64_t size_43 = derive_fdiv(H, 2);
    const int64_t size_44 = derive_fdiv(W, 2);
#ifdef _OPENMP
    const int64_t work_53 = (C * N * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))) * derive_imax(1, derive_fdiv(H, 2)) * derive_imax(1, derive_fdiv(W, 2)));
    if (work_53 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < size_43; ++i) {
                    for (int64_t j = 0; j < size_44; ++j) {
                        float best_47 = 0;
                        int found_48 = 0;
                        for (int64_t k_h_45 = derive_imax(0, ((-2) * i)); k_h_45 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_45) {
                            for (int64_t k_w_46 = derive_imax(0, ((-2) * j)); k_w_46 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_46) {
                                const float v_49 = x[(((n) * C + c) * H + (k_h_45 + (2 * i))) * W + (k_w_46 + (2 * j))];
                                const int up_50 = !found_48 || v_49 > best_47;
                                best_47 = up_50 ? v_49 : best_47;
                                found_48 = 1;
                            }
                        }
                        const float wmax_51 = found_48 ? best_47 : -INFINITY;
                        float acc_52 = 0;
                        {
                            acc_52 += wmax_51;
                        }
                        y[(((n) * C + c) * size_43 + i) * size_44 + j] = acc_52;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < size_43; ++i) {
                    for (int64_t j = 0; j < size_44; ++j) {
                        float best_47 = 0;
                        int found_48 = 0;
                        for (int64_t k_h_45 = derive_imax(0, ((-2) * i)); k_h_45 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_45) {
                            for (int64_t k_w_46 = derive_imax(0, ((-2) * j)); k_w_46 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_46) {
                                const float v_49 = x[(((n) * C + c) * H + (k_h_45 + (2 * i))) * W + (k_w_46 + (2 * j))];
                                const int up_50 = !found_48 || v_49 > best_47;
                                best_47 = up_50 ? v_49 : best_47;
                                found_48 = 1;
                            }
                        }
                        const float wmax_51 = found_48 ? best_47 : -INFINITY;
                        float acc_52 = 0;
                        {
                            acc_52 += wmax_51;
                        }
                        y[(((n) * C + c) * size_43 + i) * size_44 + j] = acc_52;
                    }
                }
            }
        }
    }
    return 0;
}

int derive_max_pool2d_backward_x_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict grad_y, const float *restrict x, const float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_max_pool2d_check(N, C, H, W);
    if (status) return status;
    const int64_t size_58 = derive_fdiv(H, 2);
    const int64_t size_59 = derive_fdiv(W, 2);
    const int64_t size_71 = ((-2) * size_58);
    const int64_t size_75 = ((-2) * size_59);
    const int64_t size_76 = (2 + size_75);
    const int64_t size_77 = derive_imax(0, size_76);
    const int64_t size_78 = derive_imin(1, ((-1) + W));
    const int64_t size_79 = (2 * size_59);
    int8_t *restrict table_code_60 = (int8_t *)malloc(sizeof(int8_t) * (size_t)((N) * (C) * (size_58) * (size_59)));
    if (table_code_60 == NULL) {
        free(table_code_60);
        return 9;
    }
#ifdef _OPENMP
    const int64_t work_68 = ((N) * (C) * (size_58) * (size_59));
    if (work_68 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_54 = 0; o_54 < N; ++o_54) {
            for (int64_t o_55 = 0; o_55 < C; ++o_55) {
                for (int64_t o_56 = 0; o_56 < size_58; ++o_56) {
                    for (int64_t o_57 = 0; o_57 < size_59; ++o_57) {
                        float best_63 = 0;
                        int64_t code_65 = -1;
                        for (int64_t k_h_61 = derive_imax(0, ((-2) * o_56)); k_h_61 <= derive_imin(1, ((-1) + H + ((-2) * o_56))); ++k_h_61) {
                            for (int64_t k_w_62 = derive_imax(0, ((-2) * o_57)); k_w_62 <= derive_imin(1, ((-1) + W + ((-2) * o_57))); ++k_w_62) {
                                const float v_66 = x[(((o_54) * C + o_55) * H + (k_h_61 + (2 * o_56))) * W + (k_w_62 + (2 * o_57))];
                                const int up_67 = code_65 < 0 || v_66 > best_63;
                                best_63 = up_67 ? v_66 : best_63;
                                code_65 = up_67 ? (k_h_61 - (0)) * 2 + (k_w_62 - (0)) * 1 : code_65;
                            }
                        }
                        table_code_60[(((o_54) * C + o_55) * size_58 + o_56) * size_59 + o_57] = (int8_t)code_65;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_54 = 0; o_54 < N; ++o_54) {
            for (int64_t o_55 = 0; o_55 < C; ++o_55) {
                for (int64_t o_56 = 0; o_56 < size_58; ++o_56) {
                    for (int64_t o_57 = 0; o_57 < size_59; ++o_57) {
                        float best_63 = 0;
                        int64_t code_65 = -1;
                        for (int64_t k_h_61 = derive_imax(0, ((-2) * o_56)); k_h_61 <= derive_imin(1, ((-1) + H + ((-2) * o_56))); ++k_h_61) {
                            for (int64_t k_w_62 = derive_imax(0, ((-2) * o_57)); k_w_62 <= derive_imin(1, ((-1) + W + ((-2) * o_57))); ++k_w_62) {
                                const float v_66 = x[(((o_54) * C + o_55) * H + (k_h_61 + (2 * o_56))) * W + (k_w_62 + (2 * o_57))];
                                const int up_67 = code_65 < 0 || v_66 > best_63;
                                best_63 = up_67 ? v_66 : best_63;
                                code_65 = up_67 ? (k_h_61 - (0)) * 2 + (k_w_62 - (0)) * 1 : code_65;
                            }
                        }
                        table_code_60[(((o_54) * C + o_55) * size_58 + o_56) * size_59 + o_57] = (int8_t)code_65;
                    }
                }
            }
        }
    }
#ifdef _OPENMP
    const int64_t work_84 = (C * H * N * W * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))));
    if (work_84 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t h = 0; h < H; ++h) {
                    for (int64_t w = 0; w < W; ++w) grad_x[(((n) * C + c) * H + h) * W + w] = 0;
                    {
                        const int64_t k_h_lo_69 = derive_imax(0, (2 + h + size_71));
                        const int64_t k_h_hi_70 = derive_imin(1, h);
                        const int64_t k_h_r_72 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_69 + derive_imod(k_h_r_72 - k_h_lo_69, 2); k_h <= k_h_hi_70; k_h += 2) {
                            {
                                const int64_t k_w_lo_73 = size_77;
                                const int64_t k_w_hi_74 = size_78;
                                for (int64_t k_w = k_w_lo_73; k_w <= k_w_hi_74; ++k_w) {
                                    {
                                        const int64_t w_lo_80 = derive_imax(0, k_w);
                                        const int64_t w_hi_81 = derive_imin(((-1) + W), ((-2) + k_w + size_79));
                                        const int64_t w_r_82 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0_ = w_lo_80 + derive_imod(w_r_82 - w_lo_80, 2);
                                        const int64_t q__hi_83 = derive_fdiv(w_hi_81 - w_0_, 2);
                                        for (int64_t q_ = 0; q_ <= q__hi_83; ++q_)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += (grad_y[(((n) * C + c) * size_58 + (((h + ((-1) * k_h))) / 2)) * size_59 + (q_ + (((((-1) * k_w) + w_0_)) / 2))] * ((float)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_60[(((n) * C + c) * size_58 + (((h + ((-1) * k_h))) / 2)) * size_59 + (q_ + (((((-1) * k_w) + w_0_)) / 2))]))));
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
                        const int64_t k_h_lo_69 = derive_imax(0, (2 + h + size_71));
                        const int64_t k_h_hi_70 = derive_imin(1, h);
                        const int64_t k_h_r_72 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_69 + derive_imod(k_h_r_72 - k_h_lo_69, 2); k_h <= k_h_hi_70; k_h += 2) {
                            {
                                const int64_t k_w_lo_73 = size_77;
                                const int64_t k_w_hi_74 = size_78;
                                for (int64_t k_w = k_w_lo_73; k_w <= k_w_hi_74; ++k_w) {
                                    {
                                        const int64_t w_lo_80 = derive_imax(0, k_w);
                                        const int64_t w_hi_81 = derive_imin(((-1) + W), ((-2) + k_w + size_79));
                                        const int64_t w_r_82 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0_ = w_lo_80 + derive_imod(w_r_82 - w_lo_80, 2);
                                        const int64_t q__hi_83 = derive_fdiv(w_hi_81 - w_0_, 2);
                                        for (int64_t q_ = 0; q_ <= q__hi_83; ++q_)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += (grad_y[(((n) * C + c) * size_58 + (((h + ((-1) * k_h))) / 2)) * size_59 + (q_ + (((((-1) * k_w) + w_0_)) / 2))] * ((float)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_60[(((n) * C + c) * size_58 + (((h + ((-1) * k_h))) / 2)) * size_59 + (q_ + (((((-1) * k_w) + w_0_)) / 2))]))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    free(table_code_60);
    return 0;
}

int derive_max_pool2d_backward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *restrict grad_y, const float *restrict x, float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)grad_y;
    (void)x;
    (void)y;
    (void)grad_x;
    int status = derive_max_pool2d_check(N, C, H, W);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_max_pool2d_backward_x_f32(N, C, H, W, grad_y, x, y, grad_x);
        if (status) return status;
    }
    return 0;
}

