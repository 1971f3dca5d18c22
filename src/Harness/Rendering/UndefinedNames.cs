using System.Text.Json;
using IacTest.Harness.Ansible;
using IacTest.Harness.Reaping;

namespace IacTest.Harness.Rendering;

/// <summary>
/// Finds the variables a template reads that were defined nowhere in the run that rendered it. Ansible renders
/// <c>{% if item.server_name is defined %}</c> or <c>{{ x | default('') }}</c> without complaint when the
/// variable is missing altogether, so a test would see "ok" for a configuration nobody described; a rendering is
/// only ok when every name it reads was defined. Names are found by Ansible's own Jinja environment (the Python
/// that runs <c>ansible-playbook</c>), so Ansible's filters, tests and globals are known.
/// </summary>
internal static class UndefinedNames
{
    /// <summary>The Python program: reads a request file, prints <c>{template path: [undefined names]}</c>.</summary>
    public const string Script = """
        import json, sys
        from jinja2 import meta
        from ansible.template import AnsibleEnvironment
        request = json.load(open(sys.argv[1], encoding="utf-8"))
        defined = set(request["defined"])
        environment = AnsibleEnvironment(trim_blocks=True, keep_trailing_newline=True)
        # Set by the template module itself while it renders, not variables of the play.
        provided = {"ansible_managed", "template_host", "template_path", "template_fullpath", "template_destpath", "template_uid", "template_run_date"}
        result = {}
        for path in request["templates"]:
            names = meta.find_undeclared_variables(environment.parse(open(path, encoding="utf-8").read()))
            result[path] = sorted(name for name in names if name not in defined and name not in provided and name not in environment.globals)
        print(json.dumps(result))
        """;

    /// <summary>For each template path, the names it reads that are not in <paramref name="defined"/>.</summary>
    /// <exception cref="InvalidOperationException">When Ansible's Python cannot tell.</exception>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindAsync(
        IReadOnlyList<string> templates, IReadOnlyCollection<string> defined, string workDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (templates.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        var script = Path.Combine(workDirectory, "undefined.py");
        var request = Path.Combine(workDirectory, "undefined-request.json");
        await OwnedTempFolders.WriteOwnerOnlyAsync(script, Script, cancellationToken).ConfigureAwait(false);
        await OwnedTempFolders.WriteOwnerOnlyAsync(request, JsonSerializer.Serialize(new { templates, defined }), cancellationToken).ConfigureAwait(false);
        var run = await ProcessRunner.RunAsync(AnsibleTools.Python, [script, request], workDirectory, AnsibleProcessEnvironment.Create(workDirectory), timeout, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, List<string>>>(run.Stdout)!
                .ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"Ansible's Jinja environment could not list the variables of the templates (exit code {run.ExitCode}):\n{run.Stderr}");
        }
    }
}
