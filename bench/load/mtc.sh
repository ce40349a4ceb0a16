#!/usr/bin/env bash
# The multiplication tables check at 10,000 pupils, on one node on loopback (issue 5, "Load").
#
#   bash bench/load/mtc.sh                          # 10,000 pupils, 32 at a time, then 10 s of no-op
#   PUPILS=1000 PORT=5099 bash bench/load/mtc.sh    # a smaller run while developing
#   PHASED=true PUPILS=1000 bash bench/load/mtc.sh  # each step for every pupil in turn: server CPU per kind
#
# Builds Release, starts KeepUp.Web on a fresh SQLite data folder, seeds PUPILS + WARM_UP Year 4
# pupils (keepup bench seed-mtc: 400 a school, 30 a class, sign-in and check windows open all of
# today), then bench/KeepUp.MtcLoad drives every pupil as the browser does: GET /pupil (antiforgery
# cookie and token), POST /pupil (school code + PIN), POST /api/v1/pupil/mtc/start, POST
# /api/v1/pupil/mtc/submit with all 25 answers (some wrong, some blank); every 20th pupil's device
# sends the check twice and must be told it was already had. Then signed-in pupils call the no-op
# POST /api/v1/pupil/ping for PING_SECONDS, for the ratio. Last, the database is counted: every
# pupil exactly one complete attempt with 25 responses, and the scores the driver expects.
# Exits non-zero on any failed request, a run over 5 minutes, or anything lost or stored twice.
set -euo pipefail

PORT="${PORT:-5079}"
PUPILS="${PUPILS:-10000}"
WARM_UP="${WARM_UP:-100}"
CONCURRENCY="${CONCURRENCY:-32}"
PING_SECONDS="${PING_SECONDS:-10}"
LIMIT_SECONDS="${LIMIT_SECONDS:-300}"

source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
need sqlite3
build "$root/bench/KeepUp.MtcLoad/KeepUp.MtcLoad.csproj"

start_server
all=$((PUPILS + WARM_UP))
echo "Seeding $all pupils ($WARM_UP for the warm-up)..."
seed_clock=$SECONDS
dotnet "$root/src/KeepUp.Cli/bin/Release/net10.0/keepup.dll" --data "$data" bench seed-mtc --pupils "$all" --out "$work/pupils.csv"
echo "Seeded in $((SECONDS - seed_clock)) s."

echo "driver: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
failed=0
dotnet "$root/bench/KeepUp.MtcLoad/bin/Release/net10.0/KeepUp.MtcLoad.dll" --pupils "$work/pupils.csv" --base "$base" \
    --concurrency "$CONCURRENCY" --warm-up "$WARM_UP" --ping-seconds "$PING_SECONDS" --server-pid "$server_pid" \
    --summary "$work/summary.json" --phased "${PHASED:-false}" || failed=1
echo "load average after the run: $(cut -d ' ' -f 1-3 /proc/loadavg)"

db="$data/keepup.db"
q() { sqlite3 "$db" "$1"; }
load_schools="SELECT Id FROM Schools WHERE Urn BETWEEN 800000 AND 800998" # MtcLoadSeed.FirstUrn on
complete="$(q "SELECT COUNT(*) FROM MtcAttempts WHERE Status = 'Complete' AND SchoolId IN ($load_schools)")"
pupils_done="$(q "SELECT COUNT(DISTINCT PupilId) FROM MtcAttempts WHERE Status = 'Complete' AND SchoolId IN ($load_schools)")"
attempts="$(q "SELECT COUNT(*) FROM MtcAttempts WHERE SchoolId IN ($load_schools)")"
responses="$(q "SELECT COUNT(*) FROM MtcResponses r JOIN MtcAttempts a ON a.Id = r.AttemptId WHERE a.SchoolId IN ($load_schools)")"
short="$(q "SELECT COUNT(*) FROM (SELECT AttemptId FROM MtcResponses GROUP BY AttemptId HAVING COUNT(*) <> 25)")"
score="$(q "SELECT COALESCE(SUM(Score), 0) FROM MtcAttempts WHERE SchoolId IN ($load_schools)")"
expected_score="$(jq -r .expectedScoreAllPupils "$work/summary.json" 2>/dev/null || echo '?')"
wall="$(jq -r .wallSeconds "$work/summary.json" 2>/dev/null || echo 0)"
echo "== database"
echo "pupils seeded $all; attempts $attempts; complete $complete by $pupils_done pupils; responses $responses (25 × $complete = $((25 * complete))); attempts without 25 responses $short"
echo "scores: stored $score, expected from the answers sent $expected_score"
echo "measured wall time ${wall} s (limit $LIMIT_SECONDS s)"
if [[ "$complete" != "$all" || "$pupils_done" != "$all" || "$attempts" != "$all" || "$responses" != "$((25 * all))" || "$short" != 0 ]]; then
    echo "FAILED: a check was lost or stored twice." >&2; failed=1
fi
if [[ "$score" != "$expected_score" ]]; then echo "FAILED: stored scores differ from the answers sent." >&2; failed=1; fi
if awk -v w="$wall" -v l="$LIMIT_SECONDS" 'BEGIN { exit !(w > l) }'; then echo "FAILED: over $LIMIT_SECONDS s." >&2; failed=1; fi
if [[ -n "${KEEP_SUMMARY:-}" ]]; then cp "$work/summary.json" "$KEEP_SUMMARY"; fi
exit "$failed"
