using System.Diagnostics;
using System.Reflection;
using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Pdf;

/// <summary>
/// Bad input to the PDF reader: each gives a documented code (<see cref="PdfCodes"/>, <see cref="DocumentCodes"/>) with
/// both messages, never an exception, a hang or an empty document presented as read.
/// </summary>
public sealed class PdfHostileInputTests
{
    private static readonly HashSet<string> Documented = typeof(PdfCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Concat(typeof(DocumentCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        .Select(f => (string)f.GetValue(null)!).ToHashSet();

    private static Diagnostic OneError(ReportDocument document, string code)
    {
        var error = Assert.Single(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageZh));
        return error;
    }

    /// <summary>Whatever was read: documented codes only, no defect, and no empty document without an error.</summary>
    private static void Sound(ReportDocument document)
    {
        Assert.All(document.Diagnostics, d => Assert.Contains(d.Code, Documented));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DocumentCodes.InternalError);
        if (document.Blocks.Count == 0) Assert.Contains(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("hello, world", "not a PDF")]
    [InlineData("PK\u0003\u0004 rest of a zip", "ZIP")]
    [InlineData("<!DOCTYPE html><html><body>report</body></html>", "HTML")]
    public void Not_a_pdf_is_named(string content, string named)
    {
        var error = OneError(PdfReportReader.Read(Encoding.Latin1.GetBytes(content), new PdfReadOptions { SourceName = "x.pdf" }), PdfCodes.NotAPdf);
        Assert.Contains(named, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("x.pdf", error.Location!.Source);
    }

    [Fact]
    public void An_encrypted_pdf_is_reported_and_one_that_only_restricts_printing_is_read()
    {
        OneError(PdfReportReader.ReadFile(Paths.Fixture("pdf", "encrypted.pdf")), PdfCodes.Encrypted);
        var open = PdfReportReader.ReadFile(Paths.Fixture("pdf", "owner-only.pdf"));
        Assert.DoesNotContain(open.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(open.Blocks, b => b is DocumentParagraph p && p.Text.Contains("Encrypted test page"));
    }

    [Fact]
    public void A_damaged_encrypted_stream_is_reported_not_a_defect()
    {
        // Found by the fuzzer: PdfPig's decryption throws a CryptographicException on a damaged encrypted stream.
        var document = PdfReportReader.ReadFile(Paths.Fixture("fuzz", "pdf", "crash-f7cb3a9f875c.bin"));
        Sound(document);
        Assert.Contains(document.Diagnostics, d => d.Code is PdfCodes.Damaged or PdfCodes.PageNotRead && d.Message.Contains("CryptographicException", StringComparison.Ordinal));
    }

    [Fact]
    public void A_truncated_pdf_is_damaged_or_read_in_part_never_a_crash()
    {
        var whole = MiniPdf.Pages([PdfReaderTests.RuledTable(), PdfReaderTests.RuledTable()]);
        for (var cut = 8; cut < whole.Length; cut += Math.Max(1, whole.Length / 23))
        {
            Sound(PdfReportReader.Read(whole.AsSpan(0, cut).ToArray()));
        }

        OneError(PdfReportReader.Read(whole.AsSpan(0, 9).ToArray()), PdfCodes.Damaged);
    }

    [Fact]
    public void A_broken_cross_reference_table_is_recovered_or_reported()
    {
        var bytes = MiniPdf.Pages([PdfReaderTests.RuledTable()]);
        var text = Encoding.Latin1.GetString(bytes);
        var xref = text.IndexOf("xref\n", StringComparison.Ordinal);
        var broken = Encoding.Latin1.GetBytes(text.Substring(0, xref) + text.Substring(xref).Replace(" 00000 n", " 00000 x").Replace("0000000", "9999999"));
        var document = PdfReportReader.Read(broken);
        Sound(document);
        var garbage = Encoding.Latin1.GetBytes(text.Substring(0, xref) + "xref\nthis is not a table\ntrailer\n<< /Root 99 0 R >>\nstartxref\n12\n%%EOF\n");
        Sound(PdfReportReader.Read(garbage));
    }

    [Fact]
    public void Ten_thousand_pages_are_refused_before_any_page_is_read()
    {
        var bytes = MiniPdf.ManyPages(10_000, "BT /F1 10 Tf 50 800 Td (x) Tj ET");
        var clock = Stopwatch.StartNew();
        var error = OneError(PdfReportReader.Read(bytes), PdfCodes.TooManyPages);
        Assert.Contains("10,000", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), clock.Elapsed.ToString());
        Assert.Empty(PdfReportReader.Read(bytes).Blocks);

        // Under a raised limit they are read, each page once.
        var read = PdfReportReader.Read(MiniPdf.ManyPages(50, "BT /F1 10 Tf 50 400 Td (x) Tj ET"), new PdfReadOptions { MaxPages = 50 });
        Assert.Equal(50, read.Blocks.Count);
        Assert.Equal(50, read.Blocks[^1].Location!.Page);
    }

    [Fact]
    public void An_enormous_content_stream_is_refused_before_it_is_inflated()
    {
        var bomb = MiniPdf.WithFlateContent(MiniPdf.Deflate(Encoding.ASCII.GetBytes(new string(' ', 8 << 20))));
        Assert.True(bomb.Length < 100_000, bomb.Length.ToString());
        Sound(PdfReportReader.Read(bomb, new PdfReadOptions { MaxStreamBytes = 1 << 20 }));
        Assert.Contains(PdfReportReader.Read(bomb, new PdfReadOptions { MaxStreamBytes = 1 << 20 }).Diagnostics, d => d.Code == PdfCodes.StreamTooLarge);

        // The total of all decoded streams is bounded too.
        var many = MiniPdf.Pages(Enumerable.Range(0, 5).Select(_ => PdfReaderTests.RuledTable()).ToList());
        var document = PdfReportReader.Read(many, new PdfReadOptions { MaxDecodedBytes = 1 });
        Sound(document);
    }

    [Fact]
    public void A_page_with_too_many_characters_or_paths_stops_the_reading()
    {
        var bytes = MiniPdf.Pages([PdfReaderTests.RuledTable(), PdfReaderTests.RuledTable()]);
        var letters = PdfReportReader.Read(bytes, new PdfReadOptions { MaxLettersPerPage = 5 });
        var error = OneError(letters, PdfCodes.PageTooComplex);
        Assert.Equal(1, error.Location!.Page);
        OneError(PdfReportReader.Read(bytes, new PdfReadOptions { MaxPathsPerPage = 3 }), PdfCodes.PageTooComplex);
        Assert.Empty(PdfReportReader.Read(bytes, new PdfReadOptions { MaxFileBytes = 100 }).Blocks);
        OneError(PdfReportReader.Read(bytes, new PdfReadOptions { MaxFileBytes = 100 }), DocumentCodes.DocumentTooLarge);
    }

    [Fact]
    public void A_pdf_without_text_says_it_has_no_text_layer()
    {
        var lines = PdfReaderTests.RuledTable() with { Texts = [] };
        var document = PdfReportReader.Read(MiniPdf.Pages([lines]));
        OneError(document, PdfCodes.NoTextLayer);
        Assert.Empty(document.Blocks);
        var result = ReportDocumentImporter.Import(document);
        Assert.Null(result.Report);
        Assert.Equal(PdfCodes.NoTextLayer, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Random_damage_never_crashes_the_reader()
    {
        var whole = MiniPdf.Pages([PdfReaderTests.RuledTable(), PdfReaderTests.RuledTable(300)]);
        var random = new Random(1234);
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])whole.Clone();
            for (var k = 0; k < 1 + (i % 8); k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            Sound(PdfReportReader.Read(bytes));
        }
    }

    /// <summary>
    /// A page that never finishes (the seam blocks its worker until the test releases it, as PdfPig spinning on a page
    /// would): the reader returns once the page's time is up, with DF6308 on that page and the page before kept. The
    /// limit is generous and the assertion does not depend on timing: without the limit the read would never return.
    /// </summary>
    [Fact]
    public void A_page_that_never_finishes_stops_the_read_at_its_time_limit()
    {
        using var release = new ManualResetEventSlim(false);
        var options = new PdfReadOptions
        {
            SourceName = "slow.pdf",
            MaxPageTime = TimeSpan.FromSeconds(2),
            BeforePage = n =>
            {
                if (n == 2) release.Wait(TimeSpan.FromMinutes(5));
            },
        };
        var pdf = MiniPdf.Pages([PdfReaderTests.RuledTable(), PdfReaderTests.RuledTable(), PdfReaderTests.RuledTable()]);
        var clock = Stopwatch.StartNew();
        var document = PdfReportReader.Read(pdf, options);
        clock.Stop();
        release.Set();

        var error = OneError(document, PdfCodes.PageTooSlow);
        Assert.Equal(new SourceLocation { Source = "slow.pdf", Page = 2 }, error.Location);
        Assert.Contains("2 s", error.Message);
        var table = Assert.Single(document.Tables); // page 1's; pages 2 and 3 are not read
        Assert.Equal(1, table.Location!.Page);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2) - TimeSpan.FromMilliseconds(100), clock.Elapsed.ToString());
        Sound(document);
    }

    [Fact]
    public void A_page_read_within_its_time_is_read_on_its_worker_and_its_failure_is_reported_as_before()
    {
        var threads = new List<int>();
        var options = new PdfReadOptions { MaxPageTime = TimeSpan.FromMinutes(1), BeforePage = _ => threads.Add(Environment.CurrentManagedThreadId) };
        var document = PdfReportReader.Read(MiniPdf.Pages([PdfReaderTests.RuledTable(), PdfReaderTests.RuledTable()]), options);
        Assert.Empty(document.Diagnostics);
        Assert.Contains(document.Tables.SelectMany(t => t.Cells), c => c.Location.Page == 2); // both pages read (one table, joined)
        Assert.Equal(2, threads.Count);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);

        // An exception thrown while reading a page (here by the seam, as PdfPig throws on a damaged page) is the page's
        // warning, as when the page is read without a time limit.
        foreach (var limit in new[] { TimeSpan.FromMinutes(1), TimeSpan.Zero })
        {
            var failing = PdfReportReader.Read(
                MiniPdf.Pages([PdfReaderTests.RuledTable(), PdfReaderTests.RuledTable()]),
                new PdfReadOptions { MaxPageTime = limit, BeforePage = n => { if (n == 2) throw new InvalidOperationException("damaged"); } });
            var warning = Assert.Single(failing.Diagnostics);
            Assert.Equal(PdfCodes.PageNotRead, warning.Code);
            Assert.Equal(2, warning.Location!.Page);
            Assert.DoesNotContain(Assert.Single(failing.Tables).Cells, c => c.Location.Page == 2);
        }
    }

    /// <summary>
    /// A page of 300 lines of 150 numbers each (45 000 words lined up in columns): more columns than any report's table,
    /// so no unruled table is built from it (the table finder's bounds: 100 columns, 100 000 slots, 20 000 words), and
    /// the page is read as text.
    /// </summary>
    [Fact]
    public void A_page_of_numbers_in_too_many_columns_is_no_table()
    {
        var texts = new List<(double X, double Y, string Text)>();
        for (var line = 0; line < 300; line++)
        {
            for (var column = 0; column < 150; column++) texts.Add((20 + column * 20, 20 + line * 2.6, "7"));
        }

        var document = PdfReportReader.Read(MiniPdf.Pages([new MiniPdf.PageSpec(texts, [])]));
        Sound(document);
        Assert.Empty(document.Tables);
        Assert.NotEmpty(document.Blocks);
    }
}
