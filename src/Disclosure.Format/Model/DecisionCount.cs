using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>A row of blocks 第二十条第（五）项 and 第二十条第（六）项 (2021 edition).</summary>
public sealed record DecisionCount
{
    /// <summary>本年处理决定数量: decisions made this year.</summary>
    [JsonPropertyOrder(0)]
    public required int? Decisions { get; init; }
}
