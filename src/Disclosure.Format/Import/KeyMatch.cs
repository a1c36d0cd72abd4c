namespace Disclosure.Format.Import;

/// <summary>An occurrence of a pattern in a key text: [Start, End) in key indices and its edit cost.</summary>
internal readonly record struct KeyMatch(int Start, int End, int Cost);
