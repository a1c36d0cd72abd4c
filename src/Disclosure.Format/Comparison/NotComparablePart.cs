namespace Disclosure.Format.Comparison;

/// <summary>A part of a report that cannot be compared across editions, and why.</summary>
public sealed class NotComparablePart
{
    internal NotComparablePart(string tableKey, string label, string pointer, string reason, string reasonZh)
    {
        TableKey = tableKey;
        Label = label;
        Pointer = pointer;
        Reason = reason;
        ReasonZh = reasonZh;
    }

    /// <summary>The table key, e.g. <c>T2</c>.</summary>
    public string TableKey { get; }

    /// <summary>The section heading, e.g. <c>二、主动公开政府信息情况</c>.</summary>
    public string Label { get; }

    /// <summary>The JSON Pointer of the part in a report document, e.g. <c>/proactiveDisclosure</c>.</summary>
    public string Pointer { get; }

    /// <summary>Why the part is not comparable, in English.</summary>
    public string Reason { get; }

    /// <summary>Why the part is not comparable, in Chinese.</summary>
    public string ReasonZh { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TableKey} {Label}: not comparable across editions";
}
