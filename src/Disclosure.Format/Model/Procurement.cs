using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

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
