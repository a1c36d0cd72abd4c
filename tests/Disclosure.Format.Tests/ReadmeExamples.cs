using System.Text.RegularExpressions;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests;

/// <summary>
/// The README's C# examples, compiled and run. Each example sits between <c>// README: name</c> and
/// <c>// END README</c>; a test checks that README.md shows exactly that code.
/// </summary>
[Collection(Support.CurrentDirectoryCollection.Name)]
public sealed class ReadmeExamples
{
    [Fact]
    public void Quickstart_builds_writes_and_reads_a_report()
    {
        var folder = Directory.CreateTempSubdirectory("disclosure-readme-").FullName;
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        try
        {
            // README: quickstart
            // Build a report: every cell through the layout catalog (null = blank), then the texts.
            var catalog = LayoutCatalog.Edition2021;
            var values = new decimal?[catalog.Cells.Count];
            Array.Fill(values, 0m);
            values[catalog.FindCell("/applications/newlyReceived/naturalPerson")!.Index] = 3;
            values[catalog.FindCell("/applications/newlyReceived/total")!.Index] = 3;
            values[catalog.FindCell("/applications/outcomes/disclosed/naturalPerson")!.Index] = 3;
            values[catalog.FindCell("/applications/outcomes/disclosed/total")!.Index] = 3;
            values[catalog.FindCell("/applications/outcomes/total/naturalPerson")!.Index] = 3;
            values[catalog.FindCell("/applications/outcomes/total/total")!.Index] = 3;
            var built = catalog.CreateReport(new ReportMetadata { Agency = "示例县商务局", Year = 2024 }, values) with
            {
                ProblemsAndImprovements = "政策解读形式比较单一。",
            };

            // Write canonical JSON (camelCase, edition first, readable Chinese).
            File.WriteAllText("report.json", DisclosureJson.Serialize(built));

            // Read it back strictly: a failed read returns diagnostics (code, JSON Pointer, line, column).
            ReadResult result = DisclosureJson.Read(File.ReadAllBytes("report.json"), "report.json");
            foreach (var diagnostic in result.Diagnostics)
                Console.Error.WriteLine(diagnostic);

            var report = (DisclosureReport2021)result.GetReportOrThrow();
            Console.WriteLine(report.Applications.NewlyReceived.Total);   // 一、本年新收政府信息公开申请数量 · 总计: 3

            // Every cell with its official labels and pointer.
            foreach (var cell in catalog.GetTable("T4").Cells)
                Console.WriteLine($"{cell.Row.LabelPathText} | {cell.Column.Label} | {cell.Pointer} = {cell.GetValue(report)}");

            // Records are immutable: change a cell with a with-expression.
            var corrected = report with
            {
                Applications = report.Applications with
                {
                    CarriedOver = report.Applications.CarriedOver with { Total = 0 },
                },
            };
            // END README

            Assert.True(result.Succeeded);
            Assert.Equal(built, report);
            Assert.Equal(3, report.Applications.NewlyReceived.Total);
            Assert.Equal("政策解读形式比较单一。", report.ProblemsAndImprovements);
            Assert.NotEqual(report, corrected with { Metadata = report.Metadata with { Year = 2023 } });
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_readme_shows_the_tested_examples()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Paths.RepositoryRoot, "tests"), "*.cs", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file).Replace("\r\n", "\n");
            foreach (Match m in Regex.Matches(source, @"^( *)// README: (\S+)\n(.*?)^ *// END README", RegexOptions.Multiline | RegexOptions.Singleline))
            {
                var indent = m.Groups[1].Value.Length;
                var code = string.Join("\n", m.Groups[3].Value.TrimEnd('\n').Split('\n')
                    .Select(line => line.Length >= indent ? line.Substring(indent) : line.TrimStart()));
                Assert.True(readme.Contains(code, StringComparison.Ordinal),
                    $"README.md does not show the example '{m.Groups[2].Value}' from {Path.GetFileName(file)} exactly:\n{code}");
            }
        }
    }
}
