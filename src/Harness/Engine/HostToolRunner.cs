using System.Diagnostics;
using System.Text;

namespace IacTest.Harness.Engine;

/// <summary>
/// Runs a host program (the engine CLI, an image recipe): with its output streamed line by line to a progress sink,
/// or with input fed to it and its output and error captured apart, as bytes.
/// </summary>
internal static class HostToolRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IEnumerable<string> arguments, Action<string>? progress, CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var output = new StringBuilder();
        using var process = Create(fileName, arguments, environment);
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            progress?.Invoke(e.Data);
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await KillOnCancelAsync(process, () => process.WaitForExitAsync(ct)).ConfigureAwait(false);
        return (process.ExitCode, output.ToString());
    }

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="input"/> (if any) on its standard input.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The program cannot be started.</exception>
    public static async Task<(int ExitCode, byte[] Stdout, byte[] Stderr)> CaptureAsync(
        string fileName, IEnumerable<string> arguments, byte[]? input, IReadOnlyDictionary<string, string>? environment, CancellationToken ct)
    {
        using var process = Create(fileName, arguments, environment);
        process.Start();
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        await KillOnCancelAsync(process, async () =>
        {
            // Both streams are drained while the input is written, so a full pipe cannot stall either side.
            var reading = Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(stdout, ct), process.StandardError.BaseStream.CopyToAsync(stderr, ct));
            try
            {
                if (input is not null)
                {
                    await process.StandardInput.BaseStream.WriteAsync(input, ct).ConfigureAwait(false);
                }

                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The program exited without reading all its input: its exit code and error say why.
            }

            await reading.ConfigureAwait(false);
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return (process.ExitCode, stdout.ToArray(), stderr.ToArray());
    }

    private static Process Create(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return new Process { StartInfo = info };
    }

    // A cancelled wait leaves no program running behind the caller.
    private static async Task KillOnCancelAsync(Process process, Func<Task> wait)
    {
        try
        {
            await wait().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}
