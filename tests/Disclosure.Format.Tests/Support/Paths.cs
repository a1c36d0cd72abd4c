using System.Reflection;

namespace Disclosure.Format.Tests.Support;

/// <summary>Locates the repository, its fixtures and the shared folder beside the clone.</summary>
public static class Paths
{
    public static string RepositoryRoot { get; } = typeof(Paths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;

    public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "fixtures");

    public static string Schema => Path.Combine(RepositoryRoot, "schema");

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary>The read-only <c>shared</c> folder beside the clone, or <see langword="null"/> where it is absent.</summary>
    public static string? Shared
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);
}
