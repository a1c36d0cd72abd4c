using System.Text;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Cli.Tests;

/// <summary>What the tool writes: no output lost to a name clash, RFC 4180 CSV with a BOM, JSON ending with a newline.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("disclosure-cli-out-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Fixture(string name) => Path.Combine(Paths.Fixtures, "2021", name);

    private string Copy(string fixture, string relative)
    {
        var path = Path.Combine(folder, "in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(fixture, path);
        return path;
    }

    [Fact]
    public void The_same_file_name_in_two_folders_gives_two_outputs()
    {
        var a = Copy(Fixture("valid-shili-township-2021.json"), Path.Combine("a", "x.json"));
        var b = Copy(Fixture("valid-shili-city-ecology-2022.json"), Path.Combine("b", "x.json"));
        var output = Path.Combine(folder, "out");
        var (code, _, error) = Run("import", a, b, "--out", output);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["a_x.json", "b_x.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(Path.Combine(output, "a_x.json")));
        Assert.Equal(File.ReadAllText(b), File.ReadAllText(Path.Combine(output, "b_x.json")));
        Assert.Contains($"{a}: written as {Path.Combine(output, "a_x.json")}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_name_with_two_extensions_keeps_the_extensions()
    {
        var text = Copy(Path.Combine(Paths.Samples, "quxian-shangwuju-2023.txt"), "x.txt");
        var json = Copy(Fixture("valid-shili-township-2021.json"), "x.json");
        var output = Path.Combine(folder, "out");
        var (code, _, _) = Run("import", text, json, "--out", output, "--format", "csv");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["x.json.csv", "x.txt.csv"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("渠县商务局", File.ReadAllText(Path.Combine(output, "x.txt.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_clashing_names_writes_one_output_per_input()
    {
        Copy(Fixture("valid-shili-township-2021.json"), "r.json");
        Copy(Path.Combine(Paths.Samples, "quxian-shangwuju-2023.txt"), "r.txt");
        Copy(Path.Combine(Paths.Samples, "quxian-shangwuju-2023.txt"), "r.md");
        var output = Path.Combine(folder, "out");
        var (code, _, error) = Run("import", Path.Combine(folder, "in"), "--out", output);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["r.json.json", "r.md.json", "r.txt.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("imported 3 of 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_names_are_unique_deterministic_and_documented()
    {
        static InputFile F(string path) => new(path, path);
        var root = Path.Combine(folder, "n");

        // No clash: the stem and the format's extension, as before.
        Assert.Equal(["a.json", "b.json"], OutputNames.Assign([F(Path.Combine(root, "a.txt")), F(Path.Combine(root, "b.md"))], "json"));
        // Names differing only in case clash on Windows and macOS.
        Assert.Equal(["X.txt.json", "x.md.json"], OutputNames.Assign([F(Path.Combine(root, "X.txt")), F(Path.Combine(root, "x.md"))], "json"));
        // The nearest folder that tells them apart.
        Assert.Equal(["p_a_x.csv", "q_a_x.csv"],
            OutputNames.Assign([F(Path.Combine(root, "p", "a", "x.txt")), F(Path.Combine(root, "q", "a", "x.txt"))], "csv"));
        // Standard input.
        Assert.Equal(["stdin.json"], OutputNames.Assign([new InputFile("<stdin>", null)], "json"));
        // A generated name that equals another input's own name is numbered.
        Assert.Equal(["a_x.json", "b_x.json", "a_x-2.json"],
            OutputNames.Assign([F(Path.Combine(root, "a", "x.txt")), F(Path.Combine(root, "b", "x.txt")), F(Path.Combine(root, "c", "a_x.txt"))], "json"));
        // The same inputs always get the same names.
        InputFile[] inputs = [F(Path.Combine(root, "a", "x.txt")), F(Path.Combine(root, "b", "x.txt")), F(Path.Combine(root, "x.md"))];
        Assert.Equal(OutputNames.Assign(inputs, "json"), OutputNames.Assign(inputs, "json"));
        Assert.Equal(3, OutputNames.Assign(inputs, "json").Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Csv_files_are_rfc_4180_with_crlf_and_a_utf8_bom()
    {
        var output = Path.Combine(folder, "one.csv");
        var (code, _, _) = Run("import", Path.Combine(Paths.Samples, "quxian-shangwuju-2023.json"), "--format", "csv", "--out", output);
        Assert.Equal(ExitCodes.Ok, code);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(1 + 3 + 200, text.Split("\r\n").Length - 1);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.StartsWith("table,row,column,pointer,value\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_fields_with_commas_quotes_and_line_breaks_are_quoted()
    {
        Assert.Equal("plain", CsvReportWriter.Escape("plain"));
        Assert.Equal("\"a,b\"", CsvReportWriter.Escape("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", CsvReportWriter.Escape("say \"hi\""));
        Assert.Equal("\"two\r\nlines\"", CsvReportWriter.Escape("two\r\nlines"));
        var writer = new StringWriter();
        CsvReportWriter.Row(writer, "a,b", "c");
        Assert.Equal("\"a,b\",c\r\n", writer.ToString());
    }

    [Theory]
    [InlineData("import")]
    [InlineData("validate", "--format", "json")]
    [InlineData("schema")]
    [InlineData("rules", "--edition", "2019")]
    public void Json_output_ends_with_one_newline(params string[] args)
    {
        string[] full = args[0] is "import" or "validate"
            ? [args[0], Fixture("valid-shili-township-2021.json"), .. args[1..]]
            : args;
        var (code, output, _) = Run(full);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
        Assert.False(output.EndsWith("\n\n", StringComparison.Ordinal));
        using var _ = System.Text.Json.JsonDocument.Parse(output);
    }

    [Fact]
    public void Json_written_to_a_file_ends_with_a_newline()
    {
        var output = Path.Combine(folder, "one.json");
        Assert.Equal(ExitCodes.Ok, Run("import", Path.Combine(Paths.Samples, "quxian-shangwuju-2023.txt"), "--out", output).Code);
        Assert.EndsWith("}\n", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void The_tools_types_are_internal()
    {
        Assert.Empty(typeof(CliApp).Assembly.GetExportedTypes());
    }
}
