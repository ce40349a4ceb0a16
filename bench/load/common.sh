# Shared by the load runs in bench/load: builds Release, starts the real server on a fresh data
# folder (migrated, demo data seeded) and signs staff in through the real form. Source it after
# setting PORT; it sets root, here, base, work, data and cleans up on exit.

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
    [[ -z "${KEEP_LOG:-}" ]] || cp "$work/server.log" "$KEEP_LOG"
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

# PROFILE=/path/run.nettrace samples the server's stacks (EventPipe, every 1 ms) for the whole run;
# bench/load/README.md says how to read the file.
start_server() {
    echo "Starting the server on $base (data in $data)..."
    local profile=()
    if [[ "${PROFILE:-}" == perf ]]; then
        # For `perf record -g -p <server pid>`: the runtime writes /tmp/perf-<pid>.map naming JIT-compiled code.
        profile=(env DOTNET_PerfMapEnabled=1)
    elif [[ -n "${PROFILE:-}" ]]; then
        profile=(env DOTNET_EnableEventPipe=1 DOTNET_EventPipeOutputPath="$PROFILE"
            DOTNET_EventPipeConfig='Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:0x4c14fccbd:5')
    fi
    "${profile[@]}" dotnet "$root/src/KeepUp.Web/bin/Release/net10.0/KeepUp.Web.dll" --urls "$base" --data "$data" \
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
}

# sign_in EMAIL PASSWORD: prints the Cookie header value of a staff member signed in through the form.
sign_in() {
    local jar="$work/cookies-$1" token signed_in cookie
    curl -fsS -c "$jar" -b "$jar" "$base/account/sign-in" -o "$work/sign-in.html"
    token="$(grep -o 'name="__RequestVerificationToken"[^>]*' "$work/sign-in.html" | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -n 1)"
    if [[ -z "$token" ]]; then
        echo "No __RequestVerificationToken on the sign-in page." >&2
        return 1
    fi
    signed_in="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
        --data-urlencode "email=$1" --data-urlencode "password=$2" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in")"
    echo "Sign-in of $1 answered: $signed_in" >&2
    cookie="$(jar_cookies "$jar")"
    if [[ "$cookie" != *keepup.auth* ]]; then
        echo "Sign-in gave no keepup.auth cookie; the run would only measure redirects." >&2
        return 1
    fi
    echo "$cookie"
}

# Every cookie in a curl jar as one Cookie header value (curl marks HttpOnly ones with a prefix;
# the auth cookie may be chunked).
jar_cookies() {
    awk -F '\t' '/^#HttpOnly_/ { sub(/^#HttpOnly_/, "") } /^#/ || NF < 7 { next } { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"
}

# The server's own CPU time, to tell its cost apart from waiting for a core on a shared machine.
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
