using System.Net;
using System.Net.Sockets;
using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Drift;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;
using IacTest.Harness.Targets.Testing;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Drift;

public sealed class StateDriftTests(BastionFleetFixture fleet) : IClassFixture<BastionFleetFixture>
{
    [DockerFact]
    public async Task A_clean_host_shows_no_drift_and_each_change_made_by_hand_is_found_at_its_goss_line()
    {
        // Given
        var checks = BastionFleetFixture.Checks;

        // When
        var report = await StateDriftRun.RunAsync([fleet.Host(0), fleet.Host(1)], checks, fleet.Options);

        // Then
        var clean = report.Rows.Where(r => r.Host == "bastion1").ToList();
        clean.Count.ShouldBe(checks.Count);
        clean.ShouldAllBe(r => r.Outcome == StateDriftOutcome.Clean, report.Describe());
        var found = report.Findings.Select(r => $"{Path.GetFileName(r.Position)} {r.Label} {r.Outcome}").ToList();
        found.ShouldBe(
        [
            "goss.yaml(4) bastion2 · file:/etc/motd Drift",
            "goss.yaml(28) bastion2 · package:less Drift",
            "goss.yaml(35) bastion2 · service:cron Drift",
            "goss.yaml(42) bastion2 · user:intruder Drift",
        ], report.Describe());
        var motd = report.Findings[0].Describe();
        motd.ShouldContain("contents");
        motd.ShouldContain("DRAFT");
    }

    [DockerFact]
    public async Task State_drift_rows_become_entries_of_one_report_beside_configuration_drift()
    {
        // Given: the repository root holds the goss file; a configuration drift report of the same audit
        var root = Path.GetDirectoryName(Path.GetDirectoryName(BastionFleetFixture.GossFile))!;
        var gone = new DriftHost("bastion3", "127.0.0.1") { Port = ClosedPort(), User = SshTestServers.User, KeyFile = fleet.Servers.Key.PrivateKeyFile };
        var configuration = new DriftReport(root, ["bastion1", "bastion2"],
        [
            new ReportEntry
            {
                Host = "bastion1", Kind = ReportEntryKind.ConfigurationDrift, Subject = "bastion : Message of the day",
                Location = new ReportLocation("roles/bastion/tasks/main.yml", 3), Message = "ansible.builtin.copy would change the host",
            },
        ]);

        // When
        var state = (await StateDriftRun.RunAsync([fleet.Host(0), fleet.Host(1), gone], BastionFleetFixture.Checks, fleet.Options)).ToDriftReport(root);
        var audit = configuration.Merge(state);

        // Then: one entry per finding, each at its goss line, with what Git declares and what the host has
        audit.Hosts.ShouldBe(["bastion1", "bastion2", "bastion3"]);
        audit.Entries.Select(e => $"{e.Kind} {e.Host} {e.Subject} {e.Location}").ShouldBe(
        [
            "ConfigurationDrift bastion1 bastion : Message of the day roles/bastion/tasks/main.yml:3",
            "StateDrift bastion2 file:/etc/motd bastion/goss.yaml:4",
            "StateDrift bastion2 package:less bastion/goss.yaml:28",
            "StateDrift bastion2 service:cron bastion/goss.yaml:35",
            "StateDrift bastion2 user:intruder bastion/goss.yaml:42",
            "Unreachable bastion3 (host) ",
        ], audit.Describe());
        var motd = audit.Entries[1];
        motd.Message.ShouldStartWith("1 attribute(s) differ from the declaration: contents: expected ");
        motd.Expected!.ShouldStartWith("contents: ");
        motd.Actual!.ShouldStartWith("contents: ");
        motd.Actual.ShouldContain("DRAFT banner, pending review");
        audit.Entries[5].Message.ShouldStartWith("Unreachable: bastion3 (ssh deploy@127.0.0.1:");

        // And both kinds reach the JSON and the SARIF log
        var json = System.Text.Json.Nodes.JsonNode.Parse(audit.ToJson())!;
        json["summary"]!.ToJsonString().ShouldBe("""{"hosts":3,"cleanHosts":0,"hasDrift":true,"configurationDrift":1,"stateDrift":4,"unknown":0,"unreachable":1}""");
        json["entries"]![1]!["location"]!.ToJsonString().ShouldBe("""{"path":"bastion/goss.yaml","line":4}""");
        var sarif = System.Text.Json.Nodes.JsonNode.Parse(audit.ToSarif())!;
        sarif["runs"]![0]!["results"]!.AsArray().Select(r => r!["ruleId"]!.GetValue<string>())
            .ShouldBe(["DRIFT001", "DRIFT002", "DRIFT002", "DRIFT002", "DRIFT002", "DRIFT004"]);
    }

