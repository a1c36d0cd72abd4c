using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Disclosure.Format.Generators;

/// <summary>How a member of a row object is read and written.</summary>
internal enum MemberKind
{
    /// <summary>A non-negative count (<c>int?</c>): a cell.</summary>
    Count,

    /// <summary>A count that may be negative (<c>int?</c> with <c>SignedCountConverter</c>): a cell.</summary>
    SignedCount,

    /// <summary>An amount (<c>decimal?</c>): a cell.</summary>
    Amount,

    /// <summary>A text beside the cells (<c>string?</c>), read and written by JSON only.</summary>
    Text,

    /// <summary>A row object or a group of rows.</summary>
    Object,

    /// <summary>The report's edition (its first member, read before the rest).</summary>
    Edition,

    /// <summary>A part of the report that is neither a table nor a text, read by a hand-written <c>Read{Type}</c>.</summary>
    Part,
}

/// <summary>One member of a row or group, in the record's JSON order.</summary>
internal sealed class Member
{
    public Member(string name, string jsonName, MemberKind kind, bool required, RecordShape? shape, string? typeFullName = null, string? typeName = null)
    {
        TypeFullName = typeFullName ?? shape?.FullName;
        TypeName = typeName ?? shape?.Name;
        Name = name;
        JsonName = jsonName;
        Kind = kind;
        Required = required;
        Shape = shape;
    }

    public string Name { get; }

    public string JsonName { get; }

    public MemberKind Kind { get; }

    public bool Required { get; }

    public RecordShape? Shape { get; }

    /// <summary>The member's type, for objects and parts.</summary>
    public string? TypeFullName { get; }

    /// <summary>The member's type's simple name (its reader is <c>Read{TypeName}</c>).</summary>
    public string? TypeName { get; }

    public bool IsCell => Kind is MemberKind.Count or MemberKind.SignedCount or MemberKind.Amount;
}

/// <summary>
/// A record type as the row walkers see it: a row (its members are cells, with texts beside them) or a group (its
/// members are rows and groups). Read from the compilation's symbols, so the record is the declaration.
/// </summary>
internal sealed class RecordShape
{
    private RecordShape(string fullName, string name, bool isRow)
    {
        FullName = fullName;
        Name = name;
        IsRow = isRow;
    }

    public string FullName { get; }

    public string Name { get; }

    public bool IsRow { get; }

    public List<Member> Members { get; } = new();

    /// <summary>The number of cells under this object.</summary>
    public int CellCount => Members.Sum(m => m.IsCell ? 1 : m.Shape?.CellCount ?? 0);

    /// <summary>
    /// The shape of <paramref name="type"/>, or <see langword="null"/> when it is neither a row nor a group (metadata,
    /// free text). <paramref name="problems"/> collects what makes a record unusable (reported as diagnostics).
    /// </summary>
    public static RecordShape? Of(ITypeSymbol type, Dictionary<string, RecordShape?> known, List<string> problems)
    {
        if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Class || named.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        var fullName = named.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (known.TryGetValue(fullName, out var done)) return done;
        known[fullName] = null; // a cycle is neither a row nor a group

        var properties = Properties(named);
        if (properties.Count == 0) return null;
        var kinds = properties.Select(p => CellKind(p)).ToList();
        RecordShape shape;
        if (kinds.All(k => k is not null) && kinds.Any(k => k != MemberKind.Text))
        {
            shape = new RecordShape(fullName, named.Name, isRow: true);
            for (var i = 0; i < properties.Count; i++)
            {
                shape.Members.Add(new Member(properties[i].Name, JsonName(properties[i]), kinds[i]!.Value, properties[i].IsRequired, null));
            }
        }
        else
        {
            var children = new List<RecordShape>();
            foreach (var p in properties)
            {
                var child = Of(p.Type, known, problems);
                if (child is null) return null;
                children.Add(child);
            }

            shape = new RecordShape(fullName, named.Name, isRow: false);
            for (var i = 0; i < properties.Count; i++)
            {
                shape.Members.Add(new Member(properties[i].Name, JsonName(properties[i]), MemberKind.Object, properties[i].IsRequired, children[i]));
            }
        }

        if (shape.Members.Count > 31)
        {
            problems.Add($"{named.Name} has {shape.Members.Count} members; the single-pass reader tracks at most 31 per object.");
        }

        known[fullName] = shape;
        return shape;
    }

    /// <summary>The public instance properties of <paramref name="type"/> and its bases, in JSON order.</summary>
    public static List<IPropertySymbol> Properties(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        var list = new List<(IPropertySymbol Property, int Order, int Position)>();
        foreach (var t in chain)
        {
            foreach (var p in t.GetMembers().OfType<IPropertySymbol>())
            {
                if (p.IsStatic || p.DeclaredAccessibility != Accessibility.Public || p.IsIndexer || p.GetMethod is null || p.IsOverride
                    || IsIgnored(p))
                {
                    continue;
                }

                list.Add((p, Order(p), list.Count));
            }
        }

        return list.OrderBy(x => x.Order).ThenBy(x => x.Position).Select(x => x.Property).ToList();
    }

    private static MemberKind? CellKind(IPropertySymbol p)
    {
        var type = p.Type;
        if (type.SpecialType == SpecialType.System_String) return MemberKind.Text;
        if (type is not INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) return null;
        return nullable.TypeArguments[0].SpecialType switch
        {
            SpecialType.System_Int32 => p.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonConverterAttribute"
                && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is INamedTypeSymbol { Name: "SignedCountConverter" })
                ? MemberKind.SignedCount
                : MemberKind.Count,
            SpecialType.System_Decimal => MemberKind.Amount,
            _ => null,
        };
    }

    private static int Order(IPropertySymbol p)
    {
        foreach (var a in p.GetAttributes())
        {
            if (a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonPropertyOrderAttribute"
                && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is int order)
            {
                return order;
            }
        }

        return 0;
    }

    /// <summary>Whether <c>[JsonIgnore]</c> leaves the member out always (not only when it is null or default).</summary>
    private static bool IsIgnored(IPropertySymbol p) =>
        p.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonIgnoreAttribute"
            && a.NamedArguments.All(n => n.Key != "Condition" || n.Value.Value is 1 /* JsonIgnoreCondition.Always */));

    /// <summary>The member's JSON name: <c>[JsonPropertyName]</c>, else the camel-case name of System.Text.Json's policy.</summary>
    public static string JsonName(IPropertySymbol p)
    {
        foreach (var a in p.GetAttributes())
        {
            if (a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonPropertyNameAttribute"
                && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return CamelCase(p.Name);
    }

    /// <summary>
    /// The camel-case name System.Text.Json's policy gives an identifier: its leading capitals are lowered, except that
    /// the last of two or more is kept when a lower-case letter or a digit follows it, as the first letter of the next
    /// word (<c>NaturalPerson</c> → <c>naturalPerson</c>, <c>URLValue</c> → <c>urlValue</c>).
    /// </summary>
    public static string CamelCase(string name)
    {
        var capitals = 0;
        while (capitals < name.Length && char.IsUpper(name[capitals])) capitals++;
        if (capitals == 0) return name;
        var lowered = capitals == 1 || capitals == name.Length ? capitals : capitals - 1;
        return name.Substring(0, lowered).ToLowerInvariant() + name.Substring(lowered);
    }

    public override string ToString() => Name;
}
