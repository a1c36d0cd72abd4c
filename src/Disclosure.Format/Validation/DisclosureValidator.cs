using Disclosure.Format.Model;

namespace Disclosure.Format.Validation;

/// <summary>
/// Checks reports against the rules of their edition (勾稽关系, value domain, blanks, metadata) and against the same
/// agency's previous-year report. Every problem is a <see cref="Diagnostics.Diagnostic"/> located at the RFC 6901
/// JSON Pointer of the cell at fault, with the other cells involved, the expected and actual values, the formula in the
/// format's labels and a message in Chinese and English.
/// </summary>
/// <example>
/// <code>
/// var report = DisclosureJson.Deserialize(File.ReadAllText("report.json"));
/// ValidationResult result = DisclosureValidator.Validate(report);
/// foreach (var d in result.Diagnostics)
///     Console.WriteLine($"{d.Severity} {d.Code} {d.Pointer}: {d.MessageZh}");
/// </code>
/// </example>
public static class DisclosureValidator
{
    /// <summary>
    /// Validates one report. Never throws on a report the JSON reader accepts, nor on one built in code with blank
    /// cells or <see langword="null"/> parts (those are reported as <see cref="RuleCodes.MissingPart"/>). A clean report
    /// allocates nothing: its result is a shared empty result.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="rules">
    /// The rules to apply; by default those of the report's edition (<see cref="RuleSet.For"/>). When the library has no
    /// rules for the report's edition and none are given, the result is empty.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> is a cross-year set or is for another edition.</exception>
    public static ValidationResult Validate(DisclosureReport report, RuleSet? rules = null)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        if (rules is null)
        {
            rules = RuleSet.TryFor(report.Edition);
            if (rules is null)
            {
                return ValidationResult.Clean;
            }
        }
        else if (rules.IsCrossYear)
        {
            throw new ArgumentException("A cross-year rule set needs two reports; use ValidateCrossYear.", nameof(rules));
        }
        else if (rules.Edition != report.Edition)
        {
            throw new ArgumentException($"The rule set is for edition {rules.Edition}, the report is of edition {report.Edition}.", nameof(rules));
        }

        return rules.Run(report);
    }

    /// <summary>
    /// Checks a report against the same agency's previous-year report: 上年结转 equals last year's 结转下年度继续办理 in every
    /// column (<see cref="RuleCodes.CarryOverMismatch"/>), 现行有效件数 rolls forward by 制发 − 废止
    /// (<see cref="RuleCodes.DocumentStockRollForward"/>), and the two reports are of the same agency and of consecutive
    /// years (<see cref="RuleCodes.AgencyDiffers"/>, <see cref="RuleCodes.YearNotConsecutive"/>); between two reports on the
    /// 2019 trial tables, 上一年项目数量 rolls forward by 本年增/减 (<see cref="RuleCodes.ItemCountRollForward"/>). The
    /// reports may be of different editions — a 2020 report on the 2019 tables and the 2021 report, for instance, where
    /// the carry-over check applies because both editions have the rows 二 and 四 — and checks whose cells one of them
    /// lacks are skipped. Pointers into the previous report carry the prefix <see cref="SumCheck.PreviousReportPrefix"/>.
    /// </summary>
    /// <param name="current">The report of year <c>y</c>.</param>
    /// <param name="previous">The same agency's report of year <c>y − 1</c>.</param>
    /// <param name="rules">The cross-year rules to apply; by default <see cref="RuleSet.CrossYear"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> or <paramref name="previous"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> is not a cross-year set.</exception>
    public static ValidationResult ValidateCrossYear(DisclosureReport current, DisclosureReport previous, RuleSet? rules = null)
    {
        if (current is null) throw new ArgumentNullException(nameof(current));
        if (previous is null) throw new ArgumentNullException(nameof(previous));
        rules ??= RuleSet.CrossYear;
        if (!rules.IsCrossYear)
        {
            throw new ArgumentException("This rule set checks one report; use Validate, or pass a cross-year set such as RuleSet.CrossYear.", nameof(rules));
        }

        return rules.RunPair(current, previous);
    }
}
