using SharpFuzz;

namespace IacTest.Lint.Fuzz;

/// <summary>
/// <c>afl</c> (default): the target for afl-fuzz, one input per run on standard input. <c>libfuzzer</c>: the target for
/// libfuzzer-dotnet. <c>replay PATH...</c>: runs files or folders of inputs once, without a fuzzer (corpora, crashes).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault() ?? "afl")
        {
            case "afl":
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    LintTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                });
                return 0;
            case "libfuzzer":
                Fuzzer.LibFuzzer.Run(span => LintTarget.Run(span));
                return 0;
            case "replay":
                return Replay(args.Skip(1));
            default:
                Console.Error.WriteLine("usage: IacTest.Lint.Fuzz [afl | libfuzzer | replay PATH...]");
                return 2;
        }
    }

    private static int Replay(IEnumerable<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
            .Order(StringComparer.Ordinal).ToArray();
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                LintTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception exception)
            {
                failed++;
                Console.WriteLine($"{file}: {exception.Message}");
            }
        }

        Console.WriteLine($"replayed {files.Length} inputs: {files.Length - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
