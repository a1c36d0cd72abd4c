using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Word;

/// <summary>The README's "Importing Word files" example, run on a generated report.docx.</summary>
public sealed class ReadmeWordExampleTests
{
    [Fact]
    public void The_readme_example_runs_as_written()
    {
        var report = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2021", "valid-shili-city-ecology-2023.json")));
        var folder = Directory.CreateTempSubdirectory("word-readme-");
        var path = Path.Combine(folder.FullName, "report.docx");
        File.WriteAllBytes(path, WordFixtureWriter.Write(report, WordFixtureStyle.Official));
        try
        {
            // As in README.md:
            ReportDocument document = WordReportReader.ReadFile(path);
            ImportResult result = ReportDocumentImporter.Import(document);
            var cell = result.Provenance.Find("/applications/newlyReceived/total");

            Assert.DoesNotContain(result.Diagnostics, d => d.Severity != Diagnostics.DiagnosticSeverity.Info);
            Assert.Equal("59 from report.docx, table 2, row 4, cell 10", $"{cell?.Value} from {cell?.Location}");
            Assert.Equal(result.Report, ReportDocumentImporter.ImportWord(File.ReadAllBytes(path)).Report);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
