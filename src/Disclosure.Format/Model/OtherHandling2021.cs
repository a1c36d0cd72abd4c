using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

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
