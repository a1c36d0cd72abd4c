using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Layout;

public sealed class CatalogTests
{
    private static readonly LayoutCatalog Catalog = LayoutCatalog.Edition2021;

    [Fact]
    public void The_2021_edition_has_200_cells_in_three_tables()
    {
        Assert.Equal(["T2", "T3", "T4"], Catalog.Tables.Select(t => t.Key));
        Assert.Equal(10, Catalog.GetTable("T2").Cells.Count());
        Assert.Equal(175, Catalog.GetTable("T3").Cells.Count());
        Assert.Equal(25, Catalog.GetTable("T3").ValueRows.Count());
        Assert.Equal(15, Catalog.GetTable("T4").Cells.Count());
        Assert.Equal(200, Catalog.Cells.Count);
        Assert.Equal(Enumerable.Range(0, 200), Catalog.Cells.Select(c => c.Index));
        Assert.Equal(200, Catalog.Cells.Select(c => c.Pointer).Distinct().Count());
        Assert.All(Catalog.Cells, c => Assert.Same(c, Catalog.FindCell(c.Pointer)));
        Assert.Null(Catalog.FindCell("/applications/newlyReceived"));
    }

    [Fact]
    public void Each_amount_column_declares_the_unit_its_printed_label_names()
    {
        var amounts = new[] { LayoutCatalog.Edition2019, LayoutCatalog.Edition2021 }.SelectMany(e => e.Cells).Where(c => c.ValueKind == CellValueKind.Amount).Select(c => c.Column).Distinct().ToList();
        Assert.Equal(2, amounts.Count);
        Assert.All(amounts, c => Assert.Equal(c.Label.Contains("万元", StringComparison.Ordinal) ? 10000m : 1m, LayoutShape.AmountUnit(c)));
        Assert.All(Catalog.Cells.Where(c => c.ValueKind == CellValueKind.Count), c => Assert.Equal(1m, LayoutShape.AmountUnit(c.Column)));
    }

    [Fact]
    public void An_amount_column_without_a_declared_unit_is_a_catalog_error()
    {
        Assert.Throws<ArgumentException>(() => new ColumnLayout("fee", "本年收费金额（单位：万元）", "Fees", null, CellValueKind.Amount));
        Assert.Throws<ArgumentException>(() => new ColumnLayout("fee", "收费金额", "Fees", null, CellValueKind.Amount, amountUnit: 100m));
        Assert.Equal(10000m, LayoutShape.AmountUnit(new ColumnLayout("fee", "收费金额", "Fees", null, CellValueKind.Amount, amountUnit: 10000m)));
    }

