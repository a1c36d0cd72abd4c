using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;

namespace Disclosure.Format.Validation;

/// <summary>
/// The rule catalog as JSON, for partners who run the same rules in other languages: for every rule its code,
/// severity, bilingual title and description, formula in the format's labels and, for each check, the JSON Pointers of
/// its cells (one entry per column or row of a per-column or per-row rule). The catalogs of the library's rule sets are
/// committed as <c>schema/rules-2021.json</c> and <c>schema/rules-cross-year.json</c> and embedded in this assembly.
/// </summary>
/// <example>
/// <code>
/// string json = RuleCatalog.GetJson(ReportEdition.Edition2021);   // the committed catalog
/// string mine = RuleCatalog.Export(RuleSet.Edition2021.With(myRule)); // a catalog of your own set
/// </code>
/// </example>
public static class RuleCatalog
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The resource name of a catalog embedded in this assembly.</summary>
    internal static string ResourceName(string file) => "schema/" + file;

    /// <summary>The file name of an edition's committed catalog, e.g. <c>rules-2021.json</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This version of the library has no rules for the edition.</exception>
    public static string FileName(ReportEdition edition)
    {
        _ = RuleSet.For(edition);
        return $"rules-{EditionNames.ToJson(edition)}.json";
    }

    /// <summary>The file name of the committed cross-year catalog: <c>rules-cross-year.json</c>.</summary>
    public const string CrossYearFileName = "rules-cross-year.json";

    /// <summary>Returns the committed catalog of the rules of one report in <paramref name="edition"/> (<c>schema/rules-2021.json</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">This version of the library has no rules for the edition.</exception>
    public static string GetJson(ReportEdition edition) => ReadResource(FileName(edition));

    /// <summary>Returns the committed catalog of the cross-year rules (<c>schema/rules-cross-year.json</c>).</summary>
    public static string GetCrossYearJson() => ReadResource(CrossYearFileName);

    /// <summary>
    /// Writes the catalog of a rule set as canonical JSON (two-space indentation, <c>\n</c> line ends, readable Chinese,
    /// final newline). For the library's sets this is exactly the committed file.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public static string Export(RuleSet rules)
    {
        if (rules is null) throw new ArgumentNullException(nameof(rules));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Indented = true,
                   IndentSize = 2,
                   NewLine = "\n",
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            Write(writer, rules);
        }

        buffer.WriteByte((byte)'\n');
        return Utf8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, RuleSet rules)
    {
        var space = rules.Space;
        writer.WriteStartObject();
        if (rules.IsCrossYear)
        {
            writer.WriteString("scope", "crossYear");
            writer.WriteString("previousReportPrefix", SumCheck.PreviousReportPrefix);
        }
        else
        {
            writer.WriteString("scope", "report");
            writer.WriteString("edition", EditionNames.ToJson(rules.Edition!.Value));
            writer.WriteString("formatTitle", space.Current.FormatTitle);
            writer.WriteString("documentNumber", space.Current.DocumentNumber);
        }

        writer.WriteString("notAssessableCode", rules.NotAssessableCode);
        writer.WriteStartArray("rules");
        var compiled = rules.Compiled;
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            var rule = rules.Rules[i];
            writer.WriteStartObject();
            writer.WriteString("code", rule.Code);
            writer.WriteString("severity", SeverityName(rule.Severity));
            writer.WriteString("kind", KindName(rule.Kind));
            if (rule.Reference is not null) writer.WriteString("reference", rule.Reference);
            writer.WriteStartObject("title");
            writer.WriteString("zh", rule.TitleZh);
            writer.WriteString("en", rule.Title);
            writer.WriteEndObject();
            if (rule.Description is not null || rule.DescriptionZh is not null)
            {
                writer.WriteStartObject("description");
                if (rule.DescriptionZh is not null) writer.WriteString("zh", rule.DescriptionZh);
                if (rule.Description is not null) writer.WriteString("en", rule.Description);
                writer.WriteEndObject();
            }

            if (rule.Formula is not null) writer.WriteString("formula", rule.Formula);
            rule.WriteCatalog(writer, compiled[i]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string KindName(RuleKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    private static string ReadResource(string file)
    {
        using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream(ResourceName(file))
                           ?? throw new InvalidOperationException($"The rule catalog {file} is not embedded in this build.");
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd();
    }
}
