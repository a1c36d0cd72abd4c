using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Import;

public sealed class SeedImportTests
{
    private static readonly string SeedText = File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.txt"));

    [Fact]
    public void The_seed_text_imports_to_exactly_its_hand_made_json()
    {
        var result = ReportTextImporter.Import(SeedText, new ImportOptions { SourceName = "seed.txt" });

        Assert.NotNull(result.Report);
        Assert.Equal(ReportEdition.Edition2021, result.Edition);
        var expected = File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.json"));
        var actual = DisclosureJson.Serialize(result.Report!);
        if (actual != expected)
        {
            Assert.Fail("The imported seed differs from its JSON:\n" + Snapshot.FirstDifference(expected, actual));
        }
    }

    [Fact]
    public void The_seed_imports_without_warnings_and_names_its_local_heading()
    {
        var result = ReportTextImporter.Import(SeedText, new ImportOptions { SourceName = "seed.txt" });

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        // 五、存在的主要问题及改进措施 is the seed's own wording of 五、存在的主要问题及改进情况.
        var variant = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportCodes.LabelVariant, variant.Code);
        Assert.Equal("/problemsAndImprovements", variant.Pointer);
        Assert.Equal(new SourceLocation { Source = "seed.txt", Line = 80, Column = 1 }, variant.Location);
    }

    [Fact]
    public void Every_seed_cell_has_its_provenance_with_the_line_and_column_it_was_written_at()
    {
        var result = ReportTextImporter.Import(SeedText, new ImportOptions { SourceName = "seed.txt" });
        var catalog = Disclosure.Format.Layout.LayoutCatalog.Edition2021;

        Assert.Equal(catalog.Cells.Count, result.Provenance.Cells.Count);
        Assert.All(result.Provenance.Cells, c =>
        {
            Assert.Equal("0", c.Raw);
            Assert.Equal(CellReadingKind.Number, c.Kind);
            Assert.Equal(0m, c.Value);
        });

        // 规 章 → 0 0 0 on line 27 ("规 章\t0\t0\t0"); the second cell starts at column 7.
        var repealed = result.Provenance.Find("/proactiveDisclosure/rules/repealed")!;
        Assert.Equal(new SourceLocation { Source = "seed.txt", Line = 27, Column = 7 }, repealed.Location);
        // The label-less number row of 四 is line 78; its fifteenth value is at column 29.
        var lastCase = result.Provenance.Find("/reviewAndLitigation/litigationAfterReview/total")!;
        Assert.Equal(new SourceLocation { Source = "seed.txt", Line = 78, Column = 29 }, lastCase.Location);
        Assert.Equal(SeedText.Split('\n')[77][28].ToString(), lastCase.Raw);
    }

    [Fact]
    public void Importing_the_seed_takes_milliseconds()
    {
        for (var i = 0; i < 5; i++) ReportTextImporter.Import(SeedText);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        const int Runs = 20;
        for (var i = 0; i < Runs; i++) ReportTextImporter.Import(SeedText);
        var perImport = watch.Elapsed.TotalMilliseconds / Runs;
        // Measured at about 3 ms on a shared 2-core machine; the bound only catches pathological regressions.
        Assert.True(perImport < 100, $"One import of the seed took {perImport:F1} ms.");
    }
}
