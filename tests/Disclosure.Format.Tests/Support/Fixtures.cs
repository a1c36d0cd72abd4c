namespace Disclosure.Format.Tests.Support;

/// <summary>Enumerates fixture files by naming convention (no hand-kept lists).</summary>
public static class Fixtures
{
    /// <summary>Paths (relative to tests/fixtures) of every document the strict reader must accept: <c>valid-*</c> and <c>arith-*</c>.</summary>
    public static IEnumerable<string> ReadableDocuments() => Documents("valid-", "arith-");

    /// <summary>Paths (relative to tests/fixtures) of documents whose names start with one of the prefixes.</summary>
    public static IEnumerable<string> Documents(params string[] prefixes) =>
        Directory.EnumerateFiles(Paths.Fixtures, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is var n
                        && prefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal))
                        && !n.EndsWith(".expected.json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Paths.Fixtures, f))
            .Order(StringComparer.Ordinal);
}
