using System.Globalization;
using IacTest.Harness.Environments;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Converge;

/// <summary>
/// The inventory entry that makes Ansible reach a target host the way the harness reaches it: a container through
/// <c>docker exec</c>, an SSH host with ssh (address, port, user, key file or agent, the same known_hosts file with
/// host key checking on unless it was turned off by name, jump host, become), the local machine with the
/// <c>local</c> connection.
/// </summary>
public static class AnsibleTargetHost
{
    /// <summary>The inventory entry named <paramref name="inventoryName"/> for <paramref name="target"/>.</summary>
    /// <exception cref="ArgumentException">The target is of a kind Ansible cannot reach, or an SSH host with a password only (ssh takes no password without sshpass).</exception>
    public static AnsibleHost For(ITargetHost target, string inventoryName)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(inventoryName);
        return target switch
        {
            IacEnvironment environment => AnsibleHost.Container(environment.ContainerName, inventoryName),
            SshHost ssh => Ssh(ssh.Options, inventoryName),
            LocalHost => new AnsibleHost(inventoryName, new Dictionary<string, string>(StringComparer.Ordinal) { ["ansible_connection"] = "local" }),
            _ => throw new ArgumentException($"{target.Description}: Ansible reaches containers, SSH hosts and the local machine; this target is none of them", nameof(target)),
        };
    }

    /// <summary>The inventory entry of an SSH host.</summary>
    public static AnsibleHost Ssh(SshHostOptions options, string inventoryName)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Address, port, user, key and known_hosts as the harness resolved them from the ssh client configuration.
        options = SshClientConfig.Resolve(options);
        if (options.PrivateKeyFile is null && options.AgentSocket is null)
        {
            throw new ArgumentException($"ssh {options.User}@{options.Address}: converging over ssh needs a key file or an ssh-agent (ssh takes no password without sshpass)", nameof(options));
        }

        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ansible_connection"] = "ssh",
            ["ansible_host"] = options.Address,
            ["ansible_port"] = options.Port.ToString(CultureInfo.InvariantCulture),
            ["ansible_user"] = options.User,
            // The harness turns host key checking off for container runs; an SSH host gets it back, per host.
            ["ansible_ssh_host_key_checking"] = options.DisableHostKeyVerification ? "false" : "true",
            ["ansible_ssh_common_args"] = string.Join(' ', CommonArguments(options)),
            ["ansible_ssh_timeout"] = ((int)Math.Ceiling(options.ConnectTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
        };
        if (options.PrivateKeyFile is { } key)
        {
            variables["ansible_ssh_private_key_file"] = key;
        }

        if (options.Become)
        {
            variables["ansible_become"] = "true";
            variables["ansible_become_user"] = options.BecomeUser;
        }

        return new AnsibleHost(inventoryName, variables);
    }

    private static IEnumerable<string> CommonArguments(SshHostOptions options)
    {
        // BatchMode: never a prompt (a passphrase, an unknown host), a clear failure instead.
        yield return "-o BatchMode=yes";
        if (SshClientConfig.CommandLineArgument(options.SshConfigFile) is { } config)
        {
            // The settings the harness does not read (ciphers, ProxyJump…) then come from the same file for ssh.
            yield return config;
        }

        foreach (var option in HostKeyOptions(options))
        {
            yield return "-o " + Quote(option);
        }

        if (options.AgentSocket is { } agent)
        {
            yield return "-o " + Quote("IdentityAgent=" + agent);
        }
        else
        {
            yield return "-o IdentityAgent=none";
        }

        if (options.JumpHost is { } jumpHost)
        {
            var jump = SshClientConfig.Resolve(jumpHost);
            // The jump host is reached with its own key, user and known_hosts, as SshHost reaches it.
            var proxy = new List<string> { "ssh", "-W", "%h:%p", "-p", jump.Port.ToString(CultureInfo.InvariantCulture), "-l", jump.User, "-o", "BatchMode=yes" };
            foreach (var option in HostKeyOptions(jump))
            {
                proxy.AddRange(["-o", option]);
            }

            if (jump.PrivateKeyFile is { } jumpKey)
            {
                proxy.AddRange(["-i", jumpKey]);
            }

            proxy.Add(jump.Address);
            yield return "-o " + Quote("ProxyCommand=" + string.Join(' ', proxy.Select(Quote)));
        }
    }

    private static IEnumerable<string> HostKeyOptions(SshHostOptions options) => options.DisableHostKeyVerification
        ? ["StrictHostKeyChecking=no", "UserKnownHostsFile=/dev/null"]
        : ["StrictHostKeyChecking=yes", "UserKnownHostsFile=" + options.KnownHostsFile];

    // Ansible splits ssh_common_args with shlex: POSIX quoting keeps a path with spaces whole.
    private static string Quote(string value) => PosixQuoting.Quote(value);
}
