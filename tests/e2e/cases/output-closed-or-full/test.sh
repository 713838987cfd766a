# Standard output that goes away or fills up: a reader that stops early
# (`| head`) ends the run quietly with success, with nothing on stderr; a
# full disk (/dev/full) is an I/O error, exit 3, that says so.
set -u
fail() { echo "FAIL: $*"; exit 1; }

# Far more output than a pipe holds (64 KB), so the writes after `head`
# leaves meet a closed pipe.
{
  echo "events:"
  for i in $(seq 1 3000); do
    printf '  - time: 2026-03-01T10:%02d:%02dZ\n    kind: note\n    title: "note %d of a long run"\n' \
      $((i / 60 % 60)) $((i % 60)) "$i"
  done
} >"$WORK/long.yaml"

for format in md jsonl json csv; do
  "$HINDSIGHT" timeline --format "$format" "$WORK/long.yaml" 2>"$WORK/err" | head -n 1 >/dev/null
  status=${PIPESTATUS[0]}
  [[ $status == 0 ]] || fail "timeline --format $format | head: expected exit 0, got $status"
  [[ ! -s $WORK/err ]] || fail "timeline --format $format | head printed: $(cat "$WORK/err")"
done
"$HINDSIGHT" draft "$WORK/long.yaml" 2>"$WORK/err" | head -n 1 >/dev/null
status=${PIPESTATUS[0]}
[[ $status == 0 ]] || fail "draft | head: expected exit 0, got $status"
[[ ! -s $WORK/err ]] || fail "draft | head printed: $(cat "$WORK/err")"

for command in "timeline" "timeline --format jsonl" "draft" "metrics" "validate" "formats"; do
  args=(examples/backfill-outage)
  [[ $command == formats ]] && args=()
  # shellcheck disable=SC2086
  "$HINDSIGHT" $command "${args[@]}" >/dev/full 2>"$WORK/err"
  status=$?
  [[ $status == 3 ]] || fail "$command >/dev/full: expected exit 3, got $status"
  grep -q "cannot write to standard output: No space left on device" "$WORK/err" \
    || fail "$command >/dev/full does not say why: $(cat "$WORK/err")"
done
exit 0
