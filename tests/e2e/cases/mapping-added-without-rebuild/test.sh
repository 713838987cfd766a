# A source hindsight has never seen, taught to the installed binary by a
# mapping file written now: no rebuild, no restart, nothing but files.
set -u
fail() { echo "FAIL: $*"; exit 1; }

cat >"$WORK/deploys.yaml" <<'MAPPING'
mapping: shipit
description: ShipIt deploy history
match:
  has: [finished_at_ms, app]
event:
  time: {path: started_at_ms, unit: milliseconds}
  end: {path: finished_at_ms, unit: milliseconds}
  kind:
    path: outcome
    table: {success: deploy, reverted: rollback}
  title: {template: "{app} {version} by {by.login}"}
  service: app
  actor: by.login
  id: {template: "shipit/{id}"}
MAPPING

cat >"$WORK/history.json" <<'DATA'
[
  {"id": 9007199254740993, "app": "checkout-api", "version": "3.8.0", "outcome": "success",
   "started_at_ms": 1781506000000, "finished_at_ms": 1781506038250, "by": {"login": "ci-bot"}},
  {"id": 9007199254740994, "app": "checkout-api", "version": "3.7.4", "outcome": "reverted",
   "started_at_ms": 1781597480000, "finished_at_ms": 1781597518000, "by": {"login": "mikko"}}
]
DATA

# Without the mapping the file is not understood, and the error says so.
"$HINDSIGHT" validate "$WORK/history.json" >"$WORK/out" 2>"$WORK/err"
[[ $? == 1 ]] || fail "unmapped file should be an input error"
grep -q "no known format recognises this document" "$WORK/err" || fail "unexpected error: $(cat "$WORK/err")"

# With it, the events come out exactly, 64-bit ids and milliseconds intact.
"$HINDSIGHT" timeline --mapping "$WORK/deploys.yaml" "$WORK/history.json" --format jsonl \
  >"$WORK/out" 2>"$WORK/err" || fail "timeline with the mapping exited $?: $(cat "$WORK/err")"
[[ ! -s $WORK/err ]] || fail "unexpected diagnostics: $(cat "$WORK/err")"
expected_first='{"time":"2026-06-15T06:46:40Z","end":"2026-06-15T06:47:18.250Z","kind":"deploy","title":"checkout-api 3.8.0 by ci-bot","service":"checkout-api","actor":{"name":"ci-bot","role":null},"source":null,"id":"shipit/9007199254740993","link":null,"labels":{},"adapter":"shipit",'
[[ $(head -1 "$WORK/out") == "$expected_first"* ]] || fail "first event: $(head -1 "$WORK/out")"
grep -q '"kind":"rollback","title":"checkout-api 3.7.4 by mikko"' "$WORK/out" || fail "rollback missing: $(cat "$WORK/out")"

# The new name works everywhere a built-in format's does.
"$HINDSIGHT" formats --mapping "$WORK/deploys.yaml" | grep -q '^shipit  *ShipIt deploy history$' \
  || fail "formats does not list the mapping"
"$HINDSIGHT" validate --mapping "$WORK/deploys.yaml" --input-format shipit "$WORK/history.json" \
  >"$WORK/out" 2>&1 || fail "--input-format shipit: $(cat "$WORK/out")"
"$HINDSIGHT" validate --mapping "$WORK/deploys.yaml" "shipit:$WORK/history.json" >"$WORK/out" 2>&1 \
  || fail "shipit:PATH: $(cat "$WORK/out")"
[[ $(cat "$WORK/out") == "ok: 1 file, 2 events" ]] || fail "validate said: $(cat "$WORK/out")"

# Editing the mapping changes the result at once.
sed -i 's/reverted: rollback/reverted: deploy/' "$WORK/deploys.yaml"
"$HINDSIGHT" timeline --mapping "$WORK/deploys.yaml" "$WORK/history.json" --format jsonl --kind rollback \
  >"$WORK/out" 2>&1 || fail "timeline after the edit exited $?"
[[ ! -s $WORK/out ]] || fail "edited mapping still makes rollbacks: $(cat "$WORK/out")"
exit 0
