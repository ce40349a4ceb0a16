#!/usr/bin/env bash
# Load run against the real server: pupils of many classes sending end-of-lesson answers while
# teachers read a class's pages, and the same pupils calling a no-op endpoint for comparison.
#
#   bash bench/load/answers.sh              # 30 s, 2 threads, 32 answer + 4 page connections
#   DURATION=10s PORT=5099 bash bench/load/answers.sh
#
# Builds Release, starts KeepUp.Web on a fresh data folder (demo class Maple, 26 pupils, two weeks
# of history), opens a 6-question check on Maple as its teacher through the real forms, seeds
# PUPILS answering pupils (keepup bench seed-mtc --check-step: classes of 30, each with a check on
# the same step open today), signs every one in with their school code and PIN, then:
#   1. the no-op: POST /api/v1/pupil/ping (signed-in pupil, does nothing) for PING_DURATION;
#   2. answers: POST /api/v1/pupil/answers, one new answer per request, for DURATION, while
#      PAGE_CONNECTIONS more connections read the class, progress, keep-up and check pages, each
#      pausing PAGE_PAUSE_MS between pages (0: as fast as the server answers).
# Both run after a WARMUP (30 s) of the same requests, so the figures are the steady state of a
# server that has been up a while, not of its first seconds (when the runtime is still compiling).
# Then it counts the evidence rows again: every answer the server said it stored must be there
# exactly once. Exits non-zero on any non-200 or any answer missing.
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
# Pupils answering, in classes of 30 of their own (20 classes at 600).
PUPILS="${PUPILS:-600}"

source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
need sqlite3

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

# The answering pupils: PUPILS more Year 4 pupils in load-run schools (classes of 30), every class
# taught the same step today with its check open, seeded through the real planner. Their answers
# land in their own classes, so Maple's pages above keep a real class's size while they are read.
echo "Seeding $PUPILS answering pupils, each class with a check on $step..."
dotnet "$root/src/KeepUp.Cli/bin/Release/net10.0/keepup.dll" --data "$data" bench seed-mtc --pupils "$PUPILS" --check-step "$step" --out "$work/seeded.csv"
: >"$work/pupils"
signed=0
while IFS=, read -r code pin _ _ pupil_check; do
    jar="$work/pupil-jar"
    rm -f "$jar"
    token="$(curl -fsS -c "$jar" -b "$jar" "$base/pupil" | token_of)"
    curl -sS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" \
        --data-urlencode "SchoolCode=$code" --data-urlencode "Pin=$pin" "$base/pupil"
    if cookie="$(jar_cookies "$jar")" && [[ "$cookie" == *keepup.pupil* ]]; then
        printf '%s\t%s\n' "$cookie" "$pupil_check" >>"$work/pupils"
        signed=$((signed + 1))
    fi
done < <(tail -n +2 "$work/seeded.csv")
echo "Pupils signed in: $signed of $PUPILS."
[[ "$signed" == "$PUPILS" ]]
positions="$(curl -fsS -H "Cookie: $(head -n 1 "$work/pupils" | cut -f 1)" "$base/pupil/check" | grep -o 'pupil-question" data-index="[0-9]*"' | grep -o '[0-9]*' | paste -sd, -)"
echo "Question positions: $positions"

printf '%s\n' "/class/$class" "/class/$class/progress" "/class/$class/keep-up" "/class/$class/check/$check" >"$work/pages"
evidence_rows() { sqlite3 "$data/keepup.db" "SELECT COUNT(*) FROM Evidence"; }

# Warm-up (answers stored here are counted in the "before" figure).
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" -s "$here/answers.lua" "$base" -- "$work/pupils" "$positions" >/dev/null
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" -s "$here/answers.lua" "$base" -- "$work/pupils" "$positions" ping >/dev/null
before="$(evidence_rows)"

echo "wrk: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "== 1. no-op (POST /api/v1/pupil/ping), $PING_DURATION, $CONNECTIONS connections"
ping_ticks_before="$(server_cpu_ticks)"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$PING_DURATION" --latency --timeout 10s -s "$here/answers.lua" "$base" -- "$work/pupils" "$positions" ping \
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
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency --timeout 10s -s "$here/answers.lua" "$base" -- "$work/pupils" "$positions" \
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
