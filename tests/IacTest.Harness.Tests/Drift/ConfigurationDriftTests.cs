using System.Text.Json.Nodes;
using IacTest.Harness.Drift;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Drift;

/// <summary>
/// The repository's playbook in check mode with diff against real containers: drift found with positions, a clean
/// host clean, tasks that cannot tell reported unknown, a missing host unreachable, and nothing changed on any host.
/// </summary>
public sealed class ConfigurationDriftTests(DriftFleetFixture fleet) : IClassFixture<DriftFleetFixture>
{
    private DriftReport Report => fleet.Report;

    [DockerFact]
    public void Every_hand_made_change_is_drift_at_the_task_that_would_undo_it()
    {
        // Then
        var drift = Report.OfKind(ReportEntryKind.ConfigurationDrift);
        drift.Select(entry => (entry.Host, entry.Subject, entry.Location?.ToString())).ShouldBe(
        [
            ("web2", "motd : Login banner names the host and who manages it", "roles/motd/tasks/main.yml:2"),
            ("web2", "motd : Web root exists", "roles/motd/tasks/main.yml:10"),
            ("web2", "app : Application configuration", "roles/app/tasks/main.yml:2"),
        ]);
        drift[0].Diff.ShouldNotBeNull().ShouldContain("-maintenance tonight - bob");
        drift[1].Diff.ShouldNotBeNull().ShouldContain("-mode: 0777");
        drift[1].Diff!.ShouldContain("+mode: 0755");
        drift[2].Diff.ShouldNotBeNull().ShouldContain("-workers = 16");
        drift[2].Diff!.ShouldContain("+workers = 4");
    }

    [DockerFact]
    public void A_host_that_matches_the_repository_has_no_drift()
    {
        // Then
        Report.Hosts.ShouldBe(["web1", "web2", "ghost"]);
        Report.Entries.Where(entry => entry.Host == "web1" && entry.Kind != ReportEntryKind.Unknown).ShouldBeEmpty();
        Report.OfKind(ReportEntryKind.ConfigurationDrift).ShouldNotContain(entry => entry.Host == "web1");
    }

    [DockerFact]
    public void Tasks_that_cannot_tell_in_check_mode_are_unknown_on_every_reached_host_never_clean()
    {
        // Then
        var unknown = Report.OfKind(ReportEntryKind.Unknown);
        foreach (var host in new[] { "web1", "web2" })
        {
            unknown.Where(entry => entry.Host == host).Select(entry => (entry.Subject, entry.Location?.ToString())).ShouldBe(
            [
                ("app : Read the release marker (read-only, so it runs in check mode too)", "roles/app/tasks/main.yml:8"),
                ("app : Record the last deployment", "roles/app/tasks/main.yml:14"),
                ("app : Run the schema migrations", "roles/app/tasks/main.yml:18"),
            ]);
        }

        unknown.First(entry => entry.Subject.EndsWith("Record the last deployment", StringComparison.Ordinal)).Message.ShouldContain("check_mode: false");
        unknown.First(entry => entry.Subject.EndsWith("Run the schema migrations", StringComparison.Ordinal)).Message.ShouldContain("Command would have run if not in check mode");
    }

    [DockerFact]
    public void An_unreachable_host_is_one_entry_pointing_at_its_inventory_line()
    {
        // Then
        var unreachable = Report.OfKind(ReportEntryKind.Unreachable).ShouldHaveSingleItem();
        unreachable.Host.ShouldBe("ghost");
        unreachable.Subject.ShouldBe("(host)");
        unreachable.Location.ShouldNotBeNull().Line.ShouldBe(10);
        unreachable.Location.Path.ShouldEndWith("/hosts.yml");
        Report.Entries.Where(entry => entry.Host == "ghost").ShouldHaveSingleItem();
    }

    [DockerFact]
    public void The_check_changes_nothing_on_any_host()
    {
        // Then: same files, modes, owners and contents before and after, on the clean and the drifted host, although
        // a task with check_mode: false would have rewritten /var/tmp/app-last-deploy.
        fleet.Snapshots.Keys.ShouldBe(["web1", "web2"]);
        foreach (var (host, (before, after)) in fleet.Snapshots)
        {
            before.ShouldContain("/var/tmp/app-last-deploy", customMessage: host);
            before.ShouldContain("/etc/app.conf", customMessage: host);
            after.ShouldBe(before, $"files of {host}");
        }
    }

    [DockerFact]
    public void The_secret_in_a_diff_is_masked_everywhere()
    {
        // Then
        var token = DriftFleetFixture.AppToken.Reveal();
        var configuration = Report.OfKind(ReportEntryKind.ConfigurationDrift).Single(entry => entry.Subject.EndsWith("Application configuration", StringComparison.Ordinal));
        configuration.Diff.ShouldNotBeNull().ShouldContain("api_token = ********");
        foreach (var text in new[] { Report.ToJson(), Report.ToSarif(), Report.Describe(), fleet.Transcript })
        {
            text.ShouldNotContain(token);
        }
    }

    [DockerFact]
    public void The_report_of_a_real_run_is_valid_json_and_sarif()
    {
        // When
        var json = JsonNode.Parse(Report.ToJson())!;
        var sarif = JsonNode.Parse(Report.ToSarif())!;

        // Then
        json["summary"]!["configurationDrift"]!.GetValue<int>().ShouldBe(3);
        json["summary"]!["unreachable"]!.GetValue<int>().ShouldBe(1);
        json["summary"]!["hasDrift"]!.GetValue<bool>().ShouldBeTrue();
        var results = sarif["runs"]![0]!["results"]!.AsArray();
        results.Count.ShouldBe(Report.Entries.Count);
        results.Select(result => result!["ruleId"]!.GetValue<string>()).Distinct().Order().ShouldBe(["DRIFT001", "DRIFT003", "DRIFT004"]);
        results.Where(result => result!["ruleId"]!.GetValue<string>() == "DRIFT001")
            .Select(result => result!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>())
            .ShouldBe(["roles/motd/tasks/main.yml", "roles/motd/tasks/main.yml", "roles/app/tasks/main.yml"]);
    }
}
