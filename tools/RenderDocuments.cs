// Renders report JSON files to HTML, Word and Excel with Disclosure.Format.Documents, for tools/render-screenshots.sh.
// Usage: dotnet run --file tools/RenderDocuments.cs -- <output folder> <report.json>...
// Writes <output folder>/<name>.html, .docx and .xlsx for each report. A build tool of the repository, not part of any package.
#:project ../src/Disclosure.Format.Documents/Disclosure.Format.Documents.csproj

using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Json;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: RenderDocuments.cs <output folder> <report.json>...");
    return 2;
}

Directory.CreateDirectory(args[0]);
foreach (var path in args.Skip(1))
{
    var report = DisclosureJson.Read(File.ReadAllBytes(path), path).GetReportOrThrow();
    var stem = Path.Combine(args[0], Path.GetFileNameWithoutExtension(path));
    File.WriteAllText(stem + ".html", HtmlReportRenderer.Render(report));
    File.WriteAllBytes(stem + ".docx", WordReportRenderer.Render(report));
    File.WriteAllBytes(stem + ".xlsx", ExcelReportRenderer.Render(report));
    Console.WriteLine(stem);
}

return 0;
