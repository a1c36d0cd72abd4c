using System.Reflection;
using System.Runtime.Versioning;
using Disclosure.Format.Json;

namespace Disclosure.Format.Tests;

/// <summary>
/// This suite runs twice: against the net10.0 build of the library (Disclosure.Format.Tests) and against its
/// netstandard2.0 build (Disclosure.Format.Tests.NetStandard). This checks that each run loaded the build it claims to.
/// </summary>
public sealed class TargetAssetTests
{
    [Fact]
    public void The_suite_runs_against_the_intended_build_of_the_library()
    {
        var intended = typeof(TargetAssetTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "CoreTargetFramework").Value;
        var expected = intended switch
        {
            "netstandard2.0" => ".NETStandard,Version=v2.0",
            "net10.0" => ".NETCoreApp,Version=v10.0",
            _ => throw new InvalidOperationException($"Unknown target framework '{intended}'."),
        };

        var loaded = typeof(DisclosureJson).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

        Assert.Equal(expected, loaded);
    }
}
