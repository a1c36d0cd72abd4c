using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

/// <summary>The declaration of the 2019 trial edition's layout (国办公开办函〔2019〕60号).</summary>
internal static class Catalog2019
{
    public static LayoutCatalog Create()
    {
        var builder = new LayoutBuilder();
        var t2 = ProactiveDisclosure(builder);
        var t3 = SharedLayout.Applications(builder, LayoutBuilder.Edition<DisclosureReport2019, ApplicationsView>(View), OtherHandling);
        var t4 = SharedLayout.ReviewAndLitigation(builder);
        return new LayoutCatalog(ReportEdition.Edition2019, "中华人民共和国政府信息公开工作年度报告格式（试行）",
            "国办公开办函〔2019〕60号", SharedLayout.Sections(t2, t3, t4), [t2, t3, t4], Assemble);
    }

    private static ApplicationsView View(DisclosureReport2019 r)
    {
        var a = r.Applications;
        var o = a.Outcomes;
        return new ApplicationsView(a.NewlyReceived, a.CarriedOver, o.Disclosed, o.PartiallyDisclosed, o.Withheld,
            o.Unavailable, o.NotProcessed, o.Total, a.CarriedForward);
    }

    private static TableLayout ProactiveDisclosure(LayoutBuilder builder)
    {
        var t = builder.Table("T2", "二、主动公开政府信息情况", "Proactive disclosure (Article 20)", "/proactiveDisclosure");
        const string P = "/proactiveDisclosure";
        const string Header = "信息内容";
        static Func<DisclosureReport, T> Of<T>(Func<ProactiveDisclosure2019, T> f) =>
            LayoutBuilder.Edition<DisclosureReport2019, T>(r => f(r.ProactiveDisclosure));

        ColumnLayout[] publication =
        [
            new("newlyMade", "本年新制作数量", "Newly made this year", null, CellValueKind.Count),
            new("newlyPublished", "本年新公开数量", "Newly published this year", null, CellValueKind.Count),
            new("totalPublished", "对外公开总数量", "Published in total", null, CellValueKind.Count),
        ];
        Func<DocumentPublication, decimal?>[] publicationAcc = [r => r.NewlyMade, r => r.NewlyPublished, r => r.TotalPublished];
        var item1 = t.Group("article20Item1", "第二十条第（一）项", "Article 20 item (1): rules and normative documents", null, null, publication, Header);
        t.Row("rules", "规章", "Rules", P + "/rules", item1, Of(p => p.Rules), publication, publicationAcc);
        t.Row("normativeDocuments", "规范性文件", "Normative documents", P + "/normativeDocuments", item1, Of(p => p.NormativeDocuments), publication, publicationAcc);

        Func<ItemChangeAndDecisions, decimal?>[] itemAcc = [r => r.PreviousYearItems, r => r.Change, r => r.Decisions];
        ColumnLayout[] items5 = ItemColumns(withDecisions: true);
        var item5 = t.Group("article20Item5", "第二十条第（五）项", "Article 20 item (5): licensing and other external services", null, null, items5, Header);
        t.Row("administrativeLicensing", "行政许可", "Administrative licensing", P + "/administrativeLicensing", item5, Of(p => p.AdministrativeLicensing), items5, itemAcc);
        t.Row("otherExternalServices", "其他对外管理服务事项", "Other external management and service matters", P + "/otherExternalServices", item5, Of(p => p.OtherExternalServices), items5, itemAcc);

        ColumnLayout[] items6 = ItemColumns(withDecisions: true);
        var item6 = t.Group("article20Item6", "第二十条第（六）项", "Article 20 item (6): penalties and coercive measures", null, null, items6, Header);
        t.Row("administrativePenalty", "行政处罚", "Administrative penalties", P + "/administrativePenalty", item6, Of(p => p.AdministrativePenalty), items6, itemAcc);
        t.Row("administrativeCoercion", "行政强制", "Administrative coercive measures", P + "/administrativeCoercion", item6, Of(p => p.AdministrativeCoercion), items6, itemAcc);

        ColumnLayout[] items8 = ItemColumns(withDecisions: false);
        var item8 = t.Group("article20Item8", "第二十条第（八）项", "Article 20 item (8): administrative fees", null, null, items8, Header);
        t.Row("administrativeFees", "行政事业性收费", "Administrative fees", P + "/administrativeFees", item8, Of(p => p.AdministrativeFees), items8,
            [r => r.PreviousYearItems, r => r.Change]);

        ColumnLayout[] procurement =
        [
            new("projects", "采购项目数量", "Procurement projects", null, CellValueKind.Count),
            // No unit is printed; the model keeps the amount in 元 (see Procurement.TotalAmount).
            new("totalAmount", "采购总金额", "Total procurement amount (yuan)", null, CellValueKind.Amount, amountUnit: 1m),
        ];
        var item9 = t.Group("article20Item9", "第二十条第（九）项", "Article 20 item (9): centralised government procurement", null, null, procurement, Header);
        t.Row("centralizedProcurement", "政府集中采购", "Centralised government procurement", P + "/centralizedProcurement", item9, Of(p => p.CentralizedProcurement), procurement,
            [r => r.Projects, r => r.TotalAmount]);
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
        t.Row("outcomes.otherHandling", "（六）其他处理", "Otherwise handled", "/applications/outcomes/otherHandling", outcomes,
            LayoutBuilder.Edition<DisclosureReport2019, ApplicantCounts>(r => r.Applications.Outcomes.OtherHandling),
            cols, SharedLayout.ApplicantAccessors);

    private static DisclosureReport2019 Assemble(LayoutCatalog catalog, ReportParts parts)
    {
        var c = new CellCursor(parts.Cells);
        ItemChangeAndDecisions Items() => new() { PreviousYearItems = c.Int(), Change = c.Int(), Decisions = c.Int() };
        var t2 = new ProactiveDisclosure2019
        {
            Rules = new DocumentPublication { NewlyMade = c.Int(), NewlyPublished = c.Int(), TotalPublished = c.Int() },
            NormativeDocuments = new DocumentPublication { NewlyMade = c.Int(), NewlyPublished = c.Int(), TotalPublished = c.Int() },
            AdministrativeLicensing = Items(),
            OtherExternalServices = Items(),
            AdministrativePenalty = Items(),
            AdministrativeCoercion = Items(),
            AdministrativeFees = new ItemChange { PreviousYearItems = c.Int(), Change = c.Int() },
            CentralizedProcurement = new Procurement { Projects = c.Int(), TotalAmount = c.Decimal() },
        };
        var row = SharedLayout.ApplicantRow;
        var t3 = new Applications2019
        {
            NewlyReceived = row(c),
            CarriedOver = row(c),
            Outcomes = new Outcomes2019
            {
                Disclosed = row(c),
                PartiallyDisclosed = row(c),
                Withheld = new WithheldReasons
                {
                    StateSecret = row(c), ProhibitedByLaw = row(c), EndangersSecurityOrStability = row(c),
                    ThirdPartyRights = row(c), InternalAffairs = row(c), ProcessInformation = row(c),
                    EnforcementCaseFiles = row(c), AdministrativeInquiry = row(c),
                },
                Unavailable = new UnavailableReasons { NotHeld = row(c), RequiresCreation = row(c), UnclearAfterCorrection = row(c) },
                NotProcessed = new NotProcessedReasons
                {
                    Complaint = row(c), Repeated = row(c), PublicationRequested = row(c),
                    ExcessiveRepetition = row(c), ConfirmationRequested = row(c),
                },
                OtherHandling = row(c),
                Total = row(c),
            },
            CarriedForward = row(c),
        };
        var t4 = new ReviewAndLitigation
        {
            AdministrativeReview = SharedLayout.CaseRow(c),
            LitigationWithoutReview = SharedLayout.CaseRow(c),
            LitigationAfterReview = SharedLayout.CaseRow(c),
        };
        c.EnsureConsumed();
        return new DisclosureReport2019
        {
            Metadata = parts.Metadata,
            Overview = ReportParts.EmptyOverview,
            ProactiveDisclosure = t2,
            Applications = t3,
            ReviewAndLitigation = t4,
            ProblemsAndImprovements = string.Empty,
            OtherMatters = ReportParts.EmptyOtherMatters,
        };
    }
}
