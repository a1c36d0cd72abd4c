using Disclosure.Format.Indicators;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Cli;

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
