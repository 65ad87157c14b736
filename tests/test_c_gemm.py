"""The C GEMM runtime helper (derive/codegen/c_gemm.py) against NumPy and a naive C loop.

* ``source(ctype)`` compiles cleanly (``-Wall -Wextra -Werror``, with and without
  ``-fopenmp``), alone or both types in one translation unit;
* through a thin exported wrapper loaded with ctypes, ``derive_gemm_f32`` / ``_f64`` match
  NumPy's ``A @ B`` (computed in float64 from the same values) within the rigorous
  floating-point bound ``|err_ij| <= c K eps (|A| |B|)_ij`` (for float64 and K <= 257 that is
  below 1e-13 relative) over M, N, K in {1, 2, 3, 7, 16, 17, 33, 100, 257}, A and/or B
  transposed, strided and column-major C, accumulate 0 / 1, K = 0, negative strides;
  memory of C outside the addressed elements is never written and with ``accumulate=0`` C is
  never read (NaN-filled C gives finite results);
* the SIMD fallbacks (AVX2 width, SSE width, no shuffle builtin, plain scalar code) give the
  same results;
* concurrent calls inside an OpenMP parallel loop (one per image) are independent;
* a standalone program built with ``-fsanitize=address,undefined`` runs the routine over many
  shapes (heap and stack buffers, all paths) against a naive triple loop with no report.
"""
from __future__ import annotations

import ctypes
import itertools
import os
import re
import subprocess
import textwrap

import numpy as np
import pytest

from derive.codegen import c_gemm
from derive.codegen.cload import compiler_flags

CC = os.environ.get("CC", "cc")
HEADERS = "#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n#include <math.h>\n"
SIZES = [1, 2, 3, 7, 16, 17, 33, 100, 257]

WRAPPER = textwrap.dedent("""
    #define WRAP(S, T) \\
    int gemm_##S(int64_t M, int64_t N, int64_t K, const T *A, int64_t rsa, int64_t csa, \\
                 const T *B, int64_t rsb, int64_t csb, T *C, int64_t rsc, int64_t csc, int acc) \\
    { return derive_gemm_##S(M, N, K, A, rsa, csa, B, rsb, csb, C, rsc, csc, acc); }
    WRAP(f32, float)
    WRAP(f64, double)
    /* one call per image inside an OpenMP parallel loop (re-entrancy) */
    int batch_f32(int64_t nb, int64_t M, int64_t N, int64_t K, const float *A, const float *B,
                  float *C, int acc)
    {
        int64_t b;
        int bad = 0;
    #ifdef _OPENMP
    #pragma omp parallel for schedule(dynamic, 1) reduction(+:bad)
    #endif
        for (b = 0; b < nb; b++)
            bad += derive_gemm_f32(M, N, K, A + b * M * K, K, 1, B + b * K * N, N, 1,
                                   C + b * M * N, N, 1, acc) != 0;
        return bad;
    }
""")


def _compile(tmp, name, src, flags, out_ext=".so"):
    c = tmp / f"{name}.c"
    c.write_text(src)
    out = tmp / f"{name}{out_ext}"
    r = subprocess.run([CC, *flags, str(c), "-o", str(out), "-lm"], capture_output=True,
                       text=True)
    assert r.returncode == 0, f"{name}: cc {' '.join(flags)} failed:\n{r.stderr}"
    return out


def _load(path):
    lib = ctypes.CDLL(str(path))
    i64, vp = ctypes.c_int64, ctypes.c_void_p
    for s in ("f32", "f64"):
        f = getattr(lib, f"gemm_{s}")
        f.argtypes = [i64, i64, i64, vp, i64, i64, vp, i64, i64, vp, i64, i64, ctypes.c_int]
        f.restype = ctypes.c_int
    return lib


def _full_source():
    return HEADERS + c_gemm.source("float") + c_gemm.source("double") + WRAPPER


VARIANTS = {
    "native": [],
    "avx2": ["-mno-avx512f"],
    "sse": ["-mno-avx"],
    "noshuffle": ["-DDERIVE_GEMM_NO_SHUFFLE"],
    "scalar": ["-DDERIVE_GEMM_NO_SIMD"],
}


