/* mse_loss: forward and backward kernels (C99)
 *
 * mean squared error, as torch.nn.functional.mse_loss
 * Configuration: defaults
 * Sizes given at run time: M.
 * All functions return 0 on success, else an error code for derive_mse_loss_error_message().
 */
#ifndef DERIVE_MSE_LOSS_H
#define DERIVE_MSE_LOSS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *derive_mse_loss_error_message(int code);

int derive_mse_loss_sizes(const int64_t *dims, int64_t *sizes);

int derive_mse_loss_output_shape(int64_t M, int64_t *shape);

int derive_mse_loss_forward_f64(int64_t M, const double *x, const double *t, double *L);

int derive_mse_loss_backward_x_f64(int64_t M, const double *grad_L, const double *x, const double *t, const double *L, double *grad_x);

int derive_mse_loss_backward_t_f64(int64_t M, const double *grad_L, const double *x, const double *t, const double *L, double *grad_t);

int derive_mse_loss_backward_f64(int64_t M, const double *grad_L, const double *x, const double *t, double *L, double *grad_x, double *grad_t);

int derive_mse_loss_forward_f32(int64_t M, const float *x, const float *t, float *L);

int derive_mse_loss_backward_x_f32(int64_t M, const float *grad_L, const float *x, const float *t, const float *L, float *grad_x);

int derive_mse_loss_backward_t_f32(int64_t M, const float *grad_L, const float *x, const float *t, const float *L, float *grad_t);

int derive_mse_loss_backward_f32(int64_t M, const float *grad_L, const float *x, const float *t, float *L, float *grad_x, float *grad_t);

#ifdef __cplusplus
}
#endif

#endif /* DERIVE_MSE_LOSS_H */
