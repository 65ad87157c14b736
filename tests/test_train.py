"""The generated training step against PyTorch autograd, and ``derive train``.

Same initial weights, same data order, same learning rate, float64: the losses of 100 SGD
steps and the final weights agree to 1e-9 relative, for both built-in networks and both
backends.  The PyTorch networks are written here with torch.nn.functional, independently of
the network declaration."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

import torch  # noqa: E402  (a required test dependency: a missing oracle must fail, not skip)
F = torch.nn.functional

from derive.network import bp_net, seed_cnn  # noqa: E402
from derive.network import step as gen_step  # noqa: E402

STEPS = 100
LR = 0.5
BATCH = 4


def torch_bp(P, x):
    h = torch.sigmoid(F.linear(x, P["w1"], P["b1"]))
    h = torch.sigmoid(F.linear(h, P["w12"], P["b12"]))
    return torch.sigmoid(F.linear(h, P["w2"], P["b2"]))


def torch_cnn(P, x):
    h = F.max_pool2d(F.conv2d(x, P["w1cnn"], P["b1cnn"]), 2)
    h = torch.sigmoid(h.reshape(x.shape[0], -1))
    h = torch.sigmoid(F.linear(h, P["w12"], P["b12"]))
    return torch.sigmoid(F.linear(h, P["w2"], P["b2"]))


NETS = {"bp_net": (lambda: bp_net(64, 32, 16, 10), torch_bp),
        "seed_cnn": (seed_cnn, torch_cnn)}


def torch_sgd(fn, P0, xs, ds, lr):
    P = {k: torch.tensor(v, requires_grad=True) for k, v in P0.items()}
    losses = []
    for x, d in zip(xs, ds):
        x, d = torch.tensor(x), torch.tensor(d)
        y = fn(P, x)
        loss = 0.5 * ((y - d) ** 2).sum() / x.shape[0]
        for p in P.values():
            p.grad = None
        loss.backward()
        with torch.no_grad():
            for p in P.values():
                p -= lr * p.grad
        losses.append(loss.item())
    return losses, {k: v.detach().numpy() for k, v in P.items()}


def batches(net, seed=0):
    rng = np.random.default_rng(seed)
    xs = [rng.uniform(0, 1, size=(BATCH,) + net.input_shape) for _ in range(STEPS)]
    ds = [np.eye(net.output_shape[0])[rng.integers(0, net.output_shape[0], BATCH)]
          for _ in range(STEPS)]
    return xs, ds


@pytest.mark.parametrize("backend", ["numpy", "c"])
@pytest.mark.parametrize("name", list(NETS))
def test_training_step_matches_torch(name, backend, tmp_path):
    make, fn = NETS[name]
    net = make()
    step = gen_step.load(net, backend, tmp_path / "step")
    P0 = gen_step.init_params(net, seed=3)
    xs, ds = batches(net)
    want_losses, want_P = torch_sgd(fn, P0, xs, ds, LR)
    P = {k: v.copy() for k, v in P0.items()}
    losses = [step.train_step(P, x, d, LR) for x, d in zip(xs, ds)]
    np.testing.assert_allclose(losses, want_losses, rtol=1e-9, atol=0)
    for k in want_P:
        scale = np.abs(want_P[k]).max()
        np.testing.assert_allclose(P[k], want_P[k], rtol=1e-9, atol=1e-9 * scale,
                                   err_msg=f"{name}/{backend}: weight {k}")
    # the weights moved: the comparison is not between two untouched copies
    assert any(np.abs(P[k] - P0[k]).max() > 1e-3 for k in P)


def test_generated_step_source_chains_generated_kernels(tmp_path):
    net = seed_cnn()
    files = gen_step.generate(net, "numpy")
    assert "network.py" in files and "__init__.py" in files
    kernels = [f for f in files if f.startswith("kernel_")]
    # one generated module per distinct op configuration (the three sigmoids share one)
    assert len(kernels) == 6
    src = files["network.py"]
    # the chaining module calls kernels; it holds no layer arithmetic of its own
    for banned in ("np.exp", "np.dot", "@", "np.einsum", "np.maximum"):
        assert banned not in src, banned


def test_resize_bilinear_matches_torch():
    from derive.train import resize_bilinear
    rng = np.random.default_rng(0)
    img = rng.uniform(size=(3, 8, 8))
    want = F.interpolate(torch.tensor(img)[:, None], size=(14, 14), mode="bilinear",
                         align_corners=True)[:, 0].numpy()
    np.testing.assert_allclose(resize_bilinear(img, 14, 14), want, rtol=1e-12, atol=1e-12)


def test_train_command_smoke(tmp_path):
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "derive", "train", "--backend", "numpy",
                          "--epochs", "1", "--out", str(out)],
                         capture_output=True, timeout=900)
    stdout, stderr = res.stdout.decode(), res.stderr.decode()   # bytes: keep the \r
    assert res.returncode == 0, stderr[-2000:]
    last = stdout.strip().splitlines()[-1]
    assert last.startswith("test accuracy: ") and last.endswith("%")
    float(last[len("test accuracy: "):-1])
    assert (out / "learning_curve.png").stat().st_size > 1000
    md = (out / "seed_cnn.md").read_text()
    assert "delta recursion" in md and "expanded chain-rule product" in md
    assert (out / "train_step_numpy" / "network.py").exists()
    c_files = list((out / "train_step_c").glob("*/*.c"))
    assert len(c_files) == 6
    c_files.append(out / "train_step_c" / "network_step.c")
    # the written C sources compile as they are (each beside the header it includes)
    for c in c_files:
        cc = subprocess.run(["cc", "-std=c99", "-c", "-o", str(c.with_suffix(".o")), str(c)],
                            capture_output=True, text=True)
        assert cc.returncode == 0, cc.stderr[-1000:]
    assert "\repoch   1/1 [" in stderr   # the progress bar, updated in place


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_step_checks_its_arguments(backend, tmp_path):
    """Both steps check their arguments at the entry (the NumPy step then calls its kernels
    unchecked): a one-line ValueError naming the argument, no traceback from a kernel."""
    net = seed_cnn()
    step = gen_step.load(net, backend, tmp_path / "step")
    P = gen_step.init_params(net)
    x, d = np.zeros((2, 1, 14, 14)), np.zeros((2, 10))

    def bad(match, fn, *args):
        with pytest.raises(ValueError, match=match) as e:
            fn(*args)
        assert "\n" not in str(e.value)

    bad("shape", step.train_step, P, np.zeros((2, 1, 13, 14)), d, 0.1)
    bad("shape", step.train_step, P, np.zeros((1, 14, 14)), d, 0.1)
    bad("samples", step.train_step, P, x, np.zeros((3, 10)), 0.1)
    bad("shape", step.train_step, P, x, np.zeros((2, 9)), 0.1)
    Q = dict(P, w12=P["w12"].T)
    bad("w12", step.predict, Q, x)
    bad("w12", step.train_step, Q, x, d, 0.1)
    Q = dict(P, b2=P["b2"].astype(np.float32))
    bad("b2", step.train_step, Q, x, d, 0.1)
    Q = {k: v for k, v in P.items() if k != "w2"}
    bad("w2.*missing", step.train_step, Q, x, d, 0.1)
    bad("w2.*missing", step.predict, Q, x)
    Q = dict(P, b12=P["b12"].tolist())
    bad("b12", step.train_step, Q, x, d, 0.1)
    if backend == "numpy":      # float32 throughout is a float32 step
        P32 = {k: v.astype(np.float32) for k, v in P.items()}
        loss = step.train_step(P32, x.astype(np.float32), d.astype(np.float32), 0.1)
        assert P32["w12"].dtype == np.float32 and np.isfinite(loss)
        bad("dtype", step.train_step, P, x.astype(np.int64), d, 0.1)


def test_step_kernels_are_generated_for_the_layer_sizes():
    """The step's kernels of layers with a batch axis are generated for the per-sample sizes
    the chain fixed (their C entries take the batch size only); a layer without a batch axis
    (the sigmoids, over batch-sized vectors) keeps its size free.  The torch comparisons above
    run these kernels at several batch sizes."""
    import re
    files = gen_step.generate(seed_cnn(), "c")

    def sizes_of(path, fn):
        sig = re.search(r"int %s_forward_f64\(([^)]*)\)" % fn, files[path]).group(1)
        return [a.split()[-1] for a in sig.split(",") if a.strip().startswith("int64_t")]
    assert sizes_of("kernel_1_conv2d/derive_conv2d.c", "derive_conv2d") == ["N"]
    assert sizes_of("kernel_2_max_pool2d/derive_max_pool2d.c", "derive_max_pool2d") == ["N"]
    assert sizes_of("kernel_4_linear/derive_linear.c", "derive_linear") == ["N"]
    assert sizes_of("kernel_3_sigmoid/derive_sigmoid.c", "derive_sigmoid") == ["M"]
    src = gen_step.generate(seed_cnn(), "numpy")["kernel_1_conv2d.py"]
    assert "in_channels=1, out_channels=1, H=14, W=14)" in src


def test_c_step_names_the_layer_of_a_kernel_error(tmp_path):
    """The C step returns 1000 * (layer number) + the kernel's error code; the loader turns it
    into a ValueError naming the layer and carrying the kernel's own message.  (The step's
    argument checks catch bad shapes before any kernel runs, so the code is fed directly.)"""
    step = gen_step.load(seed_cnn(), "c", tmp_path / "step")._step
    with pytest.raises(ValueError, match=r"^layer 4 \(h2i\): x: .*I = 25$"):
        step._fail(4002)
    with pytest.raises(ValueError, match=r"^layer 1 \(temphicnn\): "):
        step._fail(1003)
    with pytest.raises(MemoryError):
        step._fail(-1)


def test_train_rejects_bad_options(tmp_path):
    res = subprocess.run([sys.executable, "-m", "derive", "train", "--epochs", "0", "--out",
                          str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert res.returncode == 2
    assert "epochs" in res.stderr and "Traceback" not in res.stderr


def torch_user(P, x):
    h = torch.relu(F.conv2d(x, P["w_c"], P["b_c"], stride=2, padding=1))
    h = F.avg_pool2d(h, 2)
    h = torch.tanh(F.linear(h.reshape(x.shape[0], -1), P["w_f"], P["b_f"]))
    return F.linear(h, P["w_o"], P["b_o"])


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_user_network_with_mean_loss_matches_torch(backend, tmp_path):
    """A network declared by the user from other catalog ops (relu, avg_pool2d, tanh) with
    the mean-reduction loss mse_loss."""
    from derive.network import Sequential, layer
    net = Sequential("user", (2, 9, 9), [
        layer("c", "conv2d", kernel_size=3, stride=2, padding=1, out_channels=3),
        layer("r", "relu"),
        layer("p", "avg_pool2d", kernel_size=2),
        layer("f", "linear", out_features=6),
        layer("t", "tanh"),
        layer("o", "linear", out_features=3),
    ], loss=layer("L", "mse_loss"))
    step = gen_step.load(net, backend, tmp_path / "step")
    P0 = gen_step.init_params(net, seed=5)
    rng = np.random.default_rng(2)
    xs = [rng.normal(size=(3, 2, 9, 9)) for _ in range(20)]
    ds = [rng.normal(size=(3, 3)) for _ in range(20)]
    P = {k: torch.tensor(v, requires_grad=True) for k, v in P0.items()}
    want = []
    for x, d in zip(xs, ds):
        loss = F.mse_loss(torch_user(P, torch.tensor(x)), torch.tensor(d))
        for p in P.values():
            p.grad = None
        loss.backward()
        with torch.no_grad():
            for p in P.values():
                p -= 0.1 * p.grad
        want.append(loss.item())
    Q = {k: v.copy() for k, v in P0.items()}
    got = [step.train_step(Q, x, d, 0.1) for x, d in zip(xs, ds)]
    np.testing.assert_allclose(got, want, rtol=1e-9)
    for k in Q:
        np.testing.assert_allclose(Q[k], P[k].detach().numpy(), rtol=1e-9, atol=1e-12)


def test_c_step_follows_the_arrays_it_is_given(tmp_path):
    """The C step caches the addresses of the last arrays it saw: two parameter sets used in
    turn must each be updated as if alone, and an array reshaped in place must be refused."""
    net = seed_cnn()
    step = gen_step.load(net, "c", tmp_path / "step")
    xs, ds = batches(net)
    P1, P2 = gen_step.init_params(net, seed=1), gen_step.init_params(net, seed=2)
    want = [torch_sgd(torch_cnn, P, xs[:3], ds[:3], LR)[1] for P in (P1, P2)]
    for x, d in zip(xs[:3], ds[:3]):
        step.train_step(P1, x, d, LR)
        step.train_step(P2, x.copy(), d, LR)
    for P, W in zip((P1, P2), want):
        for k in W:
            np.testing.assert_allclose(P[k], W[k], rtol=1e-9, atol=1e-12)
    P2["w12"].shape = (25, 80)          # same object, other shape
    with pytest.raises(ValueError, match="w12"):
        step.train_step(P2, xs[0], ds[0], LR)
    x = xs[0].copy()
    step.train_step(P1, x, ds[0], LR)
    x.shape = (BATCH, 1, 196)            # the cached input, reshaped in place
    with pytest.raises(ValueError, match="shape"):
        step.train_step(P1, x, ds[0], LR)
