using System.Diagnostics;

namespace Disclosure.Format.Benchmarks;

/// <summary>Interleaved Stopwatch rounds over <see cref="JsonBenchmarks"/>: best time of each, as a ratio to the floor.</summary>
internal static class Quick
{
    public static void Run()
    {
        var b = new JsonBenchmarks();
        b.Setup();
        var cases = new (string Name, Func<object?> Action)[]
        {
            ("floor", () => b.BareReader()),
            ("floor+strings", () => b.BareReaderWithStrings()),
            ("read", () => b.Read()),
            ("write", () => b.Write()),
            ("validate", () => b.Validate()),
            ("read+validate", () => b.ReadAndValidate()),
            ("jsonschema.net", () => b.JsonSchemaNet()),
        };
        var best = new double[cases.Length];
        Array.Fill(best, double.MaxValue);
        for (var round = 0; round < 30; round++)
        {
            for (var c = 0; c < cases.Length; c++)
            {
                const int n = 200;
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < n; i++) cases[c].Action();
                best[c] = Math.Min(best[c], watch.Elapsed.TotalMicroseconds / n);
            }
        }

        for (var c = 0; c < cases.Length; c++)
        {
            Console.WriteLine($"{cases[c].Name,-16} {best[c],9:F2} us  {best[c] / best[0],6:F2}x floor");
        }
    }
}
