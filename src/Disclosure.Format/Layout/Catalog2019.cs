using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

/// <summary>The declaration of the 2019 trial edition's layout (国办公开办函〔2019〕60号).</summary>
[EditionRecord(typeof(DisclosureReport2019), "2019")]
internal static partial class Catalog2019
{
    public static LayoutCatalog Create()
    {
        var builder = new LayoutBuilder(CellAccessor, ObjectPointers);
        var t2 = ProactiveDisclosure(builder);
        var t3 = SharedLayout.Applications(builder, OtherHandling);
        var t4 = SharedLayout.ReviewAndLitigation(builder);
        builder.EnsureMatches(CellPointers, nameof(DisclosureReport2019));
        return new LayoutCatalog(ReportEdition.Edition2019, "中华人民共和国政府信息公开工作年度报告格式（试行）",
            "国办公开办函〔2019〕60号", SharedLayout.Sections(t2, t3, t4), [t2, t3, t4], Assemble);
    }

    private static TableLayout ProactiveDisclosure(LayoutBuilder builder)
    {
        var t = builder.Table("T2", "二、主动公开政府信息情况", "Proactive disclosure (Article 20)", "/proactiveDisclosure");
        const string Header = "信息内容";

        ColumnLayout[] publication =
        [
            new("newlyMade", "本年新制作数量", "Newly made this year", null, CellValueKind.Count),
            new("newlyPublished", "本年新公开数量", "Newly published this year", null, CellValueKind.Count),
            new("totalPublished", "对外公开总数量", "Published in total", null, CellValueKind.Count),
        ];
        var item1 = t.Group("article20Item1", "第二十条第（一）项", "Article 20 item (1): rules and normative documents", null, publication, Header);
        t.Row("rules", "规章", "Rules", item1, publication);
        t.Row("normativeDocuments", "规范性文件", "Normative documents", item1, publication);

        ColumnLayout[] items5 = ItemColumns(withDecisions: true);
        var item5 = t.Group("article20Item5", "第二十条第（五）项", "Article 20 item (5): licensing and other external services", null, items5, Header);
        t.Row("administrativeLicensing", "行政许可", "Administrative licensing", item5, items5);
        t.Row("otherExternalServices", "其他对外管理服务事项", "Other external management and service matters", item5, items5);

        ColumnLayout[] items6 = ItemColumns(withDecisions: true);
        var item6 = t.Group("article20Item6", "第二十条第（六）项", "Article 20 item (6): penalties and coercive measures", null, items6, Header);
        t.Row("administrativePenalty", "行政处罚", "Administrative penalties", item6, items6);
        t.Row("administrativeCoercion", "行政强制", "Administrative coercive measures", item6, items6);

        ColumnLayout[] items8 = ItemColumns(withDecisions: false);
        var item8 = t.Group("article20Item8", "第二十条第（八）项", "Article 20 item (8): administrative fees", null, items8, Header);
        t.Row("administrativeFees", "行政事业性收费", "Administrative fees", item8, items8);

        ColumnLayout[] procurement =
        [
            new("projects", "采购项目数量", "Procurement projects", null, CellValueKind.Count),
            // No unit is printed; the model keeps the amount in 元 (see Procurement.TotalAmount).
            new("totalAmount", "采购总金额", "Total procurement amount (yuan)", null, CellValueKind.Amount, amountUnit: 1m),
        ];
        var item9 = t.Group("article20Item9", "第二十条第（九）项", "Article 20 item (9): centralised government procurement", null, procurement, Header);
        t.Row("centralizedProcurement", "政府集中采购", "Centralised government procurement", item9, procurement);
        return t.Layout;
    }

    private static ColumnLayout[] ItemColumns(bool withDecisions)
    {
        var previous = new ColumnLayout("previousYearItems", "上一年项目数量", "Items in the previous year", null, CellValueKind.Count);
        var change = new ColumnLayout("change", "本年增/减", "Change this year (signed)", null, CellValueKind.SignedCount);
        return withDecisions
            ? [previous, change, new ColumnLayout("decisions", "处理决定数量", "Decisions made", null, CellValueKind.Count)]
            : [previous, change];
    }

    private static void OtherHandling(LayoutBuilder.TableDraft t, RowLayout outcomes, IReadOnlyList<ColumnLayout> cols) =>
        t.Row("outcomes.otherHandling", "（六）其他处理", "Otherwise handled", outcomes, cols);

    /// <summary>Assembles a report from its parts; the tables' cells are read by the generated table readers, in catalog order.</summary>
    private static DisclosureReport2019 Assemble(LayoutCatalog catalog, ReportParts parts)
    {
        var c = new CellCursor(parts.Cells);
        var report = new DisclosureReport2019
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
