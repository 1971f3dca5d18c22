using System.Runtime.CompilerServices;
using System.Text;
using IacTest.Lint.Build;

namespace IacTest.Cli;

/// <summary>
/// <c>iactest build-lint REQUEST|- [--result FILE]</c>: the lint of one build, on behalf of the SDK's MSBuild task.
/// Reads a <see cref="BuildLintRequest"/> (a file, or standard input for <c>-</c>) and writes the
/// <see cref="BuildLintResult"/> to FILE or standard output, both in <see cref="BuildLintProtocol"/>'s form.
/// Exit 0 whenever the result was written, findings or not.
/// </summary>
internal static class BuildLintCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        string? requestFile = null;
        string? resultFile = null;
        var reader = new ArgumentReader(args);
        while (reader.TryNextOption(out var option, out var inline))
        {
            resultFile = option is "--result"
                ? Path.GetFullPath(reader.Value(option, inline), workingDirectory)
                : throw new UsageException($"unknown option '{option}' for build-lint.");
        }

        foreach (var operand in reader.Positionals)
        {
            requestFile = requestFile is null ? operand : throw new UsageException("build-lint takes one request file, or - for standard input.");
        }

        if (requestFile is null)
        {
            throw new UsageException("build-lint takes one request file, or - for standard input.");
        }

        BuildLintRequest request;
        try
        {
            using var input = requestFile == "-" ? Console.OpenStandardInput() : File.OpenRead(Path.GetFullPath(requestFile, workingDirectory));
            request = BuildLintProtocol.ReadRequest(input);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"iactest: build-lint: {exception.Message}");
            return CommandLine.Usage;
        }

        var result = BuildLint.Run(request, EngineIdentity());
        if (resultFile is not null)
        {
            // Written aside and moved in place: a result file that exists is a whole one.
            var partial = resultFile + ".partial";
            Directory.CreateDirectory(Path.GetDirectoryName(resultFile)!);
            using (var stream = File.Create(partial))
            {
                BuildLintProtocol.WriteResult(stream, result);
            }

            File.Move(partial, resultFile, overwrite: true);
            return CommandLine.Success;
        }

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
