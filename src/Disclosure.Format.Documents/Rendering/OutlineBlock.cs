namespace Disclosure.Format.Documents.Rendering;

/// <summary>A block of a section in reading order: a sub-heading, a paragraph or a table.</summary>
internal readonly record struct OutlineBlock(OutlineBlockKind Kind, string Text, DrawnTable? Table = null);
