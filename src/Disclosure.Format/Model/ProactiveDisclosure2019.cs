using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// 二、主动公开政府信息情况 in the 2019 trial edition: the Article-20 table of five blocks
/// (第二十条第（一）（五）（六）（八）（九）项), 22 value cells.
/// </summary>
public sealed record ProactiveDisclosure2019
{
    /// <summary>第二十条第（一）项 · 规章 (rules).</summary>
    [JsonPropertyOrder(0)]
    public required DocumentPublication Rules { get; init; }

    /// <summary>第二十条第（一）项 · 规范性文件 (normative documents; the 2021 edition calls the row 行政规范性文件).</summary>
    [JsonPropertyOrder(1)]
    public required DocumentPublication NormativeDocuments { get; init; }

    /// <summary>第二十条第（五）项 · 行政许可 (administrative licensing).</summary>
    [JsonPropertyOrder(2)]
    public required ItemChangeAndDecisions AdministrativeLicensing { get; init; }

    /// <summary>第二十条第（五）项 · 其他对外管理服务事项 (other external management and service matters).</summary>
    [JsonPropertyOrder(3)]
    public required ItemChangeAndDecisions OtherExternalServices { get; init; }

    /// <summary>第二十条第（六）项 · 行政处罚 (administrative penalties).</summary>
    [JsonPropertyOrder(4)]
    public required ItemChangeAndDecisions AdministrativePenalty { get; init; }

    /// <summary>第二十条第（六）项 · 行政强制 (administrative coercive measures).</summary>
    [JsonPropertyOrder(5)]
    public required ItemChangeAndDecisions AdministrativeCoercion { get; init; }

    /// <summary>第二十条第（八）项 · 行政事业性收费 (administrative fees: number of fee items, not an amount of money).</summary>
    [JsonPropertyOrder(6)]
    public required ItemChange AdministrativeFees { get; init; }

    /// <summary>第二十条第（九）项 · 政府集中采购 (centralised government procurement).</summary>
    [JsonPropertyOrder(7)]
    public required Procurement CentralizedProcurement { get; init; }
}
