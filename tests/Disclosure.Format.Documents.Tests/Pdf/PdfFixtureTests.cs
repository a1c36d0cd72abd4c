using System.Globalization;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Pdf;

/// <summary>
/// The PDFs of tests/fixtures/pdf/ (written by tools/make-pdf-fixtures.sh from report fixtures of both editions: the
/// HTML page printed by Chromium with table borders, without any, with horizontal rules only, or with a page break
/// forced inside 三's group, the
/// Word file converted by LibreOffice) each import
/// back to their fixture exactly: every value cell as the HTML page of the same fixture imports (which is the fixture's
/// value, a written "none" such as <c>—</c> read as 0 as everywhere, a blank cell blank), the edition, agency and year.
/// The unruled tables are rebuilt from the words' positions, so their cells are located like a ruled table's.
/// </summary>
public sealed class PdfFixtureTests
{
    public static TheoryData<string> Pdfs()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Paths.Fixture("pdf"), "*.pdf").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.Contains(".chromium") || name.Contains(".word")) data.Add(name);
        }

        return data;
    }

    private static DisclosureReport Fixture(string pdf)
    {
        var stem = pdf.Substring(0, pdf.IndexOf('.'));
        var path = Directory.EnumerateFiles(Paths.Fixtures, stem + ".json", SearchOption.AllDirectories).Single();
        return DisclosureJson.Deserialize(File.ReadAllText(path), path);
    }

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void A_printed_fixture_imports_back_to_it(string pdf)
    {
        var fixture = Fixture(pdf);
        var report = ReportDocumentImporter.ImportHtml(Disclosure.Format.Documents.Rendering.HtmlReportRenderer.Render(fixture)).Report!;
        Assert.Equal(fixture.Metadata.Agency, report.Metadata.Agency);
        var document = PdfReportReader.ReadFile(Paths.Fixture("pdf", pdf));
        Assert.Empty(document.Diagnostics);
        var ruled = !pdf.Contains("unruled") && !pdf.Contains("hrules"); // horizontal rules alone make no grid
        if (ruled) Assert.InRange(document.Tables.Count, 3, 5);
        else Assert.InRange(document.Tables.Count, 5, 12); // 二's small tables, 三 (on one or two pages), 四

        var result = ReportDocumentImporter.Import(document);
        Assert.True(result.Report is not null, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportCodes.TableMissing or ImportCodes.RowMissing or ImportCodes.InternalError);
        Assert.Equal(report.Edition, result.Report!.Edition);
        var wrong = LayoutCatalog.For(report.Edition).Tables.SelectMany(t => t.ValueRows).SelectMany(r => r.Cells)
            .Where(c => c.GetValue(report) != c.GetValue(result.Report))
            .Select(c => $"{c.Pointer}: fixture {c.GetValue(report)?.ToString(CultureInfo.InvariantCulture) ?? "_"}, pdf {c.GetValue(result.Report)?.ToString(CultureInfo.InvariantCulture) ?? "_"}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(report.Metadata.Agency, result.Report.Metadata.Agency);
        Assert.Equal(report.Metadata.Year, result.Report.Metadata.Year);

        // The title, from the first lines of page 1 (wrapped over two lines by the page's width), is the document's. A
        // space is not drawn in a PDF: the narrow gap of "2023 年" between a digit and a CJK character reads as none.
        static string? Unspaced(string? title) => title?.Replace(" ", string.Empty);
        Assert.NotNull(document.Title);
        Assert.Equal(Unspaced(fixture.Metadata.Title), Unspaced(document.Title));
        Assert.Equal(Unspaced(fixture.Metadata.Title), Unspaced(result.Report.Metadata.Title));
        Assert.Equal(document.Title, Assert.IsType<DocumentParagraph>(document.Blocks[0]).Text);

        // Every imported cell is located on its page, by its table cell and its box (ruled or not).
        Assert.All(result.Provenance.Cells, c => Assert.True(c.Location is { Page: >= 1, Table: not null, Row: not null, Cell: not null, Box: not null }, c.Location.ToString()));
    }

    [Fact]
    public void A_table_broken_across_pages_is_one_table()
    {
        var document = PdfReportReader.ReadFile(Paths.Fixture("pdf", "valid-seed-quxian-shangwuju-2023.word.pdf"));
        Assert.Contains(document.Tables, t => t.Cells.Select(c => c.Location.Page).Distinct().Count() > 1);
    }

    /// <summary>
    /// LibreOffice breaks 三's table inside the group 三、本年度办理结果: its vertical label is printed in two pieces
    /// (<c>三、本年度办理</c> on one page, <c>结果</c> on the next) and （三）不予公开's cell goes on empty. Both are one
    /// merged cell over all their rows, on both pages.
    /// </summary>
    [Theory]
    [InlineData("arith-blank-cells.word.pdf", "6.属于四类过程性信息")]
    [InlineData("valid-seed-quxian-shangwuju-2023.word.pdf", "2.没有现成信息需要另行制作")]
    [InlineData("arith-blank-cells.chromium-split.pdf", "6.属于四类过程性信息")] // the label printed below the first part
    public void A_vertical_label_cut_by_the_page_break_is_one_merged_cell(string pdf, string firstOnNextPage)
    {
        var document = PdfReportReader.ReadFile(Paths.Fixture("pdf", pdf));
        var table = document.Tables.Single(t => t.Cells.Any(c => c.Text.StartsWith("三、本年度办理", StringComparison.Ordinal)));
        var group = table.Cells.Single(c => c.Text.StartsWith("三、本年度办理", StringComparison.Ordinal));
        Assert.Equal("三、本年度办理结果", group.Text);
        var next = table.Cells.Single(c => c.Text == firstOnNextPage);
        var last = table.Cells.Single(c => c.Text == "（七）总计");
        Assert.True(next.Location.Page > group.Location.Page || next.Location.Page > table.Location!.Page, next.Location.ToString());
        Assert.Equal(last.Row + 1, group.Row + group.RowSpan); // down to （七）总计
        Assert.InRange(next.Row, group.Row, group.Row + group.RowSpan - 1);
        Assert.DoesNotContain(table.Cells, c => c.Text == "结果");

        var subgroup = table.Cells.Single(c => c.Text is "（三）不予公开" or "（四）无法提供" && c.Row <= next.Row && c.Row + c.RowSpan > next.Row);
        Assert.InRange(next.Row, subgroup.Row, subgroup.Row + subgroup.RowSpan - 1);
        Assert.DoesNotContain(table.Cells, c => c.Text.Length == 0 && c.Column == subgroup.Column && c.Row == next.Row);
    }
}
