using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests.Validation;

/// <summary>
/// The README's validation example, compiled and run (<see cref="ReadmeExamples.The_readme_shows_the_tested_examples"/>
/// keeps the README's copy identical).
/// </summary>
public sealed class ReadmeValidationExampleTests
{
    /// <summary>Stands in for <see cref="System.Console"/> so the example's output can be checked.</summary>
    private static class Console
    {
        public static List<string> Lines { get; } = [];

        public static void WriteLine(object? value) => Lines.Add(value?.ToString() ?? "");
    }

    [Fact]
    public void The_readme_example_runs()
    {
        var reportPath = Paths.Fixture("2021", "arith-row-and-case-totals.json");
        var previousPath = Paths.Fixture("2021", "valid-shili-township-2021.json");
        Console.Lines.Clear();

        // README: validation
        DisclosureReport report = DisclosureJson.Deserialize(File.ReadAllBytes(reportPath), reportPath);
        ValidationResult result = DisclosureValidator.Validate(report);
        Console.WriteLine(result); // 3 error(s), 0 warning(s), 0 info
        foreach (Diagnostic d in result.Diagnostics)
        {
            Console.WriteLine($"{d.Severity} {d.Code} at {d.Pointer}: expected {d.Expected}, found {d.Actual}");
            Console.WriteLine($"  {d.Formula}");
            Console.WriteLine($"  {d.MessageZh}");
        }

        // The same agency's previous-year report: 上年结转 = last year's 结转下年度继续办理, 现行有效件数 rolls forward.
        DisclosureReport previous = DisclosureJson.Deserialize(File.ReadAllBytes(previousPath), previousPath);
        ValidationResult crossYear = DisclosureValidator.ValidateCrossYear(report, previous);

        // Narrow or extend the rules; every call returns a new immutable set.
        RuleSet rules = RuleSet.Edition2021
            .Without(RuleCodes.BlankCell)
            .With(new SumRule
            {
                Code = "X1001",
                Severity = DiagnosticSeverity.Warning,
                Title = "State secrets within received",
                TitleZh = "属于国家秘密不超过本年新收",
                Relation = SumRelation.AtMost,
                Checks = [new SumCheck { Target = "/applications/outcomes/withheld/stateSecret/total", Add = ["/applications/newlyReceived/total"] }],
            });
        ValidationResult custom = DisclosureValidator.Validate(report, rules);
        // END README

        Assert.Equal("3 error(s), 0 warning(s), 0 info", Console.Lines[0]);
        Assert.Equal("Error DF1002 at /applications/outcomes/total/total: expected 129, found 128", Console.Lines[1]);
        Assert.Contains("Error DF1003 at /applications/outcomes/disclosed/total: expected 46, found 47", Console.Lines);
        Assert.Contains("  行政复议：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", Console.Lines);
        Assert.Equal(10, Console.Lines.Count);
        // Another agency's report of the year before: nothing carries over.
        Assert.Equal([RuleCodes.CarryOverMismatch, RuleCodes.DocumentStockRollForward, RuleCodes.AgencyDiffers], crossYear.Diagnostics.Select(x => x.Code).Distinct());
        Assert.Equal(3, custom.ErrorCount);
        Assert.True(rules.Contains("X1001"));
    }

    [Fact]
    public void The_readme_lists_every_rule_code()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "README.md"));
        foreach (var code in typeof(RuleCodes).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            Assert.Contains($"| {code} |", readme, StringComparison.Ordinal);
        }
    }
}
