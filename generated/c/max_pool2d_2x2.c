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
#ifdef _OPENMP
    const int64_t work_1 = (C * N * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))) * derive_imax(1, derive_fdiv(H, 2)) * derive_imax(1, derive_fdiv(W, 2)));
#pragma omp parallel for collapse(2) schedule(static) if(work_1 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t i = 0; i < derive_fdiv(H, 2); ++i) {
                for (int64_t j = 0; j < derive_fdiv(W, 2); ++j) {
                    double best_4 = 0;
                    int found_5 = 0;
                    for (int64_t k_h_2 = derive_imax(0, ((-2) * i)); k_h_2 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_2) {
                        for (int64_t k_w_3 = derive_imax(0, ((-2) * j)); k_w_3 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_3) {
                            const double v_6 = x[(((n) * C + c) * H + (k_h_2 + (2 * i))) * W + (k_w_3 + (2 * j))];
                            if (!found_5 || v_6 > best_4) { best_4 = v_6; found_5 = 1; }
                        }
                    }
                    const double wmax_7 = found_5 ? best_4 : -INFINITY;
                    double acc_8 = 0;
                    {
                        acc_8 += wmax_7;
                    }
                    y[(((n) * C + c) * derive_fdiv(H, 2) + i) * derive_fdiv(W, 2) + j] = acc_8;
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
#ifdef _OPENMP
    const int64_t work_9 = (C * H * N * W * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))));
#pragma omp parallel for collapse(2) schedule(static) if(work_9 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t h = 0; h < H; ++h) {
                for (int64_t w = 0; w < W; ++w) {
                    double acc_10 = 0;
                    {
                        const int64_t k_h_lo_11 = derive_imax(0, (2 + h + ((-2) * derive_fdiv(H, 2))));
                        const int64_t k_h_hi_12 = derive_imin(1, h);
                        const int64_t k_h_r_13 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_11 + derive_imod(k_h_r_13 - k_h_lo_11, 2); k_h <= k_h_hi_12; k_h += 2) {
                            {
                                const int64_t k_w_lo_14 = derive_imax(0, (2 + w + ((-2) * derive_fdiv(W, 2))));
                                const int64_t k_w_hi_15 = derive_imin(1, w);
                                const int64_t k_w_r_16 = derive_imod(-(((-1) * w)) * 1, 2);
                                for (int64_t k_w = k_w_lo_14 + derive_imod(k_w_r_16 - k_w_lo_14, 2); k_w <= k_w_hi_15; k_w += 2) {
                                    double best_19 = 0;
                                    int found_20 = 0;
                                    int64_t at_21 = 0;
                                    int64_t at_22 = 0;
                                    for (int64_t k_h_17 = derive_imax(0, (k_h + ((-1) * h))); k_h_17 <= derive_imin(1, ((-1) + k_h + H + ((-1) * h))); ++k_h_17) {
                                        for (int64_t k_w_18 = derive_imax(0, (k_w + ((-1) * w))); k_w_18 <= derive_imin(1, ((-1) + k_w + W + ((-1) * w))); ++k_w_18) {
                                            const double v_23 = x[(((n) * C + c) * H + (h + k_h_17 + ((-1) * k_h))) * W + (k_w_18 + w + ((-1) * k_w))];
                                            if (!found_20 || v_23 > best_19) { best_19 = v_23; found_20 = 1; at_21 = k_h_17; at_22 = k_w_18; }
                                        }
                                    }
                                    const double share_24 = (found_20 && at_21 == k_h && at_22 == k_w) ? (double)1 : (double)0;
                                    acc_10 += (share_24 * grad_y[(((n) * C + c) * derive_fdiv(H, 2) + (((h + ((-1) * k_h))) / 2)) * derive_fdiv(W, 2) + (((w + ((-1) * k_w))) / 2)]);
                                }
                            }
                        }
                    }
                    grad_x[(((n) * C + c) * H + h) * W + w] = acc_10;
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
#ifdef _OPENMP
    const int64_t work_25 = (C * N * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))) * derive_imax(1, derive_fdiv(H, 2)) * derive_imax(1, derive_fdiv(W, 2)));
