# The draft checked in beside the example is exactly what the tool writes.
set -u
"$HINDSIGHT" draft examples/backfill-outage >"$WORK/draft.md" || exit 1
diff -u examples/backfill-outage/postmortem.md "$WORK/draft.md"
