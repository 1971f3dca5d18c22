using System.Diagnostics;
using IacTest.Lint.Hcl;

// Reads every .tf file under a folder and parses it with IacTest's HCL parser only, as `iactest lint` does before its
// rules: the same kind of walk (.git, .terraform and node_modules skipped), one read per file, files spread over one
// worker per processor.
//   HclParse FOLDER
// Prints the files, the blocks at their top level, the files with syntax errors and the time taken.
var root = args.Length > 0 ? args[0] : ".";
var clock = Stopwatch.StartNew();
var files = Discover(root);
var blocks = new int[files.Count];
var invalid = 0;
Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
{
    var parsed = HclParser.ParseConfig(File.ReadAllText(files[i]), files[i]);
    blocks[i] = parsed.Body.Blocks.Count;
    if (!parsed.IsValid)
    {
        Interlocked.Increment(ref invalid);
    }
});

Console.WriteLine($"files={files.Count} blocks={blocks.Sum()} syntax_errors={invalid} ms={clock.Elapsed.TotalMilliseconds:F0}");
return 0;

static List<string> Discover(string root)
{
    var found = new List<string>();
    var pending = new Stack<string>();
    pending.Push(root);
    while (pending.Count > 0)
    {
        var folder = pending.Pop();
        foreach (var directory in Directory.EnumerateDirectories(folder))
        {
            if (Path.GetFileName(directory) is not (".git" or ".terraform" or "node_modules"))
            {
                pending.Push(directory);
            }
        }

        found.AddRange(Directory.EnumerateFiles(folder, "*.tf"));
    }

    found.Sort(StringComparer.Ordinal);
    return found;
}
