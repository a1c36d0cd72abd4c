using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Format.Model;

namespace Disclosure.Format.Json;

/// <summary>The source-generated serialization contract of every document type (strict, camelCase).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    Converters = [typeof(CountConverter), typeof(AmountConverter), typeof(ReportEditionConverter)])]
[JsonSerializable(typeof(DisclosureReport2021))]
[JsonSerializable(typeof(DisclosureReport2019))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    private static ReportJsonContext? readable;

    /// <summary>The context used for reading and writing: the generated options plus an encoder that keeps Chinese readable.</summary>
    public static ReportJsonContext Readable => readable ??= new(new JsonSerializerOptions(Default.Options)
    {
        // The output is a JSON document, never embedded in HTML: keep CJK text and punctuation as they are.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
