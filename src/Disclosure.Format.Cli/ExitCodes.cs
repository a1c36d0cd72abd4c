namespace Disclosure.Format.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>0: every input was read and no error was found.</summary>
    public const int Ok = 0;

    /// <summary>1: problems were found in at least one report (an error diagnostic).</summary>
    public const int ProblemsFound = 1;

    /// <summary>2: the command line was wrong or an input could not be read or an output written.</summary>
    public const int UsageOrIo = 2;
}
