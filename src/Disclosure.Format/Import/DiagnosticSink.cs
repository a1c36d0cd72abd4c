using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Import;

/// <summary>Collects the diagnostics of one import.</summary>
internal sealed class DiagnosticSink
{
    public List<Diagnostic> Items { get; } = [];

    public void Add(string code, DiagnosticSeverity severity, string pointer, SourceLocation? location, Message message,
        IReadOnlyList<string>? related = null, decimal? expected = null, decimal? actual = null)
    {
        Items.Add(new Diagnostic
        {
            Code = code,
            Severity = severity,
            Pointer = pointer,
            Location = location,
            Message = message.En,
            MessageZh = message.Zh,
            RelatedPointers = related ?? [],
            Expected = expected,
            Actual = actual,
        });
    }
}
