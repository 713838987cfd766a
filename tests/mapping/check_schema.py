#!/usr/bin/env python3
"""docs/mappings.schema.json and hindsight agree on what a mapping file is.

Every mapping under examples/mappings/ and tests/mapping/schema/valid/ must
pass the JSON Schema and be accepted by `hindsight formats --mapping`; every
one under tests/mapping/schema/invalid/ must fail both. A schema that drifts
from the reader (or the other way round) fails this test.

Usage: check_schema.py HINDSIGHT_BINARY  (run from the repository root)
"""
import glob
import json
import subprocess
import sys

import jsonschema
import yaml


def main():
    binary = sys.argv[1]
    with open("docs/mappings.schema.json", encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    valid = sorted(glob.glob("examples/mappings/*.yaml") + glob.glob("tests/mapping/schema/valid/*.yaml"))
    invalid = sorted(glob.glob("tests/mapping/schema/invalid/*.yaml"))
    if not valid or not invalid:
        print("FAIL: no mappings found; run from the repository root")
        return 1

    failures = []
    for path, should_pass in [(p, True) for p in valid] + [(p, False) for p in invalid]:
        with open(path, encoding="utf-8") as f:
            document = yaml.safe_load(f)
        schema_errors = [e.message for e in validator.iter_errors(document)]
        run = subprocess.run([binary, "formats", "--mapping", path], capture_output=True, text=True)
        accepted = run.returncode == 0
        if should_pass and schema_errors:
            failures.append(f"{path}: the schema rejects it: {schema_errors[0]}")
        if should_pass and not accepted:
            failures.append(f"{path}: hindsight rejects it: {run.stderr.strip()}")
        if not should_pass and not schema_errors:
            failures.append(f"{path}: the schema accepts it")
        if not should_pass and accepted:
            failures.append(f"{path}: hindsight accepts it")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(valid)} valid and {len(invalid)} invalid mappings checked")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
