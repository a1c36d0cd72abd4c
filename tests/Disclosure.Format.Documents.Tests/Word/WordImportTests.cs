using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Word;

/// <summary>
/// Every readable fixture written as a Word file in every style imports back through the grid matcher
/// (<see cref="ReportDocumentImporter"/>) to the same report: every cell (blank stays blank), the title, year and
/// agency, the preamble and every text; each imported cell located in its Word table.
/// </summary>
public sealed class WordImportTests
{
    public static TheoryData<string, WordFixtureStyle> Cases() => WordGridTests.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_generated_word_report_imports_back_to_its_fixture(string fixture, WordFixtureStyle style)
    {
        var report = DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(Paths.Fixtures, fixture)));
        var bytes = WordFixtureWriter.Write(report, style);

        var result = ReportDocumentImporter.ImportWord(bytes, new ImportOptions { SourceName = "report.docx" });

        AssertSameReport(report, result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        foreach (var cell in result.Provenance.Cells)
        {
            Assert.Equal("report.docx", cell.Location.Source);
            Assert.NotNull(cell.Location.Table);
            Assert.NotNull(cell.Location.Row);
            Assert.NotNull(cell.Location.Cell);
        }
    }

    /// <summary>Every cell, the metadata a document carries and every text, as they were.</summary>
    internal static void AssertSameReport(DisclosureReport report, ImportResult result)
    {
        Assert.NotNull(result.Report);
        Assert.Equal(report.Edition, result.Edition);
        var imported = result.Report!;
        // A cell the report printed as a "none" mark (a 2019 采购总金额 kept as text "—") reads as 0 (DF4014), as in text.
        var wrong = LayoutCatalog.For(report.Edition).Cells
            .Where(c => c.GetValue(report) != c.GetValue(imported)
                        && !(c.GetValue(report) is null && c.GetValue(imported) == 0 && result.Provenance[c]?.Kind == CellReadingKind.NoneMarker))
            .Select(c => $"{c.Pointer}: expected {c.GetValue(report)?.ToString() ?? "blank"}, got {c.GetValue(imported)?.ToString() ?? "blank"} ({result.Provenance[c]?.Kind} '{result.Provenance[c]?.Raw}' at {result.Provenance[c]?.Location})")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        Assert.Equal((report.Metadata.Title, report.Metadata.Year), (imported.Metadata.Title, imported.Metadata.Year));
        if (report.Metadata.Title is { } title && title.StartsWith(report.Metadata.Agency, StringComparison.Ordinal))
        {
            Assert.Equal(report.Metadata.Agency, imported.Metadata.Agency);
        }

        Assert.Equal(report.Preamble, imported.Preamble);
        Assert.Equal(report.Overview, imported.Overview);
        Assert.Equal(report.ProblemsAndImprovements, imported.ProblemsAndImprovements);
        Assert.Equal(report.OtherMatters, imported.OtherMatters);
        if (report is DisclosureReport2019 r2019)
        {
            Assert.Equal(r2019.ProactiveDisclosure.CentralizedProcurement.TotalAmountText,
                ((DisclosureReport2019)imported).ProactiveDisclosure.CentralizedProcurement.TotalAmountText);
        }
    }
}
