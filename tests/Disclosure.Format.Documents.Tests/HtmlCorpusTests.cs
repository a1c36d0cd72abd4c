using System.Globalization;
using System.Text.Json;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests;

/// <summary>
/// Every real report page of the corpus (../shared/corpus/html, listed in its INDEX.tsv, and ../shared/corpus/108-…html;
/// skipped where the folder is absent) read as a grid and imported: its three tables found, every cell equal to its
/// text twin's wherever the twin was unambiguous (tests/fixtures/corpus-expectations.json; the twin itself is imported
/// here too), the twin's ambiguous cells resolved by the grid, and never worse than importing the page with its tags
/// stripped.
/// </summary>
public sealed class HtmlCorpusTests
{
    private const string Absent = "(corpus absent)";

    private static string? Corpus =>
        Paths.Shared is { } shared && File.Exists(Path.Combine(shared, "corpus", "html", "INDEX.tsv")) ? Path.Combine(shared, "corpus") : null;

    private static readonly Lazy<JsonElement> Expectations = new(() =>
        JsonDocument.Parse(File.ReadAllText(Paths.Fixture("corpus-expectations.json"))).RootElement.Clone());

    /// <summary>Each page (path relative to the corpus) and its text twin.</summary>
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        if (Corpus is not { } corpus)
        {
            data.Add(Absent, Absent);
            return data;
        }

