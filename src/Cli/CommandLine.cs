namespace IacTest.Cli;

/// <summary>The <c>iactest</c> command line.</summary>
public static class CommandLine
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        error.WriteLine("usage: iactest lint [--format text|json|sarif|parsable] PATH...");
        return args.Length == 0 ? 2 : 2;
    }
}
