using Disclosure.Format.Fuzz;
using SharpFuzz;

// Usage:
//   Disclosure.Format.Fuzz <target>                 run under afl-fuzz (input on stdin, one child process per crash)
//   Disclosure.Format.Fuzz <target> --replay FILES   run each file once outside AFL; print "ok" or the escaped exception
//   Disclosure.Format.Fuzz --seeds <html|word|xlsx> <folder> <dictionary> FILES   write a document target's seeds and dictionary
//   Disclosure.Format.Fuzz --as-read IN OUT   write the bytes a reader sees for IN (a parts text zipped; anything else as is)
// Targets: see Targets.All.
if (args is ["--as-read", var inFile, var outFile])
{
    var input = File.ReadAllBytes(inFile);
    File.WriteAllBytes(outFile, Packages.FromPartsText(input) ?? input);
    return 0;
}

if (args is ["--seeds", var seedTarget, var seedFolder, var dictionary, .. var seedFiles])
{
    return Seeds.Write(seedTarget, seedFolder, dictionary, seedFiles);
}

if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Disclosure.Format.Fuzz <{string.Join("|", Targets.All.Keys)}> [--replay FILE...]");
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    var failures = 0;
    foreach (var file in args.Skip(2))
    {
        try
        {
            target(File.ReadAllBytes(file));
            Console.WriteLine($"ok     {file}");
        }
        catch (Exception ex)
        {
            failures++;
            Console.WriteLine($"CRASH  {file}: {ex.GetType().FullName}: {ex.Message}");
            Console.WriteLine(ex.StackTrace);
        }
    }

    return failures == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
