namespace Disclosure.Format.Import;

/// <summary>
/// Exact and approximate (edit-distance) search of short patterns in a key text. Approximate search uses Myers'
/// bit-parallel algorithm (linear in the text for patterns up to 64 characters); the start of each match is then
/// recovered with a small backward alignment.
/// </summary>
internal static class FuzzyMatcher
{
    public const int MaxPatternLength = 64;

    /// <summary>Every exact occurrence of <paramref name="pattern"/> in <paramref name="text"/> within [from, to).</summary>
    public static void FindExact(string text, string pattern, int from, int to, List<KeyMatch> into, int limit)
    {
        if (pattern.Length == 0)
        {
            return;
        }

        var i = from;
        while (into.Count < limit)
        {
            var count = to - i;
            if (count < pattern.Length)
            {
                return;
            }

            var found = text.IndexOf(pattern, i, count, StringComparison.Ordinal);
            if (found < 0)
            {
                return;
            }

            into.Add(new KeyMatch(found, found + pattern.Length, 0));
            i = found + 1;
        }
    }

    /// <summary>
    /// Approximate occurrences of <paramref name="pattern"/> with at most <paramref name="maxCost"/> edits (insertions,
    /// deletions, substitutions), one per cluster of overlapping end positions (the cheapest).
    /// </summary>
    public static void FindApproximate(string text, string pattern, int maxCost, int from, int to, List<KeyMatch> into, int limit) =>
        FindApproximate(text, pattern, maxCost, from, to, into, limit, nearPiecesOnly: true);

    /// <summary>
    /// <see cref="FindApproximate(string, string, int, int, int, List{KeyMatch}, int)"/> with the search restricted to the
    /// stretches near an exact occurrence of a piece of the pattern (<paramref name="nearPiecesOnly"/>, what the
    /// importer uses) or over the whole range (the reference the tests compare the restricted search with).
    /// </summary>
    internal static void FindApproximate(string text, string pattern, int maxCost, int from, int to, List<KeyMatch> into, int limit,
        bool nearPiecesOnly)
    {
        var m = Math.Min(pattern.Length, MaxPatternLength);
        if (m == 0 || maxCost <= 0 || to <= from)
        {
            return;
        }

        if (m < pattern.Length)
        {
            pattern = pattern.Substring(0, m);
        }

        var peq = PatternBits.Rent();
        for (var i = 0; i < m; i++)
        {
            peq.Set(pattern[i], 1UL << i);
        }

        try
        {
            if (!nearPiecesOnly || maxCost + 1 > m || !ScanNearPieces(text, pattern, maxCost, from, to, into, limit, m, peq))
            {
                Scan(text, pattern, maxCost, from, into, limit, m, peq, from, to);
            }
        }
        finally
        {
            for (var i = 0; i < m; i++)
            {
                peq.Clear(pattern[i]);
            }
        }
    }

    /// <summary>
    /// The approximate search restricted to where a match can be. Cut into <c>maxCost + 1</c> pieces, the pattern has
    /// a piece that occurs exactly in any text window within <c>maxCost</c> edits of it (each edit touches one
    /// piece at most); such a window ending at index <c>j</c> contains a piece occurrence at <c>q</c> with
    /// <c>q ≤ j ≤ q + m + maxCost</c>. Those stretches of ends are scanned, each from <c>m + maxCost</c> characters
    /// before it (a window's start is never further back), so every end gets the distance a whole scan would give
    /// it wherever that is within the budget; elsewhere the distance is over the budget either way. Stretches that
    /// touch are scanned as one, and a cluster of ends is closed where a stretch ends, as the whole scan closes it at
    /// the next end (outside every stretch, over the budget). Returns false when the pieces occur too often to be
    /// worth it (the caller then scans everything).
    /// </summary>
    private static bool ScanNearPieces(string text, string pattern, int maxCost, int from, int to, List<KeyMatch> into, int limit, int m, PatternBits peq)
    {
        var pieces = maxCost + 1;
        var stretches = new List<(int Start, int End)>();
        for (var p = 0; p < pieces; p++)
        {
            var pieceStart = p * m / pieces;
            var pieceLength = ((p + 1) * m / pieces) - pieceStart;
            var piece = pattern.Substring(pieceStart, pieceLength);
            for (var at = from; at <= to - pieceLength;)
            {
                var q = text.IndexOf(piece, at, to - at, StringComparison.Ordinal);
                if (q < 0)
                {
                    break;
                }

                stretches.Add((q, Math.Min(to - 1, q + m + maxCost)));
                if (stretches.Count > (to - from) / 8)
                {
                    return false;
                }

                at = q + 1;
            }
        }

        if (stretches.Count == 0)
        {
            return true;
        }

        stretches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var runStart = -1;
        var runEnd = -1;
        foreach (var (start, end) in stretches)
        {
            var scanFrom = Math.Max(from, start - m - maxCost);
            if (runStart >= 0 && scanFrom <= runEnd + 1)
            {
                runEnd = Math.Max(runEnd, end);
                continue;
            }

            if (runStart >= 0 && !Scan(text, pattern, maxCost, from, into, limit, m, peq, runStart, runEnd + 1))
            {
                return true;
            }

            runStart = scanFrom;
            runEnd = end;
        }

        Scan(text, pattern, maxCost, from, into, limit, m, peq, runStart, runEnd + 1);
        return true;
    }

