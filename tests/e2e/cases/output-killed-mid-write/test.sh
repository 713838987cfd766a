# A run killed at any moment (kill -9: no handler runs) leaves the output
# file either as it was or whole and new, never half written: the draft is
# written to a temporary file and renamed over the old one.
set -u
fail() { echo "FAIL: $*"; exit 1; }

# Enough events that a run lasts a good part of a second.
awk 'BEGIN {
  print "events:"
  for (i = 0; i < 20000; i++) {
    printf "  - time: 2026-03-04T%02d:%02d:%02dZ\n    kind: alert\n    title: \"alert %d\"\n    service: api\n",
      int(i / 3600) % 24, int(i / 60) % 60, i % 60, i
  }
}' >"$WORK/big.yaml"
"$HINDSIGHT" timeline "$WORK/big.yaml" >"$WORK/whole.md" || fail "a full run failed"
echo "the previous timeline" >"$WORK/previous.md"

for delay in 0.05 0.1 0.2 0.3 0.4 0.6 0.8; do
  cp "$WORK/previous.md" "$WORK/out.md"
  "$HINDSIGHT" timeline "$WORK/big.yaml" -o "$WORK/out.md" &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if ! cmp -s "$WORK/out.md" "$WORK/previous.md" && ! cmp -s "$WORK/out.md" "$WORK/whole.md"; then
    fail "killed after ${delay}s: out.md is neither the old file nor the whole new one"
  fi
  rm -f "$WORK"/.hindsight-*  # a killed run cannot remove its temporary file
done
exit 0
