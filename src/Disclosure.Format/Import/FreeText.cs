using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Format.Model;

namespace Disclosure.Format.Import;

/// <summary>
/// Free-text sections, kept verbatim except for what extraction added: line breaks inside a paragraph (a PDF's line
/// wrap, a page break in the middle of a sentence) are joined, page numbers and Markdown marks are dropped, and
/// paragraphs are separated by one <c>\n</c>.
/// </summary>
internal static partial class FreeText
{
    private const string PageArtifactPattern = @"^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|\d{1,3}|#+|[-*_]{3,}|\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*)$";

#if NET
    private static readonly Regex PageArtifact = PageArtifactRegex();

    [GeneratedRegex(PageArtifactPattern, RegexOptions.CultureInvariant)]
    private static partial Regex PageArtifactRegex();
#else
    private static readonly Regex PageArtifact = new(PageArtifactPattern, RegexOptions.CultureInvariant);
#endif

    private const string ItemStartPattern = @"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是要]|\d{1,2}[.、．）)]|第[一二三四五六七八九十]|[●•·▪■◆※])";

#if NET
    private static readonly Regex ItemStart = ItemStartRegex();

    [GeneratedRegex(ItemStartPattern, RegexOptions.CultureInvariant)]
    private static partial Regex ItemStartRegex();
#else
    private static readonly Regex ItemStart = new(ItemStartPattern, RegexOptions.CultureInvariant);
#endif

    private const string SentenceBreakPattern = "[。；;\n]";

#if NET
    private static readonly Regex SentenceBreak = SentenceBreakRegex();

    [GeneratedRegex(SentenceBreakPattern)]
    private static partial Regex SentenceBreakRegex();
#else
    private static readonly Regex SentenceBreak = new(SentenceBreakPattern);
#endif

    private const string NoticeCountPattern = @"收费通知(?:书)?[^0-9，,。]{0,6}?(\d+)\s*[件份次个]|(\d+)\s*[件份次个](?:信息处理费)?收费通知";

#if NET
    private static readonly Regex NoticeCount = NoticeCountRegex();

    [GeneratedRegex(NoticeCountPattern)]
    private static partial Regex NoticeCountRegex();
#else
    private static readonly Regex NoticeCount = new(NoticeCountPattern);
#endif

    private const string NoNoticePattern = "(?:未|没有|无|均未|并未)[^，,]{0,16}?发(?:出|放)[^，,]{0,12}?收费通知|(?:未|没有|无)收费通知";

#if NET
    private static readonly Regex NoNotice = NoNoticeRegex();

    [GeneratedRegex(NoNoticePattern)]
    private static partial Regex NoNoticeRegex();
#else
    private static readonly Regex NoNotice = new(NoNoticePattern);
#endif

    private const string AmountPattern = @"(\d+(?:\.\d+)?)\s*(万)?元";

#if NET
    private static readonly Regex Amount = AmountRegex();

    [GeneratedRegex(AmountPattern)]
    private static partial Regex AmountRegex();
#else
    private static readonly Regex Amount = new(AmountPattern);
#endif

    private const string NoneCollectedPattern = "(?:未|没有|无|均未|并未)[^，,]{0,4}?收取";

#if NET
    private static readonly Regex NoneCollected = NoneCollectedRegex();

    [GeneratedRegex(NoneCollectedPattern)]
    private static partial Regex NoneCollectedRegex();
#else
    private static readonly Regex NoneCollected = new(NoneCollectedPattern);
#endif

    private const string NoFeePattern = "(?:未|没有|无)[^，,]{0,12}?(?:产生|发生)[^，,]{0,16}?(?:处理费|收费)";

#if NET
    private static readonly Regex NoFee = NoFeeRegex();

    [GeneratedRegex(NoFeePattern)]
    private static partial Regex NoFeeRegex();
#else
    private static readonly Regex NoFee = new(NoFeePattern);
#endif

    private const string ParagraphEnds = "。！？!?；;：:…”’」』）)】";

