using System.IO.Compression;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Disclosure.Format.Package.Tests;

/// <summary>One shipped project (every project under src/ is a package) and, where packed, its two package files.</summary>
public sealed record PackageUnderTest(string Id, string AssemblyName, string ProjectFile, IReadOnlyList<string> TargetFrameworks, bool IsTool)
{
    public override string ToString() => Id;

    public string NupkgPath => Path.Combine(Packages.Folder, $"{Id}.{Packages.Version}.nupkg");

    public string SnupkgPath => Path.Combine(Packages.Folder, $"{Id}.{Packages.Version}.snupkg");

    /// <summary>The folder of the assemblies inside the package for a target framework.</summary>
    public string AssetFolder(string tfm) => IsTool ? $"tools/{tfm}/any" : $"lib/{tfm}";
}

public static partial class Packages
{
    public static string RepositoryRoot { get; } = typeof(Packages).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>Where <c>dotnet pack -o artifacts/packages</c> writes (what .ci/run does).</summary>
    public static string Folder => Path.Combine(RepositoryRoot, "artifacts", "packages");

    /// <summary>The version, from the one place it is kept: VersionPrefix in Directory.Build.props.</summary>
    public static string Version { get; } = VersionPrefixPattern()
        .Match(File.ReadAllText(Path.Combine(RepositoryRoot, "Directory.Build.props"))).Groups[1].Value;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<PackageUnderTest> All { get; } = Directory
        .EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(Describe)
        .ToList();

    public static TheoryData<string> Ids() => new(All.Select(p => p.Id));

    public static PackageUnderTest Get(string id) => All.Single(p => p.Id == id);

    /// <summary>Skips the calling test where nothing was packed; fails where the folder exists but this package is missing.</summary>
    public static PackageUnderTest RequirePacked(string id)
    {
        if (!Directory.Exists(Folder) || !Directory.EnumerateFiles(Folder, "*.nupkg").Any())
            Assert.Skip($"No packages in {Folder}: run `dotnet pack -c Release -o artifacts/packages` or .ci/run.");
        var package = Get(id);
        Assert.True(File.Exists(package.NupkgPath), $"{package.NupkgPath} was not packed (every project under src/ is a package).");
        return package;
    }

    public static ZipArchive Open(string path) => ZipFile.OpenRead(path);

    public static byte[] ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"The package has no {name}.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static XElement Nuspec(ZipArchive zip, string id)
    {
        var document = XDocument.Load(new MemoryStream(ReadEntry(zip, $"{id}.nuspec")));
        return document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    public static XElement? Child(this XElement element, string name) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>The commit being tested, where git can tell (null otherwise).</summary>
    public static string? HeadCommit { get; } = GitHead();

    private static string? GitHead()
    {
        try
        {
            var psi = new System.Diagnostics.ProcessStartInfo("git", ["-C", RepositoryRoot, "rev-parse", "HEAD"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = System.Diagnostics.Process.Start(psi)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && CommitPattern().IsMatch(output) ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static PackageUnderTest Describe(string projectFile)
    {
        var text = File.ReadAllText(projectFile);
        var tfms = TargetFrameworksPattern().Match(text).Groups[1].Value
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var isTool = PackAsToolPattern().IsMatch(text);
        var name = Path.GetFileNameWithoutExtension(projectFile);
        var assembly = AssemblyNamePattern().Match(text) is { Success: true } m ? m.Groups[1].Value.Trim() : name;
        return new PackageUnderTest(name, assembly, projectFile, tfms, isTool);
    }

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefixPattern();

    [GeneratedRegex("<TargetFrameworks?>([^<]+)</TargetFrameworks?>")]
    private static partial Regex TargetFrameworksPattern();

    [GeneratedRegex("<AssemblyName>([^<]+)</AssemblyName>")]
    private static partial Regex AssemblyNamePattern();

    [GeneratedRegex(@"<PackAsTool>\s*true\s*</PackAsTool>", RegexOptions.IgnoreCase)]
    private static partial Regex PackAsToolPattern();

    [GeneratedRegex("^[0-9a-f]{40}$")]
    public static partial Regex CommitPattern();
}
