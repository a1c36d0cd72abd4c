using System.Globalization;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Comparison;

/// <summary>
/// The bilingual texts of the comparison of two reports, in English and Chinese, in one place: the messages of the
/// diagnostics <see cref="ComparisonCodes.AgencyDiffers"/> (<c>DF7001</c>) and <see cref="ComparisonCodes.YearNotLater"/>
/// (<c>DF7002</c>) of <see cref="ReportComparison"/>, and the reason of the part that
/// <see cref="EditionComparison.NotComparable"/> lists. (The roll-up's and hierarchy check's DF7010–DF7024 are in
/// <see cref="Aggregation.AggregationMessages"/>.)
/// </summary>
internal static class ComparisonMessages
{
    /// <summary><c>DF7001</c>.</summary>
    public static Message AgencyDiffers(string? previous, string? current) => new(
        $"The reports name different agencies: '{previous}' (previous) and '{current}' (current); they are compared anyway.",
        $"两份报告的机关名称不同：上一份为“{previous}”，本份为“{current}”；仍进行比较。");

    /// <summary><c>DF7002</c>.</summary>
    public static Message YearNotLater(int current, int previous) => new(
        $"The current report's year {current.ToString(CultureInfo.InvariantCulture)} is not later than the previous report's {previous.ToString(CultureInfo.InvariantCulture)}.",
        $"本份报告的年度（{current.ToString(CultureInfo.InvariantCulture)}）不晚于上一份报告的年度（{previous.ToString(CultureInfo.InvariantCulture)}）。");

    /// <summary>Why 二、主动公开政府信息情况 (<c>T2</c>) cannot be compared across editions (<see cref="NotComparablePart.Reason"/>).</summary>
    public static Message ProactiveDisclosureNotComparable { get; } = new(
        "The Article-20 table differs between the editions: the columns of 第二十条第（一）项 changed meaning (本年新制作数量/本年新公开数量/对外公开总数量 in 2019, 本年制发件数/本年废止件数/现行有效件数 in 2021), 其他对外管理服务事项 and 第二十条第（九）项 政府集中采购 exist only in 2019, the 上一年项目数量 and 本年增/减 columns were dropped, and 行政事业性收费 changed from a number of fee items to an amount in 万元. No figure of one edition's table stands for a figure of the other's.",
        "两版主动公开表格口径不同：第二十条第（一）项的栏目含义改变（2019 年版为本年新制作数量/本年新公开数量/对外公开总数量，2021 年版为本年制发件数/本年废止件数/现行有效件数），其他对外管理服务事项和第二十条第（九）项政府集中采购仅见于 2019 年版，上一年项目数量和本年增/减栏目被删除，行政事业性收费由收费项目数量改为以万元计的收费金额。两版数据不能互相替代。");
}