#pragma omp parallel for collapse(2) schedule(static) if(work_25 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t i = 0; i < derive_fdiv(H, 2); ++i) {
                for (int64_t j = 0; j < derive_fdiv(W, 2); ++j) {
                    float best_28 = 0;
                    int found_29 = 0;
                    for (int64_t k_h_26 = derive_imax(0, ((-2) * i)); k_h_26 <= derive_imin(1, ((-1) + H + ((-2) * i))); ++k_h_26) {
                        for (int64_t k_w_27 = derive_imax(0, ((-2) * j)); k_w_27 <= derive_imin(1, ((-1) + W + ((-2) * j))); ++k_w_27) {
                            const float v_30 = x[(((n) * C + c) * H + (k_h_26 + (2 * i))) * W + (k_w_27 + (2 * j))];
                            if (!found_29 || v_30 > best_28) { best_28 = v_30; found_29 = 1; }
                        }
                    }
                    const float wmax_31 = found_29 ? best_28 : -INFINITY;
                    float acc_32 = 0;
                    {
                        acc_32 += wmax_31;
                    }
                    y[(((n) * C + c) * derive_fdiv(H, 2) + i) * derive_fdiv(W, 2) + j] = acc_32;
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
#ifdef _OPENMP
    const int64_t work_33 = (C * H * N * W * (1 + derive_imin(1, ((-1) + H))) * (1 + derive_imin(1, ((-1) + W))));
#pragma omp parallel for collapse(2) schedule(static) if(work_33 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t h = 0; h < H; ++h) {
                for (int64_t w = 0; w < W; ++w) {
                    float acc_34 = 0;
                    {
                        const int64_t k_h_lo_35 = derive_imax(0, (2 + h + ((-2) * derive_fdiv(H, 2))));
                        const int64_t k_h_hi_36 = derive_imin(1, h);
                        const int64_t k_h_r_37 = derive_imod(-(((-1) * h)) * 1, 2);
                        for (int64_t k_h = k_h_lo_35 + derive_imod(k_h_r_37 - k_h_lo_35, 2); k_h <= k_h_hi_36; k_h += 2) {
                            {
                                const int64_t k_w_lo_38 = derive_imax(0, (2 + w + ((-2) * derive_fdiv(W, 2))));
                                const int64_t k_w_hi_39 = derive_imin(1, w);
                                const int64_t k_w_r_40 = derive_imod(-(((-1) * w)) * 1, 2);
                                for (int64_t k_w = k_w_lo_38 + derive_imod(k_w_r_40 - k_w_lo_38, 2); k_w <= k_w_hi_39; k_w += 2) {
                                    float best_43 = 0;
                                    int found_44 = 0;
                                    int64_t at_45 = 0;
                                    int64_t at_46 = 0;
                                    for (int64_t k_h_41 = derive_imax(0, (k_h + ((-1) * h))); k_h_41 <= derive_imin(1, ((-1) + k_h + H + ((-1) * h))); ++k_h_41) {
                                        for (int64_t k_w_42 = derive_imax(0, (k_w + ((-1) * w))); k_w_42 <= derive_imin(1, ((-1) + k_w + W + ((-1) * w))); ++k_w_42) {
                                            const float v_47 = x[(((n) * C + c) * H + (h + k_h_41 + ((-1) * k_h))) * W + (k_w_42 + w + ((-1) * k_w))];
                                            if (!found_44 || v_47 > best_43) { best_43 = v_47; found_44 = 1; at_45 = k_h_41; at_46 = k_w_42; }
                                        }
                                    }
                                    const float share_48 = (found_44 && at_45 == k_h && at_46 == k_w) ? (float)1 : (float)0;
                                    acc_34 += (share_48 * grad_y[(((n) * C + c) * derive_fdiv(H, 2) + (((h + ((-1) * k_h))) / 2)) * derive_fdiv(W, 2) + (((w + ((-1) * k_w))) / 2)]);
                                }
                            }
                        }
                    }
                    grad_x[(((n) * C + c) * H + h) * W + w] = acc_34;
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

