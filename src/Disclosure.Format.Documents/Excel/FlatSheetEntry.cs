namespace Disclosure.Format.Documents.Excel;

/// <summary>A row of the flat sheet: the JSON Pointer, the value as written and where it was read.</summary>
internal sealed record FlatSheetEntry(string Pointer, string Text, string Sheet, string Address);
