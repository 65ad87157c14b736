"""The main job reaches the issue's bar: the seed CNN trained by `derive train` with its
defaults classifies at least 90 % of the held-out digits correctly, on both backends."""
import re
import subprocess
import sys

import pytest


@pytest.mark.parametrize("backend", ["c", "numpy"])
def test_default_training_reaches_90_percent(backend, tmp_path):
    r = subprocess.run([sys.executable, "-m", "derive", "train", "--backend", backend,
                        "--out", str(tmp_path)], capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-2000:]
    last = r.stdout.strip().splitlines()[-1]
    m = re.fullmatch(r"test accuracy: (\d+\.\d)%", last)
    assert m, last
    assert float(m.group(1)) >= 90.0, last
    assert (tmp_path / "learning_curve.png").stat().st_size > 0
