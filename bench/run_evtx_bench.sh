#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
#
# Times `sspilens-cli decode --format json FILE.evtx` against `evtxexport -f xml FILE.evtx` (the
# same library writing the same XML) on the same files, and prints the ratio and the peak memory
# of both: tests/data/evtx/Security_with_size_t.evtx, then files made of its chunks repeated
# (bench/repeat_evtx_chunks.py).
#
#   bench/run_evtx_bench.sh [BUILD_DIR]          (default: build)
#   REPEATS="10 60" RUNS=3 bench/run_evtx_bench.sh build
#
# Needs libevtx-utils (evtxexport), python3 and GNU time.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
repeats=${REPEATS:-10 60}
runs=${RUNS:-3}
cli=$build/bin/sspilens-cli
fixture=$here/../tests/data/evtx/Security_with_size_t.evtx

[ -x "$cli" ] || { echo "missing $cli: build the project first" >&2; exit 1; }
command -v evtxexport >/dev/null || { echo "evtxexport is missing: apt-get install libevtx-utils" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
"$cli" decode "$fixture" 2>&1 >/dev/null | grep -q libevtx && { echo "$cli was built without libevtx" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/sspilens-evtx-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Best (lowest) wall time of $runs runs: prints "seconds peak_rss_kb".
best() {
    local best_s="" best_kb="" s kb
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> /dev/null
        read -r s kb < "$work/time"
        if [ -z "$best_s" ] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
            best_s=$s
            best_kb=$kb
        fi
    done
    echo "$best_s $best_kb"
}
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

measure() {
    local file=$1 label=$2
    cat "$file" > /dev/null # page cache, for both tools alike
    local mib findings records
    mib=$(calc '%.1f' "$(stat -c %s "$file") / 1048576")
    read -r d_s d_kb < <(best "$cli" decode --format json "$file")
    findings=$(grep -c '"file": ' "$work/out" || true)
    read -r e_s e_kb < <(best evtxexport -f xml "$file")
    records=$(grep -c '^<Event ' "$work/out" || true)
    printf '%-34s %7s MiB %7s records %6s findings | decode %6.2f s %6.1f MiB | evtxexport %6.2f s %6.1f MiB | ratio %.2f\n' \
        "$label" "$mib" "$records" "$findings" "$d_s" "$(calc '%.6f' "$d_kb / 1024")" \
        "$e_s" "$(calc '%.6f' "$e_kb / 1024")" "$(calc '%.6f' "$d_s / ($e_s > 0 ? $e_s : 0.01)")"
}

echo "== decode --format json vs evtxexport -f xml (best of $runs; ratio target <= 1.5)"
measure "$fixture" "Security_with_size_t.evtx"
for n in $repeats; do
    python3 "$here/repeat_evtx_chunks.py" "$fixture" "$work/x$n.evtx" "$n"
    measure "$work/x$n.evtx" "$n x its chunks"
    rm -f "$work/x$n.evtx"
done
