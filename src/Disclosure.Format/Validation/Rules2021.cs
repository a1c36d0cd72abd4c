using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Validation;

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