    [DockerFact]
    public async Task The_same_csharp_checks_run_on_every_host()
    {
        // Given
        var checks = StateCheck.FromSmokeChecks(new SmokeChecks()
            .Package("less", p => p.Installed())
            .User("intruder", u => u.Exists(false))
            .File("/etc/ssh/sshd_config.d/10-hardening.conf", f => f.Contains("PermitRootLogin no")));

        // When
        var report = await StateDriftRun.RunAsync([fleet.Host(0), fleet.Host(1)], checks, fleet.Options);

        // Then
        report.Rows.Count.ShouldBe(6);
        report.Findings.Select(f => f.Label).ShouldBe(["bastion2 · package:less", "bastion2 · user:intruder"]);
        report.Findings.ShouldAllBe(f => f.Position == null);
    }

    [DockerFact]
    public async Task Hosts_that_cannot_be_checked_are_one_row_each_with_the_reason_and_the_others_still_run()
    {
        // Given: a closed port, a host whose key known_hosts does not have, a key and password the host refuses (sshd answers
        // a wrong password only after a PAM delay of ~2 s). The connect timeout is generous: on a loaded machine a key
        // exchange plus that delay can take seconds, and no host here should time out (the silent host has a test of its own).
        var closedPort = ClosedPort();
        var strangerKey = TestKeyPair.Create(Path.Combine(fleet.Servers.Folder, "stranger-" + Guid.NewGuid().ToString("N")));
        var partialKnownHosts = Path.Combine(fleet.Servers.Folder, "known_hosts_without_bastion2");
        await File.WriteAllLinesAsync(partialKnownHosts, (await File.ReadAllLinesAsync(fleet.Servers.KnownHostsFile))
            .Where(l => !l.StartsWith(fleet.Host(1).Address + " ", StringComparison.Ordinal)));
        DriftHost[] hosts =
        [
            fleet.Host(0),
            new("gone", "127.0.0.1") { Port = closedPort, User = "deploy", KeyFile = fleet.Servers.Key.PrivateKeyFile },
            fleet.Host(1) with { Name = "unknown-key" },
            fleet.Host(0) with { Name = "stranger", KeyFile = strangerKey.PrivateKeyFile },
        ];
        var wrongPassword = SecretValue.Of("Wrong-" + Guid.NewGuid().ToString("N"));
        var options = fleet.Options with { KnownHostsFile = partialKnownHosts, ConnectTimeout = TimeSpan.FromSeconds(90), Password = wrongPassword };

        // When
        var report = await StateDriftRun.RunAsync(hosts, BastionFleetFixture.Checks, options);

        // Then
        report.Rows.Count(r => r.Host == "bastion1").ShouldBe(BastionFleetFixture.Checks.Count);
        report.Rows.Where(r => r.Host == "bastion1").ShouldAllBe(r => r.IsClean);
        string Only(string host)
        {
            var rows = report.Rows.Where(r => r.Host == host).ToList();
            rows.Count.ShouldBe(1, report.Describe());
            rows[0].Outcome.ShouldBe(StateDriftOutcome.Unreachable);
            rows[0].Resource.ShouldBe(StateDriftRow.HostRow);
            return rows[0].Message;
        }

        Only("gone").ShouldStartWith($"Unreachable: gone (ssh deploy@127.0.0.1:{closedPort}): cannot connect (ConnectionRefused");
        Only("unknown-key").ShouldMatch(@"^HostKeyMismatch: unknown-key \(ssh deploy@[0-9.]+:22\): host key \S+ SHA256:\S+ is not in .*known_hosts_without_bastion2");
        Only("stranger").ShouldContain("AuthenticationRefused: stranger (ssh deploy@");
        Only("stranger").ShouldContain("offered: key " + strangerKey.PrivateKeyFile + ", password");

        // And no credential is in anything a user sees
        var output = report.Describe() + string.Join("\n", report.Rows.Select(r => r.Describe()));
        output.ShouldNotContain(wrongPassword.Reveal());
        output.ShouldNotContain(BastionFleetFixture.Password.Reveal());
        foreach (var keyFile in new[] { strangerKey.PrivateKeyFile, fleet.Servers.Key.PrivateKeyFile })
        {
            var keyBody = (await File.ReadAllLinesAsync(keyFile))[1];
            output.ShouldNotContain(keyBody);
        }
    }

