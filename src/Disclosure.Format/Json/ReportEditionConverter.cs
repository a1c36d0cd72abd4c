using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Format.Json;

/// <summary>The edition as the JSON string <c>"2019"</c> or <c>"2021"</c>.</summary>
internal sealed class ReportEditionConverter : JsonConverter<ReportEdition>
{
    public override ReportEdition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && EditionNames.TryParse(reader.GetString(), out var edition)
            ? edition
            : throw new CodedJsonException(JsonCodes.UnknownEdition,
                "Expected the edition \"2019\" or \"2021\".", "版本应为 \"2019\" 或 \"2021\"。");

    public override void Write(Utf8JsonWriter writer, ReportEdition value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EditionNames.ToJson(value));
}
