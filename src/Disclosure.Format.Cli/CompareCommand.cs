using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Disclosure.Format.Comparison;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Model;

namespace Disclosure.Format.Cli;

/// <summary><c>disclosure compare &lt;previous&gt; &lt;current&gt; [--format text|json|csv] [--all]</c>: year over year.</summary>
internal static class CompareCommand
{
    /// <summary>The <c>compare</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var previous = ReportArgument("previous", "The earlier report (JSON or anything import reads; - for standard input).");
        var current = ReportArgument("current", "The later report of the same agency.");
        var format = CliApp.Choice("--format", "Output format: the changed cells as text, or every cell as JSON or CSV.", "text", "text", "json", "csv");
        var all = new Option<bool>("--all") { Description = "Text: list every cell, also those that did not change." };
        var encoding = CliApp.EncodingOption();
        var command = new Command("compare", "Compare two reports of one agency cell by cell (year over year, also across the edition change).")
        {
            previous, current, format, all, encoding,
        };
        command.SetAction(result => Run(result.GetValue(previous)!, result.GetValue(current)!, result.GetValue(format)!, result.GetValue(all), console,
            new ReadSettings(result.GetValue(encoding))));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(string previousPath, string currentPath, string format, bool all, CliConsole console, ReadSettings? settings = null)
    {
        settings ??= ReadSettings.Default;
        var previous = LoadOne(previousPath, console, settings);
        var current = LoadOne(currentPath, console, settings);
        if (previous.Report is null || current.Report is null)
        {
            console.Error.WriteLine("disclosure: the reports could not both be read; nothing was compared.");
            return ExitCodes.ProblemsFound;
        }

        var comparison = ReportComparison.Compare(previous.Report, current.Report);
        switch (format)
        {
            case "json":
                WriteJson(comparison, previous.Input.DisplayName, current.Input.DisplayName, console.Out);
                break;
            case "csv":
                WriteCsv(comparison, console.Out);
                break;
            default:
                WriteText(comparison, previous.Input.DisplayName, current.Input.DisplayName, all, console.Out);
                break;
        }

        var changed = comparison.Cells.Count(c => c.Difference is not null and not 0);
        var notComparable = comparison.Cells.Count(c => !c.IsComparable);
        console.Error.WriteLine($"compared {comparison.Cells.Count} cell(s): {changed} changed, {comparison.Cells.Count - changed - notComparable} unchanged, {notComparable} not comparable (blank)" +
                                (comparison.NotComparable.Count > 0 ? $"; {comparison.NotComparable.Count} part(s) not comparable across editions" : ""));
        return comparison.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    /// <summary>An argument naming one report; completes file names.</summary>
    internal static Argument<string> ReportArgument(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description, HelpName = name };
        argument.CompletionSources.Add(CliApp.CompleteFileNames);
        return argument;
    }

