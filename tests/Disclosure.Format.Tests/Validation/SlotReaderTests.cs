using CsCheck;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests.Validation;

/// <summary>
/// The validator reads a report row by row with hand-written typed readers (<c>SlotWriter</c>); the catalog's cell
/// accessors (<see cref="CellLayout.GetValue"/>) are the source of truth. These tests compare the two slot by slot —
/// value (with its scale), how it was found (present; absent fee figures; missing where a required part is
/// <see langword="null"/>, i.e. where the accessor throws <see cref="NullReferenceException"/>) and the exact integer
/// sums use — for every fixture and for random reports with blank cells and <see langword="null"/> parts.
/// </summary>
public sealed class SlotReaderTests
{
    private const int Iterations = 400;

    public static TheoryData<string> Documents() => [.. Fixtures.ReadableDocuments()];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Row_readers_agree_with_the_catalog_on_every_fixture(string path)
    {
        var report = DisclosureJson.Deserialize(File.ReadAllBytes(Path.Combine(Paths.Fixtures, path)));
        var space = SlotSpace.For(LayoutCatalog.For(report.Edition));
        Assert.Equal(space.Slots.Length, AssertSameAsCatalog(space, report, previous: false));
        foreach (var edition in SlotSpace.KnownEditions)
        {
            // The same report as the previous one of a pair (the pair's second half of the slot space).
            var pair = SlotSpace.ForPair(edition, report.Edition)!;
            Assert.Equal(pair.Slots.Length - pair.CurrentCount, AssertSameAsCatalog(pair, report, previous: true));
        }
    }

    [Fact]
    public void Row_readers_agree_with_the_catalog_on_random_2021_reports_with_blanks_and_null_parts()
    {
        var gen = from sample in ReportGenerator.Consistent
                  from blanks in Gen.Int[0, 9].Array[ReportGenerator.Catalog.Cells.Count]
                  from nulls in Gen.Int[0, 5].Array[Mutations2021.Length]
                  select (sample, blanks, nulls);
        gen.Sample((sample, blanks, nulls) =>
        {
            var cells = sample.Cells.Select((v, i) => blanks[i] == 0 ? null : v).ToArray();
            var report = (DisclosureReport2021)sample.ToReport(cells);
            for (var i = 0; i < Mutations2021.Length; i++)
            {
                if (nulls[i] == 0) report = Mutations2021[i](report);
            }

            AssertSameAsCatalog(SlotSpace.For(LayoutCatalog.Edition2021), report, previous: false);
            AssertSameAsCatalog(SlotSpace.ForPair(ReportEdition.Edition2019, ReportEdition.Edition2021)!, report, previous: true);
        }, iter: Iterations);
    }

    [Fact]
    public void Row_readers_agree_with_the_catalog_on_random_2019_reports_with_blanks_and_null_parts()
    {
        var gen = from sample in ReportGenerator2019.Consistent
                  from blanks in Gen.Int[0, 9].Array[ReportGenerator2019.Catalog.Cells.Count]
                  from nulls in Gen.Int[0, 5].Array[Mutations2019.Length]
                  select (sample, blanks, nulls);
        gen.Sample((sample, blanks, nulls) =>
        {
            var cells = sample.Cells.Select((v, i) => blanks[i] == 0 ? null : v).ToArray();
            var report = (DisclosureReport2019)sample.ToReport(cells);
            for (var i = 0; i < Mutations2019.Length; i++)
            {
                if (nulls[i] == 0) report = Mutations2019[i](report);
            }

            AssertSameAsCatalog(SlotSpace.For(LayoutCatalog.Edition2019), report, previous: false);
            AssertSameAsCatalog(SlotSpace.ForPair(ReportEdition.Edition2021, ReportEdition.Edition2019)!, report, previous: true);
        }, iter: Iterations);
    }

    [Fact]
    public void Every_null_part_makes_exactly_the_cells_below_it_missing()
    {
        // Each mutation alone, so that none hides another: the comparison covers every null-check of the readers.
        var seed2021 = (DisclosureReport2021)DisclosureJson.Deserialize(File.ReadAllBytes(Paths.Fixture("2021", "valid-shili-natural-resources-2024.json")));
        foreach (var mutate in Mutations2021)
        {
            AssertSameAsCatalog(SlotSpace.For(LayoutCatalog.Edition2021), mutate(seed2021), previous: false);
        }

        var seed2019 = (DisclosureReport2019)ReportGenerator2019.Consistent.Single().ToReport();
        foreach (var mutate in Mutations2019)
        {
            AssertSameAsCatalog(SlotSpace.For(LayoutCatalog.Edition2019), mutate(seed2019), previous: false);
        }
    }

