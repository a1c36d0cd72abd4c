using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Disclosure.Format.Json;

// The edition scan that dispatches a document to its edition's contract before the strict read.
public static partial class DisclosureJson
{
    /// <summary>Finds the top-level <c>"edition"</c> without materialising the document.</summary>
    private static ReportEdition FindEdition(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = DisclosureJsonOptions.MaxDepth });
        if (!reader.Read())
        {
            throw new CodedJsonException(JsonCodes.MalformedJson, "The document is empty; expected a JSON object.", "文档为空；应为 JSON 对象。", 0);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new CodedJsonException(JsonCodes.RootNotObject,
                $"The document must be a JSON object, found {CountConverter.Describe(reader.TokenType)}.",
                $"文档必须是 JSON 对象，实际为{CountConverter.DescribeZh(reader.TokenType)}。", reader.TokenStartIndex);
        }

        // Fast path: a canonical document names its edition first. Read it, make sure the next property is not a second
        // "edition", and leave the rest (including later duplicates) to the serializer's own strict checks. This keeps
        // the dispatch to a few tokens instead of a second pass over the document.
        if (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("edition"u8))
        {
            reader.Read();
            var first = ParseEdition(ref reader);
            if (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("edition"u8))
            {
                reader.Read();
                throw DuplicateEdition(ref reader);
            }

            return first;
        }

        // Otherwise scan the top level for it (skipping other values), as the first property or not.
        reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = DisclosureJsonOptions.MaxDepth });
        reader.Read();
        ReportEdition? found = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isEdition = reader.ValueTextEquals("edition"u8);
            reader.Read();
            if (isEdition)
            {
                if (found is not null)
                {
                    throw DuplicateEdition(ref reader);
                }

                var edition = ParseEdition(ref reader);
                found = edition;
            }
            else
            {
                reader.Skip();
            }
        }

        return found ?? throw new CodedJsonException(JsonCodes.MissingEdition,
            "The document has no \"edition\" property; expected \"edition\": \"2019\" or \"2021\" as its first property.",
            "文档缺少 \"edition\" 属性；应以 \"edition\": \"2019\" 或 \"2021\" 作为第一个属性。", 0);
    }

    private static ReportEdition ParseEdition(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            // Compare the raw bytes: no string is allocated for the common case.
            if (reader.ValueTextEquals("2021"u8)) return ReportEdition.Edition2021;
            if (reader.ValueTextEquals("2019"u8)) return ReportEdition.Edition2019;
        }

        // A string that is not valid Unicode (an unpaired surrogate escape) cannot be read as text: show it raw.
        var name = reader.TokenType == JsonTokenType.String ? TryGetString(ref reader) ?? CountConverter.Raw(ref reader) : null;
        if (name is null || !EditionNames.TryParse(name, out var edition))
        {
            var found = name is null ? null : "\"" + name + "\"";
            throw new CodedJsonException(JsonCodes.UnknownEdition,
                $"Expected the edition \"2019\" or \"2021\", found {found ?? CountConverter.Describe(reader.TokenType)}.",
                $"版本应为 \"2019\" 或 \"2021\"，实际为 {found ?? CountConverter.DescribeZh(reader.TokenType)}。", reader.TokenStartIndex);
        }

        return edition;
    }

    private static CodedJsonException DuplicateEdition(ref Utf8JsonReader reader) =>
        new(JsonCodes.DuplicateProperty, "The property \"edition\" appears more than once.", "属性 \"edition\" 重复出现。", reader.TokenStartIndex);

    /// <summary>The string's text, or <see langword="null"/> when it is not valid Unicode (an unpaired surrogate escape, bad UTF-8).</summary>
    private static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
