namespace Disclosure.Format.Validation;

/// <summary>
/// The memory one report (or pair of reports) is read into: per slot, its value, how it was found, and — for a filled
/// count read from an <see cref="int"/> property — the same value as a <see cref="long"/>, so that sums of counts need
/// no <see cref="decimal"/> arithmetic.
/// </summary>
internal readonly ref struct SlotBuffers
{
    public SlotBuffers(Span<decimal?> values, Span<SlotState> states, Span<long> integers, Span<byte> notInteger)
    {
        Values = values;
        States = states;
        Integers = integers;
        NotInteger = notInteger;
    }

    /// <summary>The value of each slot (<see langword="null"/> for a blank, absent or missing one).</summary>
    public Span<decimal?> Values { get; }

    public Span<SlotState> States { get; }

    /// <summary>The exact value of the slots whose <see cref="NotInteger"/> is 0; 0 for the others.</summary>
    public Span<long> Integers { get; }

    /// <summary>
    /// 0 when the slot is present, filled and <see cref="Integers"/> holds its exact value (a count read from an
    /// <see cref="int"/>); 1 otherwise (blank, absent, missing, or an amount: checks then take the <see cref="decimal"/> path).
    /// </summary>
    public Span<byte> NotInteger { get; }
}
