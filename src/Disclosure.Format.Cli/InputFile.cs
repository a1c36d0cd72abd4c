namespace Disclosure.Format.Cli;

/// <summary>One input: a file, or standard input (<c>-</c>).</summary>
/// <param name="DisplayName">The name shown in messages and locations.</param>
/// <param name="Path">The file's path; <see langword="null"/> for standard input.</param>
/// <param name="Found">
/// Whether the file was found by walking a folder or matching a pattern rather than named on the command line: a found
/// file that is not a report is skipped (listed in the summary), a named one is an error.
/// </param>
internal sealed record InputFile(string DisplayName, string? Path, bool Found = false)
{
    /// <summary>Whether the input is standard input.</summary>
    public bool IsStandardInput => Path is null;
}
