using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

/// <summary>Builds the tables, rows, columns and cells of one edition's catalog (internal declaration helper).</summary>
internal sealed class LayoutBuilder
{
    private int nextCellIndex;

    public TableDraft Table(string key, string label, string englishName, string pointer, string? note = null,
        IReadOnlyList<ColumnLayout>? columns = null) =>
        new(this, new List<RowLayout>(), key, label, englishName, pointer, note, columns ?? []);

    internal int TakeIndex() => nextCellIndex++;

    internal sealed class TableDraft
    {
        private readonly LayoutBuilder owner;
        private readonly List<RowLayout> rows;

        public TableDraft(LayoutBuilder owner, List<RowLayout> rows, string key, string label, string englishName,
            string pointer, string? note, IReadOnlyList<ColumnLayout> columns)
        {
            this.owner = owner;
            this.rows = rows;
            Layout = new TableLayout(key, label, englishName, pointer, note, rows, columns);
        }

        public TableLayout Layout { get; }

        /// <summary>A label-only group row (no value cells of its own).</summary>
        public RowLayout Group(string key, string label, string englishName, string? pointer, RowLayout? parent = null,
            IReadOnlyList<ColumnLayout>? columns = null, string? headerLabel = null)
        {
            var row = new RowLayout(key, label, englishName, pointer, parent, columns ?? [], headerLabel);
            rows.Add(row);
            return row;
        }

        /// <summary>A value row whose object is reached by <paramref name="rowAccessor"/>; one cell per column.</summary>
        public RowLayout Row<TRow>(string key, string label, string englishName, string pointer, RowLayout? parent,
            Func<DisclosureReport, TRow> rowAccessor, IReadOnlyList<ColumnLayout> columns,
            IReadOnlyList<Func<TRow, decimal?>> columnAccessors)
        {
            var row = new RowLayout(key, label, englishName, pointer, parent, columns, null);
            rows.Add(row);
            var cells = new CellLayout[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                var get = columnAccessors[i];
                cells[i] = new CellLayout(owner.TakeIndex(), Layout, row, columns[i], pointer + "/" + columns[i].Key,
                    report => get(rowAccessor(report)));
            }

            row.SetCells(cells);
            return row;
        }
    }

    /// <summary>Builds a typed accessor that casts a report to its edition's record.</summary>
    public static Func<DisclosureReport, T> Edition<TReport, T>(Func<TReport, T> accessor)
        where TReport : DisclosureReport =>
        report => report is TReport typed
            ? accessor(typed)
            : throw new ArgumentException($"The report is of edition {report.Edition}, not of this cell's edition.", nameof(report));
}

/// <summary>Declarations the editions share: the applicant columns of T3 and the whole of T4.</summary>
internal static class SharedLayout
{
    public const string ApplicationsNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public static readonly IReadOnlyList<Func<ApplicantCounts, decimal?>> ApplicantAccessors =
    [
        r => r.NaturalPerson, r => r.CommercialEnterprise, r => r.ResearchInstitution,
        r => r.SocialWelfareOrganization, r => r.LegalServiceProvider, r => r.Other, r => r.Total,
    ];

    public static readonly IReadOnlyList<Func<CaseOutcomes, decimal?>> CaseAccessors =
        [r => r.Upheld, r => r.Corrected, r => r.Other, r => r.Pending, r => r.Total];

