namespace Disclosure.Format.Import;

/// <summary>The byte structure of Big5 (code page 950): ASCII, or a lead byte <c>81</c>–<c>FE</c> and a trail byte <c>40</c>–<c>7E</c> or <c>A1</c>–<c>FE</c>.</summary>
internal static class Big5Structure
{
    /// <summary>The offset of the first byte that breaks the structure, or <see langword="null"/>.</summary>
    public static int? FirstInvalid(byte[] bytes, int start)
    {
        for (var i = start; i < bytes.Length;)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            if (lead is 0x80 or 0xFF || i + 1 >= bytes.Length)
            {
                return i;
            }

            var trail = bytes[i + 1];
            if (trail is not ((>= 0x40 and <= 0x7E) or (>= 0xA1 and <= 0xFE)))
            {
                return i;
            }

            i += 2;
        }

        return null;
    }
}
