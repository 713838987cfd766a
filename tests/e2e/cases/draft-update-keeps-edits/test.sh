# `draft --update`: a draft edited by hand in every section takes in new
# events without losing a line a person wrote; an edit inside a generated
# section stops the update (file untouched) unless --force.
set -u
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$WORK/logs"
cp examples/backfill-outage/*.yaml "$WORK/logs/"
mv "$WORK/logs/resolution.yaml" "$WORK/resolution.yaml"  # arrives later
"$HINDSIGHT" draft "$WORK/logs" -o "$WORK/pm.md" || fail "first draft exited $?"
grep -q "Newest page insight under 15 minutes old" "$WORK/pm.md" && fail "late events already there"

# A person writes in every section: a line after each heading, the authors,
# an answer in place of each prompt, and a section of their own at the end.
awk '
  /^## / { print; print ""; print "Human line under " substr($0, 4) "."; next }
  /^> \*\*Prompt:\*\*/ { print "Human answer " ++answers ": the rate limit was shared by every job."; next }
  /^\| Authors \|/ { print "| Authors | Aino Laine, Mikko Nieminen |"; next }
  { print }
  END { print ""; print "## Appendix written by hand"; print ""; print "Human appendix line.  " }
' "$WORK/pm.md" >"$WORK/edited.md" && cp "$WORK/edited.md" "$WORK/pm.md"
grep -E "^Human |^\| Authors \| Aino" "$WORK/pm.md" >"$WORK/human-lines"
[[ $(wc -l <"$WORK/human-lines") -ge 20 ]] || fail "the edit script wrote too few lines: $(wc -l <"$WORK/human-lines")"

# The late logs arrive; update.
mv "$WORK/resolution.yaml" "$WORK/logs/"
"$HINDSIGHT" draft "$WORK/logs" -o "$WORK/pm.md" --update >"$WORK/out" 2>"$WORK/err" \
  || fail "update exited $?: $(cat "$WORK/err")"
[[ ! -s $WORK/out && ! -s $WORK/err ]] || fail "update printed: $(cat "$WORK/out" "$WORK/err")"
while IFS= read -r line; do
  grep -qxF -- "$line" "$WORK/pm.md" || fail "lost a human line: $line"
done <"$WORK/human-lines"
grep -q "Newest page insight under 15 minutes old" "$WORK/pm.md" || fail "new events are missing"
grep -q "^## Appendix written by hand$" "$WORK/pm.md" || fail "the appendix heading is gone"
[[ $(tail -c 3 "$WORK/pm.md") == "  " ]] || fail "trailing spaces of the last line were not kept"

# Every generated section is what a fresh draft of the same logs says.
generated() { awk '/^<!-- hindsight:begin /,/^<!-- hindsight:end /' "$1"; }
"$HINDSIGHT" draft "$WORK/logs" >"$WORK/fresh.md"
diff <(generated "$WORK/fresh.md") <(generated "$WORK/pm.md") || fail "generated sections differ from a fresh draft"

# Updating again with the same logs changes nothing.
cp "$WORK/pm.md" "$WORK/before.md"
"$HINDSIGHT" draft "$WORK/logs" -o "$WORK/pm.md" --update || fail "second update exited $?"
cmp -s "$WORK/before.md" "$WORK/pm.md" || fail "a second update changed the file"

# An edit inside a generated section: the update stops and shows the line.
sed -i '/^| 2026-03-04 11:12:40 +02:00 | T+57m 40s | mitigate /s/Paused the/Paused (by hand) the/' "$WORK/pm.md"
grep -q 'Paused (by hand) the' "$WORK/pm.md" || fail "the test's edit inside the timeline did not apply"
cp "$WORK/pm.md" "$WORK/edited-inside.md"
"$HINDSIGHT" draft "$WORK/logs" -o "$WORK/pm.md" --update >"$WORK/out" 2>"$WORK/err"
status=$?
[[ $status == 1 ]] || fail "conflicting update: expected exit 1, got $status"
cmp -s "$WORK/edited-inside.md" "$WORK/pm.md" || fail "a refused update changed the file"
grep -q "error: the generated \`timeline\` section (lines [0-9]* to [0-9]*) was edited by hand" "$WORK/err" \
  || fail "conflict not reported: $(cat "$WORK/err")"
grep -q "Paused (by hand) the insights" "$WORK/err" || fail "conflicting line not shown: $(cat "$WORK/err")"
grep -q "not changed" "$WORK/err" || fail "does not say the file was left alone"

# --force replaces the edited section and still keeps every human line outside it.
"$HINDSIGHT" draft "$WORK/logs" -o "$WORK/pm.md" --update --force 2>"$WORK/err" || fail "forced update exited $?"
grep -q "Paused (by hand)" "$WORK/pm.md" && fail "--force kept the edited generated line"
while IFS= read -r line; do
  grep -qxF -- "$line" "$WORK/pm.md" || fail "forced update lost a human line: $line"
done <"$WORK/human-lines"

# --update needs a file to update.
"$HINDSIGHT" draft "$WORK/logs" --update >"$WORK/out" 2>"$WORK/err"
[[ $? == 2 ]] || fail "--update without -o: expected exit 2"
grep -q -- "--update needs -o FILE" "$WORK/err" || fail "unclear usage error: $(cat "$WORK/err")"

# --update of a file that does not exist yet writes a fresh draft.
"$HINDSIGHT" draft "$WORK/logs" -o "$WORK/new.md" --update || fail "update of a new file exited $?"
cmp -s "$WORK/fresh.md" "$WORK/new.md" || fail "update of a new file is not a fresh draft"
exit 0
