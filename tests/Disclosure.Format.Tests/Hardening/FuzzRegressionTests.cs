using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Hardening;

/// <summary>
/// Inputs that once crashed or hung a reader under fuzzing (fuzz/run.sh copies them to tests/fixtures/fuzz/&lt;target&gt;/).
/// Each must now give a result: a report, or the documented diagnostics.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> JsonFindings() => new(Findings("json"));

    private static IEnumerable<string> Findings(string target)
    {
        var folder = Path.Combine(Paths.Fixtures, "fuzz", target);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(f => Path.GetRelativePath(Paths.Fixtures, f)).Order(StringComparer.Ordinal)
            : [];
    }

    [Theory]
    [MemberData(nameof(JsonFindings))]
    public void The_JSON_reader_gives_a_result(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Paths.Fixtures, relativePath));
        Mutations.AssertReadGivesAResult(bytes);
    }
}
