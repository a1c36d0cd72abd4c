// Loads every committed report schema (schema/disclosure-report-*.schema.json) with ajv in strict mode, failing on
// any warning, then validates every fixture (tests/fixtures/<edition>/*.json, not *.expected.json) against the
// schema of its edition folder and prints one verdict per fixture.
//
//   node tools/schema-check/check-ajv.mjs           human-readable lines
//   node tools/schema-check/check-ajv.mjs --json    one JSON object (used by the .NET agreement test)
//
// Verdicts: "valid", "invalid" (with ajv's errors), "unparsable" (JSON.parse refused the text), "no-schema".
// Exit code: 0 when every schema loaded cleanly, 2 when one did not (or logged a warning), 1 on a usage error.
// Verdicts never change the exit code: comparing them with the reader is the .NET test's job.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, dirname, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Ajv = require("ajv");
const addFormats = require("ajv-formats");

const args = process.argv.slice(2);
const asJson = args.includes("--json");
if (args.some((a) => a !== "--json")) {
  console.error("usage: node check-ajv.mjs [--json]");
  process.exit(1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const schemaDir = join(root, "schema");
const fixtureDir = join(root, "tests", "fixtures");

const readText = (path) => readFileSync(path, "utf8").replace(/^\uFEFF/, "");

// One strict ajv instance per schema, so that two editions' $ids never clash and every warning is attributed.
const schemas = [];
const validators = new Map();
for (const file of existsSync(schemaDir) ? readdirSync(schemaDir).sort() : []) {
  if (!/^disclosure-report-.+\.schema\.json$/.test(file)) continue;
  const warnings = [];
  const logger = {
    log: (...m) => warnings.push(m.join(" ")),
    warn: (...m) => warnings.push(m.join(" ")),
    error: (...m) => warnings.push(m.join(" ")),
  };
  const entry = { file, ok: false, warnings };
  try {
    const ajv = new Ajv({ strict: true, allErrors: true, logger });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readText(join(schemaDir, file))));
    entry.ok = warnings.length === 0;
    const edition = file.slice("disclosure-report-".length, -".schema.json".length);
    validators.set(edition, { file, validate });
  } catch (e) {
    warnings.push(String(e && e.message ? e.message : e));
  }
  schemas.push(entry);
}

const documents = [];
for (const edition of existsSync(fixtureDir) ? readdirSync(fixtureDir).sort() : []) {
  const folder = join(fixtureDir, edition);
  if (!statSync(folder).isDirectory()) continue;
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith(".json") || name.endsWith(".expected.json")) continue;
    const file = relative(fixtureDir, join(folder, name)).split(sep).join("/");
    const validator = validators.get(edition);
    if (!validator) {
      documents.push({ file, schema: null, verdict: "no-schema", errors: [] });
      continue;
    }
    let data;
    try {
      data = JSON.parse(readText(join(folder, name)));
    } catch (e) {
      documents.push({ file, schema: validator.file, verdict: "unparsable", errors: [String(e.message)] });
      continue;
    }
    const valid = validator.validate(data);
    const errors = valid ? [] : validator.validate.errors.map((e) => `${e.instancePath || "/"}: ${e.message}`);
    documents.push({ file, schema: validator.file, verdict: valid ? "valid" : "invalid", errors });
  }
}

const schemasOk = schemas.length > 0 && schemas.every((s) => s.ok);
if (asJson) {
  process.stdout.write(JSON.stringify({ validator: `ajv ${require("ajv/package.json").version} (strict)`, schemas, documents }) + "\n");
} else {
  for (const s of schemas) console.log(`${s.ok ? "loaded " : "FAILED "} ${s.file}${s.warnings.length ? ": " + s.warnings.join("; ") : ""}`);
  for (const d of documents) console.log(`${d.verdict.padEnd(10)} ${d.file}${d.errors.length ? "  " + d.errors[0] : ""}`);
  console.log(`${schemas.length} schema(s) ${schemasOk ? "loaded in strict mode without warnings" : "NOT loaded cleanly"}; ${documents.length} document(s) checked`);
}
process.exit(schemasOk ? 0 : 2);
