using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// The row 行政事业性收费 of block 第二十条第（八）项 (2019 edition): the number of fee items last year and this year's
/// signed change. (The 2021 edition reports an amount of money in this block instead.)
/// </summary>
public sealed record ItemChange
{
    /// <summary>上一年项目数量: number of fee items in the previous year.</summary>
    [JsonPropertyOrder(0)]
    public required int? PreviousYearItems { get; init; }

    /// <summary>本年增/减: this year's change in the number of fee items; negative for a decrease.</summary>
    [JsonPropertyOrder(1)]
    [JsonConverter(typeof(Json.SignedCountConverter))]
    public required int? Change { get; init; }
}
