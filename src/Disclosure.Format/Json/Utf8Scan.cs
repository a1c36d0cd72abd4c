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
}
