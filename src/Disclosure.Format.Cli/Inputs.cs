using System.Text.RegularExpressions;

namespace Disclosure.Format.Cli;

/// <summary>Expands the command line's inputs: files, folders (their report files) and <c>*</c>/<c>?</c> globs.</summary>
internal static class Inputs
{
    /// <summary>The most inputs one run accepts; past it the run stops with a usage error.</summary>
    public const int MaxFiles = 100_000;

    /// <summary>Expands <paramref name="arguments"/>; problems (missing files, empty globs) go to <paramref name="errors"/>.</summary>
    public static List<InputFile> Expand(IEnumerable<string> arguments, List<string> errors)
    {
        var files = new List<InputFile>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                files.Add(new InputFile("<stdin>", null));
            }
            else if (Directory.Exists(argument))
            {
                var found = Directory.EnumerateFiles(argument)
                    .Where(f => InputFormats.Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !f.EndsWith(".expected.json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0) errors.Add($"{argument}: the folder holds no {InputFormats.ExtensionList} file.");
                files.AddRange(found.Select(f => new InputFile(f, f, Found: true)));
            }
            else if (argument.IndexOfAny(['*', '?']) >= 0)
            {
                var directory = System.IO.Path.GetDirectoryName(argument);
                var pattern = System.IO.Path.GetFileName(argument);
                var root = string.IsNullOrEmpty(directory) ? "." : directory;
                if (!Directory.Exists(root) || directory!.IndexOfAny(['*', '?']) >= 0)
                {
                    errors.Add($"{argument}: only the file name part of a pattern may contain * or ?, and its folder must exist.");
                    continue;
                }

                var regex = new Regex("^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$");
                var found = Directory.EnumerateFiles(root)
                    .Where(f => regex.IsMatch(System.IO.Path.GetFileName(f)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0) errors.Add($"{argument}: no file matches the pattern.");
                files.AddRange(found.Select(f => new InputFile(string.IsNullOrEmpty(directory) ? System.IO.Path.GetFileName(f) : f, f, Found: true)));
            }
            else if (File.Exists(argument))
            {
                files.Add(new InputFile(argument, argument));
            }
            else
            {
                errors.Add($"{argument}: no such file or folder.");
            }

            if (files.Count > MaxFiles)
            {
                errors.Add($"More than {MaxFiles} inputs: split the run.");
                break;
            }
        }

        if (files.Count(f => f.IsStandardInput) > 1)
        {
            errors.Add("Standard input (-) can be named only once.");
        }

        return files;
    }
}
