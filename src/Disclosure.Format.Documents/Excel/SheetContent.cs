namespace Disclosure.Format.Documents.Excel;

/// <summary>One worksheet as read: its non-empty cells by position and its merged ranges.</summary>
internal sealed class SheetContent
{
    public SheetContent(string name, int number)
    {
        Name = name;
        Number = number;
    }

    public string Name { get; }

    /// <summary>The 1-based position of the sheet in the workbook.</summary>
    public int Number { get; }

    public Dictionary<(int Row, int Column), SheetCell> Cells { get; } = [];

    public List<MergedRange> Merges { get; } = [];
}
