namespace Disclosure.Format.Documents.Excel;

/// <summary>A range of merged cells (0-based, inclusive).</summary>
internal readonly record struct MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);
