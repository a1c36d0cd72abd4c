using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Disclosure.Format.Schema;

/// <summary>
/// The XML documentation of Disclosure.Format, embedded in this assembly at build time, rendered as plain text for
/// schema descriptions. The model's summaries follow one convention, <c>中文标签: English explanation.</c>, which
/// gives a member without an entry in the layout catalog its schema title.
/// </summary>
internal sealed class XmlDocumentation
{
    private const string ResourceName = "Disclosure.Format.xml";
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);
    private static readonly Regex Cjk = new(@"\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant);
    private static XmlDocumentation? instance;

    private readonly Dictionary<string, XElement> members;

    private XmlDocumentation(XDocument document)
    {
        members = document.Root?.Element("members")?.Elements("member")
                      .Where(m => m.Attribute("name") is not null)
                      .GroupBy(m => m.Attribute("name")!.Value, StringComparer.Ordinal)
                      .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
                  ?? new Dictionary<string, XElement>(StringComparer.Ordinal);
    }

    public static XmlDocumentation Instance => instance ??= Load();

    /// <summary>The rendered summary of a type.</summary>
    /// <exception cref="InvalidOperationException">The type has no summary.</exception>
    public string Summary(Type type) => Render("T:" + XmlName(type));

    /// <summary>
    /// The rendered summary of a property, taken from its original declaration (an override's base property), so
    /// that <c>edition</c> is described by the base record rather than by <c>Always Edition2021</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The property has no summary.</exception>
    public string Summary(PropertyInfo property)
    {
        var accessor = property.GetMethod ?? property.SetMethod
            ?? throw new InvalidOperationException($"The property {property.Name} has no accessor.");
        var declaring = accessor.GetBaseDefinition().DeclaringType ?? property.DeclaringType!;
        return Render("P:" + XmlName(declaring) + "." + property.Name);
    }

    /// <summary>
    /// Splits a summary written as <c>中文标签: English explanation</c> into its label, or returns
    /// <see langword="null"/> when the summary does not start with a Chinese label followed by <c>": "</c>.
    /// </summary>
    public static string? LabelOf(string summary)
    {
        var colon = summary.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var label = summary.Substring(0, colon).Trim();
        return Cjk.IsMatch(label) ? label : null;
    }

    private static XmlDocumentation Load()
    {
        using var stream = typeof(XmlDocumentation).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(XmlDocumentation).Assembly.GetName().Name}.");
        return new XmlDocumentation(XDocument.Load(stream));
    }

    private static string XmlName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private string Render(string id)
    {
        if (!members.TryGetValue(id, out var member) || member.Element("summary") is not { } summary)
        {
            throw new InvalidOperationException(
                $"Disclosure.Format's XML documentation has no <summary> for {id}; every member the schema describes needs one.");
        }

        var text = new StringBuilder();
        AppendNodes(text, summary.Nodes());
        var rendered = Whitespace.Replace(text.ToString(), " ").Trim();
        return rendered.Length > 0
            ? rendered
            : throw new InvalidOperationException($"The <summary> of {id} is empty.");
    }

    private static void AppendNodes(StringBuilder text, IEnumerable<XNode> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    if (see.Attribute("langword") is { } word) text.Append(word.Value);
                    else if (!see.IsEmpty) AppendNodes(text, see.Nodes());
                    else if (see.Attribute("cref") is { } cref) text.Append(CrefText(cref.Value));
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    text.Append(reference.Attribute("name")?.Value);
                    break;
                case XElement { Name.LocalName: "para" or "br" } block:
                    text.Append(' ');
                    AppendNodes(text, block.Nodes());
                    text.Append(' ');
                    break;
                case XElement element:
                    AppendNodes(text, element.Nodes());
                    break;
            }
        }
    }

    /// <summary><c>T:A.B.Type</c> → <c>Type</c>; <c>F:A.B.Type.Member</c> → <c>Type.Member</c> (parameters dropped).</summary>
    private static string CrefText(string cref)
    {
        var kind = cref.Length > 2 && cref[1] == ':' ? cref[0] : 'T';
        var name = cref.Length > 2 && cref[1] == ':' ? cref.Substring(2) : cref;
        var paren = name.IndexOf('(');
        if (paren >= 0) name = name.Substring(0, paren);
        var parts = name.Split('.');
        return kind == 'T' || parts.Length < 2 ? parts[parts.Length - 1] : parts[parts.Length - 2] + "." + parts[parts.Length - 1];
    }
}
