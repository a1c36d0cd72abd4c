using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

/// <summary>Declarations the editions share: the applicant columns of T3 and the whole of T4.</summary>
internal static class SharedLayout
{
    public const string ApplicationsNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

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
    public static TableLayout Applications(LayoutBuilder builder,
        Action<LayoutBuilder.TableDraft, RowLayout, IReadOnlyList<ColumnLayout>> addOtherHandling)
    {
        var (root, cols) = ApplicantColumns();
        var t = builder.Table("T3", "三、收到和处理政府信息公开申请情况", "Applications received and handled",
            "/applications", ApplicationsNote, [root]);
        t.Row("newlyReceived", "一、本年新收政府信息公开申请数量", "Applications received this year", null, cols);
        t.Row("carriedOver", "二、上年结转政府信息公开申请数量", "Applications carried over from last year", null, cols);
        var outcomes = t.Group("outcomes", "三、本年度办理结果", "Outcomes this year");
        t.Row("outcomes.disclosed", "（一）予以公开", "Disclosed", outcomes, cols);
        t.Row("outcomes.partiallyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "Partly disclosed (counted here only)", outcomes, cols);

        var withheld = t.Group("outcomes.withheld", "（三）不予公开", "Withheld", outcomes);
        t.Row("outcomes.withheld.stateSecret", "1.属于国家秘密", "State secret", withheld, cols);
        t.Row("outcomes.withheld.prohibitedByLaw", "2.其他法律行政法规禁止公开", "Prohibited by other laws or administrative regulations", withheld, cols);
        t.Row("outcomes.withheld.endangersSecurityOrStability", "3.危及“三安全一稳定”", "Would endanger security or social stability", withheld, cols);
        t.Row("outcomes.withheld.thirdPartyRights", "4.保护第三方合法权益", "Protects a third party's lawful rights", withheld, cols);
        t.Row("outcomes.withheld.internalAffairs", "5.属于三类内部事务信息", "Internal-affairs information", withheld, cols);
        t.Row("outcomes.withheld.processInformation", "6.属于四类过程性信息", "Process information", withheld, cols);
        t.Row("outcomes.withheld.enforcementCaseFiles", "7.属于行政执法案卷", "Law-enforcement case files", withheld, cols);
        t.Row("outcomes.withheld.administrativeInquiry", "8.属于行政查询事项", "Matters for administrative inquiry", withheld, cols);
        t.Row("outcomes.withheld.exampleNinthReason", "9.属于示例新增理由", "A ninth reason (row proof)", withheld, cols);

        var unavailable = t.Group("outcomes.unavailable", "（四）无法提供", "Cannot be provided", outcomes);
        t.Row("outcomes.unavailable.notHeld", "1.本机关不掌握相关政府信息", "Not held by this agency", unavailable, cols);
        t.Row("outcomes.unavailable.requiresCreation", "2.没有现成信息需要另行制作", "Would have to be created", unavailable, cols);
        t.Row("outcomes.unavailable.unclearAfterCorrection", "3.补正后申请内容仍不明确", "Still unclear after correction", unavailable, cols);

        var notProcessed = t.Group("outcomes.notProcessed", "（五）不予处理", "Not processed", outcomes);
        t.Row("outcomes.notProcessed.complaint", "1.信访举报投诉类申请", "Petitions, reports or complaints", notProcessed, cols);
        t.Row("outcomes.notProcessed.repeated", "2.重复申请", "Repeated application", notProcessed, cols);
        t.Row("outcomes.notProcessed.publicationRequested", "3.要求提供公开出版物", "Public publications requested", notProcessed, cols);
        t.Row("outcomes.notProcessed.excessiveRepetition", "4.无正当理由大量反复申请", "Many repeated applications without due reason", notProcessed, cols);
        t.Row("outcomes.notProcessed.confirmationRequested", "5.要求行政机关确认或重新出具已获取信息", "Confirmation or re-issue of information already obtained", notProcessed, cols);

        addOtherHandling(t, outcomes, cols);

        t.Row("outcomes.total", "（七）总计", "Total of outcomes", outcomes, cols);
        t.Row("carriedForward", "四、结转下年度继续办理", "Carried forward to next year", null, cols);
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
        t.Row("administrativeReview", "行政复议", "Administrative review", null, cols);
        var litigation = t.Group("litigation", "行政诉讼", "Administrative litigation");
        t.Row("litigationWithoutReview", "未经复议直接起诉", "Filed without prior review", litigation, cols);
        t.Row("litigationAfterReview", "复议后起诉", "Filed after review", litigation, cols);
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
}
