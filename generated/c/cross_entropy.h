/* cross_entropy: forward and backward kernels (C99)
 *
 * softmax cross-entropy, as torch.nn.functional.cross_entropy (class-index targets, mean reduction)
 * Configuration: defaults
 * Sizes given at run time: N, C.
 * All functions return 0 on success, else an error code for derive_cross_entropy_error_message().
 */
#ifndef DERIVE_CROSS_ENTROPY_H
#define DERIVE_CROSS_ENTROPY_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *derive_cross_entropy_error_message(int code);

int derive_cross_entropy_sizes(const int64_t *dims, int64_t *sizes);

int derive_cross_entropy_output_shape(int64_t N, int64_t C, int64_t *shape);

int derive_cross_entropy_forward_f64(int64_t N, int64_t C, const double *x, const int64_t *t, double *L);

int derive_cross_entropy_backward_x_f64(int64_t N, int64_t C, const double *grad_L, const double *x, const int64_t *t, const double *L, double *grad_x);

int derive_cross_entropy_backward_f64(int64_t N, int64_t C, const double *grad_L, const double *x, const int64_t *t, double *L, double *grad_x);

int derive_cross_entropy_forward_f32(int64_t N, int64_t C, const float *x, const int64_t *t, float *L);

int derive_cross_entropy_backward_x_f32(int64_t N, int64_t C, const float *grad_L, const float *x, const int64_t *t, const float *L, float *grad_x);

int derive_cross_entropy_backward_f32(int64_t N, int64_t C, const float *grad_L, const float *x, const int64_t *t, float *L, float *grad_x);

#ifdef __cplusplus
}
#endif

#endif /* DERIVE_CROSS_ENTROPY_H */
