using System.Text;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Converge;

/// <summary>An Ansible run failed; the message names each failing task with its file:line and message, then the full output.</summary>
public sealed class AnsibleRunException : Exception
{
    /// <summary>Creates the exception from a failed run.</summary>
    public AnsibleRunException(AnsibleRunResult result)
        : base(SecretMasker.Shared.Mask(Describe(result))) => Result = result;

    /// <summary>The run that failed.</summary>
    public AnsibleRunResult Result { get; }

    private static string Describe(AnsibleRunResult result)
    {
        var builder = new StringBuilder();
        builder.Append("ansible-playbook failed (exit code ").Append(result.ExitCode).Append(").\n");
        foreach (var task in result.FailingTasks)
        {
            builder.Append("Task '").Append(task.Task).Append('\'');
            if (task.Path is not null)
            {
                builder.Append(" (").Append(task.Path).Append(')');
            }

            builder.Append(task.Status == AnsibleTaskStatus.Unreachable ? " could not reach host '" : " failed on host '").Append(task.Host).Append("': ")
                .Append(task.Message ?? "(no message)").Append('\n');
        }

        if (result.Recap.Count == 0)
        {
            builder.Append("Ansible stopped before running any task:\n").Append(result.Stderr.Trim()).Append('\n');
        }

        builder.Append("Command: ").Append(result.CommandLine).Append('\n');
        if (result.Ansible is { } ansible)
        {
            builder.Append("Ansible: ").Append(ansible).Append('\n');
        }

        builder.Append("--- transcript ---\n").Append(result.Transcript);
        if (result.Stderr.Length > 0)
        {
            builder.Append("--- stderr ---\n").Append(result.Stderr.TrimEnd()).Append('\n');
        }

        if (result.Recap.Count == 0)
        {
            builder.Append("--- stdout ---\n").Append(result.Stdout.TrimEnd()).Append('\n');
        }

        return builder.ToString();
    }
}