@pytest.fixture(scope="module")
def libs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gemm")
    src = _full_source()
    cache = {}

    def get(variant):
        if variant not in cache:
            flags = compiler_flags() + ["-Wall", "-Wextra", "-Werror"] + VARIANTS[variant]
            cache[variant] = _load(_compile(tmp, f"gemm_{variant}", src, flags))
        return cache[variant]
    return get


def _view(a, layout, rng):
    """``a`` (2-D) stored as ``layout``: 'row', 'col' (Fortran order), 'strided' (every
    other column of a wider buffer), 'neg' (columns reversed: negative column stride)."""
    if layout == "row":
        return np.ascontiguousarray(a)
    if layout == "col":
        return np.asfortranarray(a)
    if layout == "strided":
        buf = rng.standard_normal((a.shape[0], 2 * a.shape[1] + 1)).astype(a.dtype)
        v = buf[:, 1::2]
        v[...] = a
        return v
    if layout == "neg":
        buf = np.ascontiguousarray(a[:, ::-1])
        return buf[:, ::-1]
    raise AssertionError(layout)


def _strides(v):
    return tuple(s // v.itemsize for s in v.strides)


def _run(lib, A, B, C, accumulate, K=None):
    s = "f32" if A.dtype == np.float32 else "f64"
    M, K_ = A.shape
    N = B.shape[1]
    K = K_ if K is None else K
    return getattr(lib, f"gemm_{s}")(M, N, K, A.ctypes.data, *_strides(A), B.ctypes.data,
                                     *_strides(B), C.ctypes.data, *_strides(C), accumulate)


def _check(lib, dtype, M, N, K, la, lb, lc, acc, rng):
    A = rng.standard_normal((M, K)).astype(dtype)
    B = rng.standard_normal((K, N)).astype(dtype)
    C0 = rng.standard_normal((M, N)).astype(dtype)
    Av, Bv = _view(A, la, rng), _view(B, lb, rng)
    # C lives inside a sentinel-filled buffer: untouched gaps are checked afterwards
    if lc == "row":
        buf = np.full((M, N + 3), 7.5, dtype)
        Cv = buf[:, 1:N + 1]
    elif lc == "col":
        buf = np.full((N + 3, M), 7.5, dtype)
        Cv = buf[1:N + 1, :].T
    else:   # strided columns (csc = 2)
        buf = np.full((M, 2 * N + 1), 7.5, dtype)
        Cv = buf[:, 1::2]
    Cv[...] = C0 if acc else np.nan      # accumulate=0 must not read C
    mask = np.ones(buf.shape, bool)
    (mask[:, 1:N + 1] if lc == "row" else mask[1:N + 1, :] if lc == "col"
     else mask[:, 1::2])[...] = False
    assert _run(lib, Av, Bv, Cv, acc) == 0
    A64, B64 = A.astype(np.float64), B.astype(np.float64)
    ref = A64 @ B64 + (C0.astype(np.float64) if acc else 0.0)
    eps = np.finfo(dtype).eps
    bound = (2 * (K + 2) * eps * (np.abs(A64) @ np.abs(B64))
             + 2 * eps * (np.abs(C0) if acc else 0.0) + np.finfo(dtype).tiny)
    err = np.abs(Cv.astype(np.float64) - ref)
    what = f"{dtype.__name__} M={M} N={N} K={K} A:{la} B:{lb} C:{lc} acc={acc}"
    assert np.all(np.isfinite(Cv)), what
    assert np.all(err <= bound), f"{what}: max err/bound {np.max(err / bound):.3g}"
    assert np.all(buf[mask] == 7.5), f"{what}: wrote outside C"


LAYOUTS = [(la, lb, lc, acc) for la in ("row", "col") for lb in ("row", "col")
           for lc, acc in (("row", 0), ("row", 1))]


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_all_sizes_and_transposes(libs, dtype):
    lib = libs("native")
    rng = np.random.default_rng(1)
    for M, N, K in itertools.product(SIZES, SIZES, SIZES):
        for la, lb, lc, acc in LAYOUTS:
            _check(lib, dtype, M, N, K, la, lb, lc, acc, rng)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_c_strides_and_negative_strides(libs, dtype):
    lib = libs("native")
    rng = np.random.default_rng(2)
    sizes = [1, 3, 16, 17, 33, 100]
    for M, N, K in itertools.product(sizes, sizes, sizes):
        for lc in ("col", "strided"):
            for acc in (0, 1):
                _check(lib, dtype, M, N, K, "row", "col" if K % 2 else "row", lc, acc, rng)
        _check(lib, dtype, M, N, K, "strided", "neg", "row", 1, rng)
        _check(lib, dtype, M, N, K, "neg", "strided", "strided", 0, rng)


@pytest.mark.parametrize("shape", [(32, 784, 144, "row"), (16, 784, 288, "row"),
                                   (32, 144, 784, "col"), (32, 196, 144, "row"),
                                   (16, 196, 288, "row"), (80, 25, 1, "row"),
                                   (10, 80, 1, "row"), (300, 70, 500, "row"),
                                   (20, 600, 1000, "row"), (9, 9, 1000, "col"),
                                   (70, 9, 2500, "col"), (100, 64, 50, "row")])
def test_conv_shapes(libs, shape):
    """The shapes the generated conv kernels use, plus several blocks along M and K (both the
    packed path and the dot-product path)."""
    M, N, K, lb = shape
    rng = np.random.default_rng(3)
    for dtype in (np.float64, np.float32):
        for acc in (0, 1):
            _check(libs("native"), dtype, M, N, K, "row", lb, "row", acc, rng)


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v != "native"])
def test_fallback_variants(libs, variant):
    lib = libs(variant)
    rng = np.random.default_rng(4)
    sizes = [1, 2, 7, 17, 33, 100]
    for dtype in (np.float64, np.float32):
        for M, N, K in itertools.product(sizes, sizes, sizes):
            for la, lb, lc, acc in (("row", "row", "row", 0), ("row", "col", "row", 1),
                                    ("col", "col", "col", 1), ("col", "row", "strided", 0)):
                _check(lib, dtype, M, N, K, la, lb, lc, acc, rng)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_k_zero_and_empty(libs, dtype):
    lib = libs("native")
    A = np.zeros((5, 0), dtype)
    B = np.zeros((0, 6), dtype)
    C = np.full((5, 6), 3.0, dtype)
    assert _run(lib, A, B, C, 1) == 0
    assert np.all(C == 3.0)                      # accumulate: left as is
    assert _run(lib, A, B, C, 0) == 0
    assert np.all(C == 0.0)                      # overwrite: zeroed
    C[...] = 3.0
    A = np.ones((0, 4), dtype)
    B = np.ones((4, 6), dtype)
    assert _run(lib, A, B, np.zeros((0, 6), dtype), 0) == 0
    f = getattr(lib, "gemm_f32" if dtype == np.float32 else "gemm_f64")
    A = np.ones((2, 2), dtype)
    assert f(-1, 2, 2, A.ctypes.data, 2, 1, A.ctypes.data, 2, 1, C.ctypes.data, 6, 1, 0) == -2
    assert np.all(C == 3.0)