    /// <summary>Myers' scan over the ends in [<paramref name="scanFrom"/>, <paramref name="scanTo"/>); false when the limit was reached.</summary>
    private static bool Scan(string text, string pattern, int maxCost, int from, List<KeyMatch> into, int limit, int m, PatternBits peq,
        int scanFrom, int scanTo)
    {
        var high = 1UL << (m - 1);
        ulong pv = ulong.MaxValue, mv = 0;
        var score = m;
        var bestEnd = -1;
        var bestScore = int.MaxValue;
        for (var j = scanFrom; j < scanTo; j++)
        {
            var eq = peq.Get(text[j]);
            var xv = eq | mv;
            var xh = (((eq & pv) + pv) ^ pv) | eq;
            var ph = mv | ~(xh | pv);
            var mh = pv & xh;
            if ((ph & high) != 0) score++;
            else if ((mh & high) != 0) score--;
            ph <<= 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;

            if (score <= maxCost)
            {
                if (score < bestScore)
                {
                    bestScore = score;
                    bestEnd = j + 1;
                }
            }
            else if (bestEnd >= 0)
            {
                Add(text, pattern, bestEnd, bestScore, maxCost, from, into);
                if (into.Count >= limit) return false;
                bestEnd = -1;
                bestScore = int.MaxValue;
            }
        }

        if (bestEnd >= 0)
        {
            Add(text, pattern, bestEnd, bestScore, maxCost, from, into);
            if (into.Count >= limit) return false;
        }

        return true;
    }

    private static void Add(string text, string pattern, int end, int cost, int maxCost, int from, List<KeyMatch> into)
    {
        var start = FindStart(text, pattern, end, cost, maxCost, from);
        if (start >= 0)
        {
            into.Add(new KeyMatch(start, end, cost));
        }
    }

    /// <summary>The start of the shortest text window ending at <paramref name="end"/> that matches the whole pattern at <paramref name="cost"/>.</summary>
    private static int FindStart(string text, string pattern, int end, int cost, int maxCost, int from)
    {
        var m = pattern.Length;
        var width = Math.Min(end - from, m + maxCost);
        // d[i] = distance between the pattern's last i characters and the text's last t characters (column t).
        var prev = new int[m + 1];
        var cur = new int[m + 1];
        for (var i = 0; i <= m; i++) prev[i] = i;
        if (prev[m] == cost) return end;
        for (var t = 1; t <= width; t++)
        {
            var tc = text[end - t];
            cur[0] = 0;
            for (var i = 1; i <= m; i++)
            {
                var sub = prev[i - 1] + (pattern[m - i] == tc ? 0 : 1);
                var del = cur[i - 1] + 1;
                var ins = prev[i] + 1;
                cur[i] = Math.Min(sub, Math.Min(del, ins));
            }

            if (cur[m] == cost)
            {
                // Prefer the window that starts on a matching character (no leading insertion).
                return end - t;
            }

            (prev, cur) = (cur, prev);
        }

        return -1;
    }

    /// <summary>
    /// The length of the longest common subsequence of <paramref name="a"/> (1 to 64 characters) and
    /// <paramref name="b"/>, by the bit-vector algorithm of Crochemore, Iliopoulos, Pinzon and Reid: one word
    /// operation per character of <paramref name="b"/>.
    /// </summary>
    public static int LcsLength(string a, string b)
    {
        var m = a.Length;
        var bits = PatternBits.Rent();
        for (var i = 0; i < m; i++)
        {
            bits.Set(a[i], 1UL << i);
        }

        try
        {
            var v = ulong.MaxValue;
            foreach (var c in b)
            {
                var u = v & bits.Get(c);
                v = (v + u) | (v - u);
            }

            var zeros = ~v & (m == 64 ? ulong.MaxValue : (1UL << m) - 1);
            var count = 0;
            for (; zeros != 0; zeros &= zeros - 1)
            {
                count++;
            }

            return count;
        }
        finally
        {
            for (var i = 0; i < m; i++)
            {
                bits.Clear(a[i]);
            }
        }
    }

