using System.Globalization;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Documents.Tests.Rendering;

/// <summary>Checks a rendered table against the notice's layout: its merged cells, and every value in catalog order.</summary>
internal static class LayoutAssertions
{
    /// <summary>The text a value cell must show: the number, the 2019 procurement amount as printed, or nothing for a blank.</summary>
    public static string Expected(CellLayout cell, DisclosureReport report)
    {
        if (report is DisclosureReport2019 r && cell.Pointer == "/proactiveDisclosure/centralizedProcurement/totalAmount"
            && r.ProactiveDisclosure.CentralizedProcurement.TotalAmountText is { } printed)
        {
            return printed;
        }

        return cell.GetValue(report)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public static void Check(RenderedGrid grid, TableLayout table, DisclosureReport report)
    {
        Assert.True(grid.IsRectangular(), $"{table.Key}: every slot of the grid is covered by exactly one cell");
        var values = grid.Cells.Where(c => !c.IsHeader).OrderBy(c => c.Row).ThenBy(c => c.Column).Select(c => c.Text).ToList();
        var expected = table.Cells.Select(c => Expected(c, report)).ToList();
        Assert.Equal(expected, values);

        // The merged cells of the notice's table images.
        switch (table.Key)
        {
            case "T3":
                var outcomes = table.ValueRows.Count(r => r.Pointer!.StartsWith("/applications/outcomes/", StringComparison.Ordinal));
                var vertical = grid.Find("三、本年度办理结果");
                Assert.Equal((outcomes, 1), (vertical.RowSpan, vertical.ColumnSpan));
                Assert.Equal(7, grid.Find("申请人情况").ColumnSpan);
                Assert.Equal(5, grid.Find("法人或其他组织").ColumnSpan);
                Assert.Equal(2, grid.Find("自然人").RowSpan);
                Assert.Equal(2, grid.Find("总计").RowSpan);
                var note = grid.Find(table.Note!);
                Assert.Equal((3, 3, 0, 0), (note.RowSpan, note.ColumnSpan, note.Row, note.Column));
                Assert.Equal(10, grid.Width);
                Assert.Equal(3 + table.ValueRows.Count(), grid.Rows);
                break;
            case "T4":
                Assert.Equal(15, grid.Width);
                Assert.Equal(4, grid.Rows);
                Assert.Equal(5, grid.Find("行政复议").ColumnSpan);
                Assert.Equal(10, grid.Find("行政诉讼").ColumnSpan);
                Assert.Equal(5, grid.Find("未经复议直接起诉").ColumnSpan);
                Assert.Equal(5, grid.Find("复议后起诉").ColumnSpan);
                var kept = grid.Cells.Where(c => c.Text == "结果维持").ToList();
                Assert.Equal([(1, 2), (2, 1), (2, 1)], kept.Select(c => (c.Row, c.RowSpan)));
                break;
            case "T2":
                foreach (var caption in table.Rows.Where(r => r.Cells.Count == 0))
                {
                    Assert.Equal(grid.Width, grid.Find(caption.Label).ColumnSpan);
                }

                break;
        }
    }
}
