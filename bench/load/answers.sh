#!/usr/bin/env bash
# Load run against the real server: a class's pupils sending end-of-lesson answers while their
# teacher reads the class pages, and the same pupils calling a no-op endpoint for comparison.
#
#   bash bench/load/answers.sh              # 30 s, 2 threads, 32 answer + 4 page connections
#   DURATION=10s PORT=5099 bash bench/load/answers.sh
#
# Builds Release, starts KeepUp.Web on a fresh data folder (demo class Maple, 26 pupils), opens
# sign-in and a 6-question check as the teacher through the real forms, signs every pupil in with
# the school code and the PIN from their slip, then:
#   1. the no-op: POST /api/v1/pupil/ping (signed-in pupil, does nothing) for PING_DURATION;
#   2. answers: POST /api/v1/pupil/answers, one new answer per request, for DURATION, while
#      PAGE_CONNECTIONS more connections read the class, progress, keep-up and check pages, each
#      pausing PAGE_PAUSE_MS between pages (0: as fast as the server answers).
# Both run after a WARMUP (30 s) of the same requests, so the figures are the steady state of a
# server that has been up a while, not of its first seconds (when the runtime is still compiling).
# Then it counts the class's evidence again: every answer the server said it stored must be
# there exactly once. Exits non-zero on any non-200 or any answer missing.
set -euo pipefail

PORT="${PORT:-5078}"
DURATION="${DURATION:-30s}"
PING_DURATION="${PING_DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PAGE_CONNECTIONS="${PAGE_CONNECTIONS:-4}"
# Long enough for the runtime to finish compiling the hot code (tiered JIT): a school's server runs all day.
WARMUP="${WARMUP:-30s}"
# Each page connection is a teacher who looks at a page for this long before asking for the next:
# 4 connections at 250 ms are about 16 class pages a second, a whole school's staff refreshing often.
PAGE_PAUSE_MS="${PAGE_PAUSE_MS:-250}"

source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

start_server
teacher="$(sign_in teacher@demo.keepup.school KeepUpDemo2026)"
token_of() { grep -o 'name="__RequestVerificationToken"[^>]*' | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -n 1; }
get() { curl -fsS -H "Cookie: $teacher" "$base$1"; }
post_form() { # path, then curl --data-urlencode pairs; the token comes from the same page
    local path="$1"; shift
    local token; token="$(get "$path" | token_of)"
    curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $teacher" --data-urlencode "__RequestVerificationToken=$token" "$@" "$base$path"
}

class="$(get /class | grep -o 'href="/class/[0-9]*"' | head -n 1 | grep -o '[0-9]*')"
today="$(TZ=Europe/London date +%F)"
echo "Class $class: opening sign-in for $today and a 6-question check..."
[[ "$(post_form "/class/$class/pins" --data-urlencode "Date=$today" --data-urlencode From=00:00 --data-urlencode Until=23:59)" == 302 ]]
step="$(get "/class/$class" | grep -o 'name="stepId" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/')"
token="$(get "/class/$class" | token_of)"
curl -fsS -o /dev/null -H "Cookie: $teacher" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "stepId=$step" --data-urlencode questions=6 "$base/class/$class?handler=StartCheck"
check="$(get "/class/$class" | grep -o "/class/$class/check/[0-9a-f-]*" | head -n 1 | sed 's#.*/##')"
echo "Check $check on $step."

pins="$(get "/class/$class/pins" | grep -o 'pin-slip-pin">[0-9]*<' | grep -o '[0-9]\{4\}')"
: >"$work/pupils"
for pin in $pins; do
    jar="$work/pupil-$pin"
    token="$(curl -fsS -c "$jar" -b "$jar" "$base/pupil" | token_of)"
    curl -sS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" \
        --data-urlencode SchoolCode=KPDM26 --data-urlencode "Pin=$pin" "$base/pupil"
    jar_cookies "$jar" >>"$work/pupils"
    echo >>"$work/pupils"
done
signed="$(grep -c 'keepup.pupil' "$work/pupils" || true)"
echo "Pupils signed in: $signed of $(echo "$pins" | wc -w)."
[[ "$signed" -gt 0 ]]
positions="$(curl -fsS -H "Cookie: $(head -n 1 "$work/pupils")" "$base/pupil/check" | grep -o 'pupil-question" data-index="[0-9]*"' | grep -o '[0-9]*' | paste -sd, -)"
echo "Question positions: $positions"

