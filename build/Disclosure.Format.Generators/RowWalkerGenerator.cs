using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Disclosure.Format.Generators;

/// <summary>
/// Writes, for each edition's catalog marked <c>[EditionRecord(typeof(TReport))]</c>, the code that walks the rows of
/// the edition's record: the catalog's cell pointers and accessors and the report assembly from cells
/// (<c>{Catalog}.g.cs</c>), the validator's slot writer (<c>SlotWriter.{Report}.g.cs</c>) and the single-pass JSON
/// reader's name tables and object readers (<c>FastReportReader.Rows.g.cs</c>). The record is read from the
/// compilation: a table is a member of the report whose type holds only rows and groups; a row holds cells
/// (<c>int?</c>, <c>decimal?</c>) and texts beside them. A new row is a new property and its catalog entry.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RowWalkerGenerator : IIncrementalGenerator
{
    /// <summary>The marker attribute, declared in the core library.</summary>
    public const string AttributeName = "Disclosure.Format.Layout.EditionRecordAttribute";

    private static readonly DiagnosticDescriptor Unusable = new(
        "DFGEN01", "Edition record cannot be walked", "{0}", "Disclosure.Format.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var editions = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
            static (ctx, ct) => Read(ctx, ct));
        context.RegisterSourceOutput(editions.Collect(), static (spc, all) => Emit(spc, all));
    }

    private static Edition Read(GeneratorAttributeSyntaxContext ctx, CancellationToken ct)
    {
        var catalog = (INamedTypeSymbol)ctx.TargetSymbol;
        var problems = new List<string>();
        var arguments = ctx.Attributes[0].ConstructorArguments;
        var report = arguments.Length > 0 ? arguments[0].Value as INamedTypeSymbol : null;
        var jsonEdition = arguments.Length > 1 ? arguments[1].Value as string : null;
        var root = new List<Member>();
        if (report is null || string.IsNullOrEmpty(jsonEdition))
        {
            problems.Add($"{catalog.Name}: [EditionRecord] needs the report's record type and its edition as written in JSON.");
        }
        else
        {
            var known = new Dictionary<string, RecordShape?>();
            var properties = RecordShape.Properties(report);
            for (var i = 0; i < properties.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var p = properties[i];
                var name = RecordShape.JsonName(p);
                if (p.Type.TypeKind == TypeKind.Enum)
                {
                    if (i != 0) problems.Add($"{report.Name}.{p.Name}: only the first member, the edition, may be an enumeration.");
                    root.Add(new Member(p.Name, name, MemberKind.Edition, true, null));
                }
                else if (p.Type.SpecialType == SpecialType.System_String)
                {
                    root.Add(new Member(p.Name, name, MemberKind.Text, p.IsRequired, null));
                }
                else if (RecordShape.Of(p.Type, known, problems) is { IsRow: false } group)
                {
                    root.Add(new Member(p.Name, name, MemberKind.Object, p.IsRequired, group));
                }
                else if (p.Type is INamedTypeSymbol { TypeKind: TypeKind.Class } other)
                {
                    root.Add(new Member(p.Name, name, MemberKind.Part, p.IsRequired, null, other.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), other.Name));
                }
                else
                {
                    problems.Add($"{report.Name}.{p.Name}: a report's member is its edition, a text, a table or a part read by hand.");
                }
            }

            if (root.Count == 0 || root[0].Kind != MemberKind.Edition) problems.Add($"{report.Name}: the first member must be the edition.");
            if (!root.Any(m => m.Kind == MemberKind.Object)) problems.Add($"{report.Name} has no table (a member holding rows).");
            if (root.Count > 31) problems.Add($"{report.Name} has {root.Count} members; the single-pass reader tracks at most 31 per object.");
        }

        return new Edition(catalog, report, jsonEdition ?? "", root, problems, ctx.TargetNode.GetLocation());
    }

    private static void Emit(SourceProductionContext spc, ImmutableArray<Edition> editions)
    {
        var ok = new List<Edition>();
        foreach (var e in editions)
        {
            foreach (var problem in e.Problems) spc.ReportDiagnostic(Diagnostic.Create(Unusable, e.Location, problem));
            if (e.Problems.Count == 0) ok.Add(e);
        }

        if (ok.Count == 0) return;
        var ordered = ok.OrderBy(e => e.CatalogName, System.StringComparer.Ordinal).ToList();
        foreach (var e in ordered)
        {
            spc.AddSource(e.CatalogName + ".g.cs", CatalogEmitter.Emit(e));
            spc.AddSource("SlotWriter." + e.ReportName + ".g.cs", SlotWriterEmitter.Emit(e));
        }

        spc.AddSource("FastReportReader.Rows.g.cs", FastReaderEmitter.Emit(ordered));
        spc.AddSource("SlotWriter.Editions.g.cs", SlotWriterEmitter.EmitDispatch(ordered));
    }
}

/// <summary>One edition: its catalog class, its report record and the record's tables.</summary>
internal sealed class Edition
{
    public Edition(INamedTypeSymbol catalog, INamedTypeSymbol? report, string jsonEdition, List<Member> root, List<string> problems, Location location)
    {
        JsonEdition = jsonEdition;
        Root = root;
        var tables = root.Where(m => m.Kind == MemberKind.Object).ToList();
        CatalogName = catalog.Name;
        CatalogNamespace = catalog.ContainingNamespace.ToDisplayString();
        ReportName = report?.Name ?? "";
        ReportFullName = report?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) ?? "";
        Tables = tables;
        Problems = problems;
        Location = location;
        foreach (var t in tables) Check(t.Shape!, problems);
    }

    public string CatalogName { get; }

    public string CatalogNamespace { get; }

    public string ReportName { get; }

    public string ReportFullName { get; }

    /// <summary>The tables: the members of the report whose type holds rows.</summary>
    public List<Member> Tables { get; }

    /// <summary>Every member of the report, in JSON order (the edition first).</summary>
    public List<Member> Root { get; }

    /// <summary>The edition as the JSON document writes it (<c>"2021"</c>).</summary>
    public string JsonEdition { get; }

    public List<string> Problems { get; }

    public Location Location { get; }

    /// <summary>A text beside cells can only be optional: the catalog assembles a report from cells alone.</summary>
    private static void Check(RecordShape shape, List<string> problems)
    {
        foreach (var m in shape.Members)
        {
            if (m.Kind == MemberKind.Text && m.Required) problems.Add($"{shape.Name}.{m.Name} is a required text in a row; make it optional.");
            if (m.Shape is { } child) Check(child, problems);
        }
    }
}
