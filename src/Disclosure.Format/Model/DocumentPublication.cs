using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>A row of block 第二十条第（一）项 (2019 edition): documents made, published and published in total.</summary>
public sealed record DocumentPublication
{
    /// <summary>本年新制作数量: documents newly made this year.</summary>
    [JsonPropertyOrder(0)]
    public required int? NewlyMade { get; init; }

    /// <summary>本年新公开数量: documents newly published this year.</summary>
    [JsonPropertyOrder(1)]
    public required int? NewlyPublished { get; init; }

    /// <summary>
    /// 对外公开总数量: documents published in total. Agencies read this as a running total or as the number currently
    /// valid; the format does not say which.
    /// </summary>
    [JsonPropertyOrder(2)]
    public required int? TotalPublished { get; init; }
}
