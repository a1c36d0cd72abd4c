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
        ["html"] = DocumentTargets.Html,
        ["word"] = DocumentTargets.Word,
        ["xlsx"] = DocumentTargets.Xlsx,
        ["pdf"] = DocumentTargets.Pdf,
    };

    /// <summary>
    /// The JSON reader: a result or a diagnostic; the single-pass reader agrees with the strict path; an accepted report
    /// writes and reads back equal and validates; JSON Lines agrees.
    /// </summary>
    private static void Json(byte[] input)
    {
        var result = DisclosureJson.Read(input, "fuzz.json");

        // Differential: the single-pass reader behind Read either declines or reads exactly what the strict path reads.
        var bytes = input.Length >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF ? input.AsSpan(3) : input;
        if (InternalPaths.Fast(bytes) is { } fast)
        {
            var strict = InternalPaths.Strict(bytes, "fuzz.json", null);
            if (strict.Report is null)
            {
                throw new InvalidOperationException("The single-pass reader accepted a document the strict path rejects: " + strict.Diagnostics[0]);
            }

            if (!Equals(strict.Report, fast) || DisclosureJson.Serialize(strict.Report) != DisclosureJson.Serialize(fast))
            {
                throw new InvalidOperationException("The single-pass reader and the strict path read different reports.");
            }
        }
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

/// <summary>The two internal read paths behind <see cref="DisclosureJson.Read(ReadOnlySpan{byte}, string?)"/>, by reflection.</summary>
internal static class InternalPaths
{
    public delegate Model.DisclosureReport? FastReader(ReadOnlySpan<byte> utf8Json);

    public delegate ReadResult StrictReader(ReadOnlySpan<byte> utf8Json, string? sourceName, int? line);

    public static readonly FastReader Fast = (FastReader)Delegate.CreateDelegate(typeof(FastReader),
        typeof(DisclosureJson).Assembly.GetType("Disclosure.Format.Json.FastReportReader", throwOnError: true)!
            .GetMethod("TryRead", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)!);

    public static readonly StrictReader Strict = (StrictReader)Delegate.CreateDelegate(typeof(StrictReader),
        typeof(DisclosureJson).GetMethod("ReadStrict", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!);
}
