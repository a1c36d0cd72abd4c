using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Json;

public sealed class RoundTripTests
{
    public static TheoryData<string> ValidDocuments() => new(Fixtures.ReadableDocuments());

    [Fact]
    public void The_fixture_folder_holds_the_seed_and_enough_reports()
    {
        var files = Fixtures.ReadableDocuments().ToList();
        Assert.Contains(Path.Combine("2021", "valid-seed-quxian-shangwuju-2023.json"), files);
        Assert.True(files.Count(f => Path.GetFileName(f).StartsWith("valid-", StringComparison.Ordinal)) >= 6);
        Assert.True(files.Count(f => Path.GetFileName(f).StartsWith("arith-", StringComparison.Ordinal)) >= 2);
    }

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Reads_writes_and_reads_back_byte_identically(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Paths.Fixtures, relativePath));
        var result = DisclosureJson.Read(bytes, relativePath);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var written = DisclosureJson.SerializeToUtf8Bytes(result.Report!);
        if (!written.AsSpan().SequenceEqual(bytes))
        {
            Assert.Fail("The written JSON differs from the fixture:\n" +
                        Snapshot.FirstDifference(System.Text.Encoding.UTF8.GetString(bytes), System.Text.Encoding.UTF8.GetString(written)));
        }

        var again = DisclosureJson.Read(written).GetReportOrThrow();
        Assert.Equal(result.Report, again);
    }

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void String_stream_and_bytes_agree(string relativePath)
    {
        var path = Path.Combine(Paths.Fixtures, relativePath);
        var fromBytes = DisclosureJson.Deserialize(File.ReadAllBytes(path));
        var fromString = DisclosureJson.Deserialize(File.ReadAllText(path));
        using var stream = File.OpenRead(path);
        var fromStream = DisclosureJson.Deserialize(stream);
        Assert.Equal(fromBytes, fromString);
        Assert.Equal(fromBytes, fromStream);
        Assert.Equal(File.ReadAllText(path), DisclosureJson.Serialize(fromBytes));
    }

    [Fact]
    public async Task Async_read_and_write_agree_with_sync()
    {
        var path = Paths.Fixture("2021", "valid-shili-natural-resources-2024.json");
        await using var input = File.OpenRead(path);
        var result = await DisclosureJson.ReadAsync(input, path, TestContext.Current.CancellationToken);
        using var output = new MemoryStream();
        await DisclosureJson.SerializeAsync(output, result.GetReportOrThrow(), TestContext.Current.CancellationToken);
        Assert.Equal(File.ReadAllBytes(path), output.ToArray());
    }

    [Fact]
    public void Blank_cells_stay_null_and_zero_stays_zero()
    {
        var report = (DisclosureReport2021)DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2021", "arith-blank-totals.json")));
        Assert.Null(report.Applications.Outcomes.Disclosed.Total);
        Assert.Null(report.Applications.Outcomes.Disclosed.CommercialEnterprise);
        Assert.Equal(0, report.Applications.CarriedOver.Total);
    }

    [Fact]
    public void Money_keeps_its_exact_decimal_digits()
    {
        var report = (DisclosureReport2021)DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2021", "valid-shili-natural-resources-2024.json")));
        Assert.Equal(59237.2449m, report.ProactiveDisclosure.AdministrativeFees.Amount);
        Assert.Contains("\"amount\": 59237.2449", DisclosureJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_readable_chinese_with_the_edition_first()
    {
        var json = File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.json"));
        var written = DisclosureJson.Serialize(DisclosureJson.Deserialize(json));
        Assert.StartsWith("{\n  \"edition\": \"2021\",\n  \"metadata\": {\n    \"agency\": \"渠县商务局\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", written, StringComparison.Ordinal);
        Assert.Contains("“三审”", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_round_trip_through_the_catalog()
    {
        foreach (var relativePath in Fixtures.ReadableDocuments())
        {
            var report = DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(Paths.Fixtures, relativePath)));
            var catalog = LayoutCatalog.For(report.Edition);
            var cells = catalog.ReadCells(report);
            var rebuilt = catalog.CreateReport(report.Metadata, cells) with
            {
                Preamble = report.Preamble,
                Overview = report.Overview,
                ProblemsAndImprovements = report.ProblemsAndImprovements,
                OtherMatters = report.OtherMatters,
            };
            if (rebuilt is DisclosureReport2019 r2019 && report is DisclosureReport2019 original)
            {
                // The printed text of 采购总金额 is kept beside the cell, not in it.
                var procurement = original.ProactiveDisclosure.CentralizedProcurement;
                rebuilt = r2019 with
                {
                    ProactiveDisclosure = r2019.ProactiveDisclosure with
                    {
                        CentralizedProcurement = r2019.ProactiveDisclosure.CentralizedProcurement with { TotalAmountText = procurement.TotalAmountText },
                    },
                };
            }

            Assert.Equal(report, rebuilt);
        }
    }
}
