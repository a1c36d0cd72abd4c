using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Import;

/// <summary>
/// <see cref="ReportTextDecoder"/>: byte order marks, declared charsets (kept or set aside), detection among UTF-8,
/// GB18030 and Big5 by clean decoding and plausibility, mixed and undecodable bytes; and
/// <see cref="ReportTextImporter.Import(byte[], ImportOptions?)"/> giving the same report whatever the encoding.
/// </summary>
public sealed class ReportTextDecoderTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
    private static readonly Encoding Big5 = CodePagesEncodingProvider.Instance.GetEncoding(950)!;

    private static readonly string SeedText = File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.txt"));

    /// <summary>A short report-like text in traditional characters, every one of them in Big5.</summary>
    private const string Traditional =
        "政府資訊公開工作年度報告\n一、總體情況\n本機關依照《中華人民共和國政府資訊公開條例》的規定，認真做好政府資訊公開工作。" +
        "全年共收到政府資訊公開申請七十五件，已全部按期辦理完畢。行政複議兩件，行政訴訟一件。\n" +
        "二、主動公開政府資訊情況\n本年新製作規章零件，現行有效規範性文件十二件。\n";

    private static readonly string[] UtfLines = ["一、总体情况", "本机关认真做好政府信息公开工作。"];

    [Fact]
    public void Utf8_without_a_mark_is_detected_with_no_diagnostic()
    {
        var decoded = ReportTextDecoder.Decode(Encoding.UTF8.GetBytes(SeedText), "seed.txt");

        Assert.Equal(SeedText, decoded.Text);
        Assert.Equal(new SourceEncoding { Name = "utf-8", DecidedBy = EncodingDecision.Detected }, decoded.Encoding);
        Assert.Empty(decoded.Diagnostics);
    }

    [Theory]
    [InlineData("utf-8", new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData("utf-16le", new byte[] { 0xFF, 0xFE })]
    [InlineData("utf-16be", new byte[] { 0xFE, 0xFF })]
    [InlineData("utf-32le", new byte[] { 0xFF, 0xFE, 0, 0 })]
    [InlineData("utf-32be", new byte[] { 0, 0, 0xFE, 0xFF })]
    [InlineData("gb18030", new byte[] { 0x84, 0x31, 0x95, 0x33 })]
    public void A_byte_order_mark_decides_and_is_not_part_of_the_text(string name, byte[] mark)
    {
        var encoding = name switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-16le" => new UnicodeEncoding(false, false),
            "utf-16be" => new UnicodeEncoding(true, false),
            "utf-32le" => new UTF32Encoding(false, false),
            "utf-32be" => new UTF32Encoding(true, false),
            _ => Gb18030,
        };
        var bytes = mark.Concat(encoding.GetBytes(SeedText)).ToArray();

        var decoded = ReportTextDecoder.Decode(bytes);

        Assert.Equal(SeedText, decoded.Text);
        Assert.Equal(name, decoded.Encoding!.Name);
        Assert.Equal(EncodingDecision.ByteOrderMark, decoded.Encoding.DecidedBy);
    }

    [Fact]
    public void A_gb18030_copy_of_the_seed_is_detected_and_imports_exactly_like_the_utf8_one()
    {
        var utf8 = ReportTextImporter.Import(Encoding.UTF8.GetBytes(SeedText), new ImportOptions { SourceName = "seed.txt" });
        var gb = ReportTextImporter.Import(Gb18030.GetBytes(SeedText), new ImportOptions { SourceName = "seed.txt" });

        Assert.Equal(new SourceEncoding { Name = "utf-8", DecidedBy = EncodingDecision.Detected }, utf8.SourceEncoding);
        Assert.Equal(new SourceEncoding { Name = "gb18030", DecidedBy = EncodingDecision.Detected }, gb.SourceEncoding);
        Assert.Equal(DisclosureJson.Serialize(utf8.Report!), DisclosureJson.Serialize(gb.Report!));
        var info = gb.Diagnostics[0];
        Assert.Equal((ImportCodes.EncodingUsed, DiagnosticSeverity.Info), (info.Code, info.Severity));
        Assert.Equal("The text was decoded as gb18030 (detected).", info.Message);
        Assert.Equal(Described(utf8.Diagnostics), Described(gb.Diagnostics.Skip(1)));
        Assert.Equal(utf8.Provenance.Cells.Select(c => (c.Cell.Pointer, c.Raw, c.Location)), gb.Provenance.Cells.Select(c => (c.Cell.Pointer, c.Raw, c.Location)));
    }

    [Fact]
    public void Gbk_bytes_are_read_as_gb18030_and_a_string_import_has_no_source_encoding()
    {
        var decoded = ReportTextDecoder.Decode(Gbk.GetBytes(SeedText));
        Assert.Equal(SeedText, decoded.Text);
        Assert.Equal("gb18030", decoded.Encoding!.Name);
        Assert.Null(ReportTextImporter.Import(SeedText).SourceEncoding);
    }

    [Fact]
    public void Big5_text_is_told_from_gb18030_by_plausibility_and_the_other_way_round()
    {
        var big5Bytes = Big5.GetBytes(Traditional);
        Assert.NotNull(Gb18030Clean(big5Bytes)); // Big5 bytes are clean GB18030 too: detection must weigh them

        var big5 = ReportTextDecoder.Decode(big5Bytes);
        Assert.Equal(Traditional, big5.Text);
        Assert.Equal(new SourceEncoding { Name = "big5", DecidedBy = EncodingDecision.Detected }, big5.Encoding);

        var gbBytes = Gb18030.GetBytes(SeedText);
        Assert.NotNull(Big5Clean(gbBytes)); // the seed's GB bytes are clean Big5 as well
        Assert.Equal("gb18030", ReportTextDecoder.Decode(gbBytes).Encoding!.Name);
    }

    [Fact]
    public void Bytes_that_are_equally_plausible_in_both_are_ambiguous_and_need_a_name()
    {
        // 啊阿埃挨哎 in GB2312's first level are also frequently used Big5 characters.
        byte[] bytes = [0xB0, 0xA1, 0xB0, 0xA2, 0xB0, 0xA3, 0xB0, 0xA4, 0xB0, 0xA5, (byte)'\n'];

        var decoded = ReportTextDecoder.Decode(bytes, "x.txt");

        Assert.Null(decoded.Text);
        var error = Assert.Single(decoded.Diagnostics);
        Assert.Equal((ImportCodes.EncodingAmbiguous, DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Contains("GB18030", error.Message, StringComparison.Ordinal);
        Assert.Contains("Big5", error.Message, StringComparison.Ordinal);
        Assert.Equal("啊阿埃挨哎\n", ReportTextDecoder.Decode(bytes, encodingName: "GBK").Text);
    }

    [Theory]
    [InlineData("<meta charset=\"gb2312\">", "gb2312")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GBK\">", "GBK")]
    [InlineData("<meta http-equiv=Content-Type content='text/html;charset=gb18030'>", "gb18030")]
    [InlineData("<?xml version=\"1.0\" encoding=\"GB2312\"?>", "GB2312")]
    public void A_declared_legacy_charset_is_used_when_the_bytes_agree(string declaration, string label)
    {
        var page = $"<!DOCTYPE html><html><head><!-- <meta charset=\"big5\"> -->{declaration}<title>报告</title></head><body><p>{SeedText}</p></body></html>";

        var decoded = ReportTextDecoder.Decode(Gb18030.GetBytes(page), "page.html");

        Assert.Equal(page, decoded.Text);
        Assert.Equal(new SourceEncoding { Name = "gb18030", DecidedBy = EncodingDecision.Declared, DeclaredCharset = label }, decoded.Encoding);
        Assert.Equal(ImportCodes.EncodingUsed, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void A_declaration_the_bytes_contradict_is_set_aside_with_a_warning()
    {
        var page = "<html><head><meta charset=\"utf-8\"></head><body>\n" + SeedText + "</body></html>";

        var decoded = ReportTextDecoder.Decode(Gb18030.GetBytes(page), "page.html");

        Assert.Equal(page, decoded.Text);
        Assert.Equal(new SourceEncoding { Name = "gb18030", DecidedBy = EncodingDecision.Detected, DeclaredCharset = "utf-8" }, decoded.Encoding);
        var warning = decoded.Diagnostics[0];
        Assert.Equal((ImportCodes.DeclaredCharsetContradicted, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        // The seed starts with two empty lines: its title, the first non-ASCII byte, is on line 4 of the page.
        Assert.Contains("not valid utf-8 (line 4, column 1)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(ImportCodes.EncodingUsed, decoded.Diagnostics[1].Code);
    }

    [Fact]
    public void A_page_resaved_as_utf8_that_kept_its_gb2312_declaration_is_read_as_utf8()
    {
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>" + SeedText + "</body></html>";

        var decoded = ReportTextDecoder.Decode(Encoding.UTF8.GetBytes(page));

        Assert.Equal(page, decoded.Text);
        Assert.Equal(new SourceEncoding { Name = "utf-8", DecidedBy = EncodingDecision.Detected, DeclaredCharset = "gb2312" }, decoded.Encoding);
        Assert.Equal(ImportCodes.DeclaredCharsetContradicted, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void An_unknown_declared_charset_on_ascii_bytes_is_not_worth_a_warning()
    {
        var decoded = ReportTextDecoder.Decode(Encoding.ASCII.GetBytes("<meta charset=\"windows-1252\"><p>2024</p>"));
        Assert.Equal("utf-8", decoded.Encoding!.Name);
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void A_declaration_past_the_first_1024_bytes_is_not_read()
    {
        var page = "<html><head>" + new string(' ', 1100) + "<meta charset=\"big5\"></head><body>" + SeedText + "</body></html>";
        var decoded = ReportTextDecoder.Decode(Gb18030.GetBytes(page));
        Assert.Equal(new SourceEncoding { Name = "gb18030", DecidedBy = EncodingDecision.Detected }, decoded.Encoding);
    }

    [Fact]
    public void Utf8_lines_joined_with_gb18030_lines_are_reported_as_mixed_at_the_first_foreign_line()
    {
        var bytes = Encoding.UTF8.GetBytes(UtfLines[0] + "\n" + UtfLines[1] + "\n")
            .Concat(Gb18030.GetBytes("三、收到和处理政府信息公开申请情况\n")).ToArray();

        var decoded = ReportTextDecoder.Decode(bytes, "joined.txt");

        Assert.Null(decoded.Text);
        Assert.Null(decoded.Encoding);
        var error = Assert.Single(decoded.Diagnostics);
        Assert.Equal((ImportCodes.MixedEncodings, DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Equal(new SourceLocation { Source = "joined.txt", Line = 3, Column = 1 }, error.Location);
        Assert.Contains("line 1 is UTF-8 but line 3 is not", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gb18030_text_with_a_line_of_single_characters_is_not_taken_for_mixed()
    {
        // GB18030 bytes of a report whose every line is legacy: none is clearly UTF-8.
        var decoded = ReportTextDecoder.Decode(Gb18030.GetBytes(SeedText + "\n中\n（一）\n"));
        Assert.Equal("gb18030", decoded.Encoding!.Name);
    }

    [Fact]
    public void Bytes_no_encoding_reads_are_undecodable_and_the_message_lists_the_encodings_tried()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("2024\nab"), 0xFF, 0xFE, 0x80, 0xFF];

        var decoded = ReportTextDecoder.Decode(bytes, "bad.txt");

        Assert.Null(decoded.Text);
        var error = Assert.Single(decoded.Diagnostics);
        Assert.Equal((ImportCodes.Undecodable, DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Equal("DF4021", error.Code);
        Assert.Equal(new SourceLocation { Source = "bad.txt", Line = 2, Column = 3 }, error.Location);
        foreach (var tried in new[] { "UTF-8", "GB18030", "Big5" })
        {
            Assert.Contains(tried, error.Message, StringComparison.Ordinal);
            Assert.Contains(tried, error.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_named_encoding_overrides_detection_and_its_failure_is_located()
    {
        var gbBytes = Gb18030.GetBytes(SeedText);
        var asBig5 = ReportTextDecoder.Decode(gbBytes, encodingName: "Big5");
        Assert.Equal(new SourceEncoding { Name = "big5", DecidedBy = EncodingDecision.Specified }, asBig5.Encoding);
        Assert.NotEqual(SeedText, asBig5.Text);

        var wrong = ReportTextDecoder.Decode(gbBytes, "seed.txt", "utf-8");
        Assert.Null(wrong.Text);
        var error = Assert.Single(wrong.Diagnostics);
        Assert.Equal(ImportCodes.Undecodable, error.Code);
        Assert.Contains("not valid utf-8, the encoding named", error.Message, StringComparison.Ordinal);
        var firstChinese = SeedText.Split('\n').ToList().FindIndex(l => l.Any(c => c > 0x7F)) + 1;
        Assert.Equal(new SourceLocation { Source = "seed.txt", Line = firstChinese, Column = 1 }, error.Location);

        var withBom = ReportTextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("年度")], encodingName: "UTF8");
        Assert.Equal("年度", withBom.Text);

        Assert.Throws<ArgumentException>(() => ReportTextDecoder.Decode(gbBytes, encodingName: "shift_jis"));
        Assert.Throws<ArgumentException>(() => ReportTextImporter.Import(gbBytes, new ImportOptions { EncodingName = "latin1" }));
    }

    [Fact]
    public void Labels_map_to_canonical_names()
    {
        Assert.Equal("gb18030", ReportTextDecoder.CanonicalName(" GB2312 "));
        Assert.Equal("gb18030", ReportTextDecoder.CanonicalName("cp936"));
        Assert.Equal("big5", ReportTextDecoder.CanonicalName("Big5-HKSCS"));
        Assert.Equal("utf-8", ReportTextDecoder.CanonicalName("UTF8"));
        Assert.Null(ReportTextDecoder.CanonicalName("iso-8859-1"));
        Assert.Equal(["utf-8", "gb18030", "big5", "utf-16le", "utf-16be", "utf-32le", "utf-32be"], ReportTextDecoder.EncodingNames);
    }

    [Fact]
    public void An_undecodable_import_has_no_report_and_the_decoder_error()
    {
        var result = ReportTextImporter.Import(new byte[] { 0x31, 0xFF, 0x80 }, new ImportOptions { SourceName = "x.txt" });
        Assert.Null(result.Report);
        Assert.Null(result.SourceEncoding);
        Assert.Equal(ImportCodes.Undecodable, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Empty_bytes_are_an_empty_utf8_text()
    {
        var decoded = ReportTextDecoder.Decode([]);
        Assert.Equal(string.Empty, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding!.Name);
    }

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        var folder = Paths.Shared is { } shared ? Path.Combine(shared, "corpus") : null;
        if (folder is null || !Directory.Exists(folder))
        {
            data.Add("(corpus absent)");
            return data;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Concat(Directory.EnumerateFiles(Path.Combine(folder, "html"), "*.html")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(folder, file));
        }

        return data;
    }

    /// <summary>
    /// Every real corpus text re-encoded in GB18030 (and every real page re-encoded with its <c>&lt;meta charset="UTF-8"&gt;</c>
    /// changed to <c>gb2312</c>) imports exactly like the original: same report, same diagnostics after the
    /// encoding's information, same provenance.
    /// </summary>
    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void A_corpus_report_re_encoded_in_gb18030_imports_exactly_like_the_original(string file)
    {
        Assert.SkipWhen(file.StartsWith('('), "The shared corpus is not beside this clone.");
        var path = Path.Combine(Paths.Shared!, "corpus", file);
        var original = File.ReadAllText(path);
        var isPage = file.EndsWith(".html", StringComparison.Ordinal);
        var legacy = isPage ? original.Replace("<meta charset=\"UTF-8\" />", "<meta charset=\"gb2312\" />") : original;
        Assert.True(!isPage || legacy != original, "The page declares its charset as expected.");
        var options = new ImportOptions { SourceName = file };

        var expected = ReportTextImporter.Import(original, options);
        var actual = ReportTextImporter.Import(Gb18030.GetBytes(legacy), options);

        Assert.Equal(new SourceEncoding
        {
            Name = "gb18030",
            DecidedBy = isPage ? EncodingDecision.Declared : EncodingDecision.Detected,
            DeclaredCharset = isPage ? "gb2312" : null,
        }, actual.SourceEncoding);
        Assert.NotNull(expected.Report);
        Assert.Equal(DisclosureJson.Serialize(expected.Report!), DisclosureJson.Serialize(actual.Report!));
        Assert.Equal(ImportCodes.EncodingUsed, actual.Diagnostics[0].Code);
        if (!isPage)
        {
            Assert.Equal(Described(expected.Diagnostics), Described(actual.Diagnostics.Skip(1)));
            Assert.Equal(expected.Provenance.Cells.Select(c => (c.Cell.Pointer, c.Value, c.Raw, c.Location)),
                actual.Provenance.Cells.Select(c => (c.Cell.Pointer, c.Value, c.Raw, c.Location)));
        }
        else
        {
            Assert.Equal(expected.Diagnostics.Select(d => (d.Code, d.Pointer)), actual.Diagnostics.Skip(1).Select(d => (d.Code, d.Pointer)));
        }
    }

    private static IEnumerable<string> Described(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d} | {d.MessageZh} | {string.Join(",", d.RelatedPointers)}");

    private static string? Gb18030Clean(byte[] bytes) => TryStrict(54936, bytes);

    private static string? Big5Clean(byte[] bytes) => TryStrict(950, bytes);

    private static string? TryStrict(int codePage, byte[] bytes)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
