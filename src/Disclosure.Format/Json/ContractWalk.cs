using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Disclosure.Format.Json;

/// <summary>
/// Walks a document against the serializer's contract (its <see cref="JsonTypeInfo"/> metadata) in document order and
/// returns the first violation, the one System.Text.Json stopped at. The diagnostics of a failed strict read are
/// classified by this walk, never by the text of the serializer's exception messages (which change with a runtime update
/// and are localised on some runtimes).
/// </summary>
/// <remarks>
/// The walk checks what the serializer itself checks (well-formedness, depth, property names, duplicates, required
/// members, <c>null</c>, the JSON type of objects and strings). Values read by the library's own converters (counts,
/// amounts, dates, the edition) are skipped: those converters report their failures with their own codes.
/// </remarks>
internal static class ContractWalk
{
    private static readonly IReadOnlyList<string> NoNames = [];

    /// <summary>The first violation of <paramref name="root"/>'s contract in <paramref name="utf8Json"/>.</summary>
    public static ContractViolation Find(ReadOnlySpan<byte> utf8Json, JsonTypeInfo root)
    {
        var reader = NewReader(utf8Json);
        try
        {
            reader.Read();
            var violation = Value(ref reader, root.Type, root, root.Converter, string.Empty, nullable: false);
            if (violation.Kind != ContractViolationKind.None) return violation;

            // Content after the document's value: the reader throws (one value per document).
            reader.Read();
            return None;
        }
        catch (JsonException e)
        {
            return ReaderFailure(utf8Json, e);
        }
    }

    /// <summary>
    /// Why a plain reader pass over the text fails: too deep, or not well-formed (with the reader's description), or
    /// <see cref="ContractViolationKind.None"/> when it does not fail.
    /// </summary>
    public static ContractViolation ReaderFailure(ReadOnlySpan<byte> utf8Json, JsonException? failure = null)
    {
        var reader = NewReader(utf8Json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                    && reader.CurrentDepth >= DisclosureJsonOptions.MaxDepth)
                {
                    return new ContractViolation(ContractViolationKind.TooDeep, string.Empty, NoNames, null, null);
                }
            }

            return failure is null ? None : new ContractViolation(ContractViolationKind.Syntax, string.Empty, NoNames, null, failure.Message);
        }
        catch (JsonException e)
        {
            return new ContractViolation(ContractViolationKind.Syntax, string.Empty, NoNames, null, e.Message);
        }
    }

    private static ContractViolation None => new(ContractViolationKind.None, string.Empty, NoNames, null, null);

    /// <summary>
    /// A reader as strict as the serializer's (no comments, no trailing commas, one value), one level deeper so that
    /// <see cref="ReaderFailure"/> tells a document that is too deep from one that is not well-formed by the depth of
    /// its tokens, not by the reader's message.
    /// </summary>
    private static Utf8JsonReader NewReader(ReadOnlySpan<byte> utf8Json) => new(utf8Json, new JsonReaderOptions
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = DisclosureJsonOptions.MaxDepth + 1,
    });

    /// <summary>Checks the value the reader is on against <paramref name="type"/>, and reads past it.</summary>
    private static ContractViolation Value(ref Utf8JsonReader reader, Type type, JsonTypeInfo? info, JsonConverter? converter, string pointer, bool nullable)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= DisclosureJsonOptions.MaxDepth)
        {
            return new ContractViolation(ContractViolationKind.TooDeep, string.Empty, NoNames, null, null);
        }

        if (info is { Kind: JsonTypeInfoKind.Object })
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return nullable ? None : Violation(ContractViolationKind.NullNotAllowed, pointer, type);
            }

            return reader.TokenType == JsonTokenType.StartObject
                ? Object(ref reader, info, pointer)
                : Violation(ContractViolationKind.WrongType, pointer, type);
        }

        if (type == typeof(string))
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return nullable ? None : Violation(ContractViolationKind.NullNotAllowed, pointer, type);
                case JsonTokenType.String:
                    return IsText(ref reader) ? None : Violation(ContractViolationKind.InvalidUnicode, pointer, type);
                default:
                    return Violation(ContractViolationKind.WrongType, pointer, type);
            }
        }

        // Whatever reads the value, a string in it must decode to text.
        if (reader.TokenType == JsonTokenType.String && !IsText(ref reader))
        {
            return Violation(ContractViolationKind.InvalidUnicode, pointer, type);
        }

        if (converter is not null && converter.GetType().Assembly != typeof(ContractWalk).Assembly && !BuiltInAccepts(ref reader, type))
        {
            return Violation(ContractViolationKind.WrongType, pointer, type);
        }

        // Otherwise a value of the library's own converters: they report their own failures. Step over it.
        reader.Skip();
        return None;
    }

    /// <summary>Whether System.Text.Json's own converter for <paramref name="type"/> reads the token the reader is on.</summary>
    private static bool BuiltInAccepts(ref Utf8JsonReader reader, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (reader.TokenType == JsonTokenType.Null) return underlying is not null || !type.IsValueType;
        var t = underlying ?? type;
        if (t == typeof(int)) return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out _);
        if (t == typeof(long)) return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out _);
        if (t == typeof(decimal)) return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out _);
        if (t == typeof(double)) return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out _);
        if (t == typeof(bool)) return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
        if (t == typeof(DateTime)) return reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out _);
        return true;
    }

    private static ContractViolation Object(ref Utf8JsonReader reader, JsonTypeInfo info, string pointer)
    {
        var properties = info.Properties;
        var seen = new bool[properties.Count];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!IsText(ref reader))
            {
                return Violation(ContractViolationKind.InvalidUnicode, pointer, null);
            }

            var name = reader.GetString()!;
            var at = pointer + "/" + JsonErrorMapper.Escape(name);
            var index = IndexOf(properties, name);
            if (index < 0) return Violation(ContractViolationKind.UnknownProperty, at, null);
            if (seen[index]) return Violation(ContractViolationKind.DuplicateProperty, at, null);
            seen[index] = true;

            var property = properties[index];
            reader.Read();
            var child = property.PropertyType == typeof(string) ? null : ReportJsonContext.Readable.GetTypeInfo(property.PropertyType);
            var violation = Value(ref reader, property.PropertyType, child, property.CustomConverter ?? child?.Converter, at, property.IsSetNullable);
            if (violation.Kind != ContractViolationKind.None) return violation;
        }

        List<string>? missing = null;
        for (var i = 0; i < properties.Count; i++)
        {
            if (!seen[i] && properties[i].IsRequired) (missing ??= []).Add(properties[i].Name);
        }

        return missing is null
            ? None
            : new ContractViolation(ContractViolationKind.MissingProperty, pointer, missing, info.Type, null);
    }

    private static int IndexOf(IList<JsonPropertyInfo> properties, string name)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].Name, name, StringComparison.Ordinal)) return i;
        }

        return -1;
    }

    /// <summary>Whether the string or name the reader is on decodes to text (no unpaired surrogate escape, valid UTF-8).</summary>
    private static bool IsText(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static ContractViolation Violation(ContractViolationKind kind, string pointer, Type? expected) =>
        new(kind, pointer, NoNames, expected, null);
}
