using System.Collections.Generic;

namespace Disclosure.Format.Generators;

/// <summary>
/// The validator's part: <c>SlotWriter.Tables(report)</c> writes every cell of the edition's tables in catalog order,
/// fetching each object once; an object that is <see langword="null"/> makes all its cells missing, exactly where the
/// catalog's accessor would throw.
/// </summary>
internal static class SlotWriterEmitter
{
    public static string Emit(Edition e)
    {
        var w = new CodeWriter();
        w.Line("namespace Disclosure.Format.Validation;").Line();
        w.Open("internal ref partial struct SlotWriter");
        w.Line($"/// <summary>Writes the {Cells(e)} cells of <see cref=\"{e.ReportFullName}\"/>'s tables in catalog order.</summary>");
        w.Open($"public void Tables({e.ReportFullName} report)");
        var n = 0;
        foreach (var t in e.Tables) Object(w, "report." + t.Name, t.Shape!, ref n);
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>The dispatch over every edition: <c>TryReport</c> writes a report's tables and then its fee figures.</summary>
    public static string EmitDispatch(IReadOnlyList<Edition> editions)
    {
        var w = new CodeWriter();
        w.Line("namespace Disclosure.Format.Validation;").Line();
        w.Open("internal ref partial struct SlotWriter");
        w.Line("/// <summary>");
        w.Line("/// Writes the slots of <paramref name=\"report\"/> (its tables in catalog order, then the fee figures) when its");
        w.Line("/// record is one of the editions the generator knows; <see langword=\"false\"/>, writing nothing, otherwise.");
        w.Line("/// </summary>");
        w.Open("public bool TryReport(global::Disclosure.Format.Model.DisclosureReport report)");
        w.Open("switch (report)");
        foreach (var e in editions)
        {
            w.Line($"case {e.ReportFullName} r:");
            w.Line("    Tables(r);");
            w.Line("    break;");
        }

        w.Line("default:");
        w.Line("    return false;");
        w.Close().Line();
        w.Line("ProcessingFees(report.OtherMatters);");
        w.Line("return true;");
        w.Close();
        Rows(w, editions);
        w.Close();
        return w.ToString();
    }

    private static int Cells(Edition e)
    {
        var count = 0;
        foreach (var t in e.Tables) count += t.Shape!.CellCount;
        return count;
    }

    /// <summary>A group: fetched once, its rows written by their row type's method, its groups in place.</summary>
    private static void Object(CodeWriter w, string expression, RecordShape shape, ref int n)
    {
        if (shape.IsRow)
        {
            w.Line($"Write{shape.Name}({expression});");
            return;
        }

        var v = "v" + n++;
        w.Line($"var {v} = {expression};");
        w.Line($"if ({v} is null)");
        w.Line("{");
        w.Line($"    Missing({shape.CellCount});");
        w.Line("}");
        w.Open("else");
        foreach (var m in shape.Members)
        {
            if (m.Kind == MemberKind.Object) Object(w, v + "." + m.Name, m.Shape!, ref n);
        }

        w.Close();
    }

    /// <summary>
    /// One method per row type, shared by every row of that type, and never inlined: otherwise the JIT inlines the row
    /// methods into <c>Tables</c>, runs out of its inlining budget and calls <c>Int</c> for every cell (measured: the
    /// validator 10 % slower).
    /// </summary>
    private static void Rows(CodeWriter w, IReadOnlyList<Edition> editions)
    {
        var seen = new HashSet<string>();
        var rows = new List<RecordShape>();
        foreach (var e in editions)
        {
            foreach (var t in e.Tables) CollectRows(t.Shape!, rows, seen);
        }

        foreach (var row in rows)
        {
            w.Line();
            w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
            w.Open($"private void Write{row.Name}({row.FullName}? r)");
            w.Line("if (r is null)");
            w.Line("{");
            w.Line($"    Missing({row.CellCount});");
            w.Line("    return;");
            w.Line("}");
            w.Line();
            foreach (var m in row.Members)
            {
                if (m.Kind == MemberKind.Amount) w.Line($"Amount(r.{m.Name});");
                else if (m.Kind is MemberKind.Count or MemberKind.SignedCount) w.Line($"Int(r.{m.Name});");
            }

            w.Close();
        }
    }

    private static void CollectRows(RecordShape shape, List<RecordShape> rows, HashSet<string> seen)
    {
        if (shape.IsRow)
        {
            if (seen.Add(shape.FullName)) rows.Add(shape);
            return;
        }

        foreach (var m in shape.Members)
        {
            if (m.Shape is { } child) CollectRows(child, rows, seen);
        }
    }
}
