using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Disclosure.Format.Layout;
using NJsonSchema.Generation;

namespace Disclosure.Format.Schema;

/// <summary>
/// Builds one edition's schema: NJsonSchema generates the draft-04 skeleton from the model (names, nesting,
/// definitions, <c>required</c>, nullability, <c>additionalProperties</c>); this class checks that skeleton against
/// the System.Text.Json contract and rewrites it into draft-07 with the reader's exact value rules, the catalog's
/// titles and the XML documentation's descriptions.
/// </summary>
internal sealed class SchemaBuilder
{
    /// <summary>
    /// A calendar date <c>yyyy-MM-dd</c> (years 0001–9999, leap years included), exactly what the reader's
    /// <c>DateTime.TryParseExact(…, "yyyy-MM-dd", InvariantCulture)</c> accepts. The pattern alone is exact, so
    /// validators that treat <c>format</c> as an annotation (JsonSchema.Net's default, Python without a format
    /// checker) still agree with the reader; <c>[0-9]</c> rather than <c>\d</c>, which matches any Unicode digit in
    /// .NET and Python.
    /// </summary>
    internal const string DatePattern =
        "^(?:(?!0000)[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)$";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ReportEdition edition;
    private readonly Type rootType;
    private readonly LayoutCatalog catalog;
    private readonly string id;
    private readonly string dialect;
    private readonly XmlDocumentation docs = XmlDocumentation.Instance;
    private readonly JsonSerializerOptions contractOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private readonly Dictionary<MemberKey, string> catalogTitles = [];
    private readonly Dictionary<MemberKey, CellValueKind> cellKinds = [];

    public SchemaBuilder(ReportEdition edition, Type rootType, LayoutCatalog catalog, string id, string dialect)
    {
        this.edition = edition;
        this.rootType = rootType;
        this.catalog = catalog;
        this.id = id;
        this.dialect = dialect;
    }

    private enum ValueKind
    {
        Edition,
        String,
        Int32,
        Count,
        SignedCount,
        Amount,
        Date,
        Object,
    }

    public string Build()
    {
        ReadCatalog();
        var raw = JsonNode.Parse(GenerateRaw())!.AsObject();
        var rawDefinitions = raw["definitions"]?.AsObject() ?? [];

        var objectTypes = ReachableObjectTypes();
        var byName = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in objectTypes.Where(t => t != rootType))
        {
            if (byName.ContainsKey(type.Name))
            {
                throw new InvalidOperationException($"Two model types are named {type.Name}; schema definitions are named after types.");
            }

            byName.Add(type.Name, type);
        }

        var root = new JsonObject
        {
            ["$schema"] = dialect,
            ["$id"] = id,
            ["title"] = $"{catalog.FormatTitle}（{catalog.DocumentNumber}）",
        };
        foreach (var member in ObjectSchema(rootType, raw, isRoot: true))
        {
            root[member.Key] = member.Value;
        }

        var definitions = new JsonObject();
        foreach (var definition in rawDefinitions)
        {
            if (definition.Key == nameof(ReportEdition))
            {
                continue; // Replaced by the pinned "edition" string.
            }

            if (!byName.TryGetValue(definition.Key, out var type))
            {
                throw new InvalidOperationException($"NJsonSchema produced the definition {definition.Key}, which is no object type of the {edition} contract.");
            }

            definitions[definition.Key] = new JsonObject(ObjectSchema(type, definition.Value!.AsObject(), isRoot: false));
            byName.Remove(definition.Key);
        }

        if (byName.Count > 0)
        {
            throw new InvalidOperationException($"NJsonSchema produced no definition for {string.Join(", ", byName.Keys)}.");
        }

