using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Benchmarks;

/// <summary>
/// <c>disclosure audit</c> of a folder of many JSON reports (the seed, as 20 agencies' reports per 1 000, five
/// consecutive years each, in 100 subfolders) against reading and validating the same files alone: each file read,
/// parsed by <see cref="DisclosureJson.Read(byte[], string?)"/> and validated. The audit runs the tool's own command
/// (<c>CliApp.Run(["audit", folder, "--format", "json"])</c>, output discarded), so it also groups by agency and year,
/// runs the cross-year rules on every consecutive pair and writes its JSON.
/// </summary>
/// <remarks>
/// The tool's types are internal (it is a tool, not a library), so the command is called through reflection, once
/// per run of the whole folder: a cost lost in the noise of thousands of files.
/// </remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AuditBenchmarks
{
    private const int Years = 5;
    private string folder = "";
    private string[] files = [];
    private Func<string[], int> audit = null!;

    [Params(100_000)]
    public int Reports { get; set; }

    /// <summary>Best of five interleaved rounds of both cases on <paramref name="where"/> (kept), for profiling work.</summary>
    public static void Quick(string where, int count)
    {
        var bench = new AuditBenchmarks { Reports = count };
        bench.Setup(where);
        double best1 = double.MaxValue, best2 = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            bench.ReadAndValidate();
            best1 = Math.Min(best1, watch.Elapsed.TotalSeconds);
            var allocated1 = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            watch.Restart();
            bench.Audit();
            best2 = Math.Min(best2, watch.Elapsed.TotalSeconds);
            var allocated2 = GC.GetTotalAllocatedBytes(precise: true) - allocated - allocated1;
            Console.WriteLine($"round {round + 1}: read + validate {best1:0.000} s, audit {best2:0.000} s, ratio {best2 / best1:0.00}; " +
                $"allocated per report {allocated1 / count:N0} B and {allocated2 / count:N0} B");
        }
    }

    [GlobalSetup]
    public void Setup() => Setup(Path.Combine(Path.GetTempPath(), $"disclosure-audit-bench-{Reports}"));

    private void Setup(string where)
    {
        folder = where;
        files = Generate(folder, Reports);
        var tool = Assembly.Load("disclosure");
        var run = tool.GetType("Disclosure.Format.Cli.CliApp", throwOnError: true)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        var consoleType = tool.GetType("Disclosure.Format.Cli.CliConsole", throwOnError: true)!;
        audit = args => (int)run.Invoke(null, [args, Activator.CreateInstance(consoleType, TextReader.Null, TextWriter.Null, TextWriter.Null, false)])!;
        if (ReadAndValidate() != Reports) throw new InvalidOperationException("Not every generated report is valid.");
        if (Audit() != 0) throw new InvalidOperationException("The audit of the generated reports did not exit 0.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(folder + ".complete");
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "read + validate every file")]
    public int ReadAndValidate()
    {
        var valid = 0;
        foreach (var file in files)
        {
            var result = DisclosureJson.Read(File.ReadAllBytes(file), file);
            if (result.Report is { } report && !DisclosureValidator.Validate(report).HasErrors) valid++;
        }

        return valid;
    }

    [Benchmark(Description = "disclosure audit <folder> --format json")]
    public int Audit() => audit(["audit", folder, "--format", "json"]);

    /// <summary>
    /// Writes <paramref name="count"/> reports: the seed report as agency <c>i</c> in years 2021–2025 (its agency
    /// and year changed, each year's 上年结转 set to the year before's 结转下年度继续办理 so the pairs agree), 1 000
    /// files per subfolder. Files already there from an earlier run of the same size are kept.
    /// </summary>
    public static string[] Generate(string folder, int count)
    {
        var seed = (DisclosureReport2021)DisclosureJson.Deserialize(File.ReadAllText(Inputs.SeedPath));
        var carried = seed.Applications.CarriedForward;
        seed = seed with { Applications = seed.Applications with { CarriedOver = carried } };
        var paths = new string[count];
        var marker = folder + ".complete";
        var complete = File.Exists(marker);
        for (var i = 0; i < count; i++)
        {
            var agency = i / Years;
            var year = 2021 + i % Years;
            var sub = Path.Combine(folder, $"part-{i / 1000:D3}");
            paths[i] = Path.Combine(sub, $"agency-{agency:D6}-{year}.json");
            if (complete) continue;
            Directory.CreateDirectory(sub);
            var report = seed with { Metadata = seed.Metadata with { Agency = $"示例县第{agency}号局", Year = year, Title = null } };
            File.WriteAllText(paths[i], DisclosureJson.Serialize(report));
        }

        if (!complete) File.WriteAllText(marker, "");
        return paths;
    }
}
