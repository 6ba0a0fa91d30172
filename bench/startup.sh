#!/usr/bin/env bash
# Cold start time and resident memory of Mentora on Payara Micro, beside a bare Payara Micro
# (no application) started the same way in the same run. Usage: bench/startup.sh [runs]
# Needs: mvn package done (target/mentora.war, target/payara-micro.jar), curl, ps.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=18080
JAR=target/payara-micro.jar
WORK=$(mktemp -d target/startup-XXXX)

measure() { # $1 label, $2 fresh|warm, rest: extra payara args
  local label=$1 mode=$2; shift 2
  local db="$WORK/db"
  [ "$mode" = fresh ] && rm -rf "$db"
  local start end pid rss
  PORT=$((PORT + 1))
  while (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; do PORT=$((PORT + 1)); done
  start=$(date +%s%N)
  MENTORA_DB_URL="jdbc:h2:file:$PWD/$db/mentora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    java -Xmx1g -jar "$JAR" --nocluster --port $PORT "$@" > "$WORK/$label.log" 2>&1 &
  pid=$!
  until grep -q "ready in" "$WORK/$label.log" 2>/dev/null; do
    if ! kill -0 $pid 2>/dev/null; then echo "$label failed to start, see $WORK/$label.log" >&2; exit 1; fi
    sleep 0.1
  done
  if [ "$label" != bare ]; then
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login.xhtml")" = 200 ]; do sleep 0.1; done
  fi
  end=$(date +%s%N)
  sleep 2
  rss=$(ps -o rss= -p $pid | tr -d ' ')
  kill $pid; wait $pid 2>/dev/null || true
  sleep 1
  printf "%s|%s|%d|%d\n" "$label" "$mode" $(( (end - start) / 1000000 )) $(( rss / 1024 ))
}

echo "label|database|ms to first page|RSS MB"
for i in $(seq 1 "$RUNS"); do
  measure bare warm
  measure mentora fresh --deploy target/mentora.war --contextroot /
  measure mentora warm --deploy target/mentora.war --contextroot /
done
rm -rf "$WORK"
