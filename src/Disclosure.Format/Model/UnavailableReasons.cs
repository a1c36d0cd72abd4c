using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>（四）无法提供: the three reasons information cannot be provided.</summary>
public sealed record UnavailableReasons
{
    /// <summary>1.本机关不掌握相关政府信息: the agency does not hold the information.</summary>
    [JsonPropertyOrder(0)]
    public required ApplicantCounts NotHeld { get; init; }

    /// <summary>2.没有现成信息需要另行制作: no existing information; it would have to be created.</summary>
    [JsonPropertyOrder(1)]
    public required ApplicantCounts RequiresCreation { get; init; }

    /// <summary>3.补正后申请内容仍不明确: the request is still unclear after correction.</summary>
    [JsonPropertyOrder(2)]
    public required ApplicantCounts UnclearAfterCorrection { get; init; }
}