    /// <summary>The header tree of T3 (申请人情况 → 自然人, 法人或其他组织 → 5, 总计) and its seven leaf columns in order.</summary>
    public static (ColumnLayout Root, IReadOnlyList<ColumnLayout> Leaves) ApplicantColumns()
    {
        var root = new ColumnLayout("applicants", "申请人情况", "Applicants", null, CellValueKind.Count);
        var natural = new ColumnLayout("naturalPerson", "自然人", "Natural persons", root, CellValueKind.Count);
        var orgs = new ColumnLayout("organizations", "法人或其他组织", "Legal persons or other organisations", root, CellValueKind.Count);
        var biz = new ColumnLayout("commercialEnterprise", "商业企业", "Commercial enterprises", orgs, CellValueKind.Count);
        var sci = new ColumnLayout("researchInstitution", "科研机构", "Research institutions", orgs, CellValueKind.Count);
        var ngo = new ColumnLayout("socialWelfareOrganization", "社会公益组织", "Social public-welfare organisations", orgs, CellValueKind.Count);
        var law = new ColumnLayout("legalServiceProvider", "法律服务机构", "Legal service providers", orgs, CellValueKind.Count);
        var oth = new ColumnLayout("other", "其他", "Other organisations", orgs, CellValueKind.Count);
        var total = new ColumnLayout("total", "总计", "Total", root, CellValueKind.Count);
        return (root, [natural, biz, sci, ngo, law, oth, total]);
    }

