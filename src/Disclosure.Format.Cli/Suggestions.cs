using System.CommandLine;

namespace Disclosure.Format.Cli;

/// <summary>
/// Typo suggestions for a word the parser did not match: the command's subcommands and options whose name is within
/// a small edit distance of it (at most a third of its length, and at least 1), or that it begins, closest first.
/// </summary>
internal static class Suggestions
{
    /// <summary>The names close to <paramref name="token"/> among <paramref name="command"/>'s subcommands and options.</summary>
    public static IReadOnlyList<string> For(string token, Command command)
    {
        // An option is suggested for a word with a dash, a command for a word without.
        var candidates = (token.StartsWith('-')
                ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name)))
            .Where(n => n.TrimStart('-').Length > 1)
            .Distinct(StringComparer.Ordinal);
        var word = token.TrimStart('-');
        if (word.Length < 2) return [];
        var limit = Math.Max(1, word.Length / 3);
        return candidates
            .Select(name => (Name: name, Distance: Distance(word, name.TrimStart('-'))))
            .Where(c => c.Distance <= limit || (word.Length >= 2 && c.Name.TrimStart('-').StartsWith(word, StringComparison.Ordinal)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .Take(3)
            .ToList();
    }

    /// <summary>The Levenshtein distance between two words (insertions, deletions and substitutions cost 1).</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