    [DockerFact]
    public async Task A_host_that_never_answers_is_one_timeout_row_beside_a_host_that_does()
    {
        // Given: a listener that accepts and never sends an SSH banner. The short timeout cannot fire early: the silent
        // host never answers however fast the machine is, and the real host is checked with a generous one of its own.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var silentPort = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var bastion = new SshHost(fleet.Servers.OptionsFor(fleet.Servers.Servers[0]) with { Become = true, ConnectTimeout = TimeSpan.FromSeconds(90) });
        await using var quiet = new SshHost(new SshHostOptions("127.0.0.1")
        {
            Port = silentPort, User = "deploy", PrivateKeyFile = fleet.Servers.Key.PrivateKeyFile, KnownHostsFile = fleet.Servers.KnownHostsFile,
            ConnectTimeout = TimeSpan.FromSeconds(1), Name = "silent",
        });

        // When
        var report = await StateDriftRun.RunAsync([new("bastion1", bastion), new("silent", quiet)], BastionFleetFixture.Checks, maxParallelHosts: 2);

        // Then
        report.Rows.Where(r => r.Host == "bastion1").ShouldAllBe(r => r.IsClean, report.Describe());
        var row = report.Rows.Single(r => r.Host == "silent");
        row.Resource.ShouldBe(StateDriftRow.HostRow);
        row.Outcome.ShouldBe(StateDriftOutcome.Unreachable);
        row.Message.ShouldStartWith($"Timeout: silent (ssh deploy@127.0.0.1:{silentPort}): no SSH answer within 1 s");
    }

    [DockerFact]
    public async Task A_host_that_dies_mid_run_is_one_row_and_what_it_answered_before_keeps_its_rows()
    {
        // Given: a host of its own, watched so the test knows when the file check has its answer, and a check that takes a while
        await using var doomed = await SshTestServers.StartAsync(1, "doomed");
        var server = doomed.Servers[0];
        await using var ssh = new SshHost(doomed.OptionsFor(server) with { ConnectTimeout = TimeSpan.FromSeconds(60) });
        var watched = new AnswerWatchingTarget(ssh, "/etc/hostname");
        var checks = StateCheck.FromSmokeChecks(new SmokeChecks()
            .File("/etc/hostname", f => f.Exists())
            .Command("sleep 120; echo done", c => c.ExitCode(0).Timeout(TimeSpan.FromSeconds(300))));

        // When: the host's processes are killed once the file check was answered and while the slow command runs
        var run = StateDriftRun.RunAsync([new(server.Name, watched)], checks, maxParallelHosts: 1);
        await watched.Answered.WaitAsync(TimeSpan.FromMinutes(2));
        await WaitForProcessAsync(server, "sleep");
        await server.Environment.RunAsync(TargetCommand.Shell("kill -9 -1"));
        var report = await run;

        // Then
        report.Rows.Select(r => (r.Resource, r.Outcome)).ShouldBe(
            [("file:/etc/hostname", StateDriftOutcome.Clean), (StateDriftRow.HostRow, StateDriftOutcome.Unreachable)], report.Describe());
        report.Rows[1].Message.ShouldStartWith("ConnectionLost: doomed1 (ssh deploy@");
        report.Rows[1].Message.ShouldEndWith("1 of 2 resource(s) not checked: command:sleep 120; echo done");
    }

    private static async Task WaitForProcessAsync(SshTestServer server, string name)
    {
        // Bounded by attempts, not by a clock: each attempt is one exec, however slow the machine is.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if ((await server.Environment.RunAsync("pgrep", "-x", name)).Succeeded)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"{name} never started on {server.Name}");
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
