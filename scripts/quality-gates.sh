#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
#
# The gates beyond the unit tests, run by .ci/run after scripts/run-tests.sh:
#   format  clang-format --dry-run --Werror over our sources (.clang-format, clang-format 14)
#   tidy    clang-tidy with .clang-tidy over core, ui and app (uses build/compile_commands.json)
#   args    no chained QString::arg() in core, ui and app (scripts/check-arg-chains.py: a '%1' in a
#           file name or log line must never be substituted again), and clazy's qstring-arg check
#   asan    AddressSanitizer + UndefinedBehaviorSanitizer build in build-asan/, whole test suite
#   fuzz    libFuzzer targets (clang) in build-fuzz/, each for FUZZ_SECONDS (default 60) on the seeds
#   package cmake --install into a staging folder and cpack -G "DEB;TGZ" in build/
# Usage: scripts/quality-gates.sh [format|tidy|args|asan|fuzz|package]...   (none: all of them)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test

gates=("$@")
[[ ${#gates[@]} -eq 0 ]] && gates=(format tidy args asan fuzz package)
jobs=$(nproc)

sources() {
    git ls-files -- 'core/*.h' 'core/*.cpp' 'ui/*.h' 'ui/*.cpp' 'app/*.h' 'app/*.cpp' \
        'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' 'fuzz/*.cpp'
}

for gate in "${gates[@]}"; do
    echo "== gate: $gate"
    case "$gate" in
    format)
        sources | xargs clang-format --dry-run --Werror
        ;;
    tidy)
        [[ -f build/compile_commands.json ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
        # Generated moc/rcc files must exist before clang-tidy reads the sources.
        cmake --build build --target sspilens sspilens-cli
        git ls-files -- 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp' \
            | xargs -P "$jobs" -n 4 clang-tidy -p build --quiet 2> >(grep -v -E '^[0-9]+ warnings? generated' >&2)
        ;;
    args)
        git ls-files -- 'core/*.h' 'core/*.cpp' 'ui/*.h' 'ui/*.cpp' 'app/*.h' 'app/*.cpp' \
            | xargs python3 scripts/check-arg-chains.py
        [[ -f build/compile_commands.json ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
        cmake --build build --target sspilens sspilens-cli
        git ls-files -- 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp' ':!core/catalog/*' \
            | xargs -P "$jobs" -n 4 clazy-standalone -p build --checks=qstring-arg 2>&1 \
            | { ! grep -E 'warning:|error:'; }
        ;;
    asan)
        cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSSPILENS_SANITIZE=ON \
            -DSSPILENS_BUILD_BENCH=OFF >/dev/null
        cmake --build build-asan
        ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1" \
        LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
            ctest --test-dir build-asan --output-on-failure -j "$jobs"
        ;;
    fuzz)
        CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DSSPILENS_FUZZ=ON -DSSPILENS_BUILD_GUI=OFF -DSSPILENS_BUILD_TESTS=OFF \
            -DSSPILENS_BUILD_BENCH=OFF >/dev/null
        cmake --build build-fuzz --target fuzz_scanner fuzz_lookup
        for target in scanner lookup; do
            work=$(mktemp -d)
            cp -r "fuzz/corpus/$target/." "$work/"
            # Crash and timeout files go to build-fuzz/artifacts/, never into the source tree.
            mkdir -p build-fuzz/artifacts
            build-fuzz/fuzz/fuzz_$target -max_total_time="${FUZZ_SECONDS:-60}" -timeout=10 \
                -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$PWD/build-fuzz/artifacts/" \
                "$work" > "build-fuzz/fuzz_$target.log" 2>&1 || { cat "build-fuzz/fuzz_$target.log"; exit 1; }
            grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "build-fuzz/fuzz_$target.log" || true
            rm -rf "$work"
        done
        ;;
    package)
        stage=$(mktemp -d)
        cmake --install build --prefix "$stage/usr" >/dev/null
        (cd build && cpack -G "DEB;TGZ" >/dev/null && ls -1 ./*.deb ./*.tar.gz)
        rm -rf "$stage"
        ;;
    *)
        echo "unknown gate: $gate" >&2
        exit 2
        ;;
    esac
done
echo "== all gates passed: ${gates[*]}"
