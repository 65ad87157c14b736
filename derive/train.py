"""``derive train``: the seed CNN derived, explained, generated and trained on digits.

1. declares seed 003's CNN (:func:`derive.network.builtin.seed_cnn`) and derives its gradients
   through the whole chain (:mod:`derive.network.chain`);
2. writes the explanation (``seed_cnn.md``, ``seed_cnn.tex`` and, with pdflatex,
   ``seed_cnn.pdf``: both gradient forms and the max-pool routing) and the generated
   training steps (``train_step_numpy/``, ``train_step_c/``) into ``--out``;
3. trains with the chosen backend's generated step on scikit-learn's digits (shipped with the
   package: 1797 8x8 images), resized to 14x14 by bilinear interpolation, with a held-out test
   split, a progress bar on stderr and a learning-curve PNG;
4. prints the test accuracy as its last line: ``test accuracy: NN.N%``.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np

DEFAULTS = {"epochs": 30, "lr": 2.0, "batch_size": 8}
TEST_FRACTION = 0.2


def resize_bilinear(images: np.ndarray, height: int, width: int) -> np.ndarray:
    """Bilinear resize of the last two axes, corners aligned (``align_corners=True``)."""
    h, w = images.shape[-2:]
    ys = np.linspace(0.0, h - 1, height)
    xs = np.linspace(0.0, w - 1, width)
    y0 = np.floor(ys).astype(int)
    x0 = np.floor(xs).astype(int)
    y1 = np.minimum(y0 + 1, h - 1)
    x1 = np.minimum(x0 + 1, w - 1)
    fy = (ys - y0)[:, None]
    fx = (xs - x0)[None, :]
    a = images[..., y0[:, None], x0[None, :]]
    b = images[..., y0[:, None], x1[None, :]]
    c = images[..., y1[:, None], x0[None, :]]
    d = images[..., y1[:, None], x1[None, :]]
    return (a * (1 - fy) * (1 - fx) + b * (1 - fy) * fx + c * fy * (1 - fx) + d * fy * fx)


def load_digits_14(seed: int = 0, size: int = 14):
    """(x_train, y_train, x_test, y_test): images (N, 1, size, size) in [0, 1], labels."""
    from sklearn.datasets import load_digits
    data = load_digits()
    x = resize_bilinear(data.images / 16.0, size, size)[:, None].astype(np.float64)
    y = data.target.astype(np.int64)
    perm = np.random.default_rng(seed).permutation(len(x))
    n_test = int(round(len(x) * TEST_FRACTION))
    test, train = perm[:n_test], perm[n_test:]
    return x[train], y[train], x[test], y[test]


class Progress:
    """A plain-text progress bar on stderr (``\\r`` updates)."""

    def __init__(self, total: int, label: str, stream=None, width: int = 30):
        self.total, self.label, self.width = max(1, total), label, width
        self.stream = stream or sys.stderr
        self.t0 = time.perf_counter()

    def update(self, done: int, extra: str = ""):
        frac = min(1.0, done / self.total)
        n = int(round(frac * self.width))
        bar = "#" * n + "." * (self.width - n)
        el = time.perf_counter() - self.t0
        self.stream.write(f"\r{self.label} [{bar}] {done}/{self.total} {el:5.1f}s {extra}")
        self.stream.flush()

    def close(self, extra: str = ""):
        self.update(self.total, extra)
        self.stream.write("\n")
        self.stream.flush()


def accuracy(step, P, x, y, batch: int = 512) -> float:
    correct = 0
    for s in range(0, len(x), batch):
        out = step.predict(P, x[s:s + batch])
        correct += int((out.argmax(axis=1) == y[s:s + batch]).sum())
    return correct / len(x)


def learning_curve(path: Path, losses, accs, title: str):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax1 = plt.subplots(figsize=(6.4, 4.0))
    ep = np.arange(1, len(losses) + 1)
    ax1.plot(ep, losses, color="tab:blue", label="training loss E")
    ax1.set_xlabel("epoch")
    ax1.set_ylabel("training loss (mean half SSE per sample)", color="tab:blue")
    ax2 = ax1.twinx()
    ax2.plot(ep, np.asarray(accs) * 100, color="tab:red", label="test accuracy")
    ax2.set_ylabel("test accuracy (%)", color="tab:red")
    ax1.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def train(net, step, x_tr, y_tr, x_te, y_te, epochs, lr, batch_size, seed, progress=True):
    """SGD with the generated step; returns (params, losses, accuracies, epoch times)."""
    from .network.step import init_params
    P = init_params(net, seed)
    targets = np.eye(net.output_shape[0])[y_tr]
    rng = np.random.default_rng(seed + 1)
    losses, accs, times = [], [], []
    n_batches = (len(x_tr) + batch_size - 1) // batch_size
    for ep in range(epochs):
        order = rng.permutation(len(x_tr))
        bar = Progress(n_batches, f"epoch {ep + 1:3d}/{epochs}") if progress else None
        t0 = time.perf_counter()
        total = 0.0
        for b in range(n_batches):
            idx = order[b * batch_size:(b + 1) * batch_size]
            total += step.train_step(P, x_tr[idx], targets[idx], lr) * len(idx)
            if bar and (b % 16 == 0 or b == n_batches - 1):
                bar.update(b + 1, f"loss {total / ((b + 1) * batch_size):.4f}")
        times.append(time.perf_counter() - t0)
        losses.append(total / len(x_tr))
        accs.append(accuracy(step, P, x_te, y_te))
        if bar:
            bar.close(f"loss {losses[-1]:.4f} test {accs[-1] * 100:.1f}%")
    return P, losses, accs, times


def main(args) -> int:
    from .network import builtin, chain, document, step as gen_step

    backend = getattr(args, "backend", "c") or "c"
    if backend not in gen_step.BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(gen_step.BACKENDS)}, got "
                         f"{backend!r}")
    epochs = args.epochs if getattr(args, "epochs", None) is not None else DEFAULTS["epochs"]
    lr = args.lr if getattr(args, "lr", None) is not None else DEFAULTS["lr"]
    bs = (args.batch_size if getattr(args, "batch_size", None) is not None
          else DEFAULTS["batch_size"])
    seed = getattr(args, "seed", 0) or 0
    if epochs < 1:
        raise ValueError(f"epochs must be at least 1, got {epochs}")
    if bs < 1:
        raise ValueError(f"batch size must be at least 1, got {bs}")
    if not lr > 0:
        raise ValueError(f"learning rate must be positive, got {lr}")
    out = Path(getattr(args, "out", None) or "out")
    out.mkdir(parents=True, exist_ok=True)
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731

    t0 = time.perf_counter()
    net = builtin.seed_cnn()
    log(net.summary())
    log("deriving the gradients through the chain ...")
    ch = chain.Chain(net)
    doc = out / "seed_cnn.md"
    doc.write_text(document.markdown(ch), encoding="utf-8")
    tex = out / "seed_cnn.tex"
    tex.write_text(document.latex(ch), encoding="utf-8")
    log(f"wrote {doc} and {tex} ({time.perf_counter() - t0:.1f}s)")
    try:
        from .explain.pdf import PdfError, compile_tex
        compile_tex(tex.read_text(encoding="utf-8"), out / "seed_cnn.pdf")
        log(f"wrote {out / 'seed_cnn.pdf'}")
    except (ImportError, PdfError) as e:
        log(f"no PDF of the explanation: {e}")
    for be in gen_step.BACKENDS:
        d = gen_step.write(net, be, out / f"train_step_{be}")
        log(f"wrote the generated {be} training step to {d}/")
    try:
        step = gen_step.import_package(out / f"train_step_{backend}", f"{net.name}_{backend}")
    except (OSError, RuntimeError, subprocess.SubprocessError) as e:
        raise ValueError(f"the {backend} training step could not be built ({e}); "
                         f"try --backend numpy") from None
    log(f"loaded the {backend} training step ({time.perf_counter() - t0:.1f}s)")

    x_tr, y_tr, x_te, y_te = load_digits_14(seed)
    log(f"digits: {len(x_tr)} training and {len(x_te)} test images, 14x14; "
        f"SGD lr={lr} batch={bs} epochs={epochs} backend={backend}")
    P, losses, accs, times = train(net, step, x_tr, y_tr, x_te, y_te, epochs, lr, bs, seed)
    png = out / "learning_curve.png"
    learning_curve(png, losses, accs, f"seed CNN on digits ({backend} backend)")
    log(f"wrote {png}")
    np.savez(out / "weights.npz", **P)
    log(f"time per epoch: {np.mean(times):.3f}s (backend {backend}); "
        f"total {time.perf_counter() - t0:.1f}s")
    print(f"test accuracy: {accs[-1] * 100:.1f}%")
    return 0
