"""generated/ is the output of `derive generate`: fresh, standalone and correct."""
import importlib.util
import subprocess
import sys
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parents[1]
GEN = ROOT / "generated"


def test_generated_is_fresh():
    r = subprocess.run([sys.executable, "-m", "derive", "generate", "--check", "--dir", str(GEN)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr


def test_check_notices_a_stale_file(tmp_path):
    out = tmp_path / "gen"
    r = subprocess.run([sys.executable, "-m", "derive", "generate", "--dir", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    f = out / "numpy" / "linear.py"
    f.write_text(f.read_text() + "\n# edited by hand\n")
    r = subprocess.run([sys.executable, "-m", "derive", "generate", "--check", "--dir", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "linear.py" in r.stderr


def _module(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_generated_numpy_module_runs_standalone_and_matches_pytorch():
    mod = _module(GEN / "numpy" / "conv2d_3x3_s2_d2.py")
    rng = np.random.default_rng(1)
    x, w, b = rng.standard_normal((2, 3, 11, 9)), rng.standard_normal((4, 3, 3, 3)), rng.standard_normal(4)
    xt, wt, bt = (torch.tensor(a, requires_grad=True) for a in (x, w, b))
    yt = F.conv2d(xt, wt, bt, stride=2, dilation=2)
    y = mod.forward(x, w, b)
    np.testing.assert_allclose(y, yt.detach().numpy(), rtol=1e-10, atol=1e-12)
    g = rng.standard_normal(y.shape)
    yt.backward(torch.tensor(g))
    for got, t in zip(mod.backward(g, x, w, b), (xt, wt, bt)):
        np.testing.assert_allclose(got, t.grad.numpy(), rtol=1e-10, atol=1e-12)


def test_generated_c_compiles_cleanly(tmp_path):
    for c in sorted((GEN / "c").glob("*.c")):
        r = subprocess.run(["cc", "-std=c99", "-O1", "-Wall", "-Wextra", "-Werror", "-c", str(c),
                            "-I", str(GEN / "c"), "-o", str(tmp_path / (c.stem + ".o"))],
                           capture_output=True, text=True)
        assert r.returncode == 0, (c.name, r.stderr)


def test_every_file_is_headed_by_its_formula():
    for p in GEN.rglob("*"):
        if p.suffix in (".py", ".c", ".h"):
            head = p.read_text()[:3000]
            assert "grad" in head or "d/d" in head or "dL" in head, p


def test_cli_gen_writes_a_compilable_c_pair_and_a_numpy_module(tmp_path):
    out = tmp_path / "maxpool"
    r = subprocess.run([sys.executable, "-m", "derive", "gen", "max_pool2d", "kernel_size=3",
                        "stride=2", "--lang", "c", "-o", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run(["cc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-c", str(out) + ".c",
                        "-o", str(tmp_path / "m.o")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    py = tmp_path / "mp.py"
    r = subprocess.run([sys.executable, "-m", "derive", "gen", "max_pool2d", "kernel_size=3",
                        "stride=2", "-o", str(py)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    mod = _module(py)
    x = np.random.default_rng(0).standard_normal((1, 2, 7, 7))
    np.testing.assert_allclose(mod.forward(x), F.max_pool2d(torch.tensor(x), 3, 2).numpy())
