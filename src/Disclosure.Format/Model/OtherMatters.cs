using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>六、其他需要报告的事项: free text, with the information-processing fees as optional structured figures.</summary>
public sealed record OtherMatters
{
    /// <summary>正文: the section's text, verbatim; empty when the report has none.</summary>
    [JsonPropertyOrder(0)]
    public required string Text { get; init; }

    /// <summary>
    /// 信息处理费: the information-processing fee figures reported under 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), when the report
    /// states them; <see langword="null"/> when it does not.
    /// </summary>
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProcessingFees? ProcessingFees { get; init; }
}
