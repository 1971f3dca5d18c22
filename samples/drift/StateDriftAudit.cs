using IacTest.Harness.Drift;
using IacTest.Harness.Targets;

namespace DriftAudit.Tests;

/// <summary>
/// The audit job itself: every bastion of audit/hosts.txt against audit/bastion.goss.yaml and the C# checks below,
/// one test row per host and resource. In the scheduled pipeline a failing row is drift (or a host that could not be
/// checked), named with the goss line it breaks.
/// </summary>
[Collection(BastionsCollection.Name)]
public sealed class StateDriftAudit(Bastions bastions)
{
    [DockerTheory]
    [StateDriftData("audit/hosts.txt", Goss = "audit/bastion.goss.yaml", Checks = nameof(SshHardening), KnownHostsFile = "${AUDIT_KNOWN_HOSTS}")]
    public void Bastions_match_what_git_declares(StateDriftCase row)
    {
        _ = bastions.Servers; // rethrows a start failure
        row.Assert();
    }

    // Checks that read better in C# than in YAML sit beside the goss file and run on the same hosts.
    internal static void SshHardening(SmokeChecks checks) => checks
        .File("/etc/ssh/sshd_config.d/10-hardening.conf", f => f.Contains("!PasswordAuthentication yes"))
        .User("root", u => u.Shell("/bin/bash"));

    [DockerFact]
    public async Task A_change_made_by_hand_is_found_with_its_goss_line()
    {
        // Given: someone adds a user on bastion3 and edits its banner
        _ = bastions.Servers;
        var bastion3 = bastions.Servers.Servers[2];
        (await bastion3.Environment.RunAsync(TargetCommand.Shell("useradd intruder && echo 'maintenance tonight' > /etc/motd"))).EnsureSuccess();
        try
        {
            var hosts = StateHostList.Load(SamplePaths.Audit("hosts.txt"));
            var checks = StateCheck.FromGoss(GossSuite.Load(SamplePaths.Audit("bastion.goss.yaml")));

            // When
            var report = await StateDriftRun.RunAsync(hosts, checks, new StateDriftOptions { KnownHostsFile = bastions.Servers.KnownHostsFile });

            // Then
            report.Findings.Select(f => $"{Path.GetFileName(f.Position)}: {f.Label}").ShouldBe(
            [
                "bastion.goss.yaml(5): bastion3 · file:/etc/motd",
                "bastion.goss.yaml(31): bastion3 · user:intruder",
            ], report.Describe());
        }
        finally
        {
            // Back to the converged state: the theory above may run after this test.
            await bastion3.Environment.RunAsync(TargetCommand.Shell("userdel -r intruder; printf 'Authorized access only. Activity is logged.\\n' > /etc/motd"));
        }
    }
}
