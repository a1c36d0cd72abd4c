using System.Text;
using System.Text.Json;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Rendering;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Cli.Tests;

/// <summary>
/// A folder's files that are not reports (a README describing the reports, a note) are skipped and listed once with
/// the reason, in every output; named on the command line they are an error (DF4000). Every fixture, in every format
/// the tool reads, and every corpus report still counts as a report.
/// </summary>
public sealed class NotAReportTests : IDisposable
{
    /// <summary>A README such as a collection of reports has: it quotes a row label and a figure, as the corpus's does.</summary>
    private const string CollectionReadme = """
        # Reports of 示例市 departments

        Each file is one department's 政府信息公开工作年度报告, as published.

        - 2021: the 生态环境局 report has a wrong （七）总计 12 in its applications table.
        - The 三、本年度办理结果 rows were checked by hand.
        """;

    private const string Note = "会议记录：下周一前核对各单位报送的数字，共 12 份。\nCall 张三 about the totals.\n";

    private readonly string folder = Directory.CreateTempSubdirectory("disclosure-not-a-report-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Fixture(string edition, string name) => Path.Combine(Paths.Fixtures, edition, name);

    /// <summary>Three reports (JSON, text, an HTML page), the repository's README, a collection README and a note.</summary>
    private void FillFolder()
    {
        File.Copy(Fixture("2021", "valid-shili-city-ecology-2023.json"), Path.Combine(folder, "ecology-2023.json"));
        File.Copy(Fixture("2021", "valid-seed-quxian-shangwuju-2023.txt"), Path.Combine(folder, "quxian-2023.txt"));
        var township = DisclosureJson.Deserialize(File.ReadAllText(Fixture("2021", "valid-shili-township-2021.json")), "township");
        File.WriteAllText(Path.Combine(folder, "township-2021.html"), HtmlReportRenderer.Render(township));
        File.Copy(Path.Combine(Paths.RepositoryRoot, "README.md"), Path.Combine(folder, "README.md"));
        File.WriteAllText(Path.Combine(folder, "ABOUT.md"), CollectionReadme);
        File.WriteAllText(Path.Combine(folder, "note.txt"), Note);
    }

    [Fact]
    public void Validate_skips_the_folder_s_non_reports_and_lists_them_once()
    {
        FillFolder();
        var (code, output, error) = Run("validate", folder);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("checked 3 report(s): 3 without errors, 0 with errors, 0 unreadable;", error, StringComparison.Ordinal);
        Assert.Contains("; 3 file(s) skipped (not reports)", error, StringComparison.Ordinal);
        foreach (var name in (string[])["README.md", "ABOUT.md", "note.txt"])
        {
            var path = Path.Combine(folder, name);
            Assert.Single(output.Split('\n'), l => l.Contains(path, StringComparison.Ordinal));
            Assert.Contains($"{path}: skipped: not a report (DF4000)", output, StringComparison.Ordinal);
        }

        var (_, json, _) = Run("validate", folder, "--format", "json");
        var results = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        Assert.Equal(6, results.Count);
        var skipped = results.Where(r => r.TryGetProperty("skipped", out _)).ToList();
        Assert.Equal(["ABOUT.md", "README.md", "note.txt"], skipped.Select(r => Path.GetFileName(r.GetProperty("file").GetString()!)).Order(StringComparer.Ordinal));
        Assert.All(skipped, r => Assert.StartsWith("not a report (DF4000)", r.GetProperty("reason").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_lists_the_skipped_files_in_text_json_csv_and_the_page()
    {
        FillFolder();
        var (code, text, error) = Run("audit", folder);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("audited 3 report(s)", error, StringComparison.Ordinal);
        Assert.Contains("; 3 file(s) skipped (not reports)", error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(folder, "README.md")}: skipped: not a report (DF4000)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DF2014", text, StringComparison.Ordinal);   // no year-0 report was made of the README

        var (_, json, _) = Run("audit", folder, "--format", "json");
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(3, root.GetProperty("reports").GetArrayLength());
        var skipped = root.GetProperty("summary").GetProperty("skipped").EnumerateArray().ToList();
        Assert.Equal(3, skipped.Count);
        Assert.Contains(skipped, s => s.GetProperty("file").GetString()!.EndsWith("note.txt", StringComparison.Ordinal));

        var (_, csv, _) = Run("audit", folder, "--format", "csv");
        var rows = csv.Split("\r\n").Where(r => r.StartsWith("skipped,", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Contains("not a report (DF4000)", r, StringComparison.Ordinal));

        var page = Path.Combine(folder, "audit.html");
        Run("audit", folder, "--html", page);
        var html = File.ReadAllText(page);
        Assert.Contains("Files skipped: not reports", html, StringComparison.Ordinal);
        Assert.Contains("ABOUT.md", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_writes_no_output_for_a_non_report_and_says_why()
    {
        FillFolder();
        var outFolder = Path.Combine(folder, "out");
        var (code, _, error) = Run("import", folder, "--out", outFolder);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["ecology-2023.json", "quxian-2023.json", "township-2021.json"], Directory.GetFiles(outFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("imported 3 of 3 input(s)", error, StringComparison.Ordinal);
        Assert.Contains("skipped 3 file(s) that are not reports: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_report_named_on_the_command_line_is_an_error()
    {
        FillFolder();
        foreach (var name in (string[])["README.md", "ABOUT.md", "note.txt"])
        {
            var (code, output, error) = Run("validate", Path.Combine(folder, name));
            Assert.Equal(ExitCodes.ProblemsFound, code);
            Assert.Contains("error DF4000", output, StringComparison.Ordinal);
            Assert.Contains("1 unreadable", error, StringComparison.Ordinal);
            Assert.DoesNotContain("DF2014", output, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var edition in (string[])["2019", "2021"])
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Paths.Fixtures, edition), "valid-*.json").Order(StringComparer.Ordinal))
            {
                data.Add(edition, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_in_every_format_the_tool_reads_is_a_report(string edition, string file)
    {
        var report = DisclosureJson.Deserialize(File.ReadAllText(Fixture(edition, file)), file);
        var forms = new (string Name, byte[] Bytes)[]
        {
            ("r.txt", Encoding.UTF8.GetBytes(ReportTextRenderer.RenderReport(report, TextShape.TabSeparated))),
            ("r.md", Encoding.UTF8.GetBytes(ReportTextRenderer.RenderMarkdown(report))),
            ("r.html", Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(report))),
            ("r.docx", WordReportRenderer.Render(report)),
            ("r.xlsx", ExcelReportRenderer.Render(report)),
        };
        foreach (var (name, bytes) in forms)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            var loaded = ReportLoader.Load(new InputFile(path, path, Found: true), new CliConsole(new StringReader(""), TextWriter.Null, TextWriter.Null), ReadSettings.Default);
            Assert.True(loaded.SkippedBecause is null, $"{file} as {name}: {loaded.SkippedBecause}");
            Assert.NotNull(loaded.Report);
            Assert.NotEqual(ReportEvidence.None, loaded.Import!.Evidence);
        }
    }

    [Fact]
    public void Every_text_fixture_and_every_corpus_report_is_a_report()
    {
        var files = Directory.EnumerateFiles(Paths.Fixtures, "*.txt", SearchOption.AllDirectories).ToList();
        if (Paths.Shared is { } shared && Directory.Exists(Path.Combine(shared, "corpus")))
        {
            var corpus = Path.Combine(shared, "corpus");
            files.AddRange(Directory.EnumerateFiles(corpus, "*.txt"));
            files.AddRange(Directory.EnumerateFiles(corpus, "*.html"));
            if (Directory.Exists(Path.Combine(corpus, "html"))) files.AddRange(Directory.EnumerateFiles(Path.Combine(corpus, "html"), "*.html"));
            Assert.True(files.Count >= 37, $"{files.Count} files");
        }

        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var loaded = ReportLoader.Load(new InputFile(path, path, Found: true), new CliConsole(new StringReader(""), TextWriter.Null, TextWriter.Null), ReadSettings.Default);
            Assert.True(loaded.SkippedBecause is null, $"{path}: {loaded.SkippedBecause}");
            Assert.NotEqual(ReportEvidence.None, loaded.Import!.Evidence);
        }
    }

    [Fact]
    public void Evidence_is_the_title_line_or_a_table_and_a_readme_shows_neither()
    {
        var report = DisclosureJson.Deserialize(File.ReadAllText(Fixture("2021", "valid-shili-city-ecology-2023.json")), "r");
        var text = ReportTextRenderer.RenderReport(report, TextShape.TabSeparated);
        Assert.Equal(ReportEvidence.TitleLine | ReportEvidence.Table, ReportTextImporter.Import(text).Evidence);

        // The tables without the title: a report still (its tables are there).
        var start = text.IndexOf("一、总体情况", StringComparison.Ordinal);
        Assert.Equal(ReportEvidence.Table, ReportTextImporter.Import(text[start..]).Evidence);

        // The title and prose without a table: the title shows it.
        var titleOnly = report.Metadata.Title + "\n\n一、总体情况\n本机关认真贯彻条例。\n";
        var withTitle = ReportTextImporter.Import(titleOnly);
        Assert.True(withTitle.Report is null || withTitle.Evidence == ReportEvidence.TitleLine);

        // The README of a collection: a report could be built (a quoted row and a figure), but it is not one.
        var readme = ReportTextImporter.Import(CollectionReadme);
        Assert.Equal(ReportEvidence.None, readme.Evidence);
        Assert.Equal(ReportEvidence.None, ReportTextImporter.Import(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "README.md"))).Evidence);
        Assert.Equal(ReportEvidence.None, ReportTextImporter.Import(Note).Evidence);
    }
}
