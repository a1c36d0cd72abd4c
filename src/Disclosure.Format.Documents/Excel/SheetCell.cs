namespace Disclosure.Format.Documents.Excel;

/// <summary>A non-empty cell of a sheet: its text as displayed and whether Excel stores it as a number.</summary>
internal readonly record struct SheetCell(string Text, bool IsNumber);
