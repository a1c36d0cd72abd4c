using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Validation;

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
