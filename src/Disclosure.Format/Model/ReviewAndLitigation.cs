using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// 四、政府信息公开行政复议、行政诉讼情况: administrative review and litigation about disclosure (3 groups × 5 cells);
/// identical in both editions.
/// </summary>
public sealed record ReviewAndLitigation
{
    /// <summary>行政复议: administrative reviews.</summary>
    [JsonPropertyOrder(0)]
    public required CaseOutcomes AdministrativeReview { get; init; }

    /// <summary>行政诉讼 · 未经复议直接起诉: lawsuits filed without prior review.</summary>
    [JsonPropertyOrder(1)]
    public required CaseOutcomes LitigationWithoutReview { get; init; }

    /// <summary>行政诉讼 · 复议后起诉: lawsuits filed after review.</summary>
    [JsonPropertyOrder(2)]
    public required CaseOutcomes LitigationAfterReview { get; init; }
}

/// <summary>The five cells of one group of the review and litigation table.</summary>
public sealed record CaseOutcomes
{
    /// <summary>结果维持: decision upheld.</summary>
    [JsonPropertyOrder(0)]
    public required int? Upheld { get; init; }

    /// <summary>结果纠正: decision corrected.</summary>
    [JsonPropertyOrder(1)]
    public required int? Corrected { get; init; }

    /// <summary>其他结果: other outcome.</summary>
    [JsonPropertyOrder(2)]
    public required int? Other { get; init; }

    /// <summary>尚未审结: not yet concluded.</summary>
    [JsonPropertyOrder(3)]
    public required int? Pending { get; init; }

    /// <summary>总计: the group total, as published (never computed).</summary>
    [JsonPropertyOrder(4)]
    public required int? Total { get; init; }
}