    /// <summary>Reads <paramref name="report"/> into its part of <paramref name="space"/> and checks every slot; returns how many.</summary>
    private static int AssertSameAsCatalog(SlotSpace space, DisclosureReport report, bool previous)
    {
        var n = space.Slots.Length;
        var values = Enumerable.Repeat<decimal?>(-12345.678m, n).ToArray();
        var states = Enumerable.Repeat((SlotState)99, n).ToArray();
        var integers = Enumerable.Repeat(-777L, n).ToArray();
        var notInteger = Enumerable.Repeat((byte)77, n).ToArray();
        space.Read(report, previous, new SlotBuffers(values, states, integers, notInteger));

        var first = previous ? space.CurrentCount : 0;
        var end = previous ? n : space.CurrentCount;
        for (var i = first; i < end; i++)
        {
            var slot = space.Slots[i];
            var (value, state) = FromCatalog(slot, report);
            var where = $"{slot.Pointer} of {report.Edition}";
            Assert.True(state == states[i], $"{where}: state {states[i]}, the catalog gives {state}");
            Assert.True(value == values[i], $"{where}: value {values[i]}, the catalog gives {value}");
            Assert.Equal(value?.ToString(System.Globalization.CultureInfo.InvariantCulture), values[i]?.ToString(System.Globalization.CultureInfo.InvariantCulture));

            // Exact integer sums apply to filled counts only (every count of the model is an int); amounts keep decimal.
            var exact = state == SlotState.Present && value is not null && slot.Kind != CellValueKind.Amount;
            Assert.True((exact ? 0 : 1) == notInteger[i], $"{where}: NotInteger {notInteger[i]}");
            Assert.True((exact ? (long)value!.Value : 0) == integers[i], $"{where}: integer {integers[i]}, value {value}");
        }

        // Nothing outside the report's part was written.
        for (var i = 0; i < n; i++)
        {
            if (i >= first && i < end) continue;
            Assert.Equal((SlotState)99, states[i]);
            Assert.Equal(77, notInteger[i]);
        }

        return end - first;
    }

    private static (decimal? Value, SlotState State) FromCatalog(Slot slot, DisclosureReport report)
    {
        try
        {
            if (slot.Cell is { } cell)
            {
                return (cell.GetValue(report), SlotState.Present);
            }

            var supplementary = slot.Supplementary!;
            return supplementary.IsPresent(report) ? (supplementary.Read(report), SlotState.Present) : (null, SlotState.Absent);
        }
        catch (NullReferenceException)
        {
            return (null, SlotState.Missing);
        }
    }

    private static DisclosureReport2021 T2(DisclosureReport2021 r, Func<ProactiveDisclosure2021, ProactiveDisclosure2021> f) =>
        r.ProactiveDisclosure is null ? r : r with { ProactiveDisclosure = f(r.ProactiveDisclosure) };

    private static DisclosureReport2021 T3(DisclosureReport2021 r, Func<Applications2021, Applications2021> f) =>
        r.Applications is null ? r : r with { Applications = f(r.Applications) };

    private static DisclosureReport2021 Out(DisclosureReport2021 r, Func<Outcomes2021, Outcomes2021> f) =>
        T3(r, a => a.Outcomes is null ? a : a with { Outcomes = f(a.Outcomes) });

    private static DisclosureReport2021 T4(DisclosureReport2021 r, Func<ReviewAndLitigation, ReviewAndLitigation> f) =>
        r.ReviewAndLitigation is null ? r : r with { ReviewAndLitigation = f(r.ReviewAndLitigation) };

    private static DisclosureReport2021 Other(DisclosureReport2021 r, Func<OtherMatters, OtherMatters> f) =>
        r.OtherMatters is null ? r : r with { OtherMatters = f(r.OtherMatters) };

