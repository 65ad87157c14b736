/* linear: forward and backward kernels (C99)
 *
 * fully connected layer, as torch.nn.functional.linear
 * Configuration: bias=True
 * Sizes given at run time: N, I, O.
 * All functions return 0 on success, else an error code for derive_linear_error_message().
 */
#ifndef DERIVE_LINEAR_H
#define DERIVE_LINEAR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *derive_linear_error_message(int code);

int derive_linear_sizes(const int64_t *dims, int64_t *sizes);

int derive_linear_output_shape(int64_t N, int64_t I, int64_t O, int64_t *shape);

int derive_linear_forward_f64(int64_t N, int64_t I, int64_t O, const double *x, const double *w, const double *b, double *y);

int derive_linear_backward_x_f64(int64_t N, int64_t I, int64_t O, const double *grad_y, const double *x, const double *w, const double *b, const double *y, double *grad_x);

int derive_linear_backward_w_f64(int64_t N, int64_t I, int64_t O, const double *grad_y, const double *x, const double *w, const double *b, const double *y, double *grad_w);

int derive_linear_backward_b_f64(int64_t N, int64_t I, int64_t O, const double *grad_y, const double *x, const double *w, const double *b, const double *y, double *grad_b);

int derive_linear_backward_f64(int64_t N, int64_t I, int64_t O, const double *grad_y, const double *x, const double *w, const double *b, double *y, double *grad_x, double *grad_w, double *grad_b);

int derive_linear_forward_f32(int64_t N, int64_t I, int64_t O, const float *x, const float *w, const float *b, float *y);

int derive_linear_backward_x_f32(int64_t N, int64_t I, int64_t O, const float *grad_y, const float *x, const float *w, const float *b, const float *y, float *grad_x);

int derive_linear_backward_w_f32(int64_t N, int64_t I, int64_t O, const float *grad_y, const float *x, const float *w, const float *b, const float *y, float *grad_w);

int derive_linear_backward_b_f32(int64_t N, int64_t I, int64_t O, const float *grad_y, const float *x, const float *w, const float *b, const float *y, float *grad_b);

int derive_linear_backward_f32(int64_t N, int64_t I, int64_t O, const float *grad_y, const float *x, const float *w, const float *b, float *y, float *grad_x, float *grad_w, float *grad_b);

#ifdef __cplusplus
}
#endif

#endif /* DERIVE_LINEAR_H */
