using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Json;

/// <summary>Turns System.Text.Json failures into the library's diagnostics (code, pointer, line and column).</summary>
internal static class JsonErrorMapper
{
    public static Diagnostic ToDiagnostic(JsonException ex, ReadOnlySpan<byte> utf8Json, string? source)
    {
        var pointer = ToPointer(ex.Path);
        string code, message, messageZh;
        var text = ex.Message ?? string.Empty;
        if (ex is CodedJsonException coded)
        {
            code = coded.Code;
            message = coded.Message;
            messageZh = coded.MessageZh;
            if (code is JsonCodes.UnknownEdition or JsonCodes.DuplicateProperty && ex.Path is null && coded.Offset is not 0)
            {
                pointer = "/edition";
            }
        }
        else if (IsSyntaxError(ex))
        {
            code = JsonCodes.MalformedJson;
            var detail = StripPathSuffix(ex.InnerException is JsonException inner ? inner.Message : text);
            message = $"The text is not well-formed JSON: {detail}";
            messageZh = $"文本不是格式正确的 JSON：{detail}";
        }
        else if (ex.InnerException is InvalidOperationException invalid && invalid.Message.Contains("UTF-16"))
        {
            // JSON allows "\ud800" escapes that pair with nothing; such text is not Unicode and cannot become a string.
            code = JsonCodes.InvalidUnicode;
            message = "The text is not valid Unicode: a string or property name here contains an unpaired surrogate escape (\\uD800–\\uDFFF without its partner).";
            messageZh = "文本不是有效的 Unicode：此处的字符串或属性名含有未配对的代理项转义（\\uD800–\\uDFFF）。";
        }
        else if (text.Contains("could not be mapped to any .NET member"))
        {
            code = JsonCodes.UnknownProperty;
            var name = LastSegment(pointer);
            message = $"The property \"{name}\" is not part of the format here; check its spelling and case (names are camelCase).";
            messageZh = $"此处不应出现属性 \"{name}\"；请检查拼写和大小写（属性名使用 camelCase）。";
        }
        else if (text.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            code = JsonCodes.DuplicateProperty;
            var name = LastSegment(pointer);
            message = $"The property \"{name}\" appears more than once in the same object.";
            messageZh = $"属性 \"{name}\" 在同一对象中重复出现。";
        }
        else if (text.Contains("missing required properties"))
        {
            code = JsonCodes.MissingProperty;
            var names = QuotedNames(text);
            if (names.Count > 0)
            {
                pointer = pointer + "/" + Escape(names[0]);
            }

            var list = string.Join(", ", names.Select(n => "\"" + n + "\""));
            message = $"Missing required propert{(names.Count == 1 ? "y" : "ies")} {list}; every member of the format must be present (use null for a blank cell).";
            messageZh = $"缺少必需的属性 {list}；格式中的每个成员都必须出现（空白单元格用 null）。";
        }
        else if (text.Contains("null"))
        {
            code = JsonCodes.NullNotAllowed;
            message = "null is not allowed here: only value cells may be blank; tables, texts and metadata must be present.";
            messageZh = "此处不允许为 null：只有数值单元格可以空白，表格、文本和元数据必须给出。";
        }
        else if (text.Contains("could not be converted to"))
        {
            code = JsonCodes.WrongType;
            var expected = ExpectedAt(pointer);
            message = $"The value has the wrong JSON type; expected {expected}.";
            messageZh = $"值的 JSON 类型不正确；应为{ExpectedZh(expected)}。";
        }
        else
        {
            code = JsonCodes.MalformedJson;
            var detail = StripPathSuffix(text);
            message = $"The document could not be read: {detail}";
            messageZh = $"无法读取文档：{detail}";
        }

        return new Diagnostic
        {
            Code = code,
            Severity = DiagnosticSeverity.Error,
            Pointer = pointer,
            Message = message,
            MessageZh = messageZh,
            Location = Locate(ex, utf8Json, source),
        };
    }

    private static bool IsSyntaxError(JsonException ex) =>
        IsReaderException(ex) || (ex.InnerException is JsonException inner && IsReaderException(inner));

    // System.Text.Json raises syntax errors as its internal JsonReaderException.
    private static bool IsReaderException(Exception ex) => ex.GetType().Name == "JsonReaderException";

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

    private static SourceLocation FromOffset(ReadOnlySpan<byte> utf8Json, int offset, string? source)
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

    private static List<string> QuotedNames(string message)
    {
        var names = new List<string>();
        var at = message.IndexOf("including:", StringComparison.Ordinal);
        var i = at < 0 ? 0 : at;
        while (true)
        {
            var open = message.IndexOf('\'', i);
            if (open < 0) break;
            var close = message.IndexOf('\'', open + 1);
            if (close < 0) break;
            names.Add(message.Substring(open + 1, close - open - 1));
            i = close + 1;
        }

        return names;
    }

    /// <summary>Describes what the contract expects at a pointer, from the serializer's own metadata.</summary>
    private static string ExpectedAt(string pointer)
    {
        var type = MemberTypes.Value.TryGetValue(pointer, out var t) ? t : null;
        if (type is null) return "an object";
        if (type == typeof(string)) return "a string";
        if (type == typeof(int) || type == typeof(int?)) return "a whole number";
        if (type == typeof(decimal) || type == typeof(decimal?)) return "a number";
        if (type == typeof(DateTime?)) return "a date string \"yyyy-MM-dd\"";
        if (type == typeof(ReportEdition)) return "the edition string \"2019\" or \"2021\"";
        return "an object";
    }

    /// <summary>Every member pointer of every document type, with its .NET type, walked from the serializer's metadata.</summary>
    private static readonly Lazy<Dictionary<string, Type>> MemberTypes = new(() =>
    {
        var map = new Dictionary<string, Type>(StringComparer.Ordinal);
        void Walk(JsonTypeInfo info, string prefix, int depth)
        {
            if (depth > 8 || info.Kind != JsonTypeInfoKind.Object) return;
            foreach (var property in info.Properties)
            {
                var pointer = prefix + "/" + Escape(property.Name);
                map[pointer] = property.PropertyType;
                var child = ReportJsonContext.Readable.GetTypeInfo(property.PropertyType);
                if (child is not null) Walk(child, pointer, depth + 1);
            }
        }

        foreach (var root in DocumentTypes())
        {
            Walk(root, string.Empty, 0);
        }

        return map;
    });

    private static IEnumerable<JsonTypeInfo> DocumentTypes()
    {
        yield return ReportJsonContext.Readable.DisclosureReport2021;
    }

    private static string ExpectedZh(string expected) => expected switch
    {
        "a string" => "字符串",
        "a whole number" => "整数",
        "a date string \"yyyy-MM-dd\"" => "\"yyyy-MM-dd\" 格式的日期字符串",
        "a number" => "数字",
        "an object" => "对象",
        _ => "版本字符串 \"2019\" 或 \"2021\"",
    };

    private static string StripPathSuffix(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0) at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return at < 0 ? message : message.Substring(0, at);
    }
}
