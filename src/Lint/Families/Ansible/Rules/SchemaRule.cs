using System.Text.RegularExpressions;
using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>
/// ansible-lint's <c>schema</c>: structure checks of playbooks, task files, role meta, vars files and galaxy.yml.
/// Findings that ansible-lint's JSON-schema validation places on line 1 are placed there too; structural problems
/// (a play that is not a mapping, tasks that are not a list) are placed where they are.
/// </summary>
internal sealed partial class SchemaRule : AnsibleRule
{
    private static readonly Lazy<(Dictionary<string, string> GalaxyInfo, string[] GalaxyRequired)> Schema = new(Load);
    private static readonly string[] StandaloneRequired = ["author", "description", "license", "min_ansible_version"];

    /// <inheritdoc />
    public override string Code => "IAC0233";

    /// <inheritdoc />
    public override string Name => "schema";

    /// <inheritdoc />
    public override string Title => "Perform JSON Schema Validation for known lintable kinds";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["core"];

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["playbook", "tasks", "meta", "vars", "galaxy"];

    /// <inheritdoc />
    public override string Description =>
        "Ansible files have a shape: a playbook is a list of plays, `tasks` is a list of task mappings, loops over a "
        + "string must be a template, a role's `galaxy_info` has known keys of known types, variable names are "
        + "identifiers, and galaxy.yml has its required keys. The sub-id names the kind of file.";

    /// <inheritdoc />
    public override string BadExample => "- name: Play\n  hosts: all\n  tasks:\n    name: Not a list\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Play\n  hosts: all\n  tasks:\n    - name: A task\n      ansible.builtin.debug:\n        msg: hi\n";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => base.AppliesTo(kind) || kind is FileKind.AnsibleMeta or FileKind.AnsibleVars or FileKind.AnsibleGalaxy;

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        var root = context.File.Documents.Count > 0 ? context.File.Documents[0].Root : null;
        switch (context.File.Kind)
        {
            case FileKind.AnsibleMeta:
                CheckMeta(context, root as YMapping);
                return;
            case FileKind.AnsibleVars:
                CheckVars(context, root as YMapping);
                return;
            case FileKind.AnsibleGalaxy:
                if (root is YMapping galaxy)
                {
                    foreach (var key in Schema.Value.GalaxyRequired.Where(k => !galaxy.ContainsKey(k)))
                    {
                        context.Report(1, 1, $"'{key}' is a required property", "galaxy");
                    }
                }

                return;
        }

        var subId = context.File.Kind == FileKind.AnsiblePlaybook ? "playbook" : "tasks";
        foreach (var problem in content.Problems)
        {
            context.Report(problem.Position, problem.Message, subId);
        }

        foreach (var task in content.Tasks)
        {
            foreach (var pair in task.Pairs)
            {
                if (pair.KeyText is { } key && key.StartsWith("with_", StringComparison.Ordinal) && pair.Value is YScalar { IsNull: false } loop
                    && !JinjaOnlyRegex().IsMatch(loop.Value))
                {
                    context.Report(1, 1, $"'{loop.Value}' does not match '^\\{{[\\{{%](.|[\\r\\n])*[\\}}%]\\}}$'", subId);
                }
            }
        }
    }

    private static void CheckMeta(RuleContext context, YMapping? root)
    {
        if (root?["galaxy_info"] is not YMapping info)
        {
            return;
        }

        var known = Schema.Value.GalaxyInfo;
        if (!(info.GetScalar("standalone") is "false" or "False"))
        {
            foreach (var key in StandaloneRequired.Where(k => !info.ContainsKey(k)))
            {
                context.Report(1, 1, $"'{key}' is a required property", "meta");
            }
        }
        else if (!info.ContainsKey("description"))
        {
            context.Report(1, 1, "'description' is a required property", "meta");
        }

        foreach (var pair in info.Pairs)
        {
            if (pair.KeyText is not { } key)
            {
                continue;
            }

            if (!known.TryGetValue(key, out var type))
            {
                context.Report(1, 1, $"Additional properties are not allowed ('{key}' was unexpected)", "meta");
            }
            else if (type == "string" && pair.Value is YScalar { IsPlain: true } scalar && !scalar.IsNull && IsNonString(scalar.Value))
            {
                context.Report(1, 1, $"{scalar.Value} is not of type 'string'", "meta");
            }
        }
    }

    private static void CheckVars(RuleContext context, YMapping? root)
    {
        if (root is null)
        {
            return;
        }

        foreach (var key in root.Pairs.Select(p => p.KeyText).OfType<string>())
        {
            if (!VarNameRegex().IsMatch(key))
            {
                context.Report(1, 1, $"'{key}' does not match any of the regexes", "vars");
            }
        }
    }

    private static bool IsNonString(string value) =>
        value is "true" or "false" or "True" or "False" || double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static (Dictionary<string, string>, string[]) Load()
    {
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        var required = new List<string>();
        foreach (var line in EmbeddedData.ReadText("Ansible/schema.tsv").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.TrimEnd('\r').Split('\t');
            if (parts.Length < 3)
            {
                continue;
            }

            if (parts[0] == "meta.galaxy_info")
            {
                info[parts[1]] = parts[2];
            }
            else if (parts[0] == "galaxy.required")
            {
                required.Add(parts[1]);
            }
        }

        return (info, required.ToArray());
    }

    [GeneratedRegex(@"^\{[\{%](.|[\r\n])*[\}%]\}$")]
    private static partial Regex JinjaOnlyRegex();

    [GeneratedRegex(@"^(?!(False|None|True|and|any_errors_fatal|as|assert|async|await|become|become_exe|become_flags|become_method|become_user|break|check_mode|class|collections|connection|continue|debugger|def|del|diff|elif|else|environment|except|fact_path|finally|for|force_handlers|from|gather_facts|gather_subset|gather_timeout|global|handlers|hosts|if|ignore_errors|ignore_unreachable|import|in|is|lambda|max_fail_percentage|module_defaults|name|no_log|nonlocal|not|or|order|pass|port|post_tasks|pre_tasks|raise|remote_user|return|roles|run_once|serial|strategy|tags|tasks|throttle|timeout|try|vars|vars_files|vars_prompt|while|with|yield)$)[\w]*$")]
    private static partial Regex VarNameRegex();
}
