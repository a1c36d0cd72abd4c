using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests;

/// <summary>
/// A page given as bytes: the decoder's diagnostics (DF4024 a declared charset set aside, DF4025 mixed encodings,
/// DF4021 undecodable, DF4027 the encoding used) reach the document and the import, the encoding used is in the
/// result's provenance, and a named encoding (<see cref="ImportOptions.EncodingName"/>) overrides the page's own.
/// </summary>
public sealed class HtmlEncodingTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static DisclosureReport Fixture() =>
        DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2021", "valid-shili-city-ecology-2023.json")), "fixture");

    /// <summary>The fixture's page with its <c>&lt;meta charset&gt;</c> replaced by <paramref name="charset"/> (none when null).</summary>
    private static string Page(string? charset)
    {
        var html = OfficialHtml.Render(Fixture(), HtmlStyle.Plain);
        var start = html.IndexOf("<meta charset", StringComparison.OrdinalIgnoreCase);
        if (start >= 0) html = html.Remove(start, html.IndexOf('>', start) - start + 1);
        return charset is null ? html : html.Replace("<head>", $"<head><meta charset=\"{charset}\">", StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_charset_the_bytes_contradict_is_a_warning_of_the_import_and_the_encoding_is_in_its_provenance()
    {
        var bytes = Gb18030.GetBytes(Page("utf-8"));
        var result = ReportDocumentImporter.ImportHtml(bytes, new ImportOptions { SourceName = "gbk.html" });

        var contradicted = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.DeclaredCharsetContradicted);
        Assert.Equal(DiagnosticSeverity.Warning, contradicted.Severity);
        Assert.Equal("gbk.html", contradicted.Location?.Source);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.EncodingUsed && d.Severity == DiagnosticSeverity.Info);
        Assert.Equal("gb18030", result.SourceEncoding?.Name);
        Assert.Equal(EncodingDecision.Detected, result.SourceEncoding?.DecidedBy);
        Assert.Equal("utf-8", result.SourceEncoding?.DeclaredCharset);
        Assert.True(result.Succeeded);
        var utf8 = ReportDocumentImporter.ImportHtml(Encoding.UTF8.GetBytes(Page("utf-8")), new ImportOptions { SourceName = "gbk.html" });
        Assert.Equal(DisclosureJson.Serialize(utf8.Report!), DisclosureJson.Serialize(result.Report!));
    }

    [Fact]
    public void A_declared_legacy_charset_is_used_and_said()
    {
        var result = ReportDocumentImporter.ImportHtml(Gb18030.GetBytes(Page("gb2312")), new ImportOptions { SourceName = "gb2312.html" });
        Assert.Equal(EncodingDecision.Declared, result.SourceEncoding?.DecidedBy);
        Assert.Equal("gb18030", result.SourceEncoding?.Name);
        var used = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.EncodingUsed);
        Assert.Contains("gb18030", used.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportCodes.DeclaredCharsetContradicted);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_utf8_page_has_no_encoding_diagnostic_but_its_encoding_is_known()
    {
        var result = ReportDocumentImporter.ImportHtml(Encoding.UTF8.GetBytes(Page("utf-8")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportCodes.EncodingUsed or ImportCodes.DeclaredCharsetContradicted);
        Assert.Equal("utf-8", result.SourceEncoding?.Name);
        Assert.Equal(EncodingDecision.Declared, result.SourceEncoding?.DecidedBy);
    }

    [Fact]
    public void A_named_encoding_overrides_the_page_and_must_fit_its_bytes()
    {
        var bytes = Gb18030.GetBytes(Page("big5"));
        var named = ReportDocumentImporter.ImportHtml(bytes, new ImportOptions { SourceName = "p.html", EncodingName = "GBK" });
        Assert.Equal(EncodingDecision.Specified, named.SourceEncoding?.DecidedBy);
        Assert.Equal("gb18030", named.SourceEncoding?.Name);
        Assert.True(named.Succeeded);

        var wrong = ReportDocumentImporter.ImportHtml(bytes, new ImportOptions { SourceName = "p.html", EncodingName = "utf-8" });
        Assert.Null(wrong.Report);
        Assert.Null(wrong.SourceEncoding);
        var error = Assert.Single(wrong.Diagnostics);
        Assert.Equal(ImportCodes.Undecodable, error.Code);
        Assert.Equal("p.html", error.Location?.Source);

        Assert.Throws<ArgumentException>(() => new HtmlReadOptions { EncodingName = "ebcdic" });
        Assert.Throws<ArgumentException>(() => ReportDocumentImporter.ImportHtml(bytes, new ImportOptions { EncodingName = "ebcdic" }));
    }

    [Fact]
    public void Mixed_encodings_are_the_import_s_error()
    {
        var utf8 = Encoding.UTF8.GetBytes("<html><body><p>平潭综合实验区财政金融局</p>\n");
        var gbk = Gb18030.GetBytes("<p>政府信息公开工作年度报告</p></body></html>\n");
        var result = ReportDocumentImporter.ImportHtml([.. utf8, .. gbk], new ImportOptions { SourceName = "mixed.html" });
        Assert.Null(result.Report);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportCodes.MixedEncodings, error.Code);
        Assert.Equal(2, error.Location?.Line);
    }
}
