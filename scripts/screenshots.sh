#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
#
# Regenerates the README screenshots of the code library under a virtual X server.
#   scripts/screenshots.sh [BUILD_DIR] [OUTPUT_DIR]     (defaults: build, docs)
# Needs xvfb-run (Debian: xvfb) and ImageMagick's `import`. Uses a throw-away settings folder, so
# your own window layout and language choice are neither used nor changed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs}
app=$build/bin/sspilens
select_code=${SSPILENS_SCREENSHOT_CODE:-SEC_E_WRONG_PRINCIPAL}
settle=${SSPILENS_SCREENSHOT_SETTLE:-3}

for tool in xvfb-run import; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is not installed" >&2; exit 1; }
done
[[ -x $app ]] || { echo "screenshots.sh: $app not found; build the sspilens target first" >&2; exit 1; }
mkdir -p "$out"

# shoot FILE WIDTH HEIGHT [sspilens options...]
# The X screen is exactly the window's size and there is no window manager, so the window sits at
# the origin and a root-window capture is the window and nothing else.
shoot() {
    local file=$1 width=$2 height=$3
    shift 3
    local settings
    settings=$(mktemp -d)
    XDG_CONFIG_HOME=$settings SSPILENS_SHOT_FILE=$out/$file SSPILENS_SHOT_SETTLE=$settle \
        xvfb-run -a -s "-screen 0 ${width}x${height}x24 -dpi 96" \
        bash -c '"$@" & pid=$!
                 sleep "$SSPILENS_SHOT_SETTLE"
                 import -window root "$SSPILENS_SHOT_FILE"
                 kill "$pid"; wait "$pid" 2>/dev/null || true' \
        shot "$app" --lang en --size "${width}x${height}" --select "$select_code" "$@"
    rm -rf "$settings"
    echo "wrote $out/$file"
}

export QT_QPA_PLATFORM=xcb
unset QT_STYLE_OVERRIDE
# Fusion in both shots, so that light and dark differ only by palette.
shoot code-library.png 1400 900 -style Fusion
shoot code-library-dark.png 1400 900 -style Fusion --dark
shoot code-library-1024x640.png 1024 640 -style Fusion
# The log decoder with the built-in sample log, one finding selected and explained.
shoot log-decoder.png 1400 900 -style Fusion --sample --explain 14
shoot log-decoder-dark.png 1400 900 -style Fusion --dark --sample --explain 14
# Traditional Chinese (Taiwan): the same views, and the small window where clipping shows first.
shoot code-library-zh_TW.png 1400 900 -style Fusion --lang zh_TW
shoot code-library-zh_TW-1024x640.png 1024 640 -style Fusion --lang zh_TW
shoot log-decoder-zh_TW.png 1400 900 -style Fusion --lang zh_TW --sample --explain 14
# A Simplified Chinese log decoded from Windows' own Chinese message texts alone, the card showing
# the texts in other languages (issue 14).
shoot log-decoder-zh-log.png 1400 1200 -style Fusion --lang zh_TW --open "$root/tests/corpus/zh-cn-sqlclient.log" --explain 1
# The Events tab of an Event Viewer text log, its first event selected, in both languages (dark).
shoot log-decoder-events.png 1400 900 -style Fusion --dark --tab events --open "$root/tests/data/events/eventviewer-en.txt"
shoot log-decoder-events-zh_TW.png 1400 900 -style Fusion --dark --lang zh_TW --tab events \
    --open "$root/tests/data/events/eventviewer-zh-TW.txt"
# Issue 12's pasted event log: seven codes of five families, Kerberos 0x18 explained, both languages.
shoot log-decoder-event-log.png 1400 900 -style Fusion --open "$root/tests/data/events/issue12-paste.txt" --explain 4
shoot log-decoder-event-log-zh_TW.png 1400 900 -style Fusion --lang zh_TW \
    --open "$root/tests/data/events/issue12-paste.txt" --explain 4
# The code library with the Family filter, a Kerberos code and its cross-family map.
select_code=KDC_ERR_PREAUTH_FAILED
shoot code-library-kerberos.png 1400 900 -style Fusion
shoot code-library-kerberos-zh_TW.png 1400 900 -style Fusion --lang zh_TW
