using System.Runtime.CompilerServices;
using System.Text;
using IacTest.Lint.Build;

namespace IacTest.Cli;

/// <summary>
/// <c>iactest build-lint REQUEST|-</c>: the lint of one build, on behalf of the SDK's MSBuild task. Reads a
/// <see cref="BuildLintRequest"/> (a file, or standard input for <c>-</c>) and prints the <see cref="BuildLintResult"/>,
/// both in <see cref="BuildLintProtocol"/>'s JSON. Exit 0 whenever the result was printed, findings or not.
/// </summary>
internal static class BuildLintCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        if (args.Length != 1)
        {
            throw new UsageException("build-lint takes one argument: a request file, or - for standard input.");
        }

        BuildLintRequest request;
        try
        {
            using var input = args[0] == "-" ? Console.OpenStandardInput() : File.OpenRead(Path.GetFullPath(args[0], workingDirectory));
            request = BuildLintProtocol.ReadRequest(input);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"iactest: build-lint: {exception.Message}");
            return CommandLine.Usage;
        }

        var result = BuildLint.Run(request, EngineIdentity());
        using var buffer = new MemoryStream();
        BuildLintProtocol.WriteResult(buffer, result);
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        return CommandLine.Success;
    }

    // A native build has no assembly to take a module id from: its executable's size and time name the build.
    private static string EngineIdentity()
    {
        if (RuntimeFeature.IsDynamicCodeSupported || Environment.ProcessPath is not { } executable)
        {
            return BuildLint.AssemblyIdentity;
        }

        var info = new FileInfo(executable);
        return $"native|{executable}|{info.Length}|{info.LastWriteTimeUtc.Ticks}";
    }
}
