namespace Disclosure.Format.Layout;

/// <summary>A customary sub-heading of a free-text section, such as <c>（一）主动公开</c>.</summary>
public sealed class TextPartLayout
{
    internal TextPartLayout(string label, string englishName, string pointer)
    {
        Label = label;
        EnglishName = englishName;
        Pointer = pointer;
    }

    /// <summary>The sub-heading as customarily printed.</summary>
    public string Label { get; }

    /// <summary>An English name for the part.</summary>
    public string EnglishName { get; }

    /// <summary>The JSON Pointer of the part's text.</summary>
    public string Pointer { get; }

    /// <inheritdoc />
    public override string ToString() => Label;
}
