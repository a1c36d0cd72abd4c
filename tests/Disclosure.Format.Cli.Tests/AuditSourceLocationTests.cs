using System.Text;
using System.Text.Json;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Json;
using Disclosure.Format.Rendering;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Cli.Tests;

/// <summary>
/// The rules' findings on a text, a page or a Word file point at the place in the source the cell was read from: the
/// line and column of the text, the table, row and cell of the page (and the line of its tag) or of the Word file.
/// </summary>
public sealed class AuditSourceLocationTests : IDisposable
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private readonly string folder = Directory.CreateTempSubdirectory("disclosure-audit-locations-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The fixture's DF1003: 总计 47 of 三、（一）予以公开 where its parts add up to 46.</summary>
    private static Model.DisclosureReport Report() =>
        DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(Paths.Fixtures, "2021", "arith-row-and-case-totals.json")), "fixture");

    /// <summary>The location of the audit's DF1003 at /applications/outcomes/disclosed/total for one input.</summary>
    private static JsonElement Df1003(string root, string file)
    {
        var report = JsonDocument.Parse(root).RootElement.GetProperty("reports").EnumerateArray()
            .Single(r => r.GetProperty("file").GetString()!.EndsWith(file, StringComparison.Ordinal));
        return report.GetProperty("diagnostics").EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == "DF1003" && d.GetProperty("pointer").GetString() == "/applications/outcomes/disclosed/total")
            .GetProperty("location");
    }

    [Fact]
    public void Rule_findings_point_at_the_cell_in_the_text_the_page_and_the_word_file()
    {
        var report = Report();
        var text = ReportTextRenderer.RenderReport(report, TextShape.TabSeparated);
        File.WriteAllText(Path.Combine(folder, "r.txt"), text);
        File.WriteAllBytes(Path.Combine(folder, "gbk.txt"), Gb18030.GetBytes(text));
        File.WriteAllText(Path.Combine(folder, "r.html"), HtmlReportRenderer.Render(report));
        File.WriteAllBytes(Path.Combine(folder, "r.docx"), WordReportRenderer.Render(report));
        File.WriteAllBytes(Path.Combine(folder, "r.xlsx"), ExcelReportRenderer.Render(report));
        File.Copy(Path.Combine(Paths.Fixtures, "2021", "arith-row-and-case-totals.json"), Path.Combine(folder, "r.json"));
        var (_, json, _) = Run("audit", folder, "--format", "json");

        // Text: the line of the （一）予以公开 row, the column where its 总计 (the last of its seven values, 47) starts.
        var lines = text.Split('\n');
        var row = Array.FindIndex(lines, l => l.Contains("（一）予以公开", StringComparison.Ordinal) && l.Contains('\t'));
        Assert.True(row >= 0);
        foreach (var file in (string[])["r.txt", "gbk.txt"])
        {
            var at = Df1003(json, file);
            Assert.Equal(row + 1, at.GetProperty("line").GetInt32());
            Assert.Equal(lines[row].TrimEnd('\r').LastIndexOf("47", StringComparison.Ordinal) + 1, at.GetProperty("column").GetInt32());
        }

        // A page and a Word file: the table (三 is the second), its row and cell; the page also the line of the cell's tag.
        var page = Df1003(json, "r.html");
        Assert.Equal(2, page.GetProperty("table").GetInt32());
        Assert.True(page.GetProperty("line").GetInt32() > 1);
        var word = Df1003(json, "r.docx");
        Assert.Equal(2, word.GetProperty("table").GetInt32());
        Assert.Equal(page.GetProperty("row").GetInt32(), word.GetProperty("row").GetInt32());
        Assert.Equal(page.GetProperty("cell").GetInt32(), word.GetProperty("cell").GetInt32());
        var sheet = Df1003(json, "r.xlsx");
        Assert.False(string.IsNullOrEmpty(sheet.GetProperty("address").GetString()));

        // JSON has no source to point into: the finding keeps its pointer only.
        var fromJson = JsonDocument.Parse(json).RootElement.GetProperty("reports").EnumerateArray()
            .Single(r => r.GetProperty("file").GetString()!.EndsWith("r.json", StringComparison.Ordinal))
            .GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "DF1003");
        Assert.False(fromJson.TryGetProperty("location", out _));

        // The text output and validate say the same place.
        var (_, textOut, _) = Run("validate", Path.Combine(folder, "r.txt"));
        Assert.Contains($"r.txt({row + 1},", textOut, StringComparison.Ordinal);
        Assert.Contains("error DF1003 at /applications/outcomes/disclosed/total", textOut, StringComparison.Ordinal);
        var df1003 = textOut.Split('\n').Single(l => l.Contains("DF1003 at /applications/outcomes/disclosed/total", StringComparison.Ordinal));
        Assert.StartsWith($"{Path.Combine(folder, "r.txt")}({row + 1},", df1003, StringComparison.Ordinal);
    }
}
