using System.Diagnostics;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

// Reads every YAML file under a folder and parses it with YamlDotNet only, as `iactest lint` would before its rules:
// the same file walk (.git, .hg, .svn and node_modules skipped), one read and a UTF-8 decode per file, files spread
// over one worker per processor. What it does with each file:
//   read  — read and decode only;
//   scan  — the scanner's tokens, comments kept (what the lint records for its token rules);
//   parse — the parser's events to the end of the stream (the default: a bare YamlDotNet parse).
//   BareParse [read|scan|parse] FOLDER
// Prints the files, the tokens or events counted, and the time taken.
var mode = args.Length > 1 ? args[0] : "parse";
var root = args.Length > 1 ? args[1] : args.Length == 1 ? args[0] : ".";
if (mode is not ("read" or "scan" or "parse"))
{
    Console.Error.WriteLine($"unknown mode '{mode}': read, scan or parse");
    return 2;
}

var clock = Stopwatch.StartNew();
var files = Discover(root);
var counts = new long[files.Count];
var failed = 0;
Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
{
    try
    {
        counts[i] = Measure(mode, File.ReadAllBytes(files[i]));
    }
    catch (YamlException)
    {
        Interlocked.Increment(ref failed);
    }
});

Console.WriteLine($"files={files.Count} {(mode == "parse" ? "events" : mode == "scan" ? "tokens" : "chars")}={counts.Sum()} " +
    $"syntax_errors={failed} ms={clock.Elapsed.TotalMilliseconds:F0}");
return 0;

static long Measure(string mode, byte[] bytes)
{
    var text = Encoding.UTF8.GetString(bytes);
    long count = 0;
    switch (mode)
    {
        case "read":
            return text.Length;
        case "scan":
            var scanner = new Scanner(new StringReader(text), skipComments: false);
            while (scanner.MoveNext() && scanner.Current is not StreamEnd)
            {
                count++;
            }

            return count;
        default:
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                count++;
            }

            return count;
    }
}

static List<string> Discover(string root)
{
    var found = new List<string>();
    var folders = new Stack<string>();
    folders.Push(root);
    while (folders.Count > 0)
    {
        var folder = folders.Pop();
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (file.EndsWith(".yml", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal))
            {
                found.Add(file);
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (Path.GetFileName(sub) is not (".git" or ".hg" or ".svn" or "node_modules"))
            {
                folders.Push(sub);
            }
        }
    }

    found.Sort(StringComparer.Ordinal);
    return found;
}
