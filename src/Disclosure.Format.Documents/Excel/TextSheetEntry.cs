namespace Disclosure.Format.Documents.Excel;

/// <summary>A member of the text sheet: its JSON Pointer, its text (pieces of a long text joined) and where it was read.</summary>
internal sealed record TextSheetEntry(string Pointer, string? Text, string Sheet, string Address);
