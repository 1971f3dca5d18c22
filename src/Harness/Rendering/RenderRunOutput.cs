using System.Text.Json;
using System.Text.Json.Nodes;

namespace IacTest.Harness.Rendering;

/// <summary>What one rendering run of <c>ansible-playbook</c> reported (its <c>json</c> callback output).</summary>
internal sealed class RenderRunOutput
{
    /// <summary>The per-template results of the render task, in order; null when it never ran.</summary>
    public List<JsonNode?>? TemplateResults { get; private init; }

    /// <summary>Every variable name defined after rendering (Ansible's <c>varnames</c> lookup).</summary>
    public IReadOnlySet<string> DefinedNames { get; private init; } = new HashSet<string>();

    /// <summary>A task before rendering (one of the role's variable tasks) that failed: its name and message.</summary>
    public (string Task, string Message)? FailedTask { get; private init; }

    /// <summary>Reads the callback output; null when it is not the json callback's document.</summary>
    public static RenderRunOutput? Parse(string stdout)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(stdout);
        }
        catch (JsonException)
        {
            return null;
        }

        if (root?["plays"]?[0]?["tasks"] is not JsonArray tasks)
        {
            return null;
        }

        List<JsonNode?>? results = null;
        var defined = new HashSet<string>(StringComparer.Ordinal);
        (string, string)? failed = null;
        foreach (var task in tasks)
        {
            var name = task?["task"]?["name"]?.ToString() ?? string.Empty;
            var host = task?["hosts"]?.AsObject().FirstOrDefault().Value;
            if (name.EndsWith(RenderPlay.RenderTaskName, StringComparison.Ordinal))
            {
                results = host?["results"]?.AsArray().ToList();
            }
            else if (name.EndsWith(RenderPlay.DefinedTaskName, StringComparison.Ordinal))
            {
                defined.UnionWith(host?["msg"]?.AsArray().Select(item => item?.ToString() ?? string.Empty) ?? []);
            }
            else if (host?["failed"]?.GetValue<bool>() == true && failed is null)
            {
                // Ansible names a role's task "<role path> : <name>"; the role path is the rendering copy's.
                var separator = name.IndexOf(" : ", StringComparison.Ordinal);
                failed = (separator < 0 ? name : name[(separator + 3)..], (host["msg"] ?? host["message"])?.ToString() ?? "failed");
            }
        }

        return new RenderRunOutput { TemplateResults = results, DefinedNames = defined, FailedTask = failed };
    }
}
