using System.Diagnostics;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Rendering;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Import;

/// <summary>
/// Hybrid templates (issue 15): the （六）其他处理 rows printed as the other edition prints them. The edition is the
/// one the Article-20 table is complete in; every table of it is read; the （六） rows the text prints the other way
/// are blank with DF4010 naming them, and what is printed there is kept in their provenance.
/// </summary>
public sealed class HybridTemplateTests
{
    private const string OtherHandling = "/applications/outcomes/otherHandling";

    [Fact]
    public void A_2021_report_with_the_2019_single_other_handling_row_keeps_every_table()
    {
        var report = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2021", "valid-shili-city-ecology-2023.json")));
        var text = BrokenText.Break(ReportTextRenderer.RenderReport(report, TextShape.TabSeparated), Breakage.HybridOtherHandling, 1, pipes: false);
        Assert.Contains("（六）其他处理\t", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3.其他", text, StringComparison.Ordinal);

        var result = ReportTextImporter.Import(text, new ImportOptions { SourceName = "hybrid.txt" });

        Assert.Equal(ReportEdition.Edition2021, result.Edition);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportCodes.TableMissing or ImportCodes.RowMissing);
        var hint = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.WrongEditionLayout);
        Assert.Equal(OtherHandling, hint.Pointer);
        Assert.Equal(DiagnosticSeverity.Warning, hint.Severity);
        Assert.Equal("hybrid.txt", hint.Location!.Source);
        var catalog = LayoutCatalog.For(ReportEdition.Edition2021);
        var otherRows = catalog.Cells.Where(c => c.Pointer.StartsWith(OtherHandling + "/", StringComparison.Ordinal)).ToList();
        Assert.Equal(21, otherRows.Count);
        Assert.Equal(otherRows.Select(c => c.Pointer).Order(StringComparer.Ordinal), hint.RelatedPointers.Order(StringComparer.Ordinal));

        // The single row as printed is kept in the provenance of the three rows' cells, which are blank.
        var subRows = catalog.Tables.SelectMany(t => t.ValueRows).Where(r => r.Pointer!.StartsWith(OtherHandling + "/", StringComparison.Ordinal)).ToList();
        var printed = string.Join(" ", Enumerable.Range(0, subRows[0].Cells.Count)
            .Select(j => subRows.Sum(r => r.Cells[j].GetValue(report)!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var cell in otherRows)
        {
            Assert.Null(cell.GetValue(result.Report!));
            var provenance = result.Provenance[cell]!;
            Assert.Equal(CellReadingKind.OtherEdition, provenance.Kind);
            Assert.Equal(printed, System.Text.RegularExpressions.Regex.Replace(provenance.Raw, @"\s+", " "));
        }

        // Every other cell of every table is exact.
        foreach (var cell in catalog.Cells.Except(otherRows))
        {
            Assert.True(cell.GetValue(report) == cell.GetValue(result.Report!), cell.Pointer);
        }
    }

    [Fact]
    public void A_2019_report_with_the_2021_other_handling_rows_keeps_its_edition_and_every_table()
    {
        var report = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2019", "valid-shili-housing-2020.json")));
        var text = BrokenText.Break(ReportTextRenderer.RenderReport(report, TextShape.TabSeparated), Breakage.HybridOtherHandling, 1, pipes: false);
        Assert.Contains("3.其他\t", text, StringComparison.Ordinal);

        var result = ReportTextImporter.Import(text, new ImportOptions { SourceName = "hybrid.txt" });

        Assert.Equal(ReportEdition.Edition2019, result.Edition);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportCodes.TableMissing or ImportCodes.RowMissing);
        var hint = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.WrongEditionLayout);
        Assert.Equal(OtherHandling, hint.Pointer);
        var catalog = LayoutCatalog.For(ReportEdition.Edition2019);
        var row = catalog.Tables.SelectMany(t => t.ValueRows).Single(r => r.Pointer == OtherHandling);
        Assert.Equal(row.Cells.Select(c => c.Pointer), hint.RelatedPointers);
        foreach (var cell in row.Cells)
        {
            Assert.Null(cell.GetValue(result.Report!));
            Assert.Equal(CellReadingKind.OtherEdition, result.Provenance[cell]!.Kind);
            Assert.Contains("3.其他", result.Provenance[cell]!.Raw, StringComparison.Ordinal);
        }

