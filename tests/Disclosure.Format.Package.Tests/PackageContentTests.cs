namespace Disclosure.Format.Package.Tests;

/// <summary>What is inside each .nupkg: metadata, assets, documents, dependencies, and no leftovers.</summary>
public sealed class PackageContentTests
{
    public static TheoryData<string> Ids() => Packages.Ids();

    /// <summary>Packages callers never need at run time: analyzers, polyfills, test and build tools.</summary>
    private static readonly string[] BuildOnlyPackages =
        ["PolySharp", "Microsoft.CodeAnalysis.", "Microsoft.SourceLink.", "xunit", "CsCheck", "Microsoft.NET.Test.Sdk", "DotNet.ReproducibleBuilds"];

    /// <summary>File endings that must never ship: sources, project files, keys, user settings.</summary>
    private static readonly string[] LeftoverEndings = [".cs", ".csproj", ".props", ".targets", ".snk", ".user", ".sln"];

    /// <summary>Name parts that must never ship: build output folders, test bits, snapshot leftovers, git.</summary>
    private static readonly string[] LeftoverParts =
        ["obj/", "bin/", ".Tests.", "xunit", "testhost", "CsCheck", ".received.", "TestResults", ".git", "PublicAPI."];

    [Fact]
    public void Every_project_under_src_is_a_package_with_targets()
    {
        Assert.Contains(Packages.All, p => p.Id == "Disclosure.Format");
        Assert.All(Packages.All, p => Assert.NotEmpty(p.TargetFrameworks));
        var core = Packages.Get("Disclosure.Format");
        Assert.Equal(["netstandard2.0", "net10.0"], core.TargetFrameworks);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_nuspec_carries_what_partners_rely_on(string id)
    {
        var package = Packages.RequirePacked(id);
        using var zip = Packages.Open(package.NupkgPath);
        var metadata = Packages.Nuspec(zip, id);

        Assert.Equal(id, metadata.Child("id")?.Value);
        Assert.Equal(Packages.Version, metadata.Child("version")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Child("authors")?.Value));
        Assert.True(metadata.Child("description")?.Value.Length >= 40, "The description is missing or too short to be useful.");
        Assert.False(string.IsNullOrWhiteSpace(metadata.Child("tags")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(metadata.Child("releaseNotes")?.Value));
        Assert.StartsWith("https://", metadata.Child("projectUrl")?.Value);

        var license = metadata.Child("license");
        Assert.Equal("expression", license?.Attribute("type")?.Value);
        Assert.Equal("MIT", license?.Value);
        Assert.Equal("README.md", metadata.Child("readme")?.Value);

        var repository = metadata.Child("repository");
        Assert.NotNull(repository);
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value);
        var commit = repository.Attribute("commit")?.Value ?? "";
        Assert.Matches(Packages.CommitPattern(), commit);
        if (Packages.InCi && Packages.HeadCommit is { } head)
            Assert.Equal(head, commit);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_package_holds_its_assemblies_docs_and_readme_and_nothing_else(string id)
    {
        var package = Packages.RequirePacked(id);
        using var zip = Packages.Open(package.NupkgPath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        foreach (var document in new[] { "README.md", "LICENSE", "CHANGELOG.md" })
        {
            Assert.Contains(document, entries);
            Assert.True(File.ReadAllBytes(Path.Combine(Packages.RepositoryRoot, document)).AsSpan().SequenceEqual(Packages.ReadEntry(zip, document)),
                $"{document} in {id} differs from the repository's: the package is stale (pack again) or packs another file.");
        }

        var expected = new List<string> { $"{id}.nuspec", "README.md", "LICENSE", "CHANGELOG.md" };
        foreach (var tfm in package.TargetFrameworks)
        {
            expected.Add($"{package.AssetFolder(tfm)}/{package.AssemblyName}.dll");
            if (!package.IsTool)
                expected.Add($"{package.AssetFolder(tfm)}/{package.AssemblyName}.xml");
        }
        Assert.All(expected, e => Assert.Contains(e, entries));

        var leftovers = entries.Where(e => LeftoverEndings.Any(l => e.EndsWith(l, StringComparison.OrdinalIgnoreCase))
                                           || LeftoverParts.Any(l => e.Contains(l, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leftovers.Count == 0, $"Leftovers in {id}: {string.Join(", ", leftovers)}");

        if (!package.IsTool)
        {
            // A library package is exactly its assets, its documents and the package format's own files.
            var packaging = entries.Where(e => e is "_rels/.rels" or "[Content_Types].xml"
                                               || (e.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal) && e.EndsWith(".psmdcp", StringComparison.Ordinal)));
            var unexpected = entries.Except(expected).Except(packaging).ToList();
            Assert.True(unexpected.Count == 0, $"Unexpected files in {id}: {string.Join(", ", unexpected)} (symbols belong in the .snupkg)");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Dependencies_are_only_what_callers_need_at_run_time(string id)
    {
        var package = Packages.RequirePacked(id);
        using var zip = Packages.Open(package.NupkgPath);
        var groups = Packages.Nuspec(zip, id).Child("dependencies")?.Elements().Where(e => e.Name.LocalName == "group").ToList() ?? [];
        var dependencies = groups.ToDictionary(
            g => g.Attribute("targetFramework")?.Value ?? "",
            g => g.Elements().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList());

        var buildOnly = dependencies.SelectMany(d => d.Value)
            .Where(d => BuildOnlyPackages.Any(b => d.StartsWith(b, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(buildOnly.Count == 0, $"{id} depends on build-time packages: {string.Join(", ", buildOnly)}");

        // Our own packages depend on each other at exactly the version packed with them.
        var own = groups.SelectMany(g => g.Elements().Where(e => e.Name.LocalName == "dependency"))
            .Where(e => Packages.All.Any(p => p.Id == e.Attribute("id")!.Value)).ToList();
        Assert.All(own, e => Assert.Equal(Packages.Version, e.Attribute("version")!.Value));

        if (id == "Disclosure.Format")
        {
            // The core has no third-party runtime dependency: nothing on net10.0; on netstandard2.0 the Microsoft
            // platform packages System.Text.Json and System.Text.Encoding.CodePages (GB18030 and Big5).
            Assert.Equal([".NETStandard2.0", "net10.0"], dependencies.Keys.Order(StringComparer.Ordinal));
            Assert.Empty(dependencies["net10.0"]);
            Assert.Equal(["System.Text.Encoding.CodePages", "System.Text.Json"], dependencies[".NETStandard2.0"].Order(StringComparer.Ordinal));
        }

        if (id == "Disclosure.Format.Documents")
        {
            // The document readers bring exactly their three parsers (AngleSharp for HTML, the Open XML SDK for Word,
            // PdfPig for PDF) and the core.
            Assert.Equal([".NETStandard2.0", "net10.0"], dependencies.Keys.Order(StringComparer.Ordinal));
            Assert.All(dependencies.Values, d => Assert.Equal(["AngleSharp", "Disclosure.Format", "DocumentFormat.OpenXml", "PdfPig"], d.Order(StringComparer.Ordinal)));
        }
    }

    [Fact]
    public void The_changelog_has_an_entry_for_the_next_release()
    {
        var changelog = File.ReadAllText(Path.Combine(Packages.RepositoryRoot, "CHANGELOG.md"));
        Assert.True(changelog.Contains("\n## [Unreleased]", StringComparison.Ordinal)
                    || changelog.Contains($"\n## [{Packages.Version}]", StringComparison.Ordinal),
            $"CHANGELOG.md needs a '## [Unreleased]' or '## [{Packages.Version}]' section.");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_readme_shows_how_to_install_each_package(string id)
    {
        var package = Packages.Get(id);
        var readme = File.ReadAllText(Path.Combine(Packages.RepositoryRoot, "README.md"));
        var command = package.IsTool ? $"dotnet tool install --global {id}" : $"dotnet add package {id}";
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(readme, System.Text.RegularExpressions.Regex.Escape(command) + @"(\s|$)"),
            $"README.md should show `{command}`.");
    }
}
