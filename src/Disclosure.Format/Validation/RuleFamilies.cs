using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Validation;

/// <summary>
/// Builds the checks of "total = Σ parts" families from the layout catalog (rows and columns by key), so that no label
/// or pointer is listed twice. The families of the applications and review tables are shared by both editions.
/// </summary>
internal static class RuleFamilies
{
    public const string TotalColumn = "total";

    public static RowLayout Row(TableLayout table, string key) =>
        table.Rows.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"Table {table.Key} has no row '{key}'.");

    public static CellLayout Cell(RowLayout row, string columnKey) =>
        row.Cells.FirstOrDefault(c => string.Equals(c.Column.Key, columnKey, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"Row {row.Key} has no column '{columnKey}'.");

    /// <summary>One check per column of <paramref name="target"/>: target = Σ add − Σ subtract, cells of the same column.</summary>
    public static SumCheck[] PerColumn(RowLayout target, IReadOnlyList<RowLayout> add, IReadOnlyList<RowLayout>? subtract = null) =>
        target.Cells.Select(cell => new SumCheck
        {
            Target = cell.Pointer,
            Add = add.Select(r => Cell(r, cell.Column.Key).Pointer).ToArray(),
            Subtract = (subtract ?? []).Select(r => Cell(r, cell.Column.Key).Pointer).ToArray(),
        }).ToArray();

    /// <summary>One check per row: the cell of <paramref name="targetColumn"/> = Σ add − Σ subtract (by default: every other cell of the row).</summary>
    public static SumCheck[] PerRow(IEnumerable<RowLayout> rows, string targetColumn, IReadOnlyList<string>? add = null, IReadOnlyList<string>? subtract = null) =>
        rows.Select(row => new SumCheck
        {
            Target = Cell(row, targetColumn).Pointer,
            Add = (add ?? row.Cells.Select(c => c.Column.Key).Where(k => k != targetColumn).ToArray()).Select(k => Cell(row, k).Pointer).ToArray(),
            Subtract = (subtract ?? []).Select(k => Cell(row, k).Pointer).ToArray(),
        }).ToArray();

    /// <summary>The value rows of 三、本年度办理结果 that are outcomes: every one except （七）总计.</summary>
    public static RowLayout[] OutcomeRows(TableLayout t3)
    {
        var outcomes = Row(t3, "outcomes");
        var total = Row(t3, "outcomes.total");
        return t3.ValueRows.Where(r => r != total && IsUnder(r, outcomes)).ToArray();
    }

    private static bool IsUnder(RowLayout row, RowLayout ancestor)
    {
        for (var p = row.Parent; p is not null; p = p.Parent)
        {
            if (p == ancestor) return true;
        }

        return false;
    }

    private static string Plus(IEnumerable<string> labels) => string.Join(" + ", labels);

    public static SumRule ApplicationsColumnBalance(LayoutCatalog catalog, string code, DiagnosticSeverity severity)
    {
        var t3 = catalog.GetTable("T3");
        RowLayout one = Row(t3, "newlyReceived"), two = Row(t3, "carriedOver"), total = Row(t3, "outcomes.total"), four = Row(t3, "carriedForward");
        return new SumRule
        {
            Code = code,
            Severity = severity,
            Title = "Column balance of the applications table",
            TitleZh = "申请情况表列平衡",
            Formula = $"{one.Label} + {two.Label} = {total.LabelPathText} + {four.Label}",
            Description = $"Printed in the table itself: {t3.Note}. Checked for each of the seven columns (the six applicant columns and 总计) in the equivalent form 四 = 一 + 二 − （七）总计, and located at {four.Label}.",
            DescriptionZh = $"表中注明{t3.Note}。对申请人情况的七列（含总计）分别核对，等价写作 四 = 一 + 二 − （七）总计，定位于“{four.Label}”。",
            Reference = "INV-T3-COL",
            Relation = SumRelation.Equal,
            Checks = PerColumn(four, [one, two], [total]),
        };
    }

    public static SumRule ApplicationsOutcomeTotal(LayoutCatalog catalog, string code, DiagnosticSeverity severity)
    {
        var t3 = catalog.GetTable("T3");
        var total = Row(t3, "outcomes.total");
        var parts = Row(t3, "outcomes").Children.Where(r => r != total).Select(r => r.Children.Count > 0 ? r.Label + "各项" : r.Label);
        return new SumRule
        {
            Code = code,
            Severity = severity,
            Title = "Outcome total of the applications table",
            TitleZh = "办理结果总计",
            Formula = $"{total.LabelPathText} = {Plus(parts)}",
            Description = "The outcome rows are a partition (an application partly disclosed is counted there only), so （七）总计 is the sum of every outcome row. Checked for each of the seven columns, located at （七）总计.",
            DescriptionZh = "办理结果各项互不重叠（区分处理的，只计部分公开这一情形），（七）总计等于各项办理结果之和。对七列分别核对，定位于（七）总计。",
            Reference = "INV-T3-RESULTS",
            Relation = SumRelation.Equal,
            Checks = PerColumn(total, OutcomeRows(t3)),
        };
    }

    public static SumRule ApplicationsRowTotal(LayoutCatalog catalog, string code, DiagnosticSeverity severity)
    {
        var t3 = catalog.GetTable("T3");
        var first = t3.ValueRows.First();
        var parts = first.Cells.Where(c => c.Column.Key != TotalColumn).Select(c => c.Column.Label);
        return new SumRule
        {
            Code = code,
            Severity = severity,
            Title = "Row total of the applications table",
            TitleZh = "申请情况表行合计",
            Formula = $"{Cell(first, TotalColumn).Column.Label} = {Plus(parts)}",
            Description = "The applicant categories are exclusive and 总计 is their total. Checked for each value row, located at the row's 总计.",
            DescriptionZh = "申请人类别互不重叠，总计为各类申请人之和。对每一行分别核对，定位于该行的总计。",
            Reference = "INV-T3-ROW",
            Relation = SumRelation.Equal,
            Checks = PerRow(t3.ValueRows, TotalColumn),
        };
    }

    public static SumRule ApplicationsCarryForwardBound(LayoutCatalog catalog, string code, DiagnosticSeverity severity)
    {
        var t3 = catalog.GetTable("T3");
        RowLayout one = Row(t3, "newlyReceived"), two = Row(t3, "carriedOver"), four = Row(t3, "carriedForward");
        return new SumRule
        {
            Code = code,
            Severity = severity,
            Title = "Carried forward within received plus carried over",
            TitleZh = "结转下年度不超过本年新收与上年结转之和",
            Formula = $"{four.Label} ≤ {one.Label} + {two.Label}",
            Description = "Follows from the column balance because （七）总计 cannot be negative; reported as well because it pinpoints an impossible carry-forward. Checked for each of the seven columns, located at 四.",
            DescriptionZh = "由列平衡及（七）总计非负推出；单独报告以指明不可能的结转数。对七列分别核对，定位于“四”。",
            Reference = "INV-T3-CARRY-BOUND",
            Relation = SumRelation.AtMost,
            Checks = PerColumn(four, [one, two]),
        };
    }

    public static SumRule ReviewLitigationTotal(LayoutCatalog catalog, string code, DiagnosticSeverity severity)
    {
        var t4 = catalog.GetTable("T4");
        var first = t4.ValueRows.First();
        var parts = first.Cells.Where(c => c.Column.Key != TotalColumn).Select(c => c.Column.Label);
        return new SumRule
        {
            Code = code,
            Severity = severity,
            Title = "Total of the review and litigation table",
            TitleZh = "行政复议、行政诉讼总计",
            Formula = $"{Cell(first, TotalColumn).Column.Label} = {Plus(parts)}",
            Description = "Checked for 行政复议, 未经复议直接起诉 and 复议后起诉, located at each group's 总计.",
            DescriptionZh = "对行政复议、未经复议直接起诉、复议后起诉分别核对，定位于各自的总计。",
            Reference = "INV-T4-SUM",
            Relation = SumRelation.Equal,
            Checks = PerRow(t4.ValueRows, TotalColumn),
        };
    }

    public static ValueDomainRule Counts(string code) => new()
    {
        Code = code,
        Severity = DiagnosticSeverity.Error,
        Title = "Counts are non-negative whole numbers",
        TitleZh = "件数为非负整数",
        Formula = "件数 ≥ 0，且为整数",
        Description = "The JSON reader already rejects such values; the rule matters for reports built in code and for other sources.",
        DescriptionZh = "JSON 读取时已拒绝此类数值；本规则用于以代码构造或其他来源的报告。",
        Reference = "INV-D1",
        ValueKind = CellValueKind.Count,
    };

    public static ValueDomainRule Amounts(string code) => new()
    {
        Code = code,
        Severity = DiagnosticSeverity.Error,
        Title = "Amounts are non-negative",
        TitleZh = "金额不为负数",
        Formula = "金额 ≥ 0",
        Description = "The JSON reader already rejects such values; the rule matters for reports built in code and for other sources.",
        DescriptionZh = "JSON 读取时已拒绝此类数值；本规则用于以代码构造或其他来源的报告。",
        Reference = "INV-D1",
        ValueKind = CellValueKind.Amount,
    };

    public static BlankCellRule BlankCells(string code, string blankTotalCode, string notAssessableCode, IReadOnlyList<SumRule> totals) => new()
    {
        Code = code,
        Severity = DiagnosticSeverity.Info,
        Title = "Blank cell",
        TitleZh = "空白单元格",
        Description = $"A blank cell is not 0: every check that needs it is reported as not assessable ({notAssessableCode}). A blank total beside filled parts is reported as {blankTotalCode} instead.",
        DescriptionZh = $"空白不等于0：需要该单元格的核对均报告为无法核对（{notAssessableCode}）。分项已填而总计空白的，报告为 {blankTotalCode}。",
        Reference = "INV-D2",
        Totals = totals,
    };

    public static BlankTotalRule BlankTotals(string code, IReadOnlyList<SumRule> totals) => new()
    {
        Code = code,
        Severity = DiagnosticSeverity.Warning,
        Title = "Blank total beside filled parts",
        TitleZh = "分项已填而总计空白",
        Description = "A common defect of published reports. The total is neither taken as 0 nor computed; the diagnostic gives the sum of the filled parts when they are complete.",
        DescriptionZh = "已公开报告的常见缺陷。空白总计既不按0处理，也不代为计算；分项齐全时给出其合计供参考。",
        Reference = "INV-D2",
        Totals = totals,
    };

    /// <summary>The report year is before the first annual reports or more than a year in the future (both editions).</summary>
    public static ReportYearRule ImplausibleYear(string code) => new()
    {
        Code = code,
        Severity = DiagnosticSeverity.Warning,
        Title = "Implausible report year",
        TitleZh = "报告年度不合理",
        Formula = $"{Rules2021.FirstReportYear} ≤ 统计年度 ≤ 当前年份 + 1",
        Description = $"Annual reports start with {Rules2021.FirstReportYear} (the 2007 regulations took effect on 2008-05-01), and a report cannot cover a year more than one year ahead of the current year.",
        DescriptionZh = $"政府信息公开工作年度报告始于{Rules2021.FirstReportYear}年度（2007年条例自2008年5月1日起施行）；报告年度不应晚于当前年份加1。",
        Minimum = Rules2021.FirstReportYear,
        MaximumAfterCurrentYear = 1,
    };

    public static MissingPartRule MissingParts(string code) => new()
    {
        Code = code,
        Severity = DiagnosticSeverity.Error,
        Title = "Required part missing",
        TitleZh = "缺少必需部分",
        Description = "Only possible in a report built in code (the JSON reader rejects null parts). The cells of a missing row are treated as blank.",
        DescriptionZh = "仅见于以代码构造的报告（JSON 读取时拒绝 null）。缺少的行的单元格按空白处理。",
    };
}