def test_reentrant_inside_openmp(libs):
    """Many concurrent calls (one per image) in an OpenMP parallel loop give each image's
    product: no shared mutable state.  Sizes use the heap buffer and the stack buffer."""
    lib = libs("native")
    f = lib.batch_f32
    f.argtypes = [ctypes.c_int64] * 4 + [ctypes.c_void_p] * 3 + [ctypes.c_int]
    f.restype = ctypes.c_int
    rng = np.random.default_rng(5)
    for M, N, K in ((32, 196, 144), (10, 80, 1), (17, 33, 7)):
        nb = 24
        A = rng.standard_normal((nb, M, K)).astype(np.float32)
        B = rng.standard_normal((nb, K, N)).astype(np.float32)
        C = np.full((nb, M, N), np.nan, np.float32)
        assert f(nb, M, N, K, A.ctypes.data, B.ctypes.data, C.ctypes.data, 0) == 0
        A64, B64 = A.astype(np.float64), B.astype(np.float64)
        bound = 2 * (K + 2) * np.finfo(np.float32).eps * (np.abs(A64) @ np.abs(B64))
        assert np.all(np.abs(C - A64 @ B64) <= bound + 1e-30)


def test_compiles_cleanly_alone_and_combined(tmp_path):
    for omp in (True, False):
        flags = compiler_flags(openmp=omp) + ["-Wall", "-Wextra", "-Werror", "-pedantic"]
        if not omp:
            assert "-fopenmp" not in flags
        for name, src in (("f32", c_gemm.source("float")), ("f64", c_gemm.source("double")),
                          ("both", c_gemm.source("float") + c_gemm.source("double"))):
            # one file that includes the helper but never calls it must compile too
            _compile(tmp_path, f"only_{name}_{omp}", HEADERS + src, flags)


