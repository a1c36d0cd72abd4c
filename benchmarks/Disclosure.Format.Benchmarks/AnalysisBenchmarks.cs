using BenchmarkDotNet.Attributes;
using Disclosure.Format.Comparison;
using Disclosure.Format.Indicators;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Narrative;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Benchmarks;

/// <summary>
/// What an audit adds per report, next to what it already does (read + validate the seed, the baseline): the
/// year-over-year comparison (same edition and across the edition change), the indicators of a comparison and the
/// narrative check. Each should cost a fraction of the baseline.
/// </summary>
public class AnalysisBenchmarks
{
    private byte[] bytes = [];
    private DisclosureReport report = null!;
    private DisclosureReport previous = null!;
    private DisclosureReport previousOtherEdition = null!;
    private ReportComparison comparison = null!;

    [GlobalSetup]
    public void Setup()
    {
        bytes = Inputs.SeedBytes();
        report = DisclosureJson.Read(bytes).GetReportOrThrow();
        previous = report with { Metadata = report.Metadata with { Year = report.Metadata.Year - 1 } };
        previousOtherEdition = DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(Inputs.RepositoryRoot, "tests", "fixtures", "2019", "valid-shili-housing-2020.json")));
        comparison = ReportComparison.Compare(previous, report);
    }

    [Benchmark(Baseline = true, Description = "read + validate")]
    public ValidationResult? ReadAndValidate() => DisclosureJson.Read(bytes).Report is { } read ? DisclosureValidator.Validate(read) : null;

    [Benchmark(Description = "compare (same edition, 200 cells)")]
    public ReportComparison CompareSameEdition() => ReportComparison.Compare(previous, report);

    [Benchmark(Description = "compare (across editions, 176 cells)")]
    public ReportComparison CompareAcrossEditions() => ReportComparison.Compare(previousOtherEdition, report);

    [Benchmark(Description = "indicators of a comparison")]
    public IReadOnlyList<IndicatorChange> Indicators() => IndicatorCatalog.Default.Compute(comparison);

    [Benchmark(Description = "narrative check")]
    public NarrativeCheckResult Narrative() => NarrativeCheck.Check(report);
}
