using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Disclosure.Format.Aggregation;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Model;

namespace Disclosure.Format.Cli;

/// <summary>
/// <c>disclosure rollup &lt;files&gt;... [--parent &lt;file&gt;] [--agency &lt;name&gt;] [--expect &lt;name&gt;...]
/// [--blanks-as-zero] [--format json|text|csv]</c>: the sum of several reports, or a parent's report against it.
/// </summary>
internal static class RollupCommand
{
    /// <summary>The <c>rollup</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var files = CliApp.InputsArgument("The parts' reports (one edition, one year): files, folders, patterns.");
        var parent = CliApp.PathOption("--parent", "The parent's published report: check it against the sum of the parts, cell by cell.", "file");
        var agency = new Option<string?>("--agency") { Description = "The agency of the summed report (default: the parent's, else 汇总).", HelpName = "name" };
        var expect = new Option<string[]>("--expect")
        {
            Description = "With --parent: the children expected (agency names); a missing one is reported.",
            HelpName = "name",
            AllowMultipleArgumentsPerToken = true,
        };
        var blanks = new Option<bool>("--blanks-as-zero") { Description = "Sum a blank part as 0 (each such cell says so); by default a blank part makes the sum blank." };
        var format = CliApp.Choice("--format", "Output: the summed report as canonical JSON (with --parent: the check as JSON), text lines, or every cell as CSV.", "json", "json", "text", "csv");
        var encoding = CliApp.EncodingOption();
        var command = new Command("rollup", "Sum reports of one edition and year (a region's departments) into one report, or check a parent's report against them.")
        {
            files, parent, agency, expect, blanks, format, encoding,
        };
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(parent), result.GetValue(agency), result.GetValue(expect),
            result.GetValue(blanks), result.GetValue(format)!, console, new ReadSettings(result.GetValue(encoding))));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> arguments, string? parentPath, string? agency, string[]? expected, bool blanksAsZero, string format, CliConsole console,
        ReadSettings? settings = null)
    {
        settings ??= ReadSettings.Default;
        var errors = new List<string>();
        var inputs = Inputs.Expand(arguments, errors);
        if (errors.Count > 0) throw new UsageException(string.Join(Environment.NewLine, errors));
        if (expected is { Length: > 0 } && parentPath is null) throw new UsageException("--expect needs --parent.");
        var parts = new List<DisclosureReport>();
        var names = new List<string>();
        var unreadable = 0;
        var skipped = new List<LoadedReport>();
        foreach (var input in inputs)
        {
            var loaded = ReportLoader.Load(input, console, settings);
            if (loaded.SkippedBecause is not null)
            {
                skipped.Add(loaded);
                continue;
            }

            DiagnosticWriter.WriteText(input.DisplayName, loaded.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info), console.Error);
            if (loaded.Report is null)
            {
                unreadable++;
                continue;
            }

            parts.Add(loaded.Report);
            names.Add(loaded.Report.Metadata.Agency);
        }

        if (ReportLoader.SkipSummary(skipped) is { } skipLine) console.Error.WriteLine(skipLine);
        inputs = [.. inputs.Where(i => !skipped.Any(s => ReferenceEquals(s.Input, i)))];
        if (unreadable > 0)
        {
            console.Error.WriteLine($"disclosure: {unreadable} of {inputs.Count} report(s) could not be read; nothing was summed.");
            return ExitCodes.ProblemsFound;
        }

        return parentPath is null
            ? RollUp(parts, names, inputs, agency ?? "汇总", blanksAsZero, format, console)
            : Hierarchy(parentPath, parts, names, inputs, expected, blanksAsZero, format, console, settings);
    }

    private static int RollUp(List<DisclosureReport> parts, List<string> names, List<InputFile> inputs, string agency, bool blanksAsZero, string format, CliConsole console)
    {
        var result = ReportRollUp.Sum(parts, new RollUpOptions { Agency = agency, PartNames = names, TreatBlanksAsZero = blanksAsZero });
        DiagnosticWriter.WriteText("rollup", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), console.Error);
        if (result.Report is not { } report) return ExitCodes.ProblemsFound;
        switch (format)
        {
            case "text":
                console.Out.WriteLine($"roll-up of {parts.Count} report(s): {agency} {report.Metadata.Year} ({(int)report.Edition} edition){(blanksAsZero ? ", blanks summed as 0" : "")}");
                for (var i = 0; i < inputs.Count; i++) console.Out.WriteLine($"  part {i + 1}: {inputs[i].DisplayName}: {names[i]}");
                foreach (var cell in result.Cells)
                {
                    console.Out.WriteLine($"{cell.Cell.Table.Key} {cell.Cell.Row.LabelPathText} · {cell.Cell.Column.Label}: {Value(cell.Value)}{BlankNote(cell, result.PartNames)}");
                }

                break;
            case "csv":
                console.Out.Write(CsvReportWriter.ByteOrderMark);
                CsvReportWriter.Row(console.Out, "table", "row", "column", "pointer", "value", "treatment", "contributors", "blank_parts", "blanks_as_zero");
                foreach (var cell in result.Cells)
                {
                    CsvReportWriter.Row(console.Out, cell.Cell.Table.Key, cell.Cell.Row.LabelPathText, cell.Cell.Column.Label, cell.Pointer, Value(cell.Value, ""),
                        cell.Treatment.ToString(), Names(cell.Contributors, result.PartNames), Names(cell.BlankParts, result.PartNames),
                        cell.BlanksTreatedAsZero ? "true" : "false");
                }

                break;
            default:
                console.Out.Write(DisclosureJson.Serialize(report));
                break;
        }

        var blankCells = result.Cells.Count(c => c.BlankParts.Count > 0);
        console.Error.WriteLine($"summed {parts.Count} report(s) into {result.Cells.Count} cell(s); {blankCells} with a blank part{(blanksAsZero ? " (summed as 0)" : " (left blank)")}");
        return ExitCodes.Ok;
    }

    private static int Hierarchy(string parentPath, List<DisclosureReport> parts, List<string> names, List<InputFile> inputs, string[]? expected,
        bool blanksAsZero, string format, CliConsole console, ReadSettings settings)
    {
        var parent = CompareCommand.LoadOne(parentPath, console, settings);
        if (parent.Report is null)
        {
            console.Error.WriteLine($"disclosure: --parent {parentPath}: the parent's report could not be read.");
            return ExitCodes.ProblemsFound;
        }

        var check = HierarchyCheck.Check(parent.Report, parts, new HierarchyOptions
        {
            ChildNames = names,
            ExpectedChildren = expected is { Length: > 0 } ? expected : null,
            TreatBlanksAsZero = blanksAsZero,
        });
        switch (format)
        {
            case "text":
                console.Out.WriteLine($"parent: {parent.Input.DisplayName}: {CompareCommand.Describe(parent.Report)}");
                for (var i = 0; i < inputs.Count; i++) console.Out.WriteLine($"  child {i + 1}: {inputs[i].DisplayName}: {names[i]}");
                DiagnosticWriter.WriteText(parent.Input.DisplayName, check.Diagnostics, console.Out);
                break;
            case "csv":
                console.Out.Write(CsvReportWriter.ByteOrderMark);
                CsvReportWriter.Row(console.Out, "table", "row", "column", "pointer", "published", "sum", "difference", "status", "contributors", "blank_parts");
                foreach (var cell in check.Cells)
                {
                    CsvReportWriter.Row(console.Out, cell.Cell.Table.Key, cell.Cell.Row.LabelPathText, cell.Cell.Column.Label, cell.Pointer,
                        Value(cell.Published, ""), Value(cell.Sum.Value, ""), Value(cell.Difference, ""), cell.Status.ToString(),
                        Names(cell.Sum.Contributors, check.RollUp.PartNames), Names(cell.Sum.BlankParts, check.RollUp.PartNames));
                }

                break;
            default:
                WriteHierarchyJson(check, parent.Input.DisplayName, inputs, console.Out);
                break;
        }

        console.Error.WriteLine($"checked {parent.Input.DisplayName} against {parts.Count} child report(s): {check.MismatchCount} cell(s) differ" +
                                (check.MissingChildren.Count > 0 ? $", missing: {string.Join("、", check.MissingChildren)}" : "") +
                                (check.Agrees ? "; the parent agrees with its children" : ""));
        return check.Agrees ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }

    private static void WriteHierarchyJson(HierarchyCheckResult check, string parentFile, List<InputFile> inputs, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Indented = true,
                   Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            writer.WriteStartObject();
            writer.WriteString("parent", parentFile);
            writer.WriteStartArray("children");
            for (var i = 0; i < inputs.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("file", inputs[i].DisplayName);
                writer.WriteString("agency", check.RollUp.PartNames[i]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteBoolean("agrees", check.Agrees);
            writer.WriteNumber("mismatches", check.MismatchCount);
            writer.WriteStartArray("missingChildren");
            foreach (var m in check.MissingChildren) writer.WriteStringValue(m);
            writer.WriteEndArray();
            writer.WriteStartArray("diagnostics");
            foreach (var d in check.Diagnostics) DiagnosticWriter.WriteJson(writer, d);
            writer.WriteEndArray();
            writer.WriteStartArray("cells");
            foreach (var cell in check.Cells.Where(c => c.Status != HierarchyCellStatus.Equal))
            {
                writer.WriteStartObject();
                writer.WriteString("pointer", cell.Pointer);
                writer.WriteString("table", cell.Cell.Table.Key);
                writer.WriteString("row", cell.Cell.Row.LabelPathText);
                writer.WriteString("column", cell.Cell.Column.Label);
                writer.WriteString("status", cell.Status.ToString());
                Number(writer, "published", cell.Published);
                Number(writer, "sum", cell.Sum.Value);
                Number(writer, "difference", cell.Difference);
                writer.WriteStartArray("blankParts");
                foreach (var i in cell.Sum.BlankParts) writer.WriteStringValue(check.RollUp.PartNames[i]);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    private static string BlankNote(RolledUpCell cell, IReadOnlyList<string> names) =>
        cell.BlankParts.Count == 0 ? "" : $" (blank in {Names(cell.BlankParts, names)}{(cell.BlanksTreatedAsZero ? ", summed as 0" : "")})";

    private static string Names(IReadOnlyList<int> indexes, IReadOnlyList<string> names) => string.Join("; ", indexes.Select(i => names[i]));

    private static string Value(decimal? value, string blank = "—") => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : blank;
}
