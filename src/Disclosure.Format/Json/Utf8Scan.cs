namespace Disclosure.Format.Json;

/// <summary>Finds the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629).</summary>
internal static class Utf8Scan
{
    /// <summary>The offset of the first invalid sequence, or -1 when the bytes are valid UTF-8.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length;
            byte min = 0x80, max = 0xBF; // allowed range of the second byte
            if (b is >= 0xC2 and <= 0xDF) length = 2;
            else if (b == 0xE0) { length = 3; min = 0xA0; }          // no overlong forms
            else if (b == 0xED) { length = 3; max = 0x9F; }          // no UTF-16 surrogates
            else if (b is >= 0xE1 and <= 0xEF) length = 3;
            else if (b == 0xF0) { length = 4; min = 0x90; }          // no overlong forms
            else if (b == 0xF4) { length = 4; max = 0x8F; }          // nothing above U+10FFFF
            else if (b is >= 0xF1 and <= 0xF3) length = 4;
            else return i;

            if (i + length > bytes.Length || bytes[i + 1] < min || bytes[i + 1] > max) return i;
            for (var k = 2; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80) return i;
            }

            i += length;
        }

        return -1;
    }

    /// <summary>
    /// The offset of the first <c>\uXXXX</c> escape that is a high surrogate not followed by an escaped low surrogate, or
    /// a low surrogate not preceded by a high one; -1 when there is none.
    /// </summary>
    public static int FirstUnpairedSurrogateEscape(ReadOnlySpan<byte> bytes)
    {
        var pendingHigh = -1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\\')
            {
                if (pendingHigh >= 0) return pendingHigh;
                continue;
            }

            if (i + 1 < bytes.Length && bytes[i + 1] == (byte)'u' && TryHex4(bytes.Slice(i + 2), out var unit))
            {
                var isHigh = unit is >= 0xD800 and <= 0xDBFF;
                var isLow = unit is >= 0xDC00 and <= 0xDFFF;
                if (pendingHigh >= 0 && !isLow) return pendingHigh;
                if (pendingHigh < 0 && isLow) return i;
                pendingHigh = isHigh ? i : -1;
                i += 5;
            }
            else
            {
                if (pendingHigh >= 0) return pendingHigh;
                i++; // any other escape: skip the escaped character
            }
        }

        return pendingHigh;
    }

    /// <summary>
    /// True when the bytes hold something that cannot become text: invalid UTF-8, or an unpaired surrogate escape. What
    /// System.Text.Json throws when it meets either (an <see cref="InvalidOperationException"/>) is told by this, not
    /// by the exception's message.
    /// </summary>
    public static bool IsNotText(ReadOnlySpan<byte> bytes) => FirstInvalid(bytes) >= 0 || FirstUnpairedSurrogateEscape(bytes) >= 0;

    private static bool TryHex4(ReadOnlySpan<byte> bytes, out int value)
    {
        value = 0;
        if (bytes.Length < 4) return false;
        for (var k = 0; k < 4; k++)
        {
            var c = bytes[k];
            var digit = c is >= (byte)'0' and <= (byte)'9' ? c - '0'
                : c is >= (byte)'a' and <= (byte)'f' ? c - 'a' + 10
                : c is >= (byte)'A' and <= (byte)'F' ? c - 'A' + 10
                : -1;
            if (digit < 0) return false;
            value = (value << 4) | digit;
        }

        return true;
    }
}
