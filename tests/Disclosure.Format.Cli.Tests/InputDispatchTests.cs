using System.Text;
using System.Text.Json;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Cli.Tests;

/// <summary>
/// Inputs are told by their content as well as their name: HTML (by name or markup) is read as a grid, a ZIP package is
/// Word or Excel by its content types whatever its name, Office 97–2003 files are named and refused with their
/// reader's code, and text and HTML are decoded by detection or by <c>--encoding</c>, from files and from standard input.
/// </summary>
public sealed class InputDispatchTests : IDisposable
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private readonly string folder = Directory.CreateTempSubdirectory("disclosure-dispatch-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static DisclosureReport Sample() =>
        DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(Paths.Samples, "quxian-shangwuju-2023.json")), "sample");

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Code, string Out, string Error) Run(byte[] stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new MemoryStream(stdin), output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static (int Code, string Out, string Error) Run(params string[] args) => Run([], args);

    /// <summary><c>validate --format json</c> on one input: its single result object.</summary>
    private static JsonElement ValidateJson(params string[] args)
    {
        var (_, output, _) = Run(["validate", "--format", "json", .. args]);
        return Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray().ToList());
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.htm")]
    [InlineData("page.txt")]      // markup in a .txt is still a page, read as a grid
    [InlineData("page")]
    public void An_html_page_is_read_as_a_grid_by_name_or_by_markup(string name)
    {
        var path = Write(name, Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(Sample())));
        var result = ValidateJson(path);
        Assert.Equal("html", result.GetProperty("readAs").GetString());
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal("渠县商务局", result.GetProperty("agency").GetString());
        Assert.Equal("utf-8", result.GetProperty("encoding").GetProperty("name").GetString());
    }

    [Fact]
    public void A_gb2312_page_is_decoded_by_its_charset_and_says_so()
    {
        var html = HtmlReportRenderer.Render(Sample()).Replace("charset=\"utf-8\"", "charset=\"gb2312\"", StringComparison.OrdinalIgnoreCase);
        Assert.Contains("gb2312", html, StringComparison.Ordinal);
        var path = Write("gbk.html", Gb18030.GetBytes(html));
        var result = ValidateJson(path);
        Assert.True(result.GetProperty("valid").GetBoolean());
        var encoding = result.GetProperty("encoding");
        Assert.Equal("gb18030", encoding.GetProperty("name").GetString());
        Assert.Equal("Declared", encoding.GetProperty("decidedBy").GetString());
        Assert.Equal("gb2312", encoding.GetProperty("declaredCharset").GetString());
        Assert.Contains(result.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "DF4027");
    }

    [Fact]
    public void A_page_declaring_a_charset_its_bytes_contradict_gets_the_warning()
    {
        var path = Write("wrong-charset.html", Gb18030.GetBytes(HtmlReportRenderer.Render(Sample())));   // says utf-8, is GB18030
        var (code, output, _) = Run("validate", path);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("warning DF4024", output, StringComparison.Ordinal);
        Assert.Contains("info DF4027", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.docx", "word")]
    [InlineData("report.xlsx", "word")]   // a Word package with the wrong extension is still Word
    [InlineData("report.bin", "word")]
    public void A_word_package_is_told_by_its_content_types(string name, string readAs)
    {
        var docx = File.ReadAllBytes(Path.Combine(Paths.Fixtures, "docx", "2021-valid-shili-city-ecology-2023.docx"));
        var result = ValidateJson(Write(name, docx));
        Assert.Equal(readAs, result.GetProperty("readAs").GetString());
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal(2023, result.GetProperty("year").GetInt32());
        Assert.False(result.TryGetProperty("encoding", out _));
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("report.bin")]   // told by %PDF- whatever the name
    public void A_pdf_is_read_by_the_pdf_reader(string name)
    {
        var pdf = File.ReadAllBytes(Path.Combine(Paths.Fixtures, "pdf", "valid-seed-quxian-shangwuju-2023.word.pdf"));
        var result = ValidateJson(Write(name, pdf));
        Assert.Equal("pdf", result.GetProperty("readAs").GetString());
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal("渠县商务局", result.GetProperty("agency").GetString());
        Assert.Equal(2023, result.GetProperty("year").GetInt32());

        // An encrypted PDF named on the command line gives its reader's error.
        var (code, output, _) = Run("validate", Write("locked.pdf", File.ReadAllBytes(Path.Combine(Paths.Fixtures, "pdf", "encrypted.pdf"))));
        Assert.NotEqual(0, code);
        Assert.Contains("DF6301", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.xlsx")]
    [InlineData("report.docx")]   // an Excel package named .docx is still Excel
    public void An_excel_package_is_told_by_its_content_types(string name)
    {
        var result = ValidateJson(Write(name, ExcelReportRenderer.Render(Sample())));
        Assert.Equal("excel", result.GetProperty("readAs").GetString());
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal("渠县商务局", result.GetProperty("agency").GetString());
    }

    [Theory]
    [InlineData("old.doc", "", "DF6101")]
    [InlineData("old.xls", "", "DF6201")]
    [InlineData("old.bin", "W\0o\0r\0k\0b\0o\0o\0k\0", "DF6201")]      // an .xls by its Workbook stream
    [InlineData("old.dat", "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", "DF6101")]
    public void Office_97_2003_files_are_named_and_refused_with_their_reader_s_code(string name, string stream, string expected)
    {
        byte[] ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Latin1.GetBytes(stream), .. new byte[512]];
        var (code, output, _) = Run("validate", Write(name, ole2));
        Assert.Equal(ExitCodes.ProblemsFound, code);
        Assert.Contains($"error {expected}", output, StringComparison.Ordinal);
        Assert.Contains(expected == "DF6101" ? ".docx" : ".xlsx", output, StringComparison.Ordinal); // says what to convert it to
    }

    [Fact]
    public void Encoding_overrides_detection_and_is_shown_in_the_csv()
    {
        var text = File.ReadAllText(Path.Combine(Paths.Samples, "quxian-shangwuju-2023.txt"));
        var path = Write("gbk.txt", Gb18030.GetBytes(text));

        var (detectedCode, detected, _) = Run("import", path, "--format", "csv");
        Assert.Equal(ExitCodes.Ok, detectedCode);
        Assert.Contains("meta,encoding,,,gb18030 (detected)\r\n", detected, StringComparison.Ordinal);

        var (code, specified, _) = Run("import", path, "--format", "csv", "--encoding", "GBK");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("meta,encoding,,,gb18030 (specified)\r\n", specified, StringComparison.Ordinal);
        Assert.Equal(detected.Replace("(detected)", "(specified)", StringComparison.Ordinal), specified);

        var (wrongCode, _, wrong) = Run("import", path, "--encoding", "utf-8");
        Assert.Equal(ExitCodes.ProblemsFound, wrongCode);
        Assert.Contains("error DF4021", wrong, StringComparison.Ordinal);

        var (badCode, _, bad) = Run("import", path, "--encoding", "ebcdic");
        Assert.Equal(ExitCodes.UsageOrIo, badCode);
        Assert.Contains("--encoding ebcdic", bad, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_as_bytes_and_decoded_like_a_file()
    {
        var text = File.ReadAllText(Path.Combine(Paths.Samples, "quxian-shangwuju-2023.txt"));
        var (code, output, error) = Run(Gb18030.GetBytes(text), "import", "-", "--format", "csv");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("meta,agency,,/metadata/agency,渠县商务局\r\n", output, StringComparison.Ordinal);
        Assert.Contains("meta,encoding,,,gb18030 (detected)\r\n", output, StringComparison.Ordinal);
        Assert.Contains("<stdin>(1,1): info DF4027", error, StringComparison.Ordinal);

        var html = Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(Sample()));
        var (htmlCode, htmlOut, _) = Run(html, "validate", "-", "--format", "json");
        Assert.Equal(ExitCodes.Ok, htmlCode);
        Assert.Equal("html", JsonDocument.Parse(htmlOut).RootElement[0].GetProperty("readAs").GetString());
    }

    [Fact]
    public void A_folder_holds_pages_word_and_excel_files_too()
    {
        Write("a.html", Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(Sample())));
        Write("b.docx", File.ReadAllBytes(Path.Combine(Paths.Fixtures, "docx", "2021-valid-shili-city-ecology-2023.docx")));
        Write("c.xlsx", ExcelReportRenderer.Render(Sample()));
        Write("d.htm", Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(Sample())));
        Write("e.png", [0x89, 0x50, 0x4E, 0x47]);
        var errors = new List<string>();
        var inputs = Inputs.Expand([folder], errors);
        Assert.Empty(errors);
        Assert.Equal(["a.html", "b.docx", "c.xlsx", "d.htm"], inputs.Select(i => Path.GetFileName(i.Path!)));
        Assert.All(inputs, i => Assert.True(i.Found));

        var (code, _, error) = Run("validate", folder);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("checked 4 report(s): 4 without errors", error, StringComparison.Ordinal);
    }
}

/// <summary><see cref="InputFormats.Detect"/> on the edges: content before name, and what each signature means.</summary>
public sealed class InputFormatDetectionTests
{
    [Theory]
    [InlineData("%PDF-1.7\n", "x.txt", "Pdf")]
    [InlineData("\r\n\r\njunk%PDF-1.4\n", null, "Pdf")]           // a header after a few junk bytes
    [InlineData("\uFEFF{\"edition\":\"2021\"}", null, "Json")]     // standard input: JSON by its first character
    [InlineData("{\"edition\":\"2021\"}", "r.txt", "Text")]       // a .txt is never taken for JSON
    [InlineData("[链接]\n", "r.json", "Json")]                     // a .json is JSON (its reader says what is wrong)
    [InlineData("  <!DOCTYPE html><html>", "r.md", "Html")]
    [InlineData("<p>一、总体情况</p>", null, "Html")]
    [InlineData("<报告>", null, "Text")]                           // a bracket is not markup
    [InlineData("", null, "Text")]
    [InlineData("一、总体情况", "r.html", "Html")]
    public void Content_and_name_give_the_format(string content, string? path, string expected) =>
        Assert.Equal(expected, InputFormats.Detect(Encoding.UTF8.GetBytes(content), path).ToString());

    [Fact]
    public void Utf16_markup_is_seen_through_its_byte_order_mark() =>
        Assert.Equal(InputFormat.Html, InputFormats.Detect([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<html><body>")], null));

    [Fact]
    public void A_zip_that_is_neither_word_nor_excel_goes_to_the_word_reader_which_names_it()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("ppt/presentation.xml").Open());
            writer.Write("<p:presentation/>");
        }

        var bytes = buffer.ToArray();
        Assert.Equal(InputFormat.Word, InputFormats.Detect(bytes, "slides.pptx"));
        Assert.Equal(InputFormat.Excel, InputFormats.Detect(bytes, "book.xlsx"));   // no content types: the name decides
        var folder = Directory.CreateTempSubdirectory("disclosure-zip-").FullName;
        try
        {
            var path = Path.Combine(folder, "slides.pptx");
            File.WriteAllBytes(path, bytes);
            var error = new StringWriter();
            var code = CliApp.Run(["validate", path], new CliConsole(new StringReader(""), error, new StringWriter()));
            Assert.Equal(ExitCodes.ProblemsFound, code);
            Assert.Contains("error DF6103", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
