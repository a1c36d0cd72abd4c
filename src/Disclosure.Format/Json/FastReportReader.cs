using System.Globalization;
using System.Text.Json;
using Disclosure.Format.Model;

namespace Disclosure.Format.Json;

/// <summary>
/// The fast path of <see cref="DisclosureJson"/>: one pass of <see cref="ReportScanner"/> over the bytes that fills the
/// report's records directly, for documents it fully understands. It accepts only what the strict path accepts and gives
/// the same report, or declines (returns <see langword="null"/>) at the first thing it does not expect, however harmless:
/// an edition that is not the first member, an unknown, repeated or escaped name, a wrong type, a number out of range, a
/// missing member, malformed JSON, text that is not valid Unicode. The caller then reads the document again through the
/// strict source-generated contract, which finds and locates the problem, so that every diagnostic stays exactly as the
/// strict path gives it. Tests hold the two paths to the same result on every fixture and on thousands of mutants of
/// them (and on whatever the fuzzer finds). The readers of each edition's report, tables, groups and rows, their name
/// tables and the dispatch on <c>"edition"</c> are written by the row-walker generator from the records
/// (<c>FastReportReader.Rows.g.cs</c>); this part holds the scanner loop, the cell and text readers and the readers of
/// the parts that are not tables (metadata, overview, other matters).
/// </summary>
internal static partial class FastReportReader
{
    private const int End = -1;
    private const int Fail = -2;

    // The names of each record's members in the order of their JsonPropertyOrder (the canonical order).
    private static readonly byte[][] EditionName = Names("edition");
    private static readonly byte[][] MetadataNames = Names("agency", "year", "title", "publishedOn", "sourceUrl");
    private static readonly byte[][] OverviewNames = Names("text", "proactiveDisclosure", "disclosureOnRequest", "informationManagement", "platformConstruction", "oversightAndSafeguards");
    private static readonly byte[][] OtherMattersNames = Names("text", "processingFees");
    private static readonly byte[][] ProcessingFeesNames = Names("noticesIssued", "amountNoticed", "amountCollected");

    /// <summary>Reads member number <paramref name="member"/> of an object into <paramref name="state"/>.</summary>
    private delegate bool MemberReader<TState>(ref ReportScanner reader, int member, ref TState state);

