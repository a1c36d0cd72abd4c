using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

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
