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
    const int64_t size_11 = derive_imin(1, ((-1) + H));
    const int64_t size_12 = (1 + size_11);
    const int64_t size_13 = derive_imin(1, ((-1) + W));
    const int64_t size_14 = (1 + size_13);
    const int64_t size_15 = derive_imax(1, size_1);
    const int64_t size_16 = derive_imax(1, size_2);
    const int64_t size_17 = (C * N * size_12 * size_14 * size_15 * size_16);
#ifdef _OPENMP
    const int64_t work_18 = size_17;
    if (work_18 >= 32768) {
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
    const int64_t size_23 = derive_fdiv(H, 2);
    const int64_t size_24 = derive_fdiv(W, 2);
    const int64_t size_36 = ((-2) * size_23);
    const int64_t size_40 = ((-2) * size_24);
    const int64_t size_41 = (2 + size_40);
    const int64_t size_42 = derive_imax(0, size_41);
    const int64_t size_43 = derive_imin(1, ((-1) + W));
    const int64_t size_44 = (2 * size_24);
    const int64_t size_49 = derive_imin(1, ((-1) + H));
    const int64_t size_50 = (1 + size_49);
    const int64_t size_51 = (1 + size_43);
    const int64_t size_52 = (C * H * N * W * size_50 * size_51);
    int8_t *restrict table_code_25 = (int8_t *)malloc(sizeof(int8_t) * (size_t)((N) * (C) * (size_23) * (size_24)));
    if (table_code_25 == NULL) {
        free(table_code_25);
        return 9;
    }
#ifdef _OPENMP
    const int64_t work_33 = ((N) * (C) * (size_23) * (size_24));
    if (work_33 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_19 = 0; o_19 < N; ++o_19) {
            for (int64_t o_20 = 0; o_20 < C; ++o_20) {
                for (int64_t o_21 = 0; o_21 < size_23; ++o_21) {
                    for (int64_t o_22 = 0; o_22 < size_24; ++o_22) {
                        double best_28 = 0;
                        int64_t code_30 = -1;
                        for (int64_t k_h_26 = derive_imax(0, ((-2) * o_21)); k_h_26 <= derive_imin(1, ((-1) + H + ((-2) * o_21))); ++k_h_26) {
                            for (int64_t k_w_27 = derive_imax(0, ((-2) * o_22)); k_w_27 <= derive_imin(1, ((-1) + W + ((-2) * o_22))); ++k_w_27) {
                                const double v_31 = x[(((o_19) * C + o_20) * H + (k_h_26 + (2 * o_21))) * W + (k_w_27 + (2 * o_22))];
                                const int up_32 = code_30 < 0 || v_31 > best_28;
                                best_28 = up_32 ? v_31 : best_28;
                                code_30 = up_32 ? (k_h_26 - (0)) * 2 + (k_w_27 - (0)) * 1 : code_30;
                            }
                        }
                        table_code_25[(((o_19) * C + o_20) * size_23 + o_21) * size_24 + o_22] = (int8_t)code_30;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_19 = 0; o_19 < N; ++o_19) {
            for (int64_t o_20 = 0; o_20 < C; ++o_20) {
                for (int64_t o_21 = 0; o_21 < size_23; ++o_21) {
                    for (int64_t o_22 = 0; o_22 < size_24; ++o_22) {
                        double best_28 = 0;
                        int64_t code_30 = -1;
                        for (int64_t k_h_26 = derive_imax(0, ((-2) * o_21)); k_h_26 <= derive_imin(1, ((-1) + H + ((-2) * o_21))); ++k_h_26) {
                            for (int64_t k_w_27 = derive_imax(0, ((-2) * o_22)); k_w_27 <= derive_imin(1, ((-1) + W + ((-2) * o_22))); ++k_w_27) {
                                const double v_31 = x[(((o_19) * C + o_20) * H + (k_h_26 + (2 * o_21))) * W + (k_w_27 + (2 * o_22))];
                                const int up_32 = code_30 < 0 || v_31 > best_28;
                                best_28 = up_32 ? v_31 : best_28;
                                code_30 = up_32 ? (k_h_26 - (0)) * 2 + (k_w_27 - (0)) * 1 : code_30;
                            }
                        }
                        table_code_25[(((o_19) * C + o_20) * size_23 + o_21) * size_24 + o_22] = (int8_t)code_30;
                    }
                }
            }
        }
    }
#ifdef _OPENMP
    const int64_t work_53 = size_52;
    if (work_53 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t h = 0; h < H; ++h) {
                    for (int64_t w = 0; w < W; ++w) grad_x[(((n) * C + c) * H + h) * W + w] = 0;
                    {
                        const int64_t k_h_lo_34 = derive_imax(0, (2 + h + size_36));
                        const int64_t k_h_hi_35 = derive_imin(1, h);
                        const int64_t k_h_r_37 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_34 + derive_imod(k_h_r_37 - k_h_lo_34, 2); k_h <= k_h_hi_35; k_h += 2) {
                            {
                                const int64_t k_w_lo_38 = size_42;
                                const int64_t k_w_hi_39 = size_43;
                                for (int64_t k_w = k_w_lo_38; k_w <= k_w_hi_39; ++k_w) {
                                    {
                                        const int64_t w_lo_45 = derive_imax(0, k_w);
                                        const int64_t w_hi_46 = derive_imin(((-1) + W), ((-2) + k_w + size_44));
                                        const int64_t w_r_47 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0 = w_lo_45 + derive_imod(w_r_47 - w_lo_45, 2);
                                        const int64_t q_hi_48 = derive_fdiv(w_hi_46 - w_0, 2);
                                        for (int64_t q = 0; q <= q_hi_48; ++q)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += (grad_y[(((n) * C + c) * size_23 + (((h + ((-1) * k_h))) / 2)) * size_24 + (q + (((((-1) * k_w) + w_0)) / 2))] * ((double)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_25[(((n) * C + c) * size_23 + (((h + ((-1) * k_h))) / 2)) * size_24 + (q + (((((-1) * k_w) + w_0)) / 2))]))));
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
                        const int64_t k_h_lo_34 = derive_imax(0, (2 + h + size_36));
                        const int64_t k_h_hi_35 = derive_imin(1, h);
                        const int64_t k_h_r_37 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_34 + derive_imod(k_h_r_37 - k_h_lo_34, 2); k_h <= k_h_hi_35; k_h += 2) {
                            {
                                const int64_t k_w_lo_38 = size_42;
                                const int64_t k_w_hi_39 = size_43;
                                for (int64_t k_w = k_w_lo_38; k_w <= k_w_hi_39; ++k_w) {
                                    {
                                        const int64_t w_lo_45 = derive_imax(0, k_w);
                                        const int64_t w_hi_46 = derive_imin(((-1) + W), ((-2) + k_w + size_44));
                                        const int64_t w_r_47 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0 = w_lo_45 + derive_imod(w_r_47 - w_lo_45, 2);
                                        const int64_t q_hi_48 = derive_fdiv(w_hi_46 - w_0, 2);
                                        for (int64_t q = 0; q <= q_hi_48; ++q)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q) + w_0)] += (grad_y[(((n) * C + c) * size_23 + (((h + ((-1) * k_h))) / 2)) * size_24 + (q + (((((-1) * k_w) + w_0)) / 2))] * ((double)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_25[(((n) * C + c) * size_23 + (((h + ((-1) * k_h))) / 2)) * size_24 + (q + (((((-1) * k_w) + w_0)) / 2))]))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    free(table_code_25);
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
    const int64_t size_54 = derive_fdiv(H, 2);
    const int64_t size_55 = derive_fdiv(W, 2);
    const int64_t size_64 = derive_imin(1, ((-1) + H));
    const int64_t size_65 = (1 + size_64);
    const int64_t size_66 = derive_imin(1, ((-1) + W));
    const int64_t size_67 = (1 + size_66);
    const int64_t size_68 = derive_imax(1, size_54);
    const int64_t size_69 = derive_imax(1, size_55);
    const int64_t size_70 = (C * N * size_65 * size_67 * size_68 * size_69);
#ifdef _OPENMP
    const int64_t work_71 = size_70;
    if (work_71 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < size_54; ++i) {
                    for (int64_t j = 0; j < size_55; ++j) {
                        float best_58 = 0;
                        int found_59 = 0;
                        for (int64_t k_h_56 = derive_imax(0, ((-2) * i)); k_h_56 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_56) {
                            for (int64_t k_w_57 = derive_imax(0, ((-2) * j)); k_w_57 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_57) {
                                const float v_60 = x[(((n) * C + c) * H + (k_h_56 + (2 * i))) * W + (k_w_57 + (2 * j))];
                                const int up_61 = !found_59 || v_60 > best_58;
                                best_58 = up_61 ? v_60 : best_58;
                                found_59 = 1;
                            }
                        }
                        const float wmax_62 = found_59 ? best_58 : -INFINITY;
                        float acc_63 = 0;
                        {
                            acc_63 += wmax_62;
                        }
                        y[(((n) * C + c) * size_54 + i) * size_55 + j] = acc_63;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < size_54; ++i) {
                    for (int64_t j = 0; j < size_55; ++j) {
                        float best_58 = 0;
                        int found_59 = 0;
                        for (int64_t k_h_56 = derive_imax(0, ((-2) * i)); k_h_56 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_56) {
                            for (int64_t k_w_57 = derive_imax(0, ((-2) * j)); k_w_57 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_57) {
                                const float v_60 = x[(((n) * C + c) * H + (k_h_56 + (2 * i))) * W + (k_w_57 + (2 * j))];
                                const int up_61 = !found_59 || v_60 > best_58;
                                best_58 = up_61 ? v_60 : best_58;
                                found_59 = 1;
                            }
                        }
                        const float wmax_62 = found_59 ? best_58 : -INFINITY;
                        float acc_63 = 0;
                        {
                            acc_63 += wmax_62;
                        }
                        y[(((n) * C + c) * size_54 + i) * size_55 + j] = acc_63;
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
    const int64_t size_76 = derive_fdiv(H, 2);
    const int64_t size_77 = derive_fdiv(W, 2);
    const int64_t size_89 = ((-2) * size_76);
    const int64_t size_93 = ((-2) * size_77);
    const int64_t size_94 = (2 + size_93);
    const int64_t size_95 = derive_imax(0, size_94);
    const int64_t size_96 = derive_imin(1, ((-1) + W));
    const int64_t size_97 = (2 * size_77);
    const int64_t size_102 = derive_imin(1, ((-1) + H));
    const int64_t size_103 = (1 + size_102);
    const int64_t size_104 = (1 + size_96);
    const int64_t size_105 = (C * H * N * W * size_103 * size_104);
    int8_t *restrict table_code_78 = (int8_t *)malloc(sizeof(int8_t) * (size_t)((N) * (C) * (size_76) * (size_77)));
    if (table_code_78 == NULL) {
        free(table_code_78);
        return 9;
    }
#ifdef _OPENMP
    const int64_t work_86 = ((N) * (C) * (size_76) * (size_77));
    if (work_86 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_72 = 0; o_72 < N; ++o_72) {
            for (int64_t o_73 = 0; o_73 < C; ++o_73) {
                for (int64_t o_74 = 0; o_74 < size_76; ++o_74) {
                    for (int64_t o_75 = 0; o_75 < size_77; ++o_75) {
                        float best_81 = 0;
                        int64_t code_83 = -1;
                        for (int64_t k_h_79 = derive_imax(0, ((-2) * o_74)); k_h_79 <= derive_imin(1, ((-1) + H + ((-2) * o_74))); ++k_h_79) {
                            for (int64_t k_w_80 = derive_imax(0, ((-2) * o_75)); k_w_80 <= derive_imin(1, ((-1) + W + ((-2) * o_75))); ++k_w_80) {
                                const float v_84 = x[(((o_72) * C + o_73) * H + (k_h_79 + (2 * o_74))) * W + (k_w_80 + (2 * o_75))];
                                const int up_85 = code_83 < 0 || v_84 > best_81;
                                best_81 = up_85 ? v_84 : best_81;
                                code_83 = up_85 ? (k_h_79 - (0)) * 2 + (k_w_80 - (0)) * 1 : code_83;
                            }
                        }
                        table_code_78[(((o_72) * C + o_73) * size_76 + o_74) * size_77 + o_75] = (int8_t)code_83;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_72 = 0; o_72 < N; ++o_72) {
            for (int64_t o_73 = 0; o_73 < C; ++o_73) {
                for (int64_t o_74 = 0; o_74 < size_76; ++o_74) {
                    for (int64_t o_75 = 0; o_75 < size_77; ++o_75) {
                        float best_81 = 0;
                        int64_t code_83 = -1;
                        for (int64_t k_h_79 = derive_imax(0, ((-2) * o_74)); k_h_79 <= derive_imin(1, ((-1) + H + ((-2) * o_74))); ++k_h_79) {
                            for (int64_t k_w_80 = derive_imax(0, ((-2) * o_75)); k_w_80 <= derive_imin(1, ((-1) + W + ((-2) * o_75))); ++k_w_80) {
                                const float v_84 = x[(((o_72) * C + o_73) * H + (k_h_79 + (2 * o_74))) * W + (k_w_80 + (2 * o_75))];
                                const int up_85 = code_83 < 0 || v_84 > best_81;
                                best_81 = up_85 ? v_84 : best_81;
                                code_83 = up_85 ? (k_h_79 - (0)) * 2 + (k_w_80 - (0)) * 1 : code_83;
                            }
                        }
                        table_code_78[(((o_72) * C + o_73) * size_76 + o_74) * size_77 + o_75] = (int8_t)code_83;
                    }
                }
            }
        }
    }
#ifdef _OPENMP
    const int64_t work_106 = size_105;
    if (work_106 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t h = 0; h < H; ++h) {
                    for (int64_t w = 0; w < W; ++w) grad_x[(((n) * C + c) * H + h) * W + w] = 0;
                    {
                        const int64_t k_h_lo_87 = derive_imax(0, (2 + h + size_89));
                        const int64_t k_h_hi_88 = derive_imin(1, h);
                        const int64_t k_h_r_90 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_87 + derive_imod(k_h_r_90 - k_h_lo_87, 2); k_h <= k_h_hi_88; k_h += 2) {
                            {
                                const int64_t k_w_lo_91 = size_95;
                                const int64_t k_w_hi_92 = size_96;
                                for (int64_t k_w = k_w_lo_91; k_w <= k_w_hi_92; ++k_w) {
                                    {
                                        const int64_t w_lo_98 = derive_imax(0, k_w);
                                        const int64_t w_hi_99 = derive_imin(((-1) + W), ((-2) + k_w + size_97));
                                        const int64_t w_r_100 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0_ = w_lo_98 + derive_imod(w_r_100 - w_lo_98, 2);
                                        const int64_t q__hi_101 = derive_fdiv(w_hi_99 - w_0_, 2);
                                        for (int64_t q_ = 0; q_ <= q__hi_101; ++q_)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += (grad_y[(((n) * C + c) * size_76 + (((h + ((-1) * k_h))) / 2)) * size_77 + (q_ + (((((-1) * k_w) + w_0_)) / 2))] * ((float)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_78[(((n) * C + c) * size_76 + (((h + ((-1) * k_h))) / 2)) * size_77 + (q_ + (((((-1) * k_w) + w_0_)) / 2))]))));
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
                        const int64_t k_h_lo_87 = derive_imax(0, (2 + h + size_89));
                        const int64_t k_h_hi_88 = derive_imin(1, h);
                        const int64_t k_h_r_90 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_87 + derive_imod(k_h_r_90 - k_h_lo_87, 2); k_h <= k_h_hi_88; k_h += 2) {
                            {
                                const int64_t k_w_lo_91 = size_95;
                                const int64_t k_w_hi_92 = size_96;
                                for (int64_t k_w = k_w_lo_91; k_w <= k_w_hi_92; ++k_w) {
                                    {
                                        const int64_t w_lo_98 = derive_imax(0, k_w);
                                        const int64_t w_hi_99 = derive_imin(((-1) + W), ((-2) + k_w + size_97));
                                        const int64_t w_r_100 = derive_imod(-(k_w) * 1, 2);
                                        const int64_t w_0_ = w_lo_98 + derive_imod(w_r_100 - w_lo_98, 2);
                                        const int64_t q__hi_101 = derive_fdiv(w_hi_99 - w_0_, 2);
                                        for (int64_t q_ = 0; q_ <= q__hi_101; ++q_)
                                            grad_x[(((n) * C + c) * H + h) * W + ((2 * q_) + w_0_)] += (grad_y[(((n) * C + c) * size_76 + (((h + ((-1) * k_h))) / 2)) * size_77 + (q_ + (((((-1) * k_w) + w_0_)) / 2))] * ((float)((k_h >= 0) & (k_w >= 0) & (k_h <= 1) & (k_w <= 1) & ((k_w + (2 * k_h)) == table_code_78[(((n) * C + c) * size_76 + (((h + ((-1) * k_h))) / 2)) * size_77 + (q_ + (((((-1) * k_w) + w_0_)) / 2))]))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    free(table_code_78);
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

