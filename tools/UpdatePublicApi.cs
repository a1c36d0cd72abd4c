// Brings the PublicAPI.*.txt files of every library package in line with the code, after a deliberate API change.
// Run through tools/update-public-api.sh (see README, "Contributing"). Usage:
//   dotnet run tools/UpdatePublicApi.cs -- [--ship] [path/to/Project.csproj ...]
// Without project paths it takes every project under src/ that tracks its public API (TrackPublicApi=true).
//
// How: it builds each project once per target framework, reads the PublicApiAnalyzers diagnostics (RS0016: public
// symbol not declared; RS0017: declared symbol gone; RS0050: symbol marked removed is back) and edits the files:
//   - a new symbol on every target framework goes to PublicAPI.Unshipped.txt; one on some targets only (compiler-
//     generated members can differ, e.g. covariant record Clone on net10.0) goes to PublicAPI/<tfm>/PublicAPI.Unshipped.txt;
//   - a removed symbol is deleted from an Unshipped file; a removed *shipped* symbol is a breaking change: it is
//     recorded as "*REMOVED*<line>" in the Unshipped file and reported loudly;
// then builds again and fails if anything is still undeclared.
// --ship (at a release): moves every Unshipped line into the matching Shipped file (and applies *REMOVED* lines).
// This is a build tool of the repository, not part of any package.

using System.Diagnostics;
using System.Text.RegularExpressions;

const string Header = "#nullable enable";
const string Removed = "*REMOVED*";
var ship = args.Contains("--ship");
var root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory())
    ?? throw new InvalidOperationException("Run from inside the repository.");
var projects = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(Path.GetFullPath).ToList();
if (projects.Count == 0)
{
    projects = Directory.GetFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories)
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
        .Where(p => GetProperty(p, "TrackPublicApi") == "true")
        .ToList();
}
projects = DependenciesFirst(projects);

var failed = false;
foreach (var project in projects)
{
    var name = Path.GetFileNameWithoutExtension(project);
    var dir = Path.GetDirectoryName(project)!;
    var tfms = TargetFrameworks(project);
    Console.WriteLine($"== {name} ({string.Join(", ", tfms)})");
    foreach (var kind in new[] { "Shipped", "Unshipped" })
        EnsureFile(Path.Combine(dir, $"PublicAPI.{kind}.txt"));

    if (ship)
    {
        Ship(dir, tfms);
        continue;
    }

    for (var pass = 1; ; pass++)
    {
        var (added, removed, otherErrors) = Diagnose(project, tfms[0]);
        if (otherErrors.Count > 0)
        {
            Console.Error.WriteLine($"{name} does not build for reasons other than its API files:");
            foreach (var e in otherErrors.Take(20)) Console.Error.WriteLine("  " + e);
            failed = true;
            break;
        }
        if (added.Count == 0 && removed.Count == 0)
        {
            Console.WriteLine(pass == 1 ? "  up to date" : "  done");
            break;
        }
        if (pass == 3)
        {
            Console.Error.WriteLine($"  still out of date after two updates: {added.Count} undeclared, {removed.Count} stale");
            failed = true;
            break;
        }
        Apply(dir, tfms, added, removed);
    }
}
return failed ? 1 : 0;

// ---------------------------------------------------------------------------------------------------------------------

static string? FindRoot(string start)
{
    for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "Directory.Build.props")) && Directory.Exists(Path.Combine(d.FullName, "src")))
            return d.FullName;
    return null;
}

// Orders the projects so that each comes after the projects it references (its API files are then up to date when a
// dependent project is built), alphabetically otherwise.
static List<string> DependenciesFirst(List<string> projects)
{
    var references = projects.ToDictionary(p => p, p => System.Xml.Linq.XDocument.Load(p).Descendants("ProjectReference")
        .Select(r => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(p)!, r.Attribute("Include")?.Value ?? "")))
        .Where(projects.Contains).ToList());
    var ordered = new List<string>();
    void Visit(string p, HashSet<string> path)
    {
        if (ordered.Contains(p) || !path.Add(p)) return;
        foreach (var r in references[p].Order(StringComparer.Ordinal)) Visit(r, path);
        ordered.Add(p);
    }
    foreach (var p in projects.Order(StringComparer.Ordinal)) Visit(p, []);
    return ordered;
}

static (int Code, string Output) Run(params string[] arguments)
{
    var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in arguments) psi.ArgumentList.Add(a);
    using var process = Process.Start(psi)!;
    var stderr = process.StandardError.ReadToEndAsync();
    var stdout = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return (process.ExitCode, stdout + stderr.Result);
}

