using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IacTest.Harness.Drift;

/// <summary>
/// The SARIF 2.1.0 form of a drift report: one run whose driver lists the four drift rules; one result per entry
/// with its rule, level, message, location relative to the repository root (<c>%SRCROOT%</c>) and a fingerprint of
/// host, rule and subject, so code scanning tracks the same drift across scheduled runs.
/// </summary>
internal static class ReportSarif
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string RootBase = "%SRCROOT%";

    public static string Write(DriftReport report)
    {
        var rules = new JsonArray();
        foreach (var rule in ReportRules.All)
        {
            rules.Add(new JsonObject
            {
                ["id"] = rule.Id,
                ["name"] = rule.Name,
                ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
                ["fullDescription"] = new JsonObject { ["text"] = rule.Description },
                ["defaultConfiguration"] = new JsonObject { ["level"] = rule.Level },
            });
        }

        var results = new JsonArray();
        foreach (var entry in report.Entries)
        {
            var rule = ReportRules.For(entry.Kind);
            var result = new JsonObject
            {
                ["ruleId"] = rule.Id,
                ["ruleIndex"] = ReportRules.All.ToList().IndexOf(rule),
                ["level"] = rule.Level,
                ["message"] = new JsonObject { ["text"] = $"{entry.Host}: {entry.Subject}: {entry.Message}" },
            };
            if (entry.Location is { } location)
            {
                result["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = location.Path, ["uriBaseId"] = RootBase },
                        ["region"] = new JsonObject { ["startLine"] = location.Line },
                    },
                });
            }

            result["partialFingerprints"] = new JsonObject { ["driftEntry/v1"] = Fingerprint(entry, rule) };
            var properties = new JsonObject { ["host"] = entry.Host, ["subject"] = entry.Subject };
            AddIfPresent(properties, "expected", entry.Expected);
            AddIfPresent(properties, "actual", entry.Actual);
            AddIfPresent(properties, "diff", entry.Diff);
            result["properties"] = properties;
            results.Add(result);
        }

        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = "IacTest drift",
                    ["informationUri"] = "https://github.com/iactest/iactest",
                    ["version"] = typeof(ReportSarif).Assembly.GetName().Version?.ToString() ?? "0.0.0",
                    ["rules"] = rules,
                },
            },
            ["originalUriBaseIds"] = new JsonObject
            {
                [RootBase] = new JsonObject { ["uri"] = new Uri(report.RepositoryRoot.TrimEnd('/', '\\') + "/").AbsoluteUri },
            },
            ["results"] = results,
            ["properties"] = new JsonObject { ["hosts"] = new JsonArray(report.Hosts.Select(host => (JsonNode?)host).ToArray()) },
        };

        return new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static void AddIfPresent(JsonObject properties, string name, string? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }

    // Stable across runs and machines: no line (a task moving down keeps its alert), no absolute path.
    private static string Fingerprint(ReportEntry entry, ReportRule rule) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{rule.Id}\n{entry.Host}\n{entry.Subject}\n{entry.Location?.Path}")))[..32].ToLowerInvariant();
}
