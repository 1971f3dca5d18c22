using System.Diagnostics;
using System.Globalization;
using IacTest.Lint.Build;

namespace IacTest.Sdk.Tasks;

/// <summary>
/// Runs a build's lint in the native <c>iactest</c> shipped in the SDK package. A <c>dotnet build</c> loads the
/// task into a fresh process each time, where the engine would run cold (JIT, type loading, rule data: a few hundred
/// ms); the native binary starts in milliseconds with all of that compiled ahead of time. The request goes to its
/// standard input while it starts, the result comes back on its standard output.
/// </summary>
internal sealed class NativeLintWorker(string executable)
{
    private readonly WorkerProcess _process = new();

    /// <summary>Runs the request; returns null and says why in <paramref name="failure"/> when the worker cannot.</summary>
    public BuildLintResult? TryRun(BuildLintRequest request, out string failure)
    {
        failure = string.Empty;
        if (!File.Exists(executable))
        {
            failure = "it does not exist";
            return null;
        }

        if (!OperatingSystem.IsWindows() && !EnsureExecutable(out failure))
        {
            return null;
        }

        var errorFile = Path.Combine(Path.GetTempPath(), $"iactest-build-lint-{Environment.ProcessId}-{Guid.NewGuid():N}.stderr");
        try
        {
            var output = new MemoryStream();
            var started = Stopwatch.GetTimestamp();
            var input = BuildLintProtocol.EncodeRequest(request);
            var encoded = Stopwatch.GetTimestamp();
            var outcome = _process.Run(executable, ["build-lint", "-"], WorkerEnvironment(), input, output, errorFile);
            // A whole result is trusted even when another waiter took the exit status (it ends with its end line).
            if (outcome.ExitCode is 0 or null && output.Length > 0)
            {
                output.Position = 0;
                var result = BuildLintProtocol.ReadResult(output);
                var (spawned, firstOutput, outputEnded, reaped) = _process.Times;
                Timings = string.Format(CultureInfo.InvariantCulture,
                    "IacTest lint: worker request encoded in {0:0.0} ms ({1} bytes), spawned in {2:0.0} ms, answered after {3:0.0} ms, " +
                    "its answer read in {4:0.0} ms ({5} bytes), reaped in {6:0.0} ms, decoded in {7:0.0} ms",
                    Milliseconds(started, encoded), input.Length, Milliseconds(encoded, spawned), Milliseconds(spawned, firstOutput),
                    Milliseconds(firstOutput, outputEnded), output.Length, Milliseconds(outputEnded, reaped), Milliseconds(reaped, Stopwatch.GetTimestamp()));
                return result;
            }

            failure = output.Length > 0
                ? $"it ended with {outcome}: {FirstLines(errorFile)}"
                : $"it printed no result and ended with {outcome}: {FirstLines(errorFile)}";
            return null;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or OperationCanceledException)
        {
            failure = exception.Message;
            return null;
        }
        finally
        {
            DeleteAll(errorFile);
        }
    }

    /// <summary>Where the last successful run's time went, for the detailed log; empty before one.</summary>
    public string Timings { get; private set; } = string.Empty;

    /// <summary>Stops the worker (the build was cancelled).</summary>
    public void Cancel() => _process.Kill();

    // NuGet does not keep file modes when it extracts a package: the binary may arrive without its execute bit.
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private bool EnsureExecutable(out string failure)
    {
        failure = string.Empty;
        try
        {
            var mode = File.GetUnixFileMode(executable);
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(executable, mode | execute);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            failure = $"it is not executable and cannot be made so: {exception.Message}";
            return false;
        }
    }

    private static string FirstLines(string errorFile)
    {
        var lines = File.Exists(errorFile)
            ? File.ReadAllLines(errorFile).Select(l => l.Trim()).Where(l => l.Length > 0).Take(3).ToArray()
            : [];
        return lines.Length == 0 ? "nothing on standard error" : string.Join(" | ", lines);
    }

    private static void DeleteAll(params string[] files)
    {
        foreach (var file in files)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A leftover in the temp folder is harmless.
            }
        }
    }

    // The variables the engine reads, as this build process sees them: enumerating the whole environment costs a cold
    // process milliseconds, and the worker's results must not depend on anything else.
    private static List<string> WorkerEnvironment()
    {
        var variables = new List<string>(BuildLint.EnvironmentVariables.Count);
        foreach (var name in BuildLint.EnvironmentVariables)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                variables.Add(name + "=" + value);
            }
        }

        return variables;
    }

    private static double Milliseconds(long from, long to) => from == 0 || to < from ? 0 : Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
