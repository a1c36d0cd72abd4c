using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>Who published a report, for which year, and where it was found.</summary>
public sealed record ReportMetadata
{
    /// <summary>机关名称: the publishing agency as it names itself, e.g. <c>渠县商务局</c>.</summary>
    [JsonPropertyOrder(0)]
    public required string Agency { get; init; }

    /// <summary>统计年度: the report year, i.e. the calendar year the figures cover, not the year of publication.</summary>
    [JsonPropertyOrder(1)]
    public required int Year { get; init; }

    /// <summary>报告标题: the report's title as published, e.g. <c>渠县商务局2023年政府信息公开工作年度报告</c>; optional.</summary>
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    /// <summary>
    /// 发布日期: the date the report was published; optional. Only the date is meaningful: JSON carries it as
    /// <c>yyyy-MM-dd</c> and any time of day is dropped when writing.
    /// </summary>
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(Json.IsoDateConverter))]
    public DateTime? PublishedOn { get; init; }

    /// <summary>发布网址: the address the report was published at; optional.</summary>
    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceUrl { get; init; }
}
