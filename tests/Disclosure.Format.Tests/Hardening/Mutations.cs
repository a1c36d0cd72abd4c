using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;

namespace Disclosure.Format.Tests.Hardening;

/// <summary>The promise every reader keeps on hostile input, as one assertion shared by the mutation and fuzz-regression tests.</summary>
internal static class Mutations
{
    /// <summary>Every code the JSON reader may return: its own range and the limits.</summary>
    public static readonly HashSet<string> JsonReaderCodes =
    [
        .. typeof(JsonCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!),
        LimitCodes.DocumentTooLarge,
        LimitCodes.NestingTooDeep,
    ];

    /// <summary>
    /// Reads the bytes: the reader returns either a report and no diagnostic, or exactly one error with a documented code,
    /// a message in both languages and a pointer; an accepted report writes and reads back equal; the
    /// single-pass reader agrees with the strict path.
    /// </summary>
    public static DisclosureReportOrNull AssertReadGivesAResult(byte[] bytes)
    {
        ReadResult result;
        try
        {
            result = DisclosureJson.Read(bytes, "mutant.json");
        }
        catch (Exception ex)
        {
            Assert.Fail($"The reader threw {ex.GetType().Name} instead of returning a result: {ex}\ninput (base64): {Convert.ToBase64String(bytes)}");
            throw;
        }

        // The single-pass reader and the strict path behind Read agree: the fast one reads the same report or declines.
        var singlePass = Support.ReadPaths.AssertFastAgreesWithStrict(bytes);

        if (result.Report is { } report)
        {
            Assert.Empty(result.Diagnostics);
            Assert.Equal(report, DisclosureJson.Read(DisclosureJson.SerializeToUtf8Bytes(report)).Report);

            // Whatever the reader accepts, the validator can check without throwing.
            Disclosure.Format.Validation.ValidationResult validation;
            try
            {
                validation = Disclosure.Format.Validation.DisclosureValidator.Validate(report);
            }
            catch (Exception ex)
            {
                Assert.Fail($"The validator threw {ex.GetType().Name} on an accepted document: {ex}\ninput (base64): {Convert.ToBase64String(bytes)}");
                throw;
            }

            Assert.All(validation.Diagnostics, v => Assert.True(v.Pointer.Length == 0 || v.Pointer[0] == '/', v.ToString()));
            return new(report, singlePass);
        }

        var d = Assert.Single(result.Diagnostics);
        Assert.True(JsonReaderCodes.Contains(d.Code), $"Undocumented code {d.Code}: {d}");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.False(string.IsNullOrEmpty(d.Message));
        Assert.False(string.IsNullOrEmpty(d.MessageZh));
        Assert.NotNull(d.Pointer);
        Assert.True(d.Pointer.Length == 0 || d.Pointer[0] == '/', d.Pointer);
        Assert.NotNull(d.Location);
        Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString());
        return new(null, singlePass);
    }

    internal readonly record struct DisclosureReportOrNull(Disclosure.Format.Model.DisclosureReport? Report, bool ReadBySinglePass);
}
