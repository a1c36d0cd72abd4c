using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// A row of blocks 第二十条第（五）项 and 第二十条第（六）项 (2019 edition): the number of items (事项) last year, this
/// year's signed change, and the decisions made.
/// </summary>
public sealed record ItemChangeAndDecisions
{
    /// <summary>上一年项目数量: number of items in the previous year.</summary>
    [JsonPropertyOrder(0)]
    public required int? PreviousYearItems { get; init; }

    /// <summary>本年增/减: this year's change in the number of items; negative for a decrease (减用负值表示，如 -8).</summary>
    [JsonPropertyOrder(1)]
    [JsonConverter(typeof(Json.SignedCountConverter))]
    public required int? Change { get; init; }

    /// <summary>处理决定数量: number of decisions made.</summary>
    [JsonPropertyOrder(2)]
    public required int? Decisions { get; init; }
}
