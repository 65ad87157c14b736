/* half_sse: forward and backward kernels (C99)
 *
 * half sum of squared errors (seed 003)
 * Configuration: defaults
 * Sizes given at run time: M.
 * All functions return 0 on success, else an error code for derive_half_sse_error_message().
 */
#ifndef DERIVE_HALF_SSE_H
#define DERIVE_HALF_SSE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *derive_half_sse_error_message(int code);

int derive_half_sse_sizes(const int64_t *dims, int64_t *sizes);

int derive_half_sse_output_shape(int64_t M, int64_t *shape);

int derive_half_sse_forward_f64(int64_t M, const double *y, const double *d, double *E);

int derive_half_sse_backward_y_f64(int64_t M, const double *grad_E, const double *y, const double *d, const double *E, double *grad_y);

int derive_half_sse_backward_d_f64(int64_t M, const double *grad_E, const double *y, const double *d, const double *E, double *grad_d);

int derive_half_sse_backward_f64(int64_t M, const double *grad_E, const double *y, const double *d, double *E, double *grad_y, double *grad_d);

int derive_half_sse_forward_f32(int64_t M, const float *y, const float *d, float *E);

int derive_half_sse_backward_y_f32(int64_t M, const float *grad_E, const float *y, const float *d, const float *E, float *grad_y);

int derive_half_sse_backward_d_f32(int64_t M, const float *grad_E, const float *y, const float *d, const float *E, float *grad_d);

int derive_half_sse_backward_f32(int64_t M, const float *grad_E, const float *y, const float *d, float *E, float *grad_y, float *grad_d);

#ifdef __cplusplus
}
#endif

#endif /* DERIVE_HALF_SSE_H */
