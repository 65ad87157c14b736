/* avg_pool2d: forward and backward kernels (C99)
 *
 * 2-d average pooling, as torch.nn.functional.avg_pool2d
 * Configuration: kernel_size=3, stride=2, padding=1, ceil_mode=False, count_include_pad=True
 * Sizes given at run time: N, C, H, W.
 * All functions return 0 on success, else an error code for derive_avg_pool2d_error_message().
 */
#ifndef DERIVE_AVG_POOL2D_H
#define DERIVE_AVG_POOL2D_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *derive_avg_pool2d_error_message(int code);

int derive_avg_pool2d_sizes(const int64_t *dims, int64_t *sizes);

int derive_avg_pool2d_output_shape(int64_t N, int64_t C, int64_t H, int64_t W, int64_t *shape);

int derive_avg_pool2d_forward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *x, double *y);

int derive_avg_pool2d_backward_x_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *grad_y, const double *x, const double *y, double *grad_x);

int derive_avg_pool2d_backward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *grad_y, const double *x, double *y, double *grad_x);

int derive_avg_pool2d_forward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *x, float *y);

int derive_avg_pool2d_backward_x_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *grad_y, const float *x, const float *y, float *grad_x);

int derive_avg_pool2d_backward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *grad_y, const float *x, float *y, float *grad_x);

#ifdef __cplusplus
}
#endif

#endif /* DERIVE_AVG_POOL2D_H */
