using System.CommandLine;
using Disclosure.Format.Schemas;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Cli;

/// <summary><c>disclosure schema</c> and <c>disclosure rules</c>: print the embedded contract files.</summary>
internal static class ResourceCommands
{
    /// <summary>The <c>rules</c> command.</summary>
    public static Command CreateRules(CliConsole console)
    {
        var edition = EditionOption();
        var command = new Command("rules", "Print the rule catalog of an edition, as committed under schema/.") { edition };
        command.SetAction(result => Rules(Edition(result.GetValue(edition)), console));
        return command;
    }

    /// <summary>The <c>schema</c> command.</summary>
    public static Command CreateSchema(CliConsole console)
    {
        var edition = EditionOption();
        var command = new Command("schema", "Print the JSON Schema of an edition, as committed under schema/.") { edition };
        command.SetAction(result => Schema(Edition(result.GetValue(edition)), console));
        return command;
    }

    /// <summary>Prints the rule catalog of an edition (default 2021), as committed under <c>schema/</c>.</summary>
    public static int Rules(ReportEdition edition, CliConsole console)
    {
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
    public static int Schema(ReportEdition edition, CliConsole console)
    {
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

    private static Option<string> EditionOption() =>
        CliApp.Choice("--edition", "The edition: 2019 (trial format, 2019–2020 reports) or 2021.", "2021", "2019", "2021");

    /// <summary>Maps <c>--edition 2019|2021</c> to the edition.</summary>
    internal static ReportEdition Edition(string? value) => value switch
    {
        null or "2021" => ReportEdition.Edition2021,
        "2019" => ReportEdition.Edition2019,
        var other => throw new UsageException($"--edition must be 2019 or 2021, not '{other}'."),
    };
}
