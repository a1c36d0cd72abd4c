namespace Disclosure.Format.Tests.Support;

/// <summary>
/// Tests that change the process-wide current directory (the README examples run in a temporary folder) belong to this
/// collection: its tests run one at a time and never beside any other test, which would otherwise see (or delete) the
/// directory another test switched to. Seen in CI as FileNotFound/DirectoryNotFound in two README tests at once.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentDirectoryCollection
{
    public const string Name = "Changes the current directory";
}
