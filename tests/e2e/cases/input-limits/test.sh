# The --max-* limits on the real binary: each exceeded limit is an error
# that names it and its flag (exit 1, nothing written), raising the flag
# lets the same input through, and a flag value that is not one is a usage
# error (exit 2).
set -u
fail() { echo "FAIL: $*"; exit 1; }
expect() {  # expect STATUS PATTERN -- ARGS...
  local want=$1 pattern=$2
  shift 3
  timeout 60 "$HINDSIGHT" "$@" >"$WORK/out" 2>"$WORK/err"
  local status=$?
  [[ $status == "$want" ]] || fail "$*: expected exit $want, got $status: $(cat "$WORK/err")"
  [[ -z $pattern ]] || grep -q -- "$pattern" "$WORK/err" || fail "$*: no \"$pattern\" in: $(cat "$WORK/err")"
  [[ $want == 0 || ! -s $WORK/out ]] || fail "$*: wrote output despite the error"
}
example=examples/backfill-outage

expect 1 "alerts.yaml: error: a file of 1956 bytes, more than the 1024 allowed" -- timeline --max-file-size 1K $example
expect 0 "" -- timeline --max-file-size 4K $example
expect 1 "more than 10 events: the limit is passed in this file" -- timeline --max-events 10 $example
expect 0 "" -- timeline --max-events 40 $example

# A billion laughs: ten levels of ten aliases each.
{
  echo 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'
  for i in $(seq 1 9); do
    p=$((i - 1))
    echo "a$i: &a$i [*a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p]"
  done
} >"$WORK/laughs.yaml"
expect 1 "aliases expand to more than 1000000 nodes" -- validate "$WORK/laughs.yaml"
grep -q -- "--max-alias-nodes N" "$WORK/err" || fail "the alias error does not name its flag"

python3 -c "print('events: ' + '[' * 150 + ']' * 150)" >"$WORK/deep.yaml"
expect 1 "deep.yaml:1:108: error: nested deeper than 100 levels" -- validate "$WORK/deep.yaml"
expect 1 "an event must be a map, found a list" -- validate --max-depth 200 "$WORK/deep.yaml"

printf 'events:\n  - time: 2026-03-04T10:00:00Z\n    kind: note\n    title: %s\n' \
  "$(head -c 5000 /dev/zero | tr '\0' x)" >"$WORK/long.yaml"
expect 1 "a value of 5000 bytes, more than the 4096 allowed" -- validate --max-value-size 4K "$WORK/long.yaml"
expect 0 "" -- validate --max-value-size 8K "$WORK/long.yaml"

for i in 1 2 3 4; do printf -- '---\n- {time: 2026-03-04T10:00:00Z, kind: note, title: n}\n'; done >"$WORK/docs.yaml"
expect 1 "more than 3 documents in one file" -- validate --max-documents 3 "$WORK/docs.yaml"

expect 2 "--max-file-size 12Q: expected a size in bytes" -- validate --max-file-size 12Q $example
expect 2 "--max-depth" -- validate --max-depth 401 $example
expect 2 "--max-events" -- validate --max-events 0 $example
exit 0
