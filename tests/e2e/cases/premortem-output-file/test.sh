# -o writes the same bytes as stdout; an existing file (which may hold the
# team's answers) is replaced only with --force; a failed write exits 3 and
# leaves nothing behind.
set -u
fail() { echo "FAIL: $*"; exit 1; }
plan=examples/premortem/plan.yaml

"$HINDSIGHT" premortem "$plan" >"$WORK/stdout.md" || fail "premortem to stdout"
"$HINDSIGHT" premortem "$plan" -o "$WORK/premortem.md" >"$WORK/out" 2>"$WORK/err" \
  || fail "premortem -o exited $?: $(cat "$WORK/err")"
cmp -s "$WORK/stdout.md" "$WORK/premortem.md" || fail "-o output differs from stdout"
[[ ! -s $WORK/out && ! -s $WORK/err ]] || fail "-o also printed something"

echo "our answers" >"$WORK/premortem.md"
"$HINDSIGHT" premortem "$plan" -o "$WORK/premortem.md" 2>"$WORK/err"
status=$?
[[ $status == 2 ]] || fail "-o over an existing file: expected exit 2, got $status"
grep -q "the file exists and may hold the team's answers; pass --force" "$WORK/err" \
  || fail "refusal does not say what to do: $(cat "$WORK/err")"
[[ $(cat "$WORK/premortem.md") == "our answers" ]] || fail "the existing file was touched"
"$HINDSIGHT" premortem "$plan" -o "$WORK/premortem.md" --force || fail "--force exited $?"
cmp -s "$WORK/stdout.md" "$WORK/premortem.md" || fail "--force did not replace the file"

# A plan with errors writes nothing, even with --force.
echo "our answers" >"$WORK/premortem.md"
"$HINDSIGHT" premortem tests/e2e/fixtures/premortem/bad-plan.yaml -o "$WORK/premortem.md" \
  --force 2>/dev/null
status=$?
[[ $status == 1 ]] || fail "bad plan: expected exit 1, got $status"
[[ $(cat "$WORK/premortem.md") == "our answers" ]] || fail "a bad plan touched the file"

"$HINDSIGHT" premortem "$plan" -o "$WORK/no/such/dir/p.md" 2>"$WORK/err"
status=$?
[[ $status == 3 ]] || fail "missing directory: expected exit 3, got $status"
grep -q "cannot write $WORK/no/such/dir/p.md" "$WORK/err" || fail "error does not name the file"
ls -A "$WORK" | grep -q '^\.hindsight-' && fail "temporary file left behind"
exit 0
