namespace Disclosure.Format.Import;

/// <summary>
/// Finds the anchors of a catalog in a text: every plausible occurrence of every label, then the order-preserving
/// choice of occurrences with the highest total score (labels must appear in the format's order; a label may be
/// missing). This makes a label that also occurs in prose (规章, 行政许可, 其他) bind where the table is.
/// </summary>
internal static class Aligner
{
    private const int CandidateLimit = 64;
    private const double HeadingThreshold = 0.7;

    /// <summary>
    /// The occurrences of label patterns and headings found in one text from one key index, kept for the next
    /// catalog tried on the same text (the editions share most of their labels).
    /// </summary>
    internal sealed class SearchCache
    {
        /// <summary>By <see cref="LabelPattern.SearchId"/>; made for the first catalog's patterns (see <see cref="Align"/>).</summary>
        public Dictionary<int, KeyMatch[]>? Labels { get; set; }

        public Dictionary<(string Ordinal, string Core), List<(int At, double Ratio, int End)>> Headings { get; } = new();
    }

    public static Dictionary<Anchor, AnchorMatch> Align(SourceText text, IReadOnlyList<Anchor> anchors, int keyFrom, SearchCache? cache = null)
    {
        cache ??= new SearchCache();
        if (cache.Labels is null)
        {
            var patterns = 0;
            foreach (var anchor in anchors)
            {
                patterns += anchor.Patterns.Count;
            }

            cache.Labels = new Dictionary<int, KeyMatch[]>(patterns);
        }

        var candidates = new List<AnchorMatch>();
        var scratch = new List<KeyMatch>();
        foreach (var anchor in anchors)
        {
            if (anchor.Kind == AnchorKind.Section)
            {
                HeadingCandidates(text, anchor, keyFrom, candidates, cache);
            }
            else
            {
                LabelCandidates(text, anchor, keyFrom, candidates, scratch, cache);
            }
        }

        return Choose(candidates, anchors.Count);
    }

    private static void HeadingCandidates(SourceText text, Anchor anchor, int keyFrom, List<AnchorMatch> into, SearchCache cache)
    {
        var key = text.Key;
        var ordinal = anchor.HeadingOrdinal![0];
        var core = anchor.HeadingCore!;
        if (!cache.Headings.TryGetValue((anchor.HeadingOrdinal, core), out var found))
        {
            found = [];
            var count = 0;
            for (var p = key.IndexOf(ordinal, keyFrom); p >= 0 && count < CandidateLimit * 4; p = p + 1 < key.Length ? key.IndexOf(ordinal, p + 1) : -1)
            {
                count++;
                var (ratio, end) = FuzzyMatcher.HeadingSimilarity(key, p + 1, core, 2 * core.Length + 6);
                found.Add((p, ratio, end));
            }

            cache.Headings[(anchor.HeadingOrdinal, core)] = found;
        }

        foreach (var (p, ratio, end) in found)
        {
            var normAt = text.KeyToNorm[p];
            if (ratio >= HeadingThreshold)
            {
                var exact = end - p - 1 == core.Length && string.CompareOrdinal(key, p + 1, core, 0, core.Length) == 0;
                into.Add(new AnchorMatch(anchor, normAt, ToLineEnd(text.Norm, text.KeyToNorm[end - 1] + 1), p, end, exact ? 0 : 1, false, false,
                    2 + core.Length * ratio));
            }
            else if (FollowedByComma(text.Norm, normAt))
            {
                // A heading in the right place with local wording (五、当前存在的突出问题): only its ordinal is taken.
                var commaEnd = text.Norm.IndexOf('、', normAt) + 1;
                into.Add(new AnchorMatch(anchor, normAt, commaEnd, p, p + 1, 1, false, true, 0.5));
            }
        }
    }

    /// <summary>
    /// A heading on a line of its own ends at the line's end even where its last words differ from the format's
    /// (<c>…改进措施</c> for <c>…改进情况</c>): extends <paramref name="end"/> over up to ten characters before a line
    /// break when they hold no digit and no sentence punctuation.
    /// </summary>
    private static int ToLineEnd(string norm, int end)
    {
        for (var i = end; i < norm.Length && i <= end + 10; i++)
        {
            var c = norm[i];
            if (c == '\n' || c == '\r')
            {
                return i;
            }

            if ((c >= '0' && c <= '9') || "。，,；;：:！？!?".IndexOf(c) >= 0)
            {
                return end;
            }
        }

        return end;
    }

    private static bool FollowedByComma(string norm, int at)
    {
        for (var i = at + 1; i < norm.Length && i <= at + 3; i++)
        {
            if (norm[i] == '、') return true;
            if (norm[i] != ' ' && norm[i] != '\t') return false;
        }

        return false;
    }

    private static void LabelCandidates(SourceText text, Anchor anchor, int keyFrom, List<AnchorMatch> into, List<KeyMatch> scratch, SearchCache cache)
    {
        var key = text.Key;
        var patterns = anchor.Patterns;
        for (var p = 0; p < patterns.Count; p++)
        {
            var pattern = patterns[p];
            if (!cache.Labels!.TryGetValue(pattern.SearchId, out var found))
            {
                scratch.Clear();
                FuzzyMatcher.FindExact(key, pattern.Key, keyFrom, key.Length, scratch, CandidateLimit);
                if (scratch.Count == 0)
                {
                    FuzzyMatcher.FindApproximate(key, pattern.Key, pattern.MaxCost, keyFrom, key.Length, scratch, CandidateLimit);
                }

                found = scratch.ToArray();
                cache.Labels[pattern.SearchId] = found;
            }

            foreach (var m in found)
            {
                if (!PrefixAndTokensHold(key, m, pattern))
                {
                    continue;
                }

                var score = pattern.Key.Length - 2.0 * m.Cost - (pattern.IsShortened ? 1 : 0);
                var normStart = text.KeyToNorm[m.Start];
                var normEnd = text.KeyToNorm[m.End - 1] + 1;
                var numberMissing = false;
                if (anchor.Numbering > 0)
                {
                    var (number, numberStart) = NumberingBefore(text.Norm, normStart);
                    if (number == anchor.Numbering)
                    {
                        score += 1;
                        normStart = numberStart;
                    }
                    else if (number > 0)
                    {
                        continue; // another numbered row
                    }
                    else
                    {
                        score -= 1;
                        numberMissing = true;
                    }
                }

                if (score > 0)
                {
                    into.Add(new AnchorMatch(anchor, normStart, normEnd, m.Start, m.End, m.Cost, pattern.IsShortened, false, score) { NumberMissing = numberMissing });
                }
            }
        }
    }

