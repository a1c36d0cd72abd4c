namespace Disclosure.Format.Validation;

/// <summary>How a slot was found when a report was read.</summary>
internal enum SlotState : byte
{
    /// <summary>Read: the value is the cell's value (<see langword="null"/> for a blank cell).</summary>
    Present = 0,

    /// <summary>The optional part holding the value is absent (e.g. no structured fee figures): checks on it do not apply.</summary>
    Absent = 1,

    /// <summary>A required part is <see langword="null"/> (report built in code): the value is treated as blank.</summary>
    Missing = 2,
}
