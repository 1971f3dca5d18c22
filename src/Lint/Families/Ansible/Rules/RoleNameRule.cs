using System.Text.RegularExpressions;
using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>role-name</c>: role names of lowercase letters, digits and underscores; no paths.</summary>
internal sealed partial class RoleNameRule : AnsibleTaskRule
{
    private static readonly HashSet<string> RoleActions = ["include_role", "import_role", "ansible.legacy.include_role", "ansible.legacy.import_role"];

    /// <inheritdoc />
    public override string Code => "IAC0231";

    /// <inheritdoc />
    public override string Name => "role-name";

    /// <inheritdoc />
    public override string Title => "Role name does not match ^[a-z][a-z0-9_]*$ pattern";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["deprecations", "metadata"];

    /// <inheritdoc />
    public override string Description => "Collections only accept role names of lowercase letters, digits and underscores, starting with a letter (from `galaxy_info.role_name` of `meta/main.yml`, else the folder name, without an `ansible-role-` prefix). A role folder without `meta/main.yml` is reported on line 1 of its `tasks/main.yml` (or, without one, of its first task or handler file). `role-name[path]`: a role referenced by path instead of by name.";

    /// <inheritdoc />
    public override string BadExample => "- name: Site\n  hosts: all\n  roles:\n    - ../roles/Web-Server\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Site\n  hosts: all\n  roles:\n    - web_server\n";

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["path"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => base.AppliesTo(kind) || kind == FileKind.AnsibleMeta;

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        if (context.File.Kind == FileKind.AnsibleMeta)
        {
            var root = context.File.Documents.Count > 0 ? context.File.Documents[0].Root as YMapping : null;
            var name = (root?["galaxy_info"] as YMapping)?.GetScalar("role_name") ?? content.Role ?? string.Empty;
            name = name.StartsWith("ansible-role-", StringComparison.Ordinal) ? name["ansible-role-".Length..] : name;
            if (name.Length > 0 && !NameRegex().IsMatch(name))
            {
                context.Report(1, 1, $"Role name {name} does not match ``^[a-z][a-z0-9_]*$`` pattern.");
            }

            return;
        }

        if (context.File.Kind is FileKind.AnsibleTasks or FileKind.AnsibleHandlers)
        {
            CheckRoleFolder(context);
        }

        if (context.File.Kind == FileKind.AnsiblePlaybook)
        {
            foreach (var play in content.Plays)
            {
                if (play["roles"] is not YSequence roles)
                {
                    continue;
                }

                foreach (var role in roles.Items)
                {
                    var (name, line) = role switch
                    {
                        YScalar scalar => (scalar.Value, play.Line),
                        YMapping mapping => (mapping.GetScalar("role") ?? mapping.GetScalar("name") ?? string.Empty, mapping.Start.Line),
                        _ => (string.Empty, 0),
                    };
                    if (name.Contains('/'))
                    {
                        context.Report(line, 1, $"Avoid using paths when importing roles. ({name})", "path");
                    }
                }
            }
        }

        base.Check(context, content);
    }

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (RoleActions.Contains(task.Module!) && task.ArgumentText("name") is { } name && name.Contains('/'))
        {
            var line = task.ArgumentsOrEmpty["name"].Line;
            context.Report(task.ArgumentsOrEmpty["name"].Node is null ? task.Line : Math.Max(task.Line, (task.ActionPair?.Value as YMapping)?.Start.Line ?? task.Line), 1, $"Avoid using paths when importing roles. ({name})", "path");
            _ = line;
        }
    }

    /// <summary>
    /// ansible-lint also checks every folder under <c>roles/</c> holding a linted file, by its folder name when it has
    /// no <c>meta/main.yml</c>. A folder is not a file IacTest reports on, so the finding goes to the role's first
    /// task or handler file (<see cref="RoleFolders.AnchorFile"/>); with a <c>meta/main.yml</c> that file reports it.
    /// </summary>
    private static void CheckRoleFolder(RuleContext context)
    {
        if (RoleFolders.Of(context.File.Path) is not { } folder
            || File.Exists(Path.Combine(folder, "meta", "main.yml"))
            || RoleFolders.AnchorFile(folder) is not { } anchor
            || !string.Equals(Path.GetFullPath(anchor), Path.GetFullPath(context.File.Path), StringComparison.Ordinal))
        {
            return;
        }

        var name = Path.GetFileName(folder);
        name = name.StartsWith("ansible-role-", StringComparison.Ordinal) ? name["ansible-role-".Length..] : name;
        if (name.Length > 0 && !NameRegex().IsMatch(name))
        {
            context.Report(1, 1, $"Role name {name} does not match ``^[a-z][a-z0-9_]*$`` pattern.");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NameRegex();
}