    /// <summary>Parts set to <see langword="null"/>, children before their parents (a null parent hides its children).</summary>
    private static readonly Func<DisclosureReport2021, DisclosureReport2021>[] Mutations2021 =
    [
        r => T2(r, p => p with { Rules = null! }),
        r => T2(r, p => p with { NormativeDocuments = null! }),
        r => T2(r, p => p with { AdministrativeLicensing = null! }),
        r => T2(r, p => p with { AdministrativePenalty = null! }),
        r => T2(r, p => p with { AdministrativeCoercion = null! }),
        r => T2(r, p => p with { AdministrativeFees = null! }),
        r => T3(r, a => a with { NewlyReceived = null! }),
        r => T3(r, a => a with { CarriedOver = null! }),
        r => T3(r, a => a with { CarriedForward = null! }),
        r => Out(r, o => o with { Disclosed = null! }),
        r => Out(r, o => o with { PartiallyDisclosed = null! }),
        r => Out(r, o => o with { Total = null! }),
        r => Out(r, o => o.Withheld is null ? o : o with { Withheld = o.Withheld with { StateSecret = null! } }),
        r => Out(r, o => o.Withheld is null ? o : o with { Withheld = o.Withheld with { AdministrativeInquiry = null! } }),
        r => Out(r, o => o.Unavailable is null ? o : o with { Unavailable = o.Unavailable with { UnclearAfterCorrection = null! } }),
        r => Out(r, o => o.NotProcessed is null ? o : o with { NotProcessed = o.NotProcessed with { Complaint = null! } }),
        r => Out(r, o => o.OtherHandling is null ? o : o with { OtherHandling = o.OtherHandling with { FeeNotPaid = null! } }),
        r => Out(r, o => o.OtherHandling is null ? o : o with { OtherHandling = o.OtherHandling with { Other = null! } }),
        r => Out(r, o => o with { Withheld = null! }),
        r => Out(r, o => o with { Unavailable = null! }),
        r => Out(r, o => o with { NotProcessed = null! }),
        r => Out(r, o => o with { OtherHandling = null! }),
        r => T3(r, a => a with { Outcomes = null! }),
        r => T4(r, t => t with { AdministrativeReview = null! }),
        r => T4(r, t => t with { LitigationAfterReview = null! }),
        r => Other(r, m => m with { ProcessingFees = null }),
        r => r with { ProactiveDisclosure = null! },
        r => r with { Applications = null! },
        r => r with { ReviewAndLitigation = null! },
        r => r with { OtherMatters = null! },
    ];

    private static DisclosureReport2019 T2(DisclosureReport2019 r, Func<ProactiveDisclosure2019, ProactiveDisclosure2019> f) =>
        r.ProactiveDisclosure is null ? r : r with { ProactiveDisclosure = f(r.ProactiveDisclosure) };

    private static DisclosureReport2019 T3(DisclosureReport2019 r, Func<Applications2019, Applications2019> f) =>
        r.Applications is null ? r : r with { Applications = f(r.Applications) };

    private static DisclosureReport2019 Out(DisclosureReport2019 r, Func<Outcomes2019, Outcomes2019> f) =>
        T3(r, a => a.Outcomes is null ? a : a with { Outcomes = f(a.Outcomes) });

    private static readonly Func<DisclosureReport2019, DisclosureReport2019>[] Mutations2019 =
    [
        r => T2(r, p => p with { Rules = null! }),
        r => T2(r, p => p with { NormativeDocuments = null! }),
        r => T2(r, p => p with { AdministrativeLicensing = null! }),
        r => T2(r, p => p with { OtherExternalServices = null! }),
        r => T2(r, p => p with { AdministrativeCoercion = null! }),
        r => T2(r, p => p with { AdministrativeFees = null! }),
        r => T2(r, p => p with { CentralizedProcurement = null! }),
        r => T3(r, a => a with { CarriedOver = null! }),
        r => T3(r, a => a with { CarriedForward = null! }),
        r => Out(r, o => o with { PartiallyDisclosed = null! }),
        r => Out(r, o => o with { OtherHandling = null! }),
        r => Out(r, o => o with { Total = null! }),
        r => Out(r, o => o.Withheld is null ? o : o with { Withheld = o.Withheld with { ThirdPartyRights = null! } }),
        r => Out(r, o => o.NotProcessed is null ? o : o with { NotProcessed = o.NotProcessed with { ConfirmationRequested = null! } }),
        r => Out(r, o => o with { Withheld = null! }),
        r => Out(r, o => o with { Unavailable = null! }),
        r => Out(r, o => o with { NotProcessed = null! }),
        r => T3(r, a => a with { Outcomes = null! }),
        r => r.ReviewAndLitigation is null ? r : r with { ReviewAndLitigation = r.ReviewAndLitigation with { LitigationWithoutReview = null! } },
        r => r.OtherMatters is null ? r : r with { OtherMatters = r.OtherMatters with { ProcessingFees = null } },
        r => r with { ProactiveDisclosure = null! },
        r => r with { Applications = null! },
        r => r with { ReviewAndLitigation = null! },
        r => r with { OtherMatters = null! },
    ];
}
