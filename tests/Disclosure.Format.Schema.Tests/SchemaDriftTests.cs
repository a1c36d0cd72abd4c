using System.Text;
using Disclosure.Format.Schemas;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Schema.Tests;

/// <summary>
/// The committed schemas under <c>schema/</c> are exactly what the generator writes, and the core package embeds
/// exactly the committed files. On a difference the test writes <c>*.schema.received.json</c> beside the committed
/// file and shows the first differing lines; outside CI, <c>SNAPSHOT_ACCEPT=1</c> rewrites the committed file.
/// </summary>
public sealed class SchemaDriftTests
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static TheoryData<ReportEdition> Editions() => new(DisclosureSchemaGenerator.Editions);

    [Fact]
    public void The_2021_edition_has_a_generator_and_an_embedded_schema()
    {
        Assert.Contains(ReportEdition.Edition2021, DisclosureSchemaGenerator.Editions);
        Assert.Contains(ReportEdition.Edition2021, DisclosureSchemas.Editions);
        Assert.Equal("disclosure-report-2021.schema.json", DisclosureSchemas.GetFileName(ReportEdition.Edition2021));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_committed_schema_is_what_the_generator_writes(ReportEdition edition)
    {
        var generated = DisclosureSchemaGenerator.Generate(edition);
        var path = Path.Combine(Paths.Schema, DisclosureSchemas.GetFileName(edition));
        var received = Path.ChangeExtension(path, ".received.json");
        var committed = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (committed is not null && committed.AsSpan().SequenceEqual(Utf8NoBom.GetBytes(generated)))
        {
            File.Delete(received);
            return;
        }

        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && Environment.GetEnvironmentVariable("SNAPSHOT_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Paths.Schema);
            File.WriteAllText(path, generated, Utf8NoBom);
            return;
        }

        File.WriteAllText(received, generated, Utf8NoBom);
        Assert.Fail(committed is null
            ? $"schema/{Path.GetFileName(path)} is not committed. Review {received} and rename it, or run the tests with SNAPSHOT_ACCEPT=1."
            : $"schema/{Path.GetFileName(path)} differs from what the generator writes (review {received}; accept with SNAPSHOT_ACCEPT=1 or mv):\n"
              + Snapshot.FirstDifference(Encoding.UTF8.GetString(committed), generated));
    }

    [Fact]
    public void Every_committed_schema_belongs_to_an_edition_the_generator_knows()
    {
        IEnumerable<string?> committed = Directory.Exists(Paths.Schema)
            ? Directory.EnumerateFiles(Paths.Schema, "disclosure-report-*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            : [];
        Assert.Equal(DisclosureSchemaGenerator.Editions.Select(DisclosureSchemas.GetFileName).Order(StringComparer.Ordinal), committed);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_core_package_embeds_the_committed_schema(ReportEdition edition)
    {
        var path = Path.Combine(Paths.Schema, DisclosureSchemas.GetFileName(edition));
        Assert.Contains(edition, DisclosureSchemas.Editions);
        Assert.Equal(File.ReadAllText(path, Utf8NoBom), DisclosureSchemas.GetJson(edition));
        using var stream = DisclosureSchemas.OpenRead(edition);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(File.ReadAllBytes(path), copy.ToArray());
    }

    [Fact]
    public void An_edition_without_a_schema_is_an_argument_error()
    {
        foreach (var edition in Enum.GetValues<ReportEdition>().Where(e => !DisclosureSchemas.Editions.Contains(e)))
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureSchemas.OpenRead(edition));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureSchemas.GetJson((ReportEdition)1999));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureSchemaGenerator.Generate((ReportEdition)1999));
    }
}
