using IacTest.Harness.Converge;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;
using IacTest.Harness.Targets.Testing;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Converge;

/// <summary>Converge against a target host: the inventory entry follows how the harness reaches the host.</summary>
public sealed class ConvergeTargetTests
{
    private static string Playbook(string name) => Path.Combine(AppContext.BaseDirectory, "Converge", "Playbooks", name);

    [DockerFact]
    public async Task A_playbook_converges_an_ssh_host_with_become_and_host_key_checking_and_is_idempotent()
    {
        // Given: a real sshd host, reached with a key, its host key in a known_hosts file
        await using var servers = await SshTestServers.StartAsync(1, "converge");
        await using var host = new SshHost(servers.OptionsFor(servers.Servers[0]) with { Become = true, AgentSocket = null, ConnectTimeout = TimeSpan.FromSeconds(60) });
        var run = AnsiblePlaybookRun.Playbook(Playbook("ssh-target.yml")).WithTarget(host, "bastion1");

        // When
        var first = await run.ConvergeAsync();
        await run.ShouldBeIdempotentAsync();

        // Then: the changes are on the host, made as root
        first.ChangedTasks.Count.ShouldBe(2, first.Transcript);
        (await host.ReadTextAsync("/etc/motd")).ShouldBe("Authorized access only. Managed by Ansible on converge1.\n");
        (await host.RunAsync("stat", "-c", "%U %a", "/etc/ssh/sshd_config.d/10-hardening.conf")).Stdout.Trim().ShouldBe("root 600");
    }

    [DockerFact]
    public async Task A_host_whose_key_known_hosts_does_not_have_is_unreachable_for_ansible_too()
    {
        // Given: the same kind of host, with an empty known_hosts file
        await using var servers = await SshTestServers.StartAsync(1, "stranger");
        var empty = Path.Combine(servers.Folder, "empty_known_hosts");
        await File.WriteAllTextAsync(empty, "");
        await using var host = new SshHost(servers.OptionsFor(servers.Servers[0]) with { KnownHostsFile = empty, Become = true, AgentSocket = null });

        // When
        var result = await AnsiblePlaybookRun.Playbook(Playbook("ssh-target.yml")).WithTarget(host, "stranger1").RunAsync();

        // Then
        result.Succeeded.ShouldBeFalse();
        result.Recap["stranger1"].Unreachable.ShouldBe(1, result.Transcript);
        result.Stdout.ShouldContain("Host key verification failed", Case.Insensitive, result.Transcript);
    }

    [Fact]
    public void The_inventory_entry_of_each_kind_of_target()
    {
        // Given
        var ssh = new SshHost(new SshHostOptions("10.0.4.11")
        {
            Port = 2222, User = "audit", PrivateKeyFile = "/run/secrets/audit key", KnownHostsFile = "/etc/audit/known_hosts",
            Become = true, BecomeUser = "postgres", AgentSocket = null,
            JumpHost = new SshHostOptions("bastion.example") { User = "jump", PrivateKeyFile = "/run/secrets/jump_key", KnownHostsFile = "/etc/audit/known_hosts" },
        });

        // When
        var local = AnsibleTargetHost.For(LocalHost.Instance, "control");
        var remote = AnsibleTargetHost.For(ssh, "db1");

        // Then
        local.Variables["ansible_connection"].ShouldBe("local");
        remote.Name.ShouldBe("db1");
        remote.Variables.Where(v => v.Key != "ansible_ssh_common_args").OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}").ShouldBe(
        [
            "ansible_become=true", "ansible_become_user=postgres", "ansible_connection=ssh", "ansible_host=10.0.4.11", "ansible_port=2222",
            "ansible_ssh_host_key_checking=true", "ansible_ssh_private_key_file=/run/secrets/audit key", "ansible_ssh_timeout=10", "ansible_user=audit",
        ]);
        remote.Variables["ansible_ssh_common_args"].ShouldBe(
            "-o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=/etc/audit/known_hosts -o IdentityAgent=none "
            + "-o 'ProxyCommand=ssh -W %h:%p -p 22 -l jump -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=/etc/audit/known_hosts -i /run/secrets/jump_key bastion.example'");
        Should.Throw<ArgumentException>(() => AnsibleTargetHost.For(new SshHost(new SshHostOptions("10.0.4.12")
        {
            Password = SecretValue.Of("unused"), AgentSocket = null,
        }), "web1")).Message.ShouldStartWith("ssh ");
    }
}
