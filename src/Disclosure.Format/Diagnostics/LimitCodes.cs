namespace Disclosure.Format.Diagnostics;

/// <summary>
/// The stable diagnostic codes for input that exceeds one of the library's documented limits (<c>DF5000</c>–<c>DF5099</c>).
/// A limit protects a service that reads documents from strangers: past it, the library stops with one of these codes
/// instead of spending unbounded memory or time. Codes are append-only: a code is never reused for another meaning.
/// </summary>
public static class LimitCodes
{
    /// <summary>
    /// <c>DF5000</c>: the document (or one line of a JSON Lines input) is larger than the configured maximum
    /// (<see cref="Json.DisclosureJsonOptions.MaxDocumentBytes"/>, 16 MiB by default); the <c>disclosure</c> tool also
    /// gives it for an input file (or standard input) larger than the 64 MiB it reads.
    /// </summary>
    public const string DocumentTooLarge = "DF5000";

    /// <summary>
    /// <c>DF5001</c>: the JSON is nested deeper than <see cref="Json.DisclosureJsonOptions.MaxDepth"/> (64) levels. A report
    /// itself is never deeper than five levels.
    /// </summary>
    public const string NestingTooDeep = "DF5001";

    /// <summary>
    /// <c>DF5002</c>: a text to import is longer than the importer's configured maximum number of characters.
    /// </summary>
    public const string TextTooLong = "DF5002";

    /// <summary>
    /// <c>DF5003</c>: a tool was given more input files than its maximum (reserved for tools that report it as a
    /// diagnostic; the <c>disclosure</c> tool stops past 100 000 inputs with a usage error; see <c>docs/security.md</c>).
    /// </summary>
    public const string TooManyInputs = "DF5003";
}
