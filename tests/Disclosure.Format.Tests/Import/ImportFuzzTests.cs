using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Rendering;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Import;

/// <summary>
/// Import never throws and never fails inside on any text: random characters, random cuts of real reports, and real
/// reports with random damage all give a result with diagnostics (never <see cref="ImportCodes.InternalError"/>), in
/// bounded time.
/// </summary>
public sealed class ImportFuzzTests
{
    private const string Alphabet = "0123456789０１２３ \t\n\r|/-—无元万件个.,，、。（）()一二三四五六七八九十总计合计其他规章行政许可处罚强制第条项本年申请公开情况自然人法人abcXYZ#*“”\u3000\uFEFF⼀㈠①";

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string> { Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.txt") };
        if (Paths.Shared is { } shared && Directory.Exists(Path.Combine(shared, "corpus")))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(shared, "corpus"), "1*.*").Order().Take(6))
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Fact]
    public void Random_text_gives_diagnostics_not_exceptions()
    {
        var random = new Random(20240131);
        for (var i = 0; i < 300; i++)
        {
            var length = random.Next(0, i < 200 ? 200 : 4000);
            var chars = new char[length];
            for (var j = 0; j < length; j++)
            {
                chars[j] = random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : Alphabet[random.Next(Alphabet.Length)];
            }

            AssertImports(new string(chars));
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Truncated_and_damaged_reports_give_diagnostics_not_exceptions(string path)
    {
        var text = File.ReadAllText(path);
        var random = new Random(path.Length);
        for (var i = 0; i < 40; i++)
        {
            AssertImports(text.Substring(0, random.Next(text.Length + 1)));
            AssertImports(text.Substring(random.Next(text.Length)));
            var damaged = text.ToCharArray();
            for (var k = 0; k < 20; k++)
            {
                damaged[random.Next(damaged.Length)] = Alphabet[random.Next(Alphabet.Length)];
            }

            AssertImports(new string(damaged));
        }
    }

    [Fact]
    public void Rendered_reports_cut_anywhere_give_diagnostics_not_exceptions()
    {
        var random = new Random(7);
        foreach (var fixture in Fixtures.Documents("valid-").Take(3))
        {
            var report = DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(Paths.Fixtures, fixture)));
            foreach (var shape in TextShapes.All)
            {
                var text = ReportTextRenderer.RenderReport(report, shape);
                for (var i = 0; i < 10; i++)
                {
                    AssertImports(text.Substring(0, random.Next(text.Length)));
                }
            }
        }
    }

    [Fact]
    public void A_long_run_of_digits_is_bounded_and_reported()
    {
        var seed = File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.txt"));
        var digits = string.Concat(Enumerable.Range(0, 60).Select(i => (char)('1' + i * 7 % 9)));
        var text = seed.Replace("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", digits);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = AssertImports(text);

        Assert.True(watch.Elapsed.TotalSeconds < 10, $"Import took {watch.Elapsed.TotalSeconds:F1} s.");
        Assert.Contains(result.Diagnostics, d => d.Code is ImportCodes.SplitSearchCapped or ImportCodes.AmbiguousSplit && d.Pointer.StartsWith("/reviewAndLitigation", StringComparison.Ordinal));
        Assert.All(Disclosure.Format.Layout.LayoutCatalog.Edition2021.GetTable("T4").Cells, c => Assert.Null(c.GetValue(result.Report!)));
    }

    private static ImportResult AssertImports(string text)
    {
        ImportResult result;
        try
        {
            result = ReportTextImporter.Import(text, new ImportOptions { SourceName = "fuzz" });
        }
        catch (Exception ex)
        {
            Assert.Fail($"Import threw {ex.GetType().Name} on a text of {text.Length} characters: {ex.Message}");
            throw;
        }

        var internalError = result.Diagnostics.FirstOrDefault(d => d.Code == ImportCodes.InternalError);
        Assert.True(internalError is null, $"{internalError?.Message}\nText ({text.Length} chars): {text.Substring(0, Math.Min(300, text.Length))}");
        Assert.All(result.Diagnostics, d => Assert.True(d.Code.StartsWith("DF4", StringComparison.Ordinal), d.ToString()));
        Assert.True(result.Report is not null || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
        return result;
    }
}
