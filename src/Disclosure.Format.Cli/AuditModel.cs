using Disclosure.Format.Diagnostics;
using Disclosure.Format.Indicators;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Cli;

/// <summary>
/// What the audit keeps of one agency and year once its report has been checked and dropped: counts, indicator
/// values, the few cells the cross-year rules read, and where the report's part of the HTML page was spooled. A few
/// hundred bytes, whatever the report held.
/// </summary>
internal sealed class AgencyYear(string key, int year)
{
    /// <summary>The normalised agency name (<see cref="AgencyNames.Normalize"/>).</summary>
    public string Key { get; } = key;

    /// <summary>The report year.</summary>
    public int Year { get; } = year;

    /// <summary>The files read as this agency's report of this year (more than one: the same report twice).</summary>
    public List<string> Files { get; } = [];

    /// <summary>The edition of the first report.</summary>
    public ReportEdition Edition { get; set; }

    /// <summary>The agency as the first report prints it.</summary>
    public string AgencyAsPrinted { get; set; } = "";

    /// <summary>Errors found in the reports (reading, rules, narrative).</summary>
    public int Errors { get; set; }

    /// <summary>Warnings found in the reports.</summary>
    public int Warnings { get; set; }

    /// <summary>Errors found by the cross-year rules against the previous year.</summary>
    public int CrossYearErrors { get; set; }

    /// <summary>Warnings found by the cross-year rules against the previous year.</summary>
    public int CrossYearWarnings { get; set; }

    /// <summary>Whether the previous year's report was there to check against.</summary>
    public bool CheckedAgainstPreviousYear { get; set; }

    /// <summary>The indicators of the first report, in catalog order.</summary>
    public IReadOnlyList<AuditIndicator> Indicators { get; set; } = [];

    /// <summary>The cells the cross-year rules read, of the first report (see <see cref="CrossYearCells"/>).</summary>
    public decimal?[] CrossYearValues { get; set; } = [];

    /// <summary>Where each report's fragment of the HTML page lies in the spool file.</summary>
    public List<(long Offset, int Length)> Fragments { get; } = [];
}

/// <summary>One indicator's value for a report: blank when a cell it needs is blank or its denominator is 0.</summary>
internal readonly record struct AuditIndicator(string Code, string Name, string NameZh, decimal? Value, bool IsRatio)
{
    /// <summary>The indicators of the default catalog (<see cref="IndicatorCatalog.Default"/>) as the audit keeps them.</summary>
    public static AuditIndicator[] From(IReadOnlyList<IndicatorValue> values)
    {
        var indicators = new AuditIndicator[values.Count];
        for (var i = 0; i < indicators.Length; i++) indicators[i] = From(values[i]);
        return indicators;
    }

    /// <summary>One indicator's value as the audit keeps it.</summary>
    public static AuditIndicator From(IndicatorValue v) =>
        new(v.Code, v.Indicator.Name, v.Indicator.NameZh, v.Value, v.Indicator.Unit == IndicatorUnit.Ratio);
}

/// <summary>
/// The cells the cross-year rules read (targets and terms of <see cref="RuleSet.CrossYear"/>'s sums, in either
/// report) and the year-over-year indicators' formulas name, per edition. The audit keeps only these of each report and rebuilds a report of them, every other cell
/// blank, to run the cross-year rules on consecutive years: the result is the same as on the whole reports, since the
/// rules read nothing else (the agency and year come from the metadata, which is kept too).
/// </summary>
internal static class CrossYearCells
{
    private static readonly string[] Pointers = RuleSet.CrossYear.Rules.OfType<SumRule>()
        .SelectMany(r => r.Checks)
        .SelectMany(c => c.Add.Concat(c.Subtract).Append(c.Target))
        // …and the cells of the year-over-year indicators, computed on the same pairs.
        .Concat(IndicatorCatalog.Default.Indicators.Where(i => i.RequiresPreviousReport)
            .SelectMany(i => i.Formulas.Values)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(f, @"\{([^}]+)\}").Select(m => m.Groups[1].Value)))
        .Select(p => p.StartsWith(SumCheck.PreviousReportPrefix, StringComparison.Ordinal) ? p.Substring(SumCheck.PreviousReportPrefix.Length) : p)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<ReportEdition, CellLayout[]> Cells = new()
    {
        [ReportEdition.Edition2019] = Layout(LayoutCatalog.Edition2019),
        [ReportEdition.Edition2021] = Layout(LayoutCatalog.Edition2021),
    };

    private static CellLayout[] Layout(LayoutCatalog catalog) =>
        Pointers.Select(catalog.FindCell).Where(c => c is not null).Select(c => c!).ToArray();

    /// <summary>The values of the kept cells of <paramref name="report"/>.</summary>
    public static decimal?[] Read(DisclosureReport report)
    {
        if (!Cells.TryGetValue(report.Edition, out var cells)) return [];
        var values = new decimal?[cells.Length];
        for (var i = 0; i < values.Length; i++) values[i] = cells[i].GetValue(report);
        return values;
    }

    /// <summary>A report of <paramref name="edition"/> with the kept cells and every other cell blank.</summary>
    public static DisclosureReport Rebuild(ReportEdition edition, ReportMetadata metadata, decimal?[] values)
    {
        var catalog = LayoutCatalog.For(edition);
        var all = new decimal?[catalog.Cells.Count];
        var cells = Cells[edition];
        for (var i = 0; i < cells.Length && i < values.Length; i++) all[cells[i].Index] = values[i];
        return catalog.CreateReport(metadata, all);
    }
}

/// <summary>Counts per severity of a list of diagnostics.</summary>
internal static class Severities
{
    public static (int Errors, int Warnings) Count(IEnumerable<Diagnostic> diagnostics)
    {
        int errors = 0, warnings = 0;
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error) errors++;
            else if (d.Severity == DiagnosticSeverity.Warning) warnings++;
        }

        return (errors, warnings);
    }
}
