using Disclosure.Format.Aggregation;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Rendering;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests;

/// <summary>Reading, importing, validating and rolling up say success, errors and warnings the same way.</summary>
public sealed class ResultVocabularyTests
{
    private static readonly byte[] Seed = File.ReadAllBytes(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.json"));

    public static TheoryData<string> Outcomes() => ["read ok", "read failed", "import ok", "import failed", "valid", "invalid", "roll-up ok", "roll-up failed"];

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Succeeded_means_the_result_was_produced_and_no_diagnostic_is_an_error(string outcome)
    {
        IDiagnosticResult result = Run(outcome);
        var errors = result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(errors, result.HasErrors);
        Assert.Equal(result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning), result.HasWarnings);
        Assert.Equal(!outcome.EndsWith("failed", StringComparison.Ordinal) && outcome != "invalid", result.Succeeded);
        if (!result.Succeeded) Assert.True(result.HasErrors || outcome is "import failed");
        if (result.HasErrors) Assert.False(result.Succeeded);
    }

    [Fact]
    public void Diagnostics_with_the_same_related_pointers_are_equal_whatever_list_holds_them()
    {
        var a = new Diagnostic
        {
            Code = "DF2001", Severity = DiagnosticSeverity.Error, Pointer = "/a", Message = "m", MessageZh = "m",
            RelatedPointers = new List<string> { "/b", "/c" },
        };
        var b = a with { RelatedPointers = new[] { "/b", "/c" } };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(new HashSet<Diagnostic> { a, b });
        Assert.NotEqual(a, a with { RelatedPointers = ["/c", "/b"] });
        Assert.NotEqual(a, a with { RelatedPointers = ["/b"] });
        Assert.NotEqual(a, a with { Message = "n" });
    }

    private static IDiagnosticResult Run(string outcome)
    {
        var seed = DisclosureJson.Read(Seed).GetReportOrThrow();
        switch (outcome)
        {
            case "read ok": return DisclosureJson.Read(Seed);
            case "read failed": return DisclosureJson.Read("{\"edition\":\"2021\"");
            case "import ok": return ReportTextImporter.Import(ReportTextRenderer.RenderReport(seed, TextShape.TabSeparated));
            case "import failed": return ReportTextImporter.Import("这不是一份年度报告。");
            case "valid": return DisclosureValidator.Validate(seed);
            case "invalid":
                return DisclosureValidator.Validate(DisclosureJson.Read(File.ReadAllBytes(Paths.Fixture("2021", "arith-carry-forward.json"))).GetReportOrThrow());
            case "roll-up ok": return ReportRollUp.Sum([seed, seed], new RollUpOptions { Agency = "示例县人民政府" });
            default:
                var other = DisclosureJson.Read(File.ReadAllBytes(Paths.Fixture("2021", "valid-shili-city-ecology-2022.json"))).GetReportOrThrow();
                return ReportRollUp.Sum([seed, other], new RollUpOptions { Agency = "示例县人民政府" });
        }
    }
}