def test_source_rejects_other_types():
    with pytest.raises(ValueError, match="float.*double"):
        c_gemm.source("int")


def _hot_loops(asm_lines):
    """Bodies of the backward-branch loops of an assembly listing with >= 16 FMAs."""
    labels = {}
    for n, line in enumerate(asm_lines):
        m = re.match(r"^(\.L\w+):", line)
        if m:
            labels[m.group(1)] = n
        m = re.match(r"^\s+j\w+\s+(\.L\w+)", line)
        if m and labels.get(m.group(1), n) < n:
            body = asm_lines[labels[m.group(1)]:n + 1]
            if sum("vfmadd" in x for x in body) >= 16:
                yield body


def test_accumulators_stay_in_vector_registers(tmp_path):
    """On this machine the inner loops of both kernels (packed micro-kernel, dot-product
    block) are 16 fused multiply-adds into zmm (ymm without AVX-512) registers with no stack
    traffic: accumulators and operands stay in vector registers."""
    probe = subprocess.run([CC, "-march=native", "-dM", "-E", "-"], input="",
                           capture_output=True, text=True).stdout
    if "__FMA__" not in probe:
        pytest.skip("no FMA on this machine")
    reg = "zmm" if "__AVX512F__" in probe else "ymm"
    flags = [f for f in compiler_flags() if f != "-shared"] + ["-S"]
    for ctype, p in (("float", "ps"), ("double", "pd")):
        src = HEADERS + c_gemm.source(ctype) + textwrap.dedent(f"""
            int use(int64_t K, const {ctype} *a, const {ctype} *b, {ctype} *c) {{
                return derive_gemm_{"f32" if ctype == "float" else "f64"}(
                    32, 144, K, a, K, 1, b, 1, K, c, 144, 1, 1)
                    + derive_gemm_{"f32" if ctype == "float" else "f64"}(
                    32, 784, K, a, K, 1, b, 784, 1, c, 784, 1, 0); }}
        """)
        asm = _compile(tmp_path, f"asm_{ctype}", src, flags, out_ext=".s").read_text()
        loops = list(_hot_loops(asm.splitlines()))
        assert len(loops) >= 2, f"{ctype}: kernel loops not found"
        for body in loops:
            text = "\n".join(body)
            assert f"vfmadd231{p}\t%{reg}" in text or f"vfmadd231{p}\t(" in text, text
            assert f"%{reg}" in text, text
            assert not re.search(r"\((%rsp|%rbp)\)|\d\((%rsp|%rbp)\)", text), \
                f"{ctype}: stack traffic in a kernel loop:\n{text}"