static string GetProperty(string project, string property) =>
    Run("msbuild", project, "-nologo", $"-getProperty:{property}").Output.Trim();

static List<string> TargetFrameworks(string project)
{
    var many = GetProperty(project, "TargetFrameworks");
    var list = (many.Length > 0 ? many : GetProperty(project, "TargetFramework"))
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    return list;
}

static bool IsRemoval(string line) => line.StartsWith("*REMOVED*", StringComparison.Ordinal);

static string TfmFile(string dir, string tfm, string kind) => Path.Combine(dir, "PublicAPI", tfm, $"PublicAPI.{kind}.txt");

static void EnsureFile(string path)
{
    if (File.Exists(path)) return;
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, Header + "\n");
    Console.WriteLine($"  created {path}");
}

static List<string> ReadLines(string path) =>
    File.Exists(path)
        ? File.ReadAllLines(path).Where(l => l.Length > 0 && l != Header).ToList()
        : [];

static void WriteLines(string path, IEnumerable<string> lines)
{
    var sorted = lines.Distinct(StringComparer.Ordinal)
        .OrderBy(l => l.StartsWith("*REMOVED*", StringComparison.Ordinal) ? l["*REMOVED*".Length..] : l, StringComparer.OrdinalIgnoreCase)
        .ThenBy(l => l, StringComparer.Ordinal)
        .ToList();
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, string.Concat(new[] { Header }.Concat(sorted).Select(l => l + "\n")));
}

// Builds every target framework from scratch and collects the API diagnostics per target framework.
static (Dictionary<string, HashSet<string>> Added, List<(string File, string Symbol, string Tfm)> Removed, List<string> Other)
    Diagnose(string project, string singleTfm)
{
    var (_, output) = Run("build", project, "-c", "Release", "--no-incremental", "-nologo", "-tl:off", "-clp:NoSummary");
    var added = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
    var removed = new List<(string, string, string)>();
    var other = new List<string>();
    // MSBuild ends each diagnostic with [project] or, for a multi-targeted project, [project::TargetFramework=tfm].
    const string Tail = @" \[(?<project>[^\]]*?)(?:::TargetFramework=(?<tfm>[^\]]+))?\]$";
    // RS0016: public but not declared. RS0050: declared as *REMOVED* but back in the code. Both mean "it exists".
    var rs0016 = new Regex(@"(?:error|warning) (?:RS0016: Symbol '(?<symbol>.*)' is not part of the declared public API|RS0050: Symbol '(?<symbol>.*)' is marked as removed but it isn't deleted in source code) .*" + Tail);
    var rs0017 = new Regex(@"^(?<file>.*?)\(\d+,\d+\): (?:error|warning) RS0017: Symbol '(?<symbol>.*)' is part of the declared API, but .*" + Tail);
    var error = new Regex(@": error [A-Z]+\d+:");
    foreach (var line in output.Split('\n').Select(l => l.TrimEnd('\r')).Distinct())
    {
        Match m;
        // Diagnostics of referenced projects (built along) are theirs, not this project's.
        var owner = Regex.Match(line, Tail);
        if (owner.Success && Path.GetFullPath(owner.Groups["project"].Value) != Path.GetFullPath(project))
        {
            if (error.IsMatch(line)) other.Add(line.Trim());
            continue;
        }
        if ((m = rs0016.Match(line)).Success)
        {
            var tfm = m.Groups["tfm"].Success ? m.Groups["tfm"].Value : singleTfm;
            if (!added.TryGetValue(tfm, out var set)) added[tfm] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(m.Groups["symbol"].Value);
        }
        else if ((m = rs0017.Match(line)).Success)
        {
            var entry = (Path.GetFullPath(m.Groups["file"].Value.Trim()), m.Groups["symbol"].Value,
                m.Groups["tfm"].Success ? m.Groups["tfm"].Value : singleTfm);
            if (!removed.Contains(entry)) removed.Add(entry);
        }
        else if (error.IsMatch(line))
        {
            other.Add(line.Trim());
        }
    }
    return (added, removed, other);
}