    private static bool PrefixAndTokensHold(string key, KeyMatch m, LabelPattern pattern)
    {
        if (m.Cost == 0)
        {
            return true;
        }

        if (pattern.RequiredPrefix is { } prefix
            && (m.End - m.Start < prefix.Length || string.CompareOrdinal(key, m.Start, prefix, 0, prefix.Length) != 0))
        {
            return false;
        }

        var span = key.Substring(m.Start, m.End - m.Start);

        foreach (var token in pattern.ProtectedTokens)
        {
            if (span.IndexOf(token, StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        // The match must not carry an ordinal of its own that the label does not have (（三） for （四）).
        for (var i = 0; i + 2 < span.Length; i++)
        {
            if (span[i] == '(' && span[i + 2] == ')' && !pattern.ProtectedTokens.Contains(span.Substring(i, 3)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The label number written just before <paramref name="at"/> (<c>3.</c>, <c>3、</c>), with its start; (0, at) when none.</summary>
    public static (int Number, int Start) NumberingBefore(string norm, int at)
    {
        var i = at - 1;
        while (i >= 0 && (norm[i] == ' ' || norm[i] == '\t'))
        {
            i--;
        }

        if (i < 0 || (norm[i] != '.' && norm[i] != '、'))
        {
            return (0, at);
        }

        i--;
        while (i >= 0 && (norm[i] == ' ' || norm[i] == '\t'))
        {
            i--;
        }

        if (i < 0 || norm[i] < '0' || norm[i] > '9')
        {
            return (0, at);
        }

        // Label numbers have one digit; a longer run is values run into the number (3700000372.).
        return (norm[i] - '0', i);
    }

    private static Dictionary<Anchor, AnchorMatch> Choose(List<AnchorMatch> candidates, int anchorCount)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        // Candidates by start, then anchor order, then as found (a stable order); their indexes by end, then by that order.
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var x = candidates[a];
            var y = candidates[b];
            return x.KeyStart != y.KeyStart ? x.KeyStart.CompareTo(y.KeyStart)
                : x.Anchor.Order != y.Anchor.Order ? x.Anchor.Order.CompareTo(y.Anchor.Order)
                : a.CompareTo(b);
        });
        var byStart = new AnchorMatch[order.Length];
        for (var i = 0; i < order.Length; i++) byStart[i] = candidates[order[i]];
        var byEnd = new int[byStart.Length];
        for (var i = 0; i < byEnd.Length; i++) byEnd[i] = i;
        Array.Sort(byEnd, (a, b) => byStart[a].KeyEnd != byStart[b].KeyEnd ? byStart[a].KeyEnd.CompareTo(byStart[b].KeyEnd) : a.CompareTo(b));
        var best = new double[byStart.Length];
        var previous = new int[byStart.Length];
        var tree = new MaxTree(anchorCount);
        var e = 0;
        for (var i = 0; i < byStart.Length; i++)
        {
            var c = byStart[i];
            while (e < byEnd.Length && byStart[byEnd[e]].KeyEnd <= c.KeyStart)
            {
                tree.Update(byStart[byEnd[e]].Anchor.Order, best[byEnd[e]], byEnd[e]);
                e++;
            }

            var (value, index) = tree.Query(c.Anchor.Order - 1);
            best[i] = c.Score + Math.Max(0, value);
            previous[i] = value > 0 ? index : -1;
        }

        var last = 0;
        for (var i = 1; i < best.Length; i++)
        {
            if (best[i] > best[last] + 1e-9)
            {
                last = i;
            }
        }

        var chosen = 0;
        for (var i = last; i >= 0; i = previous[i])
        {
            chosen++;
        }

        var result = new Dictionary<Anchor, AnchorMatch>(chosen);
        for (var i = last; i >= 0; i = previous[i])
        {
            result[byStart[i].Anchor] = byStart[i];
        }

        return result;
    }

    /// <summary>A Fenwick tree over anchor orders keeping the best (score, candidate) seen at or below an order.</summary>
    private sealed class MaxTree(int size)
    {
        private readonly double[] values = Filled(size + 1, double.NegativeInfinity);
        private readonly int[] indexes = Filled(size + 1, -1);

        private static T[] Filled<T>(int length, T value)
        {
            var array = new T[length];
            for (var i = 0; i < array.Length; i++) array[i] = value;
            return array;
        }

        public void Update(int order, double value, int index)
        {
            for (var i = order + 1; i <= size; i += i & -i)
            {
                if (value > values[i] + 1e-9)
                {
                    values[i] = value;
                    indexes[i] = index;
                }
            }
        }

        public (double Value, int Index) Query(int order)
        {
            double value = double.NegativeInfinity;
            var index = -1;
            for (var i = order + 1; i > 0; i -= i & -i)
            {
                if (values[i] > value + 1e-9)
                {
                    value = values[i];
                    index = indexes[i];
                }
            }

            return (value, index);
        }
    }
}
