using System.Buffers;
using System.Runtime.CompilerServices;
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
public static partial class DisclosureJson
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="sourceName">A file name or other source name to put in diagnostics; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReadResult Read(string json, string? sourceName = null) => Read(json, sourceName, null);

    /// <summary>Reads a report from JSON text, within the given limits.</summary>
    /// <param name="json">The document.</param>
    /// <param name="sourceName">A file name or other source name to put in diagnostics; may be <see langword="null"/>.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="DisclosureJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReadResult Read(string json, string? sourceName, DisclosureJsonOptions? options)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        options ??= DisclosureJsonOptions.Default;

        // A character is at least one UTF-8 byte, so a longer string is over the limit without counting.
        var byteCount = json.Length > options.MaxDocumentBytes ? (long)json.Length : Encoding.UTF8.GetByteCount(json);
        if (byteCount > options.MaxDocumentBytes)
        {
            return TooLarge(byteCount, exact: json.Length <= options.MaxDocumentBytes, options, sourceName, line: null);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(1, byteCount));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, 0, json.Length, buffer, 0);
            return ReadCore(new ReadOnlySpan<byte>(buffer, 0, length), sourceName, line: null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a report from UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="sourceName">A file name or other source name to put in diagnostics; optional.</param>
    public static ReadResult Read(ReadOnlySpan<byte> utf8Json, string? sourceName = null) => Read(utf8Json, sourceName, null);

    /// <summary>Reads a report from UTF-8 JSON (a leading byte-order mark is allowed), within the given limits.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="sourceName">A file name or other source name to put in diagnostics; may be <see langword="null"/>.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="DisclosureJsonOptions.Default"/>.</param>
    public static ReadResult Read(ReadOnlySpan<byte> utf8Json, string? sourceName, DisclosureJsonOptions? options)
    {
        options ??= DisclosureJsonOptions.Default;
        return utf8Json.Length > options.MaxDocumentBytes
            ? TooLarge(utf8Json.Length, exact: true, options, sourceName, line: null)
            : ReadCore(utf8Json, sourceName, line: null);
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON. The stream is read to its end and is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReadResult Read(Stream stream, string? sourceName = null) => Read(stream, sourceName, null);

    /// <summary>
    /// Reads a report from a stream of UTF-8 JSON, within the given limits. The stream is read to its end, or only up to
    /// <see cref="DisclosureJsonOptions.MaxDocumentBytes"/> + 1 bytes when it is longer (not at all when it is seekable and
    /// its length already tells); it is not closed.
    /// </summary>
    /// <param name="stream">The stream to read.</param>
    /// <param name="sourceName">A file name or other source name to put in diagnostics; may be <see langword="null"/>.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="DisclosureJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReadResult Read(Stream stream, string? sourceName, DisclosureJsonOptions? options)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        options ??= DisclosureJsonOptions.Default;
        if (KnownRemaining(stream) is { } remaining && remaining > options.MaxDocumentBytes)
        {
            return TooLarge(remaining, exact: true, options, sourceName, line: null);
        }

        var buffer = new BoundedBuffer(stream, options.MaxDocumentBytes);
        try
        {
            while (buffer.NeedsMore)
            {
                var segment = buffer.FreeSpace();
                buffer.Advance(stream.Read(segment.Array!, segment.Offset, segment.Count));
            }

            return buffer.TooLarge
                ? TooLarge(buffer.Length, exact: false, options, sourceName, line: null)
                : ReadCore(buffer.Content, sourceName, line: null);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON asynchronously. The stream is read to its end and is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static Task<ReadResult> ReadAsync(Stream stream, string? sourceName = null, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, sourceName, null, cancellationToken);

    /// <summary>
    /// Reads a report from a stream of UTF-8 JSON asynchronously, within the given limits. The stream is read to its end,
    /// or only up to <see cref="DisclosureJsonOptions.MaxDocumentBytes"/> + 1 bytes when it is longer; it is not closed.
    /// </summary>
    /// <param name="stream">The stream to read.</param>
    /// <param name="sourceName">A file name or other source name to put in diagnostics; may be <see langword="null"/>.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="DisclosureJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static async Task<ReadResult> ReadAsync(Stream stream, string? sourceName, DisclosureJsonOptions? options, CancellationToken cancellationToken = default)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        options ??= DisclosureJsonOptions.Default;
        if (KnownRemaining(stream) is { } remaining && remaining > options.MaxDocumentBytes)
        {
            return TooLarge(remaining, exact: true, options, sourceName, line: null);
        }

        var buffer = new BoundedBuffer(stream, options.MaxDocumentBytes);
        try
        {
            while (buffer.NeedsMore)
            {
                var segment = buffer.FreeSpace();
                buffer.Advance(await stream.ReadAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken).ConfigureAwait(false));
            }

            return buffer.TooLarge
                ? TooLarge(buffer.Length, exact: false, options, sourceName, line: null)
                : ReadCore(buffer.Content, sourceName, line: null);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>
    /// Reads a JSON Lines input (one report per line, UTF-8) lazily, yielding one <see cref="ReadResult"/> per non-blank
    /// line in order. Each result's <see cref="ReadResult.Line"/> and every diagnostic's <see cref="SourceLocation.Line"/>
    /// give the line in the input. Memory stays bounded by the longest line, whatever the number of reports: only the
    /// line being read is buffered, and a line longer than <see cref="DisclosureJsonOptions.MaxDocumentBytes"/> is
    /// skipped without buffering it and reported as <c>DF5000</c>. Blank lines are skipped; <c>\r\n</c> line ends are
    /// accepted. The stream is read as the results are enumerated and is not closed.
    /// </summary>
    /// <param name="stream">The JSON Lines input.</param>
    /// <param name="sourceName">A file name or other source name to put in diagnostics; may be <see langword="null"/>.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="DisclosureJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// using var input = File.OpenRead("reports.jsonl");
    /// foreach (ReadResult result in DisclosureJson.ReadLines(input, "reports.jsonl"))
    ///     if (!result.Succeeded) Console.Error.WriteLine(result.Diagnostics[0]); // error DF0007 at reports.jsonl(12,480) ...
    /// </code>
    /// </example>
    public static IEnumerable<ReadResult> ReadLines(Stream stream, string? sourceName = null, DisclosureJsonOptions? options = null)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        return ReadLinesIterator(stream, sourceName, options ?? DisclosureJsonOptions.Default);
    }

    /// <summary>
    /// Reads a JSON Lines input (one report per line, UTF-8) asynchronously; see
    /// <see cref="ReadLines(Stream, string?, DisclosureJsonOptions?)"/> for what is yielded and the memory bound.
    /// </summary>
    /// <param name="stream">The JSON Lines input.</param>
    /// <param name="sourceName">A file name or other source name to put in diagnostics; may be <see langword="null"/>.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="DisclosureJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<ReadResult> ReadLinesAsync(Stream stream, string? sourceName = null, DisclosureJsonOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        return ReadLinesAsyncIterator(stream, sourceName, options ?? DisclosureJsonOptions.Default, cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadLinesIterator(Stream stream, string? sourceName, DisclosureJsonOptions options)
    {
        using var lines = new LineSplitter(options.MaxDocumentBytes);
        while (true)
        {
            while (lines.TryTakeLine(out var line))
            {
                if (ReadLine(line, lines, sourceName, options) is { } result) yield return result;
            }

            if (lines.Completed) yield break;
            var segment = lines.FreeSpace();
            lines.Advance(stream.Read(segment.Array!, segment.Offset, segment.Count));
        }
    }

    private static async IAsyncEnumerable<ReadResult> ReadLinesAsyncIterator(Stream stream, string? sourceName, DisclosureJsonOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new LineSplitter(options.MaxDocumentBytes);
        while (true)
        {
            while (lines.TryTakeLine(out var line))
            {
                if (ReadLine(line, lines, sourceName, options) is { } result) yield return result;
            }

            if (lines.Completed) yield break;
            var segment = lines.FreeSpace();
            lines.Advance(await stream.ReadAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken).ConfigureAwait(false));
        }
    }

    private static ReadResult? ReadLine(LineSplitter.Line line, LineSplitter lines, string? sourceName, DisclosureJsonOptions options)
    {
        if (line.TooLongBy > 0)
        {
            return TooLarge(line.TooLongBy, exact: true, options, sourceName, line.Number);
        }

        var bytes = lines.Bytes(line);
        return IsBlank(bytes) ? null : ReadCore(bytes, sourceName, line.Number);
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        }

        return true;
    }

    /// <summary>
    /// The one read path: the single-pass reader for documents it fully understands, and otherwise edition dispatch and
    /// the edition's strict source-generated contract, which gives every diagnostic.
    /// </summary>
    private static ReadResult ReadCore(ReadOnlySpan<byte> utf8Json, string? sourceName, int? line)
    {
        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        return FastReportReader.TryRead(utf8Json) is { } report
            ? new ReadResult(report, [], line)
            : ReadStrict(utf8Json, sourceName, line);
    }

    /// <summary>
    /// The strict path alone (no byte-order mark expected): what <see cref="ReadCore"/> falls back to. The tests and the
    /// fuzz harness (by reflection) call it to hold the single-pass reader to the same results.
    /// </summary>
    internal static ReadResult ReadStrict(ReadOnlySpan<byte> utf8Json, string? sourceName, int? line)
    {
        // The contract being read once the edition is known; before that, failures come from the plain reader pass.
        JsonTypeInfo? contract = null;
        try
        {
            var edition = FindEdition(utf8Json);
            DisclosureReport? report = edition switch
            {
                ReportEdition.Edition2021 => JsonSerializer.Deserialize(utf8Json, Contract(ReportJsonContext.Readable.DisclosureReport2021, ref contract)),
                ReportEdition.Edition2019 => JsonSerializer.Deserialize(utf8Json, Contract(ReportJsonContext.Readable.DisclosureReport2019, ref contract)),
                _ => throw new CodedJsonException(JsonCodes.UnknownEdition, JsonMessages.EditionNotSupported(EditionNames.ToJson(edition))),
            };
            return report is null
                ? Failed(JsonCodes.RootNotObject, "", JsonMessages.RootNotAnObject, sourceName, line)
                : new ReadResult(report, [], line);
        }
        catch (JsonException ex) when (ex.InnerException is InvalidOperationException { InnerException: DecoderFallbackException })
        {
            return TextNotDecodable(utf8Json, sourceName, line);
        }
        catch (JsonException ex)
        {
            var diagnostic = JsonErrorMapper.ToDiagnostic(ex, utf8Json, contract, sourceName);
            if (line is { } l)
            {
                diagnostic = diagnostic with { Location = (diagnostic.Location ?? new SourceLocation { Source = sourceName, Line = 1, Column = 1 }) with { Line = l } };
            }

            return new ReadResult(null, [diagnostic], line);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is DecoderFallbackException || Utf8Scan.IsNotText(utf8Json))
        {
            // System.Text.Json checks the text of a string only when it decodes it, and then throws this (bare, or wrapped
            // in a JsonException: invalid UTF-8 above, unpaired surrogates in JsonErrorMapper) instead of a reader error.
            return TextNotDecodable(utf8Json, sourceName, line);
        }
    }

    private static JsonTypeInfo<T> Contract<T>(JsonTypeInfo<T> info, ref JsonTypeInfo? contract)
    {
        contract = info;
        return info;
    }

    /// <summary>
    /// A string holds invalid UTF-8 (<c>DF0001</c>) or, where the serializer gave no location, an unpaired surrogate escape
    /// (<c>DF0015</c>): located at the first such byte or escape.
    /// </summary>
    private static ReadResult TextNotDecodable(ReadOnlySpan<byte> utf8Json, string? sourceName, int? line)
    {
        var offset = Utf8Scan.FirstInvalid(utf8Json);
        Message message;
        string code;
        if (offset >= 0)
        {
            code = JsonCodes.MalformedJson;
            message = JsonMessages.NotUtf8;
        }
        else
        {
            code = JsonCodes.InvalidUnicode;
            offset = Math.Max(0, Utf8Scan.FirstUnpairedSurrogateEscape(utf8Json));
            message = JsonMessages.InvalidUnicode;
        }

        var location = JsonErrorMapper.FromOffset(utf8Json, offset, sourceName);
        return new ReadResult(null, [new Diagnostic
        {
            Code = code,
            Severity = DiagnosticSeverity.Error,
            Pointer = string.Empty,
            Message = message.En,
            MessageZh = message.Zh,
            Location = line is { } l ? location with { Line = l } : location,
        }], line);
    }

    /// <summary>The bytes left in a seekable stream (a file), so that one over the limit is refused without reading it.</summary>
    private static long? KnownRemaining(Stream stream)
    {
        try
        {
            return stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static ReadResult TooLarge(long size, bool exact, DisclosureJsonOptions options, string? sourceName, int? line)
    {
        return Failed(LimitCodes.DocumentTooLarge, "", JsonMessages.TooLarge(size, exact, options.MaxDocumentBytes, line is not null), sourceName, line);
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
    public static string Serialize(DisclosureReport report)
    {
        using var buffer = WriteCanonical(report);
        return Utf8.GetString(buffer.Array, 0, buffer.Count);
    }

    /// <summary>Writes a report as canonical UTF-8 JSON without a byte-order mark (ending with a newline).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(DisclosureReport report)
    {
        using var buffer = WriteCanonical(report);
        return buffer.Written.ToArray();
    }

    /// <summary>Writes a report as canonical UTF-8 JSON to a stream (ending with a newline). The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Serialize(Stream stream, DisclosureReport report)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        using var buffer = WriteCanonical(report);
        stream.Write(buffer.Array, 0, buffer.Count);
    }

    /// <summary>Writes a report as canonical UTF-8 JSON to a stream asynchronously. The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static async Task SerializeAsync(Stream stream, DisclosureReport report, CancellationToken cancellationToken = default)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        using var buffer = WriteCanonical(report);
        await stream.WriteAsync(buffer.Array, 0, buffer.Count, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The canonical bytes of a report and its final newline, in a pooled buffer the caller disposes.</summary>
    private static PooledBufferWriter WriteCanonical(DisclosureReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        var buffer = new PooledBufferWriter();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                Write(writer, report);
            }

            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
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

    private static ReadResult Failed(string code, string pointer, Message message, string? source, int? line) =>
        new(null, [new Diagnostic
        {
            Code = code,
            Severity = DiagnosticSeverity.Error,
            Pointer = pointer,
            Message = message.En,
            MessageZh = message.Zh,
            Location = source is null && line is null ? null : new SourceLocation { Source = source, Line = line ?? 1, Column = 1 },
        }], line);
}
