using System.Runtime.InteropServices;
using Disclosure.Format.Model;

namespace Disclosure.Format.Validation;

/// <summary>What a compiled rule reads: the reports, the values of every slot and how each was found.</summary>
internal readonly ref struct RuleInput
{
    public RuleInput(DisclosureReport current, DisclosureReport? previous, SlotBuffers buffers, string? notAssessableCode)
    {
        Current = current;
        Previous = previous;
        Values = buffers.Values;
        States = buffers.States;
        Integers = buffers.Integers;
        NotInteger = buffers.NotInteger;
        NotAssessableCode = notAssessableCode;
    }

    public DisclosureReport Current { get; }

    public DisclosureReport? Previous { get; }

    public ReadOnlySpan<decimal?> Values { get; }

    public ReadOnlySpan<SlotState> States { get; }

    /// <summary>The exact value of each slot whose <see cref="NotInteger"/> is 0 (see <see cref="SlotBuffers"/>).</summary>
    public ReadOnlySpan<long> Integers { get; }

    /// <summary>0 for a present, filled count held exactly in <see cref="Integers"/>; 1 otherwise.</summary>
    public ReadOnlySpan<byte> NotInteger { get; }

    /// <summary>Whether any slot is <see cref="SlotState.Missing"/> (a <see langword="null"/> part of a report built in code).</summary>
    public bool AnyMissing => MemoryMarshal.Cast<SlotState, byte>(States).IndexOf((byte)SlotState.Missing) >= 0;

    /// <summary>The code of "not assessable" diagnostics, or <see langword="null"/> when the rule set does not report them.</summary>
    public string? NotAssessableCode { get; }
}
