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
    const int64_t work_1 = (16 * C * H * N * W);
#pragma omp parallel for collapse(2) schedule(static) if(work_1 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t r = 0; r < 16; ++r) {
                double best_4 = 0;
                int found_5 = 0;
                for (int64_t h_2 = 0; h_2 <= ((-1) + H); ++h_2) {
                    for (int64_t w_3 = 0; w_3 <= ((-1) + W); ++w_3) {
                        if (!(r == label[((n) * H + h_2) * W + w_3])) continue;
                        const double v_6 = x[(((n) * C + c) * H + h_2) * W + w_3];
                        const int up_7 = !found_5 || v_6 > best_4;
                        best_4 = up_7 ? v_6 : best_4;
                        found_5 = 1;
                    }
                }
                const double wmax_8 = found_5 ? best_4 : (double)0.0;
                double acc_9 = 0;
                {
                    acc_9 += wmax_8;
                }
                y[((n) * C + c) * 16 + r] = acc_9;
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
#ifdef _OPENMP
    const int64_t work_10 = (C * N * (H * H) * (W * W));
#pragma omp parallel for collapse(2) schedule(static) if(work_10 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t p = 0; p < H; ++p) {
                for (int64_t q = 0; q < W; ++q) {
                    double best_13 = 0;
                    int found_14 = 0;
                    int64_t at_15 = 0;
                    int64_t at_16 = 0;
                    for (int64_t h_11 = 0; h_11 <= ((-1) + H); ++h_11) {
                        for (int64_t w_12 = 0; w_12 <= ((-1) + W); ++w_12) {
                            if (!(label[((n) * H + h_11) * W + w_12] == label[((n) * H + p) * W + q])) continue;
                            const double v_17 = x[(((n) * C + c) * H + h_11) * W + w_12];
                            const int up_18 = !found_14 || v_17 > best_13;
                            best_13 = up_18 ? v_17 : best_13;
                            at_15 = up_18 ? h_11 : at_15;
                            at_16 = up_18 ? w_12 : at_16;
                            found_14 = 1;
                        }
                    }
                    const double share_19 = (found_14 && at_15 == p && at_16 == q) ? (double)1 : (double)0;
                    double acc_20 = 0;
                    if ((label[((n) * H + p) * W + q] >= 0) && ((15 + ((-1) * label[((n) * H + p) * W + q])) >= 0)) {
                        {
                            acc_20 += (share_19 * grad_y[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]);
                        }
                    }
                    grad_x[(((n) * C + c) * H + p) * W + q] = acc_20;
                }
            }
        }
    }
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
    const int64_t work_21 = (16 * C * H * N * W);
#pragma omp parallel for collapse(2) schedule(static) if(work_21 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t r = 0; r < 16; ++r) {
                float best_24 = 0;
                int found_25 = 0;
                for (int64_t h_22 = 0; h_22 <= ((-1) + H); ++h_22) {
                    for (int64_t w_23 = 0; w_23 <= ((-1) + W); ++w_23) {
                        if (!(r == label[((n) * H + h_22) * W + w_23])) continue;
                        const float v_26 = x[(((n) * C + c) * H + h_22) * W + w_23];
                        const int up_27 = !found_25 || v_26 > best_24;
                        best_24 = up_27 ? v_26 : best_24;
                        found_25 = 1;
                    }
                }
                const float wmax_28 = found_25 ? best_24 : (float)0.0;
                float acc_29 = 0;
                {
                    acc_29 += wmax_28;
                }
                y[((n) * C + c) * 16 + r] = acc_29;
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
#ifdef _OPENMP
    const int64_t work_30 = (C * N * (H * H) * (W * W));
#pragma omp parallel for collapse(2) schedule(static) if(work_30 >= 32768)
#endif
    for (int64_t n = 0; n < N; ++n) {
        for (int64_t c = 0; c < C; ++c) {
            for (int64_t p = 0; p < H; ++p) {
                for (int64_t q = 0; q < W; ++q) {
                    float best_33 = 0;
                    int found_34 = 0;
                    int64_t at_35 = 0;
                    int64_t at_36 = 0;
                    for (int64_t h_31 = 0; h_31 <= ((-1) + H); ++h_31) {
                        for (int64_t w_32 = 0; w_32 <= ((-1) + W); ++w_32) {
                            if (!(label[((n) * H + h_31) * W + w_32] == label[((n) * H + p) * W + q])) continue;
                            const float v_37 = x[(((n) * C + c) * H + h_31) * W + w_32];
                            const int up_38 = !found_34 || v_37 > best_33;
                            best_33 = up_38 ? v_37 : best_33;
                            at_35 = up_38 ? h_31 : at_35;
                            at_36 = up_38 ? w_32 : at_36;
                            found_34 = 1;
                        }
                    }
                    const float share_39 = (found_34 && at_35 == p && at_36 == q) ? (float)1 : (float)0;
                    float acc_40 = 0;
                    if ((label[((n) * H + p) * W + q] >= 0) && ((15 + ((-1) * label[((n) * H + p) * W + q])) >= 0)) {
                        {
                            acc_40 += (share_39 * grad_y[((n) * C + c) * 16 + label[((n) * H + p) * W + q]]);
                        }
                    }
                    grad_x[(((n) * C + c) * H + p) * W + q] = acc_40;
                }
            }
        }
    }
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

