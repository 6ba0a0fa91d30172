#!/usr/bin/env bash
# Issue 17, item 4: two builds side by side, requests interleaved, so that this 2-core machine's
# drift hits both alike (separate runs of bench/session-age.sh differ by more than most changes).
# Start two servers first, each as bench/session-age.sh starts its one (data grid on loopback,
# fresh H2 demo world), e.g. the commit before a change on port 18083 and after it on 18082; then
#
#   bench/session-ab.sh 18083 18082 trainee     (or mentor; SESSION_AGE=500, SESSION_SAMPLES=40)
#
# Logs one session of the role into each server and ages both by SESSION_AGE of the role's menu
# pages; then, for the accessibility statement and the role's two heaviest pages, alternates
# A-aged, B-aged, A-without-session, B-without-session requests SESSION_SAMPLES times and prints
# p50 / p90 of curl's time_total in ms for each (a page of a role answers a visitor without a
# session with a redirect to the login page, so only the statement's no-session figure is a page).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT_A=$1
PORT_B=$2
WHO=${3:-trainee}
AGE=${SESSION_AGE:-500}
SAMPLES=${SESSION_SAMPLES:-40}
OUT=target/session-ab
mkdir -p "$OUT"
source bench/session-lib.sh
if [ "$WHO" = trainee ]; then
  PAGES=("${TRAINEE_PAGES[@]}")
  MEASURED=(accessibility.xhtml home/participant.xhtml logbook/my-logbook.xhtml)
else
  PAGES=("${MENTOR_PAGES[@]}")
  MEASURED=(accessibility.xhtml home/mentor.xhtml logbook/review.xhtml)
fi
BASE=http://127.0.0.1:$PORT_A
JAR_A=$(login "$WHO")
age "$JAR_A" "$AGE" "${PAGES[@]}"
BASE=http://127.0.0.1:$PORT_B
JAR_B=$(login "$WHO")
age "$JAR_B" "$AGE" "${PAGES[@]}"

percentiles() { sort -n | awk '{a[NR]=$1} END {printf "%.1f / %.1f", a[int(NR/2)+1]*1000, a[int(NR*0.9)]*1000}'; }
sample() { curl -s -o /dev/null -w '%{time_total}\n' "$@"; }

echo "| $WHO, session $AGE pages old | A: port $PORT_A | B: port $PORT_B | A, no session | B, no session |"
echo "|---|---|---|---|---|"
for page in "${MEASURED[@]}"; do
  rm -f "$OUT"/{a,b,na,nb}
  for ((i = 0; i < SAMPLES; i++)); do
    sample -b "$JAR_A" -c "$JAR_A" "http://127.0.0.1:$PORT_A/$page" >> "$OUT/a"
    sample -b "$JAR_B" -c "$JAR_B" "http://127.0.0.1:$PORT_B/$page" >> "$OUT/b"
    sample "http://127.0.0.1:$PORT_A/$page" >> "$OUT/na"
    sample "http://127.0.0.1:$PORT_B/$page" >> "$OUT/nb"
  done
  echo "| $page | $(percentiles < "$OUT/a") | $(percentiles < "$OUT/b") |" \
    "$(percentiles < "$OUT/na") | $(percentiles < "$OUT/nb") |"
done
