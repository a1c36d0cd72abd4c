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

    private delegate T? RowReader<T>(ref ReportScanner reader)
        where T : class;

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
        ReportMetadata? metadata = null;
        string? preamble = null;
        Overview? overview = null;
        object? proactive = null;
        object? applications = null;
        ReviewAndLitigation? review = null;
        string? problems = null;
        OtherMatters? other = null;
        var seen = 1; // "edition" was read
        var next = 1;
        while (true)
        {
            var member = Member(ref reader, Report2021Names, ref seen, ref next);
            switch (member)
            {
                case End:
                    const int required = 0b1_1111_1011; // every member but "preamble"
                    if ((seen & required) != required) return null;
                    return edition == ReportEdition.Edition2021
                        ? new DisclosureReport2021
                        {
                            Metadata = metadata!, Preamble = preamble, Overview = overview!,
                            ProactiveDisclosure = (ProactiveDisclosure2021)proactive!, Applications = (Applications2021)applications!,
                            ReviewAndLitigation = review!, ProblemsAndImprovements = problems!, OtherMatters = other!,
                        }
                        : new DisclosureReport2019
                        {
                            Metadata = metadata!, Preamble = preamble, Overview = overview!,
                            ProactiveDisclosure = (ProactiveDisclosure2019)proactive!, Applications = (Applications2019)applications!,
                            ReviewAndLitigation = review!, ProblemsAndImprovements = problems!, OtherMatters = other!,
                        };
                case 1:
                    metadata = Metadata(ref reader);
                    if (metadata is null) return null;
                    break;
                case 2:
                    if (!OptionalText(ref reader, out preamble)) return null;
                    break;
                case 3:
                    overview = Overview(ref reader);
                    if (overview is null) return null;
                    break;
                case 4:
                    proactive = edition == ReportEdition.Edition2021 ? Proactive2021(ref reader) : Proactive2019(ref reader);
                    if (proactive is null) return null;
                    break;
                case 5:
                    applications = edition == ReportEdition.Edition2021 ? Applications2021(ref reader) : Applications2019(ref reader);
                    if (applications is null) return null;
                    break;
                case 6:
                    review = ReviewAndLitigation(ref reader);
                    if (review is null) return null;
                    break;
                case 7:
                    problems = Text(ref reader);
                    if (problems is null) return null;
                    break;
                case 8:
                    other = OtherMatters(ref reader);
                    if (other is null) return null;
                    break;
                default:
                    // Fail, or a second "edition" (already in seen, so Member gives Fail): the strict path reports it.
                    return null;
            }
        }
    }

    private static ReportMetadata? Metadata(ref ReportScanner reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        string? agency = null, title = null, sourceUrl = null;
        var year = 0;
        DateTime? publishedOn = null;
        var seen = 0;
        var next = 0;
        while (true)
        {
            switch (Member(ref reader, MetadataNames, ref seen, ref next))
            {
                case End:
                    return (seen & 0b11) == 0b11
                        ? new ReportMetadata { Agency = agency!, Year = year, Title = title, PublishedOn = publishedOn, SourceUrl = sourceUrl }
                        : null;
                case 0:
                    agency = Text(ref reader);
                    if (agency is null) return null;
                    break;
                case 1:
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out year)) return null;
                    break;
                case 2:
                    if (!OptionalText(ref reader, out title)) return null;
                    break;
                case 3:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        publishedOn = null;
                    }
                    else if (reader.TokenType == JsonTokenType.String
                        && DateTime.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        publishedOn = date;
                    }
                    else
                    {
                        return null;
                    }

                    break;
                case 4:
                    if (!OptionalText(ref reader, out sourceUrl)) return null;
                    break;
                default:
                    return null;
            }
        }
    }

    private static Overview? Overview(ref ReportScanner reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        string? text = null, p1 = null, p2 = null, p3 = null, p4 = null, p5 = null;
        var seen = 0;
        var next = 0;
        while (true)
        {
            var member = Member(ref reader, OverviewNames, ref seen, ref next);
            var ok = member switch
            {
                End => true,
                0 => (text = Text(ref reader)) is not null,
                1 => OptionalText(ref reader, out p1),
                2 => OptionalText(ref reader, out p2),
                3 => OptionalText(ref reader, out p3),
                4 => OptionalText(ref reader, out p4),
                5 => OptionalText(ref reader, out p5),
                _ => false,
            };
            if (!ok) return null;
            if (member == End)
            {
                return (seen & 1) == 1
                    ? new Overview
                    {
                        Text = text!, ProactiveDisclosure = p1, DisclosureOnRequest = p2, InformationManagement = p3,
                        PlatformConstruction = p4, OversightAndSafeguards = p5,
                    }
                    : null;
            }
        }
    }

    private static OtherMatters? OtherMatters(ref ReportScanner reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        string? text = null;
        ProcessingFees? fees = null;
        var seen = 0;
        var next = 0;
        while (true)
        {
            switch (Member(ref reader, OtherMattersNames, ref seen, ref next))
            {
                case End:
                    return (seen & 1) == 1 ? new OtherMatters { Text = text!, ProcessingFees = fees } : null;
                case 0:
                    text = Text(ref reader);
                    if (text is null) return null;
                    break;
                case 1:
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        fees = ProcessingFees(ref reader);
                        if (fees is null) return null;
                    }

                    break;
                default:
                    return null;
            }
        }
    }

    private static ProcessingFees? ProcessingFees(ref ReportScanner reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        int? notices = null;
        decimal? noticed = null, collected = null;
        var seen = 0;
        var next = 0;
        while (true)
        {
            var member = Member(ref reader, ProcessingFeesNames, ref seen, ref next);
            var ok = member switch
            {
                End => true,
                0 => Count(ref reader, out notices),
                1 => Amount(ref reader, out noticed),
                2 => Amount(ref reader, out collected),
                _ => false,
            };
            if (!ok) return null;
            if (member == End)
            {
                return seen == 0b111 ? new ProcessingFees { NoticesIssued = notices, AmountNoticed = noticed, AmountCollected = collected } : null;
            }
        }
    }

    private static ProactiveDisclosure2021? Proactive2021(ref ReportScanner reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        DocumentStock? rules = null, normative = null;
        DecisionCount? licensing = null, penalty = null, coercion = null;
        FeeAmount? fees = null;
        Span<int?> values = stackalloc int?[3];
        var seen = 0;
        var next = 0;
        while (true)
        {
            var member = Member(ref reader, Proactive2021Names, ref seen, ref next);
            switch (member)
            {
                case End:
                    return seen == 0b11_1111
                        ? new ProactiveDisclosure2021
                        {
                            Rules = rules!, NormativeDocuments = normative!, AdministrativeLicensing = licensing!,
                            AdministrativePenalty = penalty!, AdministrativeCoercion = coercion!, AdministrativeFees = fees!,
                        }
                        : null;
                case 0 or 1:
                    if (!Counts(ref reader, StockNames, values)) return null;
                    var stock = new DocumentStock { Issued = values[0], Repealed = values[1], InForce = values[2] };
                    if (member == 0) rules = stock;
                    else normative = stock;
                    break;
                case 2 or 3 or 4:
                    if (!Counts(ref reader, DecisionNames, values)) return null;
                    var decisions = new DecisionCount { Decisions = values[0] };
                    if (member == 2) licensing = decisions;
                    else if (member == 3) penalty = decisions;
                    else coercion = decisions;
                    break;
                case 5:
                    fees = Fee(ref reader);
                    if (fees is null) return null;
                    break;
                default:
                    return null;
            }
        }
    }

    private static FeeAmount? Fee(ref ReportScanner reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        decimal? amount = null;
        var seen = 0;
        var next = 0;
        while (true)
        {
            switch (Member(ref reader, FeeNames, ref seen, ref next))
            {
                case End:
                    return seen == 1 ? new FeeAmount { Amount = amount } : null;
                case 0:
                    if (!Amount(ref reader, out amount)) return null;
                    break;
                default:
                    return null;
            }
        }
    }

    private static ProactiveDisclosure2019? Proactive2019(ref ReportScanner reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        DocumentPublication? rules = null, normative = null;
        ItemChangeAndDecisions? licensing = null, services = null, penalty = null, coercion = null;
        ItemChange? fees = null;
        Procurement? procurement = null;
        Span<int?> values = stackalloc int?[3];
        var seen = 0;
        var next = 0;
        while (true)
        {
            var member = Member(ref reader, Proactive2019Names, ref seen, ref next);
            switch (member)
            {
                case End:
                    return seen == 0b1111_1111
                        ? new ProactiveDisclosure2019
                        {
                            Rules = rules!, NormativeDocuments = normative!, AdministrativeLicensing = licensing!,
                            OtherExternalServices = services!, AdministrativePenalty = penalty!, AdministrativeCoercion = coercion!,
                            AdministrativeFees = fees!, CentralizedProcurement = procurement!,
                        }
                        : null;
                case 0 or 1:
                    if (!Counts(ref reader, PublicationNames, values)) return null;
                    var publication = new DocumentPublication { NewlyMade = values[0], NewlyPublished = values[1], TotalPublished = values[2] };
                    if (member == 0) rules = publication;
                    else normative = publication;
                    break;
                case 2 or 3 or 4 or 5:
                    var items = ItemChangeAndDecisions(ref reader);
                    if (items is null) return null;
                    switch (member)
                    {
                        case 2: licensing = items; break;
                        case 3: services = items; break;
                        case 4: penalty = items; break;
                        default: coercion = items; break;
                    }

                    break;
                case 6:
                    fees = ItemChange(ref reader);
                    if (fees is null) return null;
                    break;
                case 7:
                    procurement = Procurement(ref reader);
                    if (procurement is null) return null;
                    break;
                default:
                    return null;
            }
        }
    }

    private static ItemChangeAndDecisions? ItemChangeAndDecisions(ref ReportScanner reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        int? previous = null, change = null, decisions = null;
        var seen = 0;
        var next = 0;
        while (true)
        {
            var member = Member(ref reader, ItemChangeAndDecisionsNames, ref seen, ref next);
            var ok = member switch
            {
                End => true,
                0 => Count(ref reader, out previous),
                1 => SignedCount(ref reader, out change),
                2 => Count(ref reader, out decisions),
                _ => false,
            };
            if (!ok) return null;
            if (member == End)
            {
                return seen == 0b111 ? new ItemChangeAndDecisions { PreviousYearItems = previous, Change = change, Decisions = decisions } : null;
            }
        }
    }

    private static ItemChange? ItemChange(ref ReportScanner reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        int? previous = null, change = null;
        var seen = 0;
        var next = 0;
        while (true)
        {
            var member = Member(ref reader, ItemChangeNames, ref seen, ref next);
            var ok = member switch
            {
                End => true,
                0 => Count(ref reader, out previous),
                1 => SignedCount(ref reader, out change),
                _ => false,
            };
            if (!ok) return null;
            if (member == End)
            {
                return seen == 0b11 ? new ItemChange { PreviousYearItems = previous, Change = change } : null;
            }
        }
    }

    private static Procurement? Procurement(ref ReportScanner reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        int? projects = null;
        decimal? amount = null;
        string? text = null;
        var seen = 0;
        var next = 0;
        while (true)
        {
            var member = Member(ref reader, ProcurementNames, ref seen, ref next);
            var ok = member switch
            {
                End => true,
                0 => Count(ref reader, out projects),
                1 => Amount(ref reader, out amount),
                2 => OptionalText(ref reader, out text),
                _ => false,
            };
            if (!ok) return null;
            if (member == End)
            {
                return (seen & 0b11) == 0b11 ? new Procurement { Projects = projects, TotalAmount = amount, TotalAmountText = text } : null;
            }
        }
    }

    /// <summary>三、收到和处理政府信息公开申请情况 of the 2021 edition.</summary>
    private static Applications2021? Applications2021(ref ReportScanner reader)
    {
        var parts = default(ApplicationParts);
        if (!ApplicationsObject(ref reader, ref parts, ReportEdition.Edition2021)) return null;
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
        var parts = default(ApplicationParts);
        if (!ApplicationsObject(ref reader, ref parts, ReportEdition.Edition2019)) return null;
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

    private static bool ApplicationsObject(ref ReportScanner reader, ref ApplicationParts parts, ReportEdition edition)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        var seen = 0;
        var next = 0;
        while (true)
        {
            switch (Member(ref reader, ApplicationsNames, ref seen, ref next))
            {
                case End:
                    return seen == 0b1111;
                case 0:
                    if ((parts.NewlyReceived = Applicants(ref reader)) is null) return false;
                    break;
                case 1:
                    if ((parts.CarriedOver = Applicants(ref reader)) is null) return false;
                    break;
                case 2:
                    if (!OutcomesObject(ref reader, ref parts, edition)) return false;
                    break;
                case 3:
                    if ((parts.CarriedForward = Applicants(ref reader)) is null) return false;
                    break;
                default:
                    return false;
            }
        }
    }

    private static bool OutcomesObject(ref ReportScanner reader, ref ApplicationParts parts, ReportEdition edition)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        var seen = 0;
        var next = 0;
        var rows = default(Rows<ApplicantCounts>);
        while (true)
        {
            switch (Member(ref reader, OutcomesNames, ref seen, ref next))
            {
                case End:
                    return seen == 0b111_1111;
                case 0:
                    if ((parts.Disclosed = Applicants(ref reader)) is null) return false;
                    break;
                case 1:
                    if ((parts.PartiallyDisclosed = Applicants(ref reader)) is null) return false;
                    break;
                case 2:
                    if (!RowsObject(ref reader, WithheldNames, ApplicantRow, ref rows)) return false;
                    parts.Withheld = new WithheldReasons
                    {
                        StateSecret = rows.R0!, ProhibitedByLaw = rows.R1!, EndangersSecurityOrStability = rows.R2!,
                        ThirdPartyRights = rows.R3!, InternalAffairs = rows.R4!, ProcessInformation = rows.R5!,
                        EnforcementCaseFiles = rows.R6!, AdministrativeInquiry = rows.R7!,
                    };
                    break;
                case 3:
                    if (!RowsObject(ref reader, UnavailableNames, ApplicantRow, ref rows)) return false;
                    parts.Unavailable = new UnavailableReasons { NotHeld = rows.R0!, RequiresCreation = rows.R1!, UnclearAfterCorrection = rows.R2! };
                    break;
                case 4:
                    if (!RowsObject(ref reader, NotProcessedNames, ApplicantRow, ref rows)) return false;
                    parts.NotProcessed = new NotProcessedReasons
                    {
                        Complaint = rows.R0!, Repeated = rows.R1!, PublicationRequested = rows.R2!,
                        ExcessiveRepetition = rows.R3!, ConfirmationRequested = rows.R4!,
                    };
                    break;
                case 5 when edition == ReportEdition.Edition2021:
                    if (!RowsObject(ref reader, OtherHandlingNames, ApplicantRow, ref rows)) return false;
                    parts.OtherHandling2021 = new OtherHandling2021 { NotCorrectedInTime = rows.R0!, FeeNotPaid = rows.R1!, Other = rows.R2! };
                    break;
                case 5:
                    if ((parts.OtherHandling2019 = Applicants(ref reader)) is null) return false;
                    break;
                case 6:
                    if ((parts.Total = Applicants(ref reader)) is null) return false;
                    break;
                default:
                    return false;
            }
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

    /// <summary>The parts of 三 read so far, shared by both editions' table.</summary>
    private struct ApplicationParts
    {
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
