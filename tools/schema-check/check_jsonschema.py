#!/usr/bin/env python3
"""Checks the committed report schemas with Python's jsonschema (Debian's python3-jsonschema) and validates every
fixture against the schema of its edition folder.

    /usr/bin/python3 tools/schema-check/check_jsonschema.py           human-readable lines
    /usr/bin/python3 tools/schema-check/check_jsonschema.py --json    one JSON object (used by the .NET agreement test)

Each schema must pass its meta-schema (draft-07) and load without a Python warning. Documents are parsed strictly
(NaN/Infinity refused, a UTF-8 byte-order mark allowed as the .NET reader allows it) and validated with the draft-07
format checker. Verdicts: "valid", "invalid", "unparsable", "no-schema". Exit code: 0 when every schema loaded
cleanly, 2 when one did not, 1 on a usage error; verdicts never change it (the .NET test compares them).
"""
import json
import os
import re
import sys
import warnings
from importlib.metadata import version

import jsonschema

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCHEMA_DIR = os.path.join(ROOT, "schema")
FIXTURE_DIR = os.path.join(ROOT, "tests", "fixtures")
SCHEMA_NAME = re.compile(r"^disclosure-report-(.+)\.schema\.json$")


def refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def load_document(path):
    with open(path, encoding="utf-8-sig") as f:
        return json.loads(f.read(), parse_constant=refuse_constant)


def main(argv):
    as_json = "--json" in argv
    if any(a != "--json" for a in argv):
        print("usage: check_jsonschema.py [--json]", file=sys.stderr)
        return 1

    schemas, validators = [], {}
    for name in sorted(os.listdir(SCHEMA_DIR)) if os.path.isdir(SCHEMA_DIR) else []:
        match = SCHEMA_NAME.match(name)
        if not match:
            continue
        entry = {"file": name, "ok": False, "warnings": []}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                schema = load_document(os.path.join(SCHEMA_DIR, name))
                cls = jsonschema.validators.validator_for(schema)
                if cls is not jsonschema.Draft7Validator:
                    raise ValueError(f"expected a draft-07 schema, got {cls.__name__}")
                cls.check_schema(schema)
                validators[match.group(1)] = (name, cls(schema, format_checker=cls.FORMAT_CHECKER))
            except Exception as e:  # a schema that does not load is reported, not raised
                entry["warnings"].append(f"{type(e).__name__}: {e}")
        entry["warnings"].extend(str(w.message) for w in caught)
        entry["ok"] = name in (v[0] for v in validators.values()) and not entry["warnings"]
        schemas.append(entry)

    documents = []
    for edition in sorted(os.listdir(FIXTURE_DIR)) if os.path.isdir(FIXTURE_DIR) else []:
        folder = os.path.join(FIXTURE_DIR, edition)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".json") or name.endswith(".expected.json"):
                continue
            file = f"{edition}/{name}"
            if edition not in validators:
                documents.append({"file": file, "schema": None, "verdict": "no-schema", "errors": []})
                continue
            schema_file, validator = validators[edition]
            try:
                data = load_document(os.path.join(folder, name))
            except ValueError as e:
                documents.append({"file": file, "schema": schema_file, "verdict": "unparsable", "errors": [str(e)]})
                continue
            errors = ["/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message
                      for e in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))]
            documents.append({"file": file, "schema": schema_file, "verdict": "invalid" if errors else "valid", "errors": errors})

    ok = bool(schemas) and all(s["ok"] for s in schemas)
    if as_json:
        print(json.dumps({"validator": f"jsonschema {version('jsonschema')} (Python {sys.version.split()[0]})",
                          "schemas": schemas, "documents": documents}, ensure_ascii=False))
    else:
        for s in schemas:
            print(("loaded " if s["ok"] else "FAILED ") + s["file"] + (": " + "; ".join(s["warnings"]) if s["warnings"] else ""))
        for d in documents:
            print(f"{d['verdict']:<10} {d['file']}" + (f"  {d['errors'][0]}" if d["errors"] else ""))
        print(f"{len(schemas)} schema(s) {'loaded without warnings' if ok else 'NOT loaded cleanly'}; {len(documents)} document(s) checked")
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
