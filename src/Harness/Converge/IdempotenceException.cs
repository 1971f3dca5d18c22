using System.Text;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Converge;

/// <summary>A second run changed something; the message names each changed task, its host and where it is written.</summary>
public sealed class IdempotenceException : Exception
{
    /// <summary>Creates the exception from the second run.</summary>
    public IdempotenceException(AnsibleRunResult secondRun)
        : base(SecretMasker.Shared.Mask(Describe(secondRun))) => SecondRun = secondRun;

    /// <summary>The second run.</summary>
    public AnsibleRunResult SecondRun { get; }

    /// <summary>The tasks that changed on the second run.</summary>
    public IReadOnlyList<TaskOutcome> ChangedTasks => SecondRun.ChangedTasks;

    private static string Describe(AnsibleRunResult run)
    {
        var builder = new StringBuilder();
        builder.Append("Not idempotent: the second run changed ").Append(run.ChangedTasks.Count).Append(" task(s):\n");
        foreach (var task in run.ChangedTasks)
        {
            builder.Append("  - '").Append(task.Task).Append("' on host '").Append(task.Host).Append('\'');
            if (task.Path is not null)
            {
                builder.Append(" (").Append(task.Path).Append(')');
            }

            builder.Append('\n');
        }

        builder.Append("Tag a task that may change on every run with 'iactest-idempotence-skip' to leave it out of this check.\n");
        builder.Append("--- transcript ---\n").Append(run.Transcript);
        return builder.ToString();
    }
}
