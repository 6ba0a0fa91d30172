#!/usr/bin/env bash
# Lighthouse accessibility scores (issue 17) of the six pages the issue names, on a running
# Mentora with its demo data (mvn package payara-micro:start):
#   bench/lighthouse.sh [base-url]        (default http://localhost:8080/)
# Needs Node 18+ and Chromium (CHROME_PATH, default /usr/bin/chromium); installs Lighthouse 12.8.2
# into target/lighthouse on first use. Signed-in pages are audited after a real login in the same
# browser (bench/lighthouse-flow.mjs, a Lighthouse user flow). Prints a Markdown table; the full
# reports stay in target/lighthouse/*.json.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080/}
LH=target/lighthouse
mkdir -p "$LH"
if [ ! -x "$LH/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$LH" --no-audit --no-fund lighthouse@12.8.2 >/dev/null
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
cp bench/lighthouse-flow.mjs "$LH/flow.mjs"

# label, path inside the application, demo user (empty: not signed in)
score() {
  (cd "$LH" && node flow.mjs "$BASE" "$3" "$2" "$1.json")
}

echo "| path | signed in as | accessibility score | page reached | failed audits |"
echo "|---|---|---|---|---|"
score login login.xhtml ""
score catalogue good-practices/index.xhtml ""
score trainee-home home/participant.xhtml trainee
score logbook logbook/my-logbook.xhtml trainee
score review logbook/review.xhtml mentor
score edition-dashboard report/edition-dashboard.xhtml admin
