using System.Collections.Concurrent;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Validation;

/// <summary>
/// The numbered values the rules of one rule set read: the catalog cells and supplementary values of one report (or,
/// for cross-year rules, of the current report followed by those of the previous report).
/// </summary>
internal sealed class SlotSpace
{
    /// <summary>The largest slot space read into stack memory.</summary>
    public const int StackLimit = 512;

    private static readonly ConcurrentDictionary<ReportEdition, SlotSpace> Singles = new();
    private static readonly ConcurrentDictionary<(ReportEdition Current, ReportEdition Previous), SlotSpace> Pairs = new();

    private readonly Dictionary<string, Slot> byPointer = new(StringComparer.Ordinal);

    private SlotSpace(LayoutCatalog current, LayoutCatalog? previous, bool isPair)
    {
        Current = current;
        Previous = previous;
        IsPair = isPair;
        var slots = new List<Slot>();
        Add(slots, current, isPrevious: false);
        CurrentCount = slots.Count;
        if (previous is not null)
        {
            Add(slots, previous, isPrevious: true);
        }

        Slots = slots.ToArray();
        foreach (var slot in Slots)
        {
            byPointer[slot.Pointer] = slot;
        }
    }

    public LayoutCatalog Current { get; }

    /// <summary>The previous report's catalog; <see langword="null"/> for a single report or an edition without a catalog.</summary>
    public LayoutCatalog? Previous { get; }

    public bool IsPair { get; }

    public Slot[] Slots { get; }

    /// <summary>How many slots belong to the current report (they come first).</summary>
    public int CurrentCount { get; }

    public static SlotSpace For(LayoutCatalog catalog) =>
        Singles.GetOrAdd(catalog.Edition, _ => new SlotSpace(catalog, null, isPair: false));

    /// <summary>The slot space of a pair of editions, or <see langword="null"/> when the current edition has no catalog.</summary>
    public static SlotSpace? ForPair(ReportEdition current, ReportEdition previous)
    {
        var currentCatalog = TryGetCatalog(current);
        if (currentCatalog is null)
        {
            return null;
        }

        return Pairs.GetOrAdd((current, previous), key => new SlotSpace(currentCatalog, TryGetCatalog(key.Previous), isPair: true));
    }

    /// <summary>The editions this version of the library has layouts for.</summary>
    public static IReadOnlyList<ReportEdition> KnownEditions { get; } = [ReportEdition.Edition2021, ReportEdition.Edition2019];

    /// <summary><paramref name="primary"/>, then the slot spaces of every other pair of known editions.</summary>
    public static IEnumerable<SlotSpace> PairSpaces(SlotSpace primary)
    {
        yield return primary;
        foreach (var current in KnownEditions)
        {
            foreach (var previous in KnownEditions)
            {
                if (ForPair(current, previous) is { } space && space != primary)
                {
                    yield return space;
                }
            }
        }
    }

    public static LayoutCatalog? TryGetCatalog(ReportEdition edition)
    {
        try
        {
            return LayoutCatalog.For(edition);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public Slot? Find(string? pointer) => pointer is not null && byPointer.TryGetValue(pointer, out var slot) ? slot : null;

    /// <summary>
    /// Reads the values of one report into its part of the slot space, writing every slot of that part; never throws on
    /// a report of the right edition. Reports of the generated editions are read row by row (<see cref="SlotWriter.TryReport"/>); any
    /// other combination cell by cell through the catalog's accessors.
    /// </summary>
    public void Read(DisclosureReport report, bool previous, SlotBuffers buffers)
    {
        var first = previous ? CurrentCount : 0;
        var end = previous ? Slots.Length : CurrentCount;
        var catalog = previous ? Previous : Current;
        var writer = new SlotWriter(buffers, first);
        if (catalog is null || catalog.Edition != report.Edition || !writer.TryReport(report))
        {
            ReadByCell(report, first, end, buffers);
            return;
        }

        if (writer.Position != end)
        {
            throw new InvalidOperationException($"The row reader of the {catalog!.Edition} layout wrote {writer.Position - first} of {end - first} slots.");
        }
    }

    /// <summary>Reads the slots one by one through the catalog's cell accessors (the reference the row readers are tested against).</summary>
    public void ReadByCell(DisclosureReport report, int first, int end, SlotBuffers buffers)
    {
        var writer = new SlotWriter(buffers, first);
        for (var i = first; i < end; i++)
        {
            var slot = Slots[i];
            decimal? value;
            SlotState state;
            try
            {
                if (slot.Cell is { } cell)
                {
                    value = cell.GetValue(report);
                    state = SlotState.Present;
                }
                else
                {
                    var supplementary = slot.Supplementary!;
                    if (supplementary.IsPresent(report))
                    {
                        value = supplementary.Read(report);
                        state = SlotState.Present;
                    }
                    else
                    {
                        value = null;
                        state = SlotState.Absent;
                    }
                }
            }
            catch (NullReferenceException)
            {
                // A required object on the way to the cell is null (only in a report built in code).
                value = null;
                state = SlotState.Missing;
            }

            // Sums over these slots take the decimal path (NotInteger = 1): exactly the evaluation of a decimal value.
            writer.Set(value, state);
        }
    }

    private static void Add(List<Slot> slots, LayoutCatalog catalog, bool isPrevious)
    {
        foreach (var cell in catalog.Cells)
        {
            slots.Add(new Slot(slots.Count, isPrevious, cell, null));
        }

        foreach (var value in SupplementaryValue.ProcessingFees)
        {
            slots.Add(new Slot(slots.Count, isPrevious, null, value));
        }
    }
}
