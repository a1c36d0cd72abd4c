using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// 三、收到和处理政府信息公开申请情况 in the 2021 edition: 25 value rows × 7 applicant columns (175 cells). The column
/// balance printed in the table holds: 一 + 二 = 三（七）总计 + 四.
/// </summary>
public sealed record Applications2021
{
    /// <summary>一、本年新收政府信息公开申请数量: applications received this year.</summary>
    [JsonPropertyOrder(0)]
    public required ApplicantCounts NewlyReceived { get; init; }

    /// <summary>二、上年结转政府信息公开申请数量: applications carried over from the previous year.</summary>
    [JsonPropertyOrder(1)]
    public required ApplicantCounts CarriedOver { get; init; }

    /// <summary>三、本年度办理结果: outcomes of applications handled this year.</summary>
    [JsonPropertyOrder(2)]
    public required Outcomes2021 Outcomes { get; init; }

    /// <summary>四、结转下年度继续办理: applications carried forward to next year.</summary>
    [JsonPropertyOrder(3)]
    public required ApplicantCounts CarriedForward { get; init; }
}

/// <summary>三、本年度办理结果 in the 2021 edition: rows （一） to （七）, with （三）（四）（五）（六） split into numbered reasons.</summary>
public sealed record Outcomes2021
{
    /// <summary>（一）予以公开: disclosed.</summary>
    [JsonPropertyOrder(0)]
    public required ApplicantCounts Disclosed { get; init; }

    /// <summary>（二）部分公开（区分处理的，只计这一情形，不计其他情形）: partly disclosed (counted here only).</summary>
    [JsonPropertyOrder(1)]
    public required ApplicantCounts PartiallyDisclosed { get; init; }

    /// <summary>（三）不予公开: withheld, by reason (8 rows).</summary>
    [JsonPropertyOrder(2)]
    public required WithheldReasons Withheld { get; init; }

    /// <summary>（四）无法提供: cannot be provided, by reason (3 rows).</summary>
    [JsonPropertyOrder(3)]
    public required UnavailableReasons Unavailable { get; init; }

    /// <summary>（五）不予处理: not processed, by reason (5 rows).</summary>
    [JsonPropertyOrder(4)]
    public required NotProcessedReasons NotProcessed { get; init; }

    /// <summary>（六）其他处理: otherwise handled, by reason (3 rows in the 2021 edition).</summary>
    [JsonPropertyOrder(5)]
    public required OtherHandling2021 OtherHandling { get; init; }

    /// <summary>（七）总计: total of the outcomes, as published.</summary>
    [JsonPropertyOrder(6)]
    public required ApplicantCounts Total { get; init; }
}

/// <summary>（三）不予公开: the eight reasons for withholding.</summary>
public sealed record WithheldReasons
{
    /// <summary>1.属于国家秘密: state secret.</summary>
    [JsonPropertyOrder(0)]
    public required ApplicantCounts StateSecret { get; init; }

    /// <summary>2.其他法律行政法规禁止公开: disclosure prohibited by other laws or administrative regulations.</summary>
    [JsonPropertyOrder(1)]
    public required ApplicantCounts ProhibitedByLaw { get; init; }

    /// <summary>3.危及“三安全一稳定”: would endanger national, public or economic security or social stability.</summary>
    [JsonPropertyOrder(2)]
    public required ApplicantCounts EndangersSecurityOrStability { get; init; }

    /// <summary>4.保护第三方合法权益: protection of a third party's lawful rights.</summary>
    [JsonPropertyOrder(3)]
    public required ApplicantCounts ThirdPartyRights { get; init; }

    /// <summary>5.属于三类内部事务信息: internal-affairs information (personnel, logistics, internal procedure).</summary>
    [JsonPropertyOrder(4)]
    public required ApplicantCounts InternalAffairs { get; init; }

    /// <summary>6.属于四类过程性信息: process information (minutes, drafts, consultations, requests for instructions).</summary>
    [JsonPropertyOrder(5)]
    public required ApplicantCounts ProcessInformation { get; init; }

    /// <summary>7.属于行政执法案卷: administrative law-enforcement case files.</summary>
    [JsonPropertyOrder(6)]
    public required ApplicantCounts EnforcementCaseFiles { get; init; }

