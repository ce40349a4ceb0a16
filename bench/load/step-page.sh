#!/usr/bin/env bash
# Load run against the real server: a signed-in teacher opening step pages.
#
#   bash bench/load/step-page.sh            # 30 s, 2 threads, 32 connections on 127.0.0.1:5077
#   DURATION=10s PORT=5099 bash bench/load/step-page.sh
#
# Builds Release, starts KeepUp.Web on a fresh data folder (the first start migrates SQLite and
# seeds the demo accounts), signs in through the real form, then runs wrk over ~50 step pages.
# Prints median, p99, requests/s and the number of answers that were not 200; exits non-zero when
# any answer was not 200, so a run that only measured redirects to the sign-in page cannot pass.
# Traffic goes to loopback only, and the run stops by itself after DURATION.
set -euo pipefail

PORT="${PORT:-5077}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PAGES="${PAGES:-50}"
EMAIL="teacher@demo.keepup.school"
PASSWORD="KeepUpDemo2026"

source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

# Spread the pages over every year rather than taking the first 50 Year 1 steps.
dotnet "$root/src/KeepUp.Cli/bin/Release/net10.0/keepup.dll" curriculum list --json \
    | jq -r '.[].id' >"$work/ids"
total="$(wc -l <"$work/ids")"
awk -v total="$total" -v pages="$PAGES" \
    'BEGIN { every = int(total / pages); if (every < 1) every = 1 }
     (NR - 1) % every == 0 && taken < pages { print "/curriculum/steps/" $0; taken++ }' \
    "$work/ids" >"$work/paths"
echo "Step pages: $(wc -l <"$work/paths") of $total steps."

start_server
cookie="$(sign_in "$EMAIL" "$PASSWORD")"
first="$(head -n 1 "$work/paths")"
check="$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$first")"
if [[ "$check" != 200 ]]; then
    echo "A signed-in GET $first answered $check, not 200." >&2
    exit 1
fi

# A short warm-up so the figures are for a running server, not the JIT's first pass.
wrk -t "$THREADS" -c "$CONNECTIONS" -d 5s -s "$here/step-page.lua" "$base" -- "$work/paths" "$cookie" >/dev/null

echo "wrk: $DURATION, $THREADS threads, $CONNECTIONS connections, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
ticks_before="$(server_cpu_ticks)"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency -s "$here/step-page.lua" "$base" -- "$work/paths" "$cookie" \
    | tee "$work/wrk.out"
ticks_after="$(server_cpu_ticks)"
requests="$(sed -n 's/^requests: *\([0-9]*\).*/\1/p' "$work/wrk.out")"
awk -v ticks="$((ticks_after - ticks_before))" -v hz="$(getconf CLK_TCK)" -v n="${requests:-0}" \
    'BEGIN { if (n > 0) printf "server CPU:  %.3f ms per request (%.1f s in all)\n", 1000 * ticks / hz / n, ticks / hz }'

bad="$(sed -n 's/^non-200: *\([0-9]*\).*/\1/p' "$work/wrk.out")"
if [[ "${bad:-1}" != 0 ]]; then
    echo "FAILED: $bad answers were not 200." >&2
    exit 1
fi
