using Disclosure.Format.Import;

namespace Disclosure.Format.Tests.Import;

/// <summary>
/// The importer's label matching takes shortcuts that must not change a result: the approximate search scans only the
/// stretches near an exact occurrence of a piece of the pattern, and the longest common subsequence is computed with
/// bit vectors. Each is compared here with the plain computation on thousands of random texts (fixed seed).
/// </summary>
public sealed class FuzzyMatcherTests
{
    private const int Seed = 2021;

    // A small alphabet makes pieces of the pattern occur everywhere (the search falls back to a whole scan); a large one
    // makes them rare (only a few stretches are scanned).
    private static readonly string[] Alphabets = ["ab渠", "一二三四五六七八九十年申请公开政府信息处理结果行政复议诉讼总计自然人商业企业科研机构"];

    [Fact]
    public void The_search_near_pattern_pieces_finds_what_a_whole_scan_finds()
    {
        var random = new Random(Seed);
        var withMatches = 0;
        for (var n = 0; n < 4000; n++)
        {
            var alphabet = Alphabets[n % Alphabets.Length];
            var text = RandomText(random, alphabet, random.Next(1, 400));
            var pattern = n % 3 == 0 ? RandomText(random, alphabet, random.Next(1, 30)) : Damaged(random, alphabet, Slice(random, text));
            var maxCost = random.Next(1, 5);
            var from = random.Next(0, text.Length);
            var to = random.Next(from, text.Length + 1);
            var limit = random.Next(1, 40);

            var restricted = new List<KeyMatch>();
            var whole = new List<KeyMatch>();
            FuzzyMatcher.FindApproximate(text, pattern, maxCost, from, to, restricted, limit, nearPiecesOnly: true);
            FuzzyMatcher.FindApproximate(text, pattern, maxCost, from, to, whole, limit, nearPiecesOnly: false);
            Assert.True(whole.SequenceEqual(restricted),
                $"text \"{text}\", pattern \"{pattern}\", cost {maxCost}, [{from}, {to}), limit {limit}: whole scan {string.Join(" ", whole)}, restricted {string.Join(" ", restricted)}");
            if (whole.Count > 0) withMatches++;
        }

        // Both outcomes must be common, or the comparison proves little.
        Assert.InRange(withMatches, 1000, 3900);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_match_with_one_exact_piece_at_an_end_is_found_as_a_whole_scan_finds_it(bool firstPieceKept)
    {
        // The pattern is a stretch of the text with one character deleted from each part but the first (or the last), so
        // usually only that piece occurs exactly: the stretch scanned around it must reach maxCost characters beyond the
        // pattern's length on the far side.
        var random = new Random(Seed);
        var alphabet = Alphabets[1];
        for (var n = 0; n < 2000; n++)
        {
            var maxCost = random.Next(1, 4);
            var text = RandomText(random, alphabet, random.Next(60, 300));
            var length = random.Next(4 * (maxCost + 1), Math.Min(60, text.Length));
            var start = random.Next(0, text.Length - length + 1);
            var pattern = new List<char>(text.Substring(start, length));
            var part = length / (maxCost + 1);
            for (var k = maxCost; k >= 1; k--)
            {
                pattern.RemoveAt(((firstPieceKept ? k : k - 1) * part) + random.Next(part));
            }

            var restricted = new List<KeyMatch>();
            var whole = new List<KeyMatch>();
            var p = new string(pattern.ToArray());
            FuzzyMatcher.FindApproximate(text, p, maxCost, 0, text.Length, restricted, 40, nearPiecesOnly: true);
            FuzzyMatcher.FindApproximate(text, p, maxCost, 0, text.Length, whole, 40, nearPiecesOnly: false);
            Assert.True(whole.SequenceEqual(restricted), $"text \"{text}\", pattern \"{p}\", cost {maxCost}: whole scan {string.Join(" ", whole)}, restricted {string.Join(" ", restricted)}");
            Assert.True(whole.Any(m => m.Start < start + length && m.End > start), $"text \"{text}\", pattern \"{p}\", window [{start}, {start + length}): {string.Join(" ", whole)}");
        }
    }

    [Fact]
    public void The_bit_vector_LCS_is_the_LCS()
    {
        var random = new Random(Seed);
        for (var n = 0; n < 4000; n++)
        {
            var alphabet = Alphabets[n % Alphabets.Length];
            var a = RandomText(random, alphabet, random.Next(1, FuzzyMatcher.MaxPatternLength + 1));
            var b = n % 2 == 0 ? RandomText(random, alphabet, random.Next(0, 120)) : Damaged(random, alphabet, a);
            Assert.True(Lcs(a, b) == FuzzyMatcher.LcsLength(a, b), $"LCS of \"{a}\" and \"{b}\"");
        }
    }

    [Fact]
    public void The_bit_vector_heading_similarity_is_the_tables()
    {
        var random = new Random(Seed);
        var scored = 0;
        for (var n = 0; n < 4000; n++)
        {
            var alphabet = Alphabets[n % Alphabets.Length];
            var core = RandomText(random, alphabet, random.Next(1, FuzzyMatcher.MaxPatternLength + 1));
            var text = RandomText(random, alphabet, random.Next(0, 20)) + Damaged(random, alphabet, core) + RandomText(random, alphabet, random.Next(0, 20));
            var pos = random.Next(0, text.Length);
            if (core.IndexOf(text[pos], StringComparison.Ordinal) < 0) continue;
            var window = random.Next(1, 150);
            var bits = FuzzyMatcher.HeadingSimilarity(text, pos, core, window);
            var table = FuzzyMatcher.HeadingSimilarityByTable(text, pos, core, Math.Min(window, text.Length - pos));
            Assert.True(bits == table, $"\"{core}\" at {pos} of \"{text}\", window {window}: bits {bits}, table {table}");
            if (bits.Ratio > 0) scored++;
        }

        Assert.True(scored > 1000, $"only {scored} comparisons had a score");
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    private static string Slice(Random random, string text)
    {
        var start = random.Next(0, text.Length);
        return text.Substring(start, Math.Min(text.Length - start, random.Next(1, 40)));
    }

    /// <summary>The text with up to three characters inserted, deleted or replaced.</summary>
    private static string Damaged(Random random, string alphabet, string text)
    {
        var chars = new List<char>(text);
        for (var e = random.Next(0, 4); e > 0; e--)
        {
            var at = random.Next(0, chars.Count + 1);
            switch (random.Next(3))
            {
                case 0: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                case 1 when at < chars.Count && chars.Count > 1: chars.RemoveAt(at); break;
                default: if (at < chars.Count) chars[at] = alphabet[random.Next(alphabet.Length)]; break;
            }
        }

        return new string(chars.ToArray());
    }

    private static int Lcs(string a, string b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
