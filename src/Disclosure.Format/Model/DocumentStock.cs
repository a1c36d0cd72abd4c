using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>A row of block 第二十条第（一）项 (2021 edition): documents issued, repealed and in force.</summary>
public sealed record DocumentStock
{
    /// <summary>本年制发件数: documents issued this year.</summary>
    [JsonPropertyOrder(0)]
    public required int? Issued { get; init; }

    /// <summary>本年废止件数: documents repealed this year.</summary>
    [JsonPropertyOrder(1)]
    public required int? Repealed { get; init; }

    /// <summary>现行有效件数: documents currently in force.</summary>
    [JsonPropertyOrder(2)]
    public required int? InForce { get; init; }
}
