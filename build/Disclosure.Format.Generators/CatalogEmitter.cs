using System.Collections.Generic;
using System.Linq;

namespace Disclosure.Format.Generators;

/// <summary>
/// The catalog's part: the record's cell pointers in order, the pointers of its row and group objects, one accessor per
/// cell, and one reader per table that assembles the table from cell values in catalog order.
/// </summary>
internal static class CatalogEmitter
{
    public static string Emit(Edition e)
    {
        var cells = new List<(string Pointer, string Path)>();
        var objects = new List<string>();
        foreach (var t in e.Tables) Walk(t, "", "", cells, objects);

        var w = new CodeWriter();
        w.Line($"namespace {e.CatalogNamespace};").Line();
        w.Open($"partial class {e.CatalogName}");
        w.Line($"/// <summary>Every cell of <see cref=\"{e.ReportFullName}\"/>'s tables in the record's order: the order the declaration must follow.</summary>");
        w.Open("internal static readonly string[] CellPointers =");
        foreach (var c in cells) w.Line($"\"{c.Pointer}\",");
        w.Close(";").Line();
        w.Line("/// <summary>The pointers of the record's tables, groups and rows (objects that hold cells).</summary>");
        w.Open("internal static readonly string[] ObjectPointers =");
        foreach (var o in objects) w.Line($"\"{o}\",");
        w.Close(";").Line();
        w.Line("/// <summary>The accessor of the cell at <paramref name=\"pointer\"/>, or <see langword=\"null\"/> when the record has none.</summary>");
        w.Open("internal static global::System.Func<global::Disclosure.Format.Model.DisclosureReport, decimal?>? CellAccessor(string pointer) => pointer switch");
        foreach (var c in cells) w.Line($"\"{c.Pointer}\" => static r => Of(r){c.Path},");
        w.Line("_ => null,");
        w.Close(";").Line();
        w.Line($"private static {e.ReportFullName} Of(global::Disclosure.Format.Model.DisclosureReport report) =>");
        w.Line($"    report as {e.ReportFullName}");
        w.Line("    ?? throw new global::System.ArgumentException($\"The report is of edition {report.Edition}, not of this cell's edition.\", nameof(report));");
        foreach (var t in e.Tables)
        {
            w.Line();
            w.Line($"/// <summary>Assembles <c>{t.JsonName}</c> from the next {t.Shape!.CellCount} cell values, in catalog order.</summary>");
            w.Line($"internal static {t.Shape.FullName} Read{t.Name}(global::Disclosure.Format.Layout.CellCursor c) =>");
            w.Line("    " + New(t.Shape, 1) + ";");
        }

        w.Close();
        return w.ToString();
    }

    private static void Walk(Member m, string pointer, string path, List<(string, string)> cells, List<string> objects)
    {
        pointer += "/" + m.JsonName;
        path += "." + m.Name;
        if (m.Shape is null)
        {
            cells.Add((pointer, path));
            return;
        }

        objects.Add(pointer);
        foreach (var child in m.Shape.Members)
        {
            if (child.IsCell || child.Kind == MemberKind.Object) Walk(child, pointer, path, cells, objects);
        }
    }

    private static string New(RecordShape shape, int depth)
    {
        var pad = new string(' ', (depth + 1) * 4);
        var parts = shape.Members
            .Where(m => m.Kind != MemberKind.Text)
            .Select(m => $"{pad}{m.Name} = {(m.Kind switch { MemberKind.Object => New(m.Shape!, depth + 1), MemberKind.Amount => "c.Decimal()", _ => "c.Int()" })},");
        return $"new {shape.FullName}\n{new string(' ', depth * 4)}{{\n{string.Join("\n", parts)}\n{new string(' ', depth * 4)}}}";
    }
}
