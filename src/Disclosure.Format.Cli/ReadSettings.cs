using Disclosure.Format.Import;

namespace Disclosure.Format.Cli;

/// <summary>How the tool reads its inputs (the options every reading command shares).</summary>
/// <param name="EncodingName">
/// <c>--encoding</c>: the encoding of text and HTML inputs (any label <see cref="ReportTextDecoder.CanonicalName"/>
/// accepts), instead of the byte order mark, the declared charset and detection; <see langword="null"/> to detect.
/// </param>
internal sealed record ReadSettings(string? EncodingName = null)
{
    /// <summary>Detect everything.</summary>
    public static ReadSettings Default { get; } = new();
}
