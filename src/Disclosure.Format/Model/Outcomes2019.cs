using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// 三、本年度办理结果 in the 2019 trial edition: rows （一） to （七）, with （三）（四）（五） split into numbered reasons and
/// （六）其他处理 as one row.
/// </summary>
public sealed record Outcomes2019
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

    /// <summary>（六）其他处理: otherwise handled; one row in the 2019 edition (the 2021 edition splits it into three).</summary>
    [JsonPropertyOrder(5)]
    public required ApplicantCounts OtherHandling { get; init; }

    /// <summary>（七）总计: total of the outcomes, as published.</summary>
    [JsonPropertyOrder(6)]
    public required ApplicantCounts Total { get; init; }
}