    [Fact]
    public void Every_cell_is_reachable_through_its_pointer_in_every_fixture()
    {
        foreach (var file in Fixtures.ReadableDocuments().Where(f => f.StartsWith("2021", StringComparison.Ordinal)))
        {
            var report = DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(Paths.Fixtures, file)));
            var document = JsonNode.Parse(DisclosureJson.Serialize(report))!;
            foreach (var cell in Catalog.Cells)
            {
                var node = Resolve(document, cell.Pointer);
                var expected = cell.GetValue(report);
                Assert.True(node is null ? expected is null : node.GetValue<decimal>() == expected,
                    $"{file}: {cell.Pointer} holds {node?.ToJsonString() ?? "null"} but the catalog reads {expected}");
            }
        }
    }

    [Fact]
    public void Labels_match_the_specification_exactly_and_in_order()
    {
        var spec = Paths.Shared is { } shared ? Path.Combine(shared, "spec", "format.md") : null;
        if (spec is null || !File.Exists(spec))
        {
            Assert.Skip("../shared/spec/format.md is not available here.");
        }

        var text = File.ReadAllText(spec);
        var edition = text.Substring(text.IndexOf("## 3. The 2021 edition", StringComparison.Ordinal));
        edition = edition.Substring(0, edition.IndexOf("\n## 4.", StringComparison.Ordinal));

        // T3 rows and columns: the nested lists "Nested row list (exact labels):" and "Column nesting:".
        var t3 = Catalog.GetTable("T3");
        Assert.Equal(SpecText.NestedList(edition, "Nested row list (exact labels):"), t3.Rows.Select(r => r.LabelPathText));
        Assert.Equal(SpecText.NestedList(edition, "Column nesting:"), SpecText.ColumnPaths(t3.Columns));
        Assert.Equal("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", t3.Note);

        // T2: "* 第二十条第（一）项 → 规章; 行政规范性文件 (columns 本年制发件数 / 本年废止件数 / 现行有效件数)".
        var t2Spec = edition.Substring(edition.IndexOf("### 3.4", StringComparison.Ordinal));
        t2Spec = t2Spec.Substring(t2Spec.IndexOf("Row list:", StringComparison.Ordinal));
        var blocks = Regex.Matches(t2Spec, @"^\* (第二十条第（.）项) → (.+?) \((?:columns )?(.+)\)$", RegexOptions.Multiline)
            .Select(m => (Caption: m.Groups[1].Value, Rows: m.Groups[2].Value.Split("; "), Columns: m.Groups[3].Value.Split(" / ")))
            .ToList();
        var groups = Catalog.GetTable("T2").Rows.Where(r => r.Parent is null).ToList();
        Assert.Equal(blocks.Select(b => b.Caption), groups.Select(g => g.Label));
        foreach (var (block, group) in blocks.Zip(groups))
        {
            Assert.Equal(block.Rows, group.Children.Select(r => r.Label));
            Assert.Equal(block.Columns, group.Columns.Select(c => c.Label));
            Assert.All(group.Children, r => Assert.Equal(block.Columns, r.Columns.Select(c => c.Label)));
            Assert.Equal("信息内容", group.HeaderLabel);
        }

        // T4: "* `行政复议` → `结果维持`, …" and "  * `未经复议直接起诉` → …".
        var t4Spec = edition.Substring(edition.IndexOf("Column list:", edition.IndexOf("### 3.6", StringComparison.Ordinal), StringComparison.Ordinal));
        var t4Lines = Regex.Matches(t4Spec, @"^( *)\* `([^`]+)`(?: → (.+))?$", RegexOptions.Multiline).ToList();
        var t4 = Catalog.GetTable("T4");
        Assert.Equal(t4Lines.Select(m => m.Groups[2].Value), t4.Rows.Select(r => r.Label));
        foreach (var (line, row) in t4Lines.Zip(t4.Rows))
        {
            var columns = line.Groups[3].Success ? Regex.Matches(line.Groups[3].Value, "`([^`]+)`").Select(m => m.Groups[1].Value).ToArray() : [];
            Assert.Equal(columns, row.Cells.Select(c => c.Column.Label));
        }

        // The six section headings, in order (§3.3).
        var skeleton = edition.Substring(edition.IndexOf("### 3.3", StringComparison.Ordinal));
        var headings = Regex.Matches(skeleton, @"^\d\. `([^`]+)`", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Take(6);
        Assert.Equal(headings, Catalog.Sections.Select(s => s.Label));
    }

    [Fact]
    public void The_catalog_is_stable() => Snapshot.Match(SpecText.Describe(Catalog));

    [Fact]
    public void CreateReport_rejects_values_that_do_not_fit_their_cell()
    {
        var metadata = new Disclosure.Format.Model.ReportMetadata { Agency = "测试局", Year = 2023 };
        var values = new decimal?[Catalog.Cells.Count];
        var countCell = Catalog.FindCell("/applications/newlyReceived/naturalPerson")!;
        values[countCell.Index] = -1;
        var ex = Assert.Throws<ArgumentException>(() => Catalog.CreateReport(metadata, values));
        Assert.Contains(countCell.Pointer, ex.Message, StringComparison.Ordinal);

        values[countCell.Index] = 1.5m;
        Assert.Throws<ArgumentException>(() => Catalog.CreateReport(metadata, values));

        values[countCell.Index] = null;
        values[Catalog.FindCell("/proactiveDisclosure/administrativeFees/amount")!.Index] = 0.35m;
        var report = Catalog.CreateReport(metadata, values);
        Assert.Equal(0.35m, Catalog.FindCell("/proactiveDisclosure/administrativeFees/amount")!.GetValue(report));
        Assert.Null(countCell.GetValue(report));

        Assert.Throws<ArgumentException>(() => Catalog.CreateReport(metadata, new decimal?[3]));
    }

    private static JsonNode? Resolve(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            node = node![segment.Replace("~1", "/").Replace("~0", "~")];
        }

        return node;
    }
}
