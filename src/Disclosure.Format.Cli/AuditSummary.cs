namespace Disclosure.Format.Cli;

/// <summary>The audit's totals.</summary>
internal sealed record AuditSummary(
    int Reports, int Agencies, int ReportsWithErrors, int Unreadable, int Skipped, int Warnings, int ConsecutivePairs, int PairsWithErrors,
    int? FirstYear, int? LastYear)
{
    /// <summary>The closing line on standard error.</summary>
    public string Line() =>
        $"audited {Reports} report(s) of {Agencies} agenc{(Agencies == 1 ? "y" : "ies")}" +
        (FirstYear is { } first ? $", {first}–{LastYear}" : "") +
        $": {Reports - ReportsWithErrors} without errors, {ReportsWithErrors} with errors, {Unreadable} unreadable; {Warnings} warning(s); " +
        $"{ConsecutivePairs} consecutive-year pair(s) checked, {PairsWithErrors} with errors" +
        (Skipped > 0 ? $"; {Skipped} file(s) skipped (not reports)" : "");
}
