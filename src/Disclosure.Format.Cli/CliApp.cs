using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;

namespace Disclosure.Format.Cli;

/// <summary>
/// Parses the command line with System.CommandLine and runs one command. Parse errors are written as
/// <c>disclosure: message</c> lines on standard error (with typo suggestions) and exit with
/// <see cref="ExitCodes.UsageOrIo"/>; <c>--help</c> works on the tool and after every command.
/// </summary>
internal static class CliApp
{
    /// <summary>The synopsis appended to the tool's <c>--help</c>.</summary>
    public const string Synopsis = """
        Synopsis:
          disclosure import <file>... [--format json|csv] [--out <path>] [--encoding <name>]
          disclosure validate <file>... [--previous <file>] [--format text|json] [--encoding <name>]
          disclosure compare <previous> <current> [--format text|json|csv] [--all] [--encoding <name>]
          disclosure rollup <file>... [--parent <file>] [--agency <name>] [--expect <name>...] [--blanks-as-zero] [--format json|text|csv] [--encoding <name>]
          disclosure audit <folder>... [--format text|json|csv] [--html <file>] [--encoding <name>]
          disclosure render <file>... --format md|txt|html|docx|xlsx [--out <path>] [--encoding <name>]
          disclosure schema [--edition 2019|2021]
          disclosure rules [--edition 2019|2021]
          disclosure <command> --help | disclosure --help | disclosure --version

        Inputs are our JSON (.json), report text (.txt, .md), HTML pages (.html, .htm), Word (.docx) or Excel
        (.xlsx) files, told by their content as well as their name; text and HTML are decoded by byte order mark,
        declared charset or detection (UTF-8, GB18030/GBK/GB2312, Big5) unless --encoding names the encoding.
        A folder stands for its files of those kinds (and .pdf), a pattern such as reports/*.txt for the files it
        matches, and - for standard input (read as bytes, like a file). A file found in a folder or by a pattern
        that is not a report (no title line and no table of the format) is skipped and listed in the summary.
        Arguments after -- are inputs even when they begin with a dash. With several inputs, import writes one
        file per input into the folder given by --out.

        Exit codes: 0 no error found; 1 errors found in a report; 2 usage or input/output problem.
        """;

    /// <summary>Runs the tool and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, CliConsole console)
    {
        if (args is null) throw new ArgumentNullException(nameof(args));
        if (console is null) throw new ArgumentNullException(nameof(console));
        var root = CreateRoot(console);
        if (args.Length == 0)
        {
            // No command at all: the help, on standard error, as a usage error.
            WriteHelp(root, console.Error);
            return ExitCodes.UsageOrIo;
        }

        if (args[0] == "help")
        {
            // `disclosure help [command]`: the same as `disclosure [command] --help`.
            args = [.. args.Skip(1), "--help"];
        }

        // Response files (@file) are off: an input whose name begins with @ is an input, never a list of arguments.
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Errors.Count > 0 && parseResult.Action is System.CommandLine.Invocation.ParseErrorAction)
        {
            return ParseErrors(parseResult, console);
        }

