using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Cli.Tests;

/// <summary>The command line on System.CommandLine: help, suggestions, <c>--</c>, completion, exit codes.</summary>
public sealed class CommandLineTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Fixture(string name) => Path.Combine(Paths.Fixtures, "2021", name);

    [Theory]
    [InlineData("import", "--format <json|csv>")]
    [InlineData("validate", "--previous <file>")]
    [InlineData("schema", "--edition <2019|2021>")]
    [InlineData("rules", "--edition <2019|2021>")]
    public void Every_command_has_its_own_help_after_it(string command, string option)
    {
        foreach (var args in new[] { new[] { command, "--help" }, [command, "-h"], ["help", command] })
        {
            var (code, output, error) = Run(args);
            Assert.Equal(ExitCodes.Ok, code);
            Assert.Equal("", error);
            Assert.Contains($"disclosure {command}", output, StringComparison.Ordinal);
            Assert.Contains(option, output, StringComparison.Ordinal);
            Assert.DoesNotContain("Synopsis:", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_after_a_command_and_its_inputs_is_help_not_an_input()
    {
        // Before System.CommandLine, `--help` after a command was an unknown option (exit 2).
        var (code, output, error) = Run("validate", Fixture("valid-shili-township-2021.json"), "--help");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);
        Assert.Contains("disclosure validate <file>... [options]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tools_help_lists_commands_synopsis_and_exit_codes()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(ExitCodes.Ok, code);
        foreach (var command in new[] { "import", "validate", "schema", "rules" })
        {
            Assert.Contains($"\n  disclosure {command} ", output, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0 no error found; 1 errors found in a report; 2 usage or input/output problem.", output, StringComparison.Ordinal);
        // With no command at all the same help goes to standard error, as a usage error.
        var (bareCode, bareOut, bareError) = Run();
        Assert.Equal(ExitCodes.UsageOrIo, bareCode);
        Assert.Equal("", bareOut);
        Assert.Equal(output, bareError);
    }

    [Fact]
    public void Version_is_the_tools_own_informational_version()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(CliApp.Version + "\n", output);
        Assert.StartsWith("0.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "valdate", "x.json" }, "Did you mean 'validate'?")]
    [InlineData(new[] { "improt", "x.json" }, "Did you mean 'import'?")]
    [InlineData(new[] { "validate", "x.json", "--fromat", "json" }, "Unknown option '--fromat'. Did you mean '--format'?")]
    [InlineData(new[] { "validate", "x.json", "--previos", "y.json" }, "Unknown option '--previos'. Did you mean '--previous'?")]
    [InlineData(new[] { "schema", "--editon", "2019" }, "Did you mean '--edition'?")]
    public void A_typo_gets_a_suggestion_and_exit_2(string[] args, string suggestion)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Equal("", output);
        Assert.Contains(suggestion, error, StringComparison.Ordinal);
        Assert.All(error.TrimEnd('\n').Split('\n'), line => Assert.True(line.StartsWith("disclosure: ", StringComparison.Ordinal) || line.StartsWith("Run 'disclosure", StringComparison.Ordinal), line));
    }

    [Fact]
    public void A_wrong_value_names_the_values_allowed()
    {
        var (code, _, error) = Run("import", Fixture("valid-shili-township-2021.json"), "--format", "xml");
        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Contains("'xml'", error, StringComparison.Ordinal);
        Assert.Contains("'csv'", error, StringComparison.Ordinal);
        Assert.Contains("Run 'disclosure import --help' for usage.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_take_the_equals_form_and_a_lone_dash_as_a_value()
    {
        var (code, output, _) = Run("import", Path.Combine(Paths.Samples, "quxian-shangwuju-2023.json"), "--format=csv", "--out", "-");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("\uFEFFtable,row,column,pointer,value\r\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_file_is_not_expanded()
    {
        // `@name` is an input named @name (no such file), never a list of arguments read from `name`.
        var (code, _, error) = Run("validate", "@" + Fixture("valid-shili-township-2021.json"));
        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Contains("no such file or folder", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vali", "validate")]
    [InlineData("import --f", "--format")]
    [InlineData("validate --format j", "json")]
    [InlineData("schema --edition 20", "2019")]
    public void The_suggest_directive_completes_commands_options_and_values(string line, string expected)
    {
        var (code, output, _) = Run($"[suggest:{line.Length}]", line);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(expected, output.Split('\n'));
    }

    [Fact]
    public void Completion_of_an_input_lists_the_files_it_begins()
    {
        var prefix = Path.Combine(Paths.Fixtures, "2021", "valid-shili-city-");
        var (code, output, _) = Run($"[suggest:{9 + prefix.Length}]", "validate " + prefix);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(prefix + "ecology-2022.json", output.Split('\n'));
        Assert.Contains(prefix + "ecology-2023.json", output.Split('\n'));
    }

    [Theory]
    [InlineData("validate", "validate", 0)]
    [InlineData("valdate", "validate", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Suggestions_use_the_edit_distance(string a, string b, int distance) =>
        Assert.Equal(distance, Suggestions.Distance(a, b));
}

/// <summary>Tests that change the process's current folder run alone.</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class CurrentDirectoryCollection;

[Collection(typeof(CurrentDirectoryCollection))]
public sealed class DoubleDashTests
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
    public void After_a_double_dash_a_name_beginning_with_a_dash_is_an_input()
    {
        var folder = Directory.CreateTempSubdirectory("disclosure-cli-dash-").FullName;
        try
        {
            File.Copy(Fixture("valid-shili-township-2021.json"), Path.Combine(folder, "-report.json"));
            var current = Environment.CurrentDirectory;
            Environment.CurrentDirectory = folder;
            try
            {
                var (unknownCode, _, unknownError) = Run("validate", "-report.json");
                Assert.Equal(ExitCodes.UsageOrIo, unknownCode);
                Assert.Contains("Unknown option '-report.json'", unknownError, StringComparison.Ordinal);

                var (code, output, error) = Run("validate", "--format", "json", "--", "-report.json");
                Assert.Equal(ExitCodes.Ok, code);
                Assert.Contains("\"file\": \"-report.json\"", output, StringComparison.Ordinal);
                Assert.Contains("checked 1 report(s)", error, StringComparison.Ordinal);
            }
            finally
            {
                Environment.CurrentDirectory = current;
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
