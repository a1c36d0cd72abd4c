using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Hardening;

/// <summary>
/// Inputs that once crashed or hung a reader under fuzzing (fuzz/run.sh copies them to tests/fixtures/fuzz/&lt;target&gt;/).
/// Each must now give a result: a report, or the documented diagnostics.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> JsonFindings() => new(Findings("json"));

    public static TheoryData<string> ImportFindings() => new(Findings("import"));

    private static IEnumerable<string> Findings(string target)
    {
        var folder = Path.Combine(Paths.Fixtures, "fuzz", target);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(f => Path.GetRelativePath(Paths.Fixtures, f)).Order(StringComparer.Ordinal)
            : [];
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(JsonFindings))]
    public void The_JSON_reader_gives_a_result(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Paths.Fixtures, relativePath));
        Mutations.AssertReadGivesAResult(bytes);
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(ImportFindings))]
    public void The_importer_gives_a_result(string relativePath)
    {
        var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Paths.Fixtures, relativePath)));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Disclosure.Format.Import.ReportTextImporter.Import(text, new Disclosure.Format.Import.ImportOptions { SourceName = relativePath });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Import took {watch.Elapsed}.");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Disclosure.Format.Import.ImportCodes.InternalError);
        if (result.Report is { } report)
        {
            Assert.Equal(report, DisclosureJson.Read(DisclosureJson.SerializeToUtf8Bytes(report)).Report);
            _ = Disclosure.Format.Validation.DisclosureValidator.Validate(report);
        }
    }

    [Fact]
    public void Every_finding_folder_belongs_to_a_target()
    {
        var root = Path.Combine(Paths.Fixtures, "fuzz");
        var folders = Directory.Exists(root) ? Directory.GetDirectories(root).Select(Path.GetFileName).ToList() : [];
        // json and import are replayed here; html, word, xlsx and pdf by the Documents tests' DocumentFuzzRegressionTests.
        Assert.All(folders, f => Assert.Contains(f, new[] { "json", "import", "html", "word", "xlsx", "pdf" }));
    }
}
