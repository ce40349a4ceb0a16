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

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/bench/load"
base="http://127.0.0.1:$PORT"
work="$(mktemp -d)"
data="$work/data"
mkdir -p "$data"
server_pid=""

stop() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop EXIT

need() {
    if ! command -v "$1" >/dev/null; then
        echo "Installing $1 (Debian package)..."
        apt-get update -qq && apt-get install -y -qq "$1" >/dev/null
    fi
}

# Others may be building the same projects: a locked file is worth waiting for, nothing else is.
build() {
    local attempt log="$work/build.log"
    for attempt in 1 2 3 4 5; do
        if dotnet build -c Release "$1" -nologo -v quiet >"$log" 2>&1; then
            return 0
        fi
        if grep -qiE 'used by another process|being used by|cannot access the file' "$log" && [[ $attempt -lt 5 ]]; then
            echo "Build of $1 hit a locked file; retrying in 20 s."
            sleep 20
            continue
        fi
        cat "$log"
        return 1
    done
}

need wrk
need jq
need curl

echo "Building Release..."
build "$root/src/KeepUp.Web/KeepUp.Web.csproj"
build "$root/src/KeepUp.Cli/KeepUp.Cli.csproj"

# Spread the pages over every year rather than taking the first 50 Year 1 steps.
dotnet "$root/src/KeepUp.Cli/bin/Release/net10.0/keepup.dll" curriculum list --json \
    | jq -r '.[].id' >"$work/ids"
total="$(wc -l <"$work/ids")"
awk -v total="$total" -v pages="$PAGES" \
    'BEGIN { every = int(total / pages); if (every < 1) every = 1 }
     (NR - 1) % every == 0 && taken < pages { print "/curriculum/steps/" $0; taken++ }' \
    "$work/ids" >"$work/paths"
echo "Step pages: $(wc -l <"$work/paths") of $total steps."

echo "Starting the server on $base (data in $data)..."
dotnet "$root/src/KeepUp.Web/bin/Release/net10.0/KeepUp.Web.dll" --urls "$base" --data "$data" \
    >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$base/status" 2>/dev/null; then
        break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "The server stopped during start-up:" >&2
        cat "$work/server.log" >&2
        exit 1
    fi
    sleep 0.5
done
curl -fsS -o /dev/null "$base/status"

# Sign in as a person would: the form's antiforgery cookie and hidden token, then the POST.
jar="$work/cookies"
curl -fsS -c "$jar" -b "$jar" "$base/account/sign-in" -o "$work/sign-in.html"
token="$(grep -o 'name="__RequestVerificationToken"[^>]*' "$work/sign-in.html" | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -n 1)"
if [[ -z "$token" ]]; then
    echo "No __RequestVerificationToken on the sign-in page." >&2
    exit 1
fi
signed_in="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in")"
echo "Sign-in answered: $signed_in"

# Every cookie in the jar (curl marks HttpOnly ones with a prefix); the auth cookie may be chunked.
cookie="$(awk -F '\t' '/^#HttpOnly_/ { sub(/^#HttpOnly_/, "") } /^#/ || NF < 7 { next } { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")"
if [[ "$cookie" != *keepup.auth* ]]; then
    echo "Sign-in gave no keepup.auth cookie; the run would only measure redirects." >&2
    exit 1
fi
first="$(head -n 1 "$work/paths")"
check="$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$first")"
if [[ "$check" != 200 ]]; then
    echo "A signed-in GET $first answered $check, not 200." >&2
    exit 1
fi

# A short warm-up so the figures are for a running server, not the JIT's first pass.
wrk -t "$THREADS" -c "$CONNECTIONS" -d 5s -s "$here/step-page.lua" "$base" -- "$work/paths" "$cookie" >/dev/null

# The server's own CPU time per request tells its cost apart from waiting for a core, which
# matters on 2 cores shared with wrk (and with anything else running on the machine).
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
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
