# --jobs N reads files in parallel; every output, problems included, is the
# same byte for byte for any N.
set -u
fail() { echo "FAIL: $*"; exit 1; }

inputs=(examples/backfill-outage examples/mixed-sources tests/e2e/fixtures
        tests/e2e/cases/bad-unknown-kind missing.yaml)
for command in "timeline --format jsonl" "validate" "metrics --format json" "draft"; do
  # shellcheck disable=SC2086
  "$HINDSIGHT" $command --jobs 1 "${inputs[@]}" >"$WORK/one.out" 2>"$WORK/one.err"
  status_one=$?
  for jobs in 2 3 8; do
    # shellcheck disable=SC2086
    "$HINDSIGHT" $command --jobs "$jobs" "${inputs[@]}" >"$WORK/many.out" 2>"$WORK/many.err"
    [[ $? == "$status_one" ]] || fail "$command --jobs $jobs: exit status differs"
    cmp -s "$WORK/one.out" "$WORK/many.out" || fail "$command --jobs $jobs: stdout differs"
    cmp -s "$WORK/one.err" "$WORK/many.err" || fail "$command --jobs $jobs: stderr differs"
  done
done
# The default (one per core) too, on inputs without problems.
"$HINDSIGHT" timeline --format jsonl examples/mixed-sources >"$WORK/default" || fail "default jobs"
"$HINDSIGHT" timeline --format jsonl --jobs 1 examples/mixed-sources | cmp -s - "$WORK/default" \
  || fail "default jobs differ from --jobs 1"
"$HINDSIGHT" timeline --jobs 0 examples/mixed-sources >/dev/null 2>&1
[[ $? == 2 ]] || fail "--jobs 0 should be a usage error"
echo ok
