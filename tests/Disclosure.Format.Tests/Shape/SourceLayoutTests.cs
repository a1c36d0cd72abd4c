using System.Text.RegularExpressions;

namespace Disclosure.Format.Tests.Shape;

/// <summary>
/// Guards the layout of the source so that a type is found by its name (issue 16): every <c>.cs</c> file under
/// <c>src/</c> declares the type it is named after — the name before the first '.', so <c>TableReader.Rows.cs</c> is
/// a part of <c>TableReader</c> — and holds exactly one top-level type of any accessibility, so at most one public
/// one (nested types do not count; a partial file counts the one type it is a part of).
/// </summary>
public sealed partial class SourceLayoutTests
{
    /// <summary>
    /// Files that need not declare a type named after them, each with the reason (a <c>Program.cs</c> of top-level
    /// statements would be one). Empty today: the tool's <c>Program.cs</c> declares <c>Program</c>.
    /// </summary>
    private static readonly Dictionary<string, string> NamingExemptions = new(StringComparer.Ordinal);

    /// <summary>A type declaration: attributes, modifiers (the access one captured), the kind and the name.</summary>
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?:\[.*\]\s*)*(?<modifiers>(?:(?:public|internal|private|protected|file|static|sealed|abstract|partial|readonly|ref|unsafe|new)\s+)*)(?:class|struct|interface|enum|record(?:\s+class|\s+struct)?)\s+(?<name>\w+)")]
    private static partial Regex TypeDeclaration();

    /// <summary>A delegate declaration: the name is the word before its type parameters or parameters.</summary>
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<modifiers>(?:(?:public|internal|private|protected|file|unsafe|new)\s+)*)delegate\s+[\w<>\[\],.?\s]+?\s+(?<name>\w+)\s*[<(]")]
    private static partial Regex DelegateDeclaration();

    /// <summary>A block-scoped namespace (<c>namespace X</c> without ';'): its top-level types are indented once.</summary>
    [GeneratedRegex(@"^namespace\s+[\w.]+\s*(\{.*)?$")]
    private static partial Regex BlockNamespace();

    [Fact]
    public void Every_source_file_declares_the_type_it_is_named_after()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var name = Path.GetFileName(file);
            var expected = name.Split('.')[0];
            var types = TopLevelTypes(File.ReadAllLines(file));
            if (!NamingExemptions.ContainsKey(name) && !types.Exists(t => t.Name == expected))
            {
                offenders.Add($"{Relative(file)}: declares {Describe(types)}, not {expected}");
            }
        }

        Assert.True(offenders.Count == 0,
            $"{offenders.Count} file(s) under src/ are not named after a type they declare (rename the file, or move the type to a file of its name):"
            + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void No_source_file_holds_more_than_one_public_type()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var publicTypes = TopLevelTypes(File.ReadAllLines(file)).Where(t => t.IsPublic).ToList();
            if (publicTypes.Count > 1)
            {
                offenders.Add($"{Relative(file)}: {Describe(publicTypes)}");
            }
        }

        Assert.True(offenders.Count == 0,
            $"{offenders.Count} file(s) under src/ hold more than one public top-level type (give each its own file):"
            + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Every_source_file_holds_exactly_one_top_level_type()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var types = TopLevelTypes(File.ReadAllLines(file));
            var names = types.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count();
            if (names != 1 && !NamingExemptions.ContainsKey(Path.GetFileName(file)))
            {
                offenders.Add($"{Relative(file)}: {Describe(types)}");
            }
        }

        Assert.True(offenders.Count == 0,
            $"{offenders.Count} file(s) under src/ do not hold exactly one top-level type (move each extra type to a file named after it):"
            + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    /// <summary>The guard must see the source: a wrong root or pattern would make the tests pass on nothing.</summary>
    [Fact]
    public void The_scan_finds_the_source_and_its_types()
    {
        var files = SourceFiles().ToList();
        Assert.True(files.Count > 100, $"only {files.Count} source files found under {Path.Combine(RepositoryRoot, "src")}");
        Assert.DoesNotContain(files, f => f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var rows = files.Single(f => Path.GetFileName(f) == "TableReader.Rows.cs");
        Assert.Equal(["TableReader"], TopLevelTypes(File.ReadAllLines(rows)).Select(t => t.Name));
    }

    [Theory]
    [InlineData("internal sealed partial class TableReader", "TableReader", false)]
    [InlineData("public static partial class ReportTextImporter", "ReportTextImporter", true)]
    [InlineData("public sealed record ImportedCell", "ImportedCell", true)]
    [InlineData("internal readonly record struct KeyMatch(int Start, int End, int Cost);", "KeyMatch", false)]
    [InlineData("public enum CellReadingKind", "CellReadingKind", true)]
    [InlineData("[Flags] public enum Options", "Options", true)]
    [InlineData("public interface IReportSource<T>", "IReportSource", true)]
    [InlineData("public delegate void Progress(int done, int total);", "Progress", true)]
    [InlineData("class Implicit", "Implicit", false)]
    public void A_top_level_declaration_is_recognised(string line, string name, bool isPublic)
    {
        var type = Assert.Single(TopLevelTypes(["namespace Disclosure.Format.Import;", string.Empty, line, "{", "}"]));
        Assert.Equal((name, isPublic), (type.Name, type.IsPublic));
    }

    [Theory]
    [InlineData("    private sealed class Unit")]
    [InlineData("    public sealed class Nested")]
    [InlineData("/// <summary>The public class Foo of the format.</summary>")]
    [InlineData("// internal class Commented")]
    [InlineData("    public required CellLayout Cell { get; init; }")]
    public void Nested_types_comments_and_members_are_not_top_level_types(string line)
    {
        Assert.Empty(TopLevelTypes(["namespace Disclosure.Format.Import;", string.Empty, "internal sealed class Outer", "{", line, "}"]).Skip(1));
    }

    [Fact]
    public void In_a_block_scoped_namespace_the_types_indented_once_are_top_level()
    {
        string[] lines = ["namespace Disclosure.Format.Import", "{", "    public class First", "    {", "        public class Nested { }", "    }", string.Empty, "    public class Second { }", "}"];
        Assert.Equal(["First", "Second"], TopLevelTypes(lines).Select(t => t.Name));
    }

    /// <summary>The top-level types a file declares, in order, read line by line.</summary>
    private static List<(string Name, bool IsPublic)> TopLevelTypes(IReadOnlyList<string> lines)
    {
        var topIndent = lines.Any(l => BlockNamespace().IsMatch(l)) ? 4 : 0;
        var types = new List<(string Name, bool IsPublic)>();
        foreach (var line in lines)
        {
            var match = TypeDeclaration().Match(line);
            if (!match.Success)
            {
                match = DelegateDeclaration().Match(line);
            }

            if (match.Success && match.Groups["indent"].Length == topIndent)
            {
                var isPublic = Regex.IsMatch(match.Groups["modifiers"].Value, @"\bpublic\b");
                types.Add((match.Groups["name"].Value, isPublic));
            }
        }

        return types;
    }

    private static string Describe(List<(string Name, bool IsPublic)> types) =>
        types.Count == 0 ? "no type" : string.Join(", ", types.Select(t => (t.IsPublic ? "public " : string.Empty) + t.Name));

    /// <summary>Every C# file under src/, generated files (<c>*.g.cs</c>) and build output (<c>obj/</c>, <c>bin/</c>) aside.</summary>
    private static IEnumerable<string> SourceFiles()
    {
        var src = Path.Combine(RepositoryRoot, "src");
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".g.cs", StringComparison.Ordinal)
                        && !Path.GetRelativePath(src, f).Split(separator).Any(part => part is "obj" or "bin"))
            .Order(StringComparer.Ordinal);
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/');

    /// <summary>The repository root: the nearest folder above the test's output that holds the solution.</summary>
    private static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Disclosure.Format.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Disclosure.Format.sln above {AppContext.BaseDirectory}.");
    }
}
