using System.Text.Json;
using System.Text.Json.Nodes;

namespace IacTest.Harness.Drift;

/// <summary>
/// The JSON form of a drift report: <c>summary</c> (counts per kind, <c>hasDrift</c>), <c>hosts</c> and
/// <c>entries</c> (host, kind, ruleId, subject, location, message, expected, actual, diff).
/// </summary>
internal static class ReportJson
{
    /// <summary>Bumped when a field changes meaning or goes away (adding fields keeps it).</summary>
    public const int SchemaVersion = 1;

    public static string Write(DriftReport report)
    {
        var summary = new JsonObject
        {
            ["hosts"] = report.Hosts.Count,
            ["cleanHosts"] = report.CleanHosts.Count,
            ["hasDrift"] = report.HasDrift,
        };
        foreach (var rule in ReportRules.All)
        {
            summary[CamelCase(rule.Kind)] = report.OfKind(rule.Kind).Count;
        }

        var entries = new JsonArray();
        foreach (var entry in report.Entries)
        {
            var rule = ReportRules.For(entry.Kind);
            entries.Add(new JsonObject
            {
                ["host"] = entry.Host,
                ["kind"] = rule.Name,
                ["ruleId"] = rule.Id,
                ["subject"] = entry.Subject,
                ["location"] = entry.Location is { } location ? new JsonObject { ["path"] = location.Path, ["line"] = location.Line } : null,
                ["message"] = entry.Message,
                ["expected"] = entry.Expected,
                ["actual"] = entry.Actual,
                ["diff"] = entry.Diff,
            });
        }

        return new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["summary"] = summary,
            ["hosts"] = new JsonArray(report.Hosts.Select(host => (JsonNode?)host).ToArray()),
            ["entries"] = entries,
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    internal static string CamelCase(ReportEntryKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
