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
        var source = "logs";
        try
        {
            // On a systemd platform the services under test log to the journal; the container's own output is systemd's.
            var journal = await JournalAsync(environment, ct).ConfigureAwait(false);
            source = journal is null ? "logs" : "journal";
            // Masked before the lines are cut: a secret spread over lines must go as a whole.
            var lines = SecretMasker.Shared.Mask(journal ?? await environment.GetLogsAsync(ct).ConfigureAwait(false)).TrimEnd('\n').Split('\n');
            logs = lines.Length == 1 && lines[0].Length == 0
                ? "  (no log output)"
                : string.Join('\n', lines.TakeLast(LogLines).Select(l => "  " + l));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs = $"  (logs unavailable: {e.Message})";
        }

        // The hint only helps who has not set it; whoever has is told where the environment went when it is disposed.
        var hint = Environment.GetEnvironmentVariable("IACTEST_KEEP_ON_FAILURE") is "1" or "true"
            ? string.Empty
            : "\nset IACTEST_KEEP_ON_FAILURE=1 to keep a failed environment and enter it with: docker exec -it <name> sh";
        return SecretMasker.Shared.Mask($"environment {environment.ContainerName} ({environment.Image}) {source}, last {LogLines} lines:\n{logs}{AnsibleRuns(environment)}{hint}");
    }

    /// <summary>How many lines of each Ansible run's transcript a failure shows.</summary>
    public const int TranscriptLines = 40;

    /// <summary>
    /// The last converge, idempotence and verify runs on the environment, the last <see cref="TranscriptLines"/> lines
    /// each: how the machine got into the state a check found, even when a class fixture converged it.
    /// </summary>
    private static string AnsibleRuns(IacEnvironment environment)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (step, transcript) in ConvergeTranscripts.For(environment.ContainerName, environment.ContainerId))
        {
            var lines = transcript.TrimEnd('\n').Split('\n');
            text.Append('\n').Append(step).Append(" transcript of this environment")
                .Append(lines.Length > TranscriptLines ? $", last {TranscriptLines} of {lines.Length} lines" : string.Empty).Append(":\n")
                .AppendJoin('\n', lines.TakeLast(TranscriptLines).Select(line => "  " + line));
        }

        return text.ToString();
    }

    /// <summary>The journal's last lines when systemd runs in the environment, else null.</summary>
    private static async Task<string?> JournalAsync(IacEnvironment environment, CancellationToken ct)
    {
        try
        {
            var result = await environment.ExecAsync(
                ["/bin/sh", "-c", $"[ -d /run/systemd/system ] && command -v journalctl >/dev/null && journalctl --no-pager -q -o short-iso -n {LogLines}"], ct).ConfigureAwait(false);
            return result.ExitCode == 0 ? result.Stdout : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null; // Stopped or gone: its container logs are what is left.
        }
    }
}
