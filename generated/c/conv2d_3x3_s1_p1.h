/* conv2d: forward and backward kernels (C99)
 *
 * 2-d convolution (cross-correlation), as torch.nn.functional.conv2d
 * Configuration: kernel_size=3, stride=1, padding=1, dilation=1, groups=1, bias=True
 * Sizes given at run time: N, C, H, W, O.
 * All functions return 0 on success, else an error code for derive_conv2d_error_message().
 */
#ifndef DERIVE_CONV2D_H
#define DERIVE_CONV2D_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *derive_conv2d_error_message(int code);

int derive_conv2d_sizes(const int64_t *dims, int64_t *sizes);

int derive_conv2d_output_shape(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, int64_t *shape);

int derive_conv2d_forward_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *x, const double *w, const double *b, double *y);

int derive_conv2d_backward_x_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *grad_y, const double *x, const double *w, const double *b, const double *y, double *grad_x);

int derive_conv2d_backward_w_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *grad_y, const double *x, const double *w, const double *b, const double *y, double *grad_w);

int derive_conv2d_backward_b_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *grad_y, const double *x, const double *w, const double *b, const double *y, double *grad_b);

int derive_conv2d_backward_f64(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const double *grad_y, const double *x, const double *w, const double *b, double *y, double *grad_x, double *grad_w, double *grad_b);

int derive_conv2d_forward_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *x, const float *w, const float *b, float *y);

int derive_conv2d_backward_x_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *grad_y, const float *x, const float *w, const float *b, const float *y, float *grad_x);

int derive_conv2d_backward_w_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *grad_y, const float *x, const float *w, const float *b, const float *y, float *grad_w);

int derive_conv2d_backward_b_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *grad_y, const float *x, const float *w, const float *b, const float *y, float *grad_b);

int derive_conv2d_backward_f32(int64_t N, int64_t C, int64_t H, int64_t W, int64_t O, const float *grad_y, const float *x, const float *w, const float *b, float *y, float *grad_x, float *grad_w, float *grad_b);

#ifdef __cplusplus
}
#endif

#endif /* DERIVE_CONV2D_H */
