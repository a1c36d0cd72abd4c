using System.Text;

namespace Disclosure.Format.Cli;

/// <summary>
/// The key under which <c>disclosure audit</c> groups reports of one agency: the agency's name as printed, reduced
/// so that the ways one agency writes its own name in different years compare equal.
/// </summary>
/// <remarks>
/// <para>In order:</para>
/// <list type="number">
/// <item>Compatibility normalisation (NFKC): full-width letters, digits and brackets become their ordinary forms
/// (<c>（</c> → <c>(</c>).</item>
/// <item>Every bracketed part is removed, with its brackets — <c>()</c>, <c>[]</c>, <c>【】</c>, <c>〔〕</c>, <c>〈〉</c>,
/// <c>《》</c>, <c>「」</c>, also nested: it is an alias or a note (<c>县人民政府办公室（县政府信息公开办公室）</c>,
/// <c>【已撤销】</c>), not the name. An unclosed bracket is removed with what follows it.</item>
/// <item>Whitespace, the middle dot and the punctuation <c>、，,.。:：;；"“”'‘’-—_</c> are removed.</item>
/// <item><c>人民政府</c> is written <c>政府</c>; then the short forms of a government's general office become
/// <c>政府办公室</c>: <c>政府办</c> at the end and <c>府办</c> at the end (<c>县府办</c>, <c>县政府办</c>,
/// <c>县人民政府办公室</c> are all <c>县政府办公室</c>). <c>办公厅</c> (a province's general office) is kept apart.</item>
/// <item>A name left empty is the empty key: the report names no agency.</item>
/// </list>
/// <para>Nothing else is guessed: a renamed agency (国有资产管理局 → 投资促进局) keeps two keys.</para>
/// </remarks>
internal static class AgencyNames
{
    private const string Openers = "([【〔〈《「";
    private const string Closers = ")]】〕〉》」";
    private const string Dropped = "、，,.。:：;；\"“”'‘’-—_·・";

    /// <summary>The grouping key of an agency name (see the remarks for the rules).</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var text = name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (Openers.Contains(c))
            {
                depth++;
                continue;
            }

            if (Closers.Contains(c))
            {
                if (depth > 0) depth--;
                continue;
            }

            if (depth > 0 || char.IsWhiteSpace(c) || Dropped.Contains(c)) continue;
            sb.Append(c);
        }

        sb.Replace("人民政府", "政府");
        var key = sb.ToString();
        if (key.EndsWith("政府办", StringComparison.Ordinal)) key += "公室";
        else if (key.EndsWith("府办", StringComparison.Ordinal)) key = key.Substring(0, key.Length - 2) + "政府办公室";
        return key;
    }
}
