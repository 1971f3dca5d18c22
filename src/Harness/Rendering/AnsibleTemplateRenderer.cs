using System.Globalization;
using System.Text.Json;
using IacTest.Harness.Ansible;
using IacTest.Harness.Reaping;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Rendering;

/// <summary>
/// Renders templates with the real Ansible: one <c>ansible-playbook</c> run on localhost (connection local, no
/// facts gathered, no network) applies the <c>template</c> module to each template into a private temp folder.
/// A role's templates render inside the role, so Ansible loads its defaults and vars itself; with
/// <see cref="Facts"/> the role's <c>include_vars</c>/<c>set_fact</c> tasks run first. The variables given here
/// are extra vars (they win over everything). A result is only ok when every variable the template reads was
/// defined (see <see cref="OptionalVariables"/>).
/// </summary>
public sealed class AnsibleTemplateRenderer
{
    /// <summary>How long one Ansible run may take before it is killed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Render "as on" this platform, e.g. <see cref="PlatformFacts.Debian12"/>: its facts are the host's facts, and
    /// the role's variable tasks (<c>include_vars: "{{ ansible_os_family }}.yml"</c>, <c>set_fact</c> from
    /// <c>__name</c> values) run before rendering. Null (the default): no facts, only defaults and <c>vars/main</c>.
    /// </summary>
    public PlatformFacts? Facts { get; init; }

    /// <summary>Inventory variables of the host (group <c>all</c>): above role defaults, below facts and role vars.</summary>
    public IReadOnlyDictionary<string, object?>? InventoryVariables { get; init; }

    /// <summary>Variables a test states are meant to be absent; a template may read them undefined and still be ok.</summary>
    public IReadOnlyCollection<string> OptionalVariables { get; init; } = [];

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
        return RenderCoreAsync(files, role, variables, cancellationToken);
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

        var results = await RenderCoreAsync([(templatePath, full)], null, variables, cancellationToken).ConfigureAwait(false);
        return results[0].EnsureText();
    }

    private async Task<IReadOnlyList<RenderedTemplate>> RenderCoreAsync(
        IReadOnlyList<(string Name, string FullPath)> templates,
        AnsibleRole? role,
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
        var roleCopy = role is null ? null : RenderPlay.WriteRoleCopy(role, workspace.Root, Facts is null ? [] : RoleVariableTasks.Of(role));
        var playbookFile = await workspace.WriteFileAsync("render.yml", RenderPlay.Playbook(roleCopy), cancellationToken).ConfigureAwait(false);
        var setup = await RenderHostSetup.WriteAsync(workspace, Facts, InventoryVariables, cancellationToken).ConfigureAwait(false);

        var run = await ProcessRunner.RunAsync(
            AnsibleTools.AnsiblePlaybook,
            ["-i", setup.Inventory, "-c", "local", "-e", "@" + extraFile, playbookFile],
            workspace.Root,
            setup.Environment,
            Timeout,
            cancellationToken).ConfigureAwait(false);
        var output = SecretMasker.Shared.Mask($"exit code {run.ExitCode}\n--- stdout ---\n{run.Stdout}\n--- stderr ---\n{run.Stderr}");
        var report = RenderRunOutput.Parse(run.Stdout);
        if (report?.TemplateResults is not { } results)
        {
            // The role's variable tasks failed before anything rendered: every template gets that cause.
            return report?.FailedTask is var (task, failure)
                ? templates.Select(t => new RenderedTemplate(t.Name, null, new TemplateRenderException(t.FullPath, null, $"the role's task '{task}' failed before rendering: {failure.Replace(roleCopy!, role!.Directory, StringComparison.Ordinal)}", output))).ToList()
                : throw new InvalidOperationException($"ansible-playbook did not render the templates ({string.Join(", ", templates.Select(t => t.Name))}):\n{output}");
        }

        var rendered = new List<RenderedTemplate>();
        for (var i = 0; i < templates.Count; i++)
        {
            var result = i < results.Count ? results[i] : null;
            if (result?["failed"]?.GetValue<bool>() == true || !File.Exists(outputs[i]))
            {
                var message = result?["msg"]?.ToString() ?? "the template module did not run";
                var line = await LocateAsync(templates[i].FullPath, message, extraFile, workspace.Root, cancellationToken).ConfigureAwait(false);
                var undefined = TemplateLineLocator.UndefinedExpression(await File.ReadAllTextAsync(templates[i].FullPath, cancellationToken).ConfigureAwait(false), message);
                rendered.Add(new RenderedTemplate(templates[i].Name, null, new TemplateRenderException(templates[i].FullPath, line ?? undefined?.Line, message, output) { UndefinedVariable = undefined?.Name }));
                continue;
            }

            rendered.Add(new RenderedTemplate(templates[i].Name, await File.ReadAllTextAsync(outputs[i], cancellationToken).ConfigureAwait(false), null));
        }

        return await UndefinedReadsCheck.ApplyAsync(rendered, templates, report.DefinedNames.Concat(OptionalVariables).ToHashSet(StringComparer.Ordinal), workspace.Root, output, Timeout, cancellationToken).ConfigureAwait(false);
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
