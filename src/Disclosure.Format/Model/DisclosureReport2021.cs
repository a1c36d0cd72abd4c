using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// A report in the format of 国办公开办函〔2021〕30号 (<see cref="ReportEdition.Edition2021"/>): the Article-20 table
/// with four blocks, the 25 × 7 applications table and the review and litigation table.
/// </summary>
public sealed record DisclosureReport2021 : DisclosureReport
{
    /// <summary>Always <see cref="ReportEdition.Edition2021"/>.</summary>
    public override ReportEdition Edition => ReportEdition.Edition2021;

    /// <summary>二、主动公开政府信息情况: the Article-20 table (10 cells).</summary>
    [JsonPropertyOrder(30)]
    public required ProactiveDisclosure2021 ProactiveDisclosure { get; init; }

    /// <summary>三、收到和处理政府信息公开申请情况: the applications table (25 rows × 7 columns).</summary>
    [JsonPropertyOrder(40)]
    public required Applications2021 Applications { get; init; }
}
