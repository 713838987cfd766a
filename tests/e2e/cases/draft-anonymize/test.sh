# --anonymize: no person's name reaches the draft, the timeline or the
# metrics; bots keep theirs; --anonymize-map writes who became whom, apart.
set -u
fail() { echo "FAIL: $*"; exit 1; }
inputs=(examples/mixed-sources --mapping examples/mappings/slack.yaml examples/mappings/slack-export/inc-payments)

"$HINDSIGHT" draft "${inputs[@]}" --anonymize --anonymize-map "$WORK/who.yaml" -o "$WORK/pm.md" \
  2>"$WORK/err" || fail "draft --anonymize exited $?: $(cat "$WORK/err")"
"$HINDSIGHT" timeline "${inputs[@]}" --anonymize --format json >"$WORK/timeline.json" || fail "timeline"
"$HINDSIGHT" metrics "${inputs[@]}" --anonymize --format json >"$WORK/metrics.json" || fail "metrics"

expected_map="# Who is who in hindsight's --anonymize output. Keep this file private.

Aino Laine: checkout on-call
Helmi: customer support lead
Mikko Nieminen: payments DBA
aino.laine: Responder A"
[[ $(cat "$WORK/who.yaml") == "$expected_map" ]] || fail "map differs:
$(cat "$WORK/who.yaml")"

for name in "Aino" "Laine" "aino.laine" "Helmi" "Mikko" "Nieminen"; do
  for file in pm.md timeline.json metrics.json; do
    grep -qi -- "$name" "$WORK/$file" && fail "$name is still in $file: $(grep -i -m1 -- "$name" "$WORK/$file")"
  done
done
grep -q "Acknowledged by checkout on-call" "$WORK/pm.md" || fail "names in titles were not replaced by the role"
grep -q '"name": "payments DBA"' "$WORK/timeline.json" || fail "actor field not replaced"

# Without --anonymize the names are there (the check above can fail).
"$HINDSIGHT" draft "${inputs[@]}" | grep -q "Acknowledged by Aino Laine" || fail "the example has no names to hide"

# Usage errors: a map without --anonymize, the map as the output, the map on stdout.
"$HINDSIGHT" draft "${inputs[@]}" --anonymize-map "$WORK/x.yaml" 2>"$WORK/err" >/dev/null
[[ $? == 2 ]] && grep -q -- "--anonymize-map needs --anonymize" "$WORK/err" || fail "map without --anonymize: $(cat "$WORK/err")"
"$HINDSIGHT" timeline "${inputs[@]}" --anonymize --anonymize-map "$WORK/t.md" -o "$WORK/t.md" 2>"$WORK/err" >/dev/null
[[ $? == 2 ]] && grep -q "give a file of its own" "$WORK/err" || fail "map as output: $(cat "$WORK/err")"
[[ -e $WORK/t.md ]] && fail "something was written after a usage error"
"$HINDSIGHT" timeline "${inputs[@]}" --anonymize --anonymize-map - 2>"$WORK/err" >/dev/null
[[ $? == 2 ]] || fail "map on stdout accepted"
exit 0
