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
#ifdef _OPENMP
    const int64_t work_9 = (C * N * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))) * derive_imax(1, derive_fdiv(H, 2)) * derive_imax(1, derive_fdiv(W, 2)));
    if (work_9 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < derive_fdiv(H, 2); ++i) {
                    for (int64_t j = 0; j < derive_fdiv(W, 2); ++j) {
                        double best_3 = 0;
                        int found_4 = 0;
                        for (int64_t k_h_1 = derive_imax(0, ((-2) * i)); k_h_1 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_1) {
                            for (int64_t k_w_2 = derive_imax(0, ((-2) * j)); k_w_2 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_2) {
                                const double v_5 = x[(((n) * C + c) * H + (k_h_1 + (2 * i))) * W + (k_w_2 + (2 * j))];
                                const int up_6 = !found_4 || v_5 > best_3;
                                best_3 = up_6 ? v_5 : best_3;
                                found_4 = 1;
                            }
                        }
                        const double wmax_7 = found_4 ? best_3 : -INFINITY;
                        double acc_8 = 0;
                        {
                            acc_8 += wmax_7;
                        }
                        y[(((n) * C + c) * derive_fdiv(H, 2) + i) * derive_fdiv(W, 2) + j] = acc_8;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < derive_fdiv(H, 2); ++i) {
                    for (int64_t j = 0; j < derive_fdiv(W, 2); ++j) {
                        double best_3 = 0;
                        int found_4 = 0;
                        for (int64_t k_h_1 = derive_imax(0, ((-2) * i)); k_h_1 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_1) {
                            for (int64_t k_w_2 = derive_imax(0, ((-2) * j)); k_w_2 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_2) {
                                const double v_5 = x[(((n) * C + c) * H + (k_h_1 + (2 * i))) * W + (k_w_2 + (2 * j))];
                                const int up_6 = !found_4 || v_5 > best_3;
                                best_3 = up_6 ? v_5 : best_3;
                                found_4 = 1;
                            }
                        }
                        const double wmax_7 = found_4 ? best_3 : -INFINITY;
                        double acc_8 = 0;
                        {
                            acc_8 += wmax_7;
                        }
                        y[(((n) * C + c) * derive_fdiv(H, 2) + i) * derive_fdiv(W, 2) + j] = acc_8;
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
    int8_t *restrict table_code_14 = (int8_t *)malloc(sizeof(int8_t) * (size_t)((N) * (C) * (derive_fdiv(H, 2)) * (derive_fdiv(W, 2))));
    if (table_code_14 == NULL) {
        free(table_code_14);
        return 9;
    }
#ifdef _OPENMP
    const int64_t work_22 = ((N) * (C) * (derive_fdiv(H, 2)) * (derive_fdiv(W, 2)));
    if (work_22 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_10 = 0; o_10 < N; ++o_10) {
            for (int64_t o_11 = 0; o_11 < C; ++o_11) {
                for (int64_t o_12 = 0; o_12 < derive_fdiv(H, 2); ++o_12) {
                    for (int64_t o_13 = 0; o_13 < derive_fdiv(W, 2); ++o_13) {
                        double best_17 = 0;
                        int64_t code_19 = -1;
                        for (int64_t k_h_15 = derive_imax(0, ((-2) * o_12)); k_h_15 <= derive_imin(1, ((-1) + H + ((-2) * o_12))); ++k_h_15) {
                            for (int64_t k_w_16 = derive_imax(0, ((-2) * o_13)); k_w_16 <= derive_imin(1, ((-1) + W + ((-2) * o_13))); ++k_w_16) {
                                const double v_20 = x[(((o_10) * C + o_11) * H + (k_h_15 + (2 * o_12))) * W + (k_w_16 + (2 * o_13))];
                                const int up_21 = code_19 < 0 || v_20 > best_17;
                                best_17 = up_21 ? v_20 : best_17;
                                code_19 = up_21 ? (k_h_15 - (0)) * 2 + (k_w_16 - (0)) * 1 : code_19;
                            }
                        }
                        table_code_14[(((o_10) * C + o_11) * derive_fdiv(H, 2) + o_12) * derive_fdiv(W, 2) + o_13] = (int8_t)code_19;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_10 = 0; o_10 < N; ++o_10) {
            for (int64_t o_11 = 0; o_11 < C; ++o_11) {
                for (int64_t o_12 = 0; o_12 < derive_fdiv(H, 2); ++o_12) {
                    for (int64_t o_13 = 0; o_13 < derive_fdiv(W, 2); ++o_13) {
                        double best_17 = 0;
                        int64_t code_19 = -1;
                        for (int64_t k_h_15 = derive_imax(0, ((-2) * o_12)); k_h_15 <= derive_imin(1, ((-1) + H + ((-2) * o_12))); ++k_h_15) {
                            for (int64_t k_w_16 = derive_imax(0, ((-2) * o_13)); k_w_16 <= derive_imin(1, ((-1) + W + ((-2) * o_13))); ++k_w_16) {
                                const double v_20 = x[(((o_10) * C + o_11) * H + (k_h_15 + (2 * o_12))) * W + (k_w_16 + (2 * o_13))];
                                const int up_21 = code_19 < 0 || v_20 > best_17;
                                best_17 = up_21 ? v_20 : best_17;
                                code_19 = up_21 ? (k_h_15 - (0)) * 2 + (k_w_16 - (0)) * 1 : code_19;
                            }
                        }
                        table_code_14[(((o_10) * C + o_11) * derive_fdiv(H, 2) + o_12) * derive_fdiv(W, 2) + o_13] = (int8_t)code_19;
                    }
                }
            }
        }
    }
#ifdef _OPENMP
    const int64_t work_32 = (C * H * N * W * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))));
    if (work_32 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t h = 0; h < H; ++h) {
                    for (int64_t w = 0; w < W; ++w) grad_x[(((n) * C + c) * H + h) * W + w] = 0;
                    {
                        const int64_t k_h_lo_23 = derive_imax(0, (2 + h + ((-2) * derive_fdiv(H, 2))));
                        const int64_t k_h_hi_24 = derive_imin(1, h);
                        const int64_t k_h_r_25 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_23 + derive_imod(k_h_r_25 - k_h_lo_23, 2); k_h <= k_h_hi_24; k_h += 2) {
                            {
                                const int64_t k_w_lo_26 = derive_imax(0, (2 + ((-2) * derive_fdiv(W, 2))));
                                const int64_t k_w_hi_27 = derive_imin(1, ((-1) + W));
                                for (int64_t k_w = k_w_lo_26; k_w <= k_w_hi_27; ++k_w) {
                                    {
                                        const int64_t w_lo_28 = derive_imax(0, k_w);
                                        const int64_t w_hi_29 = derive_imin(((-1) + W), ((-2) + k_w + (2 * derive_fdiv(W, 2))));
                                        const int64_t w_r_30 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0 = w_lo_28 + derive_imod(w_r_30 - w_lo_28, 2);
                                        const int64_t q_hi_31 = derive_fdiv(w_hi_29 - w_0, 2);
                                        for (int64_t q = 0; q <= q_hi_31; ++q)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += (grad_y[(((n) * C + c) * derive_fdiv(H, 2) + (((h + ((-1) * k_h))) / 2)) * derive_fdiv(W, 2) + (q + (((((-1) * k_w) + w_0)) / 2))] * ((double)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_14[(((n) * C + c) * derive_fdiv(H, 2) + (((h + ((-1) * k_h))) / 2)) * derive_fdiv(W, 2) + (q + (((((-1) * k_w) + w_0)) / 2))]))));
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
                        const int64_t k_h_lo_23 = derive_imax(0, (2 + h + ((-2) * derive_fdiv(H, 2))));
                        const int64_t k_h_hi_24 = derive_imin(1, h);
                        const int64_t k_h_r_25 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_23 + derive_imod(k_h_r_25 - k_h_lo_23, 2); k_h <= k_h_hi_24; k_h += 2) {
                            {
                                const int64_t k_w_lo_26 = derive_imax(0, (2 + ((-2) * derive_fdiv(W, 2))));
                                const int64_t k_w_hi_27 = derive_imin(1, ((-1) + W));
                                for (int64_t k_w = k_w_lo_26; k_w <= k_w_hi_27; ++k_w) {
                                    {
                                        const int64_t w_lo_28 = derive_imax(0, k_w);
                                        const int64_t w_hi_29 = derive_imin(((-1) + W), ((-2) + k_w + (2 * derive_fdiv(W, 2))));
                                        const int64_t w_r_30 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0 = w_lo_28 + derive_imod(w_r_30 - w_lo_28, 2);
                                        const int64_t q_hi_31 = derive_fdiv(w_hi_29 - w_0, 2);
                                        for (int64_t q = 0; q <= q_hi_31; ++q)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += (grad_y[(((n) * C + c) * derive_fdiv(H, 2) + (((h + ((-1) * k_h))) / 2)) * derive_fdiv(W, 2) + (q + (((((-1) * k_w) + w_0)) / 2))] * ((double)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_14[(((n) * C + c) * derive_fdiv(H, 2) + (((h + ((-1) * k_h))) / 2)) * derive_fdiv(W, 2) + (q + (((((-1) * k_w) + w_0)) / 2))]))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    free(table_code_14);
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
#ifdef _OPENMP
    const int64_t work_41 = (C * N * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))) * derive_imax(1, derive_fdiv(H, 2)) * derive_imax(1, derive_fdiv(W, 2)));
    if (work_41 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < derive_fdiv(H, 2); ++i) {
                    for (int64_t j = 0; j < derive_fdiv(W, 2); ++j) {
                        float best_35 = 0;
                        int found_36 = 0;
                        for (int64_t k_h_33 = derive_imax(0, ((-2) * i)); k_h_33 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_33) {
                            for (int64_t k_w_34 = derive_imax(0, ((-2) * j)); k_w_34 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_34) {
                                const float v_37 = x[(((n) * C + c) * H + (k_h_33 + (2 * i))) * W + (k_w_34 + (2 * j))];
                                const int up_38 = !found_36 || v_37 > best_35;
                                best_35 = up_38 ? v_37 : best_35;
                                found_36 = 1;
                            }
                        }
                        const float wmax_39 = found_36 ? best_35 : -INFINITY;
                        float acc_40 = 0;
                        {
                            acc_40 += wmax_39;
                        }
                        y[(((n) * C + c) * derive_fdiv(H, 2) + i) * derive_fdiv(W, 2) + j] = acc_40;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < derive_fdiv(H, 2); ++i) {
                    for (int64_t j = 0; j < derive_fdiv(W, 2); ++j) {
                        float best_35 = 0;
                        int found_36 = 0;
                        for (int64_t k_h_33 = derive_imax(0, ((-2) * i)); k_h_33 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_33) {
                            for (int64_t k_w_34 = derive_imax(0, ((-2) * j)); k_w_34 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_34) {
                                const float v_37 = x[(((n) * C + c) * H + (k_h_33 + (2 * i))) * W + (k_w_34 + (2 * j))];
                                const int up_38 = !found_36 || v_37 > best_35;
                                best_35 = up_38 ? v_37 : best_35;
                                found_36 = 1;
                            }
                        }
                        const float wmax_39 = found_36 ? best_35 : -INFINITY;
                        float acc_40 = 0;
                        {
                            acc_40 += wmax_39;
                        }
                        y[(((n) * C + c) * derive_fdiv(H, 2) + i) * derive_fdiv(W, 2) + j] = acc_40;
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
    int8_t *restrict table_code_46 = (int8_t *)malloc(sizeof(int8_t) * (size_t)((N) * (C) * (derive_fdiv(H, 2)) * (derive_fdiv(W, 2))));
    if (table_code_46 == NULL) {
        free(table_code_46);
        return 9;
    }
#ifdef _OPENMP
    const int64_t work_54 = ((N) * (C) * (derive_fdiv(H, 2)) * (derive_fdiv(W, 2)));
    if (work_54 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_42 = 0; o_42 < N; ++o_42) {
            for (int64_t o_43 = 0; o_43 < C; ++o_43) {
                for (int64_t o_44 = 0; o_44 < derive_fdiv(H, 2); ++o_44) {
                    for (int64_t o_45 = 0; o_45 < derive_fdiv(W, 2); ++o_45) {
                        float best_49 = 0;
                        int64_t code_51 = -1;
                        for (int64_t k_h_47 = derive_imax(0, ((-2) * o_44)); k_h_47 <= derive_imin(1, ((-1) + H + ((-2) * o_44))); ++k_h_47) {
                            for (int64_t k_w_48 = derive_imax(0, ((-2) * o_45)); k_w_48 <= derive_imin(1, ((-1) + W + ((-2) * o_45))); ++k_w_48) {
                                const float v_52 = x[(((o_42) * C + o_43) * H + (k_h_47 + (2 * o_44))) * W + (k_w_48 + (2 * o_45))];
                                const int up_53 = code_51 < 0 || v_52 > best_49;
                                best_49 = up_53 ? v_52 : best_49;
                                code_51 = up_53 ? (k_h_47 - (0)) * 2 + (k_w_48 - (0)) * 1 : code_51;
                            }
                        }
                        table_code_46[(((o_42) * C + o_43) * derive_fdiv(H, 2) + o_44) * derive_fdiv(W, 2) + o_45] = (int8_t)code_51;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_42 = 0; o_42 < N; ++o_42) {
            for (int64_t o_43 = 0; o_43 < C; ++o_43) {
                for (int64_t o_44 = 0; o_44 < derive_fdiv(H, 2); ++o_44) {
                    for (int64_t o_45 = 0; o_45 < derive_fdiv(W, 2); ++o_45) {
                        float best_49 = 0;
                        int64_t code_51 = -1;
                        for (int64_t k_h_47 = derive_imax(0, ((-2) * o_44)); k_h_47 <= derive_imin(1, ((-1) + H + ((-2) * o_44))); ++k_h_47) {
                            for (int64_t k_w_48 = derive_imax(0, ((-2) * o_45)); k_w_48 <= derive_imin(1, ((-1) + W + ((-2) * o_45))); ++k_w_48) {
                                const float v_52 = x[(((o_42) * C + o_43) * H + (k_h_47 + (2 * o_44))) * W + (k_w_48 + (2 * o_45))];
                                const int up_53 = code_51 < 0 || v_52 > best_49;
                                best_49 = up_53 ? v_52 : best_49;
                                code_51 = up_53 ? (k_h_47 - (0)) * 2 + (k_w_48 - (0)) * 1 : code_51;
                            }
                        }
                        table_code_46[(((o_42) * C + o_43) * derive_fdiv(H, 2) + o_44) * derive_fdiv(W, 2) + o_45] = (int8_t)code_51;
                    }
                }
            }
        }
    }
#ifdef _OPENMP
    const int64_t work_64 = (C * H * N * W * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))));
    if (work_64 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t h = 0; h < H; ++h) {
                    for (int64_t w = 0; w < W; ++w) grad_x[(((n) * C + c) * H + h) * W + w] = 0;
                    {
                        const int64_t k_h_lo_55 = derive_imax(0, (2 + h + ((-2) * derive_fdiv(H, 2))));
                        const int64_t k_h_hi_56 = derive_imin(1, h);
                        const int64_t k_h_r_57 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_55 + derive_imod(k_h_r_57 - k_h_lo_55, 2); k_h <= k_h_hi_56; k_h += 2) {
                            {
                                const int64_t k_w_lo_58 = derive_imax(0, (2 + ((-2) * derive_fdiv(W, 2))));
                                const int64_t k_w_hi_59 = derive_imin(1, ((-1) + W));
                                for (int64_t k_w = k_w_lo_58; k_w <= k_w_hi_59; ++k_w) {
                                    {
                                        const int64_t w_lo_60 = derive_imax(0, k_w);
                                        const int64_t w_hi_61 = derive_imin(((-1) + W), ((-2) + k_w + (2 * derive_fdiv(W, 2))));
                                        const int64_t w_r_62 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0_ = w_lo_60 + derive_imod(w_r_62 - w_lo_60, 2);
                                        const int64_t q__hi_63 = derive_fdiv(w_hi_61 - w_0_, 2);
                                        for (int64_t q_ = 0; q_ <= q__hi_63; ++q_)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += (grad_y[(((n) * C + c) * derive_fdiv(H, 2) + (((h + ((-1) * k_h))) / 2)) * derive_fdiv(W, 2) + (q_ + (((((-1) * k_w) + w_0_)) / 2))] * ((float)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_46[(((n) * C + c) * derive_fdiv(H, 2) + (((h + ((-1) * k_h))) / 2)) * derive_fdiv(W, 2) + (q_ + (((((-1) * k_w) + w_0_)) / 2))]))));
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
                        const int64_t k_h_lo_55 = derive_imax(0, (2 + h + ((-2) * derive_fdiv(H, 2))));
                        const int64_t k_h_hi_56 = derive_imin(1, h);
                        const int64_t k_h_r_57 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_55 + derive_imod(k_h_r_57 - k_h_lo_55, 2); k_h <= k_h_hi_56; k_h += 2) {
                            {
                                const int64_t k_w_lo_58 = derive_imax(0, (2 + ((-2) * derive_fdiv(W, 2))));
                                const int64_t k_w_hi_59 = derive_imin(1, ((-1) + W));
                                for (int64_t k_w = k_w_lo_58; k_w <= k_w_hi_59; ++k_w) {
                                    {
                                        const int64_t w_lo_60 = derive_imax(0, k_w);
                                        const int64_t w_hi_61 = derive_imin(((-1) + W), ((-2) + k_w + (2 * derive_fdiv(W, 2))));
                                        const int64_t w_r_62 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0_ = w_lo_60 + derive_imod(w_r_62 - w_lo_60, 2);
                                        const int64_t q__hi_63 = derive_fdiv(w_hi_61 - w_0_, 2);
                                        for (int64_t q_ = 0; q_ <= q__hi_63; ++q_)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += (grad_y[(((n) * C + c) * derive_fdiv(H, 2) + (((h + ((-1) * k_h))) / 2)) * derive_fdiv(W, 2) + (q_ + (((((-1) * k_w) + w_0_)) / 2))] * ((float)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_46[(((n) * C + c) * derive_fdiv(H, 2) + (((h + ((-1) * k_h))) / 2)) * derive_fdiv(W, 2) + (q_ + (((((-1) * k_w) + w_0_)) / 2))]))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    free(table_code_46);
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

