using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Cli.Tests;

public sealed class CliTests
{
    private static (int Code, string Out, string Error) RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new StringReader(stdin), output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static (int Code, string Out, string Error) Run(params string[] args) => RunWithInput("", args);

    private static string Fixture(string name) => Path.Combine(Paths.Fixtures, "2021", name);

    [Fact]
    public void Import_writes_every_cell_as_csv_with_meta_rows()
    {
        var (code, output, error) = Run("import", Path.Combine(Paths.Samples, "quxian-shangwuju-2023.json"), "--format", "csv");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);
        // RFC 4180: a byte order mark first, CRLF after every record.
        Assert.StartsWith("\uFEFF", output, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", output, StringComparison.Ordinal);
        var lines = output.TrimStart('\uFEFF').Split("\r\n")[..^1];
        Assert.Equal("table,row,column,pointer,value", lines[0]);
        Assert.Equal(["meta,edition,,/edition,2021", "meta,year,,/metadata/year,2023", "meta,agency,,/metadata/agency,渠县商务局"], lines[1..4]);
        Assert.Equal(1 + 3 + 200, lines.Length);
        Assert.Contains("T3,三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密,自然人,/applications/outcomes/withheld/stateSecret/naturalPerson,0", lines);
        Assert.Contains("T2,第二十条第（一）项 / 规章,本年制发件数,/proactiveDisclosure/rules/issued,0", lines);
        Assert.Contains("T4,行政诉讼 / 复议后起诉,结果维持,/reviewAndLitigation/litigationAfterReview/upheld,0", lines);
    }

    [Fact]
    public void Csv_leaves_blank_cells_empty_and_keeps_decimals()
    {
        var (_, blank, _) = Run("import", Fixture("arith-blank-totals.json"), "--format", "csv");
        Assert.Contains("T3,三、本年度办理结果 / （一）予以公开,总计,/applications/outcomes/disclosed/total,\r\n", blank);
        var (_, money, _) = Run("import", Fixture("valid-shili-natural-resources-2024.json"), "--format", "csv");
        Assert.Contains("/proactiveDisclosure/administrativeFees/amount,59237.2449\r\n", money);
    }

    [Fact]
    public void Import_round_trips_json_through_standard_input_and_output()
    {
        var json = File.ReadAllText(Fixture("valid-shili-township-2021.json"));
        var (code, output, _) = RunWithInput(json, "import", "-");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(json, output);
    }

    [Fact]
    public void Import_of_many_files_needs_an_output_folder_and_writes_one_file_each()
    {
        var (code, _, error) = Run("import", Fixture("valid-shili-township-2021.json"), Fixture("valid-shili-city-ecology-2022.json"));
        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);

