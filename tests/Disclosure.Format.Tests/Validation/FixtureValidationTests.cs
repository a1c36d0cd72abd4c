using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests.Validation;

/// <summary>
/// Every <c>arith-*.json</c> fixture reports exactly the diagnostics of its <c>arith-*.expected.json</c>; every
/// <c>valid-*.json</c> has no error and no warning (and no information either, unless a <c>valid-*.expected.json</c>
/// lists it).
/// </summary>
public sealed class FixtureValidationTests
{
    public static TheoryData<string> ArithmeticFixtures() => new(Fixtures.Documents("arith-"));

    public static TheoryData<string> ValidFixtures() => new(Fixtures.Documents("valid-"));

    private static ValidationResult Validate(string relativePath) =>
        DisclosureValidator.Validate(DisclosureJson.Deserialize(File.ReadAllBytes(Path.Combine(Paths.Fixtures, relativePath)), relativePath));

    private static string ExpectedPath(string relativePath) =>
        Path.Combine(Paths.Fixtures, Path.ChangeExtension(relativePath, null) + ".expected.json");

    [Theory]
    [MemberData(nameof(ArithmeticFixtures))]
    public void Arithmetic_fixtures_report_exactly_the_expected_diagnostics(string relativePath)
    {
        var result = Validate(relativePath);
        Assert.True(result.HasErrors || result.HasWarnings, "An arith-* fixture must break at least one rule.");
        ExpectedDiagnostics.Match(ExpectedPath(relativePath), result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Valid_fixtures_have_no_error_and_no_warning(string relativePath)
    {
        var result = Validate(relativePath);
        Assert.True(result.ErrorCount == 0 && result.WarningCount == 0, string.Join("\n", result.Diagnostics));
        var expected = ExpectedPath(relativePath);
        if (File.Exists(expected))
        {
            ExpectedDiagnostics.Match(expected, result.Diagnostics);
        }
        else
        {
            Assert.Empty(result.Diagnostics);
        }
    }

    [Fact]
    public void Every_expected_file_belongs_to_a_fixture()
    {
        var orphans = Directory.EnumerateFiles(Paths.Fixtures, "*.expected.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith("arith-", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("valid-", StringComparison.Ordinal))
            .Where(f => !File.Exists(f.Replace(".expected.json", ".json", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(orphans);
    }

    [Fact]
    public void Each_rule_family_of_the_2021_set_has_an_arithmetic_fixture()
    {
        // Codes that reports the JSON reader accepts cannot show (negative values, null parts) are tested in code.
        string[] inCodeOnly = [RuleCodes.InvalidCount, RuleCodes.NegativeAmount, RuleCodes.MissingPart];
        var reported = Fixtures.Documents("arith-")
            .SelectMany(f => Validate(f).Diagnostics)
            .Select(d => d.Code)
            .ToHashSet();
        var missing = RuleSet.Edition2021.Rules.Select(r => r.Code).Append(RuleCodes.NotAssessable)
            .Except(inCodeOnly)
            .Where(code => !reported.Contains(code))
            .ToList();
        Assert.Empty(missing);
    }
}
