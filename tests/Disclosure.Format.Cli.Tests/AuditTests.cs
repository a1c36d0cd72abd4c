using System.Text;
using System.Text.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Cli.Tests;

/// <summary><c>disclosure audit</c> on tests/fixtures/audit (known answers) and on the shared corpus.</summary>
public sealed class AuditTests
{
    private static string AuditFixtures => Path.Combine(Paths.Fixtures, "audit");

    private static (int Code, string Out, string Error) Run(bool terminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new StringReader(""), output, error, terminal));
        return (code, output.ToString(), error.ToString());
    }

    private static (int Code, string Out, string Error) Run(params string[] args) => Run(false, args);

    /// <summary>The output with the fixture folder written as &lt;audit&gt;, so the snapshot does not depend on the clone's place.</summary>
    private static string Relative(string text) => text.Replace(AuditFixtures + Path.DirectorySeparatorChar, "<audit>/", StringComparison.Ordinal)
        .Replace(Path.DirectorySeparatorChar == '\\' ? "\\" : "\u0000", "/", StringComparison.Ordinal);

    [Theory]
    [InlineData("示例县人民政府办公室", "示例县政府办公室")]
    [InlineData("示例县政府办", "示例县政府办公室")]
    [InlineData("示例县府办", "示例县政府办公室")]
    [InlineData("示例县人民政府办公室（县政务公开办）", "示例县政府办公室")]
    [InlineData("示例县人民政府办公室(县政务公开办)", "示例县政府办公室")]
    [InlineData("【已更名】示例市 生态环境局", "示例市生态环境局")]
    [InlineData("示例市生态环境局〔示例市环保局（原）〕", "示例市生态环境局")]
    [InlineData("示例县城关镇人民政府", "示例县城关镇政府")]
    [InlineData("示例省人民政府办公厅", "示例省政府办公厅")]
    [InlineData("平潭综合实验区　自然资源与生态环境局", "平潭综合实验区自然资源与生态环境局")]
    [InlineData("示例县人民政府办公室（未闭合", "示例县政府办公室")]
    [InlineData("", "")]
    [InlineData("  ", "")]
    [InlineData(null, "")]
    public void Agency_names_are_normalised_for_grouping(string? name, string key) =>
        Assert.Equal(key, AgencyNames.Normalize(name));

    [Fact]
    public void A_renamed_agency_is_not_guessed_to_be_the_same()
    {
        Assert.NotEqual(AgencyNames.Normalize("平潭综合实验区国有资产管理局"), AgencyNames.Normalize("平潭综合实验区投资促进局"));
        Assert.NotEqual(AgencyNames.Normalize("示例省人民政府办公厅"), AgencyNames.Normalize("示例省人民政府办公室"));
    }

    [Fact]
    public void The_audit_of_the_fixtures_gives_the_known_findings()
    {
        var (code, output, error) = Run("audit", AuditFixtures);
        Assert.Equal(ExitCodes.ProblemsFound, code);
        Assert.Equal("audited 7 report(s) of 3 agencies, 2019–2023: 6 without errors, 1 with errors, 0 unreadable; 8 warning(s); 4 consecutive-year pair(s) checked, 0 with errors\n", error);
        Snapshot.Match(Relative(output));
    }

    [Fact]
    public void The_json_audit_groups_by_agency_and_year_and_pairs_consecutive_years()
    {
        var (code, output, _) = Run("audit", AuditFixtures, "--format", "json");
        Assert.Equal(ExitCodes.ProblemsFound, code);
        Assert.EndsWith("}\n", output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(7, root.GetProperty("reports").GetArrayLength());
        var agencies = root.GetProperty("agencies").EnumerateArray().ToDictionary(a => a.GetProperty("agencyKey").GetString()!);
        Assert.Equal(["示例县政府办公室", "示例市住房和城乡建设局", "示例市生态环境局"], agencies.Keys.Order(StringComparer.Ordinal));
        // 示例县人民政府办公室（县政务公开办） (2022) and 示例县政府办 (2023) are one agency.
        var office = agencies["示例县政府办公室"].GetProperty("years").EnumerateArray().ToList();
        Assert.Equal([2022, 2023], office.Select(y => y.GetProperty("year").GetInt32()));
        Assert.True(office[1].GetProperty("checkedAgainstPreviousYear").GetBoolean());
        Assert.Equal(4, office[1].GetProperty("crossYearWarnings").GetInt32());
        // 2019 → 2020 → 2021 across the edition change.
        var housing = agencies["示例市住房和城乡建设局"].GetProperty("years").EnumerateArray().ToList();
        Assert.Equal(["2019", "2019", "2021"], housing.Select(y => y.GetProperty("edition").GetString()));
        Assert.Equal([false, true, true], housing.Select(y => y.GetProperty("checkedAgainstPreviousYear").GetBoolean()));
        // Indicators: applications received (new + carried over) each year; the growth of new applications once the
        // previous year is known (2019: 55 new, 2020: 71), blank in the first year.
        Assert.Equal(57m, housing[0].GetProperty("indicators").GetProperty("DFI001").GetDecimal());
        Assert.Equal(JsonValueKind.Null, housing[0].GetProperty("indicators").GetProperty("DFI010").ValueKind);
        Assert.Equal(Math.Round(16m / 55m, 12), Math.Round(housing[1].GetProperty("indicators").GetProperty("DFI010").GetDecimal(), 12));

        var pairs = root.GetProperty("crossYear").EnumerateArray().ToList();
        Assert.Equal(4, pairs.Count);
        var ecology = pairs.Single(p => p.GetProperty("agencyKey").GetString() == "示例市生态环境局");
        Assert.Equal(2022, ecology.GetProperty("previousYear").GetInt32());
        var codes = ecology.GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("code").GetString(), d.GetProperty("pointer").GetString())).ToList();
        Assert.Contains(("DF3001", "/applications/carriedOver/total"), codes);
        Assert.Contains(("DF3002", "/proactiveDisclosure/normativeDocuments/inForce"), codes);

        var errors = root.GetProperty("reports").EnumerateArray().Single(r => !r.GetProperty("valid").GetBoolean());
        Assert.EndsWith("ecology-2023-errors.json", errors.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(["DF1002", "DF1003", "DF1005"],
            errors.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() == "error").Select(d => d.GetProperty("code").GetString()));
        var summary = root.GetProperty("summary");
        Assert.Equal(7, summary.GetProperty("reports").GetInt32());
        Assert.Equal(4, summary.GetProperty("consecutivePairs").GetInt32());
    }

    [Fact]
    public void The_csv_audit_is_one_rfc_4180_row_per_finding()
    {
        var (code, output, _) = Run("audit", AuditFixtures, "--format", "csv");
        Assert.Equal(ExitCodes.ProblemsFound, code);
        Assert.StartsWith("\uFEFFrecord,file,agency,agency_key,year,edition,code,severity,pointer,line,column,expected,actual,value,message,message_zh\r\n", output, StringComparison.Ordinal);
        var rows = output.TrimStart('\uFEFF').Split("\r\n")[1..^1];
        Assert.Equal(8, rows.Count(r => r.StartsWith("cross-year,", StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.StartsWith("diagnostic,", StringComparison.Ordinal) && r.Contains(",示例市生态环境局,2023,2021,DF1002,error,/applications/outcomes/total/total,,,129,128,,", StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_is_shown_only_on_a_terminal()
    {
        var (_, _, quiet) = Run(false, "audit", AuditFixtures, "--format", "json");
        Assert.DoesNotContain("\r", quiet, StringComparison.Ordinal);
        var (_, _, terminal) = Run(true, "audit", AuditFixtures, "--format", "json");
        Assert.Contains("\r[1/7] ", terminal, StringComparison.Ordinal);
        Assert.Contains("\r[7/7] ", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_page_is_self_contained_and_reaches_every_finding()
    {
        var folder = Directory.CreateTempSubdirectory("disclosure-audit-").FullName;
        try
        {
            var page = Path.Combine(folder, "audit.html");
            var (code, output, _) = Run("audit", AuditFixtures, "--html", page, "--format", "json");
            Assert.Equal(ExitCodes.ProblemsFound, code);
            Assert.NotEqual("", output);
            var html = File.ReadAllText(page, Encoding.UTF8);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
            Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
            foreach (var loads in new[] { "<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "http:", "https:" })
            {
                Assert.DoesNotContain(loads, html, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotMatch("href=\"[^#]", html);
            // Agencies by year, each finding with its cell (labels and pointer), its source and its figures.
            Assert.Contains(">示例市生态环境局</a></th>", html, StringComparison.Ordinal);
            Assert.Contains("<td class=\"err\"><a href=\"#", html, StringComparison.Ordinal);
            Assert.Contains("T3 三、本年度办理结果 / （七）总计 · 总计<br><code class=\"ptr\">/applications/outcomes/total/total</code>", html, StringComparison.Ordinal);
            Assert.Contains("应为 expected 129 · 实为 actual 128", html, StringComparison.Ordinal);
            Assert.Contains("ecology-2023-errors.json</code>", html, StringComparison.Ordinal);
            Assert.Contains("与上年对照 Against 2022", html, StringComparison.Ordinal);
            Assert.Contains("<code>DFI010</code>", html, StringComparison.Ordinal);
            Assert.Contains("<svg class=\"spark\"", html, StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_sparkline_breaks_at_a_blank_year()
    {
        var svg = AuditHtmlSpool.Sparkline([2019, 2020, 2021, 2022], [1m, 2m, null, 4m]);
        Assert.StartsWith("<svg class=\"spark\"", svg, StringComparison.Ordinal);
        Assert.Equal(1, svg.Split("<polyline").Length - 1); // 2019–2020 joined; 2022 alone after the blank
        Assert.Equal(3, svg.Split("<circle").Length - 1);
        Assert.Contains("aria-label=\"2019: 1, 2020: 2, 2021: —, 2022: 4\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void An_audit_needs_a_folder_with_reports()
    {
        var folder = Directory.CreateTempSubdirectory("disclosure-audit-empty-").FullName;
        try
        {
            var (code, output, error) = Run("audit", folder);
            Assert.Equal(ExitCodes.UsageOrIo, code);
            Assert.Equal("", output);
            Assert.Contains("no report file in the folder or its subfolders", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_corpus_audit_groups_sixteen_agencies_and_pairs_the_consecutive_years()
    {
        var shared = Paths.Shared;
        if (shared is null || !Directory.Exists(Path.Combine(shared, "corpus")))
        {
            Assert.Skip("../shared/corpus is not available here.");
            return;
        }

        var (code, output, error) = Run("audit", Path.Combine(shared, "corpus", "*.txt"), "--format", "json");
        Assert.Equal(ExitCodes.ProblemsFound, code);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(26, root.GetProperty("reports").GetArrayLength());
        var agencies = root.GetProperty("agencies").EnumerateArray().ToList();
        Assert.Equal(16, agencies.Count);
        // The one consecutive pair: 社会事业局 2020 (2019 edition) → 2021 (2021 edition).
        var pair = Assert.Single(root.GetProperty("crossYear").EnumerateArray());
        Assert.Equal("平潭综合实验区社会事业局", pair.GetProperty("agencyKey").GetString());
        Assert.Equal(2020, pair.GetProperty("previousYear").GetInt32());
        // 104, 107, 120 and 121 publish tables that do not add up.
        var invalid = root.GetProperty("reports").EnumerateArray().Where(r => !r.GetProperty("valid").GetBoolean())
            .Select(r => Path.GetFileName(r.GetProperty("file").GetString()!)[..4]).ToList();
        foreach (var broken in new[] { "104-", "107-", "120-", "121-" }) Assert.Contains(broken, invalid);
        Assert.Contains("audited 26 report(s) of 16 agencies, 2019–2025", error, StringComparison.Ordinal);
    }
}
