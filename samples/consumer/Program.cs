// A consumer of the Disclosure.Format packages, written as another system would: it references the packages (not the
// projects), reads a report, validates it, walks the layout catalog, reads the embedded rule catalog and JSON Schema,
// writes canonical JSON and checks the round trips.
// .ci/run runs it twice, as an ordinary (JIT) program and as a Native AOT executable, and compares the outputs.
//
// Usage: consumer <report.json>             read, validate, walk the catalog, round-trip
//        consumer --schema <edition>        print the JSON Schema the package embeds (e.g. 2021)
//        consumer --generate-schema <edition>  generate it with Disclosure.Format.Schema (JIT consumer only)
// Exit codes: 0 the report was read, is valid and round-tripped; 1 it was not (diagnostics printed); 2 usage or I/O error.

using System.Reflection;
using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using Disclosure.Format;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Schemas;
using Disclosure.Format.Validation;

Console.OutputEncoding = new UTF8Encoding(false);

if (args is ["--schema", var schemaEdition] && ParseEdition(schemaEdition) is { } embedded)
{
    Console.Out.Write(DisclosureSchemas.GetJson(embedded)); // exactly the committed file's text
    return 0;
}
#if DISCLOSURE_SCHEMA_GENERATOR
if (args is ["--generate-schema", var generateEdition] && ParseEdition(generateEdition) is { } generated)
{
    Console.Out.Write(Disclosure.Format.Schema.DisclosureSchemaGenerator.Generate(generated));
    return 0;
}
#endif
if (args.Length != 1 || args[0].StartsWith("--", StringComparison.Ordinal))
{
    Console.Error.WriteLine("usage: consumer <report.json> | --schema <edition> | --generate-schema <edition>");
    return 2;
}

byte[] bytes;
try
{
    bytes = File.ReadAllBytes(args[0]);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"cannot read {args[0]}: {e.Message}");
    return 2;
}

var library = typeof(DisclosureJson).Assembly;
Console.WriteLine($"library: {library.GetName().Name} {library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
Console.WriteLine($"asset: {library.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName}");

// 1. Read (strict). Problems come back as diagnostics with a JSON Pointer, line and column.
var name = Path.GetFileName(args[0]);
ReadResult result = DisclosureJson.Read(bytes, name);
if (!result.Succeeded)
{
    foreach (var diagnostic in result.Diagnostics)
        Console.Error.WriteLine(diagnostic);
    return 1;
}

var report = result.Report!;
Console.WriteLine($"report: {report.Metadata.Agency} {report.Metadata.Year} (edition {(int)report.Edition})");

// 2. Validate against the rules of its edition: every problem is a diagnostic at the JSON Pointer of the cell at fault.
ValidationResult validation = DisclosureValidator.Validate(report);
Console.WriteLine($"validation: {validation}");
foreach (var diagnostic in validation.Diagnostics)
    Console.WriteLine($"  {diagnostic.Severity} {diagnostic.Code} at {diagnostic.Pointer}: {diagnostic.Message}");

// The rule catalog the package embeds (the same JSON partners get from the repository's schema/ folder).
using (var rules = JsonDocument.Parse(RuleCatalog.GetJson(report.Edition)))
{
    var codes = rules.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
    Console.WriteLine($"rule catalog: {RuleCatalog.FileName(report.Edition)}, {codes.Count} rules, {codes.First()}–{codes.Last()}");
}

// The JSON Schema the package embeds for this edition (the contract handed to partners in other languages).
using (var schema = JsonDocument.Parse(DisclosureSchemas.GetJson(report.Edition)))
{
    Console.WriteLine($"schema: {DisclosureSchemas.GetFileName(report.Edition)}, {schema.RootElement.GetProperty("$id").GetString()}, " +
                      $"{schema.RootElement.GetProperty("$schema").GetString()}");
}

// 3. The layout catalog: every cell with its official labels and JSON Pointer.
var catalog = LayoutCatalog.For(report.Edition);
var values = catalog.ReadCells(report);
Console.WriteLine($"catalog: {catalog.DocumentNumber}, {catalog.Tables.Count} tables, {catalog.Cells.Count} cells, " +
                  $"{values.Count(v => v is not null)} filled, {values.Count(v => v is null)} blank");
foreach (var table in catalog.Tables)
{
    var filled = table.Cells.Select(c => c.GetValue(report)).Where(v => v is not null).ToList();
    Console.WriteLine($"  {table.Pointer} {table.Label}: {filled.Count} filled, sum {filled.Sum(v => v!.Value)}");
}

if (report is DisclosureReport2021 r2021)
{
    var cell = catalog.FindCell("/applications/newlyReceived/total")!;
    Console.WriteLine($"  {cell.Pointer} = {r2021.Applications.NewlyReceived.Total} ({cell.Row.LabelPathText} | {cell.Column.Label})");
}

// 4. Write canonical JSON: for a document in canonical form it gives back the input, byte for byte.
var canonical = DisclosureJson.SerializeToUtf8Bytes(report);
var jsonIdentical = canonical.AsSpan().SequenceEqual(bytes);
Console.WriteLine($"canonical JSON round trip: {(jsonIdentical ? "identical" : "DIFFERENT")}");

// 5. Build a report from the catalog's cell values: every cell comes back.
var rebuilt = catalog.CreateReport(report.Metadata, values);
var cellsIdentical = catalog.ReadCells(rebuilt).SequenceEqual(values);
Console.WriteLine($"catalog round trip: {(cellsIdentical ? "identical" : "DIFFERENT")}");

return validation.Succeeded && jsonIdentical && cellsIdentical ? 0 : 1;

static ReportEdition? ParseEdition(string text) =>
    int.TryParse(text, out var year) && DisclosureSchemas.Editions.Contains((ReportEdition)year) ? (ReportEdition)year : null;
