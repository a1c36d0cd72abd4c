using System.Globalization;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

/// <summary>
/// The messages of the rules' diagnostics, in English and Chinese, in one place (one per kind of rule and case). It serves
/// the codes of <see cref="RuleCodes"/> (<c>DF1000</c>–<c>DF1015</c>, <c>DF3000</c>–<c>DF3005</c>) and
/// <see cref="RuleCodes2019"/> (<c>DF2000</c>–<c>DF2015</c>), and those of custom sum rules: a sum that fails and the
/// not-assessable notes (CompiledSumRule), a bad value (ValueDomainRule), a blank cell (BlankCellRule), a blank total
/// (BlankTotalRule), an implausible year (ReportYearRule), a missing part (MissingPartRule) and the metadata of a pair of
/// reports (PairMetadataRule). Each message starts with the rule's title, so that a custom rule reads like a built-in one.
/// </summary>
internal static class ValidationMessages
{
    /// <summary>Longer formulas (the 21 outcome rows) stay in <see cref="Diagnostic.Formula"/> only, to keep messages readable.</summary>
    private const int MaxFormulaInMessage = 160;

    /// <summary>A number as the messages write it (invariant culture).</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A sum rule fails: the target is not (or not at most, not at least) the sum of its parts.</summary>
    public static Message SumFailed(Rule rule, SumRelation relation, SumCheckPlan check, decimal actual, decimal sum)
    {
        var label = check.Target.Label;
        var (en, zh) = relation switch
        {
            SumRelation.AtMost => ($"is {Number(actual)}, more than {Number(sum)}", $"为{Number(actual)}，大于{Number(sum)}"),
            SumRelation.AtLeast => ($"is {Number(actual)}, less than {Number(sum)}", $"为{Number(actual)}，小于{Number(sum)}"),
            _ => ($"is {Number(actual)}, expected {Number(sum)}", $"为{Number(actual)}，应为{Number(sum)}"),
        };
        return check.Formula.Length <= MaxFormulaInMessage
            ? new($"{rule.Title}: {label} {en} ({check.Formula}).", $"{rule.TitleZh}：{label}{zh}（{check.Formula}）。")
            : new($"{rule.Title}: {label} {en}.", $"{rule.TitleZh}：{label}{zh}。");
    }

    /// <summary><c>DF1000</c>/<c>DF2000</c>/<c>DF3000</c>: a sum rule cannot be checked because cells it needs are blank.</summary>
    public static Message NotAssessable(Rule rule, IReadOnlyList<Slot> blanks) => new(
        $"Not assessable ({rule.Code} {rule.Title}): blank cell(s) {string.Join("; ", blanks.Select(s => s.Label))}.",
        $"无法核对（{rule.Code} {rule.TitleZh}）：{string.Join("；", blanks.Select(s => s.Label))}空白。");

    /// <summary><c>DF1000</c>/<c>DF2000</c>/<c>DF3000</c>: a sum rule cannot be checked because its sum overflows a decimal.</summary>
    public static Message SumOutOfRange(Rule rule) => new(
        $"Not assessable ({rule.Code} {rule.Title}): the sum is out of the range of a decimal number.",
        $"无法核对（{rule.Code} {rule.TitleZh}）：合计超出数值范围。");

    /// <summary><c>DF1009</c>/<c>DF1010</c> (and 2019): a count that is negative or not whole, an amount that is negative.</summary>
    public static Message BadValue(Rule rule, string label, decimal value, bool amount)
    {
        var v = Number(value);
        return amount
            ? new($"{rule.Title}: {label} is {v}; an amount cannot be negative.", $"{rule.TitleZh}：{label}为{v}；金额不能为负数。")
            : new($"{rule.Title}: {label} is {v}; a count must be a non-negative whole number.", $"{rule.TitleZh}：{label}为{v}；件数应为非负整数。");
    }

    /// <summary><c>DF1011</c> (and 2019): a blank cell.</summary>
    public static Message BlankCell(Rule rule, string label) => new(
        $"{rule.Title}: {label} is blank; a blank is not 0, and checks that need it are not assessable.",
        $"{rule.TitleZh}：{label}空白；空白不等于0，需要该单元格的核对无法进行。");

    /// <summary><c>DF1012</c> (and 2019): a blank total beside filled parts.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="label">The total's label.</param>
    /// <param name="filled">How many of the cells it totals are filled.</param>
    /// <param name="expected">The sum of the parts, when all of them are filled and the sum is in range.</param>
    public static Message BlankTotal(Rule rule, string label, int filled, decimal? expected) => new(
        $"{rule.Title}: {label} is blank although {filled} of the cells it totals are filled; a blank total is not 0" +
        (expected is { } e ? $" (the filled parts add up to {Number(e)})." : "."),
        $"{rule.TitleZh}：{label}空白，但其合计的单元格中有{filled}个已填写；空白总计不等于0" +
        (expected is { } z ? $"（各项之和为{Number(z)}）。" : "。"));

    /// <summary><c>DF1013</c>/<c>DF1014</c> (and 2019): the report year is before the edition or out of the plausible range.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="year">The report year.</param>
    /// <param name="bound">What the year is compared with (see <see cref="YearBefore"/>, <see cref="YearAfter"/>, <see cref="YearAfterCurrent"/>).</param>
    public static Message Year(Rule rule, int year, Message bound) => new(
        $"{rule.Title}: the report year is {year}, {bound.En}.",
        $"{rule.TitleZh}：报告年度为{year}，{bound.Zh}。");

    /// <summary>The bound of <see cref="Year"/>: before the minimum.</summary>
    public static Message YearBefore(int minimum) => new($"before {minimum}", $"早于{minimum}年");

    /// <summary>The bound of <see cref="Year"/>: after the maximum.</summary>
    public static Message YearAfter(int maximum) => new($"after {maximum}", $"晚于{maximum}年");

    /// <summary>The bound of <see cref="Year"/>: after the current year plus an offset.</summary>
    public static Message YearAfterCurrent(int bound, int offset) => new(
        $"after {bound} (the current year + {offset})",
        $"晚于{bound}年（当前年份加{offset}）");

    /// <summary><c>DF1015</c> (and 2019): a part the format requires is null.</summary>
    public static Message MissingPart(Rule rule, string label, string pointer) => new(
        $"{rule.Title}: {label} ({pointer}) is null; its cells are treated as blank.",
        $"{rule.TitleZh}：{label}（{pointer}）为 null，其单元格按空白处理。");

    /// <summary><c>DF3003</c>: the previous report is by another agency.</summary>
    public static Message AgencyDiffers(Rule rule, string previous, string current) => new(
        $"{rule.Title}: the previous report is by \"{previous}\", this one by \"{current}\".",
        $"{rule.TitleZh}：上年报告的机关为“{previous}”，本报告为“{current}”。");

    /// <summary><c>DF3004</c>: the previous report is not for the year before.</summary>
    public static Message YearNotConsecutive(Rule rule, int previous, int expected) => new(
        $"{rule.Title}: the previous report is for {previous}, expected {expected}.",
        $"{rule.TitleZh}：上年报告的年度为{previous}，应为{expected}。");
}
