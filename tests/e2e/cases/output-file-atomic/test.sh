# -o writes the same bytes as stdout, replaces an existing file, and on a
# failed write leaves the old file untouched and exits with the I/O code.
set -u
fail() { echo "FAIL: $*"; exit 1; }

"$HINDSIGHT" draft examples/backfill-outage >"$WORK/stdout.md" || fail "draft to stdout"
echo "an older draft" >"$WORK/postmortem.md"
# A draft never replaces a file people may have written in, unless told to.
"$HINDSIGHT" draft examples/backfill-outage -o "$WORK/postmortem.md" >"$WORK/out" 2>"$WORK/err"
status=$?
[[ $status == 2 ]] || fail "draft -o over an existing file: expected exit 2, got $status"
grep -q "the file exists; pass --update" "$WORK/err" || fail "refusal does not say what to do: $(cat "$WORK/err")"
[[ $(cat "$WORK/postmortem.md") == "an older draft" ]] || fail "the existing file was touched"
"$HINDSIGHT" draft examples/backfill-outage -o "$WORK/postmortem.md" --force >"$WORK/out" 2>"$WORK/err" \
  || fail "draft -o --force exited $?"
cmp -s "$WORK/stdout.md" "$WORK/postmortem.md" || fail "-o output differs from stdout"
[[ ! -s $WORK/out ]] || fail "-o also printed to stdout"
ls -A "$WORK" | grep -q '^\.hindsight-' && fail "temporary file left behind"

# A directory where the file should go cannot be replaced: exit 3, nothing lost.
mkdir -p "$WORK/taken.md" && echo keep >"$WORK/taken.md/inside"
"$HINDSIGHT" draft examples/backfill-outage -o "$WORK/taken.md" --force 2>"$WORK/err"
status=$?
[[ $status == 3 ]] || fail "expected exit 3, got $status"
grep -q "cannot write $WORK/taken.md" "$WORK/err" || fail "error does not name the file: $(cat "$WORK/err")"
[[ $(cat "$WORK/taken.md/inside") == keep ]] || fail "existing content was touched"

# A missing parent directory: exit 3.
"$HINDSIGHT" timeline examples/backfill-outage -o "$WORK/no/such/dir/t.md" 2>"$WORK/err"
status=$?
[[ $status == 3 ]] || fail "expected exit 3 for a missing directory, got $status"
ls -A "$WORK" | grep -q '^\.hindsight-' && fail "temporary file left behind"
exit 0
