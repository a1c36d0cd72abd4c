using System.Collections.Generic;
using System.Linq;

namespace Disclosure.Format.Generators;

/// <summary>
/// The single-pass JSON reader's part: for every table, group and row type of every edition, the table of its member
/// names (in JSON order, so that the canonical order finds each name at the first comparison) and a reader that
/// returns the object, or <see langword="null"/> to decline (the strict path then reads and diagnoses the document).
/// </summary>
internal static class FastReaderEmitter
{
    public static string Emit(IReadOnlyList<Edition> editions)
    {
        var shapes = new List<RecordShape>();
        var seen = new HashSet<string>();
        foreach (var e in editions)
        {
            foreach (var t in e.Tables) Collect(t.Shape!, shapes, seen);
        }

        var w = new CodeWriter();
        w.Line("using System.Text.Json;").Line();
        w.Line("namespace Disclosure.Format.Json;").Line();
        w.Open("internal static partial class FastReportReader");
        foreach (var s in shapes)
        {
            var names = string.Join(", ", s.Members.Select(m => $"\"{m.JsonName}\""));
            w.Line($"private static readonly byte[][] {s.Name}Names = Names({names});");
        }

        foreach (var s in shapes)
        {
            w.Line();
            if (s.IsRow && s.Members.All(m => m.Kind == MemberKind.Count && m.Required))
            {
                Counts(w, s);
            }
            else
            {
                Members(w, s);
            }
        }

        foreach (var e in editions)
        {
            w.Line();
            Report(w, e);
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Reads the members after <c>\"edition\"</c> of a report of the edition written <paramref name=\"edition\"/>, or");
        w.Line("/// returns <see langword=\"null\"/> to decline (an edition it does not know, or anything it does not read).");
        w.Line("/// </summary>");
        w.Open("private static global::Disclosure.Format.Model.DisclosureReport? ReadEdition(scoped global::System.ReadOnlySpan<byte> edition, ref ReportScanner reader)");
        foreach (var e in editions)
        {
            w.Line($"if (global::System.MemoryExtensions.SequenceEqual(edition, \"{e.JsonEdition}\"u8)) return Read{e.ReportName}(ref reader);");
        }

        w.Line("return null;");
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>The report's own members after the edition: its parts by their hand-written readers, its tables by the generated ones.</summary>
    private static void Report(CodeWriter w, Edition e)
    {
        var state = e.ReportName + "State";
        var members = e.Root;
        w.Line($"private static readonly byte[][] {e.ReportName}Names = Names({string.Join(", ", members.Select(m => $"\"{m.JsonName}\""))});").Line();
        w.Line($"/// <summary>The members of <see cref=\"{e.ReportFullName}\"/> read so far (the edition is read first).</summary>");
        w.Open($"private struct {state}");
        for (var i = 1; i < members.Count; i++) w.Line($"public {FieldType(members[i])} M{i};");
        w.Close().Line();

        var required = 0;
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Required) required |= 1 << i;
        }

        w.Line($"/// <summary>The members of a report of the edition after its <c>\"edition\"</c> (already read).</summary>");
        w.Open($"private static {e.ReportFullName}? Read{e.ReportName}(ref ReportScanner reader)");
        w.Line($"var s = default({state});");
        w.Line($"return Members(ref reader, {e.ReportName}Names, 0b{System.Convert.ToString(required, 2)}, ref s,");
        w.Line($"    static (ref ReportScanner r, int m, ref {state} s) => m switch");
        w.Line("    {");
        for (var i = 1; i < members.Count; i++) w.Line($"        {i} => {ReadMember(members[i], i)},");
        w.Line("        _ => false,");
        w.Line("    },");
        w.Line("    seen: 1,");
        w.Line("    next: 1)");
        w.Line($"    ? new {e.ReportFullName}");
        w.Line("    {");
        for (var i = 1; i < members.Count; i++)
        {
            var bang = members[i].Kind is MemberKind.Object or MemberKind.Part or MemberKind.Text && members[i].Required ? "!" : "";
            w.Line($"        {members[i].Name} = s.M{i}{bang},");
        }

        w.Line("    }");
        w.Line("    : null;");
        w.Close();
    }

    /// <summary>Children first, each type once.</summary>
    private static void Collect(RecordShape shape, List<RecordShape> shapes, HashSet<string> seen)
    {
        if (!seen.Add(shape.FullName)) return;
        foreach (var m in shape.Members)
        {
            if (m.Shape is { } child) Collect(child, shapes, seen);
        }

        shapes.Add(shape);
    }

    /// <summary>A row of required non-negative counts: one stack buffer, no state type.</summary>
    private static void Counts(CodeWriter w, RecordShape s)
    {
        w.Open($"private static {s.FullName}? Read{s.Name}(ref ReportScanner reader)");
        w.Line($"global::System.Span<int?> v = stackalloc int?[{s.Members.Count}];");
        w.Line($"return Counts(ref reader, {s.Name}Names, v)");
        w.Line($"    ? new {s.FullName}");
        w.Line("    {");
        for (var i = 0; i < s.Members.Count; i++) w.Line($"        {s.Members[i].Name} = v[{i}],");
        w.Line("    }");
        w.Line("    : null;");
        w.Close();
    }

    /// <summary>Any other object: a state struct with a field per member, filled by one member reader.</summary>
    private static void Members(CodeWriter w, RecordShape s)
    {
        var state = s.Name + "State";
        w.Line($"/// <summary>The members of <see cref=\"{s.FullName}\"/> read so far.</summary>");
        w.Open($"private struct {state}");
        for (var i = 0; i < s.Members.Count; i++) w.Line($"public {FieldType(s.Members[i])} M{i};");
        w.Close().Line();

        var required = 0;
        for (var i = 0; i < s.Members.Count; i++)
        {
            if (s.Members[i].Required) required |= 1 << i;
        }

        w.Open($"private static {s.FullName}? Read{s.Name}(ref ReportScanner reader)");
        w.Line($"var s = default({state});");
        w.Line($"return Object(ref reader, {s.Name}Names, 0b{System.Convert.ToString(required, 2)}, ref s,");
        w.Line($"    static (ref ReportScanner r, int m, ref {state} s) => m switch");
        w.Line("    {");
        for (var i = 0; i < s.Members.Count; i++) w.Line($"        {i} => {ReadMember(s.Members[i], i)},");
        w.Line("        _ => false,");
        w.Line("    })");
        w.Line($"    ? new {s.FullName}");
        w.Line("    {");
        for (var i = 0; i < s.Members.Count; i++)
        {
            var bang = s.Members[i].Kind == MemberKind.Object && s.Members[i].Required ? "!" : "";
            w.Line($"        {s.Members[i].Name} = s.M{i}{bang},");
        }

        w.Line("    }");
        w.Line("    : null;");
        w.Close();
    }

    private static string FieldType(Member m) => m.Kind switch
    {
        MemberKind.Count or MemberKind.SignedCount => "int?",
        MemberKind.Amount => "decimal?",
        MemberKind.Text => "string?",
        _ => m.TypeFullName + "?",
    };

    private static string ReadMember(Member m, int i) => m.Kind switch
    {
        MemberKind.Count => $"Count(ref r, out s.M{i})",
        MemberKind.SignedCount => $"SignedCount(ref r, out s.M{i})",
        MemberKind.Amount => $"Amount(ref r, out s.M{i})",
        MemberKind.Text when m.Required => $"(s.M{i} = Text(ref r)) is not null",
        MemberKind.Text => $"OptionalText(ref r, out s.M{i})",
        MemberKind.Part when !m.Required => $"r.TokenType == JsonTokenType.Null || (s.M{i} = Read{m.TypeName}(ref r)) is not null",
        _ => $"(s.M{i} = Read{m.TypeName}(ref r)) is not null",
    };
}
