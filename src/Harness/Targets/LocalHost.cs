using System.ComponentModel;
using System.Diagnostics;

namespace IacTest.Harness.Targets;

/// <summary>
/// The machine the tests run on as a target: checks of a CI runner or of the developer's box, and probes tested
/// without Docker. Commands run as the test process's user, with its environment.
/// </summary>
public sealed class LocalHost : ITargetHost
{
    /// <summary>The one local machine.</summary>
    public static LocalHost Instance { get; } = new();

    private LocalHost()
    {
    }

    /// <summary>How long a command may run when it sets no timeout of its own.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public string Description => $"local machine {System.Environment.MachineName}";

    /// <inheritdoc />
    public async Task<CommandResult> RunAsync(TargetCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Arguments.Count == 0)
        {
            throw new ArgumentException("a command needs at least a program", nameof(command));
        }

        var start = new ProcessStartInfo(command.Arguments[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            // The shell's answer for a program that is not there, so probes read it the same way on every target.
            return new CommandResult(127, "", $"{command.Arguments[0]}: {e.Message}\n");
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            if (command.StandardInput is { } input)
            {
                await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
            }
        }
        catch (IOException)
        {
            // The command exited without reading its input: its exit code says what happened.
        }

        process.StandardInput.Close();
        var timeout = command.Timeout ?? DefaultTimeout;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new TargetException(this, TargetFailure.CommandTimeout, $"{command.Arguments[0]} did not finish within {timeout.TotalSeconds:0.#} s");
        }

        return new CommandResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TargetException(this, TargetFailure.Other, $"cannot read {path}: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
