using System.Xml.Linq;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Rendering;

public sealed class HtmlReportRendererTests
{
    public static TheoryData<string> ValidFixtures() => [.. Fixtures.Documents("valid-")];

    internal static DisclosureReport Load(string fixture) =>
        DisclosureJson.Read(File.ReadAllBytes(Paths.Fixture(fixture)), fixture).GetReportOrThrow();

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Every_fixture_renders_the_official_tables_with_the_notices_merged_cells(string fixture)
    {
        var report = Load(fixture);
        var page = RenderedGrid.ParseHtml(HtmlReportRenderer.Render(report));
        var tables = page.Descendants("table").ToList();
        var catalog = LayoutCatalog.For(report.Edition);
        Assert.Equal(catalog.Tables.Count, tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            LayoutAssertions.Check(RenderedGrid.FromHtml(tables[i]), catalog.Tables[i], report);
        }

        // The six sections under their official headings, in order.
        Assert.Equal(catalog.Sections.Select(s => s.Label), page.Descendants("h2").Select(h => h.Value));
    }

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Every_value_cell_names_its_row_and_column_headers_for_screen_readers(string fixture)
    {
        var report = Load(fixture);
        var page = RenderedGrid.ParseHtml(HtmlReportRenderer.Render(report));
        var headers = page.Descendants("th").ToDictionary(th => (string)th.Attribute("id")!, th => th);
        Assert.All(page.Descendants("th"), th => Assert.Contains((string?)th.Attribute("scope"), new[] { "col", "colgroup", "row", "rowgroup" }));
        var catalog = LayoutCatalog.For(report.Edition);
        var cells = catalog.Tables.SelectMany(t => t.Cells).ToList();
        var values = page.Descendants("td").Where(td => td.Attribute("class") is null).ToList();
        Assert.Equal(cells.Count, values.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var named = ((string)values[i].Attribute("headers")!).Split(' ').Select(id => headers[id].Value).ToList();
            // The row's own label and the leaf column's label are among the cell's headers.
            Assert.Contains(cells[i].Row.Label, named);
            Assert.Contains(cells[i].Column.Label, named);
        }
    }

    [Fact]
    public void The_page_is_self_contained_in_Chinese_with_an_A4_print_stylesheet()
    {
        var report = Load("2021/valid-seed-quxian-shangwuju-2023.json");
        var html = HtmlReportRenderer.Render(report);
        var page = RenderedGrid.ParseHtml(html);
        var root = page.Root!;
        Assert.Equal("zh-CN", (string?)root.Attribute("lang"));
        Assert.Equal(report.Metadata.Title, page.Descendants("title").Single().Value);
        Assert.Empty(page.Descendants("script"));
        Assert.Empty(page.Descendants("link"));
        Assert.Empty(page.Descendants("img"));
        Assert.DoesNotContain(page.Descendants(), e => e.Attribute("src") is not null || e.Attribute("href") is not null);
        var css = page.Descendants("style").Single().Value;
        Assert.DoesNotContain("url(", css);
        Assert.DoesNotContain("@import", css);
        Assert.DoesNotContain("@font-face", css);
        Assert.Contains("@media print", css);
        Assert.Contains("size: A4", css);
        Assert.StartsWith("<!DOCTYPE html>\n", html);
        Assert.EndsWith("</html>\n", html);
    }

    [Fact]
    public void A_blank_cell_is_an_empty_cell_never_0()
    {
        var report = Load("2021/arith-blank-totals.json");
        var catalog = LayoutCatalog.For(report.Edition);
        var blanks = catalog.Cells.Where(c => c.GetValue(report) is null).ToList();
        Assert.NotEmpty(blanks);
        var page = RenderedGrid.ParseHtml(HtmlReportRenderer.Render(report));
        var values = page.Descendants("td").Where(td => td.Attribute("class") is null).ToList();
        foreach (var blank in blanks)
        {
            Assert.Equal(string.Empty, values[blank.Index].Value);
            Assert.False(values[blank.Index].HasElements);
        }
    }

    [Fact]
    public void Text_is_escaped()
    {
        var report = Load("2021/valid-seed-quxian-shangwuju-2023.json");
        report = report with { ProblemsAndImprovements = "a < b & \"c\" > d" };
        var page = RenderedGrid.ParseHtml(HtmlReportRenderer.Render(report));
        Assert.Contains(page.Descendants("p"), p => p.Value == "a < b & \"c\" > d");
    }
}
