# A draft written through a template (builtin:sre) takes in late events on
# `--update --template builtin:sre` without losing a line a person wrote;
# updating it without the template keeps its sections and says so.
set -u
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$WORK/logs"
cp examples/backfill-outage/*.yaml "$WORK/logs/"
mv "$WORK/logs/resolution.yaml" "$WORK/resolution.yaml"  # arrives later
"$HINDSIGHT" draft "$WORK/logs" --template builtin:sre -o "$WORK/pm.md" || fail "first draft exited $?"
grep -q "Newest page insight under 15 minutes old" "$WORK/pm.md" && fail "late events already there"

awk '
  /^## / { print; print ""; print "Human line under " substr($0, 4) "."; next }
  /^\*\*Authors:\*\*/ { print "**Authors:** Aino Laine"; next }
  { print }
' "$WORK/pm.md" >"$WORK/edited.md" && cp "$WORK/edited.md" "$WORK/pm.md"
grep -E "^Human |^\*\*Authors:\*\* Aino" "$WORK/pm.md" >"$WORK/human-lines"
[[ $(wc -l <"$WORK/human-lines") -ge 10 ]] || fail "too few human lines"

mv "$WORK/resolution.yaml" "$WORK/logs/"
"$HINDSIGHT" draft "$WORK/logs" --template builtin:sre -o "$WORK/pm.md" --update 2>"$WORK/err" \
  || fail "update exited $?: $(cat "$WORK/err")"
[[ ! -s $WORK/err ]] || fail "update printed: $(cat "$WORK/err")"
while IFS= read -r line; do
  grep -qxF "$line" "$WORK/pm.md" || fail "lost a human line: $line"
done <"$WORK/human-lines"
grep -q "Newest page insight under 15 minutes old" "$WORK/pm.md" || fail "late events missing"
"$HINDSIGHT" draft "$WORK/logs" --template builtin:sre -o "$WORK/pm.md" --update || fail "second update"
cp "$WORK/pm.md" "$WORK/before"
"$HINDSIGHT" draft "$WORK/logs" --template builtin:sre -o "$WORK/pm.md" --update || fail "third update"
cmp "$WORK/pm.md" "$WORK/before" || fail "an update with nothing new changed the file"

# Without the template: the sre sections are kept, each with a warning.
"$HINDSIGHT" draft "$WORK/logs" -o "$WORK/pm.md" --update 2>"$WORK/err" || fail "exited $?"
grep -q "warning: the template does not write a \`sre-timeline\` section; it is kept as it is" \
  "$WORK/err" || fail "no warning: $(cat "$WORK/err")"
grep -q "pass the same --template to --update" "$WORK/err" || fail "no hint: $(cat "$WORK/err")"
cmp "$WORK/pm.md" "$WORK/before" || fail "updating without the template changed the sre sections"

# A broken template stops before anything is read or written.
printf '{{incident.titel}}\n' >"$WORK/bad.mustache"
"$HINDSIGHT" draft "$WORK/logs" --template "$WORK/bad.mustache" -o "$WORK/pm.md" --update 2>"$WORK/err"
[[ $? == 1 ]] || fail "a broken template should exit 1"
cmp "$WORK/pm.md" "$WORK/before" || fail "a broken template touched the draft"
echo ok
