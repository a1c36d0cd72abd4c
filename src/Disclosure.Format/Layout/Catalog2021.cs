using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

/// <summary>The declaration of the 2021 edition's layout (国办公开办函〔2021〕30号).</summary>
[EditionRecord(typeof(DisclosureReport2021), "2021")]
internal static partial class Catalog2021
{
    public static LayoutCatalog Create()
    {
        var builder = new LayoutBuilder(CellAccessor, ObjectPointers);
        var t2 = ProactiveDisclosure(builder);
        var t3 = SharedLayout.Applications(builder, OtherHandling);
        var t4 = SharedLayout.ReviewAndLitigation(builder);
        builder.EnsureMatches(CellPointers, nameof(DisclosureReport2021));
        return new LayoutCatalog(ReportEdition.Edition2021, "中华人民共和国政府信息公开工作年度报告格式",
            "国办公开办函〔2021〕30号", SharedLayout.Sections(t2, t3, t4), [t2, t3, t4], Assemble);
    }

    private static TableLayout ProactiveDisclosure(LayoutBuilder builder)
    {
        var t = builder.Table("T2", "二、主动公开政府信息情况", "Proactive disclosure (Article 20)", "/proactiveDisclosure");
        const string Header = "信息内容";

        ColumnLayout[] stock =
        [
            new("issued", "本年制发件数", "Issued this year", null, CellValueKind.Count),
            new("repealed", "本年废止件数", "Repealed this year", null, CellValueKind.Count),
            new("inForce", "现行有效件数", "Currently in force", null, CellValueKind.Count),
        ];
        var item1 = t.Group("article20Item1", "第二十条第（一）项", "Article 20 item (1): rules and normative documents", null, stock, Header);
        t.Row("rules", "规章", "Rules", item1, stock);
        t.Row("normativeDocuments", "行政规范性文件", "Administrative normative documents", item1, stock);

        ColumnLayout[] decisions5 = [new("decisions", "本年处理决定数量", "Decisions this year", null, CellValueKind.Count)];
        var item5 = t.Group("article20Item5", "第二十条第（五）项", "Article 20 item (5): administrative licensing", null, decisions5, Header);
        t.Row("administrativeLicensing", "行政许可", "Administrative licensing", item5, decisions5);

        ColumnLayout[] decisions6 = [new("decisions", "本年处理决定数量", "Decisions this year", null, CellValueKind.Count)];
        var item6 = t.Group("article20Item6", "第二十条第（六）项", "Article 20 item (6): penalties and coercive measures", null, decisions6, Header);
        t.Row("administrativePenalty", "行政处罚", "Administrative penalties", item6, decisions6);
        t.Row("administrativeCoercion", "行政强制", "Administrative coercive measures", item6, decisions6);

        ColumnLayout[] fee = [new("amount", "本年收费金额（单位：万元）", "Fees charged this year (10,000 yuan)", null, CellValueKind.Amount, amountUnit: 10000m)];
        var item8 = t.Group("article20Item8", "第二十条第（八）项", "Article 20 item (8): administrative fees", null, fee, Header);
        t.Row("administrativeFees", "行政事业性收费", "Administrative fees", item8, fee);
        return t.Layout;
    }

    private static void OtherHandling(LayoutBuilder.TableDraft t, RowLayout outcomes, IReadOnlyList<ColumnLayout> cols)
    {
        var other = t.Group("outcomes.otherHandling", "（六）其他处理", "Otherwise handled", outcomes);
        t.Row("outcomes.otherHandling.notCorrectedInTime", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "Applicant did not correct the request in time", other, cols);
        t.Row("outcomes.otherHandling.feeNotPaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "Applicant did not pay the noticed fee in time", other, cols);
        t.Row("outcomes.otherHandling.other", "3.其他", "Other", other, cols);
    }

    /// <summary>Assembles a report from its parts; the tables' cells are read by the generated table readers, in catalog order.</summary>
    private static DisclosureReport2021 Assemble(LayoutCatalog catalog, ReportParts parts)
    {
        var c = new CellCursor(parts.Cells);
        var report = new DisclosureReport2021
        {
            Metadata = parts.Metadata,
            Overview = ReportParts.EmptyOverview,
            ProactiveDisclosure = ReadProactiveDisclosure(c),
            Applications = ReadApplications(c),
            ReviewAndLitigation = ReadReviewAndLitigation(c),
            ProblemsAndImprovements = string.Empty,
            OtherMatters = ReportParts.EmptyOtherMatters,
        };
        c.EnsureConsumed();
        return report;
    }
}
