namespace Disclosure.Format.Layout;

/// <summary>A header cell of a table drawn with its rows as column groups.</summary>
internal readonly record struct HeaderCell(string Label, int Start, int Span);
