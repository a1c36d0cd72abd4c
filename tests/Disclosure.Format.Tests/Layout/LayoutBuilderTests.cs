using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Tests.Layout;

/// <summary>
/// The declaration side of the generated row walkers: a row's pointer comes from its key, a group has a pointer only
/// where the record has an object, and a declaration that leaves the record's cells or their order is refused.
/// </summary>
public sealed class LayoutBuilderTests
{
    private static readonly ColumnLayout[] Stock =
    [
        new("issued", "本年制发件数", "Issued", null, CellValueKind.Count),
        new("repealed", "本年废止件数", "Repealed", null, CellValueKind.Count),
        new("inForce", "现行有效件数", "In force", null, CellValueKind.Count),
    ];

    [Fact]
    public void A_row_takes_its_pointer_from_its_key_and_a_group_only_where_the_record_has_an_object()
    {
        var t = new LayoutBuilder(Catalog2021.CellAccessor, Catalog2021.ObjectPointers)
            .Table("T2", "二", "Proactive", "/proactiveDisclosure");
        var heading = t.Group("article20Item1", "第二十条第（一）项", "Item (1)");
        var row = t.Row("rules", "规章", "Rules", heading, Stock);

        Assert.Null(heading.Pointer);
        Assert.Equal("/proactiveDisclosure/rules", row.Pointer);
        Assert.Equal(["/proactiveDisclosure/rules/issued", "/proactiveDisclosure/rules/repealed", "/proactiveDisclosure/rules/inForce"],
            row.Cells.Select(c => c.Pointer));
        Assert.Equal([0, 1, 2], row.Cells.Select(c => c.Index));

        var outcomes = new LayoutBuilder(Catalog2021.CellAccessor, Catalog2021.ObjectPointers)
            .Table("T3", "三", "Applications", "/applications").Group("outcomes", "三、本年度办理结果", "Outcomes");
        Assert.Equal("/applications/outcomes", outcomes.Pointer);
    }

    [Fact]
    public void A_declared_cell_the_record_does_not_have_is_refused()
    {
        var t = new LayoutBuilder(Catalog2021.CellAccessor, Catalog2021.ObjectPointers)
            .Table("T2", "二", "Proactive", "/proactiveDisclosure");
        var ex = Assert.Throws<InvalidOperationException>(() => t.Row("ordinances", "条例", "Ordinances", null, Stock));
        Assert.Contains("/proactiveDisclosure/ordinances/issued", ex.Message);
    }

    [Fact]
    public void A_declaration_out_of_the_record_order_is_refused_at_the_first_difference()
    {
        var builder = new LayoutBuilder(Catalog2021.CellAccessor, Catalog2021.ObjectPointers);
        var t = builder.Table("T2", "二", "Proactive", "/proactiveDisclosure");
        t.Row("normativeDocuments", "行政规范性文件", "Normative documents", null, Stock);
        t.Row("rules", "规章", "Rules", null, Stock);

        var ex = Assert.Throws<InvalidOperationException>(() => builder.EnsureMatches(Catalog2021.CellPointers, "DisclosureReport2021"));
        Assert.Contains("at cell 0", ex.Message);
        Assert.Contains("declared /proactiveDisclosure/normativeDocuments/issued", ex.Message);
        Assert.Contains("the record has /proactiveDisclosure/rules/issued", ex.Message);

        // Declaring only a prefix is refused too: the record's remaining cells are named.
        var partial = new LayoutBuilder(Catalog2021.CellAccessor, Catalog2021.ObjectPointers);
        partial.Table("T2", "二", "Proactive", "/proactiveDisclosure").Row("rules", "规章", "Rules", null, Stock);
        var missing = Assert.Throws<InvalidOperationException>(() => partial.EnsureMatches(Catalog2021.CellPointers, "DisclosureReport2021"));
        Assert.Contains("declared (none), the record has /proactiveDisclosure/normativeDocuments/issued", missing.Message);
    }

    [Theory]
    [InlineData(ReportEdition.Edition2021)]
    [InlineData(ReportEdition.Edition2019)]
    public void A_cell_is_read_along_its_own_path_so_a_missing_outcomes_leaves_the_other_rows_readable(ReportEdition edition)
    {
        var catalog = LayoutCatalog.For(edition);
        var values = new decimal?[catalog.Cells.Count];
        values[catalog.FindCell("/applications/newlyReceived/naturalPerson")!.Index] = 5;
        var report = catalog.CreateReport(new ReportMetadata { Agency = "测试局", Year = 2023 }, values);
        report = report switch
        {
            DisclosureReport2021 r => r with { Applications = r.Applications with { Outcomes = null! } },
            DisclosureReport2019 r => r with { Applications = r.Applications with { Outcomes = null! } },
            _ => throw new InvalidOperationException(),
        };

        Assert.Equal(5m, catalog.FindCell("/applications/newlyReceived/naturalPerson")!.GetValue(report));
        Assert.Throws<NullReferenceException>(() => catalog.FindCell("/applications/outcomes/total/naturalPerson")!.GetValue(report));
    }
}
