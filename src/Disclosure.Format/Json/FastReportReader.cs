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
/// them (and on whatever the fuzzer finds).
/// </summary>
internal static class FastReportReader
{
    private const int End = -1;
    private const int Fail = -2;

    // The names of each record's members in the order of their JsonPropertyOrder (the canonical order).
    private static readonly byte[][] Report2021Names = Names("edition", "metadata", "preamble", "overview", "proactiveDisclosure", "applications", "reviewAndLitigation", "problemsAndImprovements", "otherMatters");
    private static readonly byte[][] MetadataNames = Names("agency", "year", "title", "publishedOn", "sourceUrl");
    private static readonly byte[][] OverviewNames = Names("text", "proactiveDisclosure", "disclosureOnRequest", "informationManagement", "platformConstruction", "oversightAndSafeguards");
    private static readonly byte[][] OtherMattersNames = Names("text", "processingFees");
    private static readonly byte[][] ProcessingFeesNames = Names("noticesIssued", "amountNoticed", "amountCollected");
    private static readonly byte[][] Proactive2021Names = Names("rules", "normativeDocuments", "administrativeLicensing", "administrativePenalty", "administrativeCoercion", "administrativeFees");
    private static readonly byte[][] Proactive2019Names = Names("rules", "normativeDocuments", "administrativeLicensing", "otherExternalServices", "administrativePenalty", "administrativeCoercion", "administrativeFees", "centralizedProcurement");
    private static readonly byte[][] StockNames = Names("issued", "repealed", "inForce");
    private static readonly byte[][] PublicationNames = Names("newlyMade", "newlyPublished", "totalPublished");
    private static readonly byte[][] DecisionNames = Names("decisions");
    private static readonly byte[][] FeeNames = Names("amount");
    private static readonly byte[][] ItemChangeAndDecisionsNames = Names("previousYearItems", "change", "decisions");
    private static readonly byte[][] ItemChangeNames = Names("previousYearItems", "change");
    private static readonly byte[][] ProcurementNames = Names("projects", "totalAmount", "totalAmountText");
    private static readonly byte[][] ApplicationsNames = Names("newlyReceived", "carriedOver", "outcomes", "carriedForward");
    private static readonly byte[][] OutcomesNames = Names("disclosed", "partiallyDisclosed", "withheld", "unavailable", "notProcessed", "otherHandling", "total");
    private static readonly byte[][] WithheldNames = Names("stateSecret", "prohibitedByLaw", "endangersSecurityOrStability", "thirdPartyRights", "internalAffairs", "processInformation", "enforcementCaseFiles", "administrativeInquiry");
    private static readonly byte[][] UnavailableNames = Names("notHeld", "requiresCreation", "unclearAfterCorrection");
    private static readonly byte[][] NotProcessedNames = Names("complaint", "repeated", "publicationRequested", "excessiveRepetition", "confirmationRequested");
    private static readonly byte[][] OtherHandlingNames = Names("notCorrectedInTime", "feeNotPaid", "other");
    private static readonly byte[][] ApplicantNames = Names("naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceProvider", "other", "total");
    private static readonly byte[][] ReviewNames = Names("administrativeReview", "litigationWithoutReview", "litigationAfterReview");
    private static readonly byte[][] CaseNames = Names("upheld", "corrected", "other", "pending", "total");

    private static readonly RowReader<ApplicantCounts> ApplicantRow = Applicants;
    private static readonly RowReader<CaseOutcomes> CaseRow = Cases;

    private static readonly MemberReader<ReportState> ReportMember = ReadReportMember;
    private static readonly MemberReader<ApplicationParts> ApplicationsMember = ReadApplicationsMember;
    private static readonly MemberReader<ApplicationParts> OutcomesMember = ReadOutcomesMember;

