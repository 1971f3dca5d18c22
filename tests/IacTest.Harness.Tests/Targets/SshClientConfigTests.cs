using IacTest.Harness.Converge;
using IacTest.Harness.Discovery;
using IacTest.Harness.Drift;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Tests.Targets;

/// <summary>
/// The ssh client configuration read as OpenSSH reads it: SshConfig/config resolved for each host of hosts.txt and
/// compared with what <c>ssh -G</c> printed (expected.tsv, made by generate-expected.sh), then applied to the SSH target.
/// </summary>
public sealed class SshClientConfigTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-sshconfig-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, int, string, string, string, string> ResolvedBySsh()
    {
        var data = new TheoryData<string, string, int, string, string, string, string>();
        foreach (var line in File.ReadAllLines(ProjectFiles.Path("Targets", "SshConfig", "expected.tsv")).Where(l => !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            data.Add(f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3], f[4], f[5], f[6]);
        }

        return data;
    }

    [Fact]
    public void The_comparison_covers_every_host_of_the_list() =>
        ResolvedBySsh().Count().ShouldBe(File.ReadAllLines(ProjectFiles.Path("Targets", "SshConfig", "hosts.txt")).Length);

    [Theory]
    [MemberData(nameof(ResolvedBySsh))]
    public void A_host_resolves_as_ssh_resolves_it(string host, string hostName, int port, string user, string identityFile, string knownHosts, string strict)
    {
        // Given the operator's config
        var config = SshClientConfig.Load(ProjectFiles.Path("Targets", "SshConfig", "config"));

        // When the host is looked up
        var settings = config.For(host);

        // Then each setting is ssh's (where the file says nothing, ssh prints its default and the harness keeps its own)
        (settings.HostName ?? host).ShouldBe(hostName, StringCompareShould.IgnoreCase);
        (settings.Port ?? 22).ShouldBe(port);
        (settings.User ?? "ops").ShouldBe(user);
        (settings.IdentityFile ?? "-").ShouldBe(identityFile);
        (settings.KnownHostsFile ?? "~/.ssh/known_hosts").ShouldBe(knownHosts);
        settings.StrictHostKeyChecking.ShouldBe(strict is "false" ? false : true);
    }

    [Fact]
    public void Options_set_in_code_win_and_the_file_fills_the_rest()
    {
        // Given a config mapping a short name, and options that set only the user
        var file = Write("""
            Host bastion1
                HostName 192.0.2.21
                Port 2200
                User audit
                IdentityFile ~/keys/audit
                UserKnownHostsFile %d/fleet_known_hosts
            """);
        var options = new SshHostOptions("bastion1") { User = "deploy", SshConfigFile = file };

        // When the target is made
        using var host = new SshHost(options);

        // Then the address, port, key and known_hosts come from the file, the user from the code, the name stays
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        host.Options.Address.ShouldBe("192.0.2.21");
        host.Options.Port.ShouldBe(2200);
        host.Options.User.ShouldBe("deploy");
        host.Options.PrivateKeyFile.ShouldBe(Path.Combine(home, "keys/audit"));
        host.Options.KnownHostsFile.ShouldBe(home + "/fleet_known_hosts");
        host.Description.ShouldBe("bastion1 (ssh deploy@192.0.2.21:2200)");
    }

    [Fact]
    public void A_port_and_a_key_given_in_code_are_kept_and_a_host_no_section_matches_is_unchanged()
    {
        var file = Write("Host web*\n  Port 2222\n  IdentityFile /keys/web\n  StrictHostKeyChecking no\n");

        var web = new SshHostOptions("web1") { Port = 22, PrivateKeyFile = "/keys/mine", SshConfigFile = file };
        var db = new SshHostOptions("db1") { PrivateKeyFile = "/keys/mine", SshConfigFile = file };

        using (var host = new SshHost(web))
        {
            host.Options.Port.ShouldBe(22);
            host.Options.PrivateKeyFile.ShouldBe("/keys/mine");
            host.Options.DisableHostKeyVerification.ShouldBeTrue();
        }

        using (var host = new SshHost(db))
        {
            host.Options.Address.ShouldBe("db1");
            host.Options.Port.ShouldBe(22);
            host.Options.DisableHostKeyVerification.ShouldBeFalse();
            host.Description.ShouldBe($"ssh {Environment.UserName}@db1:22");
        }
    }

    [Fact]
    public void A_key_from_the_file_is_enough_to_make_the_target()
    {
        var file = Write("Host *.internal\n  IdentityFile /run/keys/audit\n");

        using var host = new SshHost(new SshHostOptions("web1.internal") { AgentSocket = null, SshConfigFile = file });

        host.Options.PrivateKeyFile.ShouldBe("/run/keys/audit");
    }

    [Fact]
    public void The_environment_variable_names_the_default_file()
    {
        var file = Write("Host x\n  Port 2\n");
        var before = Environment.GetEnvironmentVariable("IACTEST_SSH_CONFIG");
        try
        {
            Environment.SetEnvironmentVariable("IACTEST_SSH_CONFIG", file);
            new SshHostOptions("x").SshConfigFile.ShouldBe(file);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IACTEST_SSH_CONFIG", before);
        }
    }

    [Theory]
    [InlineData("Host a\n  Port twenty-two\n", "(2,8): Port must be a number from 1 to 65535, not 'twenty-two'")]
    [InlineData("Host a\n  Port 70000\n", "(2,8): Port must be a number from 1 to 65535, not '70000'")]
    [InlineData("Host a\n\tStrictHostKeyChecking maybe\n", "(2,24): StrictHostKeyChecking must be yes, no, ask, accept-new or off, not 'maybe'")]
    [InlineData("Host\n", "(1,1): Host needs at least one pattern")]
    [InlineData("Host a\n  User \"ops\n", "(2,8): a quoted argument is never closed")]
    [InlineData("Host a\n  HostName\n", "(2,3): HostName needs a value")]
    public void A_value_ssh_would_refuse_is_an_error_at_its_line_and_column(string text, string message)
    {
        var file = Write(text);

        var error = Should.Throw<SshClientConfigException>(() => new SshHost(new SshHostOptions("a") { Password = SecretValue.Of("pw-for-tests"), SshConfigFile = file }));

        error.Message.ShouldBe(file + message);
    }

    [Fact]
    public void A_named_file_that_is_missing_is_an_error_naming_it()
    {
        var missing = Path.Combine(_folder, "nope");

        var error = Should.Throw<SshClientConfigException>(() => new SshHost(new SshHostOptions("a") { Password = SecretValue.Of("pw-for-tests"), SshConfigFile = missing }));

        error.Message.ShouldStartWith(missing + ": cannot read the ssh client configuration");
    }

    [Fact]
    public void Match_sections_and_other_keywords_are_left_to_ssh()
    {
        var config = SshClientConfig.Parse("config", "Match host a\n  User matched\nHost a\n  ForwardAgent yes\n  User plain\n");

        config.For("a").User.ShouldBe("plain");
    }

    [Fact]
    public void Ansible_reaches_the_host_as_the_target_does_and_its_ssh_reads_the_same_file()
    {
        // Given a config mapping an inventory-style name
        var file = Write("Host bastion1\n  HostName 192.0.2.21\n  User audit\n  IdentityFile /keys/audit\n  UserKnownHostsFile /keys/known_hosts\n");

        // When the converge inventory entry is made for it
        var entry = AnsibleTargetHost.Ssh(new SshHostOptions("bastion1") { AgentSocket = null, SshConfigFile = file }, "bastion1");

        // Then the resolved values are the host's, host keys are checked in the configured file, and ssh gets -F
        entry.Variables["ansible_host"].ShouldBe("192.0.2.21");
        entry.Variables["ansible_user"].ShouldBe("audit");
        entry.Variables["ansible_ssh_private_key_file"].ShouldBe("/keys/audit");
        entry.Variables["ansible_ssh_common_args"].ShouldContain("UserKnownHostsFile=/keys/known_hosts");
        entry.Variables["ansible_ssh_common_args"].ShouldContain("-F " + file);
    }

    [Fact]
    public void A_drift_host_without_a_port_or_user_takes_them_from_the_file_and_the_inventory_wins_where_it_sets_them()
    {
        var file = Write("Host 10.0.4.*\n  Port 2222\n  User audit\n  IdentityFile /keys/audit\n");
        var before = Environment.GetEnvironmentVariable("IACTEST_SSH_CONFIG");
        try
        {
            Environment.SetEnvironmentVariable("IACTEST_SSH_CONFIG", file);
            var plain = new DriftHost("bastion1", "10.0.4.11").ToSshOptions(new StateDriftOptions());
            var set = new DriftHost("bastion2", "10.0.4.12") { Port = 22, User = "deploy" }.ToSshOptions(new StateDriftOptions());

            using var first = new SshHost(plain);
            using var second = new SshHost(set);
            first.Description.ShouldBe("bastion1 (ssh audit@10.0.4.11:2222)");
            second.Description.ShouldBe("bastion2 (ssh deploy@10.0.4.12:22)");
            second.Options.PrivateKeyFile.ShouldBe("/keys/audit");
        }
        finally
        {
            Environment.SetEnvironmentVariable("IACTEST_SSH_CONFIG", before);
        }
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "config-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, text);
        return path;
    }
}