    /// <summary>
    /// Reads the document in one pass, or returns <see langword="null"/> when the strict path must read it (see the type's
    /// remarks). Never throws.
    /// </summary>
    /// <param name="utf8Json">The document, without a byte-order mark.</param>
    public static DisclosureReport? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new ReportScanner(utf8Json);
            if (!reader.StartRoot() || reader.NextMember() != ReportScanner.Name || reader.ReadName(EditionName, 0) != 0
                || !reader.ReadValue() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
            {
                return null;
            }

            var report = ReadEdition(reader.ValueSpan, ref reader);

            // The root object is closed: only white space may follow.
            return report is not null && reader.AtEnd() ? report : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Text that is not valid UTF-8 or Unicode (GetString): the strict path locates it.
            return null;
        }
    }

    private static byte[][] Names(params string[] names) =>
        Array.ConvertAll(names, n => System.Text.Encoding.UTF8.GetBytes(n));

    private static ReportMetadata? ReadReportMetadata(ref ReportScanner reader)
    {
        var s = default((string? Agency, int Year, string? Title, DateTime? PublishedOn, string? SourceUrl));
        return Object(ref reader, MetadataNames, 0b11, ref s,
            static (ref ReportScanner r, int m, ref (string? Agency, int Year, string? Title, DateTime? PublishedOn, string? SourceUrl) s) => m switch
            {
                0 => (s.Agency = Text(ref r)) is not null,
                1 => r.TokenType == JsonTokenType.Number && r.TryGetInt32(out s.Year),
                2 => OptionalText(ref r, out s.Title),
                3 => Date(ref r, out s.PublishedOn),
                _ => OptionalText(ref r, out s.SourceUrl),
            })
            ? new ReportMetadata { Agency = s.Agency!, Year = s.Year, Title = s.Title, PublishedOn = s.PublishedOn, SourceUrl = s.SourceUrl }
            : null;
    }

    private static Overview? ReadOverview(ref ReportScanner reader)
    {
        var s = default((string? Text, string? P1, string? P2, string? P3, string? P4, string? P5));
        return Object(ref reader, OverviewNames, 0b1, ref s,
            static (ref ReportScanner r, int m, ref (string? Text, string? P1, string? P2, string? P3, string? P4, string? P5) s) => m switch
            {
                0 => (s.Text = Text(ref r)) is not null,
                1 => OptionalText(ref r, out s.P1),
                2 => OptionalText(ref r, out s.P2),
                3 => OptionalText(ref r, out s.P3),
                4 => OptionalText(ref r, out s.P4),
                _ => OptionalText(ref r, out s.P5),
            })
            ? new Overview
            {
                Text = s.Text!, ProactiveDisclosure = s.P1, DisclosureOnRequest = s.P2, InformationManagement = s.P3,
                PlatformConstruction = s.P4, OversightAndSafeguards = s.P5,
            }
            : null;
    }

    private static OtherMatters? ReadOtherMatters(ref ReportScanner reader)
    {
        var s = default((string? Text, ProcessingFees? Fees));
        return Object(ref reader, OtherMattersNames, 0b1, ref s,
            static (ref ReportScanner r, int m, ref (string? Text, ProcessingFees? Fees) s) => m == 0
                ? (s.Text = Text(ref r)) is not null
                : r.TokenType == JsonTokenType.Null || (s.Fees = ProcessingFees(ref r)) is not null)
            ? new OtherMatters { Text = s.Text!, ProcessingFees = s.Fees }
            : null;
    }

    private static ProcessingFees? ProcessingFees(ref ReportScanner reader)
    {
        var s = default((int? Notices, decimal? Noticed, decimal? Collected));
        return Object(ref reader, ProcessingFeesNames, 0b111, ref s,
            static (ref ReportScanner r, int m, ref (int? Notices, decimal? Noticed, decimal? Collected) s) => m switch
            {
                0 => Count(ref r, out s.Notices),
                1 => Amount(ref r, out s.Noticed),
                _ => Amount(ref r, out s.Collected),
            })
            ? new ProcessingFees { NoticesIssued = s.Notices, AmountNoticed = s.Noticed, AmountCollected = s.Collected }
            : null;
    }

    /// <summary>
    /// An object whose members, named by <paramref name="names"/>, are each read by <paramref name="read"/> into
    /// <paramref name="state"/>: <see langword="true"/> when it ends with at least the members of
    /// <paramref name="required"/> (a bit per member index) and every member was read.
    /// </summary>
    private static bool Object<TState>(ref ReportScanner reader, byte[][] names, int required, ref TState state, MemberReader<TState> read) =>
        reader.TokenType == JsonTokenType.StartObject && Members(ref reader, names, required, ref state, read, seen: 0, next: 0);

    /// <summary>The members of the object the reader is in, from where it is (see <see cref="Object{TState}"/>).</summary>
    private static bool Members<TState>(ref ReportScanner reader, byte[][] names, int required, ref TState state, MemberReader<TState> read,
        int seen, int next)
    {
        while (true)
        {
            var member = Member(ref reader, names, ref seen, ref next);
            if (member == End) return (seen & required) == required;
            if (member < 0 || !read(ref reader, member, ref state)) return false;
        }
    }

    /// <summary>An object whose members are all required counts, named by <paramref name="names"/>.</summary>
    private static bool Counts(ref ReportScanner reader, byte[][] names, scoped Span<int?> values)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        var seen = 0;
        var next = 0;
        while (true)
        {
            var member = Member(ref reader, names, ref seen, ref next);
            if (member == End) return seen == (1 << names.Length) - 1;
            if (member < 0 || !Count(ref reader, out values[member])) return false;
        }
    }

    /// <summary>
    /// Moves to the next member of the current object. Returns <see cref="End"/> at the end of the object,
    /// <see cref="Fail"/> for a name not in <paramref name="names"/> or one already seen, and otherwise the member's
    /// index, with the reader on the member's value. <paramref name="next"/> is where the search for the next name
    /// starts: the canonical order finds each name at the first comparison.
    /// </summary>
    private static int Member(ref ReportScanner reader, byte[][] names, ref int seen, ref int next)
    {
        var step = reader.NextMember();
        if (step != ReportScanner.Name) return step == ReportScanner.End ? End : Fail;
        var index = reader.ReadName(names, next);
        if (index < 0 || (seen & (1 << index)) != 0 || !reader.ReadValue()) return Fail;
        seen |= 1 << index;
        next = index + 1 == names.Length ? 0 : index + 1;
        return index;
    }

    private static bool Count(ref ReportScanner reader, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetInt32(out var v) || v < 0) return false;
            value = v;
            return true;
        }

        return reader.TokenType == JsonTokenType.Null;
    }

    private static bool SignedCount(ref ReportScanner reader, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetInt32(out var v)) return false;
            value = v;
            return true;
        }

        return reader.TokenType == JsonTokenType.Null;
    }

    private static bool Amount(ref ReportScanner reader, out decimal? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetDecimal(out var v) || v < 0) return false;
            value = v;
            return true;
        }

        return reader.TokenType == JsonTokenType.Null;
    }

    /// <summary>A required, non-null string; <see langword="null"/> when the value is anything else.</summary>
    private static string? Text(ref ReportScanner reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() : null;

    private static bool OptionalText(ref ReportScanner reader, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.String)
        {
            value = reader.GetString();
            return true;
        }

        return reader.TokenType == JsonTokenType.Null;
    }

    /// <summary>A date written <c>yyyy-MM-dd</c>, or <see langword="null"/>, as the strict path's converter reads it.</summary>
    private static bool Date(ref ReportScanner reader, out DateTime? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.String
            && DateTime.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date;
            return true;
        }

        return reader.TokenType == JsonTokenType.Null;
    }
}
