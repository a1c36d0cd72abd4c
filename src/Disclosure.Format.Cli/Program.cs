using System.Text;

namespace Disclosure.Format.Cli;

/// <summary>Entry point of the <c>disclosure</c> tool.</summary>
internal static class Program
{
    /// <summary>Runs the tool with the process's console streams and returns the exit code.</summary>
    public static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(false);
        Console.OutputEncoding = utf8;
        using var stdin = Console.OpenStandardInput();
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        var console = new CliConsole(stdin, stdout, stderr, isTerminal: !Console.IsErrorRedirected);
        var code = CliApp.Run(args, console);
        stdout.Flush();
        return code;
    }
}
