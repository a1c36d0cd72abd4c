using Disclosure.Format.Aggregation;
using Disclosure.Format.Comparison;
using Disclosure.Format.Indicators;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Comparison;

/// <summary>The README's examples of comparison and roll-up, compiled and run on the fixtures.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class ReadmeComparisonExamples
{
    [Fact]
    public void Year_over_year_and_roll_up_examples_run()
    {
        var previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Paths.Fixtures);
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            // README: compare
            var previous = DisclosureJson.Deserialize(File.ReadAllText("compare/housing-2022.json"));
            var current = DisclosureJson.Deserialize(File.ReadAllText("compare/housing-2023.json"));
            var comparison = ReportComparison.Compare(previous, current);
            foreach (var cell in comparison.Cells)
            {
                if (cell.Status != CellChangeStatus.Comparable)
                    Console.WriteLine($"{cell.Pointer}: not comparable ({cell.Status})");   // a blank is never 0
                else if (cell.Difference != 0)
                    Console.WriteLine($"{cell.RowLabelPathText} | {cell.ColumnLabel}: {cell.Previous} → {cell.Current} ({cell.RelativeChange?.ToString("P1") ?? "new"})");
            }
            // END README

            // README: rollup
            string[] files = ["rollup/child-caizheng.json", "rollup/child-gongan.json", "rollup/child-jiaoyu.json"];
            var departments = files.Select(f => DisclosureJson.Deserialize(File.ReadAllText(f))).ToList();
            RollUpResult county = ReportRollUp.Sum(departments, new RollUpOptions { Agency = "示例县人民政府" });
            var received = county.FindCell("/applications/newlyReceived/total")!;
            Console.WriteLine($"{received.Value} from {received.Contributors.Count} reports");    // 10 from 3 reports
            var coercion = county.FindCell("/proactiveDisclosure/administrativeCoercion/decisions")!;
            Console.WriteLine($"{coercion.Value?.ToString() ?? "blank"}: blank in {county.PartNames[coercion.BlankParts[0]]}"); // blank: blank in 示例县公安局

            // The county's own published report against the sum of its departments', with the expected list.
            var published = DisclosureJson.Deserialize(File.ReadAllText("rollup/parent-county.json"));
            HierarchyCheckResult check = HierarchyCheck.Check(published, departments,
                new HierarchyOptions { ExpectedChildren = ["财政局", "公安局", "教育局", "卫生健康局"] });
            foreach (var d in check.Diagnostics)
                Console.WriteLine(d);   // warning DF7022 … 卫生健康局; warning DF7020 at /applications/newlyReceived/total: … 11 … 10
            // END README

            Assert.Equal(10m, received.Value);
            Assert.Equal(["卫生健康局"], check.MissingChildren);
        }
        finally
        {
            Console.SetOut(console);
            Directory.SetCurrentDirectory(previousDirectory);
        }

        var text = output.ToString();
        Assert.Contains("/applications/outcomes/withheld/stateSecret/other: not comparable (PreviousBlank)", text, StringComparison.Ordinal);
        Assert.Contains("一、本年新收政府信息公开申请数量 | 总计: 50 → 75 (50.0", text, StringComparison.Ordinal);
        Assert.Contains("10 from 3 reports", text, StringComparison.Ordinal);
        Assert.Contains("blank: blank in 示例县公安局", text, StringComparison.Ordinal);
        Assert.Contains("warning DF7020 at /applications/newlyReceived/total", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_example_runs()
    {
        var previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Paths.Fixtures);
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            // README: indicators
            var report2022 = DisclosureJson.Deserialize(File.ReadAllText("compare/housing-2022.json"));
            var report2023 = DisclosureJson.Deserialize(File.ReadAllText("compare/housing-2023.json"));
            foreach (IndicatorValue value in IndicatorCatalog.Default.Compute(report2023, previous: report2022))
                Console.WriteLine($"{value.Code} {value.Indicator.NameZh}: {value.Value?.ToString("0.####") ?? value.Status.ToString()}");
            // DFI003 实质公开率: 0.8    DFI010 本年新收申请同比增长率: 0.5

            // The same catalog for both years of a comparison, or for a roll-up's report.
            foreach (IndicatorChange change in IndicatorCatalog.Default.Compute(ReportComparison.Compare(report2022, report2023)))
                Console.WriteLine($"{change.Indicator.Code}: {change.Previous.Value?.ToString("0.####") ?? "-"} → {change.Current.Value?.ToString("0.####") ?? "-"}");

            // Partners load the committed JSON (or their own catalog in the same form) and get the same figures.
            var fromJson = IndicatorCatalog.Load(IndicatorCatalog.GetJson());
            // END README

            Assert.Equal(10, fromJson.Indicators.Count);
        }
        finally
        {
            Console.SetOut(console);
            Directory.SetCurrentDirectory(previousDirectory);
        }

        var text = output.ToString();
        Assert.Contains("DFI003 实质公开率: 0.8", text, StringComparison.Ordinal);
        Assert.Contains("DFI010 本年新收申请同比增长率: 0.5", text, StringComparison.Ordinal);
        Assert.Contains("DFI010: - → 0.5", text, StringComparison.Ordinal);
    }
}