        root["definitions"] = definitions;
        return root.ToJsonString(WriteOptions) + "\n";
    }

    private string GenerateRaw()
    {
        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SerializerOptions = contractOptions,
            FlattenInheritanceHierarchy = true, // DisclosureReport is a plain base record: one flat root object.
            GenerateAbstractSchemas = false,
            UseXmlDocumentation = false, // Descriptions come from the embedded XML documentation, below.
            GenerateExamples = false,
        };
        return NJsonSchema.JsonSchema.FromType(rootType, settings).ToJson();
    }

    /// <summary>Titles from the catalog (sections, text parts, rows, cells) and the kind of every cell, by member.</summary>
    private void ReadCatalog()
    {
        foreach (var section in catalog.Sections)
        {
            AddTitle(section.Pointer, section.Label);
            foreach (var part in section.Parts)
            {
                AddTitle(part.Pointer, part.Label);
            }
        }

        foreach (var row in catalog.Tables.SelectMany(t => t.Rows).Where(r => r.Pointer is not null))
        {
            AddTitle(row.Pointer!, row.Label);
        }

        foreach (var cell in catalog.Cells)
        {
            AddTitle(cell.Pointer, cell.Column.Label);
            var key = Resolve(cell.Pointer);
            if (cellKinds.TryGetValue(key, out var kind) && kind != cell.ValueKind)
            {
                throw new InvalidOperationException($"The member {key} holds cells of two kinds ({kind}, {cell.ValueKind}); the last is {cell.Pointer}.");
            }

            cellKinds[key] = cell.ValueKind;
        }
    }

    private void AddTitle(string pointer, string label)
    {
        var key = Resolve(pointer);
        if (catalogTitles.TryGetValue(key, out var existing) && existing != label)
        {
            throw new InvalidOperationException($"The member {key} has two catalog labels, {existing} and {label} (the last at {pointer}).");
        }

        catalogTitles[key] = label;
    }

    /// <summary>The member a JSON Pointer of a report document ends at: the object type that declares it and its JSON name.</summary>
    private MemberKey Resolve(string pointer)
    {
        var segments = pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToArray();
        if (segments.Length == 0)
        {
            throw new InvalidOperationException($"The catalog pointer \"{pointer}\" names no member.");
        }

        var owner = rootType;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            owner = Unwrap(Property(owner, segments[i], pointer).PropertyType);
        }

        _ = Property(owner, segments[segments.Length - 1], pointer);
        return new MemberKey(owner, segments[segments.Length - 1]);
    }

    private JsonPropertyInfo Property(Type owner, string name, string pointer) =>
        Contract(owner).Properties.FirstOrDefault(p => p.Name == name)
        ?? throw new InvalidOperationException($"The catalog pointer \"{pointer}\" names \"{name}\", which {owner.Name} does not have.");

    private JsonTypeInfo Contract(Type type) => contractOptions.GetTypeInfo(type);

    /// <summary>The contract's properties in document order (<see cref="JsonPropertyOrderAttribute"/>, inherited through overrides).</summary>
    private IEnumerable<JsonPropertyInfo> OrderedProperties(Type type) =>
        Contract(type).Properties
            .Select((p, index) => (Property: p, Index: index))
            .OrderBy(x => (Attribute.GetCustomAttribute(Info(x.Property), typeof(JsonPropertyOrderAttribute), inherit: true) as JsonPropertyOrderAttribute)?.Order ?? 0)
            .ThenBy(x => x.Index)
            .Select(x => x.Property);

    private List<Type> ReachableObjectTypes()
    {
        var found = new List<Type>();
        var pending = new Queue<Type>();
        pending.Enqueue(rootType);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (found.Contains(type))
            {
                continue;
            }

            found.Add(type);
            foreach (var property in Contract(type).Properties)
            {
                var target = Unwrap(property.PropertyType);
                if (IsModelObject(target))
                {
                    pending.Enqueue(target);
                }
            }
        }

        return found;
    }

    private IEnumerable<KeyValuePair<string, JsonNode?>> ObjectSchema(Type type, JsonObject raw, bool isRoot)
    {
        if (raw["type"]?.GetValue<string>() != "object" || raw["additionalProperties"]?.GetValueKind() != JsonValueKind.False)
        {
            throw new InvalidOperationException($"NJsonSchema did not describe {type.Name} as a closed object (additionalProperties: false).");
        }

        var rawProperties = raw["properties"]?.AsObject() ?? [];
        var rawRequired = new HashSet<string>((raw["required"]?.AsArray() ?? []).Select(n => n!.GetValue<string>()), StringComparer.Ordinal);
        var contract = OrderedProperties(type).ToList();
        var names = contract.Select(p => p.Name).ToList();
        if (!new HashSet<string>(names, StringComparer.Ordinal).SetEquals(rawProperties.Select(p => p.Key)))
        {
            throw new InvalidOperationException(
                $"{type.Name}: NJsonSchema's properties ({string.Join(", ", rawProperties.Select(p => p.Key))}) differ from the JSON contract's ({string.Join(", ", names)}).");
        }

        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in contract)
        {
            var isEdition = isRoot && Unwrap(property.PropertyType) == typeof(ReportEdition);
            if (!isEdition && property.IsRequired != rawRequired.Contains(property.Name))
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name}: NJsonSchema and the JSON contract disagree on whether it is required.");
            }

            properties[property.Name] = PropertySchema(type, property, rawProperties[property.Name]!.AsObject(), isEdition);
            if (property.IsRequired || isEdition)
            {
                required.Add(property.Name);
            }
        }

        yield return new("description", docs.Summary(type));
        yield return new("type", "object");
        yield return new("additionalProperties", false);
        yield return new("required", required);
        yield return new("properties", properties);
    }

    private JsonObject PropertySchema(Type owner, JsonPropertyInfo property, JsonObject raw, bool isEdition)
    {
        var key = new MemberKey(owner, property.Name);
        var info = Info(property);
        var summary = docs.Summary(info);
        var title = catalogTitles.TryGetValue(key, out var label) ? label
            : XmlDocumentation.LabelOf(summary)
              ?? throw new InvalidOperationException(
                  $"{owner.Name}.{info.Name} is not in the layout catalog and its XML summary does not start with a Chinese label (\"中文标签: English …\"), so it has no schema title.");

        var nullable = AllowsNull(raw);
        var underlying = Nullable.GetUnderlyingType(property.PropertyType);
        if (property.PropertyType.IsValueType && nullable != (underlying is not null))
        {
            throw new InvalidOperationException($"{key}: NJsonSchema's nullability differs from the property type {property.PropertyType.Name}.");
        }

        var kind = isEdition ? ValueKind.Edition : KindOf(key, info, property.PropertyType);
        var schema = new JsonObject { ["title"] = title, ["description"] = summary };
        switch (kind)
        {
            case ValueKind.Edition:
                schema["type"] = "string";
                schema["enum"] = new JsonArray(((int)edition).ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ValueKind.String:
                Expect(raw, "string", key);
                schema["type"] = TypeOf("string", nullable);
                break;
            case ValueKind.Int32 or ValueKind.SignedCount:
                Expect(raw, "integer", key);
                schema["type"] = TypeOf("integer", nullable);
                schema["minimum"] = int.MinValue;
                schema["maximum"] = int.MaxValue;
                break;
            case ValueKind.Count:
                Expect(raw, "integer", key);
                schema["type"] = TypeOf("integer", nullable);
                schema["minimum"] = 0;
                schema["maximum"] = int.MaxValue;
                break;
            case ValueKind.Amount:
                Expect(raw, "number", key);
                schema["type"] = TypeOf("number", nullable);
                schema["minimum"] = 0;
                schema["maximum"] = decimal.MaxValue;
                break;
            case ValueKind.Date:
                Expect(raw, "string", key);
                schema["type"] = TypeOf("string", nullable);
                schema["format"] = "date";
                schema["pattern"] = DatePattern;
                break;
            default:
                var reference = new JsonObject { ["$ref"] = ReferenceOf(raw, Unwrap(property.PropertyType), key) };
                schema[nullable ? "anyOf" : "allOf"] = nullable
                    ? new JsonArray(new JsonObject { ["type"] = "null" }, reference)
                    : new JsonArray(reference);
                break;
        }

        return schema;
    }

    /// <summary>
    /// The value rule of a member, as the reader applies it: a converter named on the property wins; otherwise the
    /// converters the reader registers for every member of a type (<c>int?</c> counts, <c>decimal?</c> amounts). A
    /// catalog cell must have the same kind as its member's rule.
    /// </summary>
    private ValueKind KindOf(MemberKey key, PropertyInfo info, Type propertyType)
    {
        var type = Unwrap(propertyType);
        var nullableValue = Nullable.GetUnderlyingType(propertyType) is not null;
        var converter = (Attribute.GetCustomAttribute(info, typeof(JsonConverterAttribute), inherit: true) as JsonConverterAttribute)?.ConverterType?.Name;
        ValueKind kind = converter switch
        {
            null => type == typeof(string) ? ValueKind.String
                : type == typeof(int) ? (nullableValue ? ValueKind.Count : ValueKind.Int32)
                : type == typeof(decimal) && nullableValue ? ValueKind.Amount
                : IsModelObject(type) ? ValueKind.Object
                : throw new InvalidOperationException($"{key}: the schema generator has no rule for members of type {propertyType}."),
            "CountConverter" => ValueKind.Count,
            "SignedCountConverter" => ValueKind.SignedCount,
            "AmountConverter" => ValueKind.Amount,
            "IsoDateConverter" => ValueKind.Date,
            _ => throw new InvalidOperationException($"{key}: the schema generator does not know the converter {converter}."),
        };

        if (cellKinds.TryGetValue(key, out var cellKind))
        {
            var expected = cellKind switch
            {
                CellValueKind.Count => ValueKind.Count,
                CellValueKind.SignedCount => ValueKind.SignedCount,
                CellValueKind.Amount => ValueKind.Amount,
                _ => throw new InvalidOperationException($"{key}: unknown cell kind {cellKind}."),
            };
            if (expected != kind)
            {
                throw new InvalidOperationException($"{key}: the catalog says its cells hold {cellKind} values but the reader reads the member as {kind}.");
            }
        }

        return kind;
    }

    private static bool IsModelObject(Type type) =>
        type.IsClass && type != typeof(string) && type.Assembly == typeof(ReportEdition).Assembly;

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static PropertyInfo Info(JsonPropertyInfo property) =>
        property.AttributeProvider as PropertyInfo
        ?? throw new InvalidOperationException($"The JSON member {property.Name} is not a property.");

    private static JsonNode TypeOf(string type, bool nullable) => nullable ? new JsonArray(type, "null") : JsonValue.Create(type);

    private static bool AllowsNull(JsonObject raw) =>
        TypeNames(raw["type"]).Contains("null")
        || (raw["oneOf"] ?? raw["anyOf"])?.AsArray().Any(n => n is JsonObject o && TypeNames(o["type"]).Contains("null")) == true;

    private static IEnumerable<string> TypeNames(JsonNode? type) => type switch
    {
        null => [],
        JsonArray array => array.Select(n => n!.GetValue<string>()),
        _ => [type.GetValue<string>()],
    };

    private static void Expect(JsonObject raw, string jsonType, MemberKey key)
    {
        if (!TypeNames(raw["type"]).Contains(jsonType))
        {
            throw new InvalidOperationException($"{key}: NJsonSchema describes it as {raw["type"]?.ToJsonString()}, the reader reads {jsonType}.");
        }
    }

    private static string ReferenceOf(JsonObject raw, Type target, MemberKey key)
    {
        var reference = raw["$ref"]?.GetValue<string>()
                        ?? (raw["oneOf"] ?? raw["anyOf"] ?? raw["allOf"])?.AsArray()
                            .Select(n => n?["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null);
        var expected = "#/definitions/" + target.Name;
        return reference == expected
            ? reference
            : throw new InvalidOperationException($"{key}: NJsonSchema refers to {reference ?? "nothing"}, expected {expected}.");
    }

    private readonly record struct MemberKey(Type Owner, string Name)
    {
        public override string ToString() => $"{Owner.Name}.{Name}";
    }
}
