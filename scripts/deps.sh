#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
#
# Installs the Debian 12 packages that are missing (nothing when all are there, so a second run
# costs a dpkg query). Usage: scripts/deps.sh [gui|test|all]
set -euo pipefail

profile="${1:-all}"

build_pkgs=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev
            qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n libgl-dev
            libvulkan-dev fonts-noto-cjk
            # .evtx files are read through libevtx; Debian's libevtx.h also needs libbfio.h.
            libevtx-dev libbfio-dev)
test_pkgs=(mingw-w64-common opencc clang libclang-rt-14-dev clang-format clang-tidy
           desktop-file-utils appstream xvfb xauth imagemagick ripgrep time clazy libevtx-utils)

case "$profile" in
    gui)  wanted=("${build_pkgs[@]}") ;;
    test|all) wanted=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
    *) echo "usage: $0 [gui|test|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "run as root or install sudo" >&2; exit 1; }
    SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