        foreach (var cell in catalog.Cells.Except(row.Cells))
        {
            Assert.True(cell.GetValue(report) == cell.GetValue(result.Report!), cell.Pointer);
        }
    }

    /// <summary>
    /// The real PDF in ../shared/corpus/pdf (淮安市洪泽区 2024, 2021 tables with （六）其他处理 printed as one row),
    /// converted by <c>pdftotext -layout</c> (poppler-utils; skipped where it or the file is absent). Values
    /// transcribed by hand from the rendered pages 2–4.
    /// </summary>
    [Fact]
    public void The_real_pdf_with_one_other_handling_row_imports_with_every_table()
    {
        var pdf = Paths.Shared is { } shared ? Path.Combine(shared, "corpus", "pdf", "201-2024-huaian-hongzequ.pdf") : null;
        Assert.SkipWhen(pdf is null || !File.Exists(pdf), "The shared corpus is not beside this clone.");
        var text = PdfToText(pdf!);
        Assert.SkipWhen(text is null, "pdftotext (poppler-utils) is not installed.");

        var result = ReportTextImporter.Import(text!, new ImportOptions { SourceName = "201-2024-huaian-hongzequ.txt" });

        Assert.Equal(ReportEdition.Edition2021, result.Edition);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportCodes.TableMissing or ImportCodes.RowMissing or ImportCodes.InternalError);
        var hint = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.WrongEditionLayout);
        Assert.Equal(OtherHandling, hint.Pointer);
        Assert.Equal(21, hint.RelatedPointers.Count);

        var expected = new Dictionary<string, string>
        {
            ["/proactiveDisclosure/rules"] = "0|0|0",
            ["/proactiveDisclosure/normativeDocuments"] = "3|0|8",
            ["/proactiveDisclosure/administrativeLicensing"] = "9487",
            ["/proactiveDisclosure/administrativePenalty"] = "2776",
            ["/proactiveDisclosure/administrativeCoercion"] = "84",
            ["/proactiveDisclosure/administrativeFees"] = "7545",
            ["/applications/newlyReceived"] = "95|0|0|0|0|0|95",
            ["/applications/carriedOver"] = "0|0|0|0|0|0|0",
            ["/applications/outcomes/disclosed"] = "50|0|0|0|0|0|50",
            ["/applications/outcomes/partiallyDisclosed"] = "9|0|0|0|0|0|9",
            ["/applications/outcomes/withheld/stateSecret"] = "0|0|0|0|0|0|0",
            ["/applications/outcomes/withheld/prohibitedByLaw"] = "0|0|0|0|0|0|0",
            ["/applications/outcomes/withheld/endangersSecurityOrStability"] = "1|0|0|0|0|0|1",
            ["/applications/outcomes/withheld/thirdPartyRights"] = "0|0|0|0|0|0|0",
            ["/applications/outcomes/withheld/internalAffairs"] = "0|0|0|0|0|0|0",
            ["/applications/outcomes/withheld/processInformation"] = "1|0|0|0|0|0|1",
            ["/applications/outcomes/withheld/enforcementCaseFiles"] = "1|0|0|0|0|0|1",
            ["/applications/outcomes/withheld/administrativeInquiry"] = "0|0|0|0|0|0|0",
            ["/applications/outcomes/unavailable/notHeld"] = "31|0|0|0|0|0|31",
            ["/applications/outcomes/unavailable/requiresCreation"] = "1|0|0|0|0|0|1",
            ["/applications/outcomes/unavailable/unclearAfterCorrection"] = "0|0|0|0|0|0|0",
            ["/applications/outcomes/notProcessed/complaint"] = "1|0|0|0|0|0|1",
            ["/applications/outcomes/notProcessed/repeated"] = "0|0|0|0|0|0|0",
            ["/applications/outcomes/notProcessed/publicationRequested"] = "0|0|0|0|0|0|0",
            ["/applications/outcomes/notProcessed/excessiveRepetition"] = "0|0|0|0|0|0|0",
            ["/applications/outcomes/notProcessed/confirmationRequested"] = "0|0|0|0|0|0|0",
            [OtherHandling + "/notCorrectedInTime"] = "_|_|_|_|_|_|_",
            [OtherHandling + "/feeNotPaid"] = "_|_|_|_|_|_|_",
            [OtherHandling + "/other"] = "_|_|_|_|_|_|_",
            ["/applications/outcomes/total"] = "95|0|0|0|0|0|95",
            ["/applications/carriedForward"] = "0|0|0|0|0|0|0",
            ["/reviewAndLitigation/administrativeReview"] = "1|1|0|0|2",
            ["/reviewAndLitigation/litigationWithoutReview"] = "1|0|0|0|1",
            ["/reviewAndLitigation/litigationAfterReview"] = "2|0|1|0|3",
        };
        var catalog = LayoutCatalog.For(ReportEdition.Edition2021);
        var rows = catalog.Tables.SelectMany(t => t.ValueRows).ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Select(r => r.Pointer!).Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var actual = string.Join("|", row.Cells.Select(c => c.GetValue(result.Report!)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "_"));
            Assert.True(expected[row.Pointer!] == actual, $"{row.Pointer}: expected {expected[row.Pointer!]}, imported {actual}");
        }

        Assert.All(rows.Where(r => r.Pointer!.StartsWith(OtherHandling + "/", StringComparison.Ordinal)).SelectMany(r => r.Cells),
            c => Assert.Equal(CellReadingKind.OtherEdition, result.Provenance[c]!.Kind));
    }

    private static string? PdfToText(string pdf)
    {
        var output = Path.Combine(Path.GetTempPath(), $"hybrid-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", pdf, output])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            process.WaitForExit(60_000);
            return process.HasExited && process.ExitCode == 0 && File.Exists(output) ? File.ReadAllText(output) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not installed
        }
        finally
        {
            File.Delete(output);
        }
    }
}
