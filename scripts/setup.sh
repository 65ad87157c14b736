#!/usr/bin/env bash
# Set up everything derive and its tests need on a machine with Python 3.11, gcc and apt:
# a TeX engine (documents -> PDF, Chinese included) from Debian's packages, and a virtual
# environment (.venv) with derive installed in it.  Idempotent: re-running installs only what
# is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdflatex >/dev/null 2>&1 || need+=(texlive-latex-base texlive-latex-recommended texlive-latex-extra)
# Chinese documents: CJKutf8 with the GB song font
{ kpsewhich CJKutf8.sty && kpsewhich c70gbsn.fd; } >/dev/null 2>&1 || \
    need+=(latex-cjk-common latex-cjk-chinese latex-cjk-chinese-arphic-gbsn00lp)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing Debian packages: ${need[*]}" >&2
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
. .venv/bin/activate
# torch==2.13.0 (the test extra) installs from a local file on this machine; any other
# version would download gigabytes
python -m pip install --quiet -e ".[test,train]"
