using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;
using static Disclosure.Format.Documents.Tests.Word.RawDocx;

namespace Disclosure.Format.Documents.Tests.Word;

/// <summary>
/// Bad and hostile Word input: each gives its documented code (<see cref="WordCodes"/>, or <see cref="DocumentCodes"/>
/// for the limits every reader shares), located by the source name, never an exception, a hang or unbounded memory.
/// </summary>
public sealed class WordHostileInputTests
{
    private static readonly WordReadOptions Options = new() { SourceName = "hostile.docx" };

    private static Diagnostic Fails(byte[] bytes, string code, WordReadOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var document = WordReportReader.Read(bytes, options ?? Options);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Empty(document.Blocks);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((code, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal("hostile.docx", diagnostic.Location?.Source);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageZh));
        return diagnostic;
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_package()
    {
        Assert.Contains("ZIP", Fails("这不是 Word 文件"u8.ToArray(), WordCodes.NotAZipPackage).Message);
        Assert.Contains("empty", Fails([], WordCodes.NotAZipPackage).Message);
        Assert.Contains("RTF", Fails("{\\rtf1\\ansi\\ansicpg936 报告}"u8.ToArray(), WordCodes.NotAZipPackage).Message);
        Assert.Contains("HTML", Fails("\uFEFF<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>报告</body></html>"u8.ToArray(), WordCodes.NotAZipPackage).Message);
        Assert.Contains("PDF", Fails("%PDF-1.7\n"u8.ToArray(), WordCodes.NotAZipPackage).Message);
    }

    [Fact]
    public void A_binary_word_97_document_is_named_and_conversion_suggested()
    {
        var doc = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(doc, 0);
        Encoding.Unicode.GetBytes("WordDocument").CopyTo(doc, 1024);
        var diagnostic = Fails(doc, WordCodes.LegacyWordDocument);
        Assert.Contains("Word 97-2003", diagnostic.Message);
        Assert.Contains("--convert-to docx", diagnostic.Message);
        Assert.Contains("另存为", diagnostic.MessageZh);
    }

    [Fact]
    public void An_encrypted_office_file_is_named()
    {
        var file = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(file, 2048);
        Assert.Contains("password", Fails(file, WordCodes.Encrypted).Message);
    }

    [Fact]
    public void Zip_packages_that_are_not_word_documents()
    {
        Assert.Contains("Excel", Fails(Zip([("[Content_Types].xml", Utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")), ("xl/workbook.xml", Utf8("<workbook/>"))]), WordCodes.NotAWordDocument).Message);
        Assert.Contains("OpenDocument", Fails(Zip([("mimetype", Utf8("application/vnd.oasis.opendocument.text")), ("content.xml", Utf8("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"))]), WordCodes.NotAWordDocument).Message);
        Fails(Zip([("readme.txt", Utf8("hello"))]), WordCodes.NotAWordDocument);
    }

    [Fact]
    public void Damaged_packages()
    {
        var good = FromBody(P("x"));
        Fails(good[..(good.Length / 2)], WordCodes.DamagedPackage);
        Fails(Package("<w:document xmlns:w=\"" + W + "\"><w:body><w:p></w:body></w:document>"), WordCodes.DamagedPackage);
        // A document type declaration (entity expansion) is refused before anything is expanded.
        Fails(Package("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"), WordCodes.DamagedPackage);
    }

    [Fact]
    public void A_part_whose_xml_declaration_breaks_the_xml_reader_is_a_damaged_package()
    {
        // Found by the fuzzer: System.Xml throws an ArgumentOutOfRangeException (not an XmlException) while switching
        // to the encoding a damaged declaration names; the package is damaged, never an internal error.
        var bytes = File.ReadAllBytes(Path.Combine(Paths.Fixtures, "fuzz", "word", "crash-d13015c9f580.bin"));
        Fails(bytes, WordCodes.DamagedPackage);
    }

    [Fact]
    public void A_zip_bomb_is_stopped_by_its_declared_sizes()
    {
        // 64 MiB of zeros in word/document.xml compresses to about 64 KiB.
        var bomb = FromBody("", extra: [("word/padding.xml", new byte[64 * 1024 * 1024])]);
        Assert.True(bomb.Length < 1024 * 1024);
        Assert.Contains("ZIP bomb", Fails(bomb, WordCodes.PackageTooLarge).Message);
        Fails(FromBody(P("x"), extra: [("word/a.xml", new byte[600_000]), ("word/b.xml", new byte[600_000])]), WordCodes.PackageTooLarge,
            Options with { MaxUncompressedBytes = 1_000_000 });
    }

    [Fact]
    public void A_zip_bomb_that_misstates_its_sizes_is_stopped_while_inflating()
    {
        // The directory says 200 bytes; the main part inflates to 8 MiB. Whatever the ZIP layer does with the lie
        // (stop at the declared size, or inflate on), no more than the limit is inflated and the file is refused.
        var bytes = Package(Document(P("x") + "<!--" + new string(' ', 8 * 1024 * 1024) + "-->"));
        Lie(bytes, "word/document.xml", 200);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = WordReportReader.Read(bytes, Options with { MaxPartBytes = 1024 * 1024 });
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L * 1024 * 1024);
        Assert.Contains(Assert.Single(document.Diagnostics).Code, new[] { WordCodes.PackageTooLarge, WordCodes.DamagedPackage });
        Assert.Empty(document.Blocks);
    }

    [Fact]
    public void Too_many_entries()
    {
        var entries = Enumerable.Range(0, 300).Select(i => ($"word/media/{i}.png", new byte[1])).ToList();
        Assert.Contains("entries", Fails(FromBody(P("x"), extra: entries), WordCodes.PackageTooLarge, Options with { MaxEntries = 100 }).Message);
    }

    [Fact]
    public void A_file_too_short_for_the_zip64_record_its_directory_points_to()
    {
        // 46 bytes: a local header signature, a ZIP64 locator pointing far past the end, and an end-of-directory record
        // that defers its entry count to ZIP64 (0xFFFF). The count check once read the record at the locator's offset
        // without checking that the file could hold it (DF6005, ArgumentOutOfRangeException); found while writing the fuzz targets.
        var bytes = new byte[46];
        "PK\u0003\u0004PK\u0006\u0007"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(12), 0x7FFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(20), 1);
        "PK\u0005\u0006"u8.CopyTo(bytes.AsSpan(24));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(34), 0xFFFF);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(32), 0xFFFF);
        Fails(bytes, WordCodes.DamagedPackage);
    }

    [Fact]
    public void A_file_over_the_size_limit()
    {
        var bytes = FromBody(P("x"));
        Fails(bytes, DocumentCodes.DocumentTooLarge, Options with { MaxFileBytes = bytes.Length - 1 });
        using var stream = new NonSeekable(bytes);
        var document = WordReportReader.Read(stream, Options with { MaxFileBytes = 100 });
        Assert.Equal(DocumentCodes.DocumentTooLarge, Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void A_hundred_thousand_nested_elements_are_refused_before_the_sdk_builds_its_tree()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 100_000; i++) deep.Append("<w:sdt><w:sdtContent>");
        for (var i = 0; i < 100_000; i++) deep.Append("</w:sdtContent></w:sdt>");
        Fails(FromBody(deep.ToString()), DocumentCodes.NestingTooDeep);
    }

    [Fact]
    public void Nesting_is_checked_in_every_part_whatever_its_name()
    {
        // The content types, not the name, make word/document.dat the main document: its 100 000 nested elements once
        // passed the depth scan (which looked at .xml and .rels parts only) and overflowed the stack inside the SDK,
        // ending the process. Found while writing the fuzz targets (a crafted parts text; AFL had not reached it).
        var deep = new StringBuilder();
        for (var i = 0; i < 100_000; i++) deep.Append("<w:sdt><w:sdtContent>");
        for (var i = 0; i < 100_000; i++) deep.Append("</w:sdtContent></w:sdt>");
        var package = Zip(
        [
            ("[Content_Types].xml", Utf8($"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="dat" ContentType="{MainContentType}"/></Types>""")),
            ("_rels/.rels", Utf8("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.dat"/></Relationships>""")),
            ("word/document.dat", Utf8(Document(P("x") + deep))),
        ]);
        Fails(package, DocumentCodes.NestingTooDeep);
        // The same package shallow is read: the name does not matter.
        var shallow = Zip(
        [
            ("[Content_Types].xml", Utf8($"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="dat" ContentType="{MainContentType}"/></Types>""")),
            ("_rels/.rels", Utf8("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.dat"/></Relationships>""")),
            ("word/document.dat", Utf8(Document(P("正文")))),
            ("word/media/image1.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]),
        ]);
        var document = WordReportReader.Read(shallow, Options);
        Assert.Empty(document.Diagnostics);
        Assert.Equal("正文", Assert.IsType<DocumentParagraph>(Assert.Single(document.Blocks)).Text);
    }

    [Fact]
    public void Tables_nested_too_deep_are_left_out_and_the_rest_is_read()
    {
        var nested = "<w:tbl><w:tr>" + Tc("最深") + "</w:tr></w:tbl>";
        for (var i = 0; i < 20; i++)
        {
            nested = "<w:tbl><w:tr>" + Tc("a") + Tc("b") + Tc("c") + Tc("d") + "<w:tc>" + P($"层{i}") + nested + "</w:tc></w:tr></w:tbl>";
        }

        var document = WordReportReader.Read(FromBody(P("前") + nested + P("后")), Options);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((WordCodes.TablesTooDeep, DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(Options.MaxTableNesting, document.Tables.Count);
        Assert.Equal(["前", "后"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_document_with_too_many_cells_stops_there()
    {
        var row = "<w:tr>" + string.Concat(Enumerable.Repeat(Tc("1"), 10)) + "</w:tr>";
        var document = WordReportReader.Read(FromBody(P("前") + "<w:tbl>" + string.Concat(Enumerable.Repeat(row, 30)) + "</w:tbl>" + P("后")), Options with { MaxCells = 100 });
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((WordCodes.TooManyCells, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(1, diagnostic.Location?.Table);
        Assert.Equal(100, document.Tables.Sum(t => t.Cells.Count));
        Assert.Equal(["前"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void Few_cells_spanning_a_huge_grid_stop_at_the_slot_budget()
    {
        // Each row is one cell over 1 000 columns: 300 rows would be 300 000 slots for 300 cells.
        var row = "<w:tr>" + Tc("1", "<w:gridSpan w:val=\"1000\"/>") + "</w:tr>";
        var document = WordReportReader.Read(FromBody("<w:tbl>" + string.Concat(Enumerable.Repeat(row, 300)) + "</w:tbl>"), Options with { MaxCells = 10_000 });
        Assert.Equal(WordCodes.TooManyCells, Assert.Single(document.Diagnostics).Code);
        Assert.True(document.Tables.Sum(t => (long)t.RowCount * t.ColumnCount) <= 40_000);
    }

    [Fact]
    public void A_huge_grid_span_is_clamped_never_allocated()
    {
        var document = WordReportReader.Read(FromBody("<w:tbl><w:tr>" + Tc("a") + Tc("b", "<w:gridSpan w:val=\"1000000\"/>") + Tc("c") + "</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"2147483647\"/></w:trPr>" + Tc("d") + "</w:tr></w:tbl>"), Options);
        var table = Assert.Single(document.Tables);
        Assert.Equal(Options.MaxColumns, table.ColumnCount);
        Assert.Equal([(0, 0, 1, "a"), (0, 1, 999, "b")], table.Cells.Select(c => (c.Row, c.Column, c.ColumnSpan, c.Text)));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DocumentCodes.SpanClamped, 1, 2), (diagnostic.Code, diagnostic.Location?.Table, diagnostic.Location?.Cell));
    }

    [Fact]
    public void External_relationships_are_never_followed()
    {
        const string rels =
            "<Relationship Id=\"rIdImg\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"http://127.0.0.1:9/x.png\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rIdSub\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"http://127.0.0.1:9/\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rIdBad\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"mailto:a@b@c::\" TargetMode=\"External\"/>";
        var document = WordReportReader.Read(FromBody(
            "<w:p><w:hyperlink r:id=\"rIdLink\"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p><w:p><w:subDoc r:id=\"rIdSub\"/></w:p>" + P("正文"), documentRels: rels), Options);
        Assert.Equal(["链接", "正文"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((WordCodes.ContentNotRead, DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
    }

    [Fact]
    public void An_embedded_chunk_is_reported_not_read()
    {
        const string rels = "<Relationship Id=\"rIdChunk\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\" Target=\"chunk.html\"/>";
        var document = WordReportReader.Read(FromBody(P("前") + "<w:altChunk r:id=\"rIdChunk\"/>" + P("后"), documentRels: rels,
            extra: [("word/chunk.html", Utf8("<html><body><table><tr><td>9</td></tr></table></body></html>"))]), Options);
        Assert.Equal(["前", "后"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        Assert.Equal(WordCodes.ContentNotRead, Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void Macros_are_ignored_and_the_document_read()
    {
        const string macroMain = "application/vnd.ms-word.document.macroEnabled.main+xml";
        const string rels = "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>";
        var document = WordReportReader.Read(FromBody(P("正文"), documentRels: rels, mainContentType: macroMain,
            extra: [("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3])]), Options);
        Assert.Equal("正文", Assert.IsType<DocumentParagraph>(Assert.Single(document.Blocks)).Text);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((WordCodes.MacrosIgnored, DiagnosticSeverity.Info), (diagnostic.Code, diagnostic.Severity));
    }

    [Fact]
    public void Invalid_attribute_values_do_not_throw()
    {
        var document = WordReportReader.Read(FromBody(
            "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"many\"/></w:trPr>" + Tc("a", "<w:gridSpan w:val=\"x\"/><w:vMerge w:val=\"sideways\"/>") + "</w:tr></w:tbl>"
            + "<w:p><w:pPr><w:outlineLvl w:val=\"-5\"/></w:pPr><w:r><w:rPr><w:vanish w:val=\"maybe\"/></w:rPr><w:sym w:char=\"zz\"/><w:fldChar w:fldCharType=\"odd\"/><w:t>t</w:t></w:r></w:p>"), Options);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DocumentCodes.InternalError);
    }

    /// <summary>
    /// Random damage to generated reports (bytes flipped, cut, zeroed, inserted) never throws, never fails inside the
    /// reader (DF6005), and every result is either a document or one error.
    /// </summary>
    [Fact]
    public void Damaged_reports_never_throw()
    {
        var fixture = Fixtures.Documents("valid-").First();
        var report = DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(Paths.Fixtures, fixture)));
        var random = new Random(20251205);
        foreach (var style in Enum.GetValues<WordFixtureStyle>())
        {
            var original = WordFixtureWriter.Write(report, style);
            // The stored XML too, so that damage reaches the parts' text and not only their compressed bytes.
            var stored = Restore(original, CompressionLevel.NoCompression);
            for (var i = 0; i < 60; i++)
            {
                var bytes = (i % 2 == 0 ? original : stored).ToArray();
                switch (random.Next(4))
                {
                    case 0:
                        for (var k = 0; k < 1 + random.Next(8); k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                        break;
                    case 1:
                        bytes = bytes[..random.Next(bytes.Length)];
                        break;
                    case 2:
                        var at = random.Next(bytes.Length);
                        Array.Clear(bytes, at, Math.Min(bytes.Length - at, random.Next(64)));
                        break;
                    default:
                        var cut = random.Next(bytes.Length);
                        bytes = [.. bytes[..cut], .. "<w:tbl><w:tr>"u8.ToArray(), .. bytes[cut..]];
                        break;
                }

                var document = WordReportReader.Read(bytes, Options);
                Assert.DoesNotContain(document.Diagnostics, d => d.Code == DocumentCodes.InternalError);
            }
        }
    }

    private static byte[] Restore(byte[] package, CompressionLevel level)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return Zip(input.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, m.ToArray());
        }).ToList(), level);
    }

    /// <summary>Writes a false uncompressed size for an entry into its local header and its central directory record.</summary>
    private static void Lie(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, Math.Min(nameBytes.Length, zip.Length - i - 46)).SequenceEqual(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
            }
        }
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
