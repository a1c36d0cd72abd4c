using System.Text.Json.Serialization;

namespace Disclosure.Format.Model;

/// <summary>（三）不予公开: the eight reasons for withholding.</summary>
public sealed record WithheldReasons
{
    /// <summary>1.属于国家秘密: state secret.</summary>
    [JsonPropertyOrder(0)]
    public required ApplicantCounts StateSecret { get; init; }

    /// <summary>2.其他法律行政法规禁止公开: disclosure prohibited by other laws or administrative regulations.</summary>
    [JsonPropertyOrder(1)]
    public required ApplicantCounts ProhibitedByLaw { get; init; }

    /// <summary>3.危及“三安全一稳定”: would endanger national, public or economic security or social stability.</summary>
    [JsonPropertyOrder(2)]
    public required ApplicantCounts EndangersSecurityOrStability { get; init; }

    /// <summary>4.保护第三方合法权益: protection of a third party's lawful rights.</summary>
    [JsonPropertyOrder(3)]
    public required ApplicantCounts ThirdPartyRights { get; init; }

    /// <summary>5.属于三类内部事务信息: internal-affairs information (personnel, logistics, internal procedure).</summary>
    [JsonPropertyOrder(4)]
    public required ApplicantCounts InternalAffairs { get; init; }

    /// <summary>6.属于四类过程性信息: process information (minutes, drafts, consultations, requests for instructions).</summary>
    [JsonPropertyOrder(5)]
    public required ApplicantCounts ProcessInformation { get; init; }

    /// <summary>7.属于行政执法案卷: administrative law-enforcement case files.</summary>
    [JsonPropertyOrder(6)]
    public required ApplicantCounts EnforcementCaseFiles { get; init; }

    /// <summary>8.属于行政查询事项: matters for administrative inquiry.</summary>
    [JsonPropertyOrder(7)]
    public required ApplicantCounts AdministrativeInquiry { get; init; }

    /// <summary>9.属于示例新增理由: a ninth reason, added by the row proof (not in the format).</summary>
    [JsonPropertyOrder(8)]
    public required ApplicantCounts ExampleNinthReason { get; init; }
}
