using Disclosure.Format.Comparison;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests;

/// <summary>The README's example for the 2019 trial edition and cross-edition comparison, compiled and run.</summary>
[Collection(Support.CurrentDirectoryCollection.Name)]
public sealed class ReadmeEditionExamples
{
    [Fact]
    public void Editions_example_reads_both_editions_and_compares_them()
    {
        var folder = Directory.CreateTempSubdirectory("disclosure-readme-").FullName;
        File.Copy(Paths.Fixture("2019", "valid-shili-housing-2020.json"), Path.Combine(folder, "housing-2020.json"));
        File.Copy(Paths.Fixture("2021", "valid-shili-housing-2021.json"), Path.Combine(folder, "housing-2021.json"));
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        try
        {
            // README: editions
            // Both editions go through the same API: the document's "edition" decides the record type.
            var report2020 = DisclosureJson.Deserialize(File.ReadAllText("housing-2020.json"));   // "edition": "2019"
            var report2021 = DisclosureJson.Deserialize(File.ReadAllText("housing-2021.json"));   // "edition": "2021"
            var trial = (DisclosureReport2019)report2020;
            Console.WriteLine(trial.ProactiveDisclosure.AdministrativePenalty.Change);   // 本年增/减: -8
            Console.WriteLine(LayoutCatalog.For(report2020.Edition).Cells.Count);         // 198

            // Compare across the edition change: 三 and 四 only; 2021's （六）其他处理 is the sum of its three rows.
            var comparison = EditionComparison.Compare(report2020, report2021);
            foreach (var cell in comparison.Cells.Where(c => c.Difference is not null and not 0))
                Console.WriteLine($"{cell.RowLabelPathText} | {cell.ColumnLabel}: {cell.FirstValue} → {cell.SecondValue}");
            foreach (var part in comparison.NotComparable)
                Console.WriteLine($"{part.Label}: {part.Reason}");                        // 二、主动公开政府信息情况: …

            // The carry-over survives the edition change: 2021's 上年结转 = 2020's 结转下年度继续办理.
            var carried = comparison.First.GetValue("/applications/carriedForward/total")
                          == comparison.Second.GetValue("/applications/carriedOver/total");   // true
            // END README

            Assert.Equal(-8, trial.ProactiveDisclosure.AdministrativePenalty.Change);
            Assert.IsType<DisclosureReport2021>(report2021);
            Assert.True(carried);
            Assert.Equal("T2", Assert.Single(comparison.NotComparable).TableKey);
            Assert.Contains(comparison.Cells, c => c.Difference is not null and not 0);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(folder, recursive: true);
        }
    }
}
