"""GFLOP/s of derive's C GEMM runtime helper (derive/codegen/c_gemm.py) against NumPy's matmul
(OpenBLAS, one thread), measured side by side in one process (medians of interleaved runs, not asserted; the 1024^2 reference is NumPy's best run).

    python -m benchmarks.gemm [--reps N]

The helper is compiled with ``derive.codegen.cload.compiler_flags()`` into a small library with
a timing loop in C (``clock_gettime``), so the per-call figure does not include the ctypes
overhead (about a microsecond); NumPy's figure does include its Python call overhead, which
matters only for the tiny shapes.
"""
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # before numpy is imported
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse          # noqa: E402
import ctypes            # noqa: E402
import subprocess        # noqa: E402
import tempfile          # noqa: E402
import time              # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np       # noqa: E402

from derive.codegen import c_gemm  # noqa: E402
from derive.codegen.cload import compiler_flags  # noqa: E402

# (M, N, K, B transposed, accumulate, what)
SHAPES = [
    (32, 784, 144, False, 0, "conv fwd / image"),
    (16, 784, 288, False, 0, "conv grad-input / image"),
    (32, 144, 784, True, 1, "conv grad-weight / image"),
    (32, 196, 144, False, 0, "stride-2 fwd"),
    (16, 196, 288, False, 0, "stride-2 grad-input"),
    (80, 25, 1, False, 0, "tiny"),
    (10, 80, 1, False, 0, "tiny"),
    (1024, 1024, 1024, False, 0, "1024^2"),
]

_WRAP = r"""
#include <time.h>
#define DEF(S, T) \
int gemm_##S(int64_t M, int64_t N, int64_t K, const T *A, int64_t rsa, int64_t csa, \
             const T *B, int64_t rsb, int64_t csb, T *C, int64_t rsc, int64_t csc, int acc) \
{ return derive_gemm_##S(M, N, K, A, rsa, csa, B, rsb, csb, C, rsc, csc, acc); } \
double time_##S(int64_t reps, int64_t M, int64_t N, int64_t K, const T *A, int64_t rsa, \
                int64_t csa, const T *B, int64_t rsb, int64_t csb, T *C, int64_t rsc, \
                int64_t csc, int acc) \
{ \
    struct timespec t0, t1; int64_t r; \
    clock_gettime(CLOCK_MONOTONIC, &t0); \
    for (r = 0; r < reps; r++) \
        if (derive_gemm_##S(M, N, K, A, rsa, csa, B, rsb, csb, C, rsc, csc, acc)) return -1; \
    clock_gettime(CLOCK_MONOTONIC, &t1); \
    return ((t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec)) / (double)reps; \
}
DEF(f32, float)
DEF(f64, double)
"""


def build(tmp: Path) -> ctypes.CDLL:
    src = ("#define _POSIX_C_SOURCE 199309L\n#include <stdint.h>\n#include <stdlib.h>\n"
           "#include <string.h>\n#include <math.h>\n"
           + c_gemm.source("float") + c_gemm.source("double") + _WRAP)
    (tmp / "gemm_bench.c").write_text(src)
    subprocess.run(["cc", *compiler_flags(), str(tmp / "gemm_bench.c"), "-o",
                    str(tmp / "gemm_bench.so"), "-lm"], check=True)
    lib = ctypes.CDLL(str(tmp / "gemm_bench.so"))
    i64, vp = ctypes.c_int64, ctypes.c_void_p
    for s in ("f32", "f64"):
        f = getattr(lib, f"time_{s}")
        f.argtypes = [i64] * 4 + [vp, i64, i64, vp, i64, i64, vp, i64, i64, ctypes.c_int]
        f.restype = ctypes.c_double
    return lib


def min_time(fn, runs):
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t)
    return min(ts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="timed runs per shape (median)")
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as tmp:
        lib = build(Path(tmp))
        for dt, s in ((np.float32, "f32"), (np.float64, "f64")):
            a = rng.random((1024, 1024)).astype(dt)
            b = rng.random((1024, 1024)).astype(dt)
            # the reference rate is numpy's best of 9 runs (the machine is shared: a median
            # can catch another job; the best run is the conservative yardstick for ours/np1024)
            ref = 2 * 1024 ** 3 / min_time(lambda: a @ b, 9) / 1e9
            print(f"\n{s}: numpy single-thread 1024^2 matmul: {ref:.1f} GFLOP/s (best of 9)")
            print(f"{'M':>5} {'N':>5} {'K':>5} {'layout':8} {'ours GF/s':>10} {'us/call':>9} "
                  f"{'numpy GF/s':>11} {'us/call':>9} {'ours/np1024':>12}  what")
            for M, N, K, tb, acc, what in SHAPES:
                A = rng.random((M, K)).astype(dt)
                B = rng.random((K, N)).astype(dt)
                if tb:
                    Bs = np.ascontiguousarray(B.T)          # memory N x K
                    rsb, csb = 1, K
                else:
                    Bs = B
                    rsb, csb = N, 1
                C = np.zeros((M, N), dt)
                flops = 2.0 * M * N * K
                # repetitions inside C so that one timed run lasts about a millisecond
                reps = max(1, int(2e-3 / max(flops / 100e9, 5e-8)))
                t_ours = []
                t_np = []
                numpy_fn = (lambda: A @ Bs.T) if tb else (lambda: A @ Bs)
                np_reps = max(1, reps // 4)
                for _ in range(args.runs):
                    t_ours.append(getattr(lib, f"time_{s}")(
                        reps, M, N, K, A.ctypes.data, K, 1, Bs.ctypes.data, rsb, csb,
                        C.ctypes.data, N, 1, acc))
                    t0 = time.perf_counter()
                    for _ in range(np_reps):
                        numpy_fn()
                    t_np.append((time.perf_counter() - t0) / np_reps)
                to, tn = float(np.median(t_ours)), float(np.median(t_np))
                if to < 0:
                    raise SystemExit("derive_gemm failed")
                lay = ("A.B^T" if tb else "A.B") + (" +=" if acc else "")
                print(f"{M:5d} {N:5d} {K:5d} {lay:8} {flops / to / 1e9:10.1f} {to * 1e6:9.2f} "
                      f"{flops / tn / 1e9:11.1f} {tn * 1e6:9.2f} "
                      f"{100 * flops / to / 1e9 / ref:11.1f}%  {what}")


if __name__ == "__main__":
    main()
