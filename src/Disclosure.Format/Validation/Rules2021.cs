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

/// <summary>The rule set of one report in the 2021 edition, declared from <see cref="LayoutCatalog.Edition2021"/>.</summary>
internal static class Rules2021
{
    /// <summary>The first report year of the 2021 edition.</summary>
    public const int FirstYear = 2021;

    /// <summary>The first year annual reports were made (the 2007 条例, in force from 2008-05-01).</summary>
    public const int FirstReportYear = 2008;

    public static RuleSet Create()
    {
        var catalog = LayoutCatalog.Edition2021;
        var t2 = catalog.GetTable("T2");
        var t3 = catalog.GetTable("T3");
        var fees = SupplementaryValue.ProcessingFees;
        var (noticesIssued, amountNoticed, amountCollected) = (fees[0], fees[1], fees[2]);
        var feeNotPaid = RuleFamilies.Cell(RuleFamilies.Row(t3, "outcomes.otherHandling.feeNotPaid"), RuleFamilies.TotalColumn);
        var stockRow = RuleFamilies.Row(t2, "rules");
        string Stock(string key) => RuleFamilies.Cell(stockRow, key).Column.Label;

        var outcomeTotal = RuleFamilies.ApplicationsOutcomeTotal(catalog, RuleCodes.ApplicationsOutcomeTotal, DiagnosticSeverity.Error);
        var rowTotal = RuleFamilies.ApplicationsRowTotal(catalog, RuleCodes.ApplicationsRowTotal, DiagnosticSeverity.Error);
        var reviewTotal = RuleFamilies.ReviewLitigationTotal(catalog, RuleCodes.ReviewLitigationTotal, DiagnosticSeverity.Error);
        SumRule[] totals = [rowTotal, outcomeTotal, reviewTotal];

        Rule[] rules =
        [
            RuleFamilies.ApplicationsColumnBalance(catalog, RuleCodes.ApplicationsColumnBalance, DiagnosticSeverity.Error),
            outcomeTotal,
            rowTotal,
            RuleFamilies.ApplicationsCarryForwardBound(catalog, RuleCodes.ApplicationsCarryForwardBound, DiagnosticSeverity.Error),
            reviewTotal,
            new SumRule
            {
                Code = RuleCodes.DocumentStockNegativeOpening,
                Severity = DiagnosticSeverity.Warning,
                Title = "Documents in force imply a non-negative opening stock",
                TitleZh = "现行有效件数不小于本年制发减本年废止",
                Formula = $"{Stock("inForce")} + {Stock("repealed")} − {Stock("issued")} ≥ 0",
                Description = "现行有效件数 + 本年废止件数 − 本年制发件数 is the stock at the start of the year, which cannot be negative. A warning because agencies count revisions as 制发 or let documents lapse without 废止. Checked for 规章 and 行政规范性文件, located at 现行有效件数.",
                DescriptionZh = "现行有效件数 + 本年废止件数 − 本年制发件数 即年初的件数，不应为负。因有的机关把修订计为制发、文件到期失效而未废止，故为警告。对规章和行政规范性文件分别核对，定位于现行有效件数。",
                Reference = "INV-T2-STOCK-LOCAL",
                Relation = SumRelation.AtLeast,
                Checks = RuleFamilies.PerRow(RuleFamilies.Row(t2, "article20Item1").Children, "inForce", ["issued"], ["repealed"]),
            },
            new SumRule
            {
                Code = RuleCodes.FeesCollectedExceedNoticed,
                Severity = DiagnosticSeverity.Warning,
                Title = "Fees collected within the fees noticed",
                TitleZh = "实际收取金额不超过收费通知金额",
                Formula = $"{amountCollected.Label} ≤ {amountNoticed.Label}",
                Description = "Checked only when section 六 states the 信息处理费 figures (/otherMatters/processingFees). A warning because a fee noticed late in the previous year may be collected this year.",
                DescriptionZh = "仅在第六部分给出信息处理费数据（/otherMatters/processingFees）时核对。上年末发出的收费通知可能在本年收取，故为警告。",
                Reference = "INV-S-FEE",
                Relation = SumRelation.AtMost,
                Checks = [new SumCheck { Target = amountCollected.Pointer, Add = [amountNoticed.Pointer] }],
            },
            new SumRule
            {
                Code = RuleCodes.FeeNoticesFewerThanUnpaid,
                Severity = DiagnosticSeverity.Warning,
                Title = "Fee notices for applications closed for non-payment",
                TitleZh = "逾期未缴费的申请应有收费通知",
                Formula = $"{noticesIssued.Label} ≥ {feeNotPaid.Row.LabelPathText} · {feeNotPaid.Column.Label}",
                Description = "An application lapses for non-payment only after a fee notice (《政府信息公开信息处理费管理办法》), so section 六 should report at least as many notices. Checked only when section 六 states the fee figures.",
                DescriptionZh = "申请人逾期未缴费而不再处理的申请，须先发出收费通知（《政府信息公开信息处理费管理办法》），第六部分报告的收费通知件数应不少于此数。仅在第六部分给出信息处理费数据时核对。",
                Reference = "INV-S-FEE",
                Relation = SumRelation.AtLeast,
                Checks = [new SumCheck { Target = noticesIssued.Pointer, Add = [feeNotPaid.Pointer] }],
            },
            RuleFamilies.Counts(RuleCodes.InvalidCount),
            RuleFamilies.Amounts(RuleCodes.NegativeAmount),
            RuleFamilies.BlankCells(RuleCodes.BlankCell, RuleCodes.BlankTotal, RuleCodes.NotAssessable, totals),
            RuleFamilies.BlankTotals(RuleCodes.BlankTotal, totals),
            new ReportYearRule
            {
                Code = RuleCodes.YearBeforeEdition,
                Severity = DiagnosticSeverity.Warning,
                Title = "Report year before the edition",
                TitleZh = "报告年度早于本格式启用年度",
                Formula = $"统计年度 ≥ {FirstYear}",
                Description = $"The 2021 edition ({catalog.DocumentNumber}) is used from the {FirstYear} reports on; the 2019 and 2020 reports use the 2019 trial edition.",
                DescriptionZh = $"本格式（{catalog.DocumentNumber}）自{FirstYear}年度报告起使用；2019、2020年度报告使用2019年试行格式。",
                Minimum = FirstYear,
            },
            RuleFamilies.ImplausibleYear(RuleCodes.ImplausibleYear),
            RuleFamilies.MissingParts(RuleCodes.MissingPart),
        ];
        return RuleSet.Create(ReportEdition.Edition2021, SlotSpace.For(catalog), rules, RuleCodes.NotAssessable);
    }
}

