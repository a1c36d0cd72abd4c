using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Json;

/// <summary>
/// Thrown by the throwing conveniences of <see cref="DisclosureJson"/> when a document cannot be read. It carries the
/// same diagnostics a <see cref="ReadResult"/> would.
/// </summary>
public sealed class DisclosureFormatException : Exception
{
    /// <summary>Creates the exception from the diagnostics that explain it.</summary>
    public DisclosureFormatException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics is { Count: > 0 } ? diagnostics[0].ToString() : "The document could not be read.")
    {
        Diagnostics = diagnostics ?? [];
    }

    /// <summary>The problems that prevented reading (at least one).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
