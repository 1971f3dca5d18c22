using System.Text;

namespace IacTest.Harness.Targets;

/// <summary>Shorthands over <see cref="ITargetHost.RunAsync"/>.</summary>
public static class TargetHostExtensions
{
    /// <summary>Runs a program with arguments (no shell).</summary>
    public static Task<CommandResult> RunAsync(this ITargetHost host, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.RunAsync(new TargetCommand(arguments));
    }

    /// <summary>Runs <paramref name="script"/> with <c>/bin/sh -c</c>.</summary>
    public static Task<CommandResult> RunShellAsync(this ITargetHost host, string script, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.RunAsync(TargetCommand.Shell(script), ct);
    }

    /// <summary>Reads a file of the host as UTF-8 text.</summary>
    public static async Task<string> ReadTextAsync(this ITargetHost host, string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        return Encoding.UTF8.GetString(await host.ReadFileAsync(path, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// Writes <paramref name="content"/> to a new file only its owner may read (mode 0600, through standard input, so
    /// the content is in no process's arguments); the way a secret reaches a probe.
    /// </summary>
    internal static async Task WritePrivateFileAsync(this ITargetHost host, string path, string content, CancellationToken ct)
    {
        if (host is IPrivateFileWriter writer)
        {
            // A container takes the file through the engine's copy (no stdin on an engine exec).
            await writer.WritePrivateFileAsync(path, content, ct).ConfigureAwait(false);
            return;
        }

        var result = await host.RunAsync(TargetCommand.Shell("umask 077 && cat > \"$1\"", path) with { StandardInput = content }, ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new TargetException(host, TargetFailure.Other, $"cannot write {path}: {result.Stderr.Trim()}");
        }
    }
}
