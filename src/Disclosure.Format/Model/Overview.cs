using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>
/// 一、总体情况: the free-text overview. Most reports split it under the five customary sub-headings the notice lists
/// (（一）主动公开 … （五）监督保障); these are practice, not mandatory, so each part is optional and
/// <see cref="Text"/> holds whatever is not under one of them (the whole section when it has no sub-headings).
/// </summary>
public sealed record Overview
{
    /// <summary>
    /// 正文: text of the section that is not under one of the five customary sub-headings, verbatim (the whole section
    /// when it has none); empty when there is none.
    /// </summary>
    [JsonPropertyOrder(0)]
    public required string Text { get; init; }

    /// <summary>（一）主动公开 (proactive disclosure), verbatim without its heading; <see langword="null"/> when absent.</summary>
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ProactiveDisclosure { get; init; }

    /// <summary>（二）依申请公开 (disclosure on request), verbatim without its heading; <see langword="null"/> when absent.</summary>
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisclosureOnRequest { get; init; }

    /// <summary>（三）政府信息管理 (government information management), verbatim without its heading; <see langword="null"/> when absent.</summary>
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InformationManagement { get; init; }

    /// <summary>（四）政府信息公开平台建设 (disclosure platforms), verbatim without its heading; <see langword="null"/> when absent.</summary>
    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PlatformConstruction { get; init; }

    /// <summary>（五）监督保障 (oversight and safeguards), verbatim without its heading; <see langword="null"/> when absent.</summary>
    [JsonPropertyOrder(5)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OversightAndSafeguards { get; init; }
}