/// <summary>The cross-year rule set, declared from the cells both editions share.</summary>
internal static class CrossYearRules
{
    public static RuleSet Create()
    {
        // The pointers of T3 are the same in both editions (the shared layout declares them); those of the 2021 T2
        // block 第二十条第（一）项 exist only in the 2021 edition, so DF3002 is skipped for other pairs.
        var catalog = LayoutCatalog.Edition2021;
        var t2 = catalog.GetTable("T2");
        var t3 = catalog.GetTable("T3");
        RowLayout two = RuleFamilies.Row(t3, "carriedOver"), four = RuleFamilies.Row(t3, "carriedForward");
        var stockRow = RuleFamilies.Row(t2, "rules");
        string Stock(string key) => RuleFamilies.Cell(stockRow, key).Column.Label;

        Rule[] rules =
        [
            new SumRule
            {
                Code = RuleCodes.CarryOverMismatch,
                Severity = DiagnosticSeverity.Warning,
                Title = "Carried over equals last year's carried forward",
                TitleZh = "上年结转等于上年报告的结转下年度继续办理",
                Formula = $"{two.Label} = {Slot.PreviousMark}{four.Label}",
                Description = $"Holds in principle for every column (the row names say so) and across the 2019 → 2021 edition change, but legitimately breaks when agencies merge or split, when last year's figures were corrected, or when the two reports were paired wrongly (see {RuleCodes.AgencyDiffers}, {RuleCodes.YearNotConsecutive}). Hence a warning, not an error. Located at 二 of the current report.",
                DescriptionZh = $"原则上各列均应成立（行名即此含义），跨2019、2021两版格式亦然；但机构合并或拆分、上年数据更正、或两份报告配对有误（见 {RuleCodes.AgencyDiffers}、{RuleCodes.YearNotConsecutive}）时会合理地不一致，故为警告而非错误。定位于本年报告的“二”。",
                Reference = "INV-X-CARRY",
                Relation = SumRelation.Equal,
                Checks = two.Cells.Select(cell => new SumCheck
                {
                    Target = cell.Pointer,
                    Add = [SumCheck.InPreviousReport(RuleFamilies.Cell(four, cell.Column.Key).Pointer)],
                }).ToArray(),
            },
            new SumRule
            {
                Code = RuleCodes.DocumentStockRollForward,
                Severity = DiagnosticSeverity.Warning,
                Title = "Documents in force roll forward",
                TitleZh = "现行有效件数逐年滚动",
                Formula = $"{Stock("inForce")} = {Slot.PreviousMark}{Stock("inForce")} + {Stock("issued")} − {Stock("repealed")}",
                Description = "For 规章 and 行政规范性文件 when both reports are in the 2021 edition. Breaks when documents lapse without formal 废止, when revisions are counted as 制发, or after reorganisation; hence a warning. Located at 现行有效件数 of the current report.",
                DescriptionZh = "适用于规章和行政规范性文件，两份报告均为2021年版格式时核对。文件到期失效未经废止、修订计为制发或机构改革时会不一致，故为警告。定位于本年报告的现行有效件数。",
                Reference = "INV-X-STOCK",
                Relation = SumRelation.Equal,
                Checks = RuleFamilies.Row(t2, "article20Item1").Children.Select(row => new SumCheck
                {
                    Target = RuleFamilies.Cell(row, "inForce").Pointer,
                    Add = [SumCheck.InPreviousReport(RuleFamilies.Cell(row, "inForce").Pointer), RuleFamilies.Cell(row, "issued").Pointer],
                    Subtract = [RuleFamilies.Cell(row, "repealed").Pointer],
                }).ToArray(),
            },
            new PairMetadataRule
            {
                Code = RuleCodes.AgencyDiffers,
                Severity = DiagnosticSeverity.Warning,
                Title = "Previous report by another agency",
                TitleZh = "上年报告的机关不同",
                Formula = $"{Slot.PreviousMark}机关名称 = 机关名称",
                Description = "The names are compared after trimming white space. A renamed agency legitimately differs; otherwise the reports were paired wrongly and the other cross-year checks are meaningless.",
                DescriptionZh = "去除首尾空白后比较机关名称。机关更名时会合理地不同；否则说明两份报告配对有误，其他跨年核对无意义。",
                ComparesAgency = true,
            },
            new PairMetadataRule
            {
                Code = RuleCodes.YearNotConsecutive,
                Severity = DiagnosticSeverity.Warning,
                Title = "Previous report not of the year before",
                TitleZh = "上年报告的年度不连续",
                Formula = $"{Slot.PreviousMark}统计年度 = 统计年度 − 1",
                Description = "The cross-year checks compare consecutive years; with a gap they are meaningless.",
                DescriptionZh = "跨年核对比较相邻两个年度；年度不连续时核对无意义。",
                ComparesAgency = false,
            },
            Rules2019.ItemCountRollForward(),
        ];
        return RuleSet.Create(null, SlotSpace.ForPair(ReportEdition.Edition2021, ReportEdition.Edition2021)!, rules, RuleCodes.CrossYearNotAssessable);
    }
}
