using System.Globalization;
using System.Text.RegularExpressions;

namespace Disclosure.Format.Import;

/// <summary>Reads header lines, the title, the agency and the year.</summary>
internal static partial class TitleReader
{
    private const string HeaderLinePattern = @"^\s*(标题|题目|发布时间|发布日期|成文日期|文号|发文字号|发布机构|发文机关|栏目|原文链接|原文地址|链接|网址|本地目录|来源|索引号|主题分类|页面链接与图片详见)\s*[:：]?\s*(.*)$";

#if NET
    private static readonly Regex HeaderLine = HeaderLineRegex();

    [GeneratedRegex(HeaderLinePattern, RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLineRegex();
#else
    private static readonly Regex HeaderLine = new(HeaderLinePattern, RegexOptions.CultureInvariant);
#endif

    private const string SeparatorPattern = @"^\s*[=＝]{5,}.*$";

#if NET
    private static readonly Regex Separator = SeparatorRegex();

    [GeneratedRegex(SeparatorPattern, RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();
#else
    private static readonly Regex Separator = new(SeparatorPattern, RegexOptions.CultureInvariant);
#endif

    private const string DatePattern = @"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})";

#if NET
    private static readonly Regex Date = DateRegex();

    [GeneratedRegex(DatePattern, RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();
#else
    private static readonly Regex Date = new(DatePattern, RegexOptions.CultureInvariant);
#endif

    private const string YearInTitlePattern = @"([12]\d{3})\s*年";

#if NET
    private static readonly Regex YearInTitle = YearInTitleRegex();

    [GeneratedRegex(YearInTitlePattern, RegexOptions.CultureInvariant)]
    private static partial Regex YearInTitleRegex();
#else
    private static readonly Regex YearInTitle = new(YearInTitlePattern, RegexOptions.CultureInvariant);
#endif

    public static TitleInfo ReadHeader(string original)
    {
        var info = new TitleInfo();
        var position = 0;
        var headerLines = 0;
        var lastHeaderEnd = 0;
        var separatorEnd = -1;
        for (var line = 0; line < 20 && position < original.Length; line++)
        {
            var newline = original.IndexOf('\n', position);
            var end = newline < 0 ? original.Length : newline;
            var text = SourceText.FoldString(original.Substring(position, end - position)).Trim();
            var next = newline < 0 ? original.Length : newline + 1;
            if (Separator.IsMatch(text))
            {
                separatorEnd = next;
                break;
            }

            var m = HeaderLine.Match(text);
            if (m.Success && (text.Contains(':') || m.Groups[1].Value == "页面链接与图片详见"))
            {
                headerLines++;
                lastHeaderEnd = next;
                var value = m.Groups[2].Value.Trim();
                switch (m.Groups[1].Value)
                {
                    case "标题":
                    case "题目":
                        info.HeaderTitle = value.Length > 0 ? value : null;
                        break;
                    case "发布时间":
                    case "发布日期":
                        var d = Date.Match(value);
                        if (d.Success && TryDate(d, out var date))
                        {
                            info.PublishedOn = date;
                        }

                        break;
                    case "原文链接":
                    case "原文地址":
                    case "链接":
                    case "网址":
                        if (value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                        {
                            info.SourceUrl = value;
                        }

                        break;
                }
            }
            else if (text.Length > 0 && headerLines == 0)
            {
                break; // the text starts with its body
            }

            position = next;
        }

        if (headerLines >= 2)
        {
            info.BodyStart = Math.Max(lastHeaderEnd, separatorEnd);
        }
        else
        {
            info.HeaderTitle = null;
            info.PublishedOn = null;
            info.SourceUrl = null;
        }

        return info;
    }

    private static bool TryDate(Match d, out DateTime date)
    {
        date = default;
        var y = int.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(d.Groups[2].Value, CultureInfo.InvariantCulture);
        var da = int.Parse(d.Groups[3].Value, CultureInfo.InvariantCulture);
        if (mo < 1 || mo > 12 || da < 1 || da > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }

        date = new DateTime(y, mo, da, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>
    /// The title at the start of the body: the first non-empty lines (at most three) up to one that contains
    /// <c>报告</c>, joined as printed. Returns its end in the original text, or (null, start) when there is none.
    /// </summary>
    public static (string? Title, int End) TitleLines(string original, int start, int limit)
    {
        var position = start;
        var parts = new List<string>();
        for (var taken = 0; taken < 3 && position < limit;)
        {
            var newline = original.IndexOf('\n', position);
            var end = newline < 0 || newline > limit ? limit : newline;
            var line = original.Substring(position, end - position).Trim().TrimStart('#').Trim();
            position = end + 1;
            if (line.Length == 0)
            {
                continue;
            }

            taken++;
            parts.Add(line);
            var joined = string.Concat(parts);
            if (joined.Length > 100)
            {
                return (null, start);
            }

            if (SourceText.FoldString(line).Contains("报告"))
            {
                return (joined, Math.Min(position, limit));
            }
        }

        return (null, start);
    }

    /// <summary>The agency and the report year named in a title such as <c>渠县商务局2023年政府信息公开工作年度报告</c>.</summary>
    public static (string? Agency, int? Year) AgencyAndYear(string title)
    {
        var folded = SourceText.FoldString(title);
        if (folded.Length != title.Length)
        {
            title = folded; // indexes must agree; a title with expanding characters is kept folded
        }

        var m = YearInTitle.Match(folded);
        if (!m.Success)
        {
            var agencyOnly = Between(title, 0, folded.IndexOf("政府信息公开", StringComparison.Ordinal));
            return (agencyOnly, null);
        }

        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var agency = Between(title, 0, m.Index);
        if (agency is null)
        {
            // "2023年渠县商务局政府信息公开工作年度报告"
            var after = m.Index + m.Length;
            if (after < folded.Length && folded[after] == '度') after++;
            agency = Between(title, after, folded.IndexOf("政府信息公开", after, StringComparison.Ordinal));
        }

        return (agency, year);
    }

    private static string? Between(string title, int start, int end)
    {
        if (end <= start || end > title.Length)
        {
            return null;
        }

        var s = title.Substring(start, end - start).Trim().TrimEnd('（', '(', '《', '“').Trim();
        return s.Length >= 2 ? s : null;
    }
}
