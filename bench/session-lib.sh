# Shared by bench/session-age.sh and bench/session-ab.sh (sourced, with BASE and OUT set): each
# role's menu pages, a login through the form, and a session aged by visiting pages in turn.
TRAINEE_PAGES=(home/participant.xhtml logbook/my-logbook.xhtml course/my-course.xhtml
  project/my-project.xhtml competence/profile.xhtml report/my-dashboard.xhtml
  certificate/my-certificate.xhtml good-practices/index.xhtml)
MENTOR_PAGES=(home/mentor.xhtml logbook/review.xhtml course/my-participants.xhtml
  competence/participants.xhtml project/ideas.xhtml report/staff-dashboard.xhtml
  good-practices/index.xhtml)

# Logs in as a demo user through the login form; prints the file of its cookies, which every
# later request sends and updates as a browser does (the session id and the container's
# JSESSIONIDVERSION).
login() {
  local jar page state
  jar=$(mktemp -p "$OUT" cookies.XXXX)
  page=$(curl -s -c "$jar" "$BASE/login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "login=login" --data-urlencode "login:username=$1" \
    --data-urlencode "login:password=mentora-demo" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
  echo "$jar"
}

# cookie file, number of page views, pages...: visits the pages in turn.
age() {
  local jar=$1 views=$2 i
  shift 2
  local pages=("$@")
  for ((i = 0; i < views; i++)); do
    curl -s -o /dev/null -b "$jar" -c "$jar" "$BASE/${pages[i % ${#pages[@]}]}"
  done
}
