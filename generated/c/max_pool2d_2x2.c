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
                        for (int64_t k_h_3 = 0; k_h_3 <= 1; ++k_h_3) {
                            for (int64_t k_w_4 = 0; k_w_4 <= 1; ++k_w_4) {
                                const double v_7 = x[(((n) * C + c) * H + (k_h_3 + (2 * i))) * W + (k_w_4 + (2 * j))];
                                const int up_8 = (!found_6) | (v_7 > best_5);
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
                        for (int64_t k_h_3 = 0; k_h_3 <= 1; ++k_h_3) {
                            for (int64_t k_w_4 = 0; k_w_4 <= 1; ++k_w_4) {
                                const double v_7 = x[(((n) * C + c) * H + (k_h_3 + (2 * i))) * W + (k_w_4 + (2 * j))];
                                const int up_8 = (!found_6) | (v_7 > best_5);
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
    const int64_t size_17 = derive_fdiv(H, 2);
    const int64_t size_21 = derive_fdiv(W, 2);
    int64_t offset_29[4];
    for (int64_t q_30 = 0; q_30 < 4; ++q_30) {
        const int64_t k_h = 0 + (q_30 / 2) % 2;
        const int64_t k_w = 0 + (q_30 / 1) % 2;
        offset_29[q_30] = (k_w + (k_h * W));
    }
#ifdef _OPENMP
    const int64_t work_31 = (C * N * derive_fdiv(H, 2) * derive_fdiv(W, 2));
    if (work_31 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_12 = 0; o_12 < N; ++o_12) {
            for (int64_t o_13 = 0; o_13 < C; ++o_13) {
                for (int64_t q_16 = 0; q_16 < (H * W); ++q_16) grad_x[(((o_12) * C + o_13) * H + 0) * W + 0 + q_16] = 0;
                for (int64_t o_14 = 0; o_14 < size_17; ++o_14) {
                    for (int64_t ob_18 = 0; ob_18 < size_21; ob_18 += 256) {
                        const int64_t oe_19 = derive_imin(ob_18 + 256, size_21);
                        int row_20[256];
                        for (int64_t o_15 = ob_18; o_15 < oe_19; ++o_15) {
                            double best_24 = 0;
                            int code_26 = -1;
                            for (int64_t k_h_22 = 0; k_h_22 <= 1; ++k_h_22) {
                                for (int64_t k_w_23 = 0; k_w_23 <= 1; ++k_w_23) {
                                    const double v_27 = x[(((o_12) * C + o_13) * H + (k_h_22 + (2 * o_14))) * W + (k_w_23 + (2 * o_15))];
                                    const int up_28 = (code_26 < 0) | (v_27 > best_24);
                                    best_24 = up_28 ? v_27 : best_24;
                                    code_26 = (code_26 & ~-up_28) | ((int)((k_h_22 - (0)) * 2 + (k_w_23 - (0)) * 1) & -up_28);
                                }
                            }
                            row_20[o_15 - ob_18] = code_26;
                        }
                        for (int64_t o_15 = ob_18; o_15 < oe_19; ++o_15) {
                            const int code_26 = row_20[o_15 - ob_18];
                            if (code_26 < 0) continue;
                            grad_x[((2 * o_15) + (2 * o_14 * W) + (o_13 * H * W) + (o_12 * C * H * W)) + offset_29[code_26]] = grad_y[(((o_12) * C + o_13) * size_17 + o_14) * size_21 + o_15];
                        }
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_12 = 0; o_12 < N; ++o_12) {
            for (int64_t o_13 = 0; o_13 < C; ++o_13) {
                for (int64_t q_16 = 0; q_16 < (H * W); ++q_16) grad_x[(((o_12) * C + o_13) * H + 0) * W + 0 + q_16] = 0;
                for (int64_t o_14 = 0; o_14 < size_17; ++o_14) {
                    for (int64_t ob_18 = 0; ob_18 < size_21; ob_18 += 256) {
                        const int64_t oe_19 = derive_imin(ob_18 + 256, size_21);
                        int row_20[256];
                        for (int64_t o_15 = ob_18; o_15 < oe_19; ++o_15) {
                            double best_24 = 0;
                            int code_26 = -1;
                            for (int64_t k_h_22 = 0; k_h_22 <= 1; ++k_h_22) {
                                for (int64_t k_w_23 = 0; k_w_23 <= 1; ++k_w_23) {
                                    const double v_27 = x[(((o_12) * C + o_13) * H + (k_h_22 + (2 * o_14))) * W + (k_w_23 + (2 * o_15))];
                                    const int up_28 = (code_26 < 0) | (v_27 > best_24);
                                    best_24 = up_28 ? v_27 : best_24;
                                    code_26 = (code_26 & ~-up_28) | ((int)((k_h_22 - (0)) * 2 + (k_w_23 - (0)) * 1) & -up_28);
                                }
                            }
                            row_20[o_15 - ob_18] = code_26;
                        }
                        for (int64_t o_15 = ob_18; o_15 < oe_19; ++o_15) {
                            const int code_26 = row_20[o_15 - ob_18];
                            if (code_26 < 0) continue;
                            grad_x[((2 * o_15) + (2 * o_14 * W) + (o_13 * H * W) + (o_12 * C * H * W)) + offset_29[code_26]] = grad_y[(((o_12) * C + o_13) * size_17 + o_14) * size_21 + o_15];
                        }
                    }
                }
            }
        }
    }
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
    const int64_t size_32 = derive_fdiv(H, 2);
    const int64_t size_33 = derive_fdiv(W, 2);
#ifdef _OPENMP
    const int64_t work_42 = (C * N * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))) * derive_imax(1, derive_fdiv(H, 2)) * derive_imax(1, derive_fdiv(W, 2)));
    if (work_42 >= 32768) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < size_32; ++i) {
                    for (int64_t j = 0; j < size_33; ++j) {
                        float best_36 = 0;
                        int found_37 = 0;
                        for (int64_t k_h_34 = 0; k_h_34 <= 1; ++k_h_34) {
                            for (int64_t k_w_35 = 0; k_w_35 <= 1; ++k_w_35) {
                                const float v_38 = x[(((n) * C + c) * H + (k_h_34 + (2 * i))) * W + (k_w_35 + (2 * j))];
                                const int up_39 = (!found_37) | (v_38 > best_36);
                                best_36 = up_39 ? v_38 : best_36;
                                found_37 = 1;
                            }
                        }
                        const float wmax_40 = found_37 ? best_36 : -INFINITY;
                        float acc_41 = 0;
                        {
                            acc_41 += wmax_40;
                        }
                        y[(((n) * C + c) * size_32 + i) * size_33 + j] = acc_41;
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t n = 0; n < N; ++n) {
            for (int64_t c = 0; c < C; ++c) {
                for (int64_t i = 0; i < size_32; ++i) {
                    for (int64_t j = 0; j < size_33; ++j) {
                        float best_36 = 0;
                        int found_37 = 0;
                        for (int64_t k_h_34 = 0; k_h_34 <= 1; ++k_h_34) {
                            for (int64_t k_w_35 = 0; k_w_35 <= 1; ++k_w_35) {
                                const float v_38 = x[(((n) * C + c) * H + (k_h_34 + (2 * i))) * W + (k_w_35 + (2 * j))];
                                const int up_39 = (!found_37) | (v_38 > best_36);
                                best_36 = up_39 ? v_38 : best_36;
                                found_37 = 1;
                            }
                        }
                        const float wmax_40 = found_37 ? best_36 : -INFINITY;
                        float acc_41 = 0;
                        {
                            acc_41 += wmax_40;
                        }
                        y[(((n) * C + c) * size_32 + i) * size_33 + j] = acc_41;
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
    const int64_t size_48 = derive_fdiv(H, 2);
    const int64_t size_52 = derive_fdiv(W, 2);
    int64_t offset_60[4];
    for (int64_t q_61 = 0; q_61 < 4; ++q_61) {
        const int64_t k_h = 0 + (q_61 / 2) % 2;
        const int64_t k_w = 0 + (q_61 / 1) % 2;
        offset_60[q_61] = (k_w + (k_h * W));
    }
#ifdef _OPENMP
    const int64_t work_62 = (C * N * derive_fdiv(H, 2) * derive_fdiv(W, 2));
    if (work_62 >= 4096) {
#pragma omp parallel for collapse(2) schedule(static)
        for (int64_t o_43 = 0; o_43 < N; ++o_43) {
            for (int64_t o_44 = 0; o_44 < C; ++o_44) {
                for (int64_t q_47 = 0; q_47 < (H * W); ++q_47) grad_x[(((o_43) * C + o_44) * H + 0) * W + 0 + q_47] = 0;
                for (int64_t o_45 = 0; o_45 < size_48; ++o_45) {
                    for (int64_t ob_49 = 0; ob_49 < size_52; ob_49 += 256) {
                        const int64_t oe_50 = derive_imin(ob_49 + 256, size_52);
                        int row_51[256];
                        for (int64_t o_46 = ob_49; o_46 < oe_50; ++o_46) {
                            float best_55 = 0;
                            int code_57 = -1;
                            for (int64_t k_h_53 = 0; k_h_53 <= 1; ++k_h_53) {
                                for (int64_t k_w_54 = 0; k_w_54 <= 1; ++k_w_54) {
                                    const float v_58 = x[(((o_43) * C + o_44) * H + (k_h_53 + (2 * o_45))) * W + (k_w_54 + (2 * o_46))];
                                    const int up_59 = (code_57 < 0) | (v_58 > best_55);
                                    best_55 = up_59 ? v_58 : best_55;
                                    code_57 = (code_57 & ~-up_59) | ((int)((k_h_53 - (0)) * 2 + (k_w_54 - (0)) * 1) & -up_59);
                                }
                            }
                            row_51[o_46 - ob_49] = code_57;
                        }
                        for (int64_t o_46 = ob_49; o_46 < oe_50; ++o_46) {
                            const int code_57 = row_51[o_46 - ob_49];
                            if (code_57 < 0) continue;
                            grad_x[((2 * o_46) + (2 * o_45 * W) + (o_44 * H * W) + (o_43 * C * H * W)) + offset_60[code_57]] = grad_y[(((o_43) * C + o_44) * size_48 + o_45) * size_52 + o_46];
                        }
                    }
                }
            }
        }
    } else
#endif
    {
        for (int64_t o_43 = 0; o_43 < N; ++o_43) {
            for (int64_t o_44 = 0; o_44 < C; ++o_44) {
                for (int64_t q_47 = 0; q_47 < (H * W); ++q_47) grad_x[(((o_43) * C + o_44) * H + 0) * W + 0 + q_47] = 0;
                for (int64_t o_45 = 0; o_45 < size_48; ++o_45) {
                    for (int64_t ob_49 = 0; ob_49 < size_52; ob_49 += 256) {
                        const int64_t oe_50 = derive_imin(ob_49 + 256, size_52);
                        int row_51[256];
                        for (int64_t o_46 = ob_49; o_46 < oe_50; ++o_46) {
                            float best_55 = 0;
                            int code_57 = -1;
                            for (int64_t k_h_53 = 0; k_h_53 <= 1; ++k_h_53) {
                                for (int64_t k_w_54 = 0; k_w_54 <= 1; ++k_w_54) {
                                    const float v_58 = x[(((o_43) * C + o_44) * H + (k_h_53 + (2 * o_45))) * W + (k_w_54 + (2 * o_46))];
                                    const int up_59 = (code_57 < 0) | (v_58 > best_55);
                                    best_55 = up_59 ? v_58 : best_55;
                                    code_57 = (code_57 & ~-up_59) | ((int)((k_h_53 - (0)) * 2 + (k_w_54 - (0)) * 1) & -up_59);
                                }
                            }
                            row_51[o_46 - ob_49] = code_57;
                        }
                        for (int64_t o_46 = ob_49; o_46 < oe_50; ++o_46) {
                            const int code_57 = row_51[o_46 - ob_49];
                            if (code_57 < 0) continue;
                            grad_x[((2 * o_46) + (2 * o_45 * W) + (o_44 * H * W) + (o_43 * C * H * W)) + offset_60[code_57]] = grad_y[(((o_43) * C + o_44) * size_48 + o_45) * size_52 + o_46];
                        }
                    }
                }
            }
        }
    }
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

