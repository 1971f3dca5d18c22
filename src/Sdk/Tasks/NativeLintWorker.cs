using System.ComponentModel;
using System.Diagnostics;
using IacTest.Lint.Build;

namespace IacTest.Sdk.Tasks;

/// <summary>
/// Runs a build's lint in the native <c>iactest</c> shipped in the SDK package. A <c>dotnet build</c> loads the
/// task into a fresh process each time, where the engine would run cold (JIT, type loading, rule data: a few hundred
/// ms); the native binary starts in milliseconds with all of that compiled ahead of time.
/// </summary>
internal sealed class NativeLintWorker(string executable)
{
    private Process? _process;

    public string Timings { get; private set; } = "";

    /// <summary>The path of the native <c>iactest</c>.</summary>
    public string Executable => executable;

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

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = request.ProjectDirectory,
        };
        start.ArgumentList.Add("build-lint");
        start.ArgumentList.Add("-");
        var sw = Stopwatch.StartNew();
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("the process did not start");
            _process = process;
            // Both pipes are drained from the start, so a worker that fails loudly before reading the request never blocks.
            var output = new MemoryStream();
            var outputRead = process.StandardOutput.BaseStream.CopyToAsync(output);
            var errorRead = process.StandardError.ReadToEndAsync();
            var started = sw.Elapsed.TotalMilliseconds;
            try
            {
                using var input = process.StandardInput.BaseStream;
                BuildLintProtocol.WriteRequest(input, request);
            }
            catch (IOException)
            {
                // The worker stopped reading early; its exit code and standard error say why.
            }

            var written = sw.Elapsed.TotalMilliseconds;
            outputRead.GetAwaiter().GetResult();
            var errorText = errorRead.GetAwaiter().GetResult();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                failure = $"it exited with code {process.ExitCode}: {FirstLines(errorText)}";
                return null;
            }

            output.Position = 0;
            var exited = sw.Elapsed.TotalMilliseconds;
            var r = BuildLintProtocol.ReadResult(output);
            Timings = $"start {started:F1}, write {written - started:F1}, wait {exited - written:F1}, read {sw.Elapsed.TotalMilliseconds - exited:F1}";
            return r;
        }
        catch (Exception exception) when (exception is Win32Exception or IOException or InvalidDataException or InvalidOperationException)
        {
            failure = exception.Message;
            return null;
        }
        finally
        {
            _process = null;
        }
    }

    /// <summary>Stops a running worker (the build was cancelled).</summary>
    public void Cancel()
    {
        try
        {
            _process?.Kill(entireProcessTree: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or Win32Exception)
        {
            // It had already exited.
        }
    }

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

    private static string FirstLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(nothing on standard error)" : string.Join(" | ", lines.Take(3));
    }
}
