/* softmax: forward and backward kernels (C99)
 *
 * softmax, as torch.softmax
 * Configuration: dim=-1
 * Sizes given at run time: N, C.
 * All functions return 0 on success, else an error code for derive_softmax_error_message().
 */
#ifndef DERIVE_SOFTMAX_H
#define DERIVE_SOFTMAX_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *derive_softmax_error_message(int code);

int derive_softmax_sizes(const int64_t *dims, int64_t *sizes);

int derive_softmax_output_shape(int64_t N, int64_t C, int64_t *shape);

int derive_softmax_forward_f64(int64_t N, int64_t C, const double *x, double *y);

int derive_softmax_backward_x_f64(int64_t N, int64_t C, const double *grad_y, const double *x, const double *y, double *grad_x);

int derive_softmax_backward_f64(int64_t N, int64_t C, const double *grad_y, const double *x, double *y, double *grad_x);

int derive_softmax_forward_f32(int64_t N, int64_t C, const float *x, float *y);

int derive_softmax_backward_x_f32(int64_t N, int64_t C, const float *grad_y, const float *x, const float *y, float *grad_x);

int derive_softmax_backward_f32(int64_t N, int64_t C, const float *grad_y, const float *x, float *y, float *grad_x);

#ifdef __cplusplus
}
#endif

#endif /* DERIVE_SOFTMAX_H */
