#!/usr/bin/env bash
# Set up a virtual environment with derive and everything its tests need.
# Idempotent: re-running only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
. .venv/bin/activate
python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
# torch==2.13.0 installs from a local file on this machine; any other version downloads GBs
python -m pip install --quiet -e ".[test,train]"
