using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// 二、主动公开政府信息情况 in the 2021 edition: the Article-20 table of four blocks (第二十条第（一）（五）（六）（八）项),
/// 10 value cells.
/// </summary>
public sealed record ProactiveDisclosure2021
{
    /// <summary>第二十条第（一）项 · 规章 (rules).</summary>
    [JsonPropertyOrder(0)]
    public required DocumentStock Rules { get; init; }

    /// <summary>第二十条第（一）项 · 行政规范性文件 (administrative normative documents).</summary>
    [JsonPropertyOrder(1)]
    public required DocumentStock NormativeDocuments { get; init; }

    /// <summary>第二十条第（五）项 · 行政许可 (administrative licensing).</summary>
    [JsonPropertyOrder(2)]
    public required DecisionCount AdministrativeLicensing { get; init; }

    /// <summary>第二十条第（六）项 · 行政处罚 (administrative penalties).</summary>
    [JsonPropertyOrder(3)]
    public required DecisionCount AdministrativePenalty { get; init; }

    /// <summary>第二十条第（六）项 · 行政强制 (administrative coercive measures).</summary>
    [JsonPropertyOrder(4)]
    public required DecisionCount AdministrativeCoercion { get; init; }

    /// <summary>第二十条第（八）项 · 行政事业性收费 (administrative fees).</summary>
    [JsonPropertyOrder(5)]
    public required FeeAmount AdministrativeFees { get; init; }
}
