namespace Disclosure.Format.Cli;

/// <summary>Progress on a terminal: one updating line on standard error.</summary>
internal sealed class Progress(CliConsole console, int total)
{
    private int index;

    public void Next(string name)
    {
        index++;
        if (console.IsTerminal && total > 1)
        {
            console.Error.Write($"\r[{index}/{total}] {Truncate(name, 60),-60}");
        }
    }

    public void Done()
    {
        if (console.IsTerminal && total > 1)
        {
            console.Error.Write("\r" + new string(' ', 72) + "\r");
        }
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : "…" + s.Substring(s.Length - max + 1);
}
