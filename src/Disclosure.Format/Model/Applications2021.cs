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
