# `template --dump` prints the built-in templates byte for byte as they are
# in share/, the draft's own by default; an unknown name is a usage error.
set -u
fail() { echo "FAIL: $*"; exit 1; }

"$HINDSIGHT" template --dump >"$WORK/default" || fail "--dump exited $?"
cmp "$WORK/default" share/hindsight/templates/default.mustache || fail "--dump differs"
for name in default sre review builtin:sre; do
  "$HINDSIGHT" template --dump "$name" >"$WORK/out" || fail "--dump $name exited $?"
  cmp "$WORK/out" "share/hindsight/templates/${name#builtin:}.mustache" || fail "--dump $name differs"
done

# The dumped template renders the same draft as no template at all.
"$HINDSIGHT" draft examples/backfill-outage --template "$WORK/default" >"$WORK/via-template" \
  || fail "draft --template exited $?"
cmp "$WORK/via-template" examples/backfill-outage/postmortem.md || fail "dumped template draft differs"

"$HINDSIGHT" template --dump nope >"$WORK/out" 2>"$WORK/err"
[[ $? == 2 ]] || fail "--dump nope should exit 2"
grep -q "no built-in template of that name" "$WORK/err" || fail "no reason given: $(cat "$WORK/err")"
[[ ! -s $WORK/out ]] || fail "--dump nope printed to stdout"

"$HINDSIGHT" template >"$WORK/out" 2>"$WORK/err"
[[ $? == 2 ]] || fail "template without an action should exit 2"
echo ok
