using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Layout;

/// <summary>The layout catalog of the 2019 trial edition: counts, labels against the specification, pointers in JSON.</summary>
public sealed class Catalog2019Tests
{
    private static readonly LayoutCatalog Catalog = LayoutCatalog.Edition2019;

    [Fact]
    public void The_2019_edition_has_198_cells_in_three_tables()
    {
        Assert.Same(Catalog, LayoutCatalog.For(ReportEdition.Edition2019));
        Assert.Equal(ReportEdition.Edition2019, Catalog.Edition);
        Assert.Equal("中华人民共和国政府信息公开工作年度报告格式（试行）", Catalog.FormatTitle);
        Assert.Equal("国办公开办函〔2019〕60号", Catalog.DocumentNumber);
        Assert.Equal(["T2", "T3", "T4"], Catalog.Tables.Select(t => t.Key));
        Assert.Equal(22, Catalog.GetTable("T2").Cells.Count());
        Assert.Equal(8, Catalog.GetTable("T2").ValueRows.Count());
        Assert.Equal(161, Catalog.GetTable("T3").Cells.Count());
        Assert.Equal(23, Catalog.GetTable("T3").ValueRows.Count());
        Assert.Equal(15, Catalog.GetTable("T4").Cells.Count());
        Assert.Equal(198, Catalog.Cells.Count);
        Assert.Equal(Enumerable.Range(0, 198), Catalog.Cells.Select(c => c.Index));
        Assert.Equal(198, Catalog.Cells.Select(c => c.Pointer).Distinct().Count());
        Assert.All(Catalog.Cells, c => Assert.Same(c, Catalog.FindCell(c.Pointer)));
    }

    [Fact]
    public void Value_kinds_are_signed_for_changes_and_amount_for_procurement()
    {
        var signed = Catalog.Cells.Where(c => c.ValueKind == CellValueKind.SignedCount).ToList();
        Assert.Equal(5, signed.Count);
        Assert.All(signed, c => Assert.Equal("本年增/减", c.Column.Label));
        Assert.Equal(
            ["administrativeLicensing", "otherExternalServices", "administrativePenalty", "administrativeCoercion", "administrativeFees"],
            signed.Select(c => c.Row.Key));

        var amount = Assert.Single(Catalog.Cells, c => c.ValueKind == CellValueKind.Amount);
        Assert.Equal("/proactiveDisclosure/centralizedProcurement/totalAmount", amount.Pointer);
        Assert.Equal("采购总金额", amount.Column.Label);
        Assert.Equal("第二十条第（九）项 / 政府集中采购", amount.Row.LabelPathText);

        Assert.All(Catalog.Cells.Except(signed).Except([amount]), c => Assert.Equal(CellValueKind.Count, c.ValueKind));
    }

