using CsCheck;
using Disclosure.Format.Comparison;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Tests.Model;

/// <summary>Property tests over random cell values of the 2019 catalog (and of 2021 where the editions meet).</summary>
public sealed class Edition2019PropertyTests
{
    private static readonly ReportMetadata Metadata = new() { Agency = "随机测试局", Year = 2020 };

    /// <summary>Random cell values that fit their kind: counts ≥ 0, signed changes either way, amounts with up to 4 decimals; about 1 in 6 blank.</summary>
    private static Gen<decimal?[]> Values(LayoutCatalog catalog) =>
        Gen.Select(
            Gen.Int[-5_000_000, 5_000_000].Array[catalog.Cells.Count],
            Gen.Int[0, 9_999].Array[catalog.Cells.Count],
            Gen.Int[0, 5].Array[catalog.Cells.Count],
            (numbers, fractions, blanks) =>
            {
                var values = new decimal?[catalog.Cells.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    if (blanks[i] == 0) continue;
                    values[i] = catalog.Cells[i].ValueKind switch
                    {
                        CellValueKind.SignedCount => numbers[i],
                        CellValueKind.Amount => Math.Abs((decimal)numbers[i]) * 1000 + fractions[i] / 10_000m,
                        _ => Math.Abs(numbers[i]),
                    };
                }

                return values;
            });

    [Fact]
    public void Catalog_create_and_read_round_trip()
    {
        var catalog = LayoutCatalog.Edition2019;
        Values(catalog).Sample(values =>
        {
            var report = catalog.CreateReport(Metadata, values);
            Assert.IsType<DisclosureReport2019>(report);
            Assert.Equal(values, catalog.ReadCells(report));
        }, iter: 200);
    }

    [Fact]
    public void Json_round_trip_of_random_reports_is_lossless_and_canonical()
    {
        var catalog = LayoutCatalog.Edition2019;
        Gen.Select(Values(catalog), Gen.String[Gen.Char.AlphaNumeric, 0, 12].Null()).Sample((values, text) =>
        {
            var created = (DisclosureReport2019)catalog.CreateReport(Metadata, values);
            var report = created with
            {
                ProactiveDisclosure = created.ProactiveDisclosure with
                {
                    CentralizedProcurement = created.ProactiveDisclosure.CentralizedProcurement with { TotalAmountText = text },
                },
            };
            var bytes = DisclosureJson.SerializeToUtf8Bytes(report);
            var result = DisclosureJson.Read(bytes);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Equal(report, result.Report);
            Assert.Equal(bytes, DisclosureJson.SerializeToUtf8Bytes(result.Report!));
        }, iter: 100);
    }

    [Fact]
    public void Comparable_figures_of_random_2021_reports_sum_other_handling_and_keep_blanks()
    {
        var catalog = LayoutCatalog.Edition2021;
        var otherGroup = catalog.GetTable("T3").Rows.Single(r => r.Key == "outcomes.otherHandling");
        Values(catalog).Sample(values =>
        {
            var report = catalog.CreateReport(Metadata, values);
            var figures = EditionComparison.GetComparableFigures(report);
            foreach (var cell in figures.Cells)
            {
                if (cell.Pointer.StartsWith("/applications/outcomes/otherHandling/", StringComparison.Ordinal))
                {
                    var parts = otherGroup.Children.Select(r => r.Cells.Single(c => c.Column.Key == cell.ColumnKey).GetValue(report)).ToList();
                    Assert.Equal(parts.Any(p => p is null) ? null : parts.Sum(), cell.Value);
                    Assert.Equal(parts.Count(p => p is null), cell.BlankSources.Count);
                }
                else
                {
                    Assert.Equal(catalog.FindCell(cell.Pointer)!.GetValue(report), cell.Value);
                }
            }
        }, iter: 100);
    }
}