    /// <summary>8.属于行政查询事项: matters for administrative inquiry.</summary>
    [JsonPropertyOrder(7)]
    public required ApplicantCounts AdministrativeInquiry { get; init; }
}

/// <summary>（四）无法提供: the three reasons information cannot be provided.</summary>
public sealed record UnavailableReasons
{
    /// <summary>1.本机关不掌握相关政府信息: the agency does not hold the information.</summary>
    [JsonPropertyOrder(0)]
    public required ApplicantCounts NotHeld { get; init; }

    /// <summary>2.没有现成信息需要另行制作: no existing information; it would have to be created.</summary>
    [JsonPropertyOrder(1)]
    public required ApplicantCounts RequiresCreation { get; init; }

    /// <summary>3.补正后申请内容仍不明确: the request is still unclear after correction.</summary>
    [JsonPropertyOrder(2)]
    public required ApplicantCounts UnclearAfterCorrection { get; init; }
}

/// <summary>（五）不予处理: the five reasons an application is not processed.</summary>
public sealed record NotProcessedReasons
{
    /// <summary>1.信访举报投诉类申请: petitions, reports or complaints.</summary>
    [JsonPropertyOrder(0)]
    public required ApplicantCounts Complaint { get; init; }

    /// <summary>2.重复申请: repeated application.</summary>
    [JsonPropertyOrder(1)]
    public required ApplicantCounts Repeated { get; init; }

    /// <summary>3.要求提供公开出版物: request for public publications.</summary>
    [JsonPropertyOrder(2)]
    public required ApplicantCounts PublicationRequested { get; init; }

    /// <summary>4.无正当理由大量反复申请: many repeated applications without due reason.</summary>
    [JsonPropertyOrder(3)]
    public required ApplicantCounts ExcessiveRepetition { get; init; }

    /// <summary>5.要求行政机关确认或重新出具已获取信息: request to confirm or re-issue information already obtained.</summary>
    [JsonPropertyOrder(4)]
    public required ApplicantCounts ConfirmationRequested { get; init; }
}

/// <summary>（六）其他处理 in the 2021 edition: three reasons.</summary>
public sealed record OtherHandling2021
{
    /// <summary>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: the applicant did not correct the request in time.</summary>
    [JsonPropertyOrder(0)]
    public required ApplicantCounts NotCorrectedInTime { get; init; }

    /// <summary>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: the applicant did not pay the noticed fee in time.</summary>
    [JsonPropertyOrder(1)]
    public required ApplicantCounts FeeNotPaid { get; init; }

    /// <summary>3.其他: other.</summary>
    [JsonPropertyOrder(2)]
    public required ApplicantCounts Other { get; init; }
}

/// <summary>
/// One row of the applications table: the count for each applicant category (申请人情况) and the published
/// <c>总计</c>. There is no 法人或其他组织 subtotal in the official format.
/// </summary>
public sealed record ApplicantCounts
{
    /// <summary>自然人: natural persons.</summary>
    [JsonPropertyOrder(0)]
    public required int? NaturalPerson { get; init; }

    /// <summary>法人或其他组织 · 商业企业: commercial enterprises.</summary>
    [JsonPropertyOrder(1)]
    public required int? CommercialEnterprise { get; init; }

    /// <summary>法人或其他组织 · 科研机构: research institutions.</summary>
    [JsonPropertyOrder(2)]
    public required int? ResearchInstitution { get; init; }

    /// <summary>法人或其他组织 · 社会公益组织: social public-welfare organisations.</summary>
    [JsonPropertyOrder(3)]
    public required int? SocialWelfareOrganization { get; init; }

    /// <summary>法人或其他组织 · 法律服务机构: legal service providers.</summary>
    [JsonPropertyOrder(4)]
    public required int? LegalServiceProvider { get; init; }

    /// <summary>法人或其他组织 · 其他: other organisations.</summary>
    [JsonPropertyOrder(5)]
    public required int? Other { get; init; }

    /// <summary>总计: the row total, as published (never computed).</summary>
    [JsonPropertyOrder(6)]
    public required int? Total { get; init; }
}
