using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Hardening;

/// <summary>
/// The importer's limit, and what the rest of the library promises about whatever the importer builds from damaged
/// text: it writes as JSON that the strict reader reads back equal, and the validator checks it without throwing
/// (<c>ImportFuzzTests</c> covers "no exception, no internal error" on random and damaged text).
/// </summary>
public sealed class ImportHardeningTests
{
    private static string SeedText => File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.txt"));

    [Fact]
    public void A_text_over_the_limit_is_refused_with_DF5002_before_it_is_read()
    {
        Assert.Equal(1024 * 1024, new ImportOptions().MaxTextLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { MaxTextLength = 0 });

        var text = SeedText;
        var over = ReportTextImporter.Import(text, new ImportOptions { SourceName = "big.txt", MaxTextLength = text.Length - 1 });
        Assert.Null(over.Report);
        var d = Assert.Single(over.Diagnostics);
        Assert.Equal(LimitCodes.TextTooLong, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("big.txt", d.Location?.Source);
        Assert.Contains(text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);

        var at = ReportTextImporter.Import(text, new ImportOptions { MaxTextLength = text.Length });
        Assert.NotNull(at.Report);
        Assert.DoesNotContain(at.Diagnostics, x => x.Code == LimitCodes.TextTooLong);

        // The default refuses a hostile 2-million-character text at once.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(LimitCodes.TextTooLong, Assert.Single(ReportTextImporter.Import(new string('1', 2_000_000)).Diagnostics).Code);
        Assert.True(watch.ElapsedMilliseconds < 1000);
    }

    [Fact(Timeout = 120_000)]
    public async Task Whatever_is_imported_from_damaged_text_round_trips_and_validates()
    {
        await Task.Run(
            () =>
            {
                var lines = SeedText.Split('\n');
                var random = new Random(20211);
                var imported = 0;
                for (var i = 0; i < 150; i++)
                {
                    var mutant = Mutate(lines, random);
                    var result = ReportTextImporter.Import(mutant, new ImportOptions { SourceName = "mutant.txt" });
                    Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportCodes.InternalError);
                    if (result.Report is not { } report) continue;
                    imported++;

                    var json = DisclosureJson.SerializeToUtf8Bytes(report);
                    var back = DisclosureJson.Read(json, "imported.json");
                    Assert.True(back.Succeeded, $"The strict reader rejects what the importer built: {string.Join("; ", back.Diagnostics)}");
                    Assert.Equal(report, back.Report);
                    _ = Disclosure.Format.Validation.DisclosureValidator.Validate(report);
                }

                Assert.InRange(imported, 1, 150);
            },
            TestContext.Current.CancellationToken);
    }

    /// <summary>Line-level damage (delete, duplicate, swap, split, join) plus a few characters changed.</summary>
    private static string Mutate(string[] lines, Random random)
    {
        var list = lines.ToList();
        for (var e = 1 + random.Next(3); e > 0 && list.Count > 1; e--)
        {
            var at = random.Next(list.Count);
            switch (random.Next(6))
            {
                case 0: list.RemoveAt(at); break;
                case 1: list.Insert(at, list[at]); break;
                case 2:
                    var other = random.Next(list.Count);
                    (list[at], list[other]) = (list[other], list[at]);
                    break;
                case 3 when list[at].Length > 1:
                    var cut = random.Next(1, list[at].Length);
                    list.Insert(at + 1, list[at][cut..]);
                    list[at] = list[at][..cut];
                    break;
                case 4 when at + 1 < list.Count:
                    list[at] += list[at + 1];
                    list.RemoveAt(at + 1);
                    break;
                default:
                    var chars = list[at].ToCharArray();
                    if (chars.Length > 0) chars[random.Next(chars.Length)] = "0123456789\t |一二（）总计/-"[random.Next(20)];
                    list[at] = new string(chars);
                    break;
            }
        }

        return string.Join('\n', list);
    }
}
