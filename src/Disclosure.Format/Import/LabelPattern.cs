namespace Disclosure.Format.Import;

/// <summary>One way a label may be written: its key, the ordinal that must be present exactly, and its weight.</summary>
internal sealed record LabelPattern(string Key, string? RequiredPrefix, IReadOnlyList<string> ProtectedTokens, int MaxCost, bool IsShortened)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Key, int MaxCost), int> SearchIds = new();
    private static int lastSearchId;

    /// <summary>
    /// The same number for every pattern with this key and edit budget, in any catalog (they find the same
    /// occurrences): what the aligner's cache of searches is keyed by.
    /// </summary>
    public int SearchId { get; } = SearchIds.GetOrAdd((Key, MaxCost), _ => Interlocked.Increment(ref lastSearchId));
}
