#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
#
# Times `sspilens-cli decode --format json` against `rg -c -i -f bench/patterns.txt` on the same
# generated log, in one run, and prints the ratio and the peak memory of both. Then the
# adversarial inputs (throughput relative to the normal log) and a multi-gigabyte stream through
# a pipe (peak memory must stay bounded).
#
#   bench/run_decode_bench.sh [BUILD_DIR]         (default: build)
#   SIZE_MB=200 STREAM_GB=4 ADVERSARIAL_MB=100 RUNS=3 bench/run_decode_bench.sh build
#
# Needs ripgrep and GNU time (Debian: apt-get install ripgrep time).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
size_mb=${SIZE_MB:-200}
stream_gb=${STREAM_GB:-4}
adversarial_mb=${ADVERSARIAL_MB:-100}
runs=${RUNS:-3}
cli=$build/bin/sspilens-cli
gen=$build/bin/sspilens-loggen
patterns=$here/patterns.txt

for tool in "$cli" "$gen"; do
    [ -x "$tool" ] || { echo "missing $tool: build the project first" >&2; exit 1; }
done
command -v rg >/dev/null || { echo "ripgrep is missing: apt-get install ripgrep" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/sspilens-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Best (lowest) wall time of $runs runs: prints "seconds peak_rss_kb cpu_seconds" (user + system
# time of that run: more than the wall time when a program works on two threads at once).
best() {
    local best_s="" best_kb="" best_cpu="" s kb user sys
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > "$work/out"
        read -r s kb user sys < "$work/time"
        if [ -z "$best_s" ] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
            best_s=$s
            best_kb=$kb
            best_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        fi
    done
    echo "$best_s $best_kb $best_cpu"
}
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

echo "== generating a ${size_mb} MiB log (seed 42)"
"$gen" "$size_mb" 42 > "$work/bench.log"
cat "$work/bench.log" > /dev/null # page cache, for both tools alike
lines=$(wc -l < "$work/bench.log")

read -r d_s d_kb d_cpu < <(best "$cli" decode --format json "$work/bench.log")
findings=$(grep -c '"file": ' "$work/out" || true)
read -r r_s r_kb r_cpu < <(best rg -c -i -f "$patterns" "$work/bench.log")
rg_lines=$(cat "$work/out")

echo
echo "log:     ${size_mb} MiB, ${lines} lines"
echo "decode:  $(calc '%.2f' "$d_s") s (CPU ${d_cpu} s)  $(calc '%.0f' "$size_mb / $d_s") MiB/s  peak RSS $(calc '%.1f' "$d_kb / 1024") MiB  ${findings} findings"
echo "ripgrep: $(calc '%.2f' "$r_s") s (CPU ${r_cpu} s)  $(calc '%.0f' "$size_mb / $r_s") MiB/s  peak RSS $(calc '%.1f' "$r_kb / 1024") MiB  ${rg_lines} matching lines"
echo "ratio decode/ripgrep: $(calc '%.2f' "$d_s / $r_s")  (target <= 1.00)"
# decode scans on a second thread beside the one that reads; ripgrep searches one file on one.
echo "CPU time decode/ripgrep: $(calc '%.2f' "$d_cpu / $r_cpu")"

echo
echo "== adversarial inputs, ${adversarial_mb} MiB each (slowdown = normal throughput / this throughput)"
normal=$(calc '%.6f' "$size_mb / $d_s")
for kind in hex digits symbols; do
    "$gen" --adversarial "$kind" "$adversarial_mb" > "$work/adv.log"
    read -r a_s a_kb _ < <(best "$cli" decode --format json "$work/adv.log")
    tp=$(calc '%.6f' "$adversarial_mb / $a_s")
    printf '%-8s %6.2f s  %5.0f MiB/s  slowdown %.2f  peak RSS %.1f MiB\n' \
        "$kind" "$a_s" "$tp" "$(calc '%.6f' "$normal / $tp")" "$(calc '%.6f' "$a_kb / 1024")"
done
rm -f "$work/adv.log"

echo
echo "== ${stream_gb} GiB streamed through a pipe (no file on disk)"
"$gen" $((stream_gb * 1024)) 7 | /usr/bin/time -f "%e %M" -o "$work/time" "$cli" decode --format json > "$work/out"
read -r s_s s_kb < "$work/time"
printf 'stream:  %.1f s  %.0f MiB/s  peak RSS %.1f MiB  %s findings\n' "$s_s" \
    "$(calc '%.6f' "$stream_gb * 1024 / $s_s")" "$(calc '%.6f' "$s_kb / 1024")" "$(grep -c '"file": ' "$work/out" || true)"
