using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// A report in the trial format of 国办公开办函〔2019〕60号 (<see cref="ReportEdition.Edition2019"/>), used for the 2019
/// and 2020 reports (and by some later reports printed on the old tables): the Article-20 table with five blocks
/// (22 cells), the 23 × 7 applications table whose <c>（六）其他处理</c> is a single row, and the review and litigation
/// table, which is the same as in the 2021 edition.
/// </summary>
/// <remarks>
/// The parts both editions share (metadata, 一、总体情况, 四, 五, 六, and most of 三) use the same types as
/// <see cref="DisclosureReport2021"/>. The Article-20 table and 三 have their own types because their structure differs;
/// nothing maps one edition's cells into the other's. To put a 2019-edition report beside a 2021-edition one, use
/// <see cref="Comparison.EditionComparison"/>, which says what is comparable and what is not.
/// </remarks>
public sealed record DisclosureReport2019 : DisclosureReport
{
    /// <summary>Always <see cref="ReportEdition.Edition2019"/>.</summary>
    public override ReportEdition Edition => ReportEdition.Edition2019;

    /// <summary>二、主动公开政府信息情况: the Article-20 table of the trial format (22 cells).</summary>
    [JsonPropertyOrder(30)]
    public required ProactiveDisclosure2019 ProactiveDisclosure { get; init; }

    /// <summary>三、收到和处理政府信息公开申请情况: the applications table (23 rows × 7 columns).</summary>
    [JsonPropertyOrder(40)]
    public required Applications2019 Applications { get; init; }
}
