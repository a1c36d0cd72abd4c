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
            throw new CodedJsonException(JsonCodes.MalformedJson, JsonMessages.EmptyDocument, 0);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new CodedJsonException(JsonCodes.RootNotObject, JsonMessages.RootNotObject(reader.TokenType), reader.TokenStartIndex);
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

        return found ?? throw new CodedJsonException(JsonCodes.MissingEdition, JsonMessages.MissingEdition, 0);
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
            throw new CodedJsonException(JsonCodes.UnknownEdition, JsonMessages.UnknownEdition(found, reader.TokenType), reader.TokenStartIndex);
        }

        return edition;
    }

    private static CodedJsonException DuplicateEdition(ref Utf8JsonReader reader) =>
        new(JsonCodes.DuplicateProperty, JsonMessages.DuplicateEdition, reader.TokenStartIndex);

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
