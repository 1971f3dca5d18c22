using System.Text.Json.Nodes;
using IacTest.Harness.Drift;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Tests.Drift;

/// <summary>The drift report's JSON shape and SARIF 2.1.0 structure, on a report with one entry of each kind.</summary>
public sealed class DriftReportTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "ops-repository");

    private static DriftReport Sample(int taskLine = 12) => new(Root, ["web1", "web2", "db1", "lb1"],
    [
        new ReportEntry
        {
            Host = "web1", Kind = ReportEntryKind.ConfigurationDrift, Subject = "nginx : Site configuration",
            Location = ReportLocation.Relative(Root, Path.Combine(Root, "roles", "nginx", "tasks", "main.yml"), taskLine),
            Message = "ansible.builtin.template would change the host", Diff = "--- before\n+++ after\n@@ -1 +1 @@\n-a\n+b\n",
        },
        new ReportEntry
        {
            Host = "web1", Kind = ReportEntryKind.StateDrift, Subject = "service:nginx",
            Location = new ReportLocation("checks/web.goss.yaml", 4), Message = "running", Expected = "true", Actual = "false",
        },
        new ReportEntry
        {
            Host = "web2", Kind = ReportEntryKind.Unknown, Subject = "Run migrations",
            Location = new ReportLocation("site.yml", 30), Message = "the task cannot run in check mode: Command would have run if not in check mode",
        },
        new ReportEntry { Host = "db1", Kind = ReportEntryKind.Unreachable, Subject = ReportEntry.HostSubject, Message = "unreachable: connection refused" },
    ]);

    [Fact]
    public void The_json_has_a_summary_the_hosts_and_one_object_per_entry()
    {
        // When
        var json = JsonNode.Parse(Sample().ToJson())!.AsObject();

        // Then
        json.Select(entry => entry.Key).ShouldBe(["schemaVersion", "summary", "hosts", "entries"]);
        json["schemaVersion"]!.GetValue<int>().ShouldBe(1);
        json["summary"]!.ToJsonString().ShouldBe("""{"hosts":4,"cleanHosts":1,"hasDrift":true,"configurationDrift":1,"stateDrift":1,"unknown":1,"unreachable":1}""");
        json["hosts"]!.AsArray().Select(host => host!.GetValue<string>()).ShouldBe(["web1", "web2", "db1", "lb1"]);
        var entries = json["entries"]!.AsArray();
        entries.Select(entry => (entry!["kind"]!.GetValue<string>(), entry["ruleId"]!.GetValue<string>()))
            .ShouldBe([("configuration-drift", "DRIFT001"), ("state-drift", "DRIFT002"), ("unknown-in-check-mode", "DRIFT003"), ("host-unreachable", "DRIFT004")]);
        foreach (var entry in entries)
        {
            entry!.AsObject().Select(field => field.Key).ShouldBe(["host", "kind", "ruleId", "subject", "location", "message", "expected", "actual", "diff"]);
        }

        entries[0]!["location"]!.ToJsonString().ShouldBe("""{"path":"roles/nginx/tasks/main.yml","line":12}""");
        entries[1]!["expected"]!.GetValue<string>().ShouldBe("true");
        entries[3]!["location"].ShouldBeNull();
    }

    [Fact]
    public void The_sarif_log_has_one_run_with_the_four_rules_and_a_result_per_entry()
    {
        // When
        var sarif = JsonNode.Parse(Sample().ToSarif())!;

        // Then
        sarif["version"]!.GetValue<string>().ShouldBe("2.1.0");
        sarif["$schema"]!.GetValue<string>().ShouldBe("https://json.schemastore.org/sarif-2.1.0.json");
        var run = sarif["runs"]!.AsArray().ShouldHaveSingleItem()!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        rules.Select(rule => rule!["id"]!.GetValue<string>()).ShouldBe(["DRIFT001", "DRIFT002", "DRIFT003", "DRIFT004"]);
        rules.ShouldAllBe(rule => rule!["shortDescription"]!["text"] != null && rule["defaultConfiguration"]!["level"] != null);
        run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!.GetValue<string>().ShouldBe(new Uri(Path.GetFullPath(Root) + "/").AbsoluteUri);

        var results = run["results"]!.AsArray();
        results.Count.ShouldBe(4);
        foreach (var result in results)
        {
            var index = result!["ruleIndex"]!.GetValue<int>();
            rules[index]!["id"]!.GetValue<string>().ShouldBe(result["ruleId"]!.GetValue<string>());
            result["level"]!.GetValue<string>().ShouldBeOneOf("error", "warning");
            result["message"]!["text"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
            result["partialFingerprints"]!["driftEntry/v1"]!.GetValue<string>().Length.ShouldBe(32);
        }

        var physical = results[0]!["locations"]![0]!["physicalLocation"]!;
        physical["artifactLocation"]!.ToJsonString().ShouldBe("""{"uri":"roles/nginx/tasks/main.yml","uriBaseId":"%SRCROOT%"}""");
        physical["region"]!["startLine"]!.GetValue<int>().ShouldBe(12);
        results[0]!["properties"]!["diff"]!.GetValue<string>().ShouldContain("+b");
        results[3]!["locations"].ShouldBeNull();
    }

    [Fact]
    public void A_task_that_moves_keeps_its_fingerprint_so_code_scanning_keeps_the_alert()
    {
        // When
        var before = JsonNode.Parse(Sample(taskLine: 12).ToSarif())!["runs"]![0]!["results"]![0]!["partialFingerprints"]!.ToJsonString();
        var after = JsonNode.Parse(Sample(taskLine: 40).ToSarif())!["runs"]![0]!["results"]![0]!["partialFingerprints"]!.ToJsonString();

        // Then
        after.ShouldBe(before);
    }

    [Fact]
    public void A_location_outside_the_repository_keeps_its_full_path_and_inside_is_relative_with_slashes()
    {
        // Then
        ReportLocation.Relative(Root, Path.Combine(Root, "site.yml"), 3).ShouldBe(new ReportLocation("site.yml", 3));
        ReportLocation.Relative(Root, "roles/web/tasks/main.yml", 0).ShouldBe(new ReportLocation("roles/web/tasks/main.yml", 1));
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "hosts.yml");
        ReportLocation.Relative(Root, outside, 7).Path.ShouldBe(outside.Replace('\\', '/'));
    }

    [Fact]
    public void A_secret_that_reached_an_entry_is_masked_in_every_output()
    {
        // Given
        var secret = SecretValue.Of("s3cr3t-report-token-77");
        var report = new DriftReport(Root, ["web1"],
        [
            new ReportEntry { Host = "web1", Kind = ReportEntryKind.ConfigurationDrift, Subject = "app", Message = "would change", Diff = $"-token = {secret.Reveal()}\n+token = x\n" },
        ]);

        // Then
        foreach (var text in new[] { report.ToJson(), report.ToSarif() })
        {
            text.ShouldNotContain(secret.Reveal());
            text.ShouldContain("-token = " + SecretMasker.Placeholder);
        }

        report.Describe().ShouldNotContain(secret.Reveal());
    }

    [Fact]
    public void Reports_merge_and_a_report_without_entries_is_clean()
    {
        // Given
        var clean = new DriftReport(Root, ["web9"], []);

        // When
        var merged = Sample().Merge(clean);

        // Then
        clean.IsClean.ShouldBeTrue();
        clean.HasDrift.ShouldBeFalse();
        merged.Hosts.ShouldBe(["web1", "web2", "db1", "lb1", "web9"]);
        merged.CleanHosts.ShouldBe(["lb1", "web9"]);
        merged.Describe().Split('\n')[0].ShouldBe("5 host(s), 2 clean: 1 configuration-drift, 1 state-drift, 1 unknown-in-check-mode, 1 host-unreachable");
    }
}
