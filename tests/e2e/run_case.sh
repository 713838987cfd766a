#!/usr/bin/env bash
# Runs one end-to-end case against the real binary.
#
# A case is a folder under tests/e2e/cases/ holding either
#   args    the arguments, one per line (paths relative to the repository root)
#   stdin   optional standard input
#   stdout, stderr, status   the expected output and exit status, byte for byte
# or an executable test.sh, run with $HINDSIGHT set to the binary and a fresh
# $WORK directory, for cases that need more than one command (files written
# with -o, permissions, ...).
#
# HINDSIGHT_UPDATE_GOLDEN=1 rewrites the expected files from the actual run;
# review the diff before committing it.
#
# HINDSIGHT_TEST_VALGRIND=1 runs every hindsight command of the case under
# valgrind's memcheck (scripts/test --valgrind); an error it reports fails
# the case, whatever the outputs.
set -u
bin=$1
case_dir=$2
work=$(mktemp -d)
memcheck=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work" "$memcheck"' EXIT

if [[ ${HINDSIGHT_TEST_VALGRIND:-} == 1 ]]; then
  # Its reports go to files, not stderr, so the goldens still compare.
  printf '#!/bin/sh\nexec valgrind -q --log-file=%q --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite %q "$@"\n' \
    "$memcheck/report.%p" "$bin" >"$memcheck/hindsight"
  chmod +x "$memcheck/hindsight"
  bin=$memcheck/hindsight
fi

# Fails the case if memcheck reported anything; a no-op without valgrind.
memcheck_verdict() {
  local status=$1 report
  for report in "$memcheck"/report.*; do
    [[ -s $report ]] || continue
    echo "valgrind memcheck reported errors:" >&2
    cat "$report" >&2
    status=1
  done
  return "$status"
}

if [[ -f $case_dir/test.sh ]]; then
  HINDSIGHT=$bin WORK=$work bash "$case_dir/test.sh"
  memcheck_verdict $?
  exit $?
fi

args=()
if [[ -f $case_dir/args ]]; then
  mapfile -t args <"$case_dir/args"
fi
stdin=/dev/null
[[ -f $case_dir/stdin ]] && stdin=$case_dir/stdin

"$bin" "${args[@]}" <"$stdin" >"$work/stdout" 2>"$work/stderr"
echo $? >"$work/status"

if [[ ${HINDSIGHT_UPDATE_GOLDEN:-} == 1 ]]; then
  cp "$work/stdout" "$work/stderr" "$work/status" "$case_dir/"
  exit 0
fi

failed=0
for part in status stdout stderr; do
  if ! diff -u --label "expected $part" --label "actual $part" "$case_dir/$part" "$work/$part"; then
    failed=1
  fi
done
memcheck_verdict $failed
