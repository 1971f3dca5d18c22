namespace IacTest.Harness.Targets;

/// <summary>
/// A machine the checks run on: a throw-away container (<see cref="Environments.IacEnvironment"/>), a server reached over SSH
/// (<see cref="SshHost"/>) or the machine the tests run on (<see cref="LocalHost"/>). Probes need only this, so the
/// same check runs against any of them.
/// </summary>
public interface ITargetHost
{
    /// <summary>How the host is named in failure messages, e.g. <c>ssh deploy@10.0.0.5:22</c>; never holds a secret.</summary>
    string Description { get; }

    /// <summary>
    /// Runs a command (no shell unless the command is one) and returns its exit code and output. A host that cannot
    /// be reached, or a command that outlives its timeout, throws <see cref="TargetException"/>.
    /// </summary>
    Task<CommandResult> RunAsync(TargetCommand command, CancellationToken ct = default);

    /// <summary>Reads a file of the host as bytes; a missing or unreadable file throws <see cref="TargetException"/>.</summary>
    Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default);
}
