using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IacTest.Harness.Converge;

/// <summary>Reads the output of Ansible's <c>json</c> stdout callback into task outcomes and the recap.</summary>
internal static class AnsibleJsonReport
{
    /// <summary>Parses <paramref name="stdout"/>; null when it is not the callback's JSON (Ansible stopped early).</summary>
    public static (List<TaskOutcome> Tasks, Dictionary<string, HostRecap> Recap)? Parse(string stdout)
    {
        var start = stdout.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(stdout[start..]);
        }
        catch (JsonException)
        {
            return null;
        }

        if (root?["stats"] is not JsonObject stats)
        {
            return null;
        }

        var tasks = new List<TaskOutcome>();
        foreach (var play in root["plays"]?.AsArray() ?? [])
        {
            var playName = play?["play"]?["name"]?.ToString() ?? string.Empty;
            foreach (var task in play?["tasks"]?.AsArray() ?? [])
            {
                var info = task?["task"];
                foreach (var (host, value) in task?["hosts"]?.AsObject() ?? [])
                {
                    if (value is not JsonObject result)
                    {
                        continue;
                    }

                    // Ansible names a role's task "role : task".
                    var fullName = info?["name"]?.ToString() ?? string.Empty;
                    var separator = fullName.IndexOf(" : ", StringComparison.Ordinal);
                    tasks.Add(new TaskOutcome
                    {
                        Play = playName,
                        Task = separator < 0 ? fullName : fullName[(separator + 3)..],
                        Role = separator < 0 ? null : fullName[..separator],
                        Host = host,
                        Status = StatusOf(result),
                        Action = result["action"]?.ToString(),
                        Path = info?["path"]?.ToString() is { Length: > 0 } path ? path : null,
                        Message = MessageOf(result),
                        Result = result,
                    });
                }
            }
        }

        var recap = new Dictionary<string, HostRecap>(StringComparer.Ordinal);
        foreach (var (host, value) in stats)
        {
            recap[host] = new HostRecap(
                host,
                Count(value, "ok"),
                Count(value, "changed"),
                Count(value, "unreachable"),
                Count(value, "failures"),
                Count(value, "skipped"),
                Count(value, "rescued"),
                Count(value, "ignored"));
        }

        return (tasks, recap);
    }

    private static int Count(JsonNode? stats, string name) => stats?[name]?.GetValue<int>() ?? 0;

    private static bool Flag(JsonObject result, string name) => result[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    private static AnsibleTaskStatus StatusOf(JsonObject result) =>
        Flag(result, "unreachable") ? AnsibleTaskStatus.Unreachable
        : Flag(result, "failed") ? AnsibleTaskStatus.Failed
        : Flag(result, "skipped") ? AnsibleTaskStatus.Skipped
        : Flag(result, "changed") ? AnsibleTaskStatus.Changed
        : AnsibleTaskStatus.Ok;

    /// <summary>What a transcript shows for a result Ansible hid because of <c>no_log</c>.</summary>
    public const string NoLogMessage = "(output hidden: no_log: true)";

    private static string? MessageOf(JsonObject result)
    {
        // Ansible already replaces a no_log result by a "censored" note; say so plainly, and never look further.
        if (result.ContainsKey("censored"))
        {
            return NoLogMessage;
        }

        var parts = new List<string>();
        if (result["msg"]?.ToString() is { Length: > 0 } message)
        {
            parts.Add(message);
        }

        if (result["results"] is JsonArray items)
        {
            foreach (var item in items.OfType<JsonObject>().Where(item => Flag(item, "failed")))
            {
                parts.Add($"item {item["item"]?.ToJsonString()}: {MessageOf(item)}");
            }
        }

        // Fact gathering reports each failed facts module under its name; a MODULE FAILURE carries what the module's
        // interpreter printed instead of a result. Both are the only clue to why, so they stay in the transcript.
        if (result["failed_modules"] is JsonObject modules)
        {
            foreach (var (name, module) in modules)
            {
                if (module is JsonObject moduleResult && MessageOf(moduleResult) is { } moduleMessage)
                {
                    parts.Add($"{name}: {moduleMessage}");
                }
            }
        }

        if (result["module_stderr"]?.ToString() is { Length: > 0 } moduleStderr)
        {
            parts.Add("module stderr: " + moduleStderr.TrimEnd());
        }

        if (result["module_stdout"]?.ToString() is { Length: > 0 } moduleStdout)
        {
            parts.Add("module stdout: " + moduleStdout.TrimEnd());
        }

        if (result["stderr"]?.ToString() is { Length: > 0 } stderr)
        {
            parts.Add("stderr: " + stderr);
        }

        if (Flag(result, "failed") && result["stdout"]?.ToString() is { Length: > 0 } stdout)
        {
            parts.Add("stdout: " + stdout);
        }

        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    /// <summary>A transcript in the spirit of Ansible's default output: one line per task and host, messages indented.</summary>
    public static string Transcript(IEnumerable<TaskOutcome> tasks, IEnumerable<HostRecap> recap)
    {
        var builder = new StringBuilder();
        string? play = null;
        foreach (var task in tasks)
        {
            if (task.Play != play)
            {
                play = task.Play;
                builder.Append("PLAY [").Append(play).Append("]\n");
            }

            builder.Append(task).Append('\n');
            if (task.Message is { } message && task.Status is AnsibleTaskStatus.Failed or AnsibleTaskStatus.Unreachable)
            {
                foreach (var line in message.Split('\n'))
                {
                    builder.Append("    ").Append(line).Append('\n');
                }
            }
        }

        builder.Append("PLAY RECAP\n");
        foreach (var host in recap)
        {
            builder.Append(host).Append('\n');
        }

        return builder.ToString();
    }
}
