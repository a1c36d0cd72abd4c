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

/// <summary>
/// The row 政府集中采购 of block 第二十条第（九）项 (2019 edition): procurement projects and their total amount.
/// </summary>
/// <remarks>
/// The format prints no unit for <c>采购总金额</c>, and published reports write it in different ways (<c>251000元</c>,
/// <c>191690.9913万元</c>, a bare number, a header <c>采购总金额（元）</c>). This model keeps one comparable number,
/// <see cref="TotalAmount"/>, always in 元 (yuan), and optionally the cell exactly as printed in
/// <see cref="TotalAmountText"/>, so that a normalisation (for example from 万元) can be checked against the source.
/// </remarks>
public sealed record Procurement
{
    /// <summary>采购项目数量: number of procurement projects.</summary>
    [JsonPropertyOrder(0)]
    public required int? Projects { get; init; }

    /// <summary>
    /// 采购总金额: the total amount of the procurement, in 元 (yuan), whatever unit the report printed; fractions are
    /// allowed. <see langword="null"/> when the cell is blank.
    /// </summary>
    [JsonPropertyOrder(1)]
    public required decimal? TotalAmount { get; init; }

    /// <summary>
    /// 采购总金额（原文）: the <c>采购总金额</c> cell exactly as printed (for example <c>251000元</c> or
    /// <c>191690.9913万元</c>), when it carried a unit or other text worth keeping; <see langword="null"/> otherwise.
    /// It is informative only; checks and comparisons use <see cref="TotalAmount"/>.
    /// </summary>
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TotalAmountText { get; init; }
}
