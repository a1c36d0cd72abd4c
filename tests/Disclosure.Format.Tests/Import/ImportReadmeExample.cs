using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Rendering;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Import;

/// <summary>The README's import example, compiled and run on the seed report's text.</summary>
[Collection(Support.CurrentDirectoryCollection.Name)]
public sealed class ImportReadmeExample
{
    [Fact]
    public void Importing_and_rendering_text_as_in_the_readme()
    {
        var folder = Directory.CreateTempSubdirectory("disclosure-import-").FullName;
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            File.Copy(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.txt"), "report.txt");

            // README: import
            ImportResult imported = ReportTextImporter.Import(File.ReadAllText("report.txt"), new ImportOptions { SourceName = "report.txt" });
            foreach (var diagnostic in imported.Diagnostics)
                Console.WriteLine(diagnostic); // info DF4009 at report.txt(80,1) /problemsAndImprovements: '五、存在的主要问题及改进措施' was read as …

            if (imported.Report is { } report)
            {
                Console.WriteLine(imported.Edition); // Edition2021: told by the layout of the tables, never by the year

                // Where each cell came from: the text as written and its line and column.
                ImportedCell cell = imported.Provenance.Find("/reviewAndLitigation/administrativeReview/total")!;
                Console.WriteLine($"{cell.Value} ← '{cell.Raw}' at {cell.Location} ({cell.Kind})"); // 0 ← '0' at report.txt(78,9) (Number)

                File.WriteAllText("report.json", DisclosureJson.Serialize(report));

                // Render it back as text in the official layout, in any shape, or as Markdown.
                File.WriteAllText("report.tsv.txt", ReportTextRenderer.RenderReport(report, TextShape.TabSeparated));
                File.WriteAllText("report.md", ReportTextRenderer.RenderMarkdown(report));
            }
            // END README

            Console.SetOut(console);
            var lines = output.ToString().Split('\n');
            Assert.StartsWith("info DF4009 at report.txt(80,1) /problemsAndImprovements: '五、存在的主要问题及改进措施' was read as", lines[0], StringComparison.Ordinal);
            Assert.Equal("Edition2021", lines[1].TrimEnd('\r'));
            Assert.Equal("0 ← '0' at report.txt(78,9) (Number)", lines[2].TrimEnd('\r'));
            Assert.Equal(File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.json")), File.ReadAllText("report.json"));
            Assert.Equal(imported.Report, ReportTextImporter.Import(File.ReadAllText("report.md")).Report! with { Metadata = imported.Report!.Metadata });
            Assert.Equal(imported.Report, ReportTextImporter.Import(File.ReadAllText("report.tsv.txt")).Report);
        }
        finally
        {
            Console.SetOut(console);
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(folder, recursive: true);
        }
    }
}
