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
