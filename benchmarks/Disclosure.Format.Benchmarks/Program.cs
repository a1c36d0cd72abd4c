using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

if (args is ["--quick", ..])
{
    // A fast, rough comparison for profiling work (interleaved rounds, best of each): not the published figures.
    Disclosure.Format.Benchmarks.Quick.Run(args.Length > 1 ? args[1] : null);
    return;
}

if (args is ["--quick-documents", ..])
{
    // The same for the document benchmarks (HTML and Word import against their baselines).
    Disclosure.Format.Benchmarks.QuickDocuments.Run(args.Length > 1 ? args[1] : null);
    return;
}

if (args is ["--generate", var folder, var count])
{
    // The audit benchmark's reports, written to a folder, for measuring the tool's memory with /usr/bin/time -v.
    Disclosure.Format.Benchmarks.AuditBenchmarks.Generate(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["--quick-audit", var auditFolder, var auditCount])
{
    // Rough interleaved timings of the audit benchmark's two cases (best of five), for profiling work.
    Disclosure.Format.Benchmarks.AuditBenchmarks.Quick(auditFolder, int.Parse(auditCount, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// With no arguments every benchmark runs; any BenchmarkDotNet arguments (--filter, --job short, ...) are passed on.
var config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    // On a shared, busy machine the minimum and the median are steadier than the mean: docs/benchmarks.md uses them.
    .AddColumn(StatisticColumn.Min, StatisticColumn.Median)
    // One table per class: each class has its own floor as the baseline of its Ratio column.
    .WithOptions(ConfigOptions.DisableLogFile);
BenchmarkSwitcher.FromAssembly(typeof(Disclosure.Format.Benchmarks.Inputs).Assembly)
    .Run(args.Length == 0 ? ["--filter", "*"] : args, config);
