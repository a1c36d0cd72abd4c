using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

// With no arguments every benchmark runs; any BenchmarkDotNet arguments (--filter, --job short, ...) are passed on.
var config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
BenchmarkSwitcher.FromAssembly(typeof(Disclosure.Format.Benchmarks.Inputs).Assembly)
    .Run(args.Length == 0 ? ["--filter", "*"] : args, config);
