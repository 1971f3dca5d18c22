using System.Text.Json.Nodes;
using IacTest.Harness.Converge;

namespace IacTest.Harness.Drift;

/// <summary>
/// Turns the task results of a check-mode run into report entries: a change is drift; a task skipped because of
/// check mode, kept in check mode against its <c>check_mode: false</c>, or failed is unknown; an unreachable host is
/// one entry. Tasks that are ok, or skipped by their own condition, are clean and give nothing.
/// </summary>
internal static class ConfigurationOutcomes
{
    public static List<ReportEntry> ToEntries(
        IEnumerable<TaskOutcome> outcomes,
        IReadOnlySet<string> forcedTaskPaths,
        string repositoryRoot,
        Func<string, ReportLocation?> hostLocation)
    {
        var entries = new List<ReportEntry>();
        var unreachable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            var subject = outcome.Role is null ? outcome.Task : $"{outcome.Role} : {outcome.Task}";
            var location = Location(outcome.Path, repositoryRoot);
            if (outcome.Status == AnsibleTaskStatus.Unreachable)
            {
                if (unreachable.Add(outcome.Host))
                {
                    entries.Add(new ReportEntry
                    {
                        Host = outcome.Host,
                        Kind = ReportEntryKind.Unreachable,
                        Subject = ReportEntry.HostSubject,
                        Location = hostLocation(outcome.Host),
                        Message = $"unreachable at task '{subject}': {FirstLine(outcome.Message) ?? "no reason given"}",
                    });
                }

                continue;
            }

            if (outcome.Path is { } path && forcedTaskPaths.Contains(path))
            {
                entries.Add(Unknown(outcome, subject, location,
                    "the task turns check mode off (check_mode: false); it was kept in check mode so the host is not changed, so its state is unknown"));
                continue;
            }

            switch (outcome.Status)
            {
                case AnsibleTaskStatus.Changed:
                    entries.Add(new ReportEntry
                    {
                        Host = outcome.Host,
                        Kind = ReportEntryKind.ConfigurationDrift,
                        Subject = subject,
                        Location = location,
                        Message = $"{outcome.Action ?? "the task"} would change the host",
                        Diff = ConfigurationDiff.Render(outcome.Result["diff"]) ?? ItemDiffs(outcome.Result),
                    });
                    break;
                case AnsibleTaskStatus.Failed:
                    entries.Add(Unknown(outcome, subject, location, $"the task failed in check mode: {FirstLine(outcome.Message) ?? "no message"}"));
                    break;
                case AnsibleTaskStatus.Skipped when SkippedForCheckMode(outcome.Result):
                    entries.Add(Unknown(outcome, subject, location, $"the task cannot run in check mode: {CheckModeMessage(outcome.Result)}"));
                    break;
            }
        }

        return entries;
    }

    private static ReportEntry Unknown(TaskOutcome outcome, string subject, ReportLocation? location, string message) => new()
    {
        Host = outcome.Host,
        Kind = ReportEntryKind.Unknown,
        Subject = subject,
        Location = location,
        Message = message,
    };

    private static ReportLocation? Location(string? taskPath, string repositoryRoot)
    {
        if (taskPath is null)
        {
            return null;
        }

        var colon = taskPath.LastIndexOf(':');
        return colon > 0 && int.TryParse(taskPath[(colon + 1)..], out var line)
            ? ReportLocation.Relative(repositoryRoot, taskPath[..colon], line)
            : ReportLocation.Relative(repositoryRoot, taskPath, 1);
    }

    // Modules say so in their message: "Command would have run if not in check mode", "check mode not supported for …".
    private static bool SkippedForCheckMode(JsonObject result) =>
        Says(result["msg"]) || (result["results"] is JsonArray items && items.OfType<JsonObject>().Any(item => Says(item["msg"])));

    private static bool Says(JsonNode? message) => message?.ToString().Contains("check mode", StringComparison.OrdinalIgnoreCase) == true;

    private static string CheckModeMessage(JsonObject result) =>
        Says(result["msg"]) ? result["msg"]!.ToString()
        : result["results"] is JsonArray items && items.OfType<JsonObject>().FirstOrDefault(item => Says(item["msg"])) is { } item ? item["msg"]!.ToString()
        : "skipped in check mode";

    // A loop's diffs are per item.
    private static string? ItemDiffs(JsonObject result)
    {
        if (result["results"] is not JsonArray items)
        {
            return null;
        }

        var diffs = items.OfType<JsonObject>()
            .Where(item => item["changed"] is JsonValue changed && changed.TryGetValue<bool>(out var flag) && flag)
            .Select(item => ConfigurationDiff.Render(item["diff"]))
            .Where(diff => diff is not null)
            .ToList();
        return diffs.Count == 0 ? null : string.Join('\n', diffs);
    }

    private static string? FirstLine(string? message) => message?.Split('\n')[0].Trim() is { Length: > 0 } line ? line : null;
}
