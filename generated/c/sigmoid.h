/* sigmoid: forward and backward kernels (C99)
 *
 * elementwise sigmoid, as torch.sigmoid
 * Configuration: defaults
 * Sizes given at run time: M.
 * All functions return 0 on success, else an error code for derive_sigmoid_error_message().
 */
#ifndef DERIVE_SIGMOID_H
#define DERIVE_SIGMOID_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *derive_sigmoid_error_message(int code);

int derive_sigmoid_sizes(const int64_t *dims, int64_t *sizes);

int derive_sigmoid_output_shape(int64_t M, int64_t *shape);

int derive_sigmoid_forward_f64(int64_t M, const double *x, double *y);

int derive_sigmoid_backward_x_f64(int64_t M, const double *grad_y, const double *x, const double *y, double *grad_x);

int derive_sigmoid_backward_f64(int64_t M, const double *grad_y, const double *x, double *y, double *grad_x);

int derive_sigmoid_forward_f32(int64_t M, const float *x, float *y);

int derive_sigmoid_backward_x_f32(int64_t M, const float *grad_y, const float *x, const float *y, float *grad_x);

int derive_sigmoid_backward_f32(int64_t M, const float *grad_y, const float *x, float *y, float *grad_x);

#ifdef __cplusplus
}
#endif

#endif /* DERIVE_SIGMOID_H */
