namespace Disclosure.Format.Cli;

/// <summary>
/// The file names that <c>import --out &lt;folder&gt;</c> gives its outputs: one distinct name per input, so that no
/// output overwrites another, decided from the inputs alone (the same inputs always get the same names).
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>An input's output is named after it, with the format's extension: <c>x.txt</c> → <c>x.json</c>; standard
/// input is <c>stdin</c>.</item>
/// <item>Inputs whose names would be equal (compared ignoring case, as on Windows and macOS) keep their own
/// extension when their extensions differ: <c>x.txt</c> → <c>x.txt.json</c>, <c>x.md</c> → <c>x.md.json</c>.</item>
/// <item>Inputs still equal (the same file name in different folders) are prefixed with as many of their parent
/// folders as it takes to tell them apart, joined by <c>_</c>: <c>a/x.txt</c> → <c>a_x.json</c>,
/// <c>b/x.txt</c> → <c>b_x.json</c>.</item>
/// <item>Should two names still be equal, the later input (in input order) gets <c>-2</c>, <c>-3</c>, … before its
/// extension.</item>
/// </list>
/// </remarks>
internal static class OutputNames
{
    /// <summary>One output file name per input, in input order, each ending in <c>.</c><paramref name="extension"/>.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<InputFile> inputs, string extension)
    {
        var names = new string[inputs.Count];
        var comparer = StringComparer.OrdinalIgnoreCase;
        var plain = inputs.Select(i => Stem(i) + "." + extension).ToArray();
        // Within a group of equal names, the input's own extension is kept when the group's extensions differ.
        var extensionsDiffer = Enumerable.Range(0, inputs.Count).GroupBy(i => plain[i], comparer)
            .ToDictionary(g => g.Key, g => g.Select(i => Path.GetExtension(FileName(inputs[i]))).Distinct(comparer).Count() > 1, comparer);
        var withExtension = new string[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            withExtension[i] = extensionsDiffer[plain[i]] ? FileName(inputs[i]) + "." + extension : plain[i];
        }

        var counts = withExtension.GroupBy(n => n, comparer).ToDictionary(g => g.Key, g => g.Count(), comparer);
        for (var i = 0; i < inputs.Count; i++)
        {
            names[i] = counts[withExtension[i]] == 1 ? withExtension[i] : null!;
        }

        // The same file name in several folders: add parent folders, one at a time, until the group is told apart.
        foreach (var group in Enumerable.Range(0, inputs.Count).Where(i => names[i] is null).GroupBy(i => withExtension[i], comparer))
        {
            var members = group.ToList();
            var folders = members.ToDictionary(i => i, i => Folders(inputs[i]));
            var depth = 1;
            var maxDepth = folders.Values.Max(f => f.Count);
            while (true)
            {
                var candidates = members.ToDictionary(i => i, i => Prefix(folders[i], depth) + withExtension[i]);
                if (candidates.Values.Distinct(comparer).Count() == members.Count || depth >= maxDepth)
                {
                    foreach (var i in members) names[i] = candidates[i];
                    break;
                }

                depth++;
            }
        }

        // Whatever is still equal (e.g. a_x.json from a/x.txt beside an input named a_x.txt): number it.
        var taken = new HashSet<string>(comparer);
        for (var i = 0; i < inputs.Count; i++)
        {
            var name = names[i];
            if (!taken.Add(name))
            {
                var stem = name.Substring(0, name.Length - extension.Length - 1);
                var n = 2;
                while (!taken.Add(name = $"{stem}-{n}.{extension}")) n++;
                names[i] = name;
            }
        }

        return names;
    }

    private static string FileName(InputFile input) => input.Path is null ? "stdin" : Path.GetFileName(input.Path);

    private static string Stem(InputFile input) => input.Path is null ? "stdin" : Path.GetFileNameWithoutExtension(input.Path);

    /// <summary>The input's parent folders, nearest first (from its full path).</summary>
    private static List<string> Folders(InputFile input)
    {
        var folders = new List<string>();
        if (input.Path is null) return folders;
        var directory = Path.GetDirectoryName(Path.GetFullPath(input.Path));
        while (!string.IsNullOrEmpty(directory))
        {
            var name = Path.GetFileName(directory);
            if (name.Length == 0) break;
            folders.Add(name);
            directory = Path.GetDirectoryName(directory);
        }

        return folders;
    }

    private static string Prefix(List<string> folders, int depth) =>
        string.Concat(folders.Take(depth).Reverse().Select(f => f + "_"));
}