printf '%s\n' "/class/$class" "/class/$class/progress" "/class/$class/keep-up" "/class/$class/check/$check" >"$work/pages"
evidence_rows() { get "/class/$class/evidence.csv" | wc -l; }

# Warm-up (answers stored here are counted in the "before" figure).
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" -s "$here/answers.lua" "$base" -- "$work/pupils" "$check" "$positions" >/dev/null
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" -s "$here/answers.lua" "$base" -- "$work/pupils" "$check" "$positions" ping >/dev/null
before="$(evidence_rows)"

echo "wrk: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "== 1. no-op (POST /api/v1/pupil/ping), $PING_DURATION, $CONNECTIONS connections"
ping_ticks_before="$(server_cpu_ticks)"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$PING_DURATION" --latency --timeout 10s -s "$here/answers.lua" "$base" -- "$work/pupils" "$check" "$positions" ping \
    | tee "$work/ping.out" | sed -n '/---- summary/,$p'
ping_ticks="$(( $(server_cpu_ticks) - ping_ticks_before ))"

echo "== 2. answers, $DURATION, $CONNECTIONS connections, with $PAGE_CONNECTIONS connections reading class pages"
ticks_before="$(server_cpu_ticks)"
pages_pid=
if (( PAGE_CONNECTIONS > 0 )); then
    wrk -t 1 -c "$PAGE_CONNECTIONS" -d "$DURATION" --latency --timeout 10s -s "$here/step-page.lua" "$base" -- "$work/pages" "$teacher" "$PAGE_PAUSE_MS" >"$work/pages.out" &
    pages_pid=$!
else
    printf -- '---- summary ----\nno class pages read\nnon-200: 0\n' >"$work/pages.out"
fi
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency --timeout 10s -s "$here/answers.lua" "$base" -- "$work/pupils" "$check" "$positions" \
    | tee "$work/answers.out" | sed -n '/---- summary/,$p'
[[ -z "$pages_pid" ]] || wait "$pages_pid"
ticks_after="$(server_cpu_ticks)"
echo "== class pages read meanwhile"
sed -n '/---- /,$p' "$work/pages.out"

after="$(evidence_rows)"
field() { sed -n "s/^$2: *\([0-9.]*\).*/\1/p" "$1"; }
stored="$(field "$work/answers.out" stored)"
echo "== checks"
echo "evidence rows before $before, after $after: $((after - before)) new; the server acknowledged $stored as stored"
awk -v a50="$(field "$work/answers.out" 'median ms')" -v a99="$(field "$work/answers.out" 'p99 ms')" \
    -v p50="$(field "$work/ping.out" 'median ms')" -v p99="$(field "$work/ping.out" 'p99 ms')" \
    'BEGIN { printf "answers vs no-op: median %.2f / %.2f ms (x%.1f), p99 %.2f / %.2f ms (x%.1f)\n", a50, p50, a50 / p50, a99, p99, a99 / p99 }'
pings="$(field "$work/ping.out" requests)"
awk -v ticks="$ping_ticks" -v hz="$(getconf CLK_TCK)" -v n="${pings:-0}" \
    'BEGIN { if (n > 0) printf "server CPU:  %.3f ms per no-op request\n", 1000 * ticks / hz / n }'
requests="$(field "$work/answers.out" requests)"
awk -v ticks="$((ticks_after - ticks_before))" -v hz="$(getconf CLK_TCK)" -v n="${requests:-0}" \
    'BEGIN { if (n > 0) printf "server CPU:  %.3f ms per answer, page reads included (%.1f s in all)\n", 1000 * ticks / hz / n, ticks / hz }'

failed=0
for out in ping answers pages; do
    bad="$(field "$work/$out.out" non-200)"
    if [[ "${bad:-1}" != 0 ]]; then echo "FAILED: $bad $out requests were not 200." >&2; failed=1; fi
done
# Every acknowledged answer must be there. A few more rows than acknowledgements is not a loss:
# they are answers whose reply was still on its way when wrk stopped (at most one a connection),
# which a pupil's device would resend and be told "already had".
new=$((after - before))
timeouts="$(sed -n 's/^socket errors:.*timeout \([0-9]*\).*/\1/p' "$work/answers.out")"
if (( new < stored || new > stored + CONNECTIONS + ${timeouts:-0} )); then
    echo "FAILED: the server acknowledged $stored answers but $new rows are new." >&2; failed=1
fi
exit "$failed"
