/* conv2d: forward and backward kernels (C99)
 *
 * 2-d convolution (cross-correlation), as torch.nn.functional.conv2d
 * Configuration: kernel_size=3, stride=2, padding=0, dilation=2, groups=1, bias=True
 *
 * Forward:
 *   y[n, o, i, j] = b[o] + Sum(w[o, c, k_h, k_w]*x[n, c, d_h*k_h + i*s_h - p_h, d_w*k_w + j*s_w
 *       - p_w], (c, 0, C - 1), (k_h, 0, K_h - 1), (k_w, 0, K_w - 1))
 *
 * Gradient of x:
 *   x[n, c, h, w] = Sum(Piecewise((grad_y[n, o, (h - 2*k_h)/2, (-2*k_w + w)/2]*w[o, c, k_h,
 *       k_w], Eq(Mod(h, 2), 0) & Eq(Mod(w, 2), 0)), (0, True)), (o, 0, O - 1), (k_h, Max(0,
 *       ceiling(h/2) - floor(H/2 - 5/2)), Min(2, floor(h/2))), (k_w, Max(0, ceiling(w/2) -
 *       floor(W/2 - 5/2)), Min(2, floor(w/2))))
 *
 * Gradient of w:
 *   w[o, c, k_h, k_w] = Sum(grad_y[n, o, i, j]*x[n, c, 2*i + 2*k_h, 2*j + 2*k_w], (n, 0, N - 1),
 *        (i, Max(0, -k_h), Min(-k_h + floor(H/2 - 1/2), floor(H/2 - 5/2))), (j, Max(0, -k_w),
 *       Min(-k_w + floor(W/2 - 1/2), floor(W/2 - 5/2))))
 *
 * Gradient of b:
 *   b[o] = Sum(grad_y[n, o, i, j], (n, 0, N - 1), (i, 0, floor(H/2 - 5/2)), (j, 0, floor(W/2 -
 *       5/2)))
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

#include "conv2d_3x3_s2_d2.h"

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
    case 7: return "w: axis 2 (tap) has the wrong extent; expected K_h = 3";
    case 8: return "w: axis 3 (tap) has the wrong extent; expected K_w = 3";
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
    if (dims[6] != 3) return 7;
    if (dims[7] != 3) return 8;
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
    shape[2] = (1 + derive_fdiv(((-5) + H), 2));
    if (shape[2] < 1) return 12;
    shape[3] = (1 + derive_fdiv(((-5) + W), 2));
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
    if ((1 + derive_fdiv(((-5) + H), 2)) < 1) return 12;
    if ((1 + derive_fdiv(((-5) + W), 2)) < 1) return 13;
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
    const int64_t work_1 = (C * N * O * (1 + derive_imin(2, derive_fdiv(((-1) + H), 2))) * (1 + derive_imin(2, derive_fdiv(((-1) + W), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + H), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + W), 2))));
#pragma omp parallel for collapse(2) schedule(static) if(work_1 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t o = 0; o < O; ++o) {
            for (int64_t i = 0; i < (1 + derive_fdiv(((-5) + H), 2)); ++i) {
                for (int64_t j = 0; j < (1 + derive_fdiv(((-5) + W), 2)); ++j) y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + i) * (1 + derive_fdiv(((-5) + W), 2)) + j] = 0;
                {
                    {
                        const int64_t j_lo_2 = 0;
                        const int64_t j_hi_3 = derive_fdiv(((-5) + W), 2);
                        for (int64_t j = j_lo_2; j <= j_hi_3; ++j)
                            y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + i) * (1 + derive_fdiv(((-5) + W), 2)) + j] += b[o];
                    }
                }
                {
                    const int64_t c_lo_4 = 0;
                    const int64_t c_hi_5 = ((-1) + C);
                    for (int64_t c = c_lo_4; c <= c_hi_5; ++c) {
                        {
                            const int64_t k_h_lo_6 = derive_imax(0, ((-1) * i));
                            const int64_t k_h_hi_7 = derive_imin(2, (((-1) * i) + derive_fdiv(((-1) + H), 2)));
                            for (int64_t k_h = k_h_lo_6; k_h <= k_h_hi_7; ++k_h) {
                                {
                                    const int64_t k_w_lo_8 = 0;
                                    const int64_t k_w_hi_9 = derive_imin(2, derive_imax(derive_fdiv(((-1) + W), 2), (((-1) * derive_fdiv(((-5) + W), 2)) + derive_fdiv(((-1) + W), 2))));
                                    for (int64_t k_w = k_w_lo_8; k_w <= k_w_hi_9; ++k_w) {
                                        {
                                            const int64_t j_lo_10 = derive_imax(0, ((-1) * k_w));
                                            const int64_t j_hi_11 = derive_imin(derive_fdiv(((-5) + W), 2), (((-1) * k_w) + derive_fdiv(((-1) + W), 2)));
                                            for (int64_t j = j_lo_10; j <= j_hi_11; ++j)
                                                y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + i) * (1 + derive_fdiv(((-5) + W), 2)) + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
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
                            const int64_t k_h_lo_15 = derive_imax(0, (((-1) * derive_fdiv(((-5) + H), 2)) + derive_cdiv(h, 2)));
                            const int64_t k_h_hi_16 = derive_imin(2, derive_fdiv(h, 2));
                            if (derive_imod(((-1) * h), 2) == 0) {
                                for (int64_t k_h = k_h_lo_15; k_h <= k_h_hi_16; ++k_h) {
                                    {
                                        const int64_t k_w_lo_17 = derive_imax(0, ((-1) * derive_fdiv(((-5) + W), 2)));
                                        const int64_t k_w_hi_18 = derive_imin(2, derive_fdiv(((-1) + W), 2));
                                        for (int64_t k_w = k_w_lo_17; k_w <= k_w_hi_18; ++k_w) {
                                            {
                                                const int64_t w__lo_19 = derive_imax(0, (2 * k_w));
                                                const int64_t w__hi_20 = derive_imin(((-1) + W), ((2 * k_w) + (2 * derive_fdiv(((-5) + W), 2))));
                                                const int64_t w__r_21 = derive_imod(-((2 * k_w)) * 1, 2);
                                                for (int64_t w_ = w__lo_19 + derive_imod(w__r_21 - w__lo_19, 2); w_ <= w__hi_20; w_ += 2)
                                                    grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + (((-1) * k_h) + ((h) / 2))) * (1 + derive_fdiv(((-5) + W), 2)) + (((-1) * k_w) + ((w_) / 2))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
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
    const int64_t work_22 = (9 * C * N * O * derive_imax(1, (1 + derive_imin(derive_fdiv(((-5) + H), 2), derive_fdiv(((-1) + H), 2)))) * derive_imax(1, (1 + derive_imin(derive_fdiv(((-5) + W), 2), derive_fdiv(((-1) + W), 2)))));
#pragma omp parallel for collapse(2) schedule(static) if(work_22 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t k_h = 0; k_h < 3; ++k_h) {
                for (int64_t k_w = 0; k_w < 3; ++k_w) {
                    double acc_23 = 0;
                    {
                        const int64_t n_lo_24 = 0;
                        const int64_t n_hi_25 = ((-1) + N);
                        for (int64_t n = n_lo_24; n <= n_hi_25; ++n) {
                            {
                                const int64_t i_lo_26 = derive_imax(0, ((-1) * k_h));
                                const int64_t i_hi_27 = derive_imin(derive_fdiv(((-5) + H), 2), (((-1) * k_h) + derive_fdiv(((-1) + H), 2)));
                                for (int64_t i = i_lo_26; i <= i_hi_27; ++i) {
                                    {
                                        const int64_t j_lo_28 = derive_imax(0, ((-1) * k_w));
                                        const int64_t j_hi_29 = derive_imin(derive_fdiv(((-5) + W), 2), (((-1) * k_w) + derive_fdiv(((-1) + W), 2)));
                                        for (int64_t j = j_lo_28; j <= j_hi_29; ++j) {
                                            acc_23 += (grad_y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + i) * (1 + derive_fdiv(((-5) + W), 2)) + j] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
                                        }
                                    }
                                }
                            }
                        }
                    }
                    grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_23;
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
    const int64_t work_30 = (N * O * derive_imax(1, (1 + derive_fdiv(((-5) + H), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + W), 2))));
#pragma omp parallel for schedule(static) if(work_30 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        double acc_31 = 0;
        {
            const int64_t n_lo_32 = 0;
            const int64_t n_hi_33 = ((-1) + N);
            for (int64_t n = n_lo_32; n <= n_hi_33; ++n) {
                {
                    const int64_t i_lo_34 = 0;
                    const int64_t i_hi_35 = derive_fdiv(((-5) + H), 2);
                    for (int64_t i = i_lo_34; i <= i_hi_35; ++i) {
                        {
                            const int64_t j_lo_36 = 0;
                            const int64_t j_hi_37 = derive_fdiv(((-5) + W), 2);
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_31)
#endif
                            for (int64_t j = j_lo_36; j <= j_hi_37; ++j) {
                                acc_31 += grad_y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + i) * (1 + derive_fdiv(((-5) + W), 2)) + j];
                            }
                        }
                    }
                }
            }
        }
        grad_b[o] = acc_31;
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
    const int64_t work_38 = (C * N * O * (1 + derive_imin(2, derive_fdiv(((-1) + H), 2))) * (1 + derive_imin(2, derive_fdiv(((-1) + W), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + H), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + W), 2))));
#pragma omp parallel for collapse(2) schedule(static) if(work_38 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t o = 0; o < O; ++o) {
            for (int64_t i = 0; i < (1 + derive_fdiv(((-5) + H), 2)); ++i) {
                for (int64_t j = 0; j < (1 + derive_fdiv(((-5) + W), 2)); ++j) y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + i) * (1 + derive_fdiv(((-5) + W), 2)) + j] = 0;
                {
                    {
                        const int64_t j_lo_39 = 0;
                        const int64_t j_hi_40 = derive_fdiv(((-5) + W), 2);
                        for (int64_t j = j_lo_39; j <= j_hi_40; ++j)
                            y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + i) * (1 + derive_fdiv(((-5) + W), 2)) + j] += b[o];
                    }
                }
                {
                    const int64_t c_lo_41 = 0;
                    const int64_t c_hi_42 = ((-1) + C);
                    for (int64_t c = c_lo_41; c <= c_hi_42; ++c) {
                        {
                            const int64_t k_h_lo_43 = derive_imax(0, ((-1) * i));
                            const int64_t k_h_hi_44 = derive_imin(2, (((-1) * i) + derive_fdiv(((-1) + H), 2)));
                            for (int64_t k_h = k_h_lo_43; k_h <= k_h_hi_44; ++k_h) {
                                {
                                    const int64_t k_w_lo_45 = 0;
                                    const int64_t k_w_hi_46 = derive_imin(2, derive_imax(derive_fdiv(((-1) + W), 2), (((-1) * derive_fdiv(((-5) + W), 2)) + derive_fdiv(((-1) + W), 2))));
                                    for (int64_t k_w = k_w_lo_45; k_w <= k_w_hi_46; ++k_w) {
                                        {
                                            const int64_t j_lo_47 = derive_imax(0, ((-1) * k_w));
                                            const int64_t j_hi_48 = derive_imin(derive_fdiv(((-5) + W), 2), (((-1) * k_w) + derive_fdiv(((-1) + W), 2)));
                                            for (int64_t j = j_lo_47; j <= j_hi_48; ++j)
                                                y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + i) * (1 + derive_fdiv(((-5) + W), 2)) + j] += (w[(((o) * C + c) * 3 + k_h) * 3 + k_w] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
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
    const int64_t work_49 = (C * H * N * O * W);
#pragma omp parallel for collapse(2) schedule(static) if(work_49 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t h = 0; h < H; ++h) {
                for (int64_t w_ = 0; w_ < W; ++w_) grad_x[(((n) * C + c) * H + h) * W + w_] = 0;
                {
                    const int64_t o_lo_50 = 0;
                    const int64_t o_hi_51 = ((-1) + O);
                    for (int64_t o = o_lo_50; o <= o_hi_51; ++o) {
                        {
                            const int64_t k_h_lo_52 = derive_imax(0, (((-1) * derive_fdiv(((-5) + H), 2)) + derive_cdiv(h, 2)));
                            const int64_t k_h_hi_53 = derive_imin(2, derive_fdiv(h, 2));
                            if (derive_imod(((-1) * h), 2) == 0) {
                                for (int64_t k_h = k_h_lo_52; k_h <= k_h_hi_53; ++k_h) {
                                    {
                                        const int64_t k_w_lo_54 = derive_imax(0, ((-1) * derive_fdiv(((-5) + W), 2)));
                                        const int64_t k_w_hi_55 = derive_imin(2, derive_fdiv(((-1) + W), 2));
                                        for (int64_t k_w = k_w_lo_54; k_w <= k_w_hi_55; ++k_w) {
                                            {
                                                const int64_t w__lo_56 = derive_imax(0, (2 * k_w));
                                                const int64_t w__hi_57 = derive_imin(((-1) + W), ((2 * k_w) + (2 * derive_fdiv(((-5) + W), 2))));
                                                const int64_t w__r_58 = derive_imod(-((2 * k_w)) * 1, 2);
                                                for (int64_t w_ = w__lo_56 + derive_imod(w__r_58 - w__lo_56, 2); w_ <= w__hi_57; w_ += 2)
                                                    grad_x[(((n) * C + c) * H + h) * W + w_] += (grad_y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + (((-1) * k_h) + ((h) / 2))) * (1 + derive_fdiv(((-5) + W), 2)) + (((-1) * k_w) + ((w_) / 2))] * w[(((o) * C + c) * 3 + k_h) * 3 + k_w]);
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
    const int64_t work_59 = (9 * C * N * O * derive_imax(1, (1 + derive_imin(derive_fdiv(((-5) + H), 2), derive_fdiv(((-1) + H), 2)))) * derive_imax(1, (1 + derive_imin(derive_fdiv(((-5) + W), 2), derive_fdiv(((-1) + W), 2)))));
#pragma omp parallel for collapse(2) schedule(static) if(work_59 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t k_h = 0; k_h < 3; ++k_h) {
                for (int64_t k_w = 0; k_w < 3; ++k_w) {
                    float acc_60 = 0;
                    {
                        const int64_t n_lo_61 = 0;
                        const int64_t n_hi_62 = ((-1) + N);
                        for (int64_t n = n_lo_61; n <= n_hi_62; ++n) {
                            {
                                const int64_t i_lo_63 = derive_imax(0, ((-1) * k_h));
                                const int64_t i_hi_64 = derive_imin(derive_fdiv(((-5) + H), 2), (((-1) * k_h) + derive_fdiv(((-1) + H), 2)));
                                for (int64_t i = i_lo_63; i <= i_hi_64; ++i) {
                                    {
                                        const int64_t j_lo_65 = derive_imax(0, ((-1) * k_w));
                                        const int64_t j_hi_66 = derive_imin(derive_fdiv(((-5) + W), 2), (((-1) * k_w) + derive_fdiv(((-1) + W), 2)));
                                        for (int64_t j = j_lo_65; j <= j_hi_66; ++j) {
                                            acc_60 += (grad_y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + i) * (1 + derive_fdiv(((-5) + W), 2)) + j] * x[(((n) * C + c) * H + ((2 * i) + (2 * k_h))) * W + ((2 * j) + (2 * k_w))]);
                                        }
                                    }
                                }
                            }
                        }
                    }
                    grad_w[(((o) * C + c) * 3 + k_h) * 3 + k_w] = acc_60;
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
    const int64_t work_67 = (N * O * derive_imax(1, (1 + derive_fdiv(((-5) + H), 2))) * derive_imax(1, (1 + derive_fdiv(((-5) + W), 2))));
#pragma omp parallel for schedule(static) if(work_67 >= 32768)
#endif
    for (int64_t o = 0; o < O; ++o) {
        float acc_68 = 0;
        {
            const int64_t n_lo_69 = 0;
            const int64_t n_hi_70 = ((-1) + N);
            for (int64_t n = n_lo_69; n <= n_hi_70; ++n) {
                {
                    const int64_t i_lo_71 = 0;
                    const int64_t i_hi_72 = derive_fdiv(((-5) + H), 2);
                    for (int64_t i = i_lo_71; i <= i_hi_72; ++i) {
                        {
                            const int64_t j_lo_73 = 0;
                            const int64_t j_hi_74 = derive_fdiv(((-5) + W), 2);
#ifdef _OPENMP
#pragma omp simd reduction(+:acc_68)
#endif
                            for (int64_t j = j_lo_73; j <= j_hi_74; ++j) {
                                acc_68 += grad_y[(((n) * O + o) * (1 + derive_fdiv(((-5) + H), 2)) + i) * (1 + derive_fdiv(((-5) + W), 2)) + j];
                            }
                        }
                    }
                }
            }
        }
        grad_b[o] = acc_68;
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