        if (ReferenceEquals(parseResult.Action, parseResult.CommandResult.Command.Action)
            && UnknownOptions(parseResult) is { Count: > 0 } unknown)
        {
            return UnknownOptionErrors(unknown, parseResult.CommandResult.Command, console);
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (UsageException ex)
        {
            return UsageError(console, ex.Message, parseResult.CommandResult.Command);
        }
        catch (IOException ex)
        {
            console.Error.WriteLine($"disclosure: {ex.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (UnauthorizedAccessException ex)
        {
            console.Error.WriteLine($"disclosure: {ex.Message}");
            return ExitCodes.UsageOrIo;
        }
    }

    /// <summary>The tool's command tree (exposed for the tests of help and completion).</summary>
    internal static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand("disclosure — annual government-information-disclosure reports (政府信息公开工作年度报告)")
        {
            HelpName = "disclosure", // the tool's name in help, whatever the host process is called
        };
        foreach (var option in root.Options)
        {
            if (option is HelpOption help && help.Action is HelpAction standard)
            {
                // The tool's help adds the synopsis, inputs and exit codes after the default sections.
                help.Action = new ToolHelpAction(standard);
            }
            else if (option is VersionOption version)
            {
                version.Action = new VersionAction();
            }
        }

        root.SetAction(_ =>
        {
            WriteHelp(root, console.Error);
            return ExitCodes.UsageOrIo;
        });
        root.Add(ImportCommand.Create(console));
        root.Add(ValidateCommand.Create(console));
        root.Add(CompareCommand.Create(console));
        root.Add(RollupCommand.Create(console));
        root.Add(AuditCommand.Create(console));
        root.Add(RenderCommand.Create(console));
        root.Add(ResourceCommands.CreateSchema(console));
        root.Add(ResourceCommands.CreateRules(console));
        return root;
    }

    /// <summary>The tool's version: the informational version of this assembly (with the commit).</summary>
    internal static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The input arguments of a command: files, folders, patterns or <c>-</c>; completes file names.</summary>
    internal static Argument<string[]> InputsArgument(string description)
    {
        var argument = new Argument<string[]>("file")
        {
            Description = description,
            HelpName = "file",
            Arity = ArgumentArity.OneOrMore,
        };
        argument.CompletionSources.Add(CompleteFileNames);
        return argument;
    }

    /// <summary>
    /// <c>--encoding &lt;name&gt;</c>: the encoding of text and HTML inputs, instead of detecting it; any label the core's
    /// decoder reads (<c>utf-8</c>, <c>gb18030</c>, <c>gbk</c>, <c>gb2312</c>, <c>big5</c>, <c>utf-16le</c>, …).
    /// </summary>
    internal static Option<string?> EncodingOption()
    {
        var option = new Option<string?>("--encoding")
        {
            Description = "Encoding of text and HTML inputs (utf-8, gb18030, gbk, gb2312, big5, utf-16le, ...), instead of the byte order mark, declared charset and detection. JSON is always UTF-8.",
            HelpName = "name",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && Import.ReportTextDecoder.CanonicalName(name) is null)
            {
                result.AddError($"--encoding {name}: not an encoding the tool reads ({string.Join(", ", Import.ReportTextDecoder.EncodingNames)}, and their aliases gbk, gb2312, utf8, …).");
            }
        });
        option.CompletionSources.Add(_ => ["utf-8", "gb18030", "gbk", "gb2312", "big5", "utf-16le", "utf-16be"]);
        return option;
    }

    /// <summary>An option restricted to <paramref name="values"/> (suggested by completion), with a default.</summary>
    internal static Option<string> Choice(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join('|', values),
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>An option naming one file or folder; completes file names.</summary>
    internal static Option<string?> PathOption(string name, string description, string helpName)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = helpName };
        option.CompletionSources.Add(CompleteFileNames);
        return option;
    }

    /// <summary>Completes a file or folder name from the word being typed.</summary>
    internal static IEnumerable<string> CompleteFileNames(System.CommandLine.Completions.CompletionContext context)
    {
        var word = context.WordToComplete ?? "";
        string folder;
        try
        {
            folder = Path.GetDirectoryName(word) is { Length: > 0 } d ? d : ".";
            if (!Directory.Exists(folder)) return [];
            var prefix = Path.GetFileName(word);
            return Directory.EnumerateFileSystemEntries(folder)
                .Select(p => folder == "." && !word.StartsWith("./", StringComparison.Ordinal) ? Path.GetFileName(p) : Path.Combine(Path.GetDirectoryName(word)!, Path.GetFileName(p)))
                .Where(p => Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Take(200)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return [];
        }
    }

    private static void WriteHelp(RootCommand root, TextWriter writer) =>
        root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = writer, Error = writer, EnableDefaultExceptionHandler = false });

    private static int ParseErrors(ParseResult parseResult, CliConsole console)
    {
        foreach (var error in parseResult.Errors)
        {
            console.Error.WriteLine($"disclosure: {error.Message}");
        }

        var command = parseResult.CommandResult.Command;
        foreach (var token in parseResult.UnmatchedTokens)
        {
            var suggestions = Suggestions.For(token, command);
            if (suggestions.Count > 0)
            {
                console.Error.WriteLine($"disclosure: '{token}' was not matched. Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?");
            }
        }

        console.Error.WriteLine(HelpHint(command));
        return ExitCodes.UsageOrIo;
    }

    /// <summary>
    /// Words before <c>--</c> that look like options (a dash and more) but were taken as inputs: System.CommandLine
    /// gives any unmatched word to a command's variadic argument, so the tool rejects them itself. A lone <c>-</c> is
    /// standard input; after <c>--</c> every word is an input.
    /// </summary>
    private static List<string> UnknownOptions(ParseResult parseResult)
    {
        var unknown = new List<string>();
        System.CommandLine.Parsing.Token? previous = null;
        foreach (var token in parseResult.Tokens)
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.DoubleDash) break;
            if (token.Type == System.CommandLine.Parsing.TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-'
                && previous?.Type != System.CommandLine.Parsing.TokenType.Option)
            {
                unknown.Add(token.Value);
            }

            previous = token;
        }

        return unknown;
    }

    private static int UnknownOptionErrors(List<string> unknown, Command command, CliConsole console)
    {
        foreach (var option in unknown)
        {
            var suggestions = Suggestions.For(option, command);
            console.Error.WriteLine(suggestions.Count > 0
                ? $"disclosure: Unknown option '{option}'. Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?"
                : $"disclosure: Unknown option '{option}' (put -- before an input whose name begins with a dash).");
        }

        console.Error.WriteLine(HelpHint(command));
        return ExitCodes.UsageOrIo;
    }

    private static int UsageError(CliConsole console, string message, Command command)
    {
        foreach (var line in message.Split(Environment.NewLine))
        {
            console.Error.WriteLine($"disclosure: {line}");
        }

        console.Error.WriteLine(HelpHint(command));
        return ExitCodes.UsageOrIo;
    }

    private static string HelpHint(Command command) =>
        command is RootCommand ? "Run 'disclosure --help' for usage." : $"Run 'disclosure {command.Name} --help' for usage.";

    /// <summary>The standard help, followed for the tool itself by the synopsis, inputs and exit codes.</summary>
    private sealed class ToolHelpAction(HelpAction standard) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            standard.Invoke(parseResult);
            if (parseResult.CommandResult.Command is RootCommand)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(Synopsis.TrimEnd());
            }

            return ExitCodes.Ok;
        }
    }

    /// <summary>Prints the tool's version.</summary>
    private sealed class VersionAction : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Ok;
        }
    }
}
