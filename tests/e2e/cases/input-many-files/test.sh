# A directory of thousands of files is read whole, with few files open at
# once, the same for any --jobs; and files that vanish while it is read are
# errors naming them, never a crash or a hang.
set -u
fail() { echo "FAIL: $*"; exit 1; }

mkdir "$WORK/logs"
awk -v dir="$WORK/logs" 'BEGIN {
  for (i = 0; i < 2000; i++) {
    file = sprintf("%s/%04d.yaml", dir, i)
    printf "events:\n  - time: 2026-03-04T%02d:%02d:%02dZ\n    kind: alert\n    title: alert %d\n",
      int(i / 3600), int(i / 60) % 60, i % 60, i >file
    close(file)
  }
}'

# 64 open files at most: each file is closed once read.
(ulimit -n 64 && exec "$HINDSIGHT" timeline "$WORK/logs" --format jsonl) >"$WORK/all.jsonl" \
  2>"$WORK/err" || fail "2000 files with 64 descriptors: exit $?: $(head -3 "$WORK/err")"
[[ $(wc -l <"$WORK/all.jsonl") == 2000 ]] || fail "expected 2000 events, got $(wc -l <"$WORK/all.jsonl")"
"$HINDSIGHT" timeline "$WORK/logs" --format jsonl --jobs 1 >"$WORK/one-job.jsonl" \
  || fail "--jobs 1 exit $?"
cmp -s "$WORK/all.jsonl" "$WORK/one-job.jsonl" || fail "--jobs 1 gives other bytes"

# Files removed while the run reads them: each one gone before it was read
# (or even looked at) is an I/O error naming it (exit 3); none may crash
# the run. Which files
# go is up to the race, so the check is of what any outcome must be.
for round in 1 2 3; do
  "$HINDSIGHT" validate "$WORK/logs" >"$WORK/out" 2>"$WORK/err" &
  pid=$!
  for i in $(seq -f %04g $((round * 500)) 40 $((round * 500 + 440))); do
    rm -f "$WORK/logs/$i.yaml"
  done
  wait "$pid"
  status=$?
  [[ $status == 0 || $status == 3 ]] || fail "round $round: exit $status: $(tail -3 "$WORK/err")"
  grep -q "leads to no file" "$WORK/err" && fail "round $round: a removed file taken for a bad link"
  if [[ $status == 3 ]]; then
    grep -qE "^$WORK/logs/[0-9]{4}\.yaml: error: cannot read file: No such file or directory" "$WORK/err" \
      || fail "round $round: the error does not name a vanished file: $(head -3 "$WORK/err")"
  fi
done
exit 0
