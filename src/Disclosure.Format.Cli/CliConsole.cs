namespace Disclosure.Format.Cli;

/// <summary>The streams a command reads and writes; tests pass in-memory streams and writers.</summary>
internal sealed class CliConsole(Stream input, TextWriter output, TextWriter error, bool isTerminal = false)
{
    /// <summary>A console whose standard input is <paramref name="input"/>'s text in UTF-8 (for tests).</summary>
    public CliConsole(TextReader input, TextWriter output, TextWriter error, bool isTerminal = false)
        : this(new MemoryStream(new System.Text.UTF8Encoding(false).GetBytes(input.ReadToEnd()), writable: false), output, error, isTerminal)
    {
    }

    /// <summary>Standard input as bytes (read for the file name <c>-</c>, decoded as a file is).</summary>
    public Stream In { get; } = input;

    /// <summary>Standard output: results only.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Standard error: diagnostics, progress and the summary.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Whether standard error is a terminal (progress is shown only then).</summary>
    public bool IsTerminal { get; } = isTerminal;
}
