using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests;

/// <summary>The README's HTML import example, run on a page of our own written to a file.</summary>
public sealed class ReadmeHtmlExample
{
    [Fact]
    public void The_readme_example_works()
    {
        var fixture = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2021", "valid-shili-city-ecology-2023.json")));
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, "report.html");
            File.WriteAllText(path, OfficialHtml.Render(fixture, HtmlStyle.SiteTemplate));

            ReportDocument page = HtmlReportReader.ReadFile(path);
            ImportResult result = ReportDocumentImporter.Import(page);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var cell = result.Provenance.Find("/applications/newlyReceived/total")!;
            Assert.Equal(((Disclosure.Format.Model.DisclosureReport2021)fixture).Applications.NewlyReceived.Total, cell.Value);
            Assert.StartsWith("report.html(", cell.Location.ToString(), StringComparison.Ordinal);
            Assert.Contains(", table 2, row 4, cell 10", cell.Location.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
