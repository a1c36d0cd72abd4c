using Disclosure.Format.Documents.Excel;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Excel;

/// <summary>The README's documents example, compiled and run (the core's README test checks README.md shows it exactly).</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class ReadmeDocumentExamples
{
    [Fact]
    public void Render_and_import_a_workbook()
    {
        var folder = Directory.CreateTempSubdirectory("readme-documents-").FullName;
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(folder);
            File.Copy(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.json"), "report.json");

            // README: documents
            // using Disclosure.Format.Documents.Excel; using Disclosure.Format.Documents.Rendering; using Disclosure.Format.Import;
            var report = DisclosureJson.Deserialize(File.ReadAllText("report.json"));
            File.WriteAllText("report.html", HtmlReportRenderer.Render(report));     // one self-contained page
            File.WriteAllBytes("report.docx", WordReportRenderer.Render(report));    // A4, 仿宋/黑体, merged cells, page numbers
            File.WriteAllBytes("report.xlsx", ExcelReportRenderer.Render(report));   // a sheet per table, every cell, the rule checks

            // Read the workbook back (also after someone edited it) through the same grid matcher as HTML and Word.
            ImportResult imported = ExcelReportImporter.Import(File.ReadAllBytes("report.xlsx"), new ImportOptions { SourceName = "report.xlsx" });
            ImportedCell cell = imported.Provenance.Find("/applications/newlyReceived/total")!;
            Console.WriteLine($"{cell.Value} at {cell.Location}"); // … report.xlsx, table 2, row 4, cell 10, 三、收到和处理政府信息公开申请情况!J6
            Console.WriteLine(imported.Report == report);          // True
            // END README

            Assert.Equal(report, imported.Report);
            Assert.Equal("J6", cell.Location.Address);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(folder, recursive: true);
        }
    }
}