    /// <summary>
    /// Declares T3 rows 一 and 二, the group 三 with （一）–（五）, then lets the edition add （六）, then （七） and 四.
    /// </summary>
    public static TableLayout Applications(LayoutBuilder builder, Func<DisclosureReport, ApplicationsView> view,
        Action<LayoutBuilder.TableDraft, RowLayout, IReadOnlyList<ColumnLayout>> addOtherHandling)
    {
        var (root, cols) = ApplicantColumns();
        var t = builder.Table("T3", "三、收到和处理政府信息公开申请情况", "Applications received and handled",
            "/applications", ApplicationsNote, [root]);
        var acc = ApplicantAccessors;
        const string P = "/applications";
        t.Row("newlyReceived", "一、本年新收政府信息公开申请数量", "Applications received this year", P + "/newlyReceived", null, r => view(r).NewlyReceived, cols, acc);
        t.Row("carriedOver", "二、上年结转政府信息公开申请数量", "Applications carried over from last year", P + "/carriedOver", null, r => view(r).CarriedOver, cols, acc);
        const string O = P + "/outcomes";
        var outcomes = t.Group("outcomes", "三、本年度办理结果", "Outcomes this year", O);
        t.Row("outcomes.disclosed", "（一）予以公开", "Disclosed", O + "/disclosed", outcomes, r => view(r).Disclosed, cols, acc);
        t.Row("outcomes.partiallyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "Partly disclosed (counted here only)", O + "/partiallyDisclosed", outcomes, r => view(r).PartiallyDisclosed, cols, acc);

        const string W = O + "/withheld";
        var withheld = t.Group("outcomes.withheld", "（三）不予公开", "Withheld", W, outcomes);
        t.Row("outcomes.withheld.stateSecret", "1.属于国家秘密", "State secret", W + "/stateSecret", withheld, r => view(r).Withheld.StateSecret, cols, acc);
        t.Row("outcomes.withheld.prohibitedByLaw", "2.其他法律行政法规禁止公开", "Prohibited by other laws or administrative regulations", W + "/prohibitedByLaw", withheld, r => view(r).Withheld.ProhibitedByLaw, cols, acc);
        t.Row("outcomes.withheld.endangersSecurityOrStability", "3.危及“三安全一稳定”", "Would endanger security or social stability", W + "/endangersSecurityOrStability", withheld, r => view(r).Withheld.EndangersSecurityOrStability, cols, acc);
        t.Row("outcomes.withheld.thirdPartyRights", "4.保护第三方合法权益", "Protects a third party's lawful rights", W + "/thirdPartyRights", withheld, r => view(r).Withheld.ThirdPartyRights, cols, acc);
        t.Row("outcomes.withheld.internalAffairs", "5.属于三类内部事务信息", "Internal-affairs information", W + "/internalAffairs", withheld, r => view(r).Withheld.InternalAffairs, cols, acc);
        t.Row("outcomes.withheld.processInformation", "6.属于四类过程性信息", "Process information", W + "/processInformation", withheld, r => view(r).Withheld.ProcessInformation, cols, acc);
        t.Row("outcomes.withheld.enforcementCaseFiles", "7.属于行政执法案卷", "Law-enforcement case files", W + "/enforcementCaseFiles", withheld, r => view(r).Withheld.EnforcementCaseFiles, cols, acc);
        t.Row("outcomes.withheld.administrativeInquiry", "8.属于行政查询事项", "Matters for administrative inquiry", W + "/administrativeInquiry", withheld, r => view(r).Withheld.AdministrativeInquiry, cols, acc);

        const string U = O + "/unavailable";
        var unavailable = t.Group("outcomes.unavailable", "（四）无法提供", "Cannot be provided", U, outcomes);
        t.Row("outcomes.unavailable.notHeld", "1.本机关不掌握相关政府信息", "Not held by this agency", U + "/notHeld", unavailable, r => view(r).Unavailable.NotHeld, cols, acc);
        t.Row("outcomes.unavailable.requiresCreation", "2.没有现成信息需要另行制作", "Would have to be created", U + "/requiresCreation", unavailable, r => view(r).Unavailable.RequiresCreation, cols, acc);
        t.Row("outcomes.unavailable.unclearAfterCorrection", "3.补正后申请内容仍不明确", "Still unclear after correction", U + "/unclearAfterCorrection", unavailable, r => view(r).Unavailable.UnclearAfterCorrection, cols, acc);

        const string N = O + "/notProcessed";
        var notProcessed = t.Group("outcomes.notProcessed", "（五）不予处理", "Not processed", N, outcomes);
        t.Row("outcomes.notProcessed.complaint", "1.信访举报投诉类申请", "Petitions, reports or complaints", N + "/complaint", notProcessed, r => view(r).NotProcessed.Complaint, cols, acc);
        t.Row("outcomes.notProcessed.repeated", "2.重复申请", "Repeated application", N + "/repeated", notProcessed, r => view(r).NotProcessed.Repeated, cols, acc);
        t.Row("outcomes.notProcessed.publicationRequested", "3.要求提供公开出版物", "Public publications requested", N + "/publicationRequested", notProcessed, r => view(r).NotProcessed.PublicationRequested, cols, acc);
        t.Row("outcomes.notProcessed.excessiveRepetition", "4.无正当理由大量反复申请", "Many repeated applications without due reason", N + "/excessiveRepetition", notProcessed, r => view(r).NotProcessed.ExcessiveRepetition, cols, acc);
        t.Row("outcomes.notProcessed.confirmationRequested", "5.要求行政机关确认或重新出具已获取信息", "Confirmation or re-issue of information already obtained", N + "/confirmationRequested", notProcessed, r => view(r).NotProcessed.ConfirmationRequested, cols, acc);

        addOtherHandling(t, outcomes, cols);

        t.Row("outcomes.total", "（七）总计", "Total of outcomes", O + "/total", outcomes, r => view(r).OutcomesTotal, cols, acc);
        t.Row("carriedForward", "四、结转下年度继续办理", "Carried forward to next year", P + "/carriedForward", null, r => view(r).CarriedForward, cols, acc);
        return t.Layout;
    }

    /// <summary>Declares T4: 行政复议, 行政诉讼 → 未经复议直接起诉 / 复议后起诉, each with the five outcome columns.</summary>
    public static TableLayout ReviewAndLitigation(LayoutBuilder builder)
    {
        ColumnLayout[] cols =
        [
            new("upheld", "结果维持", "Upheld", null, CellValueKind.Count),
            new("corrected", "结果纠正", "Corrected", null, CellValueKind.Count),
            new("other", "其他结果", "Other outcome", null, CellValueKind.Count),
            new("pending", "尚未审结", "Not yet concluded", null, CellValueKind.Count),
            new("total", "总计", "Total", null, CellValueKind.Count),
        ];
        var t = builder.Table("T4", "四、政府信息公开行政复议、行政诉讼情况", "Administrative review and litigation",
            "/reviewAndLitigation", null, cols);
        const string P = "/reviewAndLitigation";
        var acc = CaseAccessors;
        t.Row("administrativeReview", "行政复议", "Administrative review", P + "/administrativeReview", null, r => r.ReviewAndLitigation.AdministrativeReview, cols, acc);
        var litigation = t.Group("litigation", "行政诉讼", "Administrative litigation", null);
        t.Row("litigationWithoutReview", "未经复议直接起诉", "Filed without prior review", P + "/litigationWithoutReview", litigation, r => r.ReviewAndLitigation.LitigationWithoutReview, cols, acc);
        t.Row("litigationAfterReview", "复议后起诉", "Filed after review", P + "/litigationAfterReview", litigation, r => r.ReviewAndLitigation.LitigationAfterReview, cols, acc);
        return t.Layout;
    }

    /// <summary>The six sections of a report, with the customary sub-headings of 一、总体情况.</summary>
    public static IReadOnlyList<SectionLayout> Sections(TableLayout t2, TableLayout t3, TableLayout t4) =>
    [
        new(1, "一、总体情况", "Overview", "/overview", null,
        [
            new("（一）主动公开", "Proactive disclosure", "/overview/proactiveDisclosure"),
            new("（二）依申请公开", "Disclosure on request", "/overview/disclosureOnRequest"),
            new("（三）政府信息管理", "Government information management", "/overview/informationManagement"),
            new("（四）政府信息公开平台建设", "Disclosure platforms", "/overview/platformConstruction"),
            new("（五）监督保障", "Oversight and safeguards", "/overview/oversightAndSafeguards"),
        ]),
        new(2, "二、主动公开政府信息情况", "Proactive disclosure", "/proactiveDisclosure", t2, []),
        new(3, "三、收到和处理政府信息公开申请情况", "Applications received and handled", "/applications", t3, []),
        new(4, "四、政府信息公开行政复议、行政诉讼情况", "Administrative review and litigation", "/reviewAndLitigation", t4, []),
        new(5, "五、存在的主要问题及改进情况", "Main problems and improvements", "/problemsAndImprovements", null, []),
        new(6, "六、其他需要报告的事项", "Other matters", "/otherMatters", null, []),
    ];

    /// <summary>Reads a shared T4 row of cells in catalog order.</summary>
    public static CaseOutcomes CaseRow(CellCursor c) => new()
    {
        Upheld = c.Int(), Corrected = c.Int(), Other = c.Int(), Pending = c.Int(), Total = c.Int(),
    };

    /// <summary>Reads a T3 row of cells in catalog order.</summary>
    public static ApplicantCounts ApplicantRow(CellCursor c) => new()
    {
        NaturalPerson = c.Int(), CommercialEnterprise = c.Int(), ResearchInstitution = c.Int(),
        SocialWelfareOrganization = c.Int(), LegalServiceProvider = c.Int(), Other = c.Int(), Total = c.Int(),
    };
}

/// <summary>The edition-independent view of T3 that the shared declarations read.</summary>
internal readonly record struct ApplicationsView(
    ApplicantCounts NewlyReceived, ApplicantCounts CarriedOver, ApplicantCounts Disclosed,
    ApplicantCounts PartiallyDisclosed, WithheldReasons Withheld, UnavailableReasons Unavailable,
    NotProcessedReasons NotProcessed, ApplicantCounts OutcomesTotal, ApplicantCounts CarriedForward);

/// <summary>Walks cell values in catalog order while a report is assembled from them.</summary>
internal sealed class CellCursor(IReadOnlyList<decimal?> values)
{
    private int position;

    public int? Int() => values[position++] is { } v ? (int)v : null;

    public decimal? Decimal() => values[position++];

    public void EnsureConsumed()
    {
        if (position != values.Count)
        {
            throw new InvalidOperationException($"Layout assembly consumed {position} of {values.Count} cells.");
        }
    }
}
