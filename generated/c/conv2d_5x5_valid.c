/* conv2d: forward and backward kernels (C99)
 *
 * 2-d convolution (cross-correlation), as torch.nn.functional.conv2d
 * Configuration: kernel_size=5, stride=1, padding='valid', dilation=1, groups=1, bias=True
 *
 * Forward:
 *   y[n, o, i, j] = b[o] + Sum(w[o, c, k_h, k_w]*x[n, c, d_h*k_h + i*s_h - p_h, d_w*k_w + j*s_w
 *       - p_w], (c, 0, C - 1), (k_h, 0, K_h - 1), (k_w, 0, K_w - 1))
 *
 * Gradient of x:
 *   x[n, c, h, w] = Sum(grad_y[n, o, h - k_h, -k_w + w]*w[o, c, k_h, k_w], (o, 0, O - 1), (k_h,
 *       Max(0, -H + h + 5), Min(4, h)), (k_w, Max(0, -W + w + 5), Min(4, w)))
 *
 * Gradient of w:
 *   w[o, c, k_h, k_w] = Sum(grad_y[n, o, i, j]*x[n, c, i + k_h, j + k_w], (n, 0, N - 1), (i,
 *       Max(0, -k_h), Min(H - 5, H - k_h - 1)), (j, Max(0, -k_w), Min(W - 5, W - k_w - 1)))
 *
 * Gradient of b:
 *   b[o] = Sum(grad_y[n, o, i, j], (n, 0, N - 1), (i, 0, H - 5), (j, 0, W - 5))
 *
 * Sizes given at run time: N, C, H, W, O.
 * Every array is contiguous, row-major (x[batch, channel, h, w], w[out channel, channel, tap, tap], b[out channel], y[batch, out channel, out h, out w]).
 * Entry points return 0 on success and an error code otherwise;
 * derive_conv2d_error_message(code) names the problem.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "conv2d_5x5_valid.h"

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

const char *derive_conv2d_error_message(int code)
{
    switch (code) {
    case 0: return "no error";
    case 1: return "size N must be positive (empty tensors are not supported)";
    case 2: return "size C must be positive (empty tensors are not supported)";
    case 3: return "size H must be positive (empty tensors are not supported)";
    case 4: return "size W must be positive (empty tensors are not supported)";
    case 5: return "size O must be positive (empty tensors are not supported)";
    case 6: return "w: axis 1 (channel) has the wrong extent; expected C";
    case 7: return "w: axis 2 (tap) has the wrong extent; expected K_h = 5";
    case 8: return "w: axis 3 (tap) has the wrong extent; expected K_w = 5";
    case 9: return "b: axis 0 (out channel) has the wrong extent; expected O";
    case 10: return "the output axis 0 (batch) would be empty: the window does not fit the padded input";
    case 11: return "the output axis 1 (out channel) would be empty: the window does not fit the padded input";
    case 12: return "the output axis 2 (out h) would be empty: the window does not fit the padded input";
    case 13: return "the output axis 3 (out w) would be empty: the window does not fit the padded input";
    default: return "unknown error code";
    }
}

int derive_conv2d_sizes(const int64_t *dims, int64_t *sizes)
{
    (void)dims; (void)sizes;
    int64_t N = 0;
    int64_t C = 0;
    int64_t H = 0;
    int64_t W = 0;
    int64_t O = 0;
    N = dims[0];
    C = dims[1];
    H = dims[2];
    W = dims[3];
    O = dims[4];
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    if (O < 1) return 5;
    if (dims[5] != C) return 6;
    if (dims[6] != 5) return 7;
    if (dims[7] != 5) return 8;
    if (dims[8] != O) return 9;
    sizes[0] = N;
    sizes[1] = C;
    sizes[2] = H;
    sizes[3] = W;
    sizes[4] = O;
    return 0;
}

int derive_conv2d_output_shape(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, int64_t *shape)
{
    (void)shape;
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    if (O < 1) return 5;
    shape[0] = N;
    if (shape[0] < 1) return 10;
    shape[1] = O;
    if (shape[1] < 1) return 11;
    shape[2] = ((-4) + H);
    if (shape[2] < 1) return 12;
    shape[3] = ((-4) + W);
    if (shape[3] < 1) return 13;
    return 0;
}

static int derive_conv2d_check(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O)
{
    if (N < 1) return 1;
    if (C < 1) return 2;
    if (H < 1) return 3;
    if (W < 1) return 4;
    if (O < 1) return 5;
    if (((-4) + H) < 1) return 12;
    if (((-4) + W) < 1) return 13;
    return 0;
}

int derive_conv2d_forward_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *restrict x, const double *restrict w, const double *restrict b, double *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_1 = (C * N * O * (1 + derive_imin(4, ((-1) + H))) * (1 + derive_imin(4, ((-1) + W))) * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
#pragma omp parallel for collapse(2) schedule(static) if(work_1 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t o = 0; o < O; ++o) {
            for (int64_t i = 0; i < ((-4) + H); ++i) {
                for (int64_t j = 0; j < ((-4) + W); ++j) y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = 0;
                {
                    {
                        const int64_t j_lo_2 = 0;
                        const int64_t j_hi_3 = ((-5) + W);
                        for (int64_t j = j_lo_2; j <= j_hi_3; ++j)
                            y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += b[o];
                    }
                }
                {
                    const int64_t c_lo_4 = 0;
                    const int64_t c_hi_5 = ((-1) + C);
                    for (int64_t c = c_lo_4; c <= c_hi_5; ++c) {
                        {
                            const int64_t k_h_lo_6 = derive_imax(0, ((-1) * i));
                            const int64_t k_h_hi_7 = derive_imin(4, ((-1) + H + ((-1) * i)));
                            for (int64_t k_h = k_h_lo_6; k_h <= k_h_hi_7; ++k_h) {
                                {
                                    const int64_t k_w_lo_8 = 0;
                                    const int64_t k_w_hi_9 = 4;
                                    for (int64_t k_w = k_w_lo_8; k_w <= k_w_hi_9; ++k_w) {
                                        {
                                            const int64_t j_lo_10 = derive_imax(0, ((-1) * k_w));
                                            const int64_t j_hi_11 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                            for (int64_t j = j_lo_10; j <= j_hi_11; ++j)
                                                y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += (w[(((o) * C + c) * 5 + k_h) * 5 + k_w] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                        }
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

int derive_conv2d_backward_x_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_12 = (C * H * N * O * W);
#pragma omp parallel for collapse(2) schedule(static) if(work_12 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t h = 0; h < H; ++h) {
                for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                {
                    const int64_t o_lo_13 = 0;
                    const int64_t o_hi_14 = ((-1) + O);
                    for (int64_t o = o_lo_13; o <= o_hi_14; ++o) {
                        {
                            const int64_t k_h_lo_15 = derive_imax(0, (5 + h + ((-1) * H)));
                            const int64_t k_h_hi_16 = derive_imin(4, h);
                            for (int64_t k_h = k_h_lo_15; k_h <= k_h_hi_16; ++k_h) {
                                {
                                    const int64_t k_w_lo_17 = derive_imax(0, (5 + ((-1) * W)));
                                    const int64_t k_w_hi_18 = derive_imin(4, ((-1) + W));
                                    for (int64_t k_w = k_w_lo_17; k_w <= k_w_hi_18; ++k_w) {
                                        {
                                            const int64_t w__lo_19 = derive_imax(0, k_w);
                                            const int64_t w__hi_20 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                            for (int64_t w_ = w__lo_19; w_ <= w__hi_20; ++w_)
                                                grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))] * w[(((o) * C + c) * 5 + k_h) * 5 + k_w]);
                                        }
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

int derive_conv2d_backward_w_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_w)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_w;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_21 = (25 * C * N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
#pragma omp parallel for collapse(2) schedule(static) if(work_21 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t k_h = 0; k_h < 5; ++k_h) {
                for (int64_t k_w = 0; k_w < 5; ++k_w) {
                    double acc_22 = 0;
                    {
                        const int64_t n_lo_23 = 0;
                        const int64_t n_hi_24 = ((-1) + N);
                        for (int64_t n = n_lo_23; n <= n_hi_24; ++n) {
                            {
                                const int64_t i_lo_25 = derive_imax(0, ((-1) * k_h));
                                const int64_t i_hi_26 = derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)));
                                for (int64_t i = i_lo_25; i <= i_hi_26; ++i) {
                                    {
                                        const int64_t j_lo_27 = derive_imax(0, ((-1) * k_w));
                                        const int64_t j_hi_28 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_22)
#endif
                                        for (int64_t j = j_lo_27; j <= j_hi_28; ++j) {
                                            acc_22 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                        }
                                    }
                                }
                            }
                        }
                    }
                    grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_22;
                }
            }
        }
    }
    return 0;
}

int derive_conv2d_backward_b_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, const double *restrict y, double *restrict grad_b)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_b;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_29 = (N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
#pragma omp parallel for schedule(static) if(work_29 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        double acc_30 = 0;
        {
            const int64_t n_lo_31 = 0;
            const int64_t n_hi_32 = ((-1) + N);
            for (int64_t n = n_lo_31; n <= n_hi_32; ++n) {
                {
                    const int64_t i_lo_33 = 0;
                    const int64_t i_hi_34 = ((-5) + H);
                    for (int64_t i = i_lo_33; i <= i_hi_34; ++i) {
                        {
                            const int64_t j_lo_35 = 0;
                            const int64_t j_hi_36 = ((-5) + W);
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_30)
#endif
                            for (int64_t j = j_lo_35; j <= j_hi_36; ++j) {
                                acc_30 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                            }
                        }
                    }
                }
            }
        }
        grad_b[o] = acc_30;
    }
    return 0;
}

int derive_conv2d_backward_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *restrict grad_y, const double *restrict x, const double *restrict w, const double *restrict b, double *restrict y, double *restrict grad_x, double *restrict grad_w, double *restrict grad_b)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    (void)grad_w;
    (void)grad_b;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_conv2d_backward_x_f64(N, C, H, W, O, grad_y, x, w, b, y, grad_x);
        if (status) return status;
    }
    if (grad_w != NULL) {
        status = derive_conv2d_backward_w_f64(N, C, H, W, O, grad_y, x, w, b, y, grad_w);
        if (status) return status;
    }
    if (grad_b != NULL) {
        status = derive_conv2d_backward_b_f64(N, C, H, W, O, grad_y, x, w, b, y, grad_b);
        if (status) return status;
    }
    return 0;
}

int derive_conv2d_forward_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *restrict x, const float *restrict w, const float *restrict b, float *restrict y)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_37 = (C * N * O * (1 + derive_imin(4, ((-1) + H))) * (1 + derive_imin(4, ((-1) + W))) * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
#pragma omp parallel for collapse(2) schedule(static) if(work_37 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t o = 0; o < O; ++o) {
            for (int64_t i = 0; i < ((-4) + H); ++i) {
                for (int64_t j = 0; j < ((-4) + W); ++j) y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] = 0;
                {
                    {
                        const int64_t j_lo_38 = 0;
                        const int64_t j_hi_39 = ((-5) + W);
                        for (int64_t j = j_lo_38; j <= j_hi_39; ++j)
                            y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += b[o];
                    }
                }
                {
                    const int64_t c_lo_40 = 0;
                    const int64_t c_hi_41 = ((-1) + C);
                    for (int64_t c = c_lo_40; c <= c_hi_41; ++c) {
                        {
                            const int64_t k_h_lo_42 = derive_imax(0, ((-1) * i));
                            const int64_t k_h_hi_43 = derive_imin(4, ((-1) + H + ((-1) * i)));
                            for (int64_t k_h = k_h_lo_42; k_h <= k_h_hi_43; ++k_h) {
                                {
                                    const int64_t k_w_lo_44 = 0;
                                    const int64_t k_w_hi_45 = 4;
                                    for (int64_t k_w = k_w_lo_44; k_w <= k_w_hi_45; ++k_w) {
                                        {
                                            const int64_t j_lo_46 = derive_imax(0, ((-1) * k_w));
                                            const int64_t j_hi_47 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
                                            for (int64_t j = j_lo_46; j <= j_hi_47; ++j)
                                                y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] += (w[(((o) * C + c) * 5 + k_h) * 5 + k_w] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                        }
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

int derive_conv2d_backward_x_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_x)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_48 = (C * H * N * O * W);
#pragma omp parallel for collapse(2) schedule(static) if(work_48 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t h = 0; h < H; ++h) {
                for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                {
                    const int64_t o_lo_49 = 0;
                    const int64_t o_hi_50 = ((-1) + O);
                    for (int64_t o = o_lo_49; o <= o_hi_50; ++o) {
                        {
                            const int64_t k_h_lo_51 = derive_imax(0, (5 + h + ((-1) * H)));
                            const int64_t k_h_hi_52 = derive_imin(4, h);
                            for (int64_t k_h = k_h_lo_51; k_h <= k_h_hi_52; ++k_h) {
                                {
                                    const int64_t k_w_lo_53 = derive_imax(0, (5 + ((-1) * W)));
                                    const int64_t k_w_hi_54 = derive_imin(4, ((-1) + W));
                                    for (int64_t k_w = k_w_lo_53; k_w <= k_w_hi_54; ++k_w) {
                                        {
                                            const int64_t w__lo_55 = derive_imax(0, k_w);
                                            const int64_t w__hi_56 = derive_imin(((-1) + W), ((-5) + k_w + W));
                                            for (int64_t w_ = w__lo_55; w_ <= w__hi_56; ++w_)
                                                grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * ((-4) + H) + (h + ((-1) * k_h))) * ((-4) + W) + (w_ + ((-1) * k_w))] * w[(((o) * C + c) * 5 + k_h) * 5 + k_w]);
                                        }
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

int derive_conv2d_backward_w_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_w)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_w;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_57 = (25 * C * N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
#pragma omp parallel for collapse(2) schedule(static) if(work_57 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t k_h = 0; k_h < 5; ++k_h) {
                for (int64_t k_w = 0; k_w < 5; ++k_w) {
                    float acc_58 = 0;
                    {
                        const int64_t n_lo_59 = 0;
                        const int64_t n_hi_60 = ((-1) + N);
                        for (int64_t n = n_lo_59; n <= n_hi_60; ++n) {
                            {
                                const int64_t i_lo_61 = derive_imax(0, ((-1) * k_h));
                                const int64_t i_hi_62 = derive_imin(((-5) + H), ((-1) + H + ((-1) * k_h)));
                                for (int64_t i = i_lo_61; i <= i_hi_62; ++i) {
                                    {
                                        const int64_t j_lo_63 = derive_imax(0, ((-1) * k_w));
                                        const int64_t j_hi_64 = derive_imin(((-5) + W), ((-1) + W + ((-1) * k_w)));
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_58)
#endif
                                        for (int64_t j = j_lo_63; j <= j_hi_64; ++j) {
                                            acc_58 += (grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j] * x[(((n) * C + c) * H + (i + k_h)) * W + (j + k_w)]);
                                        }
                                    }
                                }
                            }
                        }
                    }
                    grad_w[(((o) * C + c) * 5 + k_h) * 5 + k_w] = acc_58;
                }
            }
        }
    }
    return 0;
}

int derive_conv2d_backward_b_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, const float *restrict y, float *restrict grad_b)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_b;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
#ifdef _OPENMP
    const int64_t work_65 = (N * O * derive_imax(1, ((-4) + H)) * derive_imax(1, ((-4) + W)));
#pragma omp parallel for schedule(static) if(work_65 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        float acc_66 = 0;
        {
            const int64_t n_lo_67 = 0;
            const int64_t n_hi_68 = ((-1) + N);
            for (int64_t n = n_lo_67; n <= n_hi_68; ++n) {
                {
                    const int64_t i_lo_69 = 0;
                    const int64_t i_hi_70 = ((-5) + H);
                    for (int64_t i = i_lo_69; i <= i_hi_70; ++i) {
                        {
                            const int64_t j_lo_71 = 0;
                            const int64_t j_hi_72 = ((-5) + W);
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_66)
#endif
                            for (int64_t j = j_lo_71; j <= j_hi_72; ++j) {
                                acc_66 += grad_y[(((n) * O + o) * ((-4) + H) + i) * ((-4) + W) + j];
                            }
                        }
                    }
                }
            }
        }
        grad_b[o] = acc_66;
    }
    return 0;
}

int derive_conv2d_backward_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *restrict grad_y, const float *restrict x, const float *restrict w, const float *restrict b, float *restrict y, float *restrict grad_x, float *restrict grad_w, float *restrict grad_b)
{
    (void)N;
    (void)C;
    (void)H;
    (void)W;
    (void)O;
    (void)grad_y;
    (void)x;
    (void)w;
    (void)b;
    (void)y;
    (void)grad_x;
    (void)grad_w;
    (void)grad_b;
    int status = derive_conv2d_check(N, C, H, W, O);
    if (status) return status;
    if (grad_x != NULL) {
        status = derive_conv2d_backward_x_f32(N, C, H, W, O, grad_y, x, w, b, y, grad_x);
        if (status) return status;
    }
    if (grad_w != NULL) {
        status = derive_conv2d_backward_w_f32(N, C, H, W, O, grad_y, x, w, b, y, grad_w);
        if (status) return status;
    }
    if (grad_b != NULL) {
        status = derive_conv2d_backward_b_f32(N, C, H, W, O, grad_y, x, w, b, y, grad_b);
        if (status) return status;
    }
    return 0;
}