// The declared API of one target framework: shipped lines, minus *REMOVED* marks, plus unshipped additions.
static (HashSet<string> Shipped, HashSet<string> Declared) Declared(string dir, string tfm)
{
    var shipped = ReadLines(Path.Combine(dir, "PublicAPI.Shipped.txt")).Concat(ReadLines(TfmFile(dir, tfm, "Shipped")))
        .ToHashSet(StringComparer.Ordinal);
    var unshipped = ReadLines(Path.Combine(dir, "PublicAPI.Unshipped.txt")).Concat(ReadLines(TfmFile(dir, tfm, "Unshipped"))).ToList();
    var marks = unshipped.Where(IsRemoval).Select(l => l[Removed.Length..]).ToHashSet(StringComparer.Ordinal);
    var declared = shipped.Where(l => !marks.Contains(l)).Concat(unshipped.Where(l => !IsRemoval(l))).ToHashSet(StringComparer.Ordinal);
    return (shipped, declared);
}

// Rewrites the Unshipped files so that they declare exactly the API found on each target framework. Shipped files are
// never edited here: a shipped symbol that is gone becomes a *REMOVED* line (a breaking change, reported).
static void Apply(string dir, List<string> tfms, Dictionary<string, HashSet<string>> added,
    List<(string File, string Symbol, string Tfm)> removed)
{
    var unshippedByTfm = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
    var changes = new List<(string Sign, string Line, string Tfm)>();
    foreach (var tfm in tfms)
    {
        var (shipped, declared) = Declared(dir, tfm);
        var actual = declared.ToHashSet(StringComparer.Ordinal);
        foreach (var r in removed.Where(r => r.Tfm == tfm)) actual.Remove(r.Symbol);
        if (added.TryGetValue(tfm, out var plus)) actual.UnionWith(plus);

        changes.AddRange(actual.Except(declared).Select(l => ("+", l, tfm)));
        changes.AddRange(declared.Except(actual).Select(l => (shipped.Contains(l) ? "!" : "-", l, tfm)));
        unshippedByTfm[tfm] = actual.Where(l => !shipped.Contains(l))
            .Concat(shipped.Where(l => !actual.Contains(l)).Select(l => Removed + l))
            .ToHashSet(StringComparer.Ordinal);
    }
    // Report each change once, naming the target frameworks only when it does not concern all of them.
    foreach (var change in changes.GroupBy(c => (c.Sign, c.Line)).OrderBy(g => g.Key.Line, StringComparer.OrdinalIgnoreCase))
    {
        var on = change.Select(c => c.Tfm).ToList();
        var where = on.Count == tfms.Count ? "" : $"[{string.Join(", ", on)}] ";
        if (change.Key.Sign == "!") Console.Error.WriteLine($"  ! BREAKING: shipped API removed: {where}{change.Key.Line}");
        else Console.WriteLine($"  {change.Key.Sign} {where}{change.Key.Line}");
    }
    WriteSplit(dir, tfms, "Unshipped", unshippedByTfm);
}

// At a release: every target's declared API becomes its shipped API; the Unshipped files are emptied.
static void Ship(string dir, List<string> tfms)
{
    var shippedByTfm = tfms.ToDictionary(t => t, t => Declared(dir, t).Declared, StringComparer.Ordinal);
    var before = ReadLines(Path.Combine(dir, "PublicAPI.Unshipped.txt")).Count
        + tfms.Sum(t => ReadLines(TfmFile(dir, t, "Unshipped")).Count);
    WriteSplit(dir, tfms, "Shipped", shippedByTfm);
    WriteSplit(dir, tfms, "Unshipped", tfms.ToDictionary(t => t, _ => new HashSet<string>(), StringComparer.Ordinal));
    Console.WriteLine($"  shipped {before} unshipped line(s)");
}

// Lines common to every target go to the project's file; the rest to PublicAPI/<tfm>/ (created only when needed).
static void WriteSplit(string dir, List<string> tfms, string kind, Dictionary<string, HashSet<string>> byTfm)
{
    var common = tfms.Skip(1).Aggregate(byTfm[tfms[0]].ToHashSet(StringComparer.Ordinal), (acc, t) => { acc.IntersectWith(byTfm[t]); return acc; });
    WriteLines(Path.Combine(dir, $"PublicAPI.{kind}.txt"), common);
    foreach (var tfm in tfms)
    {
        var own = byTfm[tfm].Where(l => !common.Contains(l)).ToList();
        var path = TfmFile(dir, tfm, kind);
        if (own.Count > 0) WriteLines(path, own);
        else if (File.Exists(path)) File.Delete(path);
    }
    var folder = Path.Combine(dir, "PublicAPI");
    if (!Directory.Exists(folder)) return;
    foreach (var sub in Directory.GetDirectories(folder))
        if (!Directory.EnumerateFileSystemEntries(sub).Any()) Directory.Delete(sub);
    if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
}
