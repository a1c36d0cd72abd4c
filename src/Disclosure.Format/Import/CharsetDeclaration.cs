using System.Text;

namespace Disclosure.Format.Import;

/// <summary>
/// Finds the charset a page declares in its first bytes, reading them as ASCII the way browsers pre-scan a page:
/// <c>&lt;meta charset&gt;</c>, <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> and an XML
/// declaration's <c>encoding</c>. Comments are skipped; the first declaration found wins.
/// </summary>
internal static class CharsetDeclaration
{
    public static string? Find(byte[] bytes, int scanLength)
    {
        var end = Math.Min(bytes.Length, scanLength);
        var i = 0;
        while (i < end)
        {
            if (bytes[i] != (byte)'<')
            {
                i++;
                continue;
            }

            if (StartsWith(bytes, i, end, "<!--"))
            {
                var close = IndexOf(bytes, i + 4, end, "-->");
                if (close < 0) return null;
                i = close + 3;
                continue;
            }

            if (StartsWith(bytes, i, end, "<?xml") && i + 5 < end && IsSpace(bytes[i + 5]))
            {
                var (attributes, next) = Attributes(bytes, i + 5, end);
                if (attributes.TryGetValue("encoding", out var encoding) && encoding.Length > 0) return encoding;
                i = next;
                continue;
            }

            if (StartsWith(bytes, i, end, "<meta") && i + 5 < end && (IsSpace(bytes[i + 5]) || bytes[i + 5] == (byte)'/'))
            {
                var (attributes, next) = Attributes(bytes, i + 5, end);
                if (attributes.TryGetValue("charset", out var charset) && charset.Length > 0) return charset;
                if (attributes.TryGetValue("http-equiv", out var equiv) && equiv.Equals("content-type", StringComparison.OrdinalIgnoreCase)
                    && attributes.TryGetValue("content", out var content) && FromContentType(content) is { } fromContent)
                {
                    return fromContent;
                }

                i = next;
                continue;
            }

            i++;
        }

        return null;
    }

    /// <summary>The charset parameter of a Content-Type value (<c>text/html; charset=gb2312</c>).</summary>
    internal static string? FromContentType(string content)
    {
        var at = content.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var j = at + 7;
            while (j < content.Length && char.IsWhiteSpace(content[j])) j++;
            if (j < content.Length && content[j] == '=')
            {
                j++;
                while (j < content.Length && char.IsWhiteSpace(content[j])) j++;
                var quote = j < content.Length && content[j] is '"' or '\'' ? content[j] : '\0';
                if (quote != '\0') j++;
                var start = j;
                while (j < content.Length && content[j] != quote && content[j] != ';' && !char.IsWhiteSpace(content[j])) j++;
                return j > start ? content.Substring(start, j - start) : null;
            }

            at = content.IndexOf("charset", at + 7, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    /// <summary>The attributes of a tag from just after its name to its <c>&gt;</c> (names lower-cased, first occurrence kept), and the index after the tag.</summary>
    private static (Dictionary<string, string> Attributes, int Next) Attributes(byte[] bytes, int i, int end)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (i < end)
        {
            while (i < end && (IsSpace(bytes[i]) || bytes[i] == (byte)'/' || bytes[i] == (byte)'?')) i++;
            if (i >= end || bytes[i] == (byte)'>') return (attributes, i + 1);
            var nameStart = i;
            while (i < end && !IsSpace(bytes[i]) && bytes[i] is not ((byte)'=' or (byte)'>' or (byte)'/')) i++;
            var name = Ascii(bytes, nameStart, i - nameStart).ToLowerInvariant();
            while (i < end && IsSpace(bytes[i])) i++;
            var value = string.Empty;
            if (i < end && bytes[i] == (byte)'=')
            {
                i++;
                while (i < end && IsSpace(bytes[i])) i++;
                if (i < end && bytes[i] is (byte)'"' or (byte)'\'')
                {
                    var quote = bytes[i++];
                    var valueStart = i;
                    while (i < end && bytes[i] != quote) i++;
                    value = Ascii(bytes, valueStart, i - valueStart);
                    i++;
                }
                else
                {
                    var valueStart = i;
                    while (i < end && !IsSpace(bytes[i]) && bytes[i] != (byte)'>') i++;
                    value = Ascii(bytes, valueStart, i - valueStart);
                }
            }

            if (name.Length > 0 && !attributes.ContainsKey(name)) attributes[name] = value.Trim();
        }

        return (attributes, end);
    }

    private static string Ascii(byte[] bytes, int start, int count)
    {
        var chars = new char[count];
        for (var k = 0; k < count; k++) chars[k] = bytes[start + k] < 0x80 ? (char)bytes[start + k] : '\uFFFD';
        return new string(chars);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    private static bool StartsWith(byte[] bytes, int i, int end, string ascii)
    {
        if (i + ascii.Length > end) return false;
        for (var k = 0; k < ascii.Length; k++)
        {
            var b = bytes[i + k];
            if (b is >= (byte)'A' and <= (byte)'Z') b = (byte)(b + 32);
            if (b != ascii[k]) return false;
        }

        return true;
    }

    private static int IndexOf(byte[] bytes, int from, int end, string ascii)
    {
        for (var i = from; i + ascii.Length <= end; i++)
        {
            if (StartsWith(bytes, i, end, ascii)) return i;
        }

        return -1;
    }
}
