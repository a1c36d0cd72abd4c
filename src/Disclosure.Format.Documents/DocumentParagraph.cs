namespace Disclosure.Format.Documents;

/// <summary>A paragraph or a heading of a document, with its text as displayed.</summary>
public sealed class DocumentParagraph : DocumentBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The text as displayed (inline runs joined; line breaks inside the paragraph as <c>\n</c>).</param>
    /// <param name="headingLevel">The heading level, 1 to 9, or 0 for a body paragraph.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headingLevel"/> is not between 0 and 9.</exception>
    public DocumentParagraph(string text, int headingLevel = 0)
    {
        if (headingLevel is < 0 or > 9) throw new ArgumentOutOfRangeException(nameof(headingLevel), headingLevel, "A heading level is 1 to 9, or 0 for a body paragraph.");
        Text = text ?? throw new ArgumentNullException(nameof(text));
        HeadingLevel = headingLevel;
    }

    /// <summary>The text as displayed.</summary>
    public string Text { get; }

    /// <summary>The heading level (1 to 9, as <c>&lt;h1&gt;</c>…<c>&lt;h6&gt;</c> or Word's Heading 1…9), or 0 for a body paragraph.</summary>
    public int HeadingLevel { get; }

    /// <summary><see langword="true"/> when the paragraph is a heading (<see cref="HeadingLevel"/> is not 0).</summary>
    public bool IsHeading => HeadingLevel != 0;

    /// <inheritdoc />
    public override string ToString() => Text;
}
