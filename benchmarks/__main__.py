"""Side-by-side timings: derive's generated C and NumPy kernels, PyTorch CPU (same threads) and a
textbook naive loop, in one process and one table.

    python -m benchmarks [--quick] [--out benchmarks/results]

Writes ``results.md`` (the table) and ``results.png`` (a bar chart of the ratios) into ``--out``.
Cases (issue 4):
  A  the seed CNN layer sizes at batch 1 (1x1x14x14, 5x5 conv, 2x2 max pool), float64
  B  N=32, 16->32 channels, 28x28, 3x3 conv, stride 1 pad 1, float32: forward, grad-input,
     grad-weight (each alone: backward(..., wrt=...)) and all gradients
  C  the same with stride 2, and with dilation 2
  B, C again in float64 (the NumPy target there: within 2.5x of PyTorch)
  D  max pool 2x2/2 and 3x3/2 on N=32, C=32, 56x56, float32
and this machine's float32 GEMM rate (numpy matmul of 1024^2) for reference.  Beside a target
a kernel can hardly meet, the check prints the figure that bounds it: numpy's matmul of a
float32 forward's im2col GEMM alone, the NumPy max-pool forward that its backward redoes, the
PyTorch step time the issue's ratios assumed.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np


def median_time(fn, min_runs=5, budget=1.0):
    """Median wall time of ``fn()`` over at least ``min_runs`` runs (more while under budget)."""
    fn()  # warm up (compilation, caches)
    times = []
    t_end = time.perf_counter() + budget
    while len(times) < min_runs or (time.perf_counter() < t_end and len(times) < 200):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def gemm_gflops():
    a = np.random.default_rng(0).standard_normal((1024, 1024)).astype(np.float32)
    t = median_time(lambda: a @ a, min_runs=5, budget=1.0)
    return 2 * 1024 ** 3 / t / 1e9


# ------------------------------------------------------------------ naive loops (textbook)
def naive_conv2d_forward(x, w, stride, padding, dilation):
    N, C, H, W = x.shape
    O, _, K, _ = w.shape
    Ho = (H + 2 * padding - dilation * (K - 1) - 1) // stride + 1
    Wo = (W + 2 * padding - dilation * (K - 1) - 1) // stride + 1
    y = np.zeros((N, O, Ho, Wo), dtype=x.dtype)
    for n in range(N):
        for o in range(O):
            for i in range(Ho):
                for j in range(Wo):
                    acc = 0.0
                    for c in range(C):
                        for a in range(K):
                            for b in range(K):
                                h = i * stride + a * dilation - padding
                                ww = j * stride + b * dilation - padding
                                if 0 <= h < H and 0 <= ww < W:
                                    acc += x[n, c, h, ww] * w[o, c, a, b]
                    y[n, o, i, j] = acc
    return y


def naive_max_pool2d(x, K, stride):
    N, C, H, W = x.shape
    Ho, Wo = (H - K) // stride + 1, (W - K) // stride + 1
    y = np.empty((N, C, Ho, Wo), dtype=x.dtype)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    m = -np.inf
                    for a in range(K):
                        for b in range(K):
                            v = x[n, c, i * stride + a, j * stride + b]
                            if v > m:
                                m = v
                    y[n, c, i, j] = m
    return y


def scaled_naive(fn, full_n, *args):
    """Time the naive loop on one sample and scale by the batch (it is linear in N)."""
    t = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t) * full_n


# ------------------------------------------------------------------ cases
def run(quick: bool):
    import torch
    import torch.nn.functional as F

    import derive
    threads = int(os.environ.get("OMP_NUM_THREADS", os.cpu_count() or 1))
    torch.set_num_threads(threads)
    rows = []  # (case, what, derive C, derive NumPy, torch, naive, multiply-adds or None)
    # reference figures for the targets not met: what bounds them (case -> seconds)
    gemm_alone = {}     # numpy's float32 matmul of the forward's im2col GEMM shape

    def conv_case(label, N, Cin, Cout, HW, K, stride, padding, dilation, dtype, naive=True):
        rng = np.random.default_rng(0)
        x = rng.standard_normal((N, Cin, HW, HW)).astype(dtype)
        w = rng.standard_normal((Cout, Cin, K, K)).astype(dtype)
        b = rng.standard_normal(Cout).astype(dtype)
        params = dict(kernel_size=K, stride=stride, padding=padding, dilation=dilation)
        kc = derive.load("conv2d", "c", **params)
        kn = derive.load("conv2d", "numpy", **params)
        y = kc.forward(x, w, b)
        g = rng.standard_normal(y.shape).astype(dtype)
        xt, wt, bt = (torch.tensor(a, requires_grad=True) for a in (x, w, b))
        yt = F.conv2d(xt, wt, bt, stride=stride, padding=padding, dilation=dilation)
        gt = torch.tensor(g)

        def torch_fwd():
            with torch.no_grad():
                F.conv2d(xt, wt, bt, stride=stride, padding=padding, dilation=dilation)

        def torch_bwd():
            torch.autograd.grad(yt, (xt, wt, bt), gt, retain_graph=True)

        def torch_grad(t):
            return lambda: torch.autograd.grad(yt, (t,), gt, retain_graph=True)

        t_naive = None if quick or not naive else scaled_naive(
            naive_conv2d_forward, N, x[:1], w, stride, padding, dilation)
        # multiply-adds of the convolution (the same for the forward and either gradient)
        macs = y.size * Cin * K * K
        if dtype == np.float32:
            # the GEMM a NumPy im2col forward hands to numpy: (O, C·K²) @ (C·K², N·Ho·Wo)
            ga = rng.standard_normal((Cout, Cin * K * K)).astype(dtype)
            gb = rng.standard_normal((Cin * K * K, y.size // Cout)).astype(dtype)
            gemm_alone[label] = median_time(lambda: ga @ gb)
        rows.append((label, "forward", median_time(lambda: kc.forward(x, w, b)),
                     median_time(lambda: kn.forward(x, w, b)), median_time(torch_fwd), t_naive,
                     macs))
        for what, name, t in (("grad-input", "x", xt), ("grad-weight", "w", wt)):
            rows.append((label, what, median_time(lambda: kc.backward(g, x, w, b, wrt=name)),
                         median_time(lambda: kn.backward(g, x, w, b, wrt=name)),
                         median_time(torch_grad(t)), None, macs))
        rows.append((label, "backward (all gradients)",
                     median_time(lambda: kc.backward(g, x, w, b)),
                     median_time(lambda: kn.backward(g, x, w, b)), median_time(torch_bwd), None,
                     None))

    def pool_case(label, N, C, HW, K, stride, dtype):
        rng = np.random.default_rng(0)
        x = rng.standard_normal((N, C, HW, HW)).astype(dtype)
        params = dict(kernel_size=K, stride=stride)
        kc = derive.load("max_pool2d", "c", **params)
        kn = derive.load("max_pool2d", "numpy", **params)
        y = kc.forward(x)
        g = rng.standard_normal(y.shape).astype(dtype)
        xt = torch.tensor(x, requires_grad=True)
        yt = F.max_pool2d(xt, K, stride)
        gt = torch.tensor(g)

        def torch_fwd():
            with torch.no_grad():
                F.max_pool2d(xt, K, stride)

        t_naive = None if quick else scaled_naive(naive_max_pool2d, N, x[:1], K, stride)
        rows.append((label, "forward", median_time(lambda: kc.forward(x)),
                     median_time(lambda: kn.forward(x)), median_time(torch_fwd), t_naive, None))
        rows.append((label, "backward", median_time(lambda: kc.backward(g, x)),
                     median_time(lambda: kn.backward(g, x)),
                     median_time(lambda: torch.autograd.grad(yt, xt, gt, retain_graph=True)),
                     None, None))

    def sgd_step_case():
        """(A) one full SGD step of the seed CNN at batch 1, float64: forward, backward, update."""
        import tempfile
        from derive.network import seed_cnn
        from derive.network import step as gen_step
        net = seed_cnn()
        rng = np.random.default_rng(0)
        x = rng.standard_normal((1, 1, 14, 14))
        d = np.eye(10)[[3]]
        times = {}
        for backend in ("c", "numpy"):
            step = gen_step.load(net, backend, tempfile.mkdtemp(prefix="bench_step_"))
            P = gen_step.init_params(net, 0)
            times[backend] = median_time(lambda: step.train_step(P, x, d, 0.1))
        P0 = gen_step.init_params(net, 0)
        Pt = {k: torch.tensor(v, requires_grad=True) for k, v in P0.items()}
        xt, dt = torch.tensor(x), torch.tensor(d)

        def torch_step():
            h = F.max_pool2d(F.conv2d(xt, Pt["w1cnn"], Pt["b1cnn"]), 2)
            h = torch.sigmoid(h.reshape(1, -1))
            h = torch.sigmoid(F.linear(h, Pt["w12"], Pt["b12"]))
            yo = torch.sigmoid(F.linear(h, Pt["w2"], Pt["b2"]))
            E = 0.5 * ((yo - dt) ** 2).sum()
            grads = torch.autograd.grad(E, list(Pt.values()))
            with torch.no_grad():
                for p, g in zip(Pt.values(), grads):
                    p -= 0.1 * g

        rows.append(("A seed CNN SGD step, batch 1, f64", "forward+backward+update",
                     times["c"], times["numpy"], median_time(torch_step), None, None))

    N = 4 if quick else 32
    sgd_step_case()
    conv_case("A seed conv 5x5, 1x1x14x14, f64", 1, 1, 1, 14, 5, 1, 0, 1, np.float64)
    pool_case("A seed max pool 2x2, 1x1x10x10, f64", 1, 1, 10, 2, 2, np.float64)
    conv_case(f"B conv 3x3 s1 p1, N={N} 16->32 28x28, f32", N, 16, 32, 28, 3, 1, 1, 1, np.float32)
    conv_case(f"C conv 3x3 s2 p1, N={N} 16->32 28x28, f32", N, 16, 32, 28, 3, 2, 1, 1, np.float32)
    conv_case(f"C conv 3x3 d2 p2, N={N} 16->32 28x28, f32", N, 16, 32, 28, 3, 1, 2, 2, np.float32)
    # float64: the NumPy target differs (within 2.5x of PyTorch)
    conv_case(f"B conv 3x3 s1 p1, N={N} 16->32 28x28, f64", N, 16, 32, 28, 3, 1, 1, 1, np.float64,
              naive=False)
    conv_case(f"C conv 3x3 s2 p1, N={N} 16->32 28x28, f64", N, 16, 32, 28, 3, 2, 1, 1, np.float64,
              naive=False)
    conv_case(f"C conv 3x3 d2 p2, N={N} 16->32 28x28, f64", N, 16, 32, 28, 3, 1, 2, 2, np.float64,
              naive=False)
    pool_case(f"D max pool 2x2/2, N={N} C=32 56x56, f32", N, 32, 56, 2, 2, np.float32)
    pool_case(f"D max pool 3x3/2, N={N} C=32 56x56, f32", N, 32, 56, 3, 2, np.float32)
    return rows, threads, gemm_alone


def table(rows, gflops, threads, gemm_alone) -> str:
    def ms(t):
        return "—" if t is None else f"{t * 1e3:.3f}"

    def ratio(a, b):
        return "—" if a is None or b is None else f"{b / a:.2f}×"

    def rate(c, macs, case):
        if macs is None:
            return "—"
        g = 2 * macs / c / 1e9
        # the share of the GEMM rate only for float32, the GEMM measured
        return f"{g:.0f}" if case.endswith("f64") else f"{g:.0f} ({100 * g / gflops:.0f} %)"

    out = [f"float32 GEMM (numpy 1024²): {gflops:.1f} GFLOP/s; threads: {threads}", "",
           "| case | pass | derive C ms | derive NumPy ms | PyTorch ms | naive ms | "
           "PyTorch / C | PyTorch / NumPy | C GFLOP/s (of GEMM rate) |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for case, what, c, n, t, nv, macs in rows:
        out.append(f"| {case} | {what} | {ms(c)} | {ms(n)} | {ms(t)} | {ms(nv)} | "
                   f"{ratio(c, t)} | {ratio(n, t)} | {rate(c, macs, case)} |")
    out.append("")
    out.append("Ratios above 1 mean derive's kernel is faster than PyTorch. Naive: a textbook "
               "Python loop, timed on one sample and scaled by the batch. GFLOP/s: two "
               "flops per multiply-add of the convolution.")
    out.append("")
    out += targets(rows, gflops, gemm_alone)
    return "\n".join(out)


def targets(rows, gflops, gemm_alone) -> list[str]:
    """Issue 4's speed targets, each checked against this run's figures, with the figure that
    bounds each target a kernel cannot meet on this machine or under this interface."""
    out = ["Targets (issue 4), checked on this run:", ""]

    def line(ok, text):
        out.append(f"- [{'x' if ok else ' '}] {text}")

    numpy_forward = {case: n for case, what, c, n, *_ in rows if what == "forward"}
    for case, what, c, n, t, _, macs in rows:
        if case.startswith("A seed CNN SGD"):
            # the ratios assume PyTorch at 557 µs, hand C at 6 µs, hand NumPy at 236 µs
            line(t / c >= 50, f"A: C SGD step at least 50× faster than PyTorch: {t / c:.1f}× "
                              f"(PyTorch {t * 1e6:.0f} µs here, the issue assumes 557; "
                              f"C {c * 1e6:.1f} µs, the issue's hand C 6)")
            line(t / n >= 2, f"A: NumPy SGD step at least 2× faster than PyTorch: {t / n:.2f}× "
                             f"(NumPy {n * 1e6:.0f} µs, the issue's hand NumPy 236)")
        elif case[0] in "BC" and macs is not None and case.endswith("f64"):
            line(n <= 2.5 * t, f"{case.split(',')[0]} {what}, float64: NumPy within 2.5× of "
                               f"PyTorch ({n / t:.2f}×)")
        elif case[0] in "BC" and macs is not None:
            g = 2 * macs / c / 1e9
            line(c <= 1.5 * t and g >= 0.4 * gflops,
                 f"{case.split(',')[0]} {what}: C within 1.5× of PyTorch ({c / t:.2f}×) and "
                 f"≥ 40 % of the GEMM rate ({100 * g / gflops:.0f} %)")
            bound = ""
            if case in gemm_alone and what == "forward":
                bound = (f"; numpy's matmul of its im2col GEMM alone: "
                         f"{gemm_alone[case] / t:.2f}×")
            line(n <= 3 * t, f"{case.split(',')[0]} {what}: NumPy within 3× of PyTorch "
                             f"({n / t:.2f}×{bound})")
        elif case[0] == "D":
            # the issue states (D) for max pooling as such: both passes are checked
            line(c < t, f"{case.split(',')[0]} {what}: C faster than PyTorch ({t / c:.2f}×)")
            bound = ""
            if what == "backward":
                # backward(grad_output, x) gets no saved indices: it finds the maxima again
                bound = (f"; the NumPy forward alone, which it redoes: "
                         f"{numpy_forward[case] / t:.2f}×")
            line(n <= 3 * t, f"{case.split(',')[0]} {what}: NumPy within 3× of PyTorch "
                             f"({n / t:.2f}×{bound})")
    return out


def chart(rows, path: Path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    labels = [f"{c.split(',')[0]} {c.split(', ')[-1]}\n{w}" for c, w, *_ in rows]
    rc = [t / c for _, _, c, _, t, *_ in rows]
    rn = [t / n for _, _, _, n, t, *_ in rows]
    xs = np.arange(len(rows))
    fig, ax = plt.subplots(figsize=(max(8, len(rows) * 0.9), 4.5))
    ax.bar(xs - 0.2, rc, 0.4, label="derive C")
    ax.bar(xs + 0.2, rn, 0.4, label="derive NumPy")
    ax.axhline(1.0, color="k", lw=0.8)
    ax.set_yscale("log")
    ax.set_ylabel("PyTorch time / derive time")
    ax.set_xticks(xs, labels, fontsize=6, rotation=60, ha="right")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small batch, no naive loops")
    ap.add_argument("--out", default="benchmarks/results")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    gflops = gemm_gflops()
    rows, threads, gemm_alone = run(args.quick)
    text = table(rows, gflops, threads, gemm_alone)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.md").write_text(text + "\n", encoding="utf-8")
    chart(rows, out / "results.png")
    print(text)
    print(f"\nwrote {out / 'results.md'} and {out / 'results.png'} "
          f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
