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
    public static Task<ProcessResult> RunAsync(string directory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        ChildProcess.RunAsync("dotnet", args, directory, environment, timeout, $"dotnet {string.Join(' ', args)}");
}
