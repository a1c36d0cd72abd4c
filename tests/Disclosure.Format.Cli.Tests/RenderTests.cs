using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Cli.Tests;

/// <summary><c>disclosure render</c>: reports in the official layout, read back to the same cells.</summary>
public sealed class RenderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("disclosure-cli-render-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }

    public static TheoryData<string, string> FixturesAndFormats() => new()
    {
        { Path.Combine("2021", "valid-shili-township-2021.json"), "md" },
        { Path.Combine("2021", "valid-shili-township-2021.json"), "txt" },
        { Path.Combine("2021", "valid-shili-natural-resources-2024.json"), "md" },
        { Path.Combine("2019", "valid-shili-housing-2020.json"), "md" },
        { Path.Combine("2019", "valid-shili-housing-2020.json"), "txt" },
    };

    [Theory]
    [MemberData(nameof(FixturesAndFormats))]
    public void A_rendered_report_imports_back_to_the_same_cells(string fixture, string format)
    {
        var source = Path.Combine(Paths.Fixtures, fixture);
        var target = Path.Combine(folder, "report." + format);
        var (code, output, error) = Run("render", source, "--format", format, "--out", target);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", output);
        Assert.Equal("", error);
        var text = File.ReadAllText(target);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Contains("三、收到和处理政府信息公开申请情况", text, StringComparison.Ordinal);
        if (format == "md") Assert.StartsWith("# ", text, StringComparison.Ordinal);

        // Every cell, the edition, year and agency survive the round trip through the importer.
        var original = Run("import", source, "--format", "csv").Out;
        var back = Run("import", target, "--format", "csv").Out;
        Assert.Contains("meta,encoding,,,utf-8 (detected)\r\n", back, StringComparison.Ordinal);   // the text's encoding, in its provenance
        Assert.Equal(original, back.Replace("meta,encoding,,,utf-8 (detected)\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_writes_to_standard_output_by_default()
    {
        var (code, output, _) = Run("render", Path.Combine(Paths.Samples, "quxian-shangwuju-2023.json"), "--format", "md");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("# 渠县商务局2023 年政府信息公开工作年度报告\n", output, StringComparison.Ordinal);
        Assert.Contains("| 规章 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_of_several_inputs_writes_one_file_each_into_the_folder()
    {
        var (code, _, error) = Run("render", Path.Combine(Paths.Fixtures, "2021", "valid-shili-city-*.json"), "--format", "txt", "--out", folder);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["valid-shili-city-ecology-2022.txt", "valid-shili-city-ecology-2023.txt"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("rendered 2 of 2", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render", "x.json")]
    [InlineData("render", "x.json", "--format", "pdf")]
    public void Render_needs_a_known_format(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Equal("", output);
        Assert.StartsWith("disclosure: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_report_is_reported_and_exits_1()
    {
        var (code, output, error) = Run("render", Path.Combine(Paths.Fixtures, "2021", "invalid-negative-count.json"), "--format", "md");
        Assert.Equal(ExitCodes.ProblemsFound, code);
        Assert.Equal("", output);
        Assert.Contains("DF0007", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_html_pages_and_word_and_excel_files()
    {
        var source = Path.Combine(Paths.Fixtures, "2021", "valid-shili-township-2021.json");
        var (code, output, _) = Run("render", source, "--format", "html");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("<html lang=\"zh-CN\"", output, StringComparison.Ordinal);
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
        foreach (var format in new[] { "docx", "xlsx" })
        {
            var target = Path.Combine(folder, "report." + format);
            Assert.Equal(ExitCodes.Ok, Run("render", source, "--format", format, "--out", target).Code);
            Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(target)[..2]);
            // A binary file never goes to standard output.
            var (binaryCode, binaryOut, binaryError) = Run("render", source, "--format", format);
            Assert.Equal(ExitCodes.UsageOrIo, binaryCode);
            Assert.Equal("", binaryOut);
            Assert.Contains("writes a binary file", binaryError, StringComparison.Ordinal);
        }
    }
}
