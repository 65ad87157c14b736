/* tanh: forward and backward kernels (C99)
 *
 * elementwise tanh, as torch.tanh
 * Configuration: defaults
 * Sizes given at run time: M.
 * All functions return 0 on success, else an error code for derive_tanh_error_message().
 */
#ifndef DERIVE_TANH_H
#define DERIVE_TANH_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *derive_tanh_error_message(int code);

int derive_tanh_sizes(const int64_t *dims, int64_t *sizes);

int derive_tanh_output_shape(int64_t M, int64_t *shape);

int derive_tanh_forward_f64(int64_t M, const double *x, double *y);

int derive_tanh_backward_x_f64(int64_t M, const double *grad_y, const double *x, const double *y, double *grad_x);

int derive_tanh_backward_f64(int64_t M, const double *grad_y, const double *x, double *y, double *grad_x);

int derive_tanh_forward_f32(int64_t M, const float *x, float *y);

int derive_tanh_backward_x_f32(int64_t M, const float *grad_y, const float *x, const float *y, float *grad_x);

int derive_tanh_backward_f32(int64_t M, const float *grad_y, const float *x, float *y, float *grad_x);

#ifdef __cplusplus
}
#endif

#endif /* DERIVE_TANH_H */
