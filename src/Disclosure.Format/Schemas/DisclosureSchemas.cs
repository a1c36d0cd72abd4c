using System.Text;
using Disclosure.Format.Json;

namespace Disclosure.Format.Schemas;

/// <summary>
/// The published JSON Schema (draft-07) of each edition's report document, the same bytes as the file committed
/// under <c>schema/</c> in the repository (<c>schema/disclosure-report-2021.schema.json</c>). Hand it to partners who
/// validate documents in other languages; it needs no schema library to obtain.
/// </summary>
/// <remarks>
/// The schema checks the document's structure: required and unknown members, JSON types, whole numbers, non-negative
/// counts and amounts, the ranges the reader accepts, dates and the pinned <c>"edition"</c>. The reader
/// (<see cref="DisclosureJson"/>) enforces exactly the same rules plus four that JSON Schema cannot express, because
/// it sees the text rather than the parsed value: well-formed JSON, no duplicate property names, counts written as
/// JSON integers (<c>3</c>, not <c>3.0</c> or <c>3e0</c>) and strings that are valid Unicode (no unpaired surrogate
/// escape such as <c>\ud800</c>). Arithmetic invariants (totals) are not schema rules.
/// </remarks>
/// <example>
/// <code>
/// string schemaJson = DisclosureSchemas.GetJson(ReportEdition.Edition2021);
/// File.WriteAllText(DisclosureSchemas.GetFileName(ReportEdition.Edition2021), schemaJson);
/// </code>
/// </example>
public static class DisclosureSchemas
{
    // Embedded resources are named after the repository path of the file they embed: "schema/<file name>".
    private const string ResourcePrefix = "schema/";

    /// <summary>The editions whose schema this version of the library carries, in ascending order.</summary>
    public static IReadOnlyList<ReportEdition> Editions { get; } = FindEditions();

    /// <summary>
    /// The file name of an edition's schema, e.g. <c>disclosure-report-2021.schema.json</c> for
    /// <see cref="ReportEdition.Edition2021"/> (the file lives in the repository's <c>schema/</c> folder).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined edition.</exception>
    public static string GetFileName(ReportEdition edition) => $"disclosure-report-{EditionNames.ToJson(edition)}.schema.json";

    /// <summary>Returns the schema of <paramref name="edition"/> as JSON text (UTF-8 file content, ending with a newline).</summary>
    /// <exception cref="ArgumentOutOfRangeException">This version of the library carries no schema for <paramref name="edition"/>.</exception>
    public static string GetJson(ReportEdition edition)
    {
        using var stream = OpenRead(edition);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    /// <summary>Opens the schema of <paramref name="edition"/> as a read-only stream of UTF-8 JSON; the caller disposes it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This version of the library carries no schema for <paramref name="edition"/>.</exception>
    public static Stream OpenRead(ReportEdition edition) =>
        typeof(DisclosureSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + GetFileName(edition))
        ?? throw new ArgumentOutOfRangeException(nameof(edition), edition,
            $"This version of Disclosure.Format carries no JSON Schema for the edition {edition}.");

    private static ReportEdition[] FindEditions()
    {
        var names = new HashSet<string>(typeof(DisclosureSchemas).Assembly.GetManifestResourceNames(), StringComparer.Ordinal);
#if NET
        var all = Enum.GetValues<ReportEdition>();
#else
        var all = (ReportEdition[])Enum.GetValues(typeof(ReportEdition));
#endif
        return all
            .Where(e => names.Contains(ResourcePrefix + GetFileName(e)))
            .OrderBy(e => e)
            .ToArray();
    }
}
