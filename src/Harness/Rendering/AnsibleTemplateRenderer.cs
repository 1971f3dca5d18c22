using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IacTest.Harness.Ansible;
using IacTest.Harness.Reaping;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Rendering;

/// <summary>
/// Renders templates with the real Ansible: one <c>ansible-playbook</c> run on localhost (connection local, no
/// facts, no network) applies the <c>template</c> module to each template into a private temp folder. A role's
/// defaults and vars files are loaded by Ansible itself; the variables given here are extra vars (they win).
/// </summary>
public sealed class AnsibleTemplateRenderer
{
    /// <summary>How long one Ansible run may take before it is killed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Renders one template of <paramref name="role"/> (its path under <c>templates/</c>).</summary>
    /// <exception cref="TemplateRenderException">When Ansible cannot render it; names the template and line.</exception>
    public async Task<string> RenderAsync(AnsibleRole role, string template, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default)
    {
        var results = await RenderTemplatesAsync(role, [template], variables, cancellationToken).ConfigureAwait(false);
        return results[0].EnsureText();
    }

    /// <summary>Renders every template of <paramref name="role"/> in one Ansible run; failures are per template.</summary>
    public Task<IReadOnlyList<RenderedTemplate>> RenderAllAsync(AnsibleRole role, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default) =>
        RenderTemplatesAsync(role, role.Templates.Select(t => t.RelativePath).ToList(), variables, cancellationToken);

    /// <summary>Renders the named templates of <paramref name="role"/> in one Ansible run; failures are per template.</summary>
    public Task<IReadOnlyList<RenderedTemplate>> RenderTemplatesAsync(AnsibleRole role, IReadOnlyList<string> templates, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default)
    {
        var files = templates.Select(name => (name, role.Template(name).FullPath)).ToList();
        var varsFiles = role.DefaultsFiles.Concat(role.VarsFiles).ToList();
        var playVars = new Dictionary<string, object?> { ["role_path"] = role.Directory, ["role_name"] = role.Name };
        return RenderCoreAsync(files, varsFiles, playVars, variables, cancellationToken);
    }

    /// <summary>Renders a template file that belongs to no role, with <paramref name="variables"/> only.</summary>
    /// <exception cref="TemplateRenderException">When Ansible cannot render it.</exception>
    public async Task<string> RenderFileAsync(string templatePath, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(templatePath);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The template '{full}' does not exist.", full);
        }

        var results = await RenderCoreAsync([(templatePath, full)], [], new Dictionary<string, object?>(), variables, cancellationToken).ConfigureAwait(false);
        return results[0].EnsureText();
    }

    private async Task<IReadOnlyList<RenderedTemplate>> RenderCoreAsync(
        IReadOnlyList<(string Name, string FullPath)> templates,
        IReadOnlyList<string> varsFiles,
        Dictionary<string, object?> playVars,
        IReadOnlyDictionary<string, object?>? variables,
        CancellationToken cancellationToken)
    {
        using var workspace = new TempWorkspace("render");
        var outputs = templates.Select((_, index) => workspace.PathOf($"out-{index}")).ToList();
        var extra = new Dictionary<string, object?>(variables ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            ["iactest_templates"] = templates.Select((t, i) => new Dictionary<string, string> { ["src"] = t.FullPath, ["dest"] = outputs[i] }).ToList(),
        };
        var extraFile = await workspace.WriteFileAsync("extra-vars.json", JsonSerializer.Serialize(extra, RevealingJson.Options), cancellationToken).ConfigureAwait(false);
        var playbookFile = await workspace.WriteFileAsync("render.yml", RenderPlaybook(varsFiles, playVars), cancellationToken).ConfigureAwait(false);

        var run = await ProcessRunner.RunAsync(
            AnsibleTools.AnsiblePlaybook,
            ["-i", "localhost,", "-c", "local", "-e", "@" + extraFile, playbookFile],
            workspace.Root,
            AnsibleProcessEnvironment.Create(workspace.Root),
            Timeout,
            cancellationToken).ConfigureAwait(false);
        var output = SecretMasker.Shared.Mask($"exit code {run.ExitCode}\n--- stdout ---\n{run.Stdout}\n--- stderr ---\n{run.Stderr}");
        var results = ResultsOf(run.Stdout)
            ?? throw new InvalidOperationException($"ansible-playbook did not render the templates ({string.Join(", ", templates.Select(t => t.Name))}):\n{output}");

        var rendered = new List<RenderedTemplate>();
        for (var i = 0; i < templates.Count; i++)
        {
            var result = i < results.Count ? results[i] : null;
            if (result?["failed"]?.GetValue<bool>() == true || !File.Exists(outputs[i]))
            {
                var message = result?["msg"]?.ToString() ?? "the template module did not run";
                var line = await LocateAsync(templates[i].FullPath, message, extraFile, workspace.Root, cancellationToken).ConfigureAwait(false);
                rendered.Add(new RenderedTemplate(templates[i].Name, null, new TemplateRenderException(templates[i].FullPath, line, message, output)));
                continue;
            }

            rendered.Add(new RenderedTemplate(templates[i].Name, await File.ReadAllTextAsync(outputs[i], cancellationToken).ConfigureAwait(false), null));
        }

        return rendered;
    }

    private static string RenderPlaybook(IReadOnlyList<string> varsFiles, Dictionary<string, object?> playVars)
    {
        // JSON is YAML: no quoting pitfalls with paths.
        var play = new JsonObject
        {
            ["name"] = "render templates",
            ["hosts"] = "localhost",
            ["gather_facts"] = false,
            ["vars_files"] = new JsonArray(varsFiles.Select(file => (JsonNode?)JsonValue.Create(file)).ToArray()),
            ["vars"] = JsonSerializer.SerializeToNode(playVars),
            ["tasks"] = new JsonArray(new JsonObject
            {
                ["name"] = "render",
                ["ansible.builtin.template"] = new JsonObject { ["src"] = "{{ item.src }}", ["dest"] = "{{ item.dest }}" },
                ["loop"] = "{{ iactest_templates }}",
                ["loop_control"] = new JsonObject { ["label"] = "{{ item.src }}" },
                ["ignore_errors"] = true,
            }),
        };
        return new JsonArray(play).ToJsonString();
    }

    private static List<JsonNode?>? ResultsOf(string stdout)
    {
        try
        {
            var root = JsonNode.Parse(stdout);
            var hosts = root?["plays"]?[0]?["tasks"]?[0]?["hosts"]?.AsObject();
            var localhost = hosts?.FirstOrDefault().Value;
            return localhost?["results"]?.AsArray().ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<int?> LocateAsync(string template, string message, string extraFile, string workDirectory, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(template, cancellationToken).ConfigureAwait(false);
        if (TemplateLineLocator.FromMessage(text, message) is { } line)
        {
            return line;
        }

        var script = Path.Combine(workDirectory, "locate.py");
        await OwnedTempFolders.WriteOwnerOnlyAsync(script, TemplateLineLocator.Script, cancellationToken).ConfigureAwait(false);
        try
        {
            var run = await ProcessRunner.RunAsync(AnsibleTools.Python, [script, template, extraFile], workDirectory, AnsibleProcessEnvironment.Create(workDirectory), Timeout, cancellationToken).ConfigureAwait(false);
            return int.TryParse(run.Stdout.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var found) && found > 0 ? found : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
