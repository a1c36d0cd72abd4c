using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>Who published a report, for which year, and where it was found.</summary>
public sealed record ReportMetadata
{
    /// <summary>The publishing agency (机关名称) as it names itself, e.g. <c>渠县商务局</c>.</summary>
    [JsonPropertyOrder(0)]
    public required string Agency { get; init; }

    /// <summary>The report year (统计年度): the calendar year the figures cover, not the year of publication.</summary>
    [JsonPropertyOrder(1)]
    public required int Year { get; init; }

    /// <summary>The report's title as published, e.g. <c>渠县商务局2023年政府信息公开工作年度报告</c>; optional.</summary>
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    /// <summary>
    /// The date the report was published (发布日期); optional. Only the date is meaningful: JSON carries it as
    /// <c>yyyy-MM-dd</c> and any time of day is dropped when writing.
    /// </summary>
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(Json.IsoDateConverter))]
    public DateTime? PublishedOn { get; init; }

    /// <summary>The address the report was published at; optional.</summary>
    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceUrl { get; init; }
}
