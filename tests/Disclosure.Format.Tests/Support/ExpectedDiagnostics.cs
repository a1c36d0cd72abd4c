using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Tests.Support;

/// <summary>
/// The <c>*.expected.json</c> form of a list of diagnostics: code, severity, pointer, related pointers, expected and
/// actual values (messages are prose and are not pinned). Compared as text; <c>FIXTURES_ACCEPT=1</c> (outside CI)
/// writes the file.
/// </summary>
public static class ExpectedDiagnostics
{
    public static string ToJson(IEnumerable<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("code", d.Code);
                writer.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                writer.WriteString("pointer", d.Pointer);
                if (d.RelatedPointers.Count > 0)
                {
                    writer.WriteStartArray("relatedPointers");
                    foreach (var p in d.RelatedPointers) writer.WriteStringValue(p);
                    writer.WriteEndArray();
                }

                if (d.Expected is { } expected) writer.WriteNumber("expected", expected);
                if (d.Actual is { } actual) writer.WriteNumber("actual", actual);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Asserts that <paramref name="diagnostics"/> are exactly those listed in <paramref name="expectedPath"/>.</summary>
    public static void Match(string expectedPath, IEnumerable<Diagnostic> diagnostics)
    {
        var actual = ToJson(diagnostics);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected == actual)
        {
            return;
        }

        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && Environment.GetEnvironmentVariable("FIXTURES_ACCEPT") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            return;
        }

        Assert.Fail(expected is null
            ? $"{expectedPath} is missing. The validator reported:\n{actual}"
            : $"The diagnostics differ from {Path.GetFileName(expectedPath)}:\n{Snapshot.FirstDifference(expected, actual)}");
    }
}
