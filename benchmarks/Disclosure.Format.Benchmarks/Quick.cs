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

/// <summary>Interleaved Stopwatch rounds over the document benchmarks (best of each), for profiling work.</summary>
internal static class QuickDocuments
{
    public static void Run(string? only = null)
    {
        var corpus = new Lazy<HtmlImportBenchmarks>(() => Ready(new HtmlImportBenchmarks { Page = HtmlImportBenchmarks.Pages().First() }, b => b.Setup()));
        var seedPage = new Lazy<HtmlImportBenchmarks>(() => Ready(new HtmlImportBenchmarks { Page = "seed (rendered)" }, b => b.Setup()));
        var word = new Lazy<WordImportBenchmarks>(() => Ready(new WordImportBenchmarks { File = "LibreOffice (fixture)" }, b => b.Setup()));
        var seedDocument = new Lazy<Documents.ReportDocument>(() => Documents.HtmlReportReader.Read(System.Text.Encoding.UTF8.GetBytes(Documents.Rendering.HtmlReportRenderer.Render(Inputs.SeedReport()))));
        var corpusDocument = new Lazy<Documents.ReportDocument>(() => Documents.HtmlReportReader.Read(File.ReadAllBytes(Inputs.CorpusPagePath)));
        var seedText = new Lazy<string>(() => GridText(seedDocument.Value));
        var corpusText = new Lazy<string>(() => GridText(corpusDocument.Value));
        var cases = new (string Name, Func<object?> Action)[]
        {
            ("html parse", () => corpus.Value.AngleSharpParse()),
            ("html read", () => corpus.Value.Read()),
            ("html import", () => corpus.Value.Import()),
            ("seed parse", () => seedPage.Value.AngleSharpParse()),
            ("seed read", () => seedPage.Value.Read()),
            ("seed import", () => seedPage.Value.Import()),
            ("seed doc import", () => Documents.ReportDocumentImporter.Import(seedDocument.Value).Report),
            ("seed grid text", () => GridText(seedDocument.Value)),
            ("seed text import", () => Format.Import.ReportTextImporter.Import(seedText.Value).Report),
            ("html doc import", () => Documents.ReportDocumentImporter.Import(corpusDocument.Value).Report),
            ("html text import", () => Format.Import.ReportTextImporter.Import(corpusText.Value).Report),
            ("word sdk", () => word.Value.OpenXmlCells()),
            ("word read", () => word.Value.Read()),
            ("word import", () => word.Value.Import()),
        };
        if (only is not null)
        {
            // Profiling aid: run one case for ten seconds (perf record -g with DOTNET_PerfMapEnabled=1).
            var action = cases.Single(c => c.Name == only).Action;
            action();
            var until = Stopwatch.StartNew();
            while (until.Elapsed < TimeSpan.FromSeconds(10)) action();
            return;
        }

        var best = new double[cases.Length];
        Array.Fill(best, double.MaxValue);
        for (var round = 0; round < 10; round++)
        {
            for (var c = 0; c < cases.Length; c++)
            {
                const int n = 10;
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < n; i++) cases[c].Action();
                best[c] = Math.Min(best[c], watch.Elapsed.TotalMilliseconds / n);
            }
        }

        for (var c = 0; c < cases.Length; c++) Console.WriteLine($"{cases[c].Name,-14} {best[c],9:F3} ms");
    }

    /// <summary>The text the grid is imported as (<c>GridText.Write</c>, internal: by reflection).</summary>
    private static string GridText(Documents.ReportDocument document)
    {
        var type = typeof(Documents.ReportDocument).Assembly.GetType("Disclosure.Format.Documents.Grid.GridText", throwOnError: true)!;
        var written = type.GetMethod("Write")!.Invoke(null, [document])!;
        return (string)type.GetProperty("Text")!.GetValue(written)!;
    }

    private static T Ready<T>(T benchmark, Action<T> setup)
    {
        setup(benchmark);
        return benchmark;
    }
}
