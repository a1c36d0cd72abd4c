using System.Globalization;
using System.Text.RegularExpressions;

namespace Disclosure.Format.Documents.Grid;

/// <summary>
/// The signature (落款) that closes a government document: the agency's name on one line and the date on the next
/// (<c>示例市生态环境局</c> / <c>2024年1月26日</c>), the last paragraphs of the document after its last table. It is
/// not part of the last section's text.
/// </summary>
/// <remarks>
/// A last paragraph that is a date alone is the signature's date. The line before it (or, without a date, the last
/// line) is the signature's agency when it is a short line without sentence punctuation that names the agency of the
/// title (it starts or ends with it: the signature may give the name in full); otherwise it stays in the text.
/// </remarks>
internal sealed partial class DocumentSignature
{
    private const string DatePattern = @"^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$";

#if NET
    [GeneratedRegex(DatePattern, RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    private static readonly Regex DateLine = DateRegex();
#else
    private static readonly Regex DateLine = new(DatePattern, RegexOptions.CultureInvariant);
#endif

    private DocumentSignature(DocumentParagraph? agency, DocumentParagraph? date, DateTime? signedOn)
    {
        Agency = agency;
        Date = date;
        SignedOn = signedOn;
    }

    /// <summary>The paragraph that may name the signing agency (kept only when it names the title's agency).</summary>
    public DocumentParagraph? Agency { get; }

    /// <summary>The date paragraph, when the document ends with one.</summary>
    public DocumentParagraph? Date { get; }

    /// <summary>The date of <see cref="Date"/>.</summary>
    public DateTime? SignedOn { get; }

    /// <summary>The candidate signature at the end of <paramref name="document"/>, or null when its last paragraphs are no candidate.</summary>
    public static DocumentSignature? Find(ReportDocument document)
    {
        var blocks = document.Blocks;
        var lastTable = -1;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (blocks[i] is DocumentTable)
            {
                lastTable = i;
                break;
            }
        }

        if (lastTable < 0) return null;
        var tail = new List<DocumentParagraph>();
        for (var i = blocks.Count - 1; i > lastTable && tail.Count < 2; i--)
        {
            if (blocks[i] is not DocumentParagraph p || p.IsHeading) break;
            if (p.Text.Trim().Length == 0) continue;
            tail.Add(p);
        }

        if (tail.Count == 0) return null;
        var last = tail[0];
        DocumentParagraph? date = null;
        DateTime? signedOn = null;
        if (DateOf(last.Text) is { } d)
        {
            date = last;
            signedOn = d;
        }

        var candidate = date is null ? last : tail.Count > 1 ? tail[1] : null;
        var agency = candidate is not null && CouldBeAgency(candidate.Text) ? candidate : null;
        return date is null && agency is null ? null : new DocumentSignature(agency, date, signedOn);
    }

    /// <summary>The full name the signature gives when it names <paramref name="titleAgency"/> (starts or ends with it); otherwise null.</summary>
    public string? AgencyNaming(string? titleAgency)
    {
        if (Agency is null || string.IsNullOrWhiteSpace(titleAgency)) return null;
        var text = Agency.Text.Trim();
        return text.StartsWith(titleAgency!, StringComparison.Ordinal) || text.EndsWith(titleAgency!, StringComparison.Ordinal) ? text : null;
    }

    /// <summary>The signature's date alone (its agency line is text after all).</summary>
    public DocumentSignature WithoutAgency() => new(null, Date, SignedOn);

    internal static DateTime? DateOf(string text)
    {
        var t = Fold(text.Trim());
        var m = DateLine.Match(t);
        if (!m.Success) return null;
        var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var da = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || da < 1 || da > DateTime.DaysInMonth(y, mo)) return null;
        return new DateTime(y, mo, da, 0, 0, 0, DateTimeKind.Unspecified);
    }

    private static bool CouldBeAgency(string text)
    {
        var t = text.Trim();
        if (t.Length is < 2 or > 60) return false;
        foreach (var c in t)
        {
            if (c is '。' or '，' or ',' or '；' or ';' or '：' or ':' or '！' or '!' or '？' or '?' or '、' or '\n' or '\t') return false;
        }

        return true;
    }

    private static string Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '０' and <= '９') chars[i] = (char)(chars[i] - '０' + '0');
            else if (chars[i] == '\u3000') chars[i] = ' ';
        }

        return new string(chars);
    }
}
