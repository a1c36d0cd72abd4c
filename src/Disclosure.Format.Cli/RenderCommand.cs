using System.CommandLine;
using System.Text;
using Disclosure.Format.Model;
using Disclosure.Format.Rendering;

namespace Disclosure.Format.Cli;

/// <summary><c>disclosure render &lt;file&gt;... --format md|txt|html|docx|xlsx [--out &lt;path&gt;]</c>: reports in the official layout.</summary>
internal static class RenderCommand
{
    /// <summary>One output format of <c>render</c>.</summary>
    /// <param name="Name">The value of <c>--format</c>, also the output file's extension.</param>
    /// <param name="Binary">Whether the output is a binary file (written only to a file, never to standard output).</param>
    /// <param name="Render">Renders a report to the output's bytes.</param>
    internal sealed record Renderer(string Name, bool Binary, Func<DisclosureReport, byte[]> Render);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The formats, in the order help lists them.</summary>
    internal static readonly IReadOnlyList<Renderer> Renderers =
    [
        new("md", false, report => Utf8.GetBytes(EndWithNewline(ReportTextRenderer.RenderMarkdown(report)))),
        new("txt", false, report => Utf8.GetBytes(EndWithNewline(ReportTextRenderer.RenderReport(report, TextShape.TabSeparated)))),
        new("html", false, report => Utf8.GetBytes(EndWithNewline(Documents.Rendering.HtmlReportRenderer.Render(report)))),
        new("docx", true, Documents.Rendering.WordReportRenderer.Render),
        new("xlsx", true, Documents.Rendering.ExcelReportRenderer.Render),
    ];

    /// <summary>The <c>render</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var files = CliApp.InputsArgument("Reports: JSON (.json) or anything import reads; folders, patterns, or - for standard input.");
        var format = new Option<string>("--format")
        {
            Description = "Output format, in the official layout: md (Markdown), txt (plain text, tables tab-separated), html (one self-contained page), docx (Word), xlsx (Excel).",
            HelpName = string.Join('|', Renderers.Select(r => r.Name)),
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. Renderers.Select(r => r.Name)]);
        var output = CliApp.PathOption("--out", "Output file, or with several inputs the folder that receives one file per input (- for standard output).", "path");
        var encoding = CliApp.EncodingOption();
        var command = new Command("render", "Write reports in the official layout (Markdown, text, HTML, Word or Excel).") { files, format, output, encoding };
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(format)!, result.GetValue(output), console, new ReadSettings(result.GetValue(encoding))));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> arguments, string format, string? outPath, CliConsole console, ReadSettings? settings = null)
    {
        settings ??= ReadSettings.Default;
        var renderer = Renderers.First(r => r.Name == format);
        var errors = new List<string>();
        var inputs = Inputs.Expand(arguments, errors);
        if (errors.Count > 0) throw new UsageException(string.Join(Environment.NewLine, errors));
        if (inputs.Count > 1 && outPath is null)
        {
            throw new UsageException("With several inputs, give --out <folder> to receive one output file per input.");
        }

        var toStandardOutput = outPath is null || outPath == "-";
        if (renderer.Binary && toStandardOutput)
        {
            throw new UsageException($"--format {format} writes a binary file: give --out <file or folder>.");
        }

        var toFolder = !toStandardOutput && (inputs.Count > 1 || Directory.Exists(outPath));
        if (toFolder) Directory.CreateDirectory(outPath!);
        var names = toFolder ? OutputNames.Assign(inputs, format) : [];
        var progress = new Progress(console, inputs.Count);
        var failed = 0;
        var withErrors = 0;
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
            var bytes = renderer.Render(loaded.Report);
            if (toStandardOutput)
            {
                console.Out.Write(Utf8.GetString(bytes));
            }
            else
            {
                var target = toFolder ? Path.Combine(outPath!, names[index]) : outPath!;
                File.WriteAllBytes(target, bytes);
            }
        }

        progress.Done();
        var read = inputs.Count - skipped.Count;
        if (read > 1 || failed > 0 || skipped.Count > 0)
        {
            console.Error.WriteLine($"rendered {read - failed} of {read} input(s); {failed} could not be read, {withErrors} with errors");
        }

        if (ReportLoader.SkipSummary(skipped) is { } skipLine) console.Error.WriteLine(skipLine);

        return failed > 0 || withErrors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    private static string EndWithNewline(string text) => text.EndsWith('\n') ? text : text + "\n";
}
