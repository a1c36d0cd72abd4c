using System.Diagnostics;
using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;

namespace Disclosure.Format.Documents.Tests;

/// <summary>Hostile and odd pages: each gives a documented code or reads as displayed, never an exception, a hang or unbounded memory.</summary>
public sealed class HtmlHostileInputTests
{
    private static string Page(string body) => "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>";

    [Fact]
    public void A_colspan_of_a_million_is_clamped_never_allocated()
    {
        var document = HtmlReportReader.Read(Page("<table><tr><td colspan=\"1000000\">信息内容</td></tr><tr><td>行政许可</td><td>5</td></tr></table>"));
        var table = Assert.Single(document.Tables);
        Assert.Equal(HtmlReadOptions.MaxTableColumns, table.ColumnCount);
        Assert.Equal(HtmlReadOptions.MaxTableColumns, table.Cells[0].ColumnSpan);
        var clamped = Assert.Single(document.Diagnostics);
        Assert.Equal(DocumentCodes.SpanClamped, clamped.Code);
        Assert.Equal((1, 1, 1), (clamped.Location!.Table, clamped.Location.Row, clamped.Location.Cell));
        Assert.Equal("5", table.CellAt(1, 1)!.Text);
    }

    [Fact]
    public void Spans_past_the_table_are_clamped_and_overlaps_resolved()
    {
        var document = HtmlReportReader.Read(Page(
            "<table><tr><td rowspan=\"70000\">a</td><td>b</td></tr><tr><td colspan=\"3\">c</td></tr><tr><td rowspan=\"0\">d</td></tr></table>"));
        var table = Assert.Single(document.Tables);
        Assert.Equal(3, table.RowCount);
        Assert.Equal(3, table.Cells[0].RowSpan);                       // clamped to the table
        Assert.Equal("d", table.CellAt(2, 1)!.Text);
        Assert.Equal(1, table.CellAt(2, 1)!.RowSpan);                   // rowspan=0: to the end of the table
        Assert.Contains(document.Diagnostics, d => d.Code == DocumentCodes.SpanClamped && d.Location!.Row == 1);
        Assert.All(table.Cells, c => Assert.True(c.Column + c.ColumnSpan <= table.ColumnCount));
    }

