/* superpixel_avg_pool: forward and backward kernels (C99)
 *
 * superpixel avg pooling over the regions of a label map
 * Configuration: num_regions=16
 * Sizes given at run time: N, C, H, W.
 * All functions return 0 on success, else an error code for derive_superpixel_avg_pool_error_message().
 */
#ifndef DERIVE_SUPERPIXEL_AVG_POOL_H
#define DERIVE_SUPERPIXEL_AVG_POOL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *derive_superpixel_avg_pool_error_message(int code);

int derive_superpixel_avg_pool_sizes(const int64_t *dims, int64_t *sizes);

int derive_superpixel_avg_pool_output_shape(int64_t N, int64_t C, int64_t H, int64_t W, int64_t *shape);

int derive_superpixel_avg_pool_forward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *x, const int64_t *label, double *y);

int derive_superpixel_avg_pool_backward_x_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *grad_y, const double *x, const int64_t *label, const double *y, double *grad_x);

int derive_superpixel_avg_pool_backward_f64(int64_t N, int64_t C, int64_t H, int64_t W, const double *grad_y, const double *x, const int64_t *label, double *y, double *grad_x);

int derive_superpixel_avg_pool_forward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *x, const int64_t *label, float *y);

int derive_superpixel_avg_pool_backward_x_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *grad_y, const float *x, const int64_t *label, const float *y, float *grad_x);

int derive_superpixel_avg_pool_backward_f32(int64_t N, int64_t C, int64_t H, int64_t W, const float *grad_y, const float *x, const int64_t *label, float *y, float *grad_x);

#ifdef __cplusplus
}
#endif

#endif /* DERIVE_SUPERPIXEL_AVG_POOL_H */
