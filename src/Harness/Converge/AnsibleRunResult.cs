namespace IacTest.Harness.Converge;

/// <summary>One <c>ansible-playbook</c> run: exit code, raw output, every task outcome and the recap per host.</summary>
public sealed class AnsibleRunResult
{
    /// <summary>The command line that ran, for the record.</summary>
    public required string CommandLine { get; init; }

    /// <summary>The ansible-core that ran (program and version), or null when it did not say its version.</summary>
    public AnsibleInstall? Ansible { get; init; }

    /// <summary>The exit code (0 ok, 2 a host failed, 4 unreachable, other: Ansible stopped).</summary>
    public required int ExitCode { get; init; }

    /// <summary>Standard output (the JSON callback's document).</summary>
    public required string Stdout { get; init; }

    /// <summary>Standard error (warnings, and errors when Ansible stopped before running).</summary>
    public required string Stderr { get; init; }

    /// <summary>How long the run took.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Every task outcome in order (handlers included).</summary>
    public required IReadOnlyList<TaskOutcome> Tasks { get; init; }

    /// <summary>The recap by host; empty when Ansible stopped before running (see <see cref="Stderr"/>).</summary>
    public required IReadOnlyDictionary<string, HostRecap> Recap { get; init; }

    /// <summary>Whether the run succeeded: exit code 0 and no failed or unreachable host.</summary>
    public bool Succeeded => ExitCode == 0 && Recap.Values.All(host => host.Failed == 0 && host.Unreachable == 0);

    /// <summary>The tasks that changed something.</summary>
    public IReadOnlyList<TaskOutcome> ChangedTasks => Tasks.Where(task => task.Status == AnsibleTaskStatus.Changed).ToList();

    /// <summary>
    /// The tasks that stopped a host: per host with failures (or unreachable), its last failed or unreachable
    /// task (earlier ignored or rescued failures are not these).
    /// </summary>
    public IReadOnlyList<TaskOutcome> FailingTasks => Recap.Values
        .Where(host => host.Failed > 0 || host.Unreachable > 0)
        .Select(host => Tasks.LastOrDefault(task => task.Host == host.Host && task.Status is AnsibleTaskStatus.Failed or AnsibleTaskStatus.Unreachable))
        .OfType<TaskOutcome>()
        .ToList();

    /// <summary>The recap of <paramref name="host"/>.</summary>
    /// <exception cref="KeyNotFoundException">When the host is not in the recap.</exception>
    public HostRecap For(string host) =>
        Recap.TryGetValue(host, out var recap) ? recap : throw new KeyNotFoundException($"No host '{host}' in the recap ({string.Join(", ", Recap.Keys)}).");

    /// <summary>A readable transcript: each task and host, failure messages, then the recap.</summary>
    public string Transcript => AnsibleJsonReport.Transcript(Tasks, Recap.Values);

    /// <summary>Returns this result when it succeeded, else throws with the failing task, its message and the output.</summary>
    /// <exception cref="AnsibleRunException">When the run failed.</exception>
    public AnsibleRunResult EnsureSuccess() => Succeeded ? this : throw new AnsibleRunException(this);
}
