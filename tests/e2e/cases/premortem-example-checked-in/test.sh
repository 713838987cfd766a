# The pre-mortem checked in beside the example plan is exactly what the tool writes.
set -u
"$HINDSIGHT" premortem examples/premortem/plan.yaml >"$WORK/premortem.md" || exit 1
diff -u examples/premortem/premortem.md "$WORK/premortem.md"
