using System.CommandLine;
using System.Text;
using Disclosure.Format.Json;

namespace Disclosure.Format.Cli;

/// <summary><c>disclosure import &lt;file&gt;... [--format json|csv] [--out &lt;path&gt;]</c></summary>
internal static class ImportCommand
{
    /// <summary>The <c>import</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var files = CliApp.InputsArgument("Reports: text (.txt, .md), HTML (.html, .htm), Word (.docx), Excel (.xlsx) or JSON (.json) files, folders, patterns, or - for standard input.");
        var format = CliApp.Choice("--format", "Output format: canonical JSON, or every cell as CSV.", "json", "json", "csv");
        var output = CliApp.PathOption("--out", "Output file, or with several inputs the folder that receives one file per input (- for standard output).", "path");
        var encoding = CliApp.EncodingOption();
        var command = new Command("import", "Import published reports (text, HTML, Word, Excel, or JSON) into canonical JSON or CSV.") { files, format, output, encoding };
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(format)!, result.GetValue(output), console, new ReadSettings(result.GetValue(encoding))));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> arguments, string format, string? outPath, CliConsole console, ReadSettings? settings = null)
    {
        settings ??= ReadSettings.Default;
        var errors = new List<string>();
        var inputs = Inputs.Expand(arguments, errors);
        if (arguments.Count == 0) throw new UsageException("import needs at least one input file.");
        if (errors.Count > 0) throw new UsageException(string.Join(Environment.NewLine, errors));

        var outIsFolder = inputs.Count > 1 || (outPath is not null && Directory.Exists(outPath));
        if (inputs.Count > 1 && outPath is null)
        {
            throw new UsageException("With several inputs, give --out <folder> to receive one output file per input.");
        }

        var toFolder = outIsFolder && outPath is not null && outPath != "-";
        if (toFolder) Directory.CreateDirectory(outPath!);

        // One distinct output name per input (see OutputNames): an output never overwrites another.
        var names = toFolder ? OutputNames.Assign(inputs, format) : [];
        var progress = new Progress(console, inputs.Count);
        var failed = 0;
        var withErrors = 0;
        var wroteToStandardOutput = false;
        var skipped = new List<LoadedReport>();
        for (var index = 0; index < inputs.Count; index++)
        {
            var input = inputs[index];
            progress.Next(input.DisplayName);
            var loaded = ReportLoader.Load(input, console, settings);
            if (loaded.SkippedBecause is not null)
            {
                skipped.Add(loaded);
                continue;
            }

            DiagnosticWriter.WriteText(input.DisplayName, loaded.Diagnostics, console.Error);
            if (loaded.Report is null)
            {
                failed++;
                continue;
            }

            if (loaded.HasErrors) withErrors++;
            var text = format == "csv" ? ToCsv(loaded.Report, loaded.Encoding) : DisclosureJson.Serialize(loaded.Report);
            if (!text.EndsWith('\n')) text += "\n";
            if (outPath is null || outPath == "-")
            {
                // CSV on standard output starts with the byte order mark once, as a CSV file does.
                if (format == "csv" && !wroteToStandardOutput) console.Out.Write(CsvReportWriter.ByteOrderMark);
                wroteToStandardOutput = true;
                console.Out.Write(text);
            }
            else
            {
                var target = toFolder ? Path.Combine(outPath, names[index]) : outPath;
                var bom = format == "csv" ? CsvReportWriter.ByteOrderMark.ToString() : "";
                File.WriteAllText(target, bom + text, new UTF8Encoding(false));
                if (toFolder && !string.Equals(names[index], Path.GetFileNameWithoutExtension(input.Path ?? "stdin") + "." + format, StringComparison.Ordinal))
                {
                    console.Error.WriteLine($"{input.DisplayName}: written as {target} (another input has the same name)");
                }
            }
        }

        progress.Done();
        var read = inputs.Count - skipped.Count;
        if (read > 1 || failed > 0 || skipped.Count > 0)
        {
            console.Error.WriteLine($"imported {read - failed} of {read} input(s); {failed} could not be read, {withErrors} with errors");
        }

        if (ReportLoader.SkipSummary(skipped) is { } skipLine) console.Error.WriteLine(skipLine);

        return failed > 0 || withErrors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    private static string ToCsv(Model.DisclosureReport report, Import.SourceEncoding? encoding)
    {
        using var writer = new StringWriter();
        CsvReportWriter.Write(report, writer, encoding);
        return writer.ToString();
    }
}
