using IacTest.Harness.Environments;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks;

/// <summary>What a failure message adds about the environment: its last log lines and how to enter it.</summary>
public static class FailureContext
{
    /// <summary>How many log lines a failure shows.</summary>
    public const int LogLines = 50;

    /// <summary>
    /// For a container: its name, image, last <see cref="LogLines"/> log lines, and the keep-on-failure hint; for any
    /// other target: its description (a server's logs are its own business).
    /// </summary>
    public static Task<string> DescribeAsync(ITargetHost target, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target is IacEnvironment environment
            ? DescribeAsync(environment, ct)
            : Task.FromResult(SecretMasker.Shared.Mask("target " + target.Description));
    }

    /// <summary>The environment's name, image, last <see cref="LogLines"/> log lines, and the keep-on-failure hint.</summary>
    public static async Task<string> DescribeAsync(IacEnvironment environment, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string logs;
        try
        {
            // Masked before the lines are cut: a secret spread over lines must go as a whole.
            var lines = SecretMasker.Shared.Mask(await environment.GetLogsAsync(ct).ConfigureAwait(false)).TrimEnd('\n').Split('\n');
            logs = lines.Length == 1 && lines[0].Length == 0
                ? "  (no log output)"
                : string.Join('\n', lines.TakeLast(LogLines).Select(l => "  " + l));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs = $"  (logs unavailable: {e.Message})";
        }

        return SecretMasker.Shared.Mask($"environment {environment.ContainerName} ({environment.Image}) logs, last {LogLines} lines:\n{logs}\n"
            + "set IACTEST_KEEP_ON_FAILURE=1 to keep a failed environment and enter it with: docker exec -it <name> sh");
    }
}
