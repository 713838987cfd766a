# `template --check`: every built-in template passes; a broken one fails
# with each problem at its line, in text or JSON; a missing file exits 3.
set -u
fail() { echo "FAIL: $*"; exit 1; }

"$HINDSIGHT" template --check builtin:default builtin:sre builtin:review 2>"$WORK/err" \
  || fail "built-in templates fail the check: $(cat "$WORK/err")"
grep -qx "hindsight: 3 templates checked, no problems" "$WORK/err" || fail "summary: $(cat "$WORK/err")"

printf '# {{incident.title}}\n{{#events}}\n{{kindd}}\n' >"$WORK/bad.mustache"
"$HINDSIGHT" template --check "$WORK/bad.mustache" 2>"$WORK/err"
[[ $? == 1 ]] || fail "a broken template should exit 1"
grep -q "bad.mustache:3:1: error: unknown field \`kindd\`" "$WORK/err" || fail "no field error: $(cat "$WORK/err")"
grep -q "bad.mustache:2:1: error: the section \`events\` is never closed" "$WORK/err" \
  || fail "no section error: $(cat "$WORK/err")"

"$HINDSIGHT" template --check --diagnostics-format json "$WORK/bad.mustache" 2>"$WORK/err"
grep -q '"line":3,"column":1,"severity":"error","message":"unknown field `kindd`"' "$WORK/err" \
  || fail "json: $(cat "$WORK/err")"

"$HINDSIGHT" template --check "$WORK/missing.mustache" 2>"$WORK/err"
[[ $? == 3 ]] || fail "a missing template should exit 3"
"$HINDSIGHT" draft examples/backfill-outage --template "$WORK/missing.mustache" >"$WORK/out" 2>"$WORK/err"
[[ $? == 3 && ! -s $WORK/out ]] || fail "draft with a missing template should exit 3 and print nothing"
grep -q "template --dump" "$WORK/err" || fail "no way forward given: $(cat "$WORK/err")"
"$HINDSIGHT" draft examples/backfill-outage --template builtin:nope >"$WORK/out" 2>"$WORK/err"
[[ $? == 1 && ! -s $WORK/out ]] || fail "an unknown built-in should exit 1"
grep -q "builtin:default, builtin:review, builtin:sre" "$WORK/err" || fail "names not listed: $(cat "$WORK/err")"
echo ok
