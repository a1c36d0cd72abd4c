using System.Reflection;

namespace Disclosure.Format.Cli;

/// <summary>Parses the command line and runs one command.</summary>
public static class CliApp
{
    /// <summary>The usage text printed by <c>--help</c> and after a usage error.</summary>
    public const string Usage = """
        disclosure — annual government-information-disclosure reports (政府信息公开工作年度报告)

        Usage:
          disclosure import <file>... [--format json|csv] [--out <path>]
          disclosure validate <file>... [--previous <file>] [--format text|json]
          disclosure schema [--edition 2019|2021]
          disclosure rules [--edition 2019|2021]
          disclosure --help | --version

        Inputs are report text (.txt, .md) or our JSON (.json); a folder stands for its report files, a pattern
        such as reports/*.txt for the files it matches, and - for standard input. With several inputs, import
        writes one file per input into the folder given by --out.

        Exit codes: 0 no error found; 1 errors found in a report; 2 usage or input/output problem.
        """;

    /// <summary>Runs the tool and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, CliConsole console)
    {
        if (args is null) throw new ArgumentNullException(nameof(args));
        if (console is null) throw new ArgumentNullException(nameof(console));
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? console.Error : console.Out).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.UsageOrIo : ExitCodes.Ok;
        }

        if (args[0] == "--version")
        {
            console.Out.WriteLine(typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return ExitCodes.Ok;
        }

        ParsedArguments parsed;
        try
        {
            parsed = ParsedArguments.Parse(args.Skip(1), Options(args[0]));
        }
        catch (UsageException ex)
        {
            return UsageError(console, ex.Message);
        }

        try
        {
            return args[0] switch
            {
                "import" => ImportCommand.Run(parsed, console),
                "validate" => ValidateCommand.Run(parsed, console),
                "rules" => ResourceCommands.Rules(parsed, console),
                "schema" => ResourceCommands.Schema(parsed, console),
                _ => UsageError(console, $"Unknown command '{args[0]}'."),
            };
        }
        catch (UsageException ex)
        {
            return UsageError(console, ex.Message);
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

    private static string[] Options(string command) => command switch
    {
        "import" => ["--format", "--out"],
        "validate" => ["--previous", "--format"],
        "schema" or "rules" => ["--edition"],
        _ => [],
    };

    private static int UsageError(CliConsole console, string message)
    {
        console.Error.WriteLine($"disclosure: {message}");
        console.Error.WriteLine("Run 'disclosure --help' for usage.");
        return ExitCodes.UsageOrIo;
    }
}

/// <summary>A mistake on the command line.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The positional arguments and <c>--name value</c> options of a command.</summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, string> options;

    private ParsedArguments(List<string> positional, Dictionary<string, string> options)
    {
        Positional = positional;
        this.options = options;
    }

    /// <summary>Arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>The value of an option, or <see langword="null"/> when it was not given.</summary>
    public string? Option(string name) => options.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses arguments; only the options in <paramref name="allowed"/> are accepted.</summary>
    /// <exception cref="UsageException">An unknown option, a missing value or a repeated option.</exception>
    public static ParsedArguments Parse(IEnumerable<string> args, IReadOnlyCollection<string> allowed)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg;
                string? value = null;
                var eq = arg.IndexOf('=');
                if (eq > 0)
                {
                    name = arg.Substring(0, eq);
                    value = arg.Substring(eq + 1);
                }

                if (!allowed.Contains(name))
                {
                    throw new UsageException($"Unknown option '{name}'.");
                }

                if (value is null)
                {
                    if (!e.MoveNext()) throw new UsageException($"The option {name} needs a value.");
                    value = e.Current;
                }

                if (!options.TryAdd(name, value)) throw new UsageException($"The option {name} is given twice.");
            }
            else
            {
                positional.Add(arg);
            }
        }

        return new ParsedArguments(positional, options);
    }
}
