#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
#
# Installs what is missing, builds into build/ and starts the GUI (extra arguments go to it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh gui
[[ -f build/CMakeCache.txt ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target sspilens sspilens-cli
exec build/bin/sspilens "$@"
