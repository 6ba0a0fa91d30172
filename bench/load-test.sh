#!/usr/bin/env bash
# Issue 8's load test: 50 mentors and trainees on their dashboards for 2 minutes, beside a static
# file of the same app, with Gatling, on PostgreSQL at the logbook generator's size L.
#
#   1. creates a fresh PostgreSQL database (127.0.0.1:5432, user postgres, trust auth);
#   2. generates size L there plus 25 mentor and 25 trainee accounts (LoadWorldBench, Arquillian),
#      which writes target/bench/load-users.csv (also builds target/mentora.war);
#   3. starts Payara Micro on that database (demo data off) and waits for /health/ready;
#   4. warms up (dashboards and static file, 10 users, LOAD_WARMUP_SECONDS), then runs the
#      measured simulations one after the other, 50 users, 120 s each, sampling the machine's load
#      (vmstat, load average) meanwhile: DashboardsSimulation, FacesPageSimulation (a Faces page
#      without data, logged in the same way) and StaticBaselineSimulation (a static file);
#   5. stops the server and prints where the Gatling reports and console summaries are.
#
# Usage: bench/load-test.sh
# Knobs (environment): LOAD_DB (mentora_load), BENCH_SIZE (L), LOAD_USERS (50), LOAD_SECONDS (120),
#   LOAD_RAMP_SECONDS (10), LOAD_PAUSE_MILLIS (0), LOAD_WARMUP_SECONDS (30), LOAD_PORT (18080),
#   REUSE_DB=true (skip steps 1-2 and use the database and users file of an earlier run).
# Every heavy step holds /tmp/cpu.lock (shared with other benchmarks on the same cores).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${LOAD_DB:-mentora_load}
SIZE=${BENCH_SIZE:-L}
USERS=${LOAD_USERS:-50}
DURATION=${LOAD_SECONDS:-120}
RAMP=${LOAD_RAMP_SECONDS:-10}
PAUSE=${LOAD_PAUSE_MILLIS:-0}
WARMUP=${LOAD_WARMUP_SECONDS:-30}
PORT=${LOAD_PORT:-18080}
JDBC=jdbc:postgresql://127.0.0.1:5432/$DB
OUT=target/load-test
mkdir -p "$OUT"
MVN=(mvn -B -ntp)

lock() { exec 9>/tmp/cpu.lock; flock 9; }
unlock() { flock -u 9; exec 9>&-; }
log() { echo "[load-test $(date -u +%H:%M:%S)] $*"; }

if [ "${REUSE_DB:-}" != true ]; then
  log "fresh database $DB"
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  log "generating size $SIZE and the load-test accounts (LoadWorldBench)"
  lock
  "${MVN[@]}" verify -Pbench -Dit.test=LoadWorldBench -Dbench.size="$SIZE" \
    -Dit.db.url="$JDBC" -Dit.db.user=postgres -Dit.db.password= 9>&- > "$OUT/world.log" 2>&1 \
    || { unlock; echo "LoadWorldBench failed, see $OUT/world.log" >&2; exit 1; }
  unlock
  cat target/bench/load-world.md
fi
test -s target/bench/load-users.csv || { echo "no target/bench/load-users.csv" >&2; exit 1; }
test -s target/mentora.war || "${MVN[@]}" -q package -DskipTests
"${MVN[@]}" -q -Pbench test-compile

SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap 'stop_server' EXIT

lock
log "starting Payara Micro on $DB, port $PORT"
MENTORA_DB_URL=$JDBC MENTORA_DB_USER=postgres MENTORA_DB_PASSWORD= MENTORA_DEMO=false \
  java -Xmx2g -jar target/payara-micro.jar --deploy target/mentora.war --contextroot / \
  --port "$PORT" --nocluster 9>&- > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ]; do
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died, see $OUT/server.log" >&2; exit 1; }
  sleep 1
done
log "ready: $(curl -s "http://127.0.0.1:$PORT/health/ready" | tr -d '\n')"

gatling() { # $1 simulation, $2 users, $3 seconds, $4 label
  "${MVN[@]}" -Pbench gatling:test -Dgatling.simulationClass="org.mentora.load.$1" \
    -Dload.baseUrl="http://127.0.0.1:$PORT" -Dload.users="$2" -Dload.seconds="$3" \
    -Dload.rampSeconds="$RAMP" -Dload.pauseMillis="$PAUSE" \
    -Dgatling.runDescription="$4" -Dgatling.failOnError=false 9>&- > "$OUT/$4.log" 2>&1 \
    || echo "gatling $1 exited with an error, see $OUT/$4.log" >&2
}

log "warm-up: 10 users, ${WARMUP} s each (not reported)"
gatling DashboardsSimulation 10 "$WARMUP" warmup-dashboards
gatling StaticBaselineSimulation 10 "$WARMUP" warmup-static

for sim in DashboardsSimulation FacesPageSimulation StaticBaselineSimulation; do
  label=measured-$sim
  log "$sim: $USERS users, ${DURATION} s"
  echo "before: $(cat /proc/loadavg)" > "$OUT/$label.machine"
  cpu0=$(ps -o times= -p "$SERVER_PID" | tr -d ' ')
  vmstat 5 9>&- >> "$OUT/$label.machine" &
  VMSTAT=$!
  gatling "$sim" "$USERS" "$DURATION" "$label"
  kill "$VMSTAT"; wait "$VMSTAT" 2>/dev/null || true
  cpu1=$(ps -o times= -p "$SERVER_PID" | tr -d ' ')
  requests=$(grep '> request count' "$OUT/$label.log" | tail -1 | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}')
  echo "after: $(cat /proc/loadavg)" >> "$OUT/$label.machine"
  echo "server: RSS $(ps -o rss= -p "$SERVER_PID" | tr -d ' ') KB; CPU during the run $((cpu1 - cpu0)) s" \
    "for ${requests:-?} requests ($(awk -v c=$((cpu1 - cpu0)) -v n="${requests:-0}" 'BEGIN{if (n) printf "%.2f", 1000*c/n; else print "?"}') ms each)" \
    >> "$OUT/$label.machine"
done
stop_server
unlock

for sim in DashboardsSimulation FacesPageSimulation StaticBaselineSimulation; do
  label=measured-$sim
  echo
  echo "===== $sim ($USERS users, ${DURATION} s) ====="
  # Gatling's console summary of the whole run (its last "Global Information" block).
  awk '/---- Global Information/{p=1; block="=====\n"} p{block=block $0 "\n"} p && /^={10,}/{p=0}
       END{printf "%s", block}' "$OUT/$label.log"
  report=$(grep -o 'file://[^ ]*index.html' "$OUT/$label.log" | tail -1 | sed 's|file://||; s|/index.html||')
  [ -n "$report" ] && python3 bench/gatling-stats.py "$report"
  # CPU use of the whole machine during the run (vmstat every 5 s, the first line since boot is
  # skipped), load average before and after.
  awk '/^ *[0-9]/ && NF>=17 {if (seen++) {n++; us+=$13; sy+=$14; id+=$15; wa+=$16}} /before|after|server/ {print}
       END {if (n) printf "machine CPU during the run: %.0f %% user, %.0f %% system, %.0f %% idle, %.0f %% I/O wait (%d samples of 5 s)\n", us/n, sy/n, id/n, wa/n, n}' \
    "$OUT/$label.machine"
done | tee "$OUT/summary.md"
echo
echo "Reports: target/gatling/ (index.html per run); logs and machine samples: $OUT/"
