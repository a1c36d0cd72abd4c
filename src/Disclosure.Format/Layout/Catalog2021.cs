using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

/// <summary>The declaration of the 2021 edition's layout (国办公开办函〔2021〕30号).</summary>
internal static class Catalog2021
{
    public static LayoutCatalog Create()
    {
        var builder = new LayoutBuilder();
        var t2 = ProactiveDisclosure(builder);
        var t3 = SharedLayout.Applications(builder, LayoutBuilder.Edition<DisclosureReport2021, ApplicationsView>(View), OtherHandling);
        var t4 = SharedLayout.ReviewAndLitigation(builder);
        return new LayoutCatalog(ReportEdition.Edition2021, "中华人民共和国政府信息公开工作年度报告格式",
            "国办公开办函〔2021〕30号", SharedLayout.Sections(t2, t3, t4), [t2, t3, t4], Assemble);
    }

    private static ApplicationsView View(DisclosureReport2021 r)
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
        static Func<DisclosureReport, T> Of<T>(Func<ProactiveDisclosure2021, T> f) =>
            LayoutBuilder.Edition<DisclosureReport2021, T>(r => f(r.ProactiveDisclosure));

        ColumnLayout[] stock =
        [
            new("issued", "本年制发件数", "Issued this year", null, CellValueKind.Count),
            new("repealed", "本年废止件数", "Repealed this year", null, CellValueKind.Count),
            new("inForce", "现行有效件数", "Currently in force", null, CellValueKind.Count),
        ];
        Func<DocumentStock, decimal?>[] stockAcc = [r => r.Issued, r => r.Repealed, r => r.InForce];
        var item1 = t.Group("article20Item1", "第二十条第（一）项", "Article 20 item (1): rules and normative documents", null, null, stock, Header);
        t.Row("rules", "规章", "Rules", P + "/rules", item1, Of(p => p.Rules), stock, stockAcc);
        t.Row("normativeDocuments", "行政规范性文件", "Administrative normative documents", P + "/normativeDocuments", item1, Of(p => p.NormativeDocuments), stock, stockAcc);

        Func<DecisionCount, decimal?>[] decisionAcc = [r => r.Decisions];
        ColumnLayout[] decisions5 = [new("decisions", "本年处理决定数量", "Decisions this year", null, CellValueKind.Count)];
        var item5 = t.Group("article20Item5", "第二十条第（五）项", "Article 20 item (5): administrative licensing", null, null, decisions5, Header);
        t.Row("administrativeLicensing", "行政许可", "Administrative licensing", P + "/administrativeLicensing", item5, Of(p => p.AdministrativeLicensing), decisions5, decisionAcc);

        ColumnLayout[] decisions6 = [new("decisions", "本年处理决定数量", "Decisions this year", null, CellValueKind.Count)];
        var item6 = t.Group("article20Item6", "第二十条第（六）项", "Article 20 item (6): penalties and coercive measures", null, null, decisions6, Header);
        t.Row("administrativePenalty", "行政处罚", "Administrative penalties", P + "/administrativePenalty", item6, Of(p => p.AdministrativePenalty), decisions6, decisionAcc);
        t.Row("administrativeCoercion", "行政强制", "Administrative coercive measures", P + "/administrativeCoercion", item6, Of(p => p.AdministrativeCoercion), decisions6, decisionAcc);

        ColumnLayout[] fee = [new("amount", "本年收费金额（单位：万元）", "Fees charged this year (10,000 yuan)", null, CellValueKind.Amount, amountUnit: 10000m)];
        var item8 = t.Group("article20Item8", "第二十条第（八）项", "Article 20 item (8): administrative fees", null, null, fee, Header);
        t.Row("administrativeFees", "行政事业性收费", "Administrative fees", P + "/administrativeFees", item8, Of(p => p.AdministrativeFees), fee, [r => r.Amount]);
        return t.Layout;
    }

    private static void OtherHandling(LayoutBuilder.TableDraft t, RowLayout outcomes, IReadOnlyList<ColumnLayout> cols)
    {
        const string X = "/applications/outcomes/otherHandling";
        static Func<DisclosureReport, ApplicantCounts> Of(Func<OtherHandling2021, ApplicantCounts> f) =>
            LayoutBuilder.Edition<DisclosureReport2021, ApplicantCounts>(r => f(r.Applications.Outcomes.OtherHandling));
        var acc = SharedLayout.ApplicantAccessors;
        var other = t.Group("outcomes.otherHandling", "（六）其他处理", "Otherwise handled", X, outcomes);
        t.Row("outcomes.otherHandling.notCorrectedInTime", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "Applicant did not correct the request in time", X + "/notCorrectedInTime", other, Of(o => o.NotCorrectedInTime), cols, acc);
        t.Row("outcomes.otherHandling.feeNotPaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "Applicant did not pay the noticed fee in time", X + "/feeNotPaid", other, Of(o => o.FeeNotPaid), cols, acc);
        t.Row("outcomes.otherHandling.other", "3.其他", "Other", X + "/other", other, Of(o => o.Other), cols, acc);
    }

    private static DisclosureReport2021 Assemble(LayoutCatalog catalog, ReportParts parts)
    {
        var c = new CellCursor(parts.Cells);
        var t2 = new ProactiveDisclosure2021
        {
            Rules = new DocumentStock { Issued = c.Int(), Repealed = c.Int(), InForce = c.Int() },
            NormativeDocuments = new DocumentStock { Issued = c.Int(), Repealed = c.Int(), InForce = c.Int() },
            AdministrativeLicensing = new DecisionCount { Decisions = c.Int() },
            AdministrativePenalty = new DecisionCount { Decisions = c.Int() },
            AdministrativeCoercion = new DecisionCount { Decisions = c.Int() },
            AdministrativeFees = new FeeAmount { Amount = c.Decimal() },
        };
        var row = SharedLayout.ApplicantRow;
        var t3 = new Applications2021
        {
            NewlyReceived = row(c),
            CarriedOver = row(c),
            Outcomes = new Outcomes2021
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
                OtherHandling = new OtherHandling2021 { NotCorrectedInTime = row(c), FeeNotPaid = row(c), Other = row(c) },
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
        return new DisclosureReport2021
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
