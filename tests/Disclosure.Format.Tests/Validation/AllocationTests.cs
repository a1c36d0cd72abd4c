using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests.Validation;

public sealed class AllocationTests
{
    [Theory]
    [InlineData("valid-shili-natural-resources-2024.json")] // with structured fee figures
    [InlineData("valid-seed-quxian-shangwuju-2023.json")]
    public void Validating_a_clean_report_allocates_nothing(string fixture)
    {
        var report = DisclosureJson.Deserialize(File.ReadAllBytes(Paths.Fixture("2021", fixture)));
        for (var i = 0; i < 200; i++)
        {
            DisclosureValidator.Validate(report); // warm-up: JIT, static catalogs and rule sets
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        ValidationResult? result = null;
        for (var i = 0; i < 100; i++)
        {
            result = DisclosureValidator.Validate(report);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(result!.Diagnostics);
        Assert.Equal(0, allocated);
        Assert.Same(result, DisclosureValidator.Validate(report)); // the one shared clean result
    }

    [Fact]
    public void A_report_with_problems_allocates_its_result()
    {
        var report = DisclosureJson.Deserialize(File.ReadAllBytes(Paths.Fixture("2021", "arith-row-and-case-totals.json")));
        DisclosureValidator.Validate(report);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DisclosureValidator.Validate(report);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(3, result.ErrorCount);
        Assert.InRange(allocated, 1, 16 * 1024); // the diagnostics, their messages and the list: nothing per cell
        Assert.NotSame(result, DisclosureValidator.Validate(report));
    }
}
