# The draft checked in beside the mixed-sources example (five tools' exports
# and native notes, every format detected) is exactly what the tool writes.
set -u
"$HINDSIGHT" draft examples/mixed-sources >"$WORK/draft.md" || exit 1
diff -u examples/mixed-sources/postmortem.md "$WORK/draft.md"
