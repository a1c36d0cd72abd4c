using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Validation;

/// <summary>
/// The rule set of one report in the 2019 trial edition, declared from <see cref="LayoutCatalog.Edition2019"/>. The
/// families of the applications and review tables are the 2021 ones (<see cref="RuleFamilies"/>) applied to this
/// edition's catalog, so （七）总计 sums the single （六）其他处理 row; the Article-20 rules are this edition's own.
/// </summary>
internal static class Rules2019
{
    /// <summary>The first report year of the trial edition.</summary>
    public const int FirstYear = 2019;

    /// <summary>The last report year the trial edition was issued for (the 2021 edition applies from the 2021 reports).</summary>
    public const int LastYear = 2020;

    public static RuleSet Create()
    {
        var catalog = LayoutCatalog.Edition2019;
        var t2 = catalog.GetTable("T2");
        var fees = SupplementaryValue.ProcessingFees;
        var (amountNoticed, amountCollected) = (fees[1], fees[2]);
        var itemRows = t2.ValueRows.Where(r => r.Cells.Any(c => c.Column.Key == "change")).ToArray();
        var publicationRows = RuleFamilies.Row(t2, "article20Item1").Children;
        string ItemLabel(string key) => RuleFamilies.Cell(itemRows[0], key).Column.Label;
        string PublicationLabel(string key) => RuleFamilies.Cell(publicationRows[0], key).Column.Label;

        var outcomeTotal = RuleFamilies.ApplicationsOutcomeTotal(catalog, RuleCodes2019.ApplicationsOutcomeTotal, DiagnosticSeverity.Error);
        var rowTotal = RuleFamilies.ApplicationsRowTotal(catalog, RuleCodes2019.ApplicationsRowTotal, DiagnosticSeverity.Error);
        var reviewTotal = RuleFamilies.ReviewLitigationTotal(catalog, RuleCodes2019.ReviewLitigationTotal, DiagnosticSeverity.Error);
        SumRule[] totals = [rowTotal, outcomeTotal, reviewTotal];

        Rule[] rules =
        [
            RuleFamilies.ApplicationsColumnBalance(catalog, RuleCodes2019.ApplicationsColumnBalance, DiagnosticSeverity.Error),
            outcomeTotal,
            rowTotal,
            RuleFamilies.ApplicationsCarryForwardBound(catalog, RuleCodes2019.ApplicationsCarryForwardBound, DiagnosticSeverity.Error),
            reviewTotal,
            new SumRule
            {
                Code = RuleCodes2019.ItemCountNegative,
                Severity = DiagnosticSeverity.Error,
                Title = "Items at the end of the year are not negative",
                TitleZh = "上一年项目数量加本年增/减不为负",
                Formula = $"{ItemLabel("previousYearItems")} + {ItemLabel("change")} ≥ 0",
                Description = "上一年项目数量 + 本年增/减 is the number of items (事项) at the end of the year, which cannot be negative; a decrease larger than last year's number is a sign error or a wrong base. Checked for 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 and 行政事业性收费 in the equivalent form 本年增/减 ≥ −上一年项目数量, located at 本年增/减.",
                DescriptionZh = "上一年项目数量 + 本年增/减 即年末的事项数，不能为负；减少数大于上一年数量，说明正负号或基数有误。对行政许可、其他对外管理服务事项、行政处罚、行政强制、行政事业性收费分别核对，等价写作 本年增/减 ≥ −上一年项目数量，定位于本年增/减。",
                Reference = "INV-T2-19-ITEMS",
                Relation = SumRelation.AtLeast,
                Checks = RuleFamilies.PerRow(itemRows, "change", [], ["previousYearItems"]),
            },
            new SumRule
            {
                Code = RuleCodes2019.FeesCollectedExceedNoticed,
                Severity = DiagnosticSeverity.Warning,
                Title = "Fees collected within the fees noticed",
                TitleZh = "实际收取金额不超过收费通知金额",
                Formula = $"{amountCollected.Label} ≤ {amountNoticed.Label}",
                Description = "Checked only when section 六 states the 信息处理费 figures (/otherMatters/processingFees), which reports on the trial tables seldom do (the fee measures apply from 2021). A warning because a fee noticed late in the previous year may be collected this year.",
                DescriptionZh = "仅在第六部分给出信息处理费数据（/otherMatters/processingFees）时核对；使用试行格式的报告很少给出（收费办法自2021年起施行）。上年末发出的收费通知可能在本年收取，故为警告。",
                Reference = "INV-S-FEE",
                Relation = SumRelation.AtMost,
                Checks = [new SumCheck { Target = amountCollected.Pointer, Add = [amountNoticed.Pointer] }],
            },
            new SumRule
            {
                Code = RuleCodes2019.PublishedTotalBelowNewlyPublished,
                Severity = DiagnosticSeverity.Warning,
                Title = "Published in total at least the newly published",
                TitleZh = "对外公开总数量不少于本年新公开数量",
                Formula = $"{PublicationLabel("totalPublished")} ≥ {PublicationLabel("newlyPublished")}",
                Description = "The documents published this year are among those published in total. A warning, not an error, because the format does not say whether 对外公开总数量 is a running total or the number currently valid, and agencies read it both ways. Checked for 规章 and 规范性文件, located at 对外公开总数量.",
                DescriptionZh = "本年新公开的文件包含在对外公开总数之内。因格式未说明对外公开总数量是累计数还是现行有效数，各机关理解不一，故为警告而非错误。对规章和规范性文件分别核对，定位于对外公开总数量。",
                Reference = "INV-T2-19-PUB",
                Relation = SumRelation.AtLeast,
                Checks = RuleFamilies.PerRow(publicationRows, "totalPublished", ["newlyPublished"]),
            },
            RuleFamilies.Counts(RuleCodes2019.InvalidCount),
            RuleFamilies.Amounts(RuleCodes2019.NegativeAmount),
            RuleFamilies.BlankCells(RuleCodes2019.BlankCell, RuleCodes2019.BlankTotal, RuleCodes2019.NotAssessable, totals),
            RuleFamilies.BlankTotals(RuleCodes2019.BlankTotal, totals),
            new ReportYearRule
            {
                Code = RuleCodes2019.YearOutsideEdition,
                Severity = DiagnosticSeverity.Warning,
                Title = "Report year outside the trial edition",
                TitleZh = "报告年度不在试行格式适用年度内",
                Formula = $"{FirstYear} ≤ 统计年度 ≤ {LastYear}",
                Description = $"The trial edition ({catalog.DocumentNumber}) was issued for the {FirstYear} and {LastYear} reports; from {LastYear + 1} the 2021 edition (国办公开办函〔2021〕30号) applies. Some later reports were still printed on the trial tables, a known defect.",
                DescriptionZh = $"试行格式（{catalog.DocumentNumber}）适用于{FirstYear}、{LastYear}年度报告；自{LastYear + 1}年度起适用2021年版格式（国办公开办函〔2021〕30号）。有的后续年度报告仍沿用试行格式的表格，属于已知缺陷。",
                Minimum = FirstYear,
                Maximum = LastYear,
            },
            RuleFamilies.ImplausibleYear(RuleCodes2019.ImplausibleYear),
            RuleFamilies.MissingParts(RuleCodes2019.MissingPart),
        ];
        return RuleSet.Create(ReportEdition.Edition2019, SlotSpace.For(catalog), rules, RuleCodes2019.NotAssessable);
    }