    /// <summary>
    /// How well the text at <paramref name="pos"/> reads as <paramref name="core"/> with words added or changed
    /// (a heading like <c>四、因政府信息公开工作被申请行政复议、提起行政诉讼情况</c> for
    /// <c>四、政府信息公开行政复议、行政诉讼情况</c>): the best over window ends of (common subsequence − ¼ × inserted
    /// characters) ÷ pattern length; also returns the end of that window. The first character of the window must be
    /// one of the pattern's.
    /// </summary>
    public static (double Ratio, int End) HeadingSimilarity(string text, int pos, string core, int maxWindow)
    {
        var m = core.Length;
        if (m == 0 || pos >= text.Length || core.IndexOf(text[pos]) < 0)
        {
            return (0, pos);
        }

        var w = Math.Min(maxWindow, text.Length - pos);
        return m <= MaxPatternLength ? HeadingSimilarityBits(text, pos, core, w) : HeadingSimilarityByTable(text, pos, core, w);
    }

    /// <summary>
    /// <see cref="HeadingSimilarity"/> by the LCS table, row by row over the window: for cores longer than 64 characters,
    /// and the reference the tests compare the bit-vector version with.
    /// </summary>
    internal static (double Ratio, int End) HeadingSimilarityByTable(string text, int pos, string core, int w)
    {
        var m = core.Length;

        // LCS rows over the pattern, columns over the window.
        var prev = new int[m + 1];
        var cur = new int[m + 1];
        double best = 0;
        var bestEnd = pos;
        for (var j = 1; j <= w; j++)
        {
            var tc = text[pos + j - 1];
            cur[0] = 0;
            for (var i = 1; i <= m; i++)
            {
                cur[i] = core[i - 1] == tc ? prev[i - 1] + 1 : Math.Max(prev[i], cur[i - 1]);
            }

            var lcs = cur[m];
            var score = lcs - 0.25 * (j - lcs);
            // Only end the window on a character that extends the match.
            if (score > best && core.IndexOf(tc) >= 0)
            {
                best = score;
                bestEnd = pos + j;
            }

            (prev, cur) = (cur, prev);
        }

        return (best / m, bestEnd);
    }

    /// <summary><see cref="HeadingSimilarity"/> for a core of at most 64 characters, its LCS with each window kept in one word.</summary>
    private static (double Ratio, int End) HeadingSimilarityBits(string text, int pos, string core, int w)
    {
        var m = core.Length;
        var bits = PatternBits.Rent();
        for (var i = 0; i < m; i++)
        {
            bits.Set(core[i], 1UL << i);
        }

        try
        {
            var mask = m == 64 ? ulong.MaxValue : (1UL << m) - 1;
            var v = ulong.MaxValue;
            double best = 0;
            var bestEnd = pos;
            for (var j = 1; j <= w; j++)
            {
                var match = bits.Get(text[pos + j - 1]);
                var u = v & match;
                v = (v + u) | (v - u);
                var lcs = m - PopCount(v & mask);
                var score = lcs - 0.25 * (j - lcs);
                // Only end the window on a character that extends the match.
                if (score > best && match != 0)
                {
                    best = score;
                    bestEnd = pos + j;
                }
            }

            return (best / m, bestEnd);
        }
        finally
        {
            for (var i = 0; i < m; i++)
            {
                bits.Clear(core[i]);
            }
        }
    }

    private static int PopCount(ulong value)
    {
#if NET
        return System.Numerics.BitOperations.PopCount(value);
#else
        var count = 0;
        for (; value != 0; value &= value - 1)
        {
            count++;
        }

        return count;
#endif
    }

    /// <summary>
    /// The match bits of a pattern's characters for Myers' algorithm, looked up by character through 256 pages of 256
    /// entries (pages are made only for the characters patterns use). One per thread, cleared after each pattern.
    /// </summary>
    private sealed class PatternBits
    {
        private static readonly ulong[] ZeroPage = new ulong[256];

        [ThreadStatic]
        private static PatternBits? perThread;

        private readonly ulong[][] pages = Enumerable.Repeat(ZeroPage, 256).ToArray();

        public static PatternBits Rent() => perThread ??= new PatternBits();

        public ulong Get(char c) => pages[c >> 8][c & 0xFF];

        public void Set(char c, ulong bit)
        {
            var page = pages[c >> 8];
            if (ReferenceEquals(page, ZeroPage))
            {
                pages[c >> 8] = page = new ulong[256];
            }

            page[c & 0xFF] |= bit;
        }

        public void Clear(char c)
        {
            var page = pages[c >> 8];
            if (!ReferenceEquals(page, ZeroPage))
            {
                page[c & 0xFF] = 0;
            }
        }
    }
}
