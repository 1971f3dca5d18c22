using IacTest.Harness.Drift;
using IacTest.Harness.Targets;

namespace DriftAudit.Tests;

/// <summary>
/// The audit job itself: every bastion the inventory's pattern <c>bastions:&amp;prod</c> selects, against
/// audit/bastion.goss.yaml and the C# checks below, one test row per host and resource; then one drift report (JSON and
/// SARIF) for the pipeline to keep and upload. In the scheduled pipeline a failing row is drift (or a host that could not
/// be checked), named with the goss line it breaks.
/// </summary>
[Collection(BastionsCollection.Name)]
public sealed class StateDriftAudit(Bastions bastions)
{
    [DockerTheory]
    [StateDriftData(Inventory = "${AUDIT_INVENTORY}", Pattern = Pattern, Goss = "audit/bastion.goss.yaml", Checks = nameof(SshHardening), KnownHostsFile = "${AUDIT_KNOWN_HOSTS}")]
    public void Bastions_match_what_git_declares(StateDriftCase row)
    {
        _ = bastions.Servers; // rethrows a start failure
        row.Assert();
    }

    // The bastions of production; the inventory's control node (ansible_connection=local) is left out.
    private const string Pattern = "bastions:&prod";

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
            // (a plain host list works as well as an inventory)
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

    [DockerFact]
    public async Task The_audit_writes_one_drift_report_for_the_pipeline()
    {
        // Given
        _ = bastions.Servers;
        var hosts = StateInventoryHosts.Load(Environment.GetEnvironmentVariable("AUDIT_INVENTORY")!, Pattern);
        var checks = StateCheck.FromGoss(GossSuite.Load(SamplePaths.Audit("bastion.goss.yaml")));
        var folder = Environment.GetEnvironmentVariable("DRIFT_REPORT_DIR") is { Length: > 0 } set ? set : Path.Combine(SamplePaths.Root, "TestResults", "drift");

        // When: the state drift rows become the report's entries, goss locations relative to the repository
        var run = await StateDriftRun.RunAsync(hosts, checks, new StateDriftOptions { KnownHostsFile = bastions.Servers.KnownHostsFile });
        var report = run.ToDriftReport(SamplePaths.Root);
        await report.WriteJsonAsync(Path.Combine(folder, "drift.json"));
        await report.WriteSarifAsync(Path.Combine(folder, "drift.sarif"));

        // Then: the converged fleet is clean, and the files say so for every host
        report.Hosts.ShouldBe(["bastion1", "bastion2", "bastion3"]);
        report.IsClean.ShouldBeTrue(report.Describe());
        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "drift.json")))!;
        json["summary"]!["cleanHosts"]!.GetValue<int>().ShouldBe(3);
        var sarif = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "drift.sarif")))!;
        sarif["version"]!.GetValue<string>().ShouldBe("2.1.0");
    }
}
