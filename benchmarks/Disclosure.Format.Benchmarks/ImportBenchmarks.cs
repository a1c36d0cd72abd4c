using System.Text;
using BenchmarkDotNet.Attributes;
using Disclosure.Format.Import;
using Disclosure.Format.Model;

namespace Disclosure.Format.Benchmarks;

/// <summary>
/// The seed report's text imported, next to the floor: decoding the same UTF-8 bytes, normalizing them (NFKC, which
/// folds the full-width digits and punctuation extractions are full of) and splitting them into lines.
/// </summary>
public class ImportBenchmarks
{
    private byte[] bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        bytes = File.ReadAllBytes(Inputs.SeedTextPath);
        if (Import() is null) throw new InvalidOperationException("The seed text does not import.");
    }

    [Benchmark(Baseline = true, Description = "floor: UTF-8 decode + NFKC + split lines")]
    public int Floor()
    {
        var text = Encoding.UTF8.GetString(bytes).Normalize(NormalizationForm.FormKC);
        var lines = 0;
        foreach (var _ in text.AsSpan().EnumerateLines()) lines++;
        return lines;
    }

    [Benchmark(Description = "text import")]
    public DisclosureReport? Import() => ReportTextImporter.Import(Encoding.UTF8.GetString(bytes)).Report;
}
