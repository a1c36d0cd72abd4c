using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Format.Json;

/// <summary>Signed integer changes (the 2019 edition's <c>本年增/减</c>): <see langword="null"/> or a JSON integer.</summary>
internal sealed class SignedCountConverter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? null
            : CountConverter.ReadInteger(ref reader, JsonMessages.ExpectedSignedCount);

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteNumberValue(v);
        else writer.WriteNullValue();
    }
}