    [Fact]
    public void A_hundred_thousand_nested_elements_are_refused_quickly()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 100_000)));
        var watch = Stopwatch.StartNew();
        var document = HtmlReportReader.Read(html);
        watch.Stop();
        var error = Assert.Single(document.Diagnostics);
        Assert.Equal(DocumentCodes.NestingTooDeep, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Empty(document.Blocks);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString()); // a hang guard, not a speed target

        var imported = ReportDocumentImporter.Import(document);
        Assert.Null(imported.Report);
        Assert.Equal(DocumentCodes.NestingTooDeep, Assert.Single(imported.Diagnostics).Code);
    }

    [Fact]
    public void Nested_tables_a_hundred_thousand_deep_are_refused_too()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<table><tr><td>", 100_000)) + "1");
        var document = HtmlReportReader.Read(html);
        Assert.Equal(DocumentCodes.NestingTooDeep, Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void A_50_MB_page_is_not_read()
    {
        var bytes = new byte[50 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');
        var fromBytes = HtmlReportReader.Read(bytes, new HtmlReadOptions { SourceName = "big.html" });
        var error = Assert.Single(fromBytes.Diagnostics);
        Assert.Equal(DocumentCodes.DocumentTooLarge, error.Code);
        Assert.Equal("big.html", error.Location!.Source);

        using var stream = new MemoryStream(bytes);
        Assert.Equal(DocumentCodes.DocumentTooLarge, Assert.Single(HtmlReportReader.Read(stream).Diagnostics).Code);
        Assert.Equal(DocumentCodes.DocumentTooLarge, Assert.Single(HtmlReportReader.Read(Encoding.ASCII.GetString(bytes)).Diagnostics).Code);
        Assert.Equal(DocumentCodes.DocumentTooLarge, Assert.Single(ReportDocumentImporter.ImportHtml(bytes).Diagnostics).Code);
    }

    [Fact]
    public void A_table_with_too_many_cells_is_left_out_and_the_rest_is_read()
    {
        var big = "<table>" + string.Concat(Enumerable.Repeat("<tr>" + string.Concat(Enumerable.Repeat("<td>1</td>", 100)) + "</tr>", 300)) + "</table>";
        var document = HtmlReportReader.Read(Page("<p>前言</p>" + big + "<table><tr><td>行政许可</td><td>3</td></tr></table>"));
        Assert.Equal(DocumentCodes.TableTooLarge, Assert.Single(document.Diagnostics).Code);
        var table = Assert.Single(document.Tables);
        Assert.Equal(2, table.Number); // numbered as it stands in the page
        Assert.Equal("3", table.CellAt(0, 1)!.Text);
    }

    [Fact]
    public void Entities_are_decoded_as_displayed_including_those_above_U_FFFF()
    {
        var document = HtmlReportReader.Read(Page(
            "<p>&#x4E00;&#12289;&#24635;&#20307;&#24773;&#20917; &amp; &lt;b&gt; &hellip; &ldquo;&#x20BB7;&#134071;&rdquo;&nbsp;&copy;&NotANamedRef;</p>"
            + "<table><tr><td>&#34892;&#25919;&#35768;&#21487;</td><td>&#x31;&#50;</td></tr></table>"));
        var paragraph = Assert.IsType<DocumentParagraph>(document.Blocks[0]);
        Assert.Equal("一、总体情况 & <b> … “\U00020BB7\U00020BB7” ©&NotANamedRef;", paragraph.Text);
        Assert.Equal("行政许可", document.Tables[0].CellAt(0, 0)!.Text);
        Assert.Equal("12", document.Tables[0].CellAt(0, 1)!.Text);
    }

    [Fact]
    public void Word_markup_reads_as_displayed()
    {
        var document = HtmlReportReader.Read(Page(
            "<table><tr><th><p class=MsoNormal><span style='mso-bidi-font-size:10.5pt'>商业</span></p><p>企业<o:p></o:p></p></th>"
            + "<td><p><span lang=EN-US>1</span><span style='display:none;mso-hide:all'>99</span><span lang=EN-US>4<o:p></o:p></span></p></td>"
            + "<td><p>&nbsp;</p><p><br/></p><p>0&nbsp;&nbsp;</p><p><o:p>&nbsp;</o:p></p></td><td><![if !supportMisalignedColumns]>7<![endif]></td></tr></table>"));
        var table = Assert.Single(document.Tables);
        Assert.Equal("商业\n企业", table.CellAt(0, 0)!.Text);
        Assert.True(table.CellAt(0, 0)!.IsHeader);
        Assert.Equal("14", table.CellAt(0, 1)!.Text);
        Assert.Equal("0", table.CellAt(0, 2)!.Text);
        Assert.Equal("7", table.CellAt(0, 3)!.Text);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_reported_not_guessed()
    {
        var bytes = new byte[] { 0x3C, 0x70, 0x3E, 0xD2, 0xBB, 0xA1, 0xA2, 0x3C, 0x2F, 0x70, 0x3E }; // "<p>一、</p>" in GB18030
        var document = HtmlReportReader.Read(bytes, new HtmlReadOptions { SourceName = "gbk.html" });
        Assert.Equal(ImportCodes.NotUtf8, Assert.Single(document.Diagnostics).Code);
        Assert.Empty(document.Blocks);
    }

    [Fact]
    public void A_page_with_no_report_says_so()
    {
        var result = ReportDocumentImporter.ImportHtml(Page("<p>今日天气晴。</p>"), new ImportOptions { SourceName = "x.html" });
        Assert.Null(result.Report);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.NotAReport && d.Location?.Source == "x.html");
    }
}
