namespace Disclosure.Format.Json;

/// <summary>
/// Limits that <see cref="DisclosureJson"/> applies when reading. The defaults suit a service that accepts reports from
/// strangers: a real report is about 10 KiB and five levels deep, so the limits leave ample room while bounding the
/// memory and time one document can cost. Past a limit the read fails with a <c>DF5xxx</c> code from
/// <see cref="Diagnostics.LimitCodes"/>.
/// </summary>
public sealed record DisclosureJsonOptions
{
    /// <summary>The default <see cref="MaxDocumentBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The nesting depth the reader accepts (System.Text.Json's default of 64); deeper documents fail with <c>DF5001</c>.</summary>
    public const int MaxDepth = 64;

    private readonly int maxDocumentBytes = DefaultMaxDocumentBytes;

    /// <summary>The options every read uses unless told otherwise.</summary>
    public static DisclosureJsonOptions Default { get; } = new();

    /// <summary>
    /// The largest document accepted, in UTF-8 bytes (for a JSON Lines input: the largest line). A larger input fails with
    /// <c>DF5000</c> before it is parsed, and a stream is not read past this many bytes. Default: 16 MiB.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDocumentBytes
    {
        get => maxDocumentBytes;
        init => maxDocumentBytes = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, "The maximum document size must be at least 1 byte.");
    }
}
