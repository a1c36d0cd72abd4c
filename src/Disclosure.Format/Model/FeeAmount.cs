using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>The row 行政事业性收费 of block 第二十条第（八）项 (2021 edition).</summary>
public sealed record FeeAmount
{
    /// <summary>本年收费金额（单位：万元）: fees charged this year, in 万元 (ten thousand yuan), as published (fractions allowed).</summary>
    [JsonPropertyOrder(0)]
    public required decimal? Amount { get; init; }
}
