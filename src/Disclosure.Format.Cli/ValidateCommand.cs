using System.CommandLine;
using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Cli;

/// <summary><c>disclosure validate &lt;file&gt;... [--previous &lt;file&gt;] [--format text|json]</c></summary>
internal static class ValidateCommand
{
    /// <summary>The <c>validate</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var files = CliApp.InputsArgument("Reports: JSON (.json), text (.txt, .md), HTML (.html, .htm), Word (.docx) or Excel (.xlsx) files, folders, patterns, or - for standard input.");
        var previous = CliApp.PathOption("--previous", "The previous year's report of the same agency: also run the cross-year rules.", "file");
        var format = CliApp.Choice("--format", "Output format: one line per diagnostic, or one JSON object per file.", "text", "text", "json");
        var encoding = CliApp.EncodingOption();
        var command = new Command("validate", "Run the format's rules on reports (and the cross-year rules with --previous).") { files, previous, format, encoding };
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(previous), result.GetValue(format)!, console, new ReadSettings(result.GetValue(encoding))));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> arguments, string? previousPath, string format, CliConsole console, ReadSettings? settings = null)
    {
        settings ??= ReadSettings.Default;
        if (arguments.Count == 0) throw new UsageException("validate needs at least one input file.");
        var errors = new List<string>();
        var inputs = Inputs.Expand(arguments, errors);
        LoadedReport? previous = null;
        if (previousPath is not null)
        {
            var previousInputs = Inputs.Expand([previousPath], errors);
            if (previousInputs.Count != 1) errors.Add("--previous must name exactly one file.");
            else if (errors.Count == 0)
            {
                previous = ReportLoader.Load(previousInputs[0], console, settings);
                if (previous.Report is null)
                {
                    DiagnosticWriter.WriteText(previous.Input.DisplayName, previous.Diagnostics, console.Error);
                    errors.Add($"--previous {previousPath}: the previous year's report could not be read.");
                }
            }
        }

        if (errors.Count > 0) throw new UsageException(string.Join(Environment.NewLine, errors));

        var results = new List<(LoadedReport Loaded, IReadOnlyList<Diagnostic> Diagnostics)>();
        var skipped = new List<LoadedReport>();
        var progress = new Progress(console, inputs.Count);
        foreach (var input in inputs)
        {
            progress.Next(input.DisplayName);
            var loaded = ReportLoader.Load(input, console, settings);
            if (loaded.SkippedBecause is not null)
            {
                skipped.Add(loaded);
                continue;
            }

            var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
            if (loaded.Report is { } report)
            {
                diagnostics.AddRange(ReportChecks.Run(report, previous?.Report));
            }

            // The rules' findings at the place in the source their cell was read from.
            var located = SourceLocations.Attach(diagnostics, loaded.Import);
            results.Add((loaded, located));
            if (format == "text")
            {
                DiagnosticWriter.WriteText(input.DisplayName, located, console.Out);
            }
        }

        progress.Done();
        if (format == "json")
        {
            WriteJson(results, skipped, console.Out);
        }
        else
        {
            foreach (var s in skipped) console.Out.WriteLine($"{s.Input.DisplayName}: skipped: {s.SkippedBecause}");
        }

        var unreadable = results.Count(r => r.Loaded.Report is null);
        var withErrors = results.Count(r => r.Loaded.Report is not null && r.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
        var warnings = results.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
        console.Error.WriteLine($"checked {results.Count} report(s): {results.Count - unreadable - withErrors} without errors, {withErrors} with errors, {unreadable} unreadable; {warnings} warning(s)"
                                + (skipped.Count > 0 ? $"; {skipped.Count} file(s) skipped (not reports)" : ""));
        return unreadable > 0 || withErrors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    private static void WriteJson(List<(LoadedReport Loaded, IReadOnlyList<Diagnostic> Diagnostics)> results, List<LoadedReport> skipped, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Indented = true,
                   Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            writer.WriteStartArray();
            foreach (var (loaded, diagnostics) in results)
            {
                writer.WriteStartObject();
                writer.WriteString("file", loaded.Input.DisplayName);
                writer.WriteString("readAs", InputFormats.Name(loaded.Format));
                if (loaded.Import is { } imported) writer.WriteString("evidence", imported.Evidence.ToString());
                if (loaded.Encoding is { } encoding)
                {
                    writer.WriteStartObject("encoding");
                    writer.WriteString("name", encoding.Name);
                    writer.WriteString("decidedBy", encoding.DecidedBy.ToString());
                    if (encoding.DeclaredCharset is { } declared) writer.WriteString("declaredCharset", declared);
                    writer.WriteEndObject();
                }

                if (loaded.Report is { } report)
                {
                    writer.WriteString("edition", ((int)report.Edition).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteString("agency", report.Metadata.Agency);
                    writer.WriteNumber("year", report.Metadata.Year);
                }

                writer.WriteBoolean("valid", loaded.Report is not null && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
                writer.WriteStartArray("diagnostics");
                foreach (var d in diagnostics) DiagnosticWriter.WriteJson(writer, d);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            foreach (var s in skipped)
            {
                writer.WriteStartObject();
                writer.WriteString("file", s.Input.DisplayName);
                writer.WriteBoolean("skipped", true);
                writer.WriteString("reason", s.SkippedBecause);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }
}
