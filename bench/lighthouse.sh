#!/usr/bin/env bash
# Lighthouse accessibility scores (issue 17) of the six pages the issue names, on a running
# Mentora with its demo data (mvn package payara-micro:start):
#   bench/lighthouse.sh [base-url]        (default http://localhost:8080/)
# Needs Node 18+ and Chromium (CHROME_PATH, default /usr/bin/chromium); installs Lighthouse 12.8.2
# into target/lighthouse on first use. Signed-in pages get the session of a real login (curl
# through the login form), handed to Lighthouse as a Cookie header. Prints a Markdown table; the
# full reports stay in target/lighthouse/*.json.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080/}
LH=target/lighthouse
mkdir -p "$LH"
if [ ! -x "$LH/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$LH" --no-audit --no-fund lighthouse@12.8.2 >/dev/null
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

# Logs in as a demo user through the login form; prints the session cookie's value.
session() {
  local jar page state
  jar=$(mktemp)
  page=$(curl -s -c "$jar" "${BASE}login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "login=login" --data-urlencode "login:username=$1" \
    --data-urlencode "login:password=mentora-demo" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "${BASE}login.xhtml"
  awk '$6 == "JSESSIONID" { id = $7 } END { print id }' "$jar"
  rm -f "$jar"
}

# label, path inside the application, demo user (empty: not signed in)
score() {
  local headers='{}'
  if [ -n "$3" ]; then
    headers="{\"Cookie\": \"JSESSIONID=$(session "$3")\"}"
  fi
  "$LH/node_modules/.bin/lighthouse" "${BASE}$2" --quiet --only-categories=accessibility \
    --output=json --output-path="$LH/$1.json" --disable-storage-reset \
    --extra-headers="$headers" --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null
  node -e "const r = require(process.argv[1]);
    const failed = Object.values(r.audits).filter(a => a.score === 0 && a.scoreDisplayMode === 'binary').map(a => a.id);
    console.log('| ' + process.argv[2] + ' | \`' + process.argv[3] + '\` | ' + Math.round(r.categories.accessibility.score * 100)
      + ' | ' + (r.finalDisplayedUrl || r.finalUrl).replace(process.argv[4], '') + ' | ' + (failed.join(', ') || 'none') + ' |');" \
    "$PWD/$LH/$1.json" "$1" "$2" "$BASE"
}

echo "| page | path | accessibility score | page reached | failed audits |"
echo "|---|---|---|---|---|"
score login login.xhtml ""
score catalogue good-practices/index.xhtml ""
score trainee-home home/participant.xhtml trainee
score logbook logbook/my-logbook.xhtml trainee
score review logbook/review.xhtml mentor
score edition-dashboard report/edition-dashboard.xhtml admin
