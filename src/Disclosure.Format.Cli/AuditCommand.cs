using System.CommandLine;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Indicators;
using Disclosure.Format.Narrative;
using Disclosure.Format.Model;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Cli;

/// <summary>
/// <c>disclosure audit &lt;folder&gt;... [--html &lt;file&gt;] [--format text|json|csv]</c>: every report under the
/// folders, grouped by agency and year, each checked on its own and against the previous year.
/// </summary>
/// <remarks>
/// The audit streams: each report is read, checked and written out, then dropped; what stays is one small
/// <see cref="AgencyYear"/> per agency and year (counts, indicators, the cells the cross-year rules read, where its
/// part of the HTML page was spooled). Memory therefore grows with the number of agencies and years, never with the
/// size or number of the reports themselves.
/// </remarks>
internal static class AuditCommand
{
    /// <summary>The <c>audit</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var folders = CliApp.InputsArgument("Folders (searched with their subfolders), files or patterns of reports: JSON or anything import reads.");
        var format = CliApp.Choice("--format", "Output format: one line per finding and a summary, one JSON document, or CSV rows.", "text", "text", "json", "csv");
        var html = CliApp.PathOption("--html", "Also write one self-contained HTML page: agencies by year, every finding, the indicators over the years.", "file");
        var encoding = CliApp.EncodingOption();
        var command = new Command("audit", "Check every report of a collection: each report's rules, the cross-year rules on consecutive years, grouped by agency and year.")
        {
            folders, format, html, encoding,
        };
        command.SetAction(result => Run(result.GetValue(folders) ?? [], result.GetValue(format)!, result.GetValue(html), console, new ReadSettings(result.GetValue(encoding))));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> arguments, string format, string? htmlPath, CliConsole console, ReadSettings? settings = null)
    {
        settings ??= ReadSettings.Default;
        var errors = new List<string>();
        var inputs = Discover(arguments, errors);
        if (errors.Count > 0) throw new UsageException(string.Join(Environment.NewLine, errors));
        if (htmlPath is not null && Path.GetDirectoryName(Path.GetFullPath(htmlPath)) is { } htmlFolder && !Directory.Exists(htmlFolder))
        {
            throw new UsageException($"--html {htmlPath}: the folder {htmlFolder} does not exist.");
        }

        using var sink = AuditSink.Create(format, console.Out);
        using var page = htmlPath is null ? null : new AuditHtmlSpool();
        var audit = new Audit(sink, page);
        var progress = new Progress(console, inputs.Count);
        foreach (var input in inputs)
        {
            progress.Next(input.DisplayName);
            audit.Add(input, ReportLoader.Load(input, console, settings));
        }

        progress.Done();
        var summary = audit.Summarize();
        sink.End(summary, audit.AgencyYears);
        if (page is not null && htmlPath is not null)
        {
            var temporary = htmlPath + ".tmp";
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            using (var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false)))
            {
                page.WritePage(writer, summary, audit.AgencyYears);
            }

            File.Move(temporary, htmlPath, overwrite: true);
        }

        console.Error.WriteLine(summary.Line());
        return summary.Unreadable > 0 || summary.ReportsWithErrors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    /// <summary>
    /// The inputs: a folder stands for its report files and those of all its subfolders (in ordinal order of their
    /// paths), found as <see cref="Inputs"/> finds them in one folder; files and patterns as for every command.
    /// </summary>
    internal static List<InputFile> Discover(IReadOnlyList<string> arguments, List<string> errors)
    {
        var inputs = new List<InputFile>();
        foreach (var argument in arguments)
        {
            if (argument != "-" && Directory.Exists(argument))
            {
                var folders = new List<string> { argument };
                try
                {
                    folders.AddRange(Directory.EnumerateDirectories(argument, "*", new EnumerationOptions
                    {
                        RecurseSubdirectories = true,
                        IgnoreInaccessible = true,
                        AttributesToSkip = System.IO.FileAttributes.ReparsePoint | System.IO.FileAttributes.Hidden,
                    }).Order(StringComparer.Ordinal));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    errors.Add($"{argument}: {ex.Message}");
                    continue;
                }

                var before = inputs.Count;
                foreach (var folder in folders)
                {
                    // A subfolder without reports is not a mistake; only the folder named must hold some.
                    var ignored = new List<string>();
                    inputs.AddRange(Inputs.Expand([folder], ignored));
                }

                if (inputs.Count == before) errors.Add($"{argument}: no report file in the folder or its subfolders.");
            }
            else
            {
                inputs.AddRange(Inputs.Expand([argument], errors));
            }

            if (inputs.Count > Inputs.MaxFiles)
            {
                errors.Add($"More than {Inputs.MaxFiles} inputs: split the run.");
                break;
            }
        }

        return inputs;
    }

    /// <summary>The running audit: aggregates per agency and year, fed one report at a time.</summary>
    private sealed class Audit(AuditSink sink, AuditHtmlSpool? page)
    {
        private readonly Dictionary<(string Key, int Year), AgencyYear> agencyYears = [];

        // The key of each agency name as printed, normalised once (one entry per distinct name: an aggregate too).
        private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);
        private int reports;
        private int reportsWithErrors;
        private int unreadable;
        private int warnings;
        private int pairs;
        private int skipped;

        // The last report read as the first of its agency and year, kept (one report, not one per agency) so that the
        // pair it makes with the next year's report, read right after it in a folder sorted by name, uses it as it is
        // instead of rebuilding it from its kept cells: the rules read the same cells either way.
        private AgencyYear? lastEntry;
        private DisclosureReport? lastReport;

        public IReadOnlyList<AgencyYear> AgencyYears => [.. agencyYears.Values
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ThenBy(a => a.Year)];

        public void Add(InputFile input, LoadedReport loaded)
        {
            if (loaded.SkippedBecause is { } reason)
            {
                skipped++;
                sink.Skipped(input, reason);
                page?.Skipped(input, reason);
                return;
            }

            if (loaded.Report is not { } report)
            {
                unreadable++;
                sink.Unreadable(input, loaded.Diagnostics);
                page?.Unreadable(input, loaded.Diagnostics);
                return;
            }

            reports++;
            var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
            diagnostics.AddRange(DisclosureValidator.Validate(report).Diagnostics);
            diagnostics.AddRange(NarrativeCheck.Check(report, new NarrativeCheckOptions
            {
                SourceText = SourceText(input, loaded),
                SourceName = input.DisplayName,
            }).Diagnostics);

            // Each rule's finding at the place in the source its cell was read from (text: line and column; a page or
            // a Word file: table, row and cell; a workbook: sheet and address).
            if (loaded.Import is not null) diagnostics = [.. SourceLocations.Attach(diagnostics, loaded.Import)];
            if (!keys.TryGetValue(report.Metadata.Agency ?? "", out var key))
            {
                key = AgencyNames.Normalize(report.Metadata.Agency);
                keys.Add(report.Metadata.Agency ?? "", key);
            }

            IReadOnlyList<AuditIndicator> indicators = AuditIndicator.From(IndicatorCatalog.Default.Compute(report));
            var (e, w) = Severities.Count(diagnostics);
            if (e > 0) reportsWithErrors++;
            warnings += w;
            var first = !agencyYears.TryGetValue((key, report.Metadata.Year), out var entry);
            if (first)
            {
                entry = new AgencyYear(key, report.Metadata.Year)
                {
                    Edition = report.Edition,
                    AgencyAsPrinted = report.Metadata.Agency ?? "",
                    Indicators = indicators,
                    CrossYearValues = CrossYearCells.Read(report),
                };
                agencyYears.Add((key, report.Metadata.Year), entry);
            }

            entry!.Files.Add(input.DisplayName);
            entry.Errors += e;
            entry.Warnings += w;
            var audited = new AuditedReport(input, report, key, diagnostics, indicators) { Format = loaded.Format, Encoding = loaded.Encoding };
            sink.Report(audited);
            if (page is not null) entry.Fragments.Add(page.Report(audited));
            if (first)
            {
                CheckNeighbours(entry, report);
                lastEntry = entry;
                lastReport = report;
            }
        }

        /// <summary>
        /// Runs the cross-year rules between <paramref name="report"/>, just read as the first report of its agency and
        /// year, and the agency's reports of the year before and the year after, when they have been read already
        /// (each pair is checked once, when its second report arrives). The other report is rebuilt from the cells the
        /// rules read (<see cref="CrossYearCells"/>).
        /// </summary>
        private void CheckNeighbours(AgencyYear entry, DisclosureReport report)
        {
            if (agencyYears.TryGetValue((entry.Key, entry.Year - 1), out var before))
            {
                Pair(before, ReferenceEquals(before, lastEntry) ? lastReport! : Rebuild(before), entry, report);
            }

            if (agencyYears.TryGetValue((entry.Key, entry.Year + 1), out var after))
            {
                Pair(entry, report, after, Rebuild(after));
            }
        }

        /// <summary>
        /// The text of a text or HTML input, decoded with the encoding it was imported with, for locating the
        /// narrative's words in it (line and column); <see langword="null"/> for JSON, Word and Excel files and standard input.
        /// </summary>
        private static string? SourceText(InputFile input, LoadedReport loaded)
        {
            if (input.Path is null || loaded.Format is not (InputFormat.Text or InputFormat.Html) || loaded.Encoding is not { } encoding) return null;
            try
            {
                return Import.ReportTextDecoder.Decode(File.ReadAllBytes(input.Path), input.DisplayName, encoding.Name).Text;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>
        /// The default catalog's year-over-year indicators (<see cref="Indicator.RequiresPreviousReport"/>) as a catalog of
        /// their own, loaded from the default catalog's JSON, and the position of each in the default catalog: a pair
        /// computes only these, not the others again (their values with and without the previous year are the same).
        /// </summary>
        private static readonly (IndicatorCatalog Catalog, int[] Positions) YearOverYear = YearOverYearIndicators();

        private static (IndicatorCatalog Catalog, int[] Positions) YearOverYearIndicators()
        {
            var catalog = System.Text.Json.Nodes.JsonNode.Parse(IndicatorCatalog.GetJson())!.AsObject();
            var all = catalog["indicators"]!.AsArray();
            var kept = new System.Text.Json.Nodes.JsonArray();
            var positions = new List<int>();
            var defaults = IndicatorCatalog.Default.Indicators;
            for (var i = 0; i < all.Count; i++)
            {
                var code = all[i]!["code"]!.GetValue<string>();
                var position = 0;
                while (position < defaults.Count && defaults[position].Code != code) position++;
                if (position == defaults.Count || !defaults[position].RequiresPreviousReport) continue;
                kept.Add(all[i]!.DeepClone());
                positions.Add(position);
            }

            catalog["indicators"] = kept;
            return (IndicatorCatalog.Load(catalog.ToJsonString()), [.. positions]);
        }

        private static DisclosureReport Rebuild(AgencyYear a) =>
            CrossYearCells.Rebuild(a.Edition, new ReportMetadata { Agency = a.AgencyAsPrinted, Year = a.Year }, a.CrossYearValues);

        private void Pair(AgencyYear previous, DisclosureReport previousReport, AgencyYear current, DisclosureReport currentReport)
        {
            pairs++;

            // The year-over-year indicators of the later year, now that its previous year is known.
            var withPrevious = YearOverYear.Catalog.Compute(currentReport, previousReport);
            var updated = current.Indicators.ToArray();
            for (var i = 0; i < withPrevious.Count; i++)
            {
                var at = YearOverYear.Positions[i];
                if (at < updated.Length) updated[at] = AuditIndicator.From(withPrevious[i]);
            }

            current.Indicators = updated;
            var diagnostics = DisclosureValidator.ValidateCrossYear(currentReport, previousReport).Diagnostics;
            var (e, w) = Severities.Count(diagnostics);
            current.CrossYearErrors += e;
            current.CrossYearWarnings += w;
            current.CheckedAgainstPreviousYear = true;
            warnings += w;
            sink.CrossYear(previous, current, diagnostics);
            if (page is not null) current.Fragments.Add(page.CrossYear(previous, current, diagnostics));
        }

        public AuditSummary Summarize() => new(
            Reports: reports,
            Agencies: agencyYears.Keys.Select(k => k.Key).Distinct(StringComparer.Ordinal).Count(),
            ReportsWithErrors: reportsWithErrors,
            Unreadable: unreadable,
            Skipped: skipped,
            Warnings: warnings,
            ConsecutivePairs: pairs,
            PairsWithErrors: agencyYears.Values.Count(a => a.CrossYearErrors > 0),
            FirstYear: agencyYears.Keys.Where(k => k.Year > 0).Select(k => (int?)k.Year).Min(),
            LastYear: agencyYears.Keys.Where(k => k.Year > 0).Select(k => (int?)k.Year).Max());
    }
}
