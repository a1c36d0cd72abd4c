using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Json;

/// <summary>Turns System.Text.Json failures into the library's diagnostics (code, pointer, line and column).</summary>
internal static class JsonErrorMapper
{
    /// <summary>The diagnostic for a failed strict read.</summary>
    /// <param name="ex">What the reader or the serializer threw.</param>
    /// <param name="utf8Json">The document.</param>
    /// <param name="contract">
    /// The contract the serializer was reading (the edition's root type), or <see langword="null"/> when the failure came
    /// before it, from the plain reader pass that finds the edition.
    /// </param>
    /// <param name="source">The source name for the location.</param>
    /// <remarks>
    /// What went wrong is decided by walking the document against the contract (<see cref="ContractWalk"/>), never by
    /// the exception's message; the exception gives only the line and column.
    /// </remarks>
    public static Diagnostic ToDiagnostic(JsonException ex, ReadOnlySpan<byte> utf8Json, JsonTypeInfo? contract, string? source)
    {
        var pointer = ToPointer(ex.Path);
        string code;
        Message message;
        if (ex is CodedJsonException coded)
        {
            code = coded.Code;
            if (code is JsonCodes.UnknownEdition or JsonCodes.DuplicateProperty && ex.Path is null && coded.Offset is not 0)
            {
                pointer = "/edition";
            }

            return Error(code, pointer, new Message(coded.Message, coded.MessageZh), Locate(ex, utf8Json, source));
        }

        var violation = contract is null ? ContractWalk.ReaderFailure(utf8Json, ex) : ContractWalk.Find(utf8Json, contract);
        if (violation.Kind is not (ContractViolationKind.Syntax or ContractViolationKind.TooDeep or ContractViolationKind.None))
        {
            pointer = violation.Pointer;
        }

        switch (violation.Kind)
        {
            case ContractViolationKind.TooDeep:
                code = Diagnostics.LimitCodes.NestingTooDeep;
                pointer = string.Empty;
                message = JsonMessages.TooDeep;
                break;
            case ContractViolationKind.Syntax:
                code = JsonCodes.MalformedJson;
                // Text that is not JSON has no member to point at; the line and column say where it breaks.
                pointer = string.Empty;
                message = JsonMessages.NotWellFormed(StripPathSuffix(violation.Detail ?? string.Empty));
                break;
            case ContractViolationKind.InvalidUnicode:
                // JSON allows "\ud800" escapes that pair with nothing; such text is not Unicode and cannot become a string.
                code = JsonCodes.InvalidUnicode;
                message = JsonMessages.InvalidUnicode;
                break;
            case ContractViolationKind.UnknownProperty:
                code = JsonCodes.UnknownProperty;
                message = JsonMessages.UnknownProperty(LastSegment(pointer));
                break;
            case ContractViolationKind.DuplicateProperty:
                code = JsonCodes.DuplicateProperty;
                message = JsonMessages.DuplicateProperty(LastSegment(pointer));
                break;
            case ContractViolationKind.MissingProperty:
                code = JsonCodes.MissingProperty;
                pointer = pointer + "/" + Escape(violation.Names[0]);
                message = JsonMessages.MissingProperty(violation.Names);
                break;
            case ContractViolationKind.NullNotAllowed:
                code = JsonCodes.NullNotAllowed;
                message = JsonMessages.NullNotAllowed;
                break;
            case ContractViolationKind.WrongType:
                code = JsonCodes.WrongType;
                message = JsonMessages.WrongJsonType(Expected(violation.Expected));
                break;
            default:
                code = JsonCodes.MalformedJson;
                message = JsonMessages.Unreadable(StripPathSuffix(ex.Message ?? string.Empty));
                break;
        }

        return Error(code, pointer, message, Locate(ex, utf8Json, source));
    }

    private static Diagnostic Error(string code, string pointer, Message message, SourceLocation? location) => new()
    {
        Code = code,
        Severity = DiagnosticSeverity.Error,
        Pointer = pointer,
        Message = message.En,
        MessageZh = message.Zh,
        Location = location,
    };

    private static SourceLocation? Locate(JsonException ex, ReadOnlySpan<byte> utf8Json, string? source)
    {
        if (ex is CodedJsonException { Offset: { } offset })
        {
            return FromOffset(utf8Json, (int)Math.Min(offset, utf8Json.Length), source);
        }

        if (ex.LineNumber is not { } line || ex.BytePositionInLine is not { } bytePosition)
        {
            return source is null ? null : new SourceLocation { Source = source, Line = 1, Column = 1 };
        }

        // Find the start of the (0-based) line, then count characters up to the byte position.
        var start = 0;
        for (long l = 0; l < line && start < utf8Json.Length; l++)
        {
            var next = utf8Json.Slice(start).IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        var length = (int)Math.Min(bytePosition, utf8Json.Length - start);
        return new SourceLocation { Source = source, Line = (int)line + 1, Column = CharCount(utf8Json.Slice(start, length)) + 1 };
    }

    internal static SourceLocation FromOffset(ReadOnlySpan<byte> utf8Json, int offset, string? source)
    {
        var before = utf8Json.Slice(0, offset);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation { Source = source, Line = line, Column = CharCount(before.Slice(lineStart)) + 1 };
    }

    private static int CharCount(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            // Count UTF-8 lead bytes (not continuation bytes); a 4-byte sequence is two UTF-16 characters.
            if ((b & 0xC0) != 0x80)
            {
                count += b >= 0xF0 ? 2 : 1;
            }
        }

        return count;
    }

    /// <summary>Converts a System.Text.Json path (<c>$.a.b</c>, <c>$['a.b']</c>, <c>$.a[0]</c>) to an RFC 6901 JSON Pointer.</summary>
    internal static string ToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        var i = path![0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                sb.Append('/').Append(Escape(path.Substring(i + 1, end - i - 1)));
                i = end;
            }
            else if (path[i] == '[')
            {
                if (i + 1 < path.Length && path[i + 1] == '\'')
                {
                    var close = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        close = path.Length;
                    }

                    sb.Append('/').Append(Escape(path.Substring(i + 2, close - i - 2)));
                    i = Math.Min(path.Length, close + 2);
                }
                else
                {
                    var close = path.IndexOf(']', i);
                    if (close < 0)
                    {
                        close = path.Length;
                    }

                    sb.Append('/').Append(path.Substring(i + 1, close - i - 1));
                    i = Math.Min(path.Length, close + 1);
                }
            }
            else
            {
                i++;
            }
        }

        return sb.ToString();
    }

    internal static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    private static string LastSegment(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return (slash < 0 ? pointer : pointer.Substring(slash + 1)).Replace("~1", "/").Replace("~0", "~");
    }

    /// <summary>What a member of <paramref name="type"/> is written as in JSON.</summary>
    private static string Expected(Type? type)
    {
        if (type == typeof(string)) return "a string";
        if (type == typeof(int) || type == typeof(int?)) return "a whole number";
        if (type == typeof(decimal) || type == typeof(decimal?)) return "a number";
        if (type == typeof(DateTime) || type == typeof(DateTime?)) return "a date string \"yyyy-MM-dd\"";
        if (type == typeof(ReportEdition)) return "the edition string \"2019\" or \"2021\"";
        return "an object";
    }

    private static string StripPathSuffix(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0) at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return at < 0 ? message : message.Substring(0, at);
    }
}
