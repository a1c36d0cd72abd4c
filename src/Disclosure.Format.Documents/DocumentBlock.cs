using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents;

/// <summary>
/// One block of a <see cref="ReportDocument"/> in reading order: a <see cref="DocumentParagraph"/> (a paragraph or a
/// heading) or a <see cref="DocumentTable"/>.
/// </summary>
public abstract class DocumentBlock
{
    private protected DocumentBlock()
    {
    }

    /// <summary>Where the block starts in the source, when known; otherwise <see langword="null"/>.</summary>
    public SourceLocation? Location { get; init; }
}