        foreach (var line in File.ReadAllLines(Path.Combine(corpus, "html", "INDEX.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split('\t');
            data.Add("html/" + fields[0], fields[1]);
        }

        data.Add("108-2023-pingtan-xingzheng-shenpiju.html", "127-2023-pingtan-xingzheng-shenpiju.txt");
        return data;
    }

    private static string Cells(DisclosureReport? report, RowLayout row) =>
        report is null ? "(no report)" : string.Join("|", row.Cells.Select(c => c.GetValue(report)?.ToString(CultureInfo.InvariantCulture) ?? "_"));

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_imports_with_its_tables_and_its_twins_cells(string page, string twin)
    {
        Assert.SkipWhen(page == Absent, "The shared corpus is not beside this clone.");
        var path = Path.Combine(Corpus!, page);
        var name = Path.GetFileName(page);
        var document = HtmlReportReader.Read(File.ReadAllBytes(path), new HtmlReadOptions { SourceName = name });
        Assert.Equal(3, document.Tables.Count);
        Assert.Equal("utf-8", document.EncodingName);

        var result = ReportDocumentImporter.Import(document);
        Assert.NotNull(result.Report);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportCodes.TableMissing or ImportCodes.InternalError or ImportCodes.NotAReport);
        var expected = Expectations.Value.GetProperty(twin);
        Assert.Equal(expected.GetProperty("edition").GetString(), result.Edition == ReportEdition.Edition2019 ? "2019" : "2021");
        Assert.Equal(expected.GetProperty("agency").GetString(), result.Report!.Metadata.Agency);
        Assert.Equal(expected.GetProperty("year").GetInt32(), result.Report.Metadata.Year);

        // The twin, imported here: its unambiguous cells are the page's.
        var twinResult = ReportTextImporter.Import(File.ReadAllText(Path.Combine(Corpus!, twin)), new ImportOptions { SourceName = twin });
        var catalog = LayoutCatalog.For(result.Report.Edition);
        var wrong = new List<string>();
        foreach (var row in catalog.Tables.SelectMany(t => t.ValueRows))
        {
            var want = expected.GetProperty("rows").GetProperty(row.Pointer!).GetString()!;
            Assert.Equal(want, Cells(twinResult.Report, row)); // the expectations are the twin's import
            var got = Cells(result.Report, row);
            var w = want.Split('|');
            var g = got.Split('|');
            for (var i = 0; i < w.Length; i++)
            {
                var twinCell = twinResult.Provenance[row.Cells[i]];
                var ambiguous = twinCell is null || twinCell.Kind is CellReadingKind.Ambiguous or CellReadingKind.Unreadable;
                if ((w[i] != "_" || !ambiguous) && w[i] != g[i])
                {
                    wrong.Add($"{row.Pointer}[{i}]: twin {want}, page {got}");
                    break;
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        // Every cell read says where in the page it sits.
        Assert.All(result.Provenance.Cells, c =>
        {
            Assert.Equal(name, c.Location.Source);
            Assert.NotNull(c.Location.Table);
            Assert.NotNull(c.Location.Row);
            Assert.NotNull(c.Location.Cell);
            Assert.NotNull(c.Location.Line);
        });
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_grid_is_never_worse_than_the_stripped_tags(string page, string twin)
    {
        Assert.SkipWhen(page == Absent, "The shared corpus is not beside this clone.");
        _ = twin;
        var html = File.ReadAllText(Path.Combine(Corpus!, page));
        var grid = ReportDocumentImporter.ImportHtml(html, new ImportOptions { SourceName = page });
        var stripped = ReportTextImporter.Import(html, new ImportOptions { SourceName = page });
        Assert.NotNull(grid.Report);
        Assert.NotNull(stripped.Report);
        var worse = new List<string>();
        foreach (var cell in LayoutCatalog.For(grid.Report!.Edition).Tables.SelectMany(t => t.ValueRows).SelectMany(r => r.Cells))
        {
            var s = cell.GetValue(stripped.Report!);
            var g = cell.GetValue(grid.Report);
            if (s is not null && s != g) worse.Add($"{cell.Pointer}: stripped {s}, grid {g?.ToString(CultureInfo.InvariantCulture) ?? "_"}");
        }

        Assert.True(worse.Count == 0, string.Join("\n", worse));
        Assert.True(grid.Provenance.Cells.Count(c => c.Value is not null) >= stripped.Provenance.Cells.Count(c => c.Value is not null));
    }

    /// <summary>Cells the text twin could not split (digits run together), as the page's grid and INDEX.tsv give them.</summary>
    [Theory]
    [InlineData("html/111-2020-pingtan-jinjing-pianqu.html", "/proactiveDisclosure/centralizedProcurement", "17|8810055")]
    [InlineData("html/114-2022-pingtan-gonganju.html", "/proactiveDisclosure/normativeDocuments", "4|1|7")]
    [InlineData("html/115-2023-pingtan-shichang-jianduju.html", "/proactiveDisclosure/normativeDocuments", "13|0|13")]
    [InlineData("html/116-2023-pingtan-jiaotong-jiansheju.html", "/proactiveDisclosure/normativeDocuments", "5|6|15")]
    [InlineData("html/117-2024-pingtan-ziranziyuan-shengtaihuanjingju.html", "/proactiveDisclosure/normativeDocuments", "2|4|33")]
    [InlineData("html/117-2024-pingtan-ziranziyuan-shengtaihuanjingju.html", "/proactiveDisclosure/administrativeLicensing", "308")]
    [InlineData("html/119-2024-pingtan-jinjing-pianqu.html", "/applications/carriedForward", "0|_|0|0|0|0|0")]
    [InlineData("html/120-2025-pingtan-nongye-nongcunju.html", "/proactiveDisclosure/normativeDocuments", "8|0|28")]
    [InlineData("html/124-2024-pingtan-touzi-cujinju.html", "/proactiveDisclosure/normativeDocuments", "1|0|27")]
    [InlineData("108-2023-pingtan-xingzheng-shenpiju.html", "/proactiveDisclosure/normativeDocuments", "5|4|16")]
    public void The_grid_resolves_what_the_twin_could_not(string page, string rowPointer, string expected)
    {
        Assert.SkipWhen(Corpus is null, "The shared corpus is not beside this clone.");
        var result = ReportDocumentImporter.ImportHtml(File.ReadAllBytes(Path.Combine(Corpus!, page)), new ImportOptions { SourceName = page });
        var row = LayoutCatalog.For(result.Report!.Edition).Tables.SelectMany(t => t.ValueRows).Single(r => r.Pointer == rowPointer);
        Assert.Equal(expected, Cells(result.Report, row));
        // A blank is a blank: the one truly empty cell of 119 is read as blank, never as 0.
        Assert.All(row.Cells.Where(c => c.GetValue(result.Report) is null), c => Assert.Equal(CellReadingKind.Blank, result.Provenance[c]!.Kind));
    }

    [Fact]
    public void A_merged_value_cell_gives_its_value_once_and_names_the_cells_it_covers()
    {
        Assert.SkipWhen(Corpus is null, "The shared corpus is not beside this clone.");
        const string Page = "html/115-2023-pingtan-shichang-jianduju.html";
        var result = ReportDocumentImporter.ImportHtml(File.ReadAllBytes(Path.Combine(Corpus!, Page)), new ImportOptions { SourceName = Page });
        const string Other = "/applications/outcomes/otherHandling/";
        var merged = result.Diagnostics.Where(d => d.Code == DocumentCodes.MergedValueCell).ToList();
        Assert.Equal(7, merged.Count); // the seven value cells of 1.逾期不补正 carry rowspan="3"
        var total = merged.Single(d => d.Pointer == Other + "notCorrectedInTime/total");
        Assert.Equal([Other + "feeNotPaid/total", Other + "other/total"], total.RelatedPointers);
        Assert.Equal(DiagnosticSeverity.Info, total.Severity);
        Assert.Equal((2, 24, 10), (total.Location!.Table, total.Location.Row, total.Location.Cell));
        Assert.Equal(0m, result.Provenance.Find(Other + "notCorrectedInTime/total")!.Value);
        Assert.Null(result.Provenance.Find(Other + "feeNotPaid/total")!.Value); // never a copy of the merged value
        Assert.Null(result.Provenance.Find(Other + "other/total")!.Value);
    }
}
