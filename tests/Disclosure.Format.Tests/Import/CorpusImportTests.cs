using System.Text.Json;
using System.Text.RegularExpressions;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Import;

/// <summary>
/// Every report of the development corpus (../shared/corpus, listed in its INDEX.tsv; skipped where the folder is
/// absent) imported and compared with tests/fixtures/corpus-expectations.json: the edition (by layout, as INDEX gives
/// it), the agency and year, every table found, every cell of every row (<c>_</c> for a blank, which includes cells
/// left blank as ambiguous), which of the format's sums the imported cells break (published errors are reproduced,
/// never corrected) and which warnings the import gives.
/// </summary>
public sealed class CorpusImportTests
{
    private const string Absent = "(corpus absent)";

    private static string? CorpusFolder =>
        Paths.Shared is { } shared && File.Exists(Path.Combine(shared, "corpus", "INDEX.tsv")) ? Path.Combine(shared, "corpus") : null;

    private static readonly Lazy<JsonElement> Expectations = new(() =>
        JsonDocument.Parse(File.ReadAllText(Paths.Fixture("corpus-expectations.json"))).RootElement.Clone());

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (CorpusFolder is not { } folder)
        {
            data.Add(Absent);
            return data;
        }

        foreach (var row in Index(folder))
        {
            data.Add(row[0]);
        }

        return data;
    }

    private static IEnumerable<string[]> Index(string folder) =>
        File.ReadAllLines(Path.Combine(folder, "INDEX.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));

    [Fact]
    public void Every_corpus_report_has_expectations_and_nothing_else_does()
    {
        Assert.SkipWhen(CorpusFolder is null, "The shared corpus is not beside this clone.");
        var listed = Index(CorpusFolder!).Select(r => r[0]).Order(StringComparer.Ordinal).ToList();
        var expected = Expectations.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(listed, expected);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_corpus_report_imports_as_expected(string file)
    {
        Assert.SkipWhen(file == Absent, "The shared corpus is not beside this clone.");
        var index = Index(CorpusFolder!).Single(r => r[0] == file);
        var expected = Expectations.Value.GetProperty(file);
        var edition = expected.GetProperty("edition").GetString();
        Assert.Equal(index[2], edition); // INDEX's edition column (by layout)

        var result = ReportTextImporter.Import(File.ReadAllText(Path.Combine(CorpusFolder!, file)), new ImportOptions { SourceName = file });

        Assert.NotNull(result.Report);
        Assert.Equal(edition, result.Edition == ReportEdition.Edition2019 ? "2019" : "2021");
        Assert.Equal(expected.GetProperty("agency").GetString(), result.Report!.Metadata.Agency);
        Assert.Equal(expected.GetProperty("year").GetInt32(), result.Report.Metadata.Year);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportCodes.TableMissing or ImportCodes.InternalError or ImportCodes.NotAReport);

        var catalog = LayoutCatalog.For(result.Report.Edition);
        var rows = expected.GetProperty("rows");
        Assert.Equal(catalog.Tables.Sum(t => t.ValueRows.Count()), rows.EnumerateObject().Count());
        var wrong = new List<string>();
        foreach (var row in catalog.Tables.SelectMany(t => t.ValueRows))
        {
            var actual = string.Join("|", row.Cells.Select(c => c.GetValue(result.Report)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "_"));
            var want = rows.GetProperty(row.Pointer!).GetString();
            if (actual != want) wrong.Add($"{row.Pointer}: expected {want}, imported {actual}");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        var broken = BrokenSums(result.Report, catalog).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.GetProperty("brokenSums").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal), broken);
        // INDEX notes the published errors; only those reports break a sum.
        Assert.Equal(Regex.IsMatch(index[6], "PUBLISHED ERROR|published inconsistency"), broken.Count > 0);

        // Every diagnostic says where in the text it was found.
        Assert.All(result.Diagnostics.Where(d => d.Code != ImportCodes.HtmlStripped), d => Assert.Equal(file, d.Location?.Source));

        var warnings = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.Code).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected.GetProperty("warnings").EnumerateArray().Select(e => e.GetString()!), warnings);
    }

    /// <summary>
    /// The sums of the applications and review tables that the cells break (a blank makes a sum not assessable):
    /// each row's 总计 (<c>row …</c>), the column balance 一 + 二 = （七） + 四 (<c>balance column</c>) and the outcome
    /// total （七） = Σ outcome rows (<c>results column</c>). Written here independently of the importer.
    /// </summary>
    internal static IEnumerable<string> BrokenSums(DisclosureReport report, LayoutCatalog catalog)
    {
        decimal? V(CellLayout c) => c.GetValue(report);
        foreach (var row in catalog.GetTable("T3").ValueRows.Concat(catalog.GetTable("T4").ValueRows))
        {
            var total = row.Cells.Single(c => c.Column.Key == "total");
            var parts = row.Cells.Where(c => c != total).Select(V).ToList();
            if (V(total) is { } t && parts.All(p => p is not null) && parts.Sum() != t)
            {
                yield return "row " + row.Pointer;
            }
        }

        var t3 = catalog.GetTable("T3");
        RowLayout Row(string key) => t3.Rows.Single(r => r.Key == key);
        var outcomesTotal = Row("outcomes.total");
        var outcomeRows = t3.ValueRows.Where(r => r != outcomesTotal && r.Key.StartsWith("outcomes.", StringComparison.Ordinal)).ToList();
        for (var j = 0; j < outcomesTotal.Cells.Count; j++)
        {
            var column = outcomesTotal.Cells[j].Column.Key;
            decimal? one = V(Row("newlyReceived").Cells[j]), two = V(Row("carriedOver").Cells[j]), seven = V(outcomesTotal.Cells[j]), four = V(Row("carriedForward").Cells[j]);
            if (one is not null && two is not null && seven is not null && four is not null && one + two != seven + four)
            {
                yield return "balance " + column;
            }

            var parts = outcomeRows.Select(r => V(r.Cells[j])).ToList();
            if (seven is not null && parts.All(p => p is not null) && parts.Sum() != seven)
            {
                yield return "results " + column;
            }
        }
    }
}
