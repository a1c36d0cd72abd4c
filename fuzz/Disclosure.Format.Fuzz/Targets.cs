using System.Text;
using Disclosure.Format.Import;
using Disclosure.Format.Json;

namespace Disclosure.Format.Fuzz;

/// <summary>
/// The fuzz targets. Each must return for every input: any exception that escapes is a finding. A target exercises
/// the public API the way a service would, and checks the promises that go beyond "does not throw".
/// </summary>
internal static class Targets
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["json"] = Json,
        ["import"] = Import,
    };

    /// <summary>The JSON reader: a result or a diagnostic; an accepted report writes and reads back equal and validates; JSON Lines agrees.</summary>
    private static void Json(byte[] input)
    {
        var result = DisclosureJson.Read(input, "fuzz.json");
        if (result.Succeeded == result.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException("A read must give a report or diagnostics, not both or neither.");
        }

        if (result.Report is { } report)
        {
            var written = DisclosureJson.SerializeToUtf8Bytes(report);
            var again = DisclosureJson.Read(written);
            if (!Equals(again.Report, report))
            {
                throw new InvalidOperationException("An accepted report did not read back equal after writing it.");
            }

            // The validator must check whatever the reader accepts.
            _ = Validation.DisclosureValidator.Validate(report);
        }

        foreach (var line in DisclosureJson.ReadLines(new MemoryStream(input, writable: false), "fuzz.jsonl"))
        {
            if (line.Succeeded == line.Diagnostics.Count > 0)
            {
                throw new InvalidOperationException("A line must give a report or diagnostics.");
            }
        }
    }

    /// <summary>
    /// The text importer: any text gives a result without an internal error (<c>DF4999</c>, which the importer returns
    /// when something inside it threw); a report it builds writes as JSON the strict reader reads back equal, and validates.
    /// </summary>
    private static void Import(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input); // as File.ReadAllText would decode it: invalid bytes become U+FFFD
        var result = ReportTextImporter.Import(text, new ImportOptions { SourceName = "fuzz.txt" });
        if (result.Diagnostics.FirstOrDefault(d => d.Code == ImportCodes.InternalError) is { } internalError)
        {
            throw new InvalidOperationException(internalError.Message);
        }

        if (result.Report is { } report)
        {
            var back = DisclosureJson.Read(DisclosureJson.SerializeToUtf8Bytes(report));
            if (!Equals(back.Report, report))
            {
                throw new InvalidOperationException("An imported report did not read back equal: " + string.Join("; ", back.Diagnostics));
            }

            _ = Validation.DisclosureValidator.Validate(report);
        }
        else if (result.Diagnostics.All(d => d.Severity != Diagnostics.DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("An import without a report must say why with an error.");
        }
    }
}