    /// <summary>
    /// The cross-year check of the trial edition's item counts (INV-T2-19-ITEMS-XY): this year's 上一年项目数量 is last
    /// year's 上一年项目数量 + 本年增/减. Its cells exist only in the 2019 edition, so it applies to 2019 → 2020 pairs of
    /// reports on the trial tables and is skipped for any pair with a 2021-edition report.
    /// </summary>
    public static SumRule ItemCountRollForward()
    {
        var t2 = LayoutCatalog.Edition2019.GetTable("T2");
        var itemRows = t2.ValueRows.Where(r => r.Cells.Any(c => c.Column.Key == "change")).ToArray();
        string Label(string key) => RuleFamilies.Cell(itemRows[0], key).Column.Label;
        return new SumRule
        {
            Code = RuleCodes.ItemCountRollForward,
            Severity = DiagnosticSeverity.Warning,
            Title = "Item counts roll forward",
            TitleZh = "项目数量逐年滚动",
            Formula = $"{Label("previousYearItems")} = {Slot.PreviousMark}{Label("previousYearItems")} + {Slot.PreviousMark}{Label("change")}",
            Description = "For 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 and 行政事业性收费 when both reports are on the 2019 trial tables: last year's count plus last year's change is this year's starting count. Breaks after a reorganisation or a recount of the items; hence a warning. Located at 上一年项目数量 of the current report.",
            DescriptionZh = "适用于行政许可、其他对外管理服务事项、行政处罚、行政强制、行政事业性收费，两份报告均使用2019年试行格式时核对：上年的上一年项目数量加上年的本年增/减，即本年的上一年项目数量。机构改革或事项重新梳理后会不一致，故为警告。定位于本年报告的上一年项目数量。",
            Reference = "INV-T2-19-ITEMS-XY",
            Relation = SumRelation.Equal,
            Checks = itemRows.Select(row => new SumCheck
            {
                Target = RuleFamilies.Cell(row, "previousYearItems").Pointer,
                Add =
                [
                    SumCheck.InPreviousReport(RuleFamilies.Cell(row, "previousYearItems").Pointer),
                    SumCheck.InPreviousReport(RuleFamilies.Cell(row, "change").Pointer),
                ],
            }).ToArray(),
        };
    }
}
