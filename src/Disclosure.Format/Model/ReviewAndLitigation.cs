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
