#!/usr/bin/env bash
# Set up (scripts/setup.sh) and run the main job: derive, explain, generate and train the seed
# CNN on the digits data set.  Extra arguments go to `derive train` (see `derive train --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
derive train "$@"
