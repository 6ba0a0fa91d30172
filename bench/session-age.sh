#!/usr/bin/env bash
# Issue 17, item 4: what a request costs as its session ages. One user at a time on a Payara Micro
# started as `mvn package payara-micro:start` starts it (its own data grid on loopback, so sessions
# are replicated as in a cluster), on a fresh H2 demo world in target/session-age/data:
#
#   bench/session-age.sh            (SESSION_AGE=500 pages, SESSION_SAMPLES=30 timed requests)
#
# Each URL three ways, SESSION_SAMPLES timed requests each: without a session; in a fresh session
# (every sample a new login and the timed request its first); in a session that has first visited
# SESSION_AGE pages (the role's menu pages in turn). Reports p50 and p90 of curl's time_total
# (loopback, so close to the server's time); cookies go back and forth as in a browser.
# A throwaway session of every role warms the JIT first. Prints a Markdown table; the server log
# stays in target/session-age/server.log. Holds /tmp/cpu.lock like the other benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${SESSION_PORT:-18081}
AGE=${SESSION_AGE:-500}
SAMPLES=${SESSION_SAMPLES:-30}
OUT=target/session-age
BASE=http://127.0.0.1:$PORT
rm -rf "$OUT"
mkdir -p "$OUT"
test -s target/mentora.war -a -s target/payara-micro.jar || mvn -B -ntp -q package -DskipTests

exec 9>/tmp/cpu.lock
flock 9
SERVER_PID=
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null || true' EXIT
(cd "$OUT" && exec java -Xmx1g -Dhazelcast.socket.bind.any=false -jar ../payara-micro.jar \
  --deploy ../mentora.war --contextroot / --port "$PORT" --interfaces 127.0.0.1 \
  --clustername "mentora-session-bench-$$" \
  --prebootcommandfile ../../config/payara/pre-boot-commands.asadmin 9>&- > server.log 2>&1) &
SERVER_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died, see $OUT/server.log" >&2; exit 1; }
  sleep 1
done

source bench/session-lib.sh

# label, url, session: "none", "fresh USER" (each sample in a new session: login, then the
# timed request as its first) or "aged FILE" (every sample in the session of that cookie file).
# SAMPLES timed requests; prints a table row.
timed() {
  local label=$1 url=$2 mode=$3 who=${4:-} jar=${4:-} code i
  for ((i = 0; i < SAMPLES; i++)); do
    case $mode in
      none) curl -s -o /dev/null -w '%{time_total} %{http_code}\n' "$url" ;;
      fresh)
        jar=$(login "$who")
        curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{time_total} %{http_code}\n' "$url"
        rm -f "$jar"
        ;;
      aged) curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{time_total} %{http_code}\n' "$url" ;;
    esac
  done | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000; codes[$2]++ }
    END { for (c in codes) list = list (list ? ", " : "") c;
          printf "| %s | %s | %.1f | %.1f |\n", label, list, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.9 + 0.5)] }'
}

# The stylesheet as the pages link it (a versioned Faces resource).
CSS=$(curl -s "$BASE/login.xhtml" | grep -o 'href="[^"]*mentora.css[^"]*"' | head -1 | sed 's/href="//; s/"$//; s/&amp;/\&/g')
STATIC=$BASE$CSS

name() { if [ "$1" = "$STATIC" ]; then echo stylesheet; else echo "${1#"$BASE"/}"; fi; }

# JIT warm-up: one throwaway session per role over all its pages (not reported).
age "$(login trainee)" 200 "${TRAINEE_PAGES[@]}"
age "$(login mentor)" 200 "${MENTOR_PAGES[@]}"
for ((i = 0; i < 200; i++)); do curl -s -o /dev/null "$STATIC"; done

echo "Session age: $AGE page views; $SAMPLES timed requests per row; $(date -u +%Y-%m-%dT%H:%MZ)," \
  "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + uncommitted changes')"
echo
echo "| request | HTTP status | p50 ms | p90 ms |"
echo "|---|---|---|---|"
timed "stylesheet, no session" "$STATIC" none
timed "accessibility statement (plain page), no session" "$BASE/accessibility.xhtml" none
for who in trainee mentor; do
  if [ "$who" = trainee ]; then
    pages=("${TRAINEE_PAGES[@]}")
    measured=(home/participant.xhtml logbook/my-logbook.xhtml)
  else
    pages=("${MENTOR_PAGES[@]}")
    measured=(home/mentor.xhtml logbook/review.xhtml)
  fi
  urls=("$STATIC" "$BASE/accessibility.xhtml" "${measured[@]/#/$BASE/}")
  for url in "${urls[@]}"; do
    timed "$(name "$url"), $who, fresh session (first request after login)" "$url" fresh "$who"
  done
  jar=$(login "$who")
  age "$jar" "$AGE" "${pages[@]}"
  for url in "${urls[@]}"; do
    timed "$(name "$url"), $who, session $AGE pages old" "$url" aged "$jar"
  done
done
echo
echo "Server: $(ps -o rss= -p "$(pgrep -f "mentora-session-bench-$$" | head -1)" | tr -d ' ') KB resident at the end"
