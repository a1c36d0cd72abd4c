using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Validation;

/// <summary>
/// Writes the slots of one report in catalog order, one row object at a time: each object is fetched once and its
/// cells written in order. The walk itself is written by the row-walker generator from each edition's record
/// (<c>TryReport</c>, a <c>Tables</c> method per edition, a <c>Write…</c> method per row type); this part holds the cell
/// writers and the fee figures. A row whose object, or any object on the way to it, is <see langword="null"/> is
/// <see cref="SlotState.Missing"/> — exactly the cells whose catalog accessor (<see cref="CellLayout.GetValue"/>)
/// would throw <see cref="NullReferenceException"/>. <c>SlotReaderTests</c> compares both for every cell of every
/// fixture and of random reports with <see langword="null"/> parts.
/// </summary>
internal ref partial struct SlotWriter
{
    private readonly SlotBuffers buffers;
    private int position;

    public SlotWriter(SlotBuffers buffers, int start)
    {
        this.buffers = buffers;
        position = start;
    }

    public readonly int Position => position;

    /// <summary>The supplementary values (<see cref="SupplementaryValue.ProcessingFees"/>): absent, not missing, without figures.</summary>
    private void ProcessingFees(OtherMatters? matters)
    {
        if (matters?.ProcessingFees is not { } fees)
        {
            for (var i = 0; i < 3; i++) Set(null, SlotState.Absent);
            return;
        }

        Int(fees.NoticesIssued);
        Amount(fees.AmountNoticed);
        Amount(fees.AmountCollected);
    }

    private void Int(int? value)
    {
        var i = position++;
        if (value is { } v)
        {
            buffers.Values[i] = v;
            buffers.Integers[i] = v;
            buffers.NotInteger[i] = 0;
        }
        else
        {
            buffers.Values[i] = null;
            buffers.Integers[i] = 0;
            buffers.NotInteger[i] = 1;
        }

        buffers.States[i] = SlotState.Present;
    }

    private void Amount(decimal? value) => Set(value, SlotState.Present);

    private void Missing(int count)
    {
        for (var k = 0; k < count; k++) Set(null, SlotState.Missing);
    }

    /// <summary>Writes a slot that sums read as a <see cref="decimal"/> (an amount, or a slot without a value).</summary>
    public void Set(decimal? value, SlotState state)
    {
        var i = position++;
        buffers.Values[i] = value;
        buffers.Integers[i] = 0;
        buffers.NotInteger[i] = 1;
        buffers.States[i] = state;
    }
}
