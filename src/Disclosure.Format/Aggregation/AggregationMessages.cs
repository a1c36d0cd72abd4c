using System.Globalization;
using Disclosure.Format.Comparison;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Aggregation;

/// <summary>
/// The messages of the roll-up's and the hierarchy check's diagnostics, in English and Chinese, in one place (one per
/// code and case). It serves the codes <see cref="ComparisonCodes.RollUpEmpty"/> (<c>DF7010</c>) to
/// <see cref="ComparisonCodes.RollUpBlankPart"/> (<c>DF7014</c>) of <see cref="ReportRollUp"/> and
/// <see cref="ComparisonCodes.HierarchyMismatch"/> (<c>DF7020</c>) to <see cref="ComparisonCodes.HierarchyParentMismatch"/>
/// (<c>DF7024</c>) of <see cref="HierarchyCheck"/>.
/// </summary>
internal static class AggregationMessages
{
    /// <summary><c>DF7010</c>.</summary>
    public static Message RollUpEmpty { get; } = new("There is no report to roll up.", "没有可汇总的报告。");

    /// <summary><c>DF7011</c>: the <paramref name="index"/>-th part (0-based) is of another edition than the first.</summary>
    public static Message RollUpMixedEditions(int index, string name, ReportEdition edition, string firstName, ReportEdition firstEdition) => new(
        $"Report {index + 1} ({name}) is of the {Edition(edition)} edition, report 1 ({firstName}) of the {Edition(firstEdition)} edition; reports of different editions cannot be summed cell by cell.",
        $"第{index + 1}份报告（{name}）为{Edition(edition)}年版格式，第1份报告（{firstName}）为{Edition(firstEdition)}年版格式；不同版本的报告不能逐格汇总。");

    /// <summary><c>DF7012</c>: the <paramref name="index"/>-th part (0-based) is for another year than the first.</summary>
    public static Message RollUpMixedYears(int index, string name, int year, string firstName, int firstYear) => new(
        $"Report {index + 1} ({name}) is for {Year(year)}, report 1 ({firstName}) for {Year(firstYear)}; a roll-up covers one year.",
        $"第{index + 1}份报告（{name}）为{Year(year)}年度，第1份报告（{firstName}）为{Year(firstYear)}年度；汇总只能针对同一年度。");

    /// <summary><c>DF7013</c>.</summary>
    public static Message RollUpSumOutOfRange(CellLayout cell) => new(
        $"The sum of {cell.Row.LabelPathText} | {cell.Column.Label} is out of range for the cell; it is left blank.",
        $"{cell.Row.LabelPathText}·{cell.Column.Label}的汇总值超出该单元格的取值范围，留空。");

    /// <summary><c>DF7014</c>: the cell is blank in the parts named <paramref name="who"/>.</summary>
    public static Message RollUpBlankPart(CellLayout cell, IReadOnlyList<string> who) => new(
        $"{cell.Row.LabelPathText} | {cell.Column.Label} is blank in the roll-up because it is blank in {string.Join(", ", who)} (a blank is not 0).",
        $"{cell.Row.LabelPathText}·{cell.Column.Label}在{string.Join("、", who)}的报告中为空，汇总值留空（空白不等于0）。");

    /// <summary><c>DF7020</c>: the parent's figure and the children's sum (both written invariantly).</summary>
    public static Message HierarchyMismatch(CellLayout cell, string published, int children, string sum) => new(
        $"{cell.Row.LabelPathText} | {cell.Column.Label}: the parent published {published}, its {children} children's reports sum to {sum}.",
        $"{cell.Row.LabelPathText}·{cell.Column.Label}：上级报告为{published}，{children}份下级报告合计为{sum}。");

    /// <summary><c>DF7021</c>: the parent's cell is blank (<paramref name="parentBlank"/>), or the children's sum is.</summary>
    public static Message HierarchyNotAssessable(CellLayout cell, bool parentBlank) => parentBlank
        ? new(
            $"{cell.Row.LabelPathText} | {cell.Column.Label} is blank in the parent's report: not compared with the children's sum.",
            $"{cell.Row.LabelPathText}·{cell.Column.Label}在上级报告中为空，未与下级合计比较。")
        : new(
            $"{cell.Row.LabelPathText} | {cell.Column.Label}: the children's sum is blank (a child's cell is blank): not compared.",
            $"{cell.Row.LabelPathText}·{cell.Column.Label}：有下级报告该格为空，合计为空，未比较。");

    /// <summary><c>DF7022</c>.</summary>
    public static Message HierarchyMissingChild(string name) => new(
        $"No report of the expected child '{name}' is among the children; the sum leaves it out.",
        $"下级报告中缺少“{name}”的报告，汇总未包括该单位。");

    /// <summary><c>DF7023</c>.</summary>
    public static Message HierarchyUnexpectedChild(string name) => new(
        $"The child report of '{name}' is not one of the expected children; it is summed anyway.",
        $"下级报告“{name}”不在预期的下级单位名单中，仍计入汇总。");

    /// <summary><c>DF7024</c>: the parent's and the children's reports differ in edition or year.</summary>
    public static Message HierarchyParentMismatch(ReportEdition parentEdition, int parentYear, ReportEdition childEdition, int childYear) => new(
        $"The parent's report ({(int)parentEdition} edition, {parentYear}) and its children's ({(int)childEdition} edition, {childYear}) differ in edition or year; nothing is compared.",
        $"上级报告（{(int)parentEdition}年版格式，{parentYear}年度）与下级报告（{(int)childEdition}年版格式，{childYear}年度）的版本或年度不同，不作比较。");

    private static string Edition(ReportEdition edition) => ((int)edition).ToString(CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
