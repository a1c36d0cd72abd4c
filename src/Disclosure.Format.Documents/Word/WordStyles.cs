using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Format.Documents.Word;

/// <summary>
/// What the reader needs from a document's styles: the heading level a paragraph style gives (by its name — Word's
/// built-in <c>heading 1</c>…<c>heading 9</c> and <c>Title</c>, their Chinese names <c>标题 1</c>… and <c>标题</c> —
/// or by an outline level, inherited through <c>w:basedOn</c>), the styles that are tables of contents, and the
/// character and paragraph styles that hide their text (<c>w:vanish</c>). Chains of <c>w:basedOn</c> are followed at
/// most <see cref="MaxChain"/> steps, so a cycle ends.
/// </summary>
internal sealed class WordStyles
{
    private const int MaxChain = 16;

    private readonly Dictionary<string, Style> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> headingLevels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> hidden = new(StringComparer.Ordinal);

    public static WordStyles Empty { get; } = new(null);

    public WordStyles(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (WordValues.Text(style.StyleId) is { } id && !byId.ContainsKey(id))
            {
                byId.Add(id, style);
            }
        }
    }

    /// <summary>The heading level (1–9) a paragraph style gives, 0 for body text, -1 for a table-of-contents entry.</summary>
    public int HeadingLevel(string? styleId)
    {
        if (styleId is null)
        {
            return 0;
        }

        if (headingLevels.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        var level = 0;
        var style = Find(styleId);
        for (var step = 0; style is not null && step < MaxChain; step++)
        {
            var byName = LevelFromName(WordValues.Text(style.StyleName?.Val));
            if (byName != 0)
            {
                level = byName;
                break;
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val is { } outlineValue && WordValues.Number(outlineValue, -1) is var outline && outline != -1)
            {
                level = outline is >= 0 and <= 8 ? outline + 1 : 0;
                break;
            }

            style = Find(WordValues.Text(style.BasedOn?.Val));
        }

        headingLevels[styleId] = level;
        return level;
    }

    /// <summary><see langword="true"/> when a character or paragraph style (or a style it is based on) hides its text.</summary>
    public bool Hides(string? styleId)
    {
        if (styleId is null)
        {
            return false;
        }

        if (hidden.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        var hides = false;
        var style = Find(styleId);
        for (var step = 0; style is not null && step < MaxChain; step++)
        {
            if (style.StyleRunProperties?.GetFirstChild<Vanish>() is { } vanish)
            {
                hides = WordValues.On(vanish.Val, true);
                break;
            }

            style = Find(WordValues.Text(style.BasedOn?.Val));
        }

        hidden[styleId] = hides;
        return hides;
    }

    private Style? Find(string? id) => id is not null && byId.TryGetValue(id, out var style) ? style : null;

    /// <summary>
    /// The level a style's name says: <c>heading N</c> / <c>标题 N</c> → N, <c>Title</c> / <c>标题</c> → 1, a
    /// table-of-contents style (<c>toc N</c>, <c>目录 N</c>, <c>TOC Heading</c>) → -1, anything else 0.
    /// </summary>
    internal static int LevelFromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return 0;
        }

        var n = name!.Trim();
        if (n.Equals("Title", StringComparison.OrdinalIgnoreCase) || n == "标题")
        {
            return 1;
        }

        if (n.StartsWith("toc", StringComparison.OrdinalIgnoreCase) || n.StartsWith("目录", StringComparison.Ordinal))
        {
            return -1;
        }

        string? rest = null;
        if (n.StartsWith("heading", StringComparison.OrdinalIgnoreCase))
        {
            rest = n.Substring("heading".Length);
        }
        else if (n.StartsWith("标题", StringComparison.Ordinal))
        {
            rest = n.Substring("标题".Length);
        }

        rest = rest?.Trim();
        return rest is { Length: 1 } && rest[0] is >= '1' and <= '9' ? rest[0] - '0' : 0;
    }
}
