namespace Disclosure.Format.Layout;

/// <summary>One of the six sections of a report.</summary>
public sealed class SectionLayout
{
    internal SectionLayout(int number, string label, string englishName, string pointer, TableLayout? table,
        IReadOnlyList<TextPartLayout> parts)
    {
        Number = number;
        Label = label;
        EnglishName = englishName;
        Pointer = pointer;
        Table = table;
        Parts = parts;
    }

    /// <summary>The section number, 1 to 6.</summary>
    public int Number { get; }

    /// <summary>The section heading exactly as in the format, e.g. <c>一、总体情况</c>.</summary>
    public string Label { get; }

    /// <summary>An English name for the section.</summary>
    public string EnglishName { get; }

    /// <summary>The JSON Pointer of the section's content in a report document.</summary>
    public string Pointer { get; }

    /// <summary>The section's table, or <see langword="null"/> for a free-text section.</summary>
    public TableLayout? Table { get; }

    /// <summary>Customary, optional sub-headings of a free-text section (those of 一、总体情况); empty otherwise.</summary>
    public IReadOnlyList<TextPartLayout> Parts { get; }

    /// <inheritdoc />
    public override string ToString() => Label;
}
