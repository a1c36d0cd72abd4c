namespace Disclosure.Format.Cli;

/// <summary>A mistake on the command line found after parsing (e.g. several inputs without <c>--out</c>).</summary>
internal sealed class UsageException(string message) : Exception(message);
