namespace Disclosure.Format.Import;

/// <summary>
/// How plausible bytes are as GB18030 and as Big5 text: the share of their double-byte characters, symbol rows
/// (lead bytes <c>A1</c>–<c>A3</c>, full-width punctuation in both standards) left out, that are common characters in
/// each reading. Common is what each standard itself sets apart as frequently used: GB2312's first level
/// (<c>B0A1</c>–<c>D7F9</c>, 3 755 hanzi) and Big5's frequently used characters (<c>A440</c>–<c>C67E</c>, 5 401).
/// Only called when both decode the bytes cleanly, so the bytes are ASCII and two-byte pairs in both readings.
/// </summary>
internal static class Plausibility
{
    /// <summary>The least share for a reading to be chosen.</summary>
    public const double MinimumShare = 0.5;

    /// <summary>The least lead of the chosen reading's share over the other's.</summary>
    public const double MinimumLead = 0.2;

    public static (double Gb18030, double Big5) Shares(byte[] bytes)
    {
        int counted = 0, gb = 0, big5 = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var lead = bytes[i];
            if (lead < 0x80 || i + 1 >= bytes.Length)
            {
                i++;
                continue;
            }

            var trail = bytes[i + 1];
            i += 2;
            if (lead is >= 0xA1 and <= 0xA3)
            {
                continue;
            }

            counted++;
            if (lead is >= 0xB0 and <= 0xD7 && trail >= 0xA1 && trail <= 0xFE && !(lead == 0xD7 && trail > 0xF9))
            {
                gb++;
            }

            var code = (lead << 8) | trail;
            if (code is >= 0xA440 and <= 0xC67E)
            {
                big5++;
            }
        }

        return counted == 0 ? (0, 0) : ((double)gb / counted, (double)big5 / counted);
    }
}
