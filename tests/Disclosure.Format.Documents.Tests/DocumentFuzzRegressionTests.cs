using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents.Excel;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests;

/// <summary>
/// Inputs that once crashed or hung a document reader under fuzzing (fuzz/run.sh html|word|xlsx|pdf copies them to
/// tests/fixtures/fuzz/&lt;target&gt;/ as the bytes the reader saw). Each must now give a result: a report that
/// round-trips through JSON and validates, or an error that says why; never the readers' "failed inside" codes.
/// </summary>
public sealed class DocumentFuzzRegressionTests
{
    public static TheoryData<string> Findings() => new(
        new[] { "html", "word", "xlsx", "pdf" }.SelectMany(target =>
        {
            var folder = Path.Combine(Paths.Fixtures, "fuzz", target);
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder).Select(f => Path.GetRelativePath(Paths.Fixtures, f).Replace('\\', '/'))
                : [];
        }).Order(StringComparer.Ordinal));

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(Findings))]
    public void The_document_reader_gives_a_result(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Paths.Fixtures, relativePath));
        var options = new ImportOptions { SourceName = relativePath };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = relativePath.Split('/')[1] switch
        {
            "html" => ReportDocumentImporter.ImportHtml(bytes, options),
            "word" => ReportDocumentImporter.ImportWord(bytes, options),
            "pdf" => ReportDocumentImporter.ImportPdf(bytes, options),
            _ => ExcelReportImporter.Import(bytes, options),
        };
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Reading took {watch.Elapsed}.");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DocumentCodes.InternalError or ImportCodes.InternalError);
        Assert.All(result.Diagnostics, d => Assert.Matches("^DF[0-9]{4}$", d.Code));
        if (result.Report is { } report)
        {
            Assert.Equal(report, DisclosureJson.Read(DisclosureJson.SerializeToUtf8Bytes(report)).Report);
            _ = Validation.DisclosureValidator.Validate(report);
        }
        else
        {
            Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