    /// <summary>The text of [start, end) of <paramref name="original"/> as paragraphs joined by <c>\n</c>.</summary>
    public static string Paragraphs(string original, int start, int end)
    {
        if (end <= start)
        {
            return string.Empty;
        }

        // The lines kept, as ranges of the original: trimmed, Markdown marks dropped, empty lines and page artifacts left out.
        var lines = new List<(int Start, int Length)>();
        for (var at = start; ;)
        {
            var newline = original.IndexOf('\n', at, end - at);
            var (lineStart, length) = StripMarkdown(original, at, newline < 0 ? end : newline);
            if (length > 0 && !IsMatch(PageArtifact, original, lineStart, length))
            {
                lines.Add((lineStart, length));
            }

            if (newline < 0)
            {
                break;
            }

            at = newline + 1;
        }

        // A line starts a paragraph after a line that ends one, when it starts an item, or after a short item.
        var breaks = new bool[lines.Count];
        var total = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > 0)
            {
                var previous = lines[i - 1];
                breaks[i] = ParagraphEnds.IndexOf(original[previous.Start + previous.Length - 1]) >= 0
                            || IsMatch(ItemStart, original, line.Start, line.Length)
                            || (IsMatch(ItemStart, original, previous.Start, previous.Length) && previous.Length <= 24);
            }

            total += line.Length + (breaks[i] ? 1 : 0);
        }

        var sb = new StringBuilder(total);
        for (var i = 0; i < lines.Count; i++)
        {
            if (breaks[i])
            {
                sb.Append('\n');
            }

            sb.Append(original, lines[i].Start, lines[i].Length);
        }

        return sb.ToString();
    }

    /// <summary>Whether <paramref name="regex"/> matches a range of <paramref name="text"/> taken as a string of its own.</summary>
    private static bool IsMatch(Regex regex, string text, int start, int length) =>
#if NET
        regex.IsMatch(text.AsSpan(start, length));
#else
        regex.IsMatch(text.Substring(start, length));
#endif

    /// <summary>The range [start, end) trimmed of white space, less a leading Markdown heading (<c>#</c>) and quote (<c>&gt;</c>) mark.</summary>
    private static (int Start, int Length) StripMarkdown(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        foreach (var mark in MarkdownMarks)
        {
            if (start < end && text[start] == mark)
            {
                while (start < end && text[start] == mark)
                {
                    start++;
                }

                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
            }
        }

        return (start, end - start);
    }

    /// <summary>The Markdown marks a line may start with, in the order they are dropped.</summary>
    private const string MarkdownMarks = "#>";

    /// <summary>
    /// The 信息处理费 figures stated in section 六, or <see langword="null"/> when the text says nothing about them:
    /// "未发出…收费通知" gives 0 notices and 0 noticed; "未收取…信息处理费" gives 0 collected; a statement that no fee
    /// arose at all, or that none was collected while saying nothing of notices, gives 0 / 0 / 0; written counts and
    /// amounts (元 or 万元) are read where stated.
    /// </summary>
    public static ProcessingFees? Fees(string section)
    {
        if (section.Length == 0)
        {
            return null;
        }

        var text = SourceText.FoldString(section);
        if (text.IndexOf("处理费", StringComparison.Ordinal) < 0 && text.IndexOf("收费通知", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        int? notices = null;
        decimal? noticed = null, collected = null;
        foreach (var sentence in SentenceBreak.Split(text))
        {
            var s = sentence.Trim();
            if (!s.Contains("处理费") && !s.Contains("收费"))
            {
                continue;
            }

            var count = NoticeCount.Match(s);
            if (count.Success)
            {
                notices = int.Parse(count.Groups[1].Success ? count.Groups[1].Value : count.Groups[2].Value, CultureInfo.InvariantCulture);
            }
            else if (NoNotice.IsMatch(s))
            {
                notices = 0;
                noticed = 0;
            }

            foreach (Match amount in Amount.Matches(s))
            {
                var before = s.Substring(Math.Max(0, amount.Index - 10), Math.Min(10, amount.Index));
                if (before.Contains("收取") || before.Contains("收缴") || before.Contains("实收"))
                {
                    collected = Scale(amount);
                }
                else if (s.Contains("通知") && noticed is null)
                {
                    noticed = Scale(amount);
                }
            }

            if (collected is null && NoneCollected.IsMatch(s))
            {
                collected = 0;
            }

            if (NoFee.IsMatch(s))
            {
                notices ??= 0;
                noticed ??= 0;
                collected ??= 0;
            }
        }

        // "未收取信息处理费" with nothing said about notices: no fee was involved at all.
        if (collected == 0 && notices is null && noticed is null && !text.Contains("通知"))
        {
            notices = 0;
            noticed = 0;
        }

        return notices is null && noticed is null && collected is null
            ? null
            : new ProcessingFees { NoticesIssued = notices, AmountNoticed = noticed, AmountCollected = collected };
    }

    private static decimal Scale(Match m)
    {
        var value = decimal.Parse(m.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return m.Groups[2].Success && m.Groups[2].Value.Length > 0 ? value * 10000m : value;
    }
}
