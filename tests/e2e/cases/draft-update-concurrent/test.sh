# Several `draft --update` runs on one draft at once take turns (a lock on
# the draft's directory): every run succeeds, each starts from what the
# one before wrote, so the person's edit survives all of them, and the
# result is exactly what the runs give one after another. Without the lock,
# a run that read the draft before another wrote it would refuse ("it
# changed while it was being updated") or undo the other's work.
set -u
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$WORK/early" "$WORK/late"
cp examples/backfill-outage/*.yaml "$WORK/late/"
cp examples/backfill-outage/*.yaml "$WORK/early/"
rm "$WORK/early/resolution.yaml"
"$HINDSIGHT" draft "$WORK/early" -o "$WORK/pm.md" || fail "first draft exited $?"
printf '\n## Written by hand\n\nA line a person wrote.\n' >>"$WORK/pm.md"

# What one run after another gives: the late logs are read last.
cp "$WORK/pm.md" "$WORK/sequential.md"
"$HINDSIGHT" draft "$WORK/late" -o "$WORK/sequential.md" --update || fail "sequential update"

for round in 1 2 3; do
  pids=()
  for run in 1 2 3 4 5 6; do
    logs=early
    (( run % 2 == 0 )) && logs=late
    "$HINDSIGHT" draft "$WORK/$logs" -o "$WORK/pm.md" --update 2>"$WORK/err.$run" &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || fail "round $round, run $((i + 1)) exited $?: $(cat "$WORK/err.$((i + 1))")"
  done
  [[ $(grep -c "A line a person wrote." "$WORK/pm.md") == 1 ]] || fail "the person's line was lost or doubled"
  # Whichever ran last, the draft is a whole one: the early or the late result.
  "$HINDSIGHT" draft "$WORK/late" -o "$WORK/pm.md" --update || fail "a final update failed"
  cmp -s "$WORK/pm.md" "$WORK/sequential.md" || fail "round $round: the draft differs from one-by-one updates"
done
ls -A "$WORK" | grep -q '^\.hindsight-' && fail "temporary file left behind"
exit 0
