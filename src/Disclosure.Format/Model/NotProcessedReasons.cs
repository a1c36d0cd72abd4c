using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

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
