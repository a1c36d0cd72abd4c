using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Format.Json;

/// <summary>The edition as the JSON string <c>"2019"</c> or <c>"2021"</c>.</summary>
internal sealed class ReportEditionConverter : JsonConverter<ReportEdition>
{
    public override ReportEdition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && EditionNames.TryParse(reader.GetString(), out var edition)
            ? edition
            : throw new CodedJsonException(JsonCodes.UnknownEdition, JsonMessages.EditionExpected);

    public override void Write(Utf8JsonWriter writer, ReportEdition value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EditionNames.ToJson(value));
}
