using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// Information-processing fees (信息处理费) for the year: 发出收费通知的件数和总金额以及实际收取的总金额. Amounts are in 元
/// (yuan), the unit reports state them in.
/// </summary>
public sealed record ProcessingFees
{
    /// <summary>发出收费通知的件数: number of fee notices issued; <see langword="null"/> when not stated.</summary>
    [JsonPropertyOrder(0)]
    public required int? NoticesIssued { get; init; }

    /// <summary>发出收费通知的总金额: total amount of the fee notices, in 元; <see langword="null"/> when not stated.</summary>
    [JsonPropertyOrder(1)]
    public required decimal? AmountNoticed { get; init; }

    /// <summary>实际收取的总金额: total amount actually collected, in 元; <see langword="null"/> when not stated.</summary>
    [JsonPropertyOrder(2)]
    public required decimal? AmountCollected { get; init; }
}