    /// <summary>Loads exactly one report named on the command line; its reading diagnostics go to standard error.</summary>
    internal static LoadedReport LoadOne(string path, CliConsole console, ReadSettings settings)
    {
        var errors = new List<string>();
        var inputs = Inputs.Expand([path], errors);
        if (errors.Count == 0 && inputs.Count != 1) errors.Add($"{path}: names {inputs.Count} files; give one report.");
        if (errors.Count > 0) throw new UsageException(string.Join(Environment.NewLine, errors));
        // One report is wanted: a file matched by a pattern is read as if named (a non-report is an error, not skipped).
        var loaded = ReportLoader.Load(inputs[0] with { Found = false }, console, settings);
        DiagnosticWriter.WriteText(inputs[0].DisplayName, loaded.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info), console.Error);
        return loaded;
    }

    internal static string Describe(DisclosureReport report) =>
        $"{report.Metadata.Agency} {report.Metadata.Year} ({(int)report.Edition} edition)";

    private static void WriteText(ReportComparison comparison, string previousFile, string currentFile, bool all, TextWriter output)
    {
        output.WriteLine($"previous: {previousFile}: {Describe(comparison.Previous)}");
        output.WriteLine($"current:  {currentFile}: {Describe(comparison.Current)}");
        DiagnosticWriter.WriteText(currentFile, comparison.Diagnostics, output);
        foreach (var part in comparison.NotComparable)
        {
            output.WriteLine($"{part.TableKey} {part.Label}: not comparable / 不可比: {part.Reason} / {part.ReasonZh}");
        }

        foreach (var cell in comparison.Cells)
        {
            if (!all && cell.IsComparable && cell.Difference == 0) continue;
            output.WriteLine($"{cell.TableKey} {cell.RowLabelPathText} · {cell.ColumnLabel}: {Value(cell.Previous)} → {Value(cell.Current)}{Change(cell)}");
        }
    }

    private static string Change(CellChange cell) => cell.Status switch
    {
        CellChangeStatus.Comparable when cell.Difference == 0 => " (unchanged)",
        CellChangeStatus.Comparable => $" ({Signed(cell.Difference!.Value)}" +
                                       (cell.RelativeChange is { } r ? $", {(r > 0 ? "+" : "")}{(r * 100).ToString("0.0", CultureInfo.InvariantCulture)}%" : cell.IsNewFromZero ? ", from 0" : "") + ")",
        CellChangeStatus.PreviousBlank => " (not comparable: the previous cell is blank / 上年空白)",
        CellChangeStatus.CurrentBlank => " (not comparable: the current cell is blank / 本年空白)",
        _ => " (not comparable: both cells are blank / 两年均空白)",
    };

    private static string Value(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "—";

    private static string Signed(decimal value) => (value > 0 ? "+" : "") + value.ToString(CultureInfo.InvariantCulture);

    private static void WriteJson(ReportComparison comparison, string previousFile, string currentFile, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Indented = true,
                   Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            writer.WriteStartObject();
            Side(writer, "previous", previousFile, comparison.Previous);
            Side(writer, "current", currentFile, comparison.Current);
            writer.WriteBoolean("crossesEditions", comparison.CrossesEditions);
            writer.WriteStartArray("diagnostics");
            foreach (var d in comparison.Diagnostics) DiagnosticWriter.WriteJson(writer, d);
            writer.WriteEndArray();
            writer.WriteStartArray("notComparable");
            foreach (var part in comparison.NotComparable)
            {
                writer.WriteStartObject();
                writer.WriteString("table", part.TableKey);
                writer.WriteString("label", part.Label);
                writer.WriteString("pointer", part.Pointer);
                writer.WriteString("reason", part.Reason);
                writer.WriteString("reasonZh", part.ReasonZh);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("cells");
            foreach (var cell in comparison.Cells)
            {
                writer.WriteStartObject();
                writer.WriteString("pointer", cell.Pointer);
                writer.WriteString("table", cell.TableKey);
                writer.WriteString("row", cell.RowLabelPathText);
                writer.WriteString("column", cell.ColumnLabel);
                Number(writer, "previous", cell.Previous);
                Number(writer, "current", cell.Current);
                writer.WriteString("status", cell.Status.ToString());
                Number(writer, "difference", cell.Difference);
                Number(writer, "relativeChange", cell.RelativeChange);
                if (comparison.CrossesEditions)
                {
                    Pointers(writer, "previousSourcePointers", cell.PreviousSourcePointers);
                    Pointers(writer, "currentSourcePointers", cell.CurrentSourcePointers);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void Side(Utf8JsonWriter writer, string name, string file, DisclosureReport report)
    {
        writer.WriteStartObject(name);
        writer.WriteString("file", file);
        writer.WriteString("agency", report.Metadata.Agency);
        writer.WriteNumber("year", report.Metadata.Year);
        writer.WriteString("edition", ((int)report.Edition).ToString(CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    private static void Pointers(Utf8JsonWriter writer, string name, IReadOnlyList<string> pointers)
    {
        writer.WriteStartArray(name);
        foreach (var p in pointers) writer.WriteStringValue(p);
        writer.WriteEndArray();
    }

    private static void WriteCsv(ReportComparison comparison, TextWriter output)
    {
        output.Write(CsvReportWriter.ByteOrderMark);
        CsvReportWriter.Row(output, "table", "row", "column", "pointer", "previous", "current", "status", "difference", "relative_change");
        foreach (var cell in comparison.Cells)
        {
            CsvReportWriter.Row(output, cell.TableKey, cell.RowLabelPathText, cell.ColumnLabel, cell.Pointer, Csv(cell.Previous), Csv(cell.Current),
                cell.Status.ToString(), Csv(cell.Difference), Csv(cell.RelativeChange));
        }
    }

    private static string Csv(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";
}
