# A file system that refuses the write (full, past the file size limit, or
# read-only) leaves the old output file as it was, leaves no temporary file
# behind and exits with the I/O code, naming the file and the reason.
#
# As root (CI), a real full disk and a real read-only file system: small
# tmpfs mounts. Otherwise, the same through what a user may do: the file
# size limit (`ulimit -f` with SIGXFSZ ignored, so a write past it fails
# as on a full disk) and a directory without write permission.
set -u
fail() { echo "FAIL: $*"; exit 1; }
old="the draft as the team left it"

# $1: the directory, holding postmortem.md; $2: the reason the error must give.
expect_refused() {
  local dir=$1 reason=$2 status
  "$HINDSIGHT" draft examples/backfill-outage -o "$dir/postmortem.md" --force \
    >"$WORK/out" 2>"$WORK/err"
  status=$?
  [[ $status == 3 ]] || fail "$reason: expected exit 3, got $status: $(cat "$WORK/err")"
  grep -q "cannot write $dir/postmortem.md: .*$reason" "$WORK/err" \
    || fail "the error does not name the file and '$reason': $(cat "$WORK/err")"
  [[ $(cat "$dir/postmortem.md") == "$old" ]] || fail "$reason: the old file was changed"
  ls -A "$dir" | grep -q '^\.hindsight-' && fail "$reason: a temporary file was left behind"
  [[ ! -s $WORK/out ]] || fail "$reason: the draft went to stdout instead"
}

# Past the file size limit (16 KiB; the draft is larger), in every case.
mkdir "$WORK/limited" && echo "$old" >"$WORK/limited/postmortem.md"
(
  trap '' XFSZ
  ulimit -f 16
  expect_refused "$WORK/limited" "File too large"
) || exit 1

if ((EUID == 0)); then
  trap 'umount "$WORK/full" "$WORK/read-only" 2>/dev/null' EXIT
  # Room for the old file and not for the draft.
  mkdir "$WORK/full" && mount -t tmpfs -o size=8k tmpfs "$WORK/full" \
    || fail "cannot mount a tmpfs as root"
  echo "$old" >"$WORK/full/postmortem.md"
  expect_refused "$WORK/full" "No space left on device"

  mkdir "$WORK/read-only" && mount -t tmpfs -o size=64k tmpfs "$WORK/read-only" \
    || fail "cannot mount a tmpfs as root"
  echo "$old" >"$WORK/read-only/postmortem.md"
  mount -o remount,ro "$WORK/read-only" || fail "cannot make the tmpfs read-only"
  expect_refused "$WORK/read-only" "Read-only file system"
else
  mkdir "$WORK/read-only" && echo "$old" >"$WORK/read-only/postmortem.md"
  chmod a-w "$WORK/read-only"
  expect_refused "$WORK/read-only" "Permission denied"
fi
exit 0
