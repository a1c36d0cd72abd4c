namespace Disclosure.Format.Import;

/// <summary>Strict UTF-8 validation (Unicode table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).</summary>
internal static class Utf8Check
{
    /// <summary>The offset, from <paramref name="start"/>, of the first byte of the first invalid sequence, or the length when all is valid.</summary>
    public static int FirstInvalid(byte[] bytes, int start) => FirstInvalid(bytes, start, bytes.Length - start, out _);

    public static bool IsValid(byte[] bytes, int start, int count) => FirstInvalid(bytes, start, count, out _) == count;

    /// <summary>The number of multi-byte sequences in valid UTF-8 bytes.</summary>
    public static int CountMultiByte(byte[] bytes)
    {
        FirstInvalid(bytes, 0, bytes.Length, out var multi);
        return multi;
    }

    /// <summary>
    /// Whether a line is clearly UTF-8: valid, with at least two characters of three bytes that are CJK (ideographs,
    /// CJK punctuation, full-width forms) and no other non-ASCII character. A line of legacy Chinese bytes is
    /// practically never that.
    /// </summary>
    public static bool IsClearlyUtf8(byte[] bytes, int start, int count)
    {
        var end = start + count;
        var cjk = 0;
        for (var i = start; i < end;)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            if ((b & 0xF0) != 0xE0 || i + 2 >= end)
            {
                return false;
            }

            var cp = ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
            if (cp is not ((>= 0x3000 and <= 0x303F) or (>= 0x3400 and <= 0x9FFF) or (>= 0xFF00 and <= 0xFFEF)))
            {
                return false;
            }

            cjk++;
            i += 3;
        }

        return cjk >= 2 && IsValid(bytes, start, count);
    }

    private static int FirstInvalid(byte[] bytes, int start, int count, out int multiByte)
    {
        multiByte = 0;
        var end = start + count;
        var i = start;
        while (i < end)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int need;
            byte lo = 0x80, hi = 0xBF;
            if (b is >= 0xC2 and <= 0xDF) need = 1;
            else if (b == 0xE0) { need = 2; lo = 0xA0; }
            else if (b is >= 0xE1 and <= 0xEC or 0xEE or 0xEF) need = 2;
            else if (b == 0xED) { need = 2; hi = 0x9F; }
            else if (b == 0xF0) { need = 3; lo = 0x90; }
            else if (b is >= 0xF1 and <= 0xF3) need = 3;
            else if (b == 0xF4) { need = 3; hi = 0x8F; }
            else return i - start;

            if (i + need >= end)
            {
                return i - start;
            }

            var second = bytes[i + 1];
            if (second < lo || second > hi)
            {
                return i - start;
            }

            for (var k = 2; k <= need; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return i - start;
                }
            }

            multiByte++;
            i += need + 1;
        }

        return count;
    }
}
