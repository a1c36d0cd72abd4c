using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

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
