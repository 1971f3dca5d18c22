using System.ComponentModel;
using System.Diagnostics;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Ansible;

/// <summary>
/// Runs a command to completion, capturing its output; kills the whole process tree on timeout or cancel, and (on
/// Linux) when the test host itself is killed (<see cref="HostBoundCommand"/>). Output in exception messages is masked.
/// </summary>
internal static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var bound = HostBoundCommand.IsSupported;
        if (bound && !CanRun(fileName))
        {
            throw NotStartable(fileName, "No such file or directory", null);
        }

        var (program, argv) = bound ? HostBoundCommand.Wrap(fileName, arguments) : (fileName, arguments);
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in argv)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw NotStartable(fileName, exception.Message, exception);
        }

        // Held open while the command runs: its end is the wrapper's sign that this process is gone.
        if (!bound)
        {
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException(SecretMasker.Shared.Mask(
                $"'{fileName} {string.Join(' ', arguments)}' did not finish within {timeout.TotalSeconds:0} s. Output so far:\n{await stdout.ConfigureAwait(false)}\n{await stderr.ConfigureAwait(false)}"));
        }
        finally
        {
            if (bound)
            {
                process.StandardInput.Close();
            }
        }

        return new ProcessResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false), stopwatch.Elapsed);
    }

    private static InvalidOperationException NotStartable(string fileName, string reason, Exception? inner) => new(
        $"Cannot start '{fileName}': {reason}. Install Ansible (Debian: apt-get install ansible) or set the path to it.", inner);

    // The wrapper starts whatever it is given, so a missing program is found out here, as a direct start would.
    private static bool CanRun(string fileName) =>
        fileName.Contains('/', StringComparison.Ordinal)
            ? File.Exists(fileName)
            : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Any(folder => File.Exists(Path.Combine(folder, fileName)));
}
