using IacTest.Harness.Secrets;

namespace IacTest.Harness.Targets;

/// <summary>
/// How to reach a server over SSH. Host keys are checked against a known_hosts file unless
/// <see cref="DisableHostKeyVerification"/> is set by name; keys and passwords are held as <see cref="SecretValue"/>
/// or a path, never printed.
/// </summary>
/// <param name="Address">The host name or IP address to connect to.</param>
public sealed record SshHostOptions(string Address)
{
    // Port, User, KnownHostsFile and DisableHostKeyVerification remember whether they were set: a value given here
    // wins over the ssh client configuration, as ssh's command line does; an unset one may come from it.
    private readonly int? _port;
    private readonly string? _user;
    private readonly string? _knownHostsFile;
    private readonly bool? _disableHostKeyVerification;

    /// <summary>The SSH port (default: the ssh client configuration's <c>Port</c>, else 22).</summary>
    public int Port { get => _port ?? 22; init => _port = value; }

    /// <summary>The login user (default: the ssh client configuration's <c>User</c>, else the user running the tests).</summary>
    public string User { get => _user ?? System.Environment.UserName; init => _user = value; }

    /// <summary>A private key file (OpenSSH, PKCS#1/#8 or PuTTY format), or null.</summary>
    public string? PrivateKeyFile { get; init; }

    /// <summary>The passphrase of <see cref="PrivateKeyFile"/>, when it has one.</summary>
    public SecretValue? PrivateKeyPassphrase { get; init; }

    /// <summary>
    /// The ssh-agent socket whose keys are offered after <see cref="PrivateKeyFile"/> (default: <c>SSH_AUTH_SOCK</c>,
    /// as ssh does); null for no agent. The agent signs; its private keys never reach this process.
    /// </summary>
    public string? AgentSocket { get; init; } = System.Environment.GetEnvironmentVariable("SSH_AUTH_SOCK") is { Length: > 0 } socket ? socket : null;

    /// <summary>A password to log in with, tried after the keys, or null.</summary>
    public SecretValue? Password { get; init; }

    /// <summary>
    /// The known_hosts file the host key must be in (default: the ssh client configuration's first
    /// <c>UserKnownHostsFile</c>, else <c>~/.ssh/known_hosts</c>).
    /// </summary>
    public string KnownHostsFile
    {
        get => _knownHostsFile ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".ssh", "known_hosts");
        init => _knownHostsFile = value;
    }

    /// <summary>
    /// Accepts any host key. Off by default (and unless the ssh client configuration says
    /// <c>StrictHostKeyChecking no</c> for the host): without the check a machine in the middle sees every command and
    /// its output. Only for throw-away hosts whose keys nobody could know in advance.
    /// </summary>
    public bool DisableHostKeyVerification { get => _disableHostKeyVerification ?? false; init => _disableHostKeyVerification = value; }

    /// <summary>
    /// The OpenSSH client configuration read for this host's <c>HostName</c>, <c>Port</c>, <c>User</c>,
    /// <c>IdentityFile</c>, <c>UserKnownHostsFile</c> and <c>StrictHostKeyChecking</c>, as ssh reads
    /// <c>~/.ssh/config</c>: by <c>Host</c> patterns matched against <see cref="Address"/>, the first value obtained
    /// winning. What is set on these options wins over the file. Default: <c>IACTEST_SSH_CONFIG</c> when set, else
    /// <c>~/.ssh/config</c> when it exists; null for none.
    /// </summary>
    public string? SshConfigFile { get; init; } = SshClientConfig.DefaultFile;

    /// <summary>Whether <see cref="SshConfigFile"/> was already applied (the address is then the configured <c>HostName</c>).</summary>
    internal bool ClientConfigApplied { get; init; }

    internal bool PortIsSet => _port is not null;

    internal bool UserIsSet => _user is not null;

    internal bool KnownHostsFileIsSet => _knownHostsFile is not null;

    internal bool HostKeyVerificationIsSet => _disableHostKeyVerification is not null;

    /// <summary>A host to connect through (OpenSSH's <c>ProxyJump</c>), checked and authenticated like this one; null for a direct connection.</summary>
    public SshHostOptions? JumpHost { get; init; }

    /// <summary>Runs every command through <c>sudo -n</c> as <see cref="BecomeUser"/> (Ansible's <c>become</c>); sudo must not ask for a password.</summary>
    public bool Become { get; init; }

    /// <summary>The user <see cref="Become"/> switches to (default root).</summary>
    public string BecomeUser { get; init; } = "root";

    /// <summary>How long connecting (TCP, key exchange and authentication) may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a command may run when it sets no timeout of its own.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many commands run at once on the one connection. OpenSSH refuses channels beyond its <c>MaxSessions</c>
    /// (10 by default), so the default stays under it.
    /// </summary>
    public int MaxConcurrentCommands { get; init; } = 8;

    /// <summary>
    /// Prefers Streamlined NTRU Prime (<c>sntrup761x25519</c>) key exchange, the first choice of OpenSSH 9.x servers
    /// without ML-KEM. Off by default: SSH.NET computes it in managed code, measured here at ~0.5 s of CPU per
    /// connection against ~0.13 s for <c>curve25519</c>, which a fleet audit pays once per host. Without it, a server
    /// offering <c>mlkem768x25519</c> (OpenSSH 9.9 and later) still gets a post-quantum exchange, and others get
    /// <c>curve25519-sha256</c>.
    /// </summary>
    public bool PreferSntrupKeyExchange { get; init; }

    /// <summary>The name shown in reports, e.g. an inventory name; the address when null.</summary>
    public string? Name { get; init; }
}
