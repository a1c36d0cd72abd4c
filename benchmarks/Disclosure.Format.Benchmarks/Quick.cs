using System.Diagnostics;

namespace Disclosure.Format.Benchmarks;

/// <summary>Interleaved Stopwatch rounds over <see cref="JsonBenchmarks"/>: best time of each, as a ratio to the floor.</summary>
internal static class Quick
{
    public static void Run(string? only = null)
    {
        var b = new JsonBenchmarks();
        b.Setup();
        var imports = new ImportBenchmarks();
        imports.Setup();
        var cases = new (string Name, Func<object?> Action)[]
        {
            ("floor", () => b.BareReader()),
            ("floor+strings", () => b.BareReaderWithStrings()),
            ("read", () => b.Read()),
            ("write", () => b.Write()),
            ("validate", () => b.Validate()),
            ("read+validate", () => b.ReadAndValidate()),
            ("jsonschema.net", () => b.JsonSchemaNet()),
            ("njsonschema", () => b.NJsonSchemaValidator()),
            ("import floor", () => imports.Floor()),
            ("import", () => imports.Import()),
        };
        if (only is not null)
        {
            // Profiling aid: run one case for ten seconds (perf record -g with DOTNET_PerfMapEnabled=1).
            var action = cases.Single(c => c.Name == only).Action;
            var until = Stopwatch.StartNew();
            while (until.Elapsed < TimeSpan.FromSeconds(10)) action();
            return;
        }

        var best = new double[cases.Length];
        var allocated = new long[cases.Length];
        Array.Fill(best, double.MaxValue);
        for (var round = 0; round < 30; round++)
        {
            for (var c = 0; c < cases.Length; c++)
            {
                const int n = 200;
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < n; i++) cases[c].Action();
                best[c] = Math.Min(best[c], watch.Elapsed.TotalMicroseconds / n);
                allocated[c] = (GC.GetAllocatedBytesForCurrentThread() - before) / n;
            }
        }

        for (var c = 0; c < cases.Length; c++)
        {
            Console.WriteLine($"{cases[c].Name,-16} {best[c],9:F2} us  {best[c] / best[0],6:F2}x floor  {allocated[c],8} B");
        }
    }
}
