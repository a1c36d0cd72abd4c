using System.Runtime.CompilerServices;
using System.Text;

namespace Disclosure.Format.Tests.Support;

/// <summary>
/// Snapshot assertions with Verify's file convention: <c>Snapshots/{Class}.{Method}[_{name}].verified.{ext}</c> is
/// committed; on a mismatch <c>.received.{ext}</c> is written beside it and the test fails with a diff. Outside CI,
/// <c>SNAPSHOT_ACCEPT=1</c> accepts the received text.
/// </summary>
public static class Snapshot
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static void Match(string actual, string extension = "txt", string? name = null,
        [CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(file)!, "Snapshots");
        var stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(file)}.{method}{(name is null ? "" : "_" + name)}");
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        var text = actual.Replace("\r\n", "\n");
        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == text)
        {
            File.Delete(received);
            return;
        }

        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Directory.CreateDirectory(directory);
        if (!ci && Environment.GetEnvironmentVariable("SNAPSHOT_ACCEPT") == "1")
        {
            File.WriteAllText(verified, text, Utf8NoBom);
            return;
        }

        File.WriteAllText(received, text, Utf8NoBom);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        Assert.Fail(expected is null
            ? $"No verified snapshot. Review and accept: mv \"{received}\" \"{verified}\""
            : $"Snapshot mismatch (accept with: mv \"{received}\" \"{verified}\"):\n{FirstDifference(expected, text)}");
    }

    /// <summary>A short line diff around the first differing line.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
        var sb = new StringBuilder();
        sb.AppendLine($"first difference at line {i + 1}:");
        for (var k = Math.Max(0, i - 2); k < Math.Min(e.Length, i + 3); k++) sb.AppendLine($"- {k + 1,4}: {e[k]}");
        for (var k = Math.Max(0, i - 2); k < Math.Min(a.Length, i + 3); k++) sb.AppendLine($"+ {k + 1,4}: {a[k]}");
        return sb.ToString();
    }
}
