# Without --config, lint reads .hindsight-lint.yaml in the current directory
# if there is one; --config FILE replaces it (/dev/null: no config at all),
# and a --config that cannot be read is an I/O error.
set -u
fail() { echo "FAIL: $*"; exit 1; }

cp tests/e2e/fixtures/lint/blaming.md "$WORK/postmortem.md"
cd "$WORK" || fail "cd"

"$HINDSIGHT" lint postmortem.md >out 2>err
[[ $? == 1 ]] || fail "findings without a config: expected exit 1"
grep -q '\[counterfactual\]' err || fail "no counterfactual finding without a config: $(cat err)"

printf 'rules:\n  counterfactual: off\n  blaming-language: error\n' >.hindsight-lint.yaml
"$HINDSIGHT" lint postmortem.md >out 2>err
[[ $? == 1 ]] || fail "findings with the default config: expected exit 1"
grep -q '\[counterfactual\]' err && fail ".hindsight-lint.yaml was not read: $(cat err)"
grep -q 'error: "Arto.s fault" assigns fault to someone \[blaming-language\]' err \
  || fail "blaming-language is not an error: $(cat err)"

"$HINDSIGHT" lint --config /dev/null postmortem.md >out 2>err
grep -q '\[counterfactual\]' err || fail "--config /dev/null still read the default config"

"$HINDSIGHT" lint --config missing.yaml postmortem.md >out 2>err
status=$?
[[ $status == 3 ]] || fail "a missing --config: expected exit 3, got $status"
[[ $(cat err) == "hindsight: error: --config missing.yaml: no such file" ]] \
  || fail "unexpected message: $(cat err)"

printf 'rules: {counterfactual: offf}\n' >.hindsight-lint.yaml
"$HINDSIGHT" lint postmortem.md >out 2>err
status=$?
[[ $status == 2 ]] || fail "a bad default config: expected exit 2, got $status"
grep -q '^.hindsight-lint.yaml:1:' err || fail "the error does not name the config: $(cat err)"
exit 0
