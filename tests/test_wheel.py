"""The package works installed from a wheel, not only from the source tree: templates ship
inside it and the command line runs from another directory."""
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_installs_and_runs(tmp_path):
    wheels = tmp_path / "wheels"
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                        "-q", "-w", str(wheels), str(ROOT)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    (whl,) = wheels.glob("derive-*.whl")
    names = zipfile.ZipFile(whl).namelist()
    assert any(n.startswith("derive/templates/") for n in names), names
    assert "derive/ops/conv.py" in names
    for pkg in (ROOT / "derive").rglob("__init__.py"):
        rel = pkg.relative_to(ROOT).as_posix()
        assert rel in names, f"{rel} is missing from the wheel: add it to pyproject's packages"
    target = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                        str(target), str(whl)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    env = dict(os.environ, PYTHONPATH=str(target))
    code = ("import derive, importlib.resources as r; "
            "assert derive.__file__.startswith(%r), derive.__file__; "
            "from derive import ops; d = ops.get('conv2d', stride=2).derive(); "
            "print(sorted(d.gradients)); "
            "print(sorted(p.name for p in r.files('derive.templates').iterdir()))" % str(target))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    assert "['b', 'w', 'x']" in r.stdout
    for sub in ("c", "latex", "markdown", "numpy"):
        assert sub in r.stdout
    r = subprocess.run([sys.executable, "-m", "derive", "list"], capture_output=True, text=True,
                       cwd=tmp_path, env=env)
    assert r.returncode == 0 and "superpixel_max_pool" in r.stdout
