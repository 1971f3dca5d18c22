using IacTest.Harness.Secrets;

namespace IacTest.Harness.Drift;

/// <summary>How a state drift run reaches its hosts and how many it checks at once.</summary>
public sealed record StateDriftOptions
{
    /// <summary>How many hosts are checked at the same time (each over one connection).</summary>
    public int MaxParallelHosts { get; init; } = 8;

    /// <summary>The known_hosts file host keys are checked against; <c>~/.ssh/known_hosts</c> when null.</summary>
    public string? KnownHostsFile { get; init; }

    /// <summary>Accepts any host key (see <see cref="Targets.SshHostOptions.DisableHostKeyVerification"/>): only for throw-away hosts.</summary>
    public bool DisableHostKeyVerification { get; init; }

    /// <summary>A password for hosts without a key file (or whose key is refused); never printed.</summary>
    public SecretValue? Password { get; init; }

    /// <summary>How long connecting to one host may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one probe command may run.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
