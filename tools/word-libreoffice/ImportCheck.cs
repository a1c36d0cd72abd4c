#:project ../../src/Disclosure.Format.Documents/Disclosure.Format.Documents.csproj
// Imports Word files back and compares each with its report JSON, as the round-trip tests compare them (the JSON of the
// whole report, and no warning or error). Usage: dotnet run --file ImportCheck.cs -- <report.json> <file.docx> [...pairs]
// Prints one line per file (OK, or DIFF with the differing lines); exits 1 when any file differs. A repository tool.
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents;
using Disclosure.Format.Import;
using Disclosure.Format.Json;

if (args.Length == 0 || args.Length % 2 != 0)
{
    Console.Error.WriteLine("usage: ImportCheck.cs <report.json> <file.docx> [<report.json> <file.docx>]...");
    return 2;
}

var failed = 0;
for (var i = 0; i < args.Length; i += 2)
{
    var report = DisclosureJson.Read(File.ReadAllBytes(args[i]), args[i]).GetReportOrThrow();
    var name = Path.GetFileName(args[i + 1]);
    var result = ReportDocumentImporter.ImportWord(File.ReadAllBytes(args[i + 1]), new ImportOptions { SourceName = name });
    var problems = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => "  " + d).ToList();
    if (result.Report is null)
    {
        problems.Add("  no report");
    }
    else
    {
        var want = DisclosureJson.Serialize(report).Split('\n');
        var got = DisclosureJson.Serialize(result.Report).Split('\n');
        // The one reading by design: a 2019 采购总金额 left blank but printed "—" reads as 0 (DF4014).
        bool NoneMark(string line) => line.Contains("\"totalAmount\": ", StringComparison.Ordinal)
            && result.Diagnostics.Any(d => d.Code == "DF4014" && d.Pointer == "/proactiveDisclosure/centralizedProcurement/totalAmount");
        problems.AddRange(want.Except(got).Where(l => !NoneMark(l)).Select(l => "  - " + l.Trim()));
        problems.AddRange(got.Except(want).Where(l => !NoneMark(l)).Select(l => "  + " + l.Trim()));
    }

    Console.WriteLine($"{(problems.Count == 0 ? "OK  " : "DIFF")} {name} <- {args[i]}");
    foreach (var line in problems) Console.WriteLine(line);
    if (problems.Count > 0) failed++;
}

return failed == 0 ? 0 : 1;
