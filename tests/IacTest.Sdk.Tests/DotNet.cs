using System.Diagnostics;
using System.Text;

namespace IacTest.Sdk.Tests;

/// <summary>The outcome of a process: exit code and interleaved output.</summary>
public sealed record ProcessResult(int ExitCode, string Output)
{
    /// <summary>Lines of the output, trimmed.</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n').Select(l => l.Trim()).ToArray();

    /// <summary>The number of files the lint task says it linted.</summary>
    public int LintedFiles
    {
        get
        {
            var line = Lines.Single(l => l.StartsWith("IacTest lint: linted ", StringComparison.Ordinal));
            return int.Parse(line.Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>Runs real <c>dotnet</c> processes, bounded in time, with build servers off so no task DLL is reused.</summary>
public static class DotNet
{
    /// <summary>Runs <c>dotnet ARGS</c> in <paramref name="directory"/>.</summary>
    public static Task<ProcessResult> RunAsync(string directory, TimeSpan timeout, params string[] args) =>
        RunAsync(directory, timeout, new Dictionary<string, string>(), args);

    /// <summary>Runs <c>dotnet ARGS</c> in <paramref name="directory"/> with <paramref name="environment"/> added to its environment.</summary>
    public static async Task<ProcessResult> RunAsync(string directory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The outer test run's MSBuild settings must not leak into the inner builds.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "VSTEST_HOST_DEBUG" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in {timeout}:\n{output}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