    private delegate T? RowReader<T>(ref ReportScanner reader)
        where T : class;

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
            if (!reader.StartRoot() || reader.NextMember() != ReportScanner.Name || reader.ReadName(Report2021Names, 0) != 0
                || !reader.ReadValue() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
            {
                return null;
            }

            DisclosureReport? report;
            if (reader.ValueSpan.SequenceEqual("2021"u8))
            {
                report = Report(ref reader, ReportEdition.Edition2021);
            }
            else if (reader.ValueSpan.SequenceEqual("2019"u8))
            {
                report = Report(ref reader, ReportEdition.Edition2019);
            }
            else
            {
                return null;
            }

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

    /// <summary>The members after <c>"edition"</c> of a report of either edition (their top-level names are the same).</summary>
    private static DisclosureReport? Report(ref ReportScanner reader, ReportEdition edition)
    {
        var s = default(ReportState);
        s.Edition = edition;
        const int required = 0b1_1111_1011; // every member but "preamble"
        if (!Members(ref reader, Report2021Names, required, ref s, ReportMember, seen: 1, next: 1))
        {
            return null;
        }

        return edition == ReportEdition.Edition2021
            ? new DisclosureReport2021
            {
                Metadata = s.Metadata!, Preamble = s.Preamble, Overview = s.Overview!,
                ProactiveDisclosure = (ProactiveDisclosure2021)s.Proactive!, Applications = (Applications2021)s.Applications!,
                ReviewAndLitigation = s.Review!, ProblemsAndImprovements = s.Problems!, OtherMatters = s.Other!,
            }
            : new DisclosureReport2019
            {
                Metadata = s.Metadata!, Preamble = s.Preamble, Overview = s.Overview!,
                ProactiveDisclosure = (ProactiveDisclosure2019)s.Proactive!, Applications = (Applications2019)s.Applications!,
                ReviewAndLitigation = s.Review!, ProblemsAndImprovements = s.Problems!, OtherMatters = s.Other!,
            };
    }

    /// <summary>One top-level member; a second <c>"edition"</c> never gets here (<see cref="Member"/> fails on a repeat).</summary>
    private static bool ReadReportMember(ref ReportScanner r, int member, ref ReportState s) => member switch
    {
        1 => (s.Metadata = Metadata(ref r)) is not null,
        2 => OptionalText(ref r, out s.Preamble),
        3 => (s.Overview = Overview(ref r)) is not null,
        4 => (s.Proactive = s.Edition == ReportEdition.Edition2021 ? Proactive2021(ref r) : Proactive2019(ref r)) is not null,
        5 => (s.Applications = s.Edition == ReportEdition.Edition2021 ? Applications2021(ref r) : Applications2019(ref r)) is not null,
        6 => (s.Review = ReviewAndLitigation(ref r)) is not null,
        7 => (s.Problems = Text(ref r)) is not null,
        8 => (s.Other = OtherMatters(ref r)) is not null,
        _ => false,
    };

    private static ReportMetadata? Metadata(ref ReportScanner reader)
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

    private static Overview? Overview(ref ReportScanner reader)
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

    private static OtherMatters? OtherMatters(ref ReportScanner reader)
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

    private static ProactiveDisclosure2021? Proactive2021(ref ReportScanner reader)
    {
        var s = default((DocumentStock? Rules, DocumentStock? Normative, DecisionCount? Licensing, DecisionCount? Penalty, DecisionCount? Coercion, FeeAmount? Fees));
        return Object(ref reader, Proactive2021Names, 0b11_1111, ref s,
            static (ref ReportScanner r, int m, ref (DocumentStock? Rules, DocumentStock? Normative, DecisionCount? Licensing, DecisionCount? Penalty, DecisionCount? Coercion, FeeAmount? Fees) s) => m switch
            {
                0 => (s.Rules = Stock(ref r)) is not null,
                1 => (s.Normative = Stock(ref r)) is not null,
                2 => (s.Licensing = Decisions(ref r)) is not null,
                3 => (s.Penalty = Decisions(ref r)) is not null,
                4 => (s.Coercion = Decisions(ref r)) is not null,
                _ => (s.Fees = Fee(ref r)) is not null,
            })
            ? new ProactiveDisclosure2021
            {
                Rules = s.Rules!, NormativeDocuments = s.Normative!, AdministrativeLicensing = s.Licensing!,
                AdministrativePenalty = s.Penalty!, AdministrativeCoercion = s.Coercion!, AdministrativeFees = s.Fees!,
            }
            : null;
    }

    private static DocumentStock? Stock(ref ReportScanner reader)
    {
        Span<int?> v = stackalloc int?[3];
        return Counts(ref reader, StockNames, v) ? new DocumentStock { Issued = v[0], Repealed = v[1], InForce = v[2] } : null;
    }

    private static DecisionCount? Decisions(ref ReportScanner reader)
    {
        Span<int?> v = stackalloc int?[1];
        return Counts(ref reader, DecisionNames, v) ? new DecisionCount { Decisions = v[0] } : null;
    }

    private static FeeAmount? Fee(ref ReportScanner reader)
    {
        decimal? amount = null;
        return Object(ref reader, FeeNames, 0b1, ref amount, static (ref ReportScanner r, int m, ref decimal? amount) => Amount(ref r, out amount))
            ? new FeeAmount { Amount = amount }
            : null;
    }

    private static ProactiveDisclosure2019? Proactive2019(ref ReportScanner reader)
    {
        var s = default(Proactive2019State);
        return Object(ref reader, Proactive2019Names, 0b1111_1111, ref s,
            static (ref ReportScanner r, int m, ref Proactive2019State s) => m switch
            {
                0 => (s.Rules = Publication(ref r)) is not null,
                1 => (s.Normative = Publication(ref r)) is not null,
                2 => (s.Licensing = ItemChangeAndDecisions(ref r)) is not null,
                3 => (s.Services = ItemChangeAndDecisions(ref r)) is not null,
                4 => (s.Penalty = ItemChangeAndDecisions(ref r)) is not null,
                5 => (s.Coercion = ItemChangeAndDecisions(ref r)) is not null,
                6 => (s.Fees = ItemChange(ref r)) is not null,
                _ => (s.Procurement = Procurement(ref r)) is not null,
            })
            ? new ProactiveDisclosure2019
            {
                Rules = s.Rules!, NormativeDocuments = s.Normative!, AdministrativeLicensing = s.Licensing!,
                OtherExternalServices = s.Services!, AdministrativePenalty = s.Penalty!, AdministrativeCoercion = s.Coercion!,
                AdministrativeFees = s.Fees!, CentralizedProcurement = s.Procurement!,
            }
            : null;
    }

    private static DocumentPublication? Publication(ref ReportScanner reader)
    {
        Span<int?> v = stackalloc int?[3];
        return Counts(ref reader, PublicationNames, v)
            ? new DocumentPublication { NewlyMade = v[0], NewlyPublished = v[1], TotalPublished = v[2] }
            : null;
    }

    private static ItemChangeAndDecisions? ItemChangeAndDecisions(ref ReportScanner reader)
    {
        var s = default((int? Previous, int? Change, int? Decisions));
        return Object(ref reader, ItemChangeAndDecisionsNames, 0b111, ref s,
            static (ref ReportScanner r, int m, ref (int? Previous, int? Change, int? Decisions) s) => m switch
            {
                0 => Count(ref r, out s.Previous),
                1 => SignedCount(ref r, out s.Change),
                _ => Count(ref r, out s.Decisions),
            })
            ? new ItemChangeAndDecisions { PreviousYearItems = s.Previous, Change = s.Change, Decisions = s.Decisions }
            : null;
    }

    private static ItemChange? ItemChange(ref ReportScanner reader)
    {
        var s = default((int? Previous, int? Change));
        return Object(ref reader, ItemChangeNames, 0b11, ref s,
            static (ref ReportScanner r, int m, ref (int? Previous, int? Change) s) =>
                m == 0 ? Count(ref r, out s.Previous) : SignedCount(ref r, out s.Change))
            ? new ItemChange { PreviousYearItems = s.Previous, Change = s.Change }
            : null;
    }

    private static Procurement? Procurement(ref ReportScanner reader)
    {
        var s = default((int? Projects, decimal? Amount, string? Text));
        return Object(ref reader, ProcurementNames, 0b11, ref s,
            static (ref ReportScanner r, int m, ref (int? Projects, decimal? Amount, string? Text) s) => m switch
            {
                0 => Count(ref r, out s.Projects),
                1 => Amount(ref r, out s.Amount),
                _ => OptionalText(ref r, out s.Text),
            })
            ? new Procurement { Projects = s.Projects, TotalAmount = s.Amount, TotalAmountText = s.Text }
            : null;
    }

    /// <summary>三、收到和处理政府信息公开申请情况 of the 2021 edition.</summary>
    private static Applications2021? Applications2021(ref ReportScanner reader)
    {
        var parts = new ApplicationParts { Edition = ReportEdition.Edition2021 };
        if (!Object(ref reader, ApplicationsNames, 0b1111, ref parts, ApplicationsMember)) return null;
        return new Applications2021
        {
            NewlyReceived = parts.NewlyReceived!, CarriedOver = parts.CarriedOver!, CarriedForward = parts.CarriedForward!,
            Outcomes = new Outcomes2021
            {
                Disclosed = parts.Disclosed!, PartiallyDisclosed = parts.PartiallyDisclosed!, Withheld = parts.Withheld!,
                Unavailable = parts.Unavailable!, NotProcessed = parts.NotProcessed!, OtherHandling = parts.OtherHandling2021!,
                Total = parts.Total!,
            },
        };
    }

    /// <summary>三、收到和处理政府信息公开申请情况 of the 2019 trial edition (（六）其他处理 is one row).</summary>
    private static Applications2019? Applications2019(ref ReportScanner reader)
    {
        var parts = new ApplicationParts { Edition = ReportEdition.Edition2019 };
        if (!Object(ref reader, ApplicationsNames, 0b1111, ref parts, ApplicationsMember)) return null;
        return new Applications2019
        {
            NewlyReceived = parts.NewlyReceived!, CarriedOver = parts.CarriedOver!, CarriedForward = parts.CarriedForward!,
            Outcomes = new Outcomes2019
            {
                Disclosed = parts.Disclosed!, PartiallyDisclosed = parts.PartiallyDisclosed!, Withheld = parts.Withheld!,
                Unavailable = parts.Unavailable!, NotProcessed = parts.NotProcessed!, OtherHandling = parts.OtherHandling2019!,
                Total = parts.Total!,
            },
        };
    }

    private static bool ReadApplicationsMember(ref ReportScanner r, int member, ref ApplicationParts s) => member switch
    {
        0 => (s.NewlyReceived = Applicants(ref r)) is not null,
        1 => (s.CarriedOver = Applicants(ref r)) is not null,
        2 => Object(ref r, OutcomesNames, 0b111_1111, ref s, OutcomesMember),
        _ => (s.CarriedForward = Applicants(ref r)) is not null,
    };

    private static bool ReadOutcomesMember(ref ReportScanner r, int member, ref ApplicationParts s)
    {
        var rows = default(Rows<ApplicantCounts>);
        switch (member)
        {
            case 0:
                return (s.Disclosed = Applicants(ref r)) is not null;
            case 1:
                return (s.PartiallyDisclosed = Applicants(ref r)) is not null;
            case 2:
                if (!RowsObject(ref r, WithheldNames, ApplicantRow, ref rows)) return false;
                s.Withheld = new WithheldReasons
                {
                    StateSecret = rows.R0!, ProhibitedByLaw = rows.R1!, EndangersSecurityOrStability = rows.R2!,
                    ThirdPartyRights = rows.R3!, InternalAffairs = rows.R4!, ProcessInformation = rows.R5!,
                    EnforcementCaseFiles = rows.R6!, AdministrativeInquiry = rows.R7!,
                };
                return true;
            case 3:
                if (!RowsObject(ref r, UnavailableNames, ApplicantRow, ref rows)) return false;
                s.Unavailable = new UnavailableReasons { NotHeld = rows.R0!, RequiresCreation = rows.R1!, UnclearAfterCorrection = rows.R2! };
                return true;
            case 4:
                if (!RowsObject(ref r, NotProcessedNames, ApplicantRow, ref rows)) return false;
                s.NotProcessed = new NotProcessedReasons
                {
                    Complaint = rows.R0!, Repeated = rows.R1!, PublicationRequested = rows.R2!,
                    ExcessiveRepetition = rows.R3!, ConfirmationRequested = rows.R4!,
                };
                return true;
            case 5 when s.Edition == ReportEdition.Edition2021:
                if (!RowsObject(ref r, OtherHandlingNames, ApplicantRow, ref rows)) return false;
                s.OtherHandling2021 = new OtherHandling2021 { NotCorrectedInTime = rows.R0!, FeeNotPaid = rows.R1!, Other = rows.R2! };
                return true;
            case 5:
                return (s.OtherHandling2019 = Applicants(ref r)) is not null;
            default:
                return (s.Total = Applicants(ref r)) is not null;
        }
    }

    private static ReviewAndLitigation? ReviewAndLitigation(ref ReportScanner reader)
    {
        var rows = default(Rows<CaseOutcomes>);
        return RowsObject(ref reader, ReviewNames, CaseRow, ref rows)
            ? new ReviewAndLitigation { AdministrativeReview = rows.R0!, LitigationWithoutReview = rows.R1!, LitigationAfterReview = rows.R2! }
            : null;
    }

    private static ApplicantCounts? Applicants(ref ReportScanner reader)
    {
        Span<int?> v = stackalloc int?[7];
        return Counts(ref reader, ApplicantNames, v)
            ? new ApplicantCounts
            {
                NaturalPerson = v[0], CommercialEnterprise = v[1], ResearchInstitution = v[2], SocialWelfareOrganization = v[3],
                LegalServiceProvider = v[4], Other = v[5], Total = v[6],
            }
            : null;
    }

    private static CaseOutcomes? Cases(ref ReportScanner reader)
    {
        Span<int?> v = stackalloc int?[5];
        return Counts(ref reader, CaseNames, v)
            ? new CaseOutcomes { Upheld = v[0], Corrected = v[1], Other = v[2], Pending = v[3], Total = v[4] }
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

    /// <summary>An object whose members are all required rows of one type, named by <paramref name="names"/> (at most 8).</summary>
    private static bool RowsObject<T>(ref ReportScanner reader, byte[][] names, RowReader<T> read, ref Rows<T> rows)
        where T : class
    {
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        var seen = 0;
        var next = 0;
        while (true)
        {
            var member = Member(ref reader, names, ref seen, ref next);
            if (member == End) return seen == (1 << names.Length) - 1;
            if (member < 0 || read(ref reader) is not { } row) return false;
            rows.Set(member, row);
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

    /// <summary>The top-level members read so far.</summary>
    private struct ReportState
    {
        public ReportEdition Edition;
        public ReportMetadata? Metadata;
        public string? Preamble;
        public Overview? Overview;
        public object? Proactive;
        public object? Applications;
        public ReviewAndLitigation? Review;
        public string? Problems;
        public OtherMatters? Other;
    }

    /// <summary>The members of the 2019 edition's Article-20 table read so far.</summary>
    private struct Proactive2019State
    {
        public DocumentPublication? Rules;
        public DocumentPublication? Normative;
        public ItemChangeAndDecisions? Licensing;
        public ItemChangeAndDecisions? Services;
        public ItemChangeAndDecisions? Penalty;
        public ItemChangeAndDecisions? Coercion;
        public ItemChange? Fees;
        public Procurement? Procurement;
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

    /// <summary>The parts of 三 read so far, shared by both editions' table.</summary>
    private struct ApplicationParts
    {
        public ReportEdition Edition;
        public ApplicantCounts? NewlyReceived;
        public ApplicantCounts? CarriedOver;
        public ApplicantCounts? CarriedForward;
        public ApplicantCounts? Disclosed;
        public ApplicantCounts? PartiallyDisclosed;
        public WithheldReasons? Withheld;
        public UnavailableReasons? Unavailable;
        public NotProcessedReasons? NotProcessed;
        public OtherHandling2021? OtherHandling2021;
        public ApplicantCounts? OtherHandling2019;
        public ApplicantCounts? Total;
    }

    /// <summary>Up to eight rows of one container object, by member index.</summary>
    private struct Rows<T>
        where T : class
    {
        public T? R0;
        public T? R1;
        public T? R2;
        public T? R3;
        public T? R4;
        public T? R5;
        public T? R6;
        public T? R7;

        public void Set(int index, T row)
        {
            switch (index)
            {
                case 0: R0 = row; break;
                case 1: R1 = row; break;
                case 2: R2 = row; break;
                case 3: R3 = row; break;
                case 4: R4 = row; break;
                case 5: R5 = row; break;
                case 6: R6 = row; break;
                default: R7 = row; break;
            }
        }
    }
}
