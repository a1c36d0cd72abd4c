using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Model;

namespace Disclosure.Format.Json;

/// <summary>
/// Reads and writes reports as JSON. Reading is strict: malformed JSON, unknown or duplicate properties, wrong types,
/// negative or fractional counts, out-of-range numbers, missing required members and a non-object root are each
/// reported as one error diagnostic naming the JSON Pointer, the line and the column. Writing produces the canonical
/// form: camelCase names, the edition first, two-space indentation, <c>\n</c> line ends, readable Chinese and a final
/// newline, so that read → write reproduces a canonical document byte for byte.
/// </summary>
/// <remarks>
/// Both editions go through the same methods. Reading looks at the document's <c>"edition"</c> first and reads the
/// rest as that edition's record: <c>"2021"</c> gives a <see cref="DisclosureReport2021"/>, <c>"2019"</c> a
/// <see cref="DisclosureReport2019"/>. A member of the other edition (for example the 2021 sub-rows of
/// <c>（六）其他处理</c> inside a 2019 document) is an unknown property there, never mapped silently.
/// </remarks>
/// <example>
/// <code>
/// ReadResult result = DisclosureJson.Read(File.ReadAllBytes("report.json"), "report.json");
/// if (!result.Succeeded)
///     foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
/// string json = DisclosureJson.Serialize(result.GetReportOrThrow());
/// </code>
/// </example>
public static class DisclosureJson
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="sourceName">A file name or other source name to put in diagnostics; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReadResult Read(string json, string? sourceName = null)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        return Read(Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>Reads a report from UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="sourceName">A file name or other source name to put in diagnostics; optional.</param>
    public static ReadResult Read(ReadOnlySpan<byte> utf8Json, string? sourceName = null)
    {
        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        try
        {
            var edition = FindEdition(utf8Json);
            DisclosureReport? report = edition switch
            {
                ReportEdition.Edition2021 => JsonSerializer.Deserialize(utf8Json, ReportJsonContext.Readable.DisclosureReport2021),
                ReportEdition.Edition2019 => JsonSerializer.Deserialize(utf8Json, ReportJsonContext.Readable.DisclosureReport2019),
                _ => throw new CodedJsonException(JsonCodes.UnknownEdition,
                    $"The edition \"{EditionNames.ToJson(edition)}\" is not supported by this version of Disclosure.Format; expected \"2019\" or \"2021\".",
                    $"此版本的 Disclosure.Format 不支持 \"{EditionNames.ToJson(edition)}\" 版本；应为 \"2019\" 或 \"2021\"。"),
            };
            return report is null
                ? Failed(JsonCodes.RootNotObject, "", "The document must be a JSON object.", "文档必须是 JSON 对象。", null, sourceName)
                : new ReadResult(report, []);
        }
        catch (JsonException ex)
        {
            return new ReadResult(null, [JsonErrorMapper.ToDiagnostic(ex, utf8Json, sourceName)]);
        }
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON. The stream is read to its end and is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReadResult Read(Stream stream, string? sourceName = null)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), sourceName);
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON asynchronously. The stream is read to its end and is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static async Task<ReadResult> ReadAsync(Stream stream, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), sourceName);
    }

    /// <summary>Reads a report from JSON text, throwing when it cannot be read.</summary>
    /// <exception cref="DisclosureFormatException">The document could not be read; its diagnostics say where and why.</exception>
    public static DisclosureReport Deserialize(string json, string? sourceName = null) => Read(json, sourceName).GetReportOrThrow();

    /// <summary>Reads a report from UTF-8 JSON, throwing when it cannot be read.</summary>
    /// <exception cref="DisclosureFormatException">The document could not be read; its diagnostics say where and why.</exception>
    public static DisclosureReport Deserialize(ReadOnlySpan<byte> utf8Json, string? sourceName = null) => Read(utf8Json, sourceName).GetReportOrThrow();

    /// <summary>Reads a report from a stream of UTF-8 JSON, throwing when it cannot be read.</summary>
    /// <exception cref="DisclosureFormatException">The document could not be read; its diagnostics say where and why.</exception>
    public static DisclosureReport Deserialize(Stream stream, string? sourceName = null) => Read(stream, sourceName).GetReportOrThrow();

    /// <summary>Writes a report as canonical JSON text (ending with a newline).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Serialize(DisclosureReport report) => Utf8.GetString(SerializeToUtf8Bytes(report));

    /// <summary>Writes a report as canonical UTF-8 JSON without a byte-order mark (ending with a newline).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(DisclosureReport report)
    {
        using var buffer = new MemoryStream();
        Serialize(buffer, report);
        return buffer.ToArray();
    }

    /// <summary>Writes a report as canonical UTF-8 JSON to a stream (ending with a newline). The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Serialize(Stream stream, DisclosureReport report)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, report);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes a report as canonical UTF-8 JSON to a stream asynchronously. The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static async Task SerializeAsync(Stream stream, DisclosureReport report, CancellationToken cancellationToken = default)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        var bytes = SerializeToUtf8Bytes(report);
        await stream.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a report with an existing <see cref="Utf8JsonWriter"/> (for embedding in a larger document).</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, DisclosureReport report)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        switch (report)
        {
            case null:
                throw new ArgumentNullException(nameof(report));
            case DisclosureReport2021 r2021:
                JsonSerializer.Serialize(writer, r2021, ReportJsonContext.Readable.DisclosureReport2021);
                break;
            case DisclosureReport2019 r2019:
                JsonSerializer.Serialize(writer, r2019, ReportJsonContext.Readable.DisclosureReport2019);
                break;
            default:
                throw new ArgumentException($"Reports of type {report.GetType().Name} cannot be written.", nameof(report));
        }
    }

    private static JsonWriterOptions WriterOptions => new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = ReportJsonContext.Readable.Options.Encoder,
        SkipValidation = false,
    };

    /// <summary>Finds the top-level <c>"edition"</c> without materialising the document.</summary>
    private static ReportEdition FindEdition(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
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

        ReportEdition? found = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isEdition = reader.ValueTextEquals("edition"u8);
            reader.Read();
            if (isEdition)
            {
                if (found is not null)
                {
                    throw new CodedJsonException(JsonCodes.DuplicateProperty,
                        "The property \"edition\" appears more than once.", "属性 \"edition\" 重复出现。", reader.TokenStartIndex);
                }

                // A string that is not valid Unicode (an unpaired surrogate escape) cannot be read as text: show it raw.
                var name = reader.TokenType == JsonTokenType.String ? TryGetString(ref reader) ?? CountConverter.Raw(ref reader) : null;
                if (name is null || !EditionNames.TryParse(name, out var edition))
                {
                    throw new CodedJsonException(JsonCodes.UnknownEdition,
                        $"Expected the edition \"2019\" or \"2021\", found {(name is not null ? "\"" + name + "\"" : CountConverter.Describe(reader.TokenType))}.",
                        $"版本应为 \"2019\" 或 \"2021\"，实际为 {(name is not null ? "\"" + name + "\"" : CountConverter.DescribeZh(reader.TokenType))}。", reader.TokenStartIndex);
                }

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

    private static ReadResult Failed(string code, string pointer, string message, string messageZh, SourceLocation? location, string? source) =>
        new(null, [new Diagnostic
        {
            Code = code,
            Severity = DiagnosticSeverity.Error,
            Pointer = pointer,
            Message = message,
            MessageZh = messageZh,
            Location = location ?? (source is null ? null : new SourceLocation { Source = source, Line = 1, Column = 1 }),
        }]);
}
