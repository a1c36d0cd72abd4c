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
        w.Close();
        return w.ToString();
    }

    private static int Cells(Edition e)
    {
        var count = 0;
        foreach (var t in e.Tables) count += t.Shape!.CellCount;
        return count;
    }

    private static void Object(CodeWriter w, string expression, RecordShape shape, ref int n)
    {
        var v = "v" + n++;
        w.Line($"var {v} = {expression};");
        w.Line($"if ({v} is null)");
        w.Line("{");
        w.Line($"    Missing({shape.CellCount});");
        w.Line("}");
        w.Open("else");
        foreach (var m in shape.Members)
        {
            switch (m.Kind)
            {
                case MemberKind.Object:
                    Object(w, v + "." + m.Name, m.Shape!, ref n);
                    break;
                case MemberKind.Amount:
                    w.Line($"Amount({v}.{m.Name});");
                    break;
                case MemberKind.Count:
                case MemberKind.SignedCount:
                    w.Line($"Int({v}.{m.Name});");
                    break;
            }
        }

        w.Close();
    }
}
