using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

/// <summary>Builds the ordered list of anchors of a catalog.</summary>
internal static class AnchorPlan
{
    private const string ChineseOrdinals = "一二三四五六七八九十";

    public static IReadOnlyList<Anchor> For(LayoutCatalog catalog)
    {
        var anchors = new List<Anchor>();
        foreach (var section in catalog.Sections)
        {
            var key = SourceText.KeyOf(section.Label);
            anchors.Add(new Anchor
            {
                Order = anchors.Count,
                Kind = AnchorKind.Section,
                Label = section.Label,
                Section = section,
                HeadingOrdinal = key.Substring(0, 1),
                HeadingCore = key.Substring(1),
                Patterns = [],
            });

            foreach (var part in section.Parts)
            {
                anchors.Add(new Anchor
                {
                    Order = anchors.Count,
                    Kind = AnchorKind.Part,
                    Label = part.Label,
                    Section = section,
                    Part = part,
                    Patterns = Patterns(part.Label),
                });
            }

            if (section.Table is { } table && !LayoutShape.RowsAreColumnGroups(table))
            {
                foreach (var row in table.Rows)
                {
                    anchors.Add(new Anchor
                    {
                        Order = anchors.Count,
                        Kind = row.Cells.Count > 0 ? AnchorKind.Row : AnchorKind.Group,
                        Label = row.Label,
                        Section = section,
                        Table = table,
                        Row = row,
                        Numbering = Numbering(row.Label),
                        Patterns = Patterns(row.Label),
                    });
                }
            }
        }

        return anchors;
    }

    /// <summary>The ways a label may be written: in full, and without a trailing explanation in brackets.</summary>
    private static IReadOnlyList<LabelPattern> Patterns(string label)
    {
        var list = new List<LabelPattern> { Pattern(SourceText.KeyOf(label), false) };
        var folded = SourceText.FoldString(label);
        if (folded.EndsWith(")", StringComparison.Ordinal))
        {
            var open = folded.LastIndexOf('(');
            if (open > 0 && folded.Length - open >= 6)
            {
                list.Add(Pattern(SourceText.KeyOf(folded.Substring(0, open)), true));
            }
        }

        return list;
    }

    private static LabelPattern Pattern(string key, bool shortened)
    {
        string? prefix = null;
        if (key.Length >= 3 && key[0] == '(' && key[2] == ')' && ChineseOrdinals.IndexOf(key[1]) >= 0)
        {
            prefix = key.Substring(0, 3);
        }
        else if (key.Length >= 2 && ChineseOrdinals.IndexOf(key[0]) >= 0 && IsOrdinalHeading(key))
        {
            prefix = key.Substring(0, 1);
        }

        var tokens = new List<string>();
        for (var i = 0; i + 2 < key.Length; i++)
        {
            if (key[i] == '(' && key[i + 2] == ')' && ChineseOrdinals.IndexOf(key[i + 1]) >= 0)
            {
                tokens.Add(key.Substring(i, 3));
            }
        }

        return new LabelPattern(key, prefix, tokens, MaxCost(key.Length), shortened);
    }

    // 一、本年新收… and 三、本年度办理结果 start with an ordinal followed (in the label) by 、; the key has dropped the 、.
    private static bool IsOrdinalHeading(string key) => key.Length > 3;

    /// <summary>The edit budget of a label: none for two characters, then about one edit in four, at most six.</summary>
    public static int MaxCost(int length) => length <= 2 ? 0 : Math.Min(6, Math.Max(1, (length + 2) / 4));

    private static int Numbering(string label)
    {
        var folded = SourceText.FoldString(label);
        var i = 0;
        while (i < folded.Length && folded[i] >= '0' && folded[i] <= '9')
        {
            i++;
        }

        return i > 0 && i < folded.Length && (folded[i] == '.' || folded[i] == '、')
            ? int.Parse(folded.Substring(0, i), System.Globalization.CultureInfo.InvariantCulture)
            : 0;
    }
}