    [Fact]
    public void Other_handling_is_one_value_row_and_the_rest_of_three_and_four_match_2021()
    {
        var t3 = Catalog.GetTable("T3");
        var other = Assert.Single(t3.Rows, r => r.Label == "（六）其他处理");
        Assert.Empty(other.Children);
        Assert.Equal(7, other.Cells.Count);
        Assert.Equal("/applications/outcomes/otherHandling", other.Pointer);
        Assert.Equal("/applications/outcomes/otherHandling/naturalPerson", other.Cells[0].Pointer);

        // Every T3 row of 2019 other than （六） has the same label path and pointer as in 2021; T4 is identical.
        var t3of2021 = LayoutCatalog.Edition2021.GetTable("T3");
        var shared2019 = t3.Rows.Where(r => r != other).Select(r => (r.LabelPathText, r.Pointer));
        var shared2021 = t3of2021.Rows.Where(r => !r.LabelPathText.StartsWith("三、本年度办理结果 / （六）其他处理", StringComparison.Ordinal))
            .Select(r => (r.LabelPathText, r.Pointer));
        Assert.Equal(shared2021, shared2019);
        Assert.Equal(t3of2021.Note, t3.Note);
        Assert.Equal(
            LayoutCatalog.Edition2021.GetTable("T4").Cells.Select(c => (c.Row.LabelPathText, c.Column.Label, c.Pointer)),
            Catalog.GetTable("T4").Cells.Select(c => (c.Row.LabelPathText, c.Column.Label, c.Pointer)));
        Assert.Equal(LayoutCatalog.Edition2021.Sections.Select(s => (s.Label, s.Pointer)), Catalog.Sections.Select(s => (s.Label, s.Pointer)));
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
        var s3 = Between(text, "## 3. The 2021 edition", "\n## 4.");
        var s4 = Between(text, "## 4. The 2019 trial edition", "\n## 5.");

        // T2 (§4.3): "* 第二十条第（五）项 → 行政许可; 其他对外管理服务事项 (上一年项目数量 / 本年增/减 / 处理决定数量)".
        var rowList = s4.Substring(s4.IndexOf("Row list:", s4.IndexOf("### 4.3", StringComparison.Ordinal), StringComparison.Ordinal));
        var blocks = Regex.Matches(rowList, @"^\* (第二十条第（.）项) → (.+?) \((.+)\)$", RegexOptions.Multiline)
            .Select(m => (Caption: m.Groups[1].Value, Rows: m.Groups[2].Value.Split("; "), Columns: m.Groups[3].Value.Split(" / ")))
            .ToList();
        Assert.Equal(5, blocks.Count);
        var groups = Catalog.GetTable("T2").Rows.Where(r => r.Parent is null).ToList();
        Assert.Equal(blocks.Select(b => b.Caption), groups.Select(g => g.Label));
        foreach (var (block, group) in blocks.Zip(groups))
        {
            Assert.Equal(block.Rows, group.Children.Select(r => r.Label));
            Assert.Equal(block.Columns, group.Columns.Select(c => c.Label));
            Assert.All(group.Children, r => Assert.Equal(block.Columns, r.Cells.Select(c => c.Column.Label)));
            Assert.Equal("信息内容", group.HeaderLabel);
        }

        Assert.Contains("22 value cells.", s4, StringComparison.Ordinal);

        // T3 (§4.4): the 2021 row list of §3.5 with （六）其他处理 as one value row without sub-items.
        Assert.Contains("`（六）其他处理` ← value row, no children", s4, StringComparison.Ordinal);
        Assert.Contains("23 data rows × 7 = 161 value cells", s4, StringComparison.Ordinal);
        var rows2021 = SpecText.NestedList(s3, "Nested row list (exact labels):");
        var rows2019 = rows2021.Where(p => !p.StartsWith("三、本年度办理结果 / （六）其他处理 / ", StringComparison.Ordinal)).ToList();
        var t3 = Catalog.GetTable("T3");
        Assert.Equal(rows2019, t3.Rows.Select(r => r.LabelPathText));
        Assert.Equal(SpecText.NestedList(s3, "Column nesting:"), SpecText.ColumnPaths(t3.Columns));
        Assert.Contains("`（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）`", s4, StringComparison.Ordinal);
        Assert.Equal("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", t3.Note);

        // T4 (§4.5 "Identical to §3.6"): the column list of §3.6.
        Assert.Contains("Identical to §3.6", s4, StringComparison.Ordinal);
        var t4Spec = s3.Substring(s3.IndexOf("Column list:", s3.IndexOf("### 3.6", StringComparison.Ordinal), StringComparison.Ordinal));
        var t4Lines = Regex.Matches(t4Spec, @"^( *)\* `([^`]+)`(?: → (.+))?$", RegexOptions.Multiline).ToList();
        var t4 = Catalog.GetTable("T4");
        Assert.Equal(t4Lines.Select(m => m.Groups[2].Value), t4.Rows.Select(r => r.Label));
        foreach (var (line, row) in t4Lines.Zip(t4.Rows))
        {
            var columns = line.Groups[3].Success ? Regex.Matches(line.Groups[3].Value, "`([^`]+)`").Select(m => m.Groups[1].Value).ToArray() : [];
            Assert.Equal(columns, row.Cells.Select(c => c.Column.Label));
        }

        // Sections (§4.2: "Same six sections and headings as 2021"), from the skeleton of §3.3.
        Assert.Contains("Same six sections and headings as 2021", s4, StringComparison.Ordinal);
        var skeleton = s3.Substring(s3.IndexOf("### 3.3", StringComparison.Ordinal));
        Assert.Equal(Regex.Matches(skeleton, @"^\d\. `([^`]+)`", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Take(6),
            Catalog.Sections.Select(s => s.Label));

        // The differences table of §5 names the labels that changed; the catalog uses the 2019 side.
        Assert.Contains("| T2 （一） row 2 | 规范性文件 | 行政规范性文件 | label |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cell_is_reachable_through_its_pointer_and_every_table_number_has_a_cell()
    {
        var files = Fixtures.ReadableDocuments().Where(f => f.StartsWith("2019", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count >= 5);
        foreach (var file in files)
        {
            var report = DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(Paths.Fixtures, file)));
            Assert.IsType<DisclosureReport2019>(report);
            var document = JsonNode.Parse(DisclosureJson.Serialize(report))!;
            foreach (var cell in Catalog.Cells)
            {
                var node = Resolve(document, cell.Pointer, out var present);
                Assert.True(present, $"{file}: {cell.Pointer} is not in the document");
                var expected = cell.GetValue(report);
                Assert.True(node is null ? expected is null : node.GetValue<decimal>() == expected,
                    $"{file}: {cell.Pointer} holds {node?.ToJsonString() ?? "null"} but the catalog reads {expected}");
            }

            // The other way round: every number (or blank) inside the three tables is a catalog cell. The only
            // non-cell member is the optional printed text of 采购总金额.
            foreach (var table in Catalog.Tables)
            {
                foreach (var (pointer, leaf) in Leaves(Resolve(document, table.Pointer, out _), table.Pointer))
                {
                    if (pointer == "/proactiveDisclosure/centralizedProcurement/totalAmountText")
                    {
                        Assert.Equal("string", JsonValueKind(leaf));
                        continue;
                    }

                    Assert.True(Catalog.FindCell(pointer) is not null, $"{file}: {pointer} has no catalog cell");
                }
            }
        }
    }

    [Fact]
    public void The_catalog_is_stable() => Snapshot.Match(SpecText.Describe(Catalog));

    [Fact]
    public void CreateReport_accepts_negative_changes_and_rejects_what_does_not_fit()
    {
        var metadata = new ReportMetadata { Agency = "测试局", Year = 2020 };
        var values = new decimal?[Catalog.Cells.Count];
        var change = Catalog.FindCell("/proactiveDisclosure/administrativePenalty/change")!;
        var previous = Catalog.FindCell("/proactiveDisclosure/administrativePenalty/previousYearItems")!;
        var amount = Catalog.FindCell("/proactiveDisclosure/centralizedProcurement/totalAmount")!;
        values[change.Index] = -8;
        values[previous.Index] = 26;
        values[amount.Index] = 12640532.5m;
        var report = (DisclosureReport2019)Catalog.CreateReport(metadata, values);
        Assert.Equal(-8, report.ProactiveDisclosure.AdministrativePenalty.Change);
        Assert.Equal(26, report.ProactiveDisclosure.AdministrativePenalty.PreviousYearItems);
        Assert.Null(report.ProactiveDisclosure.AdministrativePenalty.Decisions);
        Assert.Equal(12640532.5m, report.ProactiveDisclosure.CentralizedProcurement.TotalAmount);
        Assert.Null(report.ProactiveDisclosure.CentralizedProcurement.TotalAmountText);
        Assert.Equal(values, Catalog.ReadCells(report));

        values[change.Index] = -1.5m;
        var ex = Assert.Throws<ArgumentException>(() => Catalog.CreateReport(metadata, values));
        Assert.Contains(change.Pointer, ex.Message, StringComparison.Ordinal);
        values[change.Index] = null;
        values[previous.Index] = -1;
        ex = Assert.Throws<ArgumentException>(() => Catalog.CreateReport(metadata, values));
        Assert.Contains(previous.Pointer, ex.Message, StringComparison.Ordinal);
        values[previous.Index] = null;
        values[amount.Index] = -0.01m;
        ex = Assert.Throws<ArgumentException>(() => Catalog.CreateReport(metadata, values));
        Assert.Contains(amount.Pointer, ex.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => Catalog.CreateReport(metadata, new decimal?[200]));
    }

    [Fact]
    public void Json_writes_the_2019_edition_first_and_keeps_signs_and_the_printed_amount()
    {
        var path = Paths.Fixture("2019", "valid-shili-township-2020.json");
        var report = (DisclosureReport2019)DisclosureJson.Deserialize(File.ReadAllText(path));
        Assert.Equal(ReportEdition.Edition2019, report.Edition);
        Assert.Equal(356000m, report.ProactiveDisclosure.CentralizedProcurement.TotalAmount);
        Assert.Equal("35.6万元", report.ProactiveDisclosure.CentralizedProcurement.TotalAmountText);

        var written = DisclosureJson.Serialize(report with
        {
            ProactiveDisclosure = report.ProactiveDisclosure with
            {
                AdministrativeFees = new ItemChange { PreviousYearItems = 3, Change = -3 },
                CentralizedProcurement = report.ProactiveDisclosure.CentralizedProcurement with { TotalAmountText = null },
            },
        });
        Assert.StartsWith("{\n  \"edition\": \"2019\",\n  \"metadata\": {", written, StringComparison.Ordinal);
        Assert.Contains("\"administrativeFees\": {\n      \"previousYearItems\": 3,\n      \"change\": -3\n    }", written, StringComparison.Ordinal);
        Assert.DoesNotContain("totalAmountText", written, StringComparison.Ordinal);
        Assert.Equal(-3, ((DisclosureReport2019)DisclosureJson.Deserialize(written)).ProactiveDisclosure.AdministrativeFees.Change);
    }

    [Fact]
    public void A_catalog_refuses_a_report_of_the_other_edition()
    {
        var report2021 = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2021", "valid-shili-housing-2021.json")));
        var report2019 = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2019", "valid-shili-housing-2020.json")));
        Assert.Throws<ArgumentException>(() => Catalog.ReadCells(report2021));
        Assert.Throws<ArgumentException>(() => LayoutCatalog.Edition2021.ReadCells(report2019));
        Assert.Throws<ArgumentException>(() => Catalog.Cells[0].GetValue(report2021));
    }

    private static string Between(string text, string start, string end)
    {
        var s = text.Substring(text.IndexOf(start, StringComparison.Ordinal));
        return s.Substring(0, s.IndexOf(end, StringComparison.Ordinal));
    }

    private static string JsonValueKind(JsonNode? node) => node?.GetValueKind().ToString().ToLowerInvariant() ?? "null";

    private static IEnumerable<(string Pointer, JsonNode? Leaf)> Leaves(JsonNode? node, string pointer) =>
        node is JsonObject obj ? obj.SelectMany(p => Leaves(p.Value, pointer + "/" + p.Key)) : [(pointer, node)];

    private static JsonNode? Resolve(JsonNode root, string pointer, out bool present)
    {
        JsonNode? node = root;
        present = true;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            var name = segment.Replace("~1", "/").Replace("~0", "~");
            if (node is not JsonObject obj || !obj.ContainsKey(name))
            {
                present = false;
                return null;
            }

            node = obj[name];
        }

        return node;
    }
}
