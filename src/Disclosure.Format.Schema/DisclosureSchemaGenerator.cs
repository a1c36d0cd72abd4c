using System.Globalization;
using System.Text;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Schemas;

namespace Disclosure.Format.Schema;

/// <summary>
/// Generates the JSON Schema (draft-07) of an edition's report document from the Disclosure.Format model with
/// NJsonSchema, post-processed into a standard schema that strict validators (ajv in strict mode, JsonSchema.Net,
/// Python's <c>jsonschema</c>) load without warnings. The result is byte for byte the file committed under
/// <c>schema/</c> and embedded in the core package (<see cref="DisclosureSchemas"/>); use this class to produce it
/// yourself, for instance in a build step.
/// </summary>
/// <remarks>
/// <para>What the schema states, and where it comes from:</para>
/// <list type="bullet">
/// <item>Every object has <c>additionalProperties: false</c>; every C# <c>required</c> member is in <c>required</c>;
/// <c>"edition"</c> is required and pinned (<c>enum: ["2021"]</c>).</item>
/// <item>Counts are integers from 0 to 2147483647, amounts of money are numbers from 0 (no <c>multipleOf</c>), as the
/// reader accepts them; the kind of each table cell comes from the layout catalog (<see cref="CellLayout.ValueKind"/>).</item>
/// <item><c>null</c> is allowed exactly where the reader allows it: blank cells and optional members.</item>
/// <item>Titles are the official Chinese labels from the layout catalog (sections, rows, columns); members the
/// form does not print take the label their XML documentation starts with. Descriptions are the members' XML
/// documentation summaries.</item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// // In a build step: write schema/disclosure-report-2021.schema.json (and one file per other edition).
/// DisclosureSchemaGenerator.WriteFiles("schema");
/// </code>
/// </example>
public static class DisclosureSchemaGenerator
{
    private static readonly Lazy<IReadOnlyList<ReportEdition>> SupportedEditions = new(FindEditions);

    /// <summary>The JSON Schema dialect of the generated schemas: <c>http://json-schema.org/draft-07/schema#</c>.</summary>
    public static string Dialect => "http://json-schema.org/draft-07/schema#";

    /// <summary>
    /// The revision of the schemas' contract, part of their <c>$id</c>. It changes whenever a schema starts to accept
    /// or reject documents it did not before; descriptions and titles do not change it.
    /// </summary>
    public static int Revision => 1;

    /// <summary>The editions this version can generate a schema for (those with a model and a layout catalog), ascending.</summary>
    public static IReadOnlyList<ReportEdition> Editions => SupportedEditions.Value;

    /// <summary>
    /// The <c>$id</c> of an edition's schema, e.g. <c>urn:disclosure-format:schema:disclosure-report:2021:v1</c>: it
    /// names the edition and the <see cref="Revision"/>.
    /// </summary>
    public static string GetSchemaId(ReportEdition edition) =>
        $"urn:disclosure-format:schema:disclosure-report:{EditionName(edition)}:v{Revision.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Generates the schema of <paramref name="edition"/> as canonical JSON text: UTF-8, two-space indentation,
    /// <c>\n</c> line ends, readable Chinese and a final newline.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The edition is not one of <see cref="Editions"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// The model, the layout catalog and the XML documentation disagree (a member without documentation, a cell
    /// whose kind differs from its property's converter, …); the message says which member.
    /// </exception>
    public static string Generate(ReportEdition edition)
    {
        if (!Editions.Contains(edition))
        {
            throw new ArgumentOutOfRangeException(nameof(edition), edition,
                "This version of Disclosure.Format.Schema cannot generate a schema for this edition (no model or no layout catalog).");
        }

        return new SchemaBuilder(edition, RootTypeOf(edition)!, LayoutCatalog.For(edition), GetSchemaId(edition), Dialect).Build();
    }

    /// <summary>
    /// Writes the schema of every edition in <see cref="Editions"/> into <paramref name="directory"/> (created when
    /// missing) under its file name (<see cref="DisclosureSchemas.GetFileName"/>), as UTF-8 without a byte-order mark.
    /// </summary>
    /// <returns>The paths of the files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static IReadOnlyList<string> WriteFiles(string directory)
    {
        if (directory is null) throw new ArgumentNullException(nameof(directory));
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var edition in Editions)
        {
            var path = Path.Combine(directory, DisclosureSchemas.GetFileName(edition));
            File.WriteAllText(path, Generate(edition), new UTF8Encoding(false));
            written.Add(path);
        }

        return written;
    }

    private static string EditionName(ReportEdition edition) => ((int)edition).ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyList<ReportEdition> FindEditions()
    {
        var editions = new List<ReportEdition>();
        foreach (ReportEdition edition in Enum.GetValues(typeof(ReportEdition)))
        {
            if (RootTypeOf(edition) is null)
            {
                continue;
            }

            try
            {
                _ = LayoutCatalog.For(edition);
                editions.Add(edition);
            }
            catch (ArgumentOutOfRangeException)
            {
                // An edition with a model but no catalog yet.
            }
        }

        return editions.OrderBy(e => e).ToArray();
    }

    /// <summary>The sealed report record of an edition, found by asking each one its <see cref="DisclosureReport.Edition"/>.</summary>
    private static Type? RootTypeOf(ReportEdition edition) =>
        typeof(DisclosureReport).Assembly.GetExportedTypes()
            .Where(t => t.IsSealed && !t.IsAbstract && typeof(DisclosureReport).IsAssignableFrom(t))
            .FirstOrDefault(t => ((DisclosureReport)Uninitialized(t)).Edition == edition);

    private static object Uninitialized(Type type) =>
#if NET
        System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
#else
        System.Runtime.Serialization.FormatterServices.GetUninitializedObject(type);
#endif
}
