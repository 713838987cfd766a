# Inputs that are not plain files: symlink loops, dangling links and
# subdirectories in a directory input are skipped with a warning each; a
# FIFO or /dev/stdin named as an input is an I/O error that says what to do
# instead. None of them hangs.
set -u
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$WORK/logs/old.yaml"
printf 'events:\n  - time: 2026-03-04T10:00:00Z\n    kind: alert\n    title: up\n' >"$WORK/logs/incident.yaml"
ln -s loop.yaml "$WORK/logs/loop.yaml"
ln -s gone.yaml "$WORK/logs/dangling.yaml"
mkfifo "$WORK/logs/pipe.yaml"

timeout 20 "$HINDSIGHT" validate "$WORK/logs" >"$WORK/out" 2>"$WORK/err"
status=$?
[[ $status == 0 ]] || fail "a directory with odd entries: expected exit 0, got $status: $(cat "$WORK/err")"
grep -q "ok: 1 file, 1 event (4 warnings)" "$WORK/out" || fail "unexpected summary: $(cat "$WORK/out")"
for entry in "dangling.yaml: warning: skipped: it leads to no file" \
             "loop.yaml: warning: skipped: it leads to no file" \
             "old.yaml: warning: skipped: a directory" \
             "pipe.yaml: warning: skipped: not a regular file"; do
  grep -q "$entry" "$WORK/err" || fail "missing \"$entry\" in: $(cat "$WORK/err")"
done
timeout 20 "$HINDSIGHT" validate --strict "$WORK/logs" >/dev/null 2>&1
[[ $? == 1 ]] || fail "--strict should refuse skipped entries"

timeout 20 "$HINDSIGHT" validate "$WORK/logs/pipe.yaml" >/dev/null 2>"$WORK/err"
status=$?
[[ $status == 3 ]] || fail "a FIFO input: expected exit 3, got $status"
grep -q "pass - and redirect it" "$WORK/err" || fail "FIFO error has no hint: $(cat "$WORK/err")"

printf 'events:\n  - time: 2026-03-04T10:00:00Z\n    kind: alert\n    title: up\n' |
  timeout 20 "$HINDSIGHT" validate /dev/stdin >/dev/null 2>"$WORK/err"
status=${PIPESTATUS[1]}
[[ $status == 3 ]] || fail "/dev/stdin from a pipe: expected exit 3, got $status"
grep -q "hint: pass - to read standard input" "$WORK/err" || fail "no hint: $(cat "$WORK/err")"
exit 0
