namespace Disclosure.Format.Documents.Excel;

/// <summary>What is left of a workbook's <see cref="SheetBlocks.MaxWorkbookSlots"/>.</summary>
internal sealed class SlotBudget
{
    public long Left { get; set; } = SheetBlocks.MaxWorkbookSlots;
}
