using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// An annual government-information-disclosure report (政府信息公开工作年度报告) of one agency for one year. The parts
/// both editions share live here; each edition's own tables live on its sealed subtype
/// (<see cref="DisclosureReport2021"/>, <see cref="DisclosureReport2019"/>).
/// </summary>
/// <remarks>
/// Records are immutable and compare by value. A cell that the published report left blank is <see langword="null"/>,
/// never 0, and published totals are stored exactly as published (they are never recomputed).
/// </remarks>
public abstract record DisclosureReport
{
    /// <summary>Prevents derivation outside this library: the set of editions is closed.</summary>
    private protected DisclosureReport()
    {
    }

    /// <summary>格式版本: the edition of the format this report follows. Written first in JSON as <c>"edition"</c>.</summary>
    [JsonPropertyOrder(0)]
    public abstract ReportEdition Edition { get; }

    /// <summary>报告信息: who published the report, for which year, and where.</summary>
    [JsonPropertyOrder(10)]
    public required ReportMetadata Metadata { get; init; }

    /// <summary>
    /// 前言: the text between the title and 一、总体情况, verbatim (usually the legal basis and the statistics period,
    /// e.g. <c>本报告所列数据统计期限为2023年1月1日至12月31日</c>); <see langword="null"/> when there is none.
    /// </summary>
    [JsonPropertyOrder(15)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Preamble { get; init; }

    /// <summary>一、总体情况 (overview of the year's disclosure work).</summary>
    [JsonPropertyOrder(20)]
    public required Overview Overview { get; init; }

    /// <summary>
    /// 四、政府信息公开行政复议、行政诉讼情况: the review and litigation table, identical in both editions.
    /// </summary>
    [JsonPropertyOrder(50)]
    public required ReviewAndLitigation ReviewAndLitigation { get; init; }

    /// <summary>五、存在的主要问题及改进情况 (main problems and improvements), verbatim; empty when the report has no such text.</summary>
    [JsonPropertyOrder(60)]
    public required string ProblemsAndImprovements { get; init; }

    /// <summary>六、其他需要报告的事项 (other matters to report).</summary>
    [JsonPropertyOrder(70)]
    public required OtherMatters OtherMatters { get; init; }
}
