using Disclosure.Format.Schemas;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Cli;

/// <summary><c>disclosure schema</c> and <c>disclosure rules</c>: print the embedded contract files.</summary>
public static class ResourceCommands
{
    /// <summary>Prints the rule catalog of an edition (default 2021), as committed under <c>schema/</c>.</summary>
    public static int Rules(ParsedArguments args, CliConsole console)
    {
        NoPositional(args, "rules");
        var edition = Edition(args);
        string json;
        try
        {
            json = RuleCatalog.GetJson(edition);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new UsageException($"This version has no rule catalog for the {(int)edition} edition.");
        }

        console.Out.Write(json.EndsWith("\n", StringComparison.Ordinal) ? json : json + "\n");
        return ExitCodes.Ok;
    }

    /// <summary>Prints the JSON Schema of an edition (default 2021), as committed under <c>schema/</c>.</summary>
    public static int Schema(ParsedArguments args, CliConsole console)
    {
        NoPositional(args, "schema");
        var edition = Edition(args);
        string json;
        try
        {
            json = DisclosureSchemas.GetJson(edition);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new UsageException($"This version has no JSON Schema for the {(int)edition} edition.");
        }

        console.Out.Write(json.EndsWith("\n", StringComparison.Ordinal) ? json : json + "\n");
        return ExitCodes.Ok;
    }

    /// <summary>Parses <c>--edition 2019|2021</c> (default 2021).</summary>
    internal static ReportEdition Edition(ParsedArguments args) => args.Option("--edition") switch
    {
        null or "2021" => ReportEdition.Edition2021,
        "2019" => ReportEdition.Edition2019,
        var other => throw new UsageException($"--edition must be 2019 or 2021, not '{other}'."),
    };

    internal static void NoPositional(ParsedArguments args, string command)
    {
        if (args.Positional.Count > 0) throw new UsageException($"{command} takes no file argument ('{args.Positional[0]}').");
    }
}
