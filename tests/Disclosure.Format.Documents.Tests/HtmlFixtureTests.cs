using System.Globalization;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests;

/// <summary>
/// Pages of our own, written from the 2021 fixtures in the official layout (<see cref="OfficialHtml"/>) in several
/// styles — Word's HTML, a table split in two, a site template with a layout table, navigation, footer and scripts,
/// <c>&lt;h2&gt;</c>/<c>&lt;th&gt;</c> — each of which must import back to its fixture exactly.
/// </summary>
public sealed class HtmlFixtureTests
{
    public static TheoryData<string, HtmlStyle> Cases()
    {
        var data = new TheoryData<string, HtmlStyle>();
        HtmlStyle[] styles =
        [
            HtmlStyle.Plain, HtmlStyle.Word, HtmlStyle.SplitTable, HtmlStyle.SiteTemplate | HtmlStyle.Headings,
            HtmlStyle.Word | HtmlStyle.SplitTable | HtmlStyle.SiteTemplate,
        ];
        foreach (var file in Reports())
        {
            foreach (var style in styles) data.Add(file, style);
        }

        return data;
    }

    /// <summary>The valid 2021 fixtures that have a title (the page's title and its agency and year come from it).</summary>
    private static IEnumerable<string> Reports() =>
        Directory.EnumerateFiles(Paths.Fixture("2021"), "valid-*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private static DisclosureReport Load(string file) => DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2021", file)), file);

    private static IEnumerable<CellLayout> ValueCells(DisclosureReport report) =>
        LayoutCatalog.For(report.Edition).Tables.SelectMany(t => t.ValueRows).SelectMany(r => r.Cells);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_page_of_a_fixture_imports_back_to_it(string file, HtmlStyle style)
    {
        var report = Load(file);
        var html = OfficialHtml.Render(report, style);
        var document = HtmlReportReader.Read(html, new HtmlReadOptions { SourceName = "page.html" });
        Assert.Equal(style.HasFlag(HtmlStyle.SplitTable) ? 4 : 3, document.Tables.Count);

        var result = ReportDocumentImporter.Import(document);
        Assert.True(result.Report is not null, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportCodes.TableMissing or ImportCodes.RowMissing or ImportCodes.InternalError);
        Assert.Equal(report.Edition, result.Report!.Edition);
        var wrong = ValueCells(report)
            .Where(c => c.GetValue(report) != c.GetValue(result.Report))
            .Select(c => $"{c.Pointer}: fixture {c.GetValue(report)}, page {c.GetValue(result.Report)?.ToString(CultureInfo.InvariantCulture) ?? "_"}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(report.Metadata.Agency, result.Report.Metadata.Agency);
        Assert.Equal(report.Metadata.Year, result.Report.Metadata.Year);

        // Every imported cell points at its table cell in the page.
        Assert.All(result.Provenance.Cells, c => Assert.True(c.Location is { Source: "page.html", Table: not null, Row: not null, Cell: not null, Line: not null }, c.Location.ToString()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Site_chrome_stays_out_of_the_report(string file, HtmlStyle style)
    {
        if (!style.HasFlag(HtmlStyle.SiteTemplate)) return;
        var report = Load(file);
        var plain = ReportDocumentImporter.ImportHtml(OfficialHtml.Render(report, style & ~HtmlStyle.SiteTemplate));
        var site = ReportDocumentImporter.ImportHtml(OfficialHtml.Render(report, style));
        var json = DisclosureJson.Serialize(site.Report!);
        Assert.Equal(DisclosureJson.Serialize(plain.Report!), json);
        foreach (var chrome in new[] { "版权所有", "gklist", "栏目导航", "脚本文字", "首页" })
        {
            Assert.DoesNotContain(chrome, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_note_in_a_cell_gives_its_number_and_stays_in_the_provenance()
    {
        var report = Load("valid-shili-city-ecology-2023.json");
        var catalog = LayoutCatalog.For(report.Edition);
        var cell = catalog.Tables.SelectMany(t => t.ValueRows).First(r => r.Pointer == "/applications/newlyReceived").Cells.Last();
        var value = cell.GetValue(report)!.Value.ToString(CultureInfo.InvariantCulture);
        var html = OfficialHtml.Render(report, HtmlStyle.Plain,
            (label, column, text) => label.StartsWith("一、本年新收", StringComparison.Ordinal) && column == 6 ? $"{text}（其中网上申请{text}件）" : text);
        Assert.Contains($"{value}（其中网上申请{value}件）", html, StringComparison.Ordinal);

        var result = ReportDocumentImporter.ImportHtml(html);
        Assert.Equal(cell.GetValue(report), cell.GetValue(result.Report!));
        var imported = result.Provenance[cell]!;
        Assert.Contains("其中网上申请", imported.Raw, StringComparison.Ordinal);
    }
}
