using System.Globalization;

namespace Disclosure.Format.Import;

/// <summary>One way of reading a row's material as its cells: a value (or blank) and a source span per cell.</summary>
internal sealed class Reading
{
    public required decimal?[] Values { get; init; }

    /// <summary>Per cell: folded-text start and end of what was read (start = end for a blank).</summary>
    public required (int Start, int End)[] Spans { get; init; }

    /// <summary>Per cell: how it was read.</summary>
    public required CellReadingKind[] Kinds { get; init; }

    /// <summary>Per cell: the unit written in the cell, if any.</summary>
    public required string?[] Units { get; init; }

    public string Describe() => string.Join("|", Values.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "∅"));
}
