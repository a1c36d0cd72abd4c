namespace Disclosure.Format.Rendering;

/// <summary>A cell of a drawn table: its text, first grid column, span, and whether it is a label, header or value.</summary>
internal readonly record struct GridCell(string Text, int Column, int Span, GridCellKind Kind);