SANITIZE_MAIN = textwrap.dedent("""
    #include <stdio.h>
    static uint64_t lcg = 88172645463325252ull;
    static double rnd(void) {
        lcg = lcg * 6364136223846793005ull + 1442695040888963407ull;
        return (double)(int64_t)(lcg >> 40) / (double)(1 << 24) - 0.5;
    }
    /* naive reference in long double; returns the number of mismatches */
    #define CHECK(S, T, EPS) \\
    static int check_##S(int64_t M, int64_t N, int64_t K, int ta, int tb, int tc, int acc) { \\
        int64_t i, j, k, bad = 0; \\
        T *A = malloc(sizeof(T) * (size_t)(M * K + 1)); \\
        T *B = malloc(sizeof(T) * (size_t)(K * N + 1)); \\
        T *C = malloc(sizeof(T) * (size_t)(M * N * 2 + 1)); \\
        T *C0 = malloc(sizeof(T) * (size_t)(M * N * 2 + 1)); \\
        int64_t rsa = ta ? 1 : K, csa = ta ? M : 1, rsb = tb ? 1 : N, csb = tb ? K : 1; \\
        int64_t rsc = tc ? 1 : 2 * N, csc = tc ? M : 2; \\
        for (i = 0; i < M * K; i++) A[i] = (T)rnd(); \\
        for (i = 0; i < K * N; i++) B[i] = (T)rnd(); \\
        for (i = 0; i < M * N * 2; i++) C[i] = C0[i] = (T)rnd(); \\
        if (derive_gemm_##S(M, N, K, A, rsa, csa, B, rsb, csb, C, rsc, csc, acc)) return 1000; \\
        for (i = 0; i < M; i++) for (j = 0; j < N; j++) { \\
            long double s = acc ? C0[i * rsc + j * csc] : 0, m = fabsl(s); \\
            for (k = 0; k < K; k++) { \\
                long double p = (long double)A[i * rsa + k * csa] * B[k * rsb + j * csb]; \\
                s += p; m += fabsl(p); \\
            } \\
            if (fabsl(C[i * rsc + j * csc] - s) > 2 * (K + 2) * EPS * m + 1e-30) bad++; \\
        } \\
        free(A); free(B); free(C); free(C0); \\
        return (int)bad; \\
    }
    CHECK(f32, float, 1.2e-7L)
    CHECK(f64, double, 2.3e-16L)
    int main(void) {
        static const int64_t sz[] = {1, 2, 7, 17, 33, 100, 257};
        int a, b, c, l, bad = 0, runs = 0;
        for (a = 0; a < 7; a++) for (b = 0; b < 7; b++) for (c = 0; c < 7; c++)
            for (l = 0; l < 4; l++) {
                int ta = l & 1, tb = (l >> 1) & 1, tc = (a + b + c + l) % 3 == 0, acc = l == 1;
                bad += check_f32(sz[a], sz[b], sz[c], ta, tb, tc, acc);
                bad += check_f64(sz[a], sz[b], sz[c], ta, tb, tc, !acc);
                runs += 2;
            }
        bad += check_f32(32, 144, 784, 0, 1, 0, 1) + check_f32(300, 40, 900, 0, 0, 0, 0);
        bad += check_f64(32, 784, 144, 0, 0, 0, 0) + check_f64(200, 30, 800, 1, 0, 1, 1);
        bad += check_f32(70, 9, 2500, 0, 1, 0, 0) + check_f64(70, 9, 2500, 0, 1, 0, 1);
        printf("%d runs, %d mismatches\\n", runs + 6, bad);
        return bad != 0;
    }
""")


def _sanitizer_available(tmp_path):
    probe = tmp_path / "probe.c"
    probe.write_text("#include <stdlib.h>\nint main(void){void*p=malloc(4);free(p);return 0;}\n")
    r = subprocess.run([CC, "-fsanitize=address,undefined", str(probe), "-o",
                        str(tmp_path / "probe")], capture_output=True, text=True)
    if r.returncode != 0:
        return False
    return subprocess.run([str(tmp_path / "probe")], capture_output=True).returncode == 0


@pytest.mark.parametrize("extra", [[], ["-DDERIVE_GEMM_NO_SIMD"]], ids=["simd", "scalar"])
def test_under_address_and_undefined_sanitizers(tmp_path, extra):
    if not _sanitizer_available(tmp_path):
        pytest.skip("the AddressSanitizer / UBSan runtime is missing: sanitized run not done")
    src = HEADERS + c_gemm.source("float") + c_gemm.source("double") + SANITIZE_MAIN
    flags = [f for f in compiler_flags() if f not in ("-shared", "-fPIC")]
    flags += ["-fsanitize=address,undefined", "-fno-sanitize-recover=all",
              "-fno-omit-frame-pointer", "-g", "-Wall", "-Wextra", "-Werror", *extra]
    exe = _compile(tmp_path, "sanitized", src, flags, out_ext="")
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0",
               UBSAN_OPTIONS="print_stacktrace=1")
    r = subprocess.run([str(exe)], capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "runtime error" not in r.stderr and "AddressSanitizer" not in r.stderr, r.stderr
    assert " 0 mismatches" in r.stdout, r.stdout
