using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Documents.Tests.Rendering;
using Disclosure.Format.Import;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests;

/// <summary>
/// What a document says of its report beyond the text: a government page's <c>PubDate</c> and <c>Url</c> metadata, a
/// Word file's identifier property, and the signature (落款) closing the document: the agency in full and the date.
/// </summary>
public sealed class DocumentMetadataTests
{
    private static string Page(string fixture) => HtmlReportRenderer.Render(HtmlReportRendererTests.Load(fixture));

    [Fact]
    public void A_pages_PubDate_and_Url_metadata_are_the_reports_date_and_address()
    {
        var html = Page("2019/valid-shili-housing-2020.json")
            .Replace("<meta name=\"PubDate\" content=\"2021-01-25\" />", "<meta name=\"pubdate\" content=\"2021-01-27 09:00\"/>", StringComparison.Ordinal);
        var document = HtmlReportReader.Read(html);
        Assert.Equal(new DateTime(2021, 1, 27), document.PublishedOn);
        Assert.Equal("https://www.example.gov.cn/zjj/zfxxgknb/2020.html", document.SourceUrl);

        // The page's own date comes before the date under the signature (2021年1月25日).
        var result = ReportDocumentImporter.Import(document);
        Assert.Equal(new DateTime(2021, 1, 27), result.Report!.Metadata.PublishedOn);
        Assert.Equal("https://www.example.gov.cn/zjj/zfxxgknb/2020.html", result.Report.Metadata.SourceUrl);
    }

    [Theory]
    [InlineData("<meta name=\"PubDate\" content=\"\"/><meta name=\"Url\" content=\"\"/>")]
    [InlineData("<meta name=\"PubDate\" content=\"2021-13-45\"/><meta name=\"Url\" content=\"javascript:alert(1)\"/>")]
    [InlineData("<meta name=\"PubDate\" content=\"上午\"/><meta name=\"Url\" content=\"zfxxgknb/2020.html\"/>")]
    public void Metadata_that_is_no_date_or_no_web_address_is_not_read(string meta)
    {
        var document = HtmlReportReader.Read($"<html><head>{meta}</head><body><p>示例</p></body></html>");
        Assert.Null(document.PublishedOn);
        Assert.Null(document.SourceUrl);
    }

    [Fact]
    public void A_real_government_page_gives_its_publication_date()
    {
        var corpus = Paths.Shared is { } shared ? Path.Combine(shared, "corpus", "html") : null;
        var path = corpus is null ? null : Path.Combine(corpus, "115-2023-pingtan-shichang-jianduju.html");
        Assert.SkipWhen(path is null || !File.Exists(path), "The shared corpus is not beside this clone.");
        var document = HtmlReportReader.ReadFile(path!);
        Assert.Equal(new DateTime(2024, 1, 31), document.PublishedOn); // <meta name="PubDate" content="2024-01-31 16:52"/>
        var result = ReportDocumentImporter.Import(document);
        Assert.Equal(new DateTime(2024, 1, 31), result.Report!.Metadata.PublishedOn);
        Assert.Equal("平潭综合实验区市场监督管理局", result.Report.Metadata.Agency);
    }

    [Fact]
    public void The_signature_gives_the_agency_in_full_and_the_date_and_is_not_text()
    {
        // arith-carry-forward: the title names 示例市公安局, the signature 示例市公安局（结转错误）, signed 2024年1月31日.
        var report = HtmlReportRendererTests.Load("2021/arith-carry-forward.json");
        var html = HtmlReportRenderer.Render(report).Replace("<meta name=\"PubDate\" content=\"2024-01-31\" />\n", string.Empty, StringComparison.Ordinal);
        var result = ReportDocumentImporter.ImportHtml(html);
        Assert.Equal("示例市公安局（结转错误）", result.Report!.Metadata.Agency);
        Assert.Equal(new DateTime(2024, 1, 31), result.Report.Metadata.PublishedOn);
        Assert.Equal(report.OtherMatters, result.Report.OtherMatters);
    }

    [Fact]
    public void A_last_line_that_does_not_name_the_agency_stays_text()
    {
        var report = HtmlReportRendererTests.Load("2021/valid-shili-county-office-2022.json");
        var html = HtmlReportRenderer.Render(report)
            .Replace("<div class=\"signature\">\n<p>示例县人民政府办公室</p>", "<div class=\"signature\">\n<p>特此报告</p>", StringComparison.Ordinal);
        Assert.Contains("<p>特此报告</p>", html, StringComparison.Ordinal);
        var result = ReportDocumentImporter.ImportHtml(html);
        Assert.Equal("示例县人民政府办公室", result.Report!.Metadata.Agency);
        Assert.Equal(new DateTime(2023, 1, 30), result.Report.Metadata.PublishedOn);
        Assert.Contains("特此报告", result.Report.OtherMatters.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_date_a_last_line_naming_the_agency_is_the_signature()
    {
        // arith-blank-totals has no publication date: its signature is the agency alone, 示例市生态环境局（总计空白）.
        var report = HtmlReportRendererTests.Load("2021/arith-blank-totals.json");
        var result = ReportDocumentImporter.ImportWord(WordReportRenderer.Render(report));
        Assert.Equal("示例市生态环境局（总计空白）", result.Report!.Metadata.Agency);
        Assert.Null(result.Report.Metadata.PublishedOn);
        Assert.Equal(report.OtherMatters, result.Report.OtherMatters);
    }

    [Fact]
    public void A_Word_files_identifier_property_is_the_reports_address()
    {
        var report = HtmlReportRendererTests.Load("2021/valid-shili-housing-2021.json");
        var document = WordReportReader.Read(WordReportRenderer.Render(report));
        Assert.Equal("https://www.example.gov.cn/zjj/zfxxgknb/2021.html", document.SourceUrl);
        Assert.Null(document.PublishedOn); // a Word file's date is the one under its signature
        Assert.Equal(new DateTime(2022, 1, 24), ReportDocumentImporter.Import(document).Report!.Metadata.PublishedOn);
    }

    [Fact]
    public void A_title_broken_over_two_lines_is_read_as_one_title()
    {
        // The renderer breaks a long title before 政府信息公开工作年度报告 (as agencies do by hand with Shift+Enter).
        var report = HtmlReportRendererTests.Load("2019/valid-shili-township-2020.json");
        var document = WordReportReader.Read(WordReportRenderer.Render(report));
        var title = Assert.IsType<DocumentParagraph>(document.Blocks[0]);
        Assert.Equal("示例县城关镇人民政府2020年\n政府信息公开工作年度报告", title.Text);
        var result = ReportDocumentImporter.Import(document);
        Assert.Equal(report.Metadata.Title, result.Report!.Metadata.Title);
        Assert.Equal(report.Preamble, result.Report.Preamble);
    }
}
