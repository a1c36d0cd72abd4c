using System.Text.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Cli.Tests;

/// <summary><c>disclosure compare</c> and <c>disclosure rollup</c> against the fixtures' known answers (tests/fixtures/compare, rollup).</summary>
public sealed class CompareAndRollupTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Compare(string name) => Path.Combine(Paths.Fixtures, "compare", name);

    private static string Rollup(string name) => Path.Combine(Paths.Fixtures, "rollup", name);

    private static string[] Children => [Rollup("child-caizheng.json"), Rollup("child-gongan.json"), Rollup("child-jiaoyu.json")];

    [Fact]
    public void Compare_as_json_gives_every_cell_of_the_known_answer()
    {
        var (code, output, error) = Run("compare", Compare("housing-2022.json"), Compare("housing-2023.json"), "--format", "json");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.EndsWith("}\n", output, StringComparison.Ordinal);
        Assert.Equal("compared 200 cell(s): 25 changed, 173 unchanged, 2 not comparable (blank)\n", error);
        using var actual = JsonDocument.Parse(output);
        using var expected = JsonDocument.Parse(File.ReadAllText(Compare("housing-2022-to-2023.expected.json")));
        var listed = expected.RootElement.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("pointer").GetString()!);
        var cells = actual.RootElement.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(200, cells.Count);
        foreach (var cell in cells)
        {
            var pointer = cell.GetProperty("pointer").GetString()!;
            if (listed.TryGetValue(pointer, out var known))
            {
                foreach (var name in new[] { "previous", "current", "difference", "relativeChange" })
                {
                    Assert.Equal(known.GetProperty(name).ToString(), cell.GetProperty(name).ToString());
                }

                Assert.Equal(known.GetProperty("status").GetString(), cell.GetProperty("status").GetString());
            }
            else
            {
                Assert.Equal("Comparable", cell.GetProperty("status").GetString());
                Assert.Equal(0m, cell.GetProperty("difference").GetDecimal());
            }
        }

        Assert.Equal("示例市住房和城乡建设局", actual.RootElement.GetProperty("current").GetProperty("agency").GetString());
        Assert.False(actual.RootElement.GetProperty("crossesEditions").GetBoolean());
    }

    [Fact]
    public void Compare_as_text_lists_the_changes_with_labels_and_never_a_change_from_a_blank()
    {
        var (code, output, _) = Run("compare", Compare("housing-2022.json"), Compare("housing-2023.json"));
        Assert.Equal(ExitCodes.Ok, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2 + 27, lines.Length); // two header lines, 25 changes and 2 blank cells
        Assert.Contains("T3 一、本年新收政府信息公开申请数量 · 总计: 50 → 75 (+25, +50.0%)", lines);
        Assert.Contains("T2 第二十条第（六）项 / 行政强制 · 本年处理决定数量: 0 → 3 (+3, from 0)", lines);
        Assert.Contains(lines, l => l.StartsWith("T3 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 · 其他: — → 0 (not comparable: the previous cell is blank", StringComparison.Ordinal));
        var (_, everything, _) = Run("compare", Compare("housing-2022.json"), Compare("housing-2023.json"), "--all");
        Assert.Equal(2 + 200, everything.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Compare_as_csv_is_one_rfc_4180_row_per_cell()
    {
        var (code, output, _) = Run("compare", Compare("housing-2022.json"), Compare("housing-2023.json"), "--format", "csv");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("\uFEFFtable,row,column,pointer,previous,current,status,difference,relative_change\r\n", output, StringComparison.Ordinal);
        var rows = output.Split("\r\n")[1..^1];
        Assert.Equal(200, rows.Length);
        Assert.Contains("T2,第二十条第（八）项 / 行政事业性收费,本年收费金额（单位：万元）,/proactiveDisclosure/administrativeFees/amount,120.5,96.4,Comparable,-24.1,-0.2", rows);
        Assert.EndsWith(",/applications/outcomes/withheld/internalAffairs/legalServiceProvider,0,,CurrentBlank,,",
            rows.Single(r => r.Contains("/withheld/internalAffairs/legalServiceProvider,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_across_the_edition_change_says_what_is_not_comparable()
    {
        var (code, output, error) = Run("compare", Path.Combine(Paths.Fixtures, "2019", "valid-shili-housing-2020.json"),
            Path.Combine(Paths.Fixtures, "2021", "valid-shili-housing-2021.json"), "--format", "json");
        Assert.Equal(ExitCodes.Ok, code);
        using var document = JsonDocument.Parse(output);
        Assert.True(document.RootElement.GetProperty("crossesEditions").GetBoolean());
        Assert.Equal(176, document.RootElement.GetProperty("cells").GetArrayLength());
        Assert.Equal("T2", Assert.Single(document.RootElement.GetProperty("notComparable").EnumerateArray()).GetProperty("table").GetString());
        Assert.Contains("1 part(s) not comparable across editions", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("compare", "one.json")]
    [InlineData("compare", "no-such.json", "other.json")]
    [InlineData("compare", "a.json", "b.json", "c.json")]
    public void Compare_needs_two_reports(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Equal("", output);
        Assert.StartsWith("disclosure: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_of_an_unreadable_report_exits_1()
    {
        var (code, output, error) = Run("compare", Path.Combine(Paths.Fixtures, "2021", "invalid-negative-count.json"), Compare("housing-2023.json"));
        Assert.Equal(ExitCodes.ProblemsFound, code);
        Assert.Equal("", output);
        Assert.Contains("DF0007", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_writes_the_sum_as_a_report_with_the_known_values()
    {
        var (code, output, error) = Run(["rollup", .. Children, "--agency", "示例县各部门合计"]);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("summed 3 report(s) into 200 cell(s); 1 with a blank part (left blank)\n", error);
        var report = Json.DisclosureJson.Deserialize(output);
        Assert.Equal("示例县各部门合计", report.Metadata.Agency);
        Assert.Equal(2023, report.Metadata.Year);
        using var expected = JsonDocument.Parse(File.ReadAllText(Rollup("county-2023.expected.json")));
        var listed = expected.RootElement.GetProperty("rollUp").EnumerateArray()
            .ToDictionary(c => c.GetProperty("pointer").GetString()!, c => c.GetProperty("value").ValueKind == JsonValueKind.Null ? (decimal?)null : c.GetProperty("value").GetDecimal());
        foreach (var cell in Layout.LayoutCatalog.Edition2021.Cells)
        {
            Assert.Equal(listed.TryGetValue(cell.Pointer, out var value) ? value : 0m, cell.GetValue(report));
        }

        // The report written is a report like any other: the tool reads and validates it.
        var file = Path.Combine(Path.GetTempPath(), $"rollup-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, output);
            Assert.Equal(ExitCodes.Ok, Run("validate", file).Code);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Rollup_can_sum_blanks_as_zero_and_says_so()
    {
        var (code, output, _) = Run(["rollup", .. Children, "--blanks-as-zero", "--format", "csv"]);
        Assert.Equal(ExitCodes.Ok, code);
        var row = output.Split("\r\n").Single(r => r.Contains("/proactiveDisclosure/administrativeCoercion/decisions", StringComparison.Ordinal));
        Assert.EndsWith(",2,Sum,示例县财政局; 示例县教育局,示例县公安局,true", row, StringComparison.Ordinal);
        var (_, text, _) = Run(["rollup", .. Children, "--format", "text"]);
        Assert.Contains("T2 第二十条第（六）项 / 行政强制 · 本年处理决定数量: — (blank in 示例县公安局)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_with_a_parent_checks_it_against_its_children()
    {
        var (code, output, error) = Run(["rollup", .. Children, "--parent", Rollup("parent-county.json"), "--expect", "财政局", "公安局", "教育局", "卫生健康局"]);
        Assert.Equal(ExitCodes.ProblemsFound, code);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.False(root.GetProperty("agrees").GetBoolean());
        Assert.Equal(["卫生健康局"], root.GetProperty("missingChildren").EnumerateArray().Select(e => e.GetString()));
        using var expected = JsonDocument.Parse(File.ReadAllText(Rollup("county-2023.expected.json")));
        Assert.Equal(
            expected.RootElement.GetProperty("hierarchy").GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("code").GetString(), d.GetProperty("pointer").GetString())),
            root.GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("code").GetString(), d.GetProperty("pointer").GetString())));
        var differs = root.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("status").GetString() == "Differs").ToList();
        Assert.Equal(["/applications/newlyReceived/naturalPerson", "/applications/newlyReceived/total"], differs.Select(c => c.GetProperty("pointer").GetString()));
        Assert.Equal(1m, differs[1].GetProperty("difference").GetDecimal());
        Assert.Contains("2 cell(s) differ, missing: 卫生健康局", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_of_reports_of_different_years_is_refused_with_a_code()
    {
        var (code, output, error) = Run("rollup", Rollup("child-caizheng.json"), Compare("housing-2022.json"));
        Assert.Equal(ExitCodes.ProblemsFound, code);
        Assert.Equal("", output);
        Assert.Contains("DF7012", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Expect_needs_a_parent()
    {
        var (code, _, error) = Run(["rollup", .. Children, "--expect", "财政局"]);
        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Contains("--expect needs --parent", error, StringComparison.Ordinal);
    }
}