        var folder = Directory.CreateTempSubdirectory("disclosure-cli-").FullName;
        try
        {
            (code, _, error) = Run("import", Path.Combine(Paths.Fixtures, "2021", "valid-shili-city-*.json"), "--out", folder, "--format", "csv");
            Assert.Equal(ExitCodes.Ok, code);
            Assert.Equal(["valid-shili-city-ecology-2022.csv", "valid-shili-city-ecology-2023.csv"],
                Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Contains("imported 2 of 2", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_exits_0_for_a_valid_report_and_1_for_an_unreadable_one()
    {
        Assert.Equal(ExitCodes.Ok, Run("validate", Fixture("valid-shili-township-2021.json")).Code);
        var (code, output, error) = Run("validate", Fixture("invalid-negative-count.json"));
        Assert.Equal(ExitCodes.ProblemsFound, code);
        Assert.Contains("invalid-negative-count.json(64,28): error DF0007 at /applications/outcomes/disclosed/naturalPerson", output, StringComparison.Ordinal);
        Assert.Contains("1 unreadable", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_json_output_has_one_object_per_file()
    {
        var (code, output, _) = Run("validate", Fixture("valid-shili-township-2021.json"), Fixture("invalid-unknown-property.json"), "--format", "json");
        Assert.Equal(ExitCodes.ProblemsFound, code);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var files = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.True(files[0].GetProperty("valid").GetBoolean());
        Assert.False(files[1].GetProperty("valid").GetBoolean());
        Assert.Equal("DF0002", files[1].GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal("/applications/newlyReceived/legalPersonSubtotal", files[1].GetProperty("diagnostics")[0].GetProperty("pointer").GetString());
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("import")]
    [InlineData("import", "no-such-file.json")]
    [InlineData("import", "x.json", "--format", "xml")]
    [InlineData("validate", "x.json", "--bogus", "1")]
    [InlineData("validate", "x.json", "--format")]
    [InlineData("import", "-", "-")]
    public void Usage_and_input_problems_exit_2_with_a_message_on_stderr(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Equal("", output);
        Assert.StartsWith("disclosure: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        Assert.Equal(ExitCodes.Ok, Run("--help").Code);
        Assert.Contains("disclosure import", Run("--help").Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, Run("--version").Code);
        Assert.Equal(ExitCodes.UsageOrIo, Run().Code);
    }

    [Fact]
    public void A_folder_stands_for_its_report_files()
    {
        var (code, output, error) = Run("validate", Path.Combine(Paths.Samples), "--format", "json");
        Assert.True(output.Length > 0, error);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.Contains(document.RootElement.EnumerateArray(), e => e.GetProperty("file").GetString()!.EndsWith("quxian-shangwuju-2023.json", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Ok, code);
    }
}

public sealed class CliValidationTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Fixture(string name) => Path.Combine(Paths.Fixtures, "2021", name);

    [Fact]
    public void Validate_runs_the_rules_and_exits_1_on_arithmetic_errors()
    {
        var (code, output, _) = Run("validate", Fixture("arith-row-and-case-totals.json"), "--format", "json");
        Assert.Equal(ExitCodes.ProblemsFound, code);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var codes = document.RootElement[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString(), d.GetProperty("pointer").GetString())).ToList();
        Assert.Contains(("DF1003", "/applications/outcomes/disclosed/total"), codes);
        Assert.Contains(("DF1005", "/reviewAndLitigation/administrativeReview/total"), codes);
    }

    [Fact]
    public void Validate_with_previous_runs_the_cross_year_rules()
    {
        var clean = Run("validate", Fixture("valid-shili-city-ecology-2023.json"), "--previous", Fixture("valid-shili-city-ecology-2022.json"));
        Assert.Equal(ExitCodes.Ok, clean.Code);
        Assert.Equal("", clean.Out);

        // The 2022 report as "previous" of the county office: different agency, carry-over differs.
        var mismatched = Run("validate", Fixture("valid-shili-city-ecology-2023.json"), "--previous", Fixture("valid-shili-county-office-2022.json"));
        Assert.Contains("DF3001", mismatched.Out, StringComparison.Ordinal);
        Assert.Contains("DF3003", mismatched.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_prints_the_embedded_rule_catalog()
    {
        var (code, output, _) = Run("rules");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(File.ReadAllText(Path.Combine(Paths.Schema, "rules-2021.json")).TrimEnd('\n') + "\n", output);
        Assert.Equal(ExitCodes.UsageOrIo, Run("rules", "--edition", "2017").Code);
        Assert.Equal(ExitCodes.UsageOrIo, Run("rules", "file.json").Code);
    }
}

public sealed class CliSchemaTests
{
    [Fact]
    public void Schema_prints_the_embedded_schema()
    {
        var output = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(["schema", "--edition", "2021"], new CliConsole(new StringReader(""), output, new StringWriter()));
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(File.ReadAllText(Path.Combine(Paths.Schema, "disclosure-report-2021.schema.json")).TrimEnd('\n') + "\n", output.ToString());
    }
}

public sealed class CliImportTextTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Importing_the_sample_text_gives_its_hand_made_json()
    {
        var (code, output, error) = Run("import", Path.Combine(Paths.Samples, "quxian-shangwuju-2023.txt"));
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(File.ReadAllText(Path.Combine(Paths.Samples, "quxian-shangwuju-2023.json")), output);
        Assert.Contains("DF4009", error, StringComparison.Ordinal); // the local heading variant is noted, with its line
        Assert.Contains("quxian-shangwuju-2023.txt(80,1)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_reported_not_guessed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb18030-{Guid.NewGuid():N}.txt");
        try
        {
            // "政府信息公开" in GB18030.
            File.WriteAllBytes(path, [0xD5, 0xFE, 0xB8, 0xAE, 0xD0, 0xC5, 0xCF, 0xA2, 0xB9, 0xAB, 0xBF, 0xAA]);
            var (code, output, _) = Run("validate", path);
            Assert.Equal(ExitCodes.ProblemsFound, code);
            Assert.Contains("error DF4021", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_corpus_validates_as_a_folder_with_a_summary()
    {
        var shared = Paths.Shared;
        if (shared is null || !Directory.Exists(Path.Combine(shared, "corpus")))
        {
            Assert.Skip("../shared/corpus is not available here.");
            return;
        }

        var (code, output, error) = Run("validate", Path.Combine(shared, "corpus", "*.txt"), "--format", "json");
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var files = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(26, files.Count);
        Assert.All(files, f => Assert.True(f.TryGetProperty("edition", out _), f.GetProperty("file").GetString()));
        // 104, 107, 120 and 121 publish tables that do not add up: the tool must say so.
        foreach (var broken in new[] { "104-", "107-", "120-", "121-" })
        {
            Assert.Contains(files, f => f.GetProperty("file").GetString()!.Contains(broken, StringComparison.Ordinal) && !f.GetProperty("valid").GetBoolean());
        }

        Assert.Equal(ExitCodes.ProblemsFound, code);
        Assert.Contains("checked 26 report(s)", error, StringComparison.Ordinal);
    }
}
