using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Data;
using IacTest.Lint.Files;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>
/// The Ansible view of one file: its plays and every task (blocks and their <c>block</c>/<c>rescue</c>/<c>always</c>
/// tasks, handlers, pre/post tasks) in document order, built once per file and shared by all rules.
/// </summary>
internal sealed class AnsibleContent
{
    private static readonly object ViewKey = new();
    private static readonly string[] PlayTaskSections = ["pre_tasks", "tasks", "post_tasks", "handlers"];

    private AnsibleContent(LintFile file)
    {
        File = file;
        var root = file.Documents.Count > 0 ? file.Documents[0].Root : null;
        switch (file.Kind)
        {
            case FileKind.AnsiblePlaybook:
                ReadPlaybook(root);
                break;
            case FileKind.AnsibleTasks:
                ReadTaskList(root, TaskSection.Tasks, "tasks");
                break;
            case FileKind.AnsibleHandlers:
                ReadTaskList(root, TaskSection.Handlers, "tasks");
                break;
        }
    }

    /// <summary>The file.</summary>
    public LintFile File { get; }

    /// <summary>The plays (playbooks only), in order.</summary>
    public List<AnsiblePlay> Plays { get; } = [];

    /// <summary>Every task, block and handler, in document order.</summary>
    public List<AnsibleTask> Tasks { get; } = [];

    /// <summary>Structural problems met while reading.</summary>
    public List<AnsibleProblem> Problems { get; } = [];

    /// <summary>The role the file belongs to (<c>roles/NAME/…</c>), or null.</summary>
    public string? Role => AnsibleKinds.RoleOf(File.Path);

    /// <summary>The content of a file, computed once.</summary>
    public static AnsibleContent Of(LintFile file) => file.View(ViewKey, static f => new AnsibleContent(f));

    private void ReadPlaybook(YNode? root)
    {
        if (root is null)
        {
            return;
        }

        if (root is not YSequence plays)
        {
            Problems.Add(new AnsibleProblem(root.Start, "playbook", "a playbook must be a list of plays"));
            return;
        }

        foreach (var item in plays.Items)
        {
            if (item is not YMapping play)
            {
                Problems.Add(new AnsibleProblem(item.Start, "playbook", "a play must be a mapping"));
                continue;
            }

            var model = new AnsiblePlay(play);
            Plays.Add(model);
            if (model.IsImport)
            {
                continue;
            }

            foreach (var section in PlayTaskSections)
            {
                if (play.Find(section) is { } pair && !(pair.Value is YScalar { IsNull: true }))
                {
                    ReadTaskList(pair.Value, section == "handlers" ? TaskSection.Handlers : TaskSection.Tasks, "playbook");
                }
            }
        }
    }

    private void ReadTaskList(YNode? node, TaskSection section, string schema) =>
        Tasks.AddRange(AnsibleTaskReader.Flatten(AnsibleTaskReader.Read(node, section, Problems, schema)));

    /// <summary>The last line holding text of a node (a block mapping's end mark is already on the next line).</summary>
    internal static int LastLine(YNode node)
    {
        var last = node.Start.Line;
        foreach (var descendant in node.DescendantsAndSelf())
        {
            if (descendant is YScalar or YAlias)
            {
                var end = descendant.End;
                var line = end.Column <= 1 && end.Line > descendant.Start.Line ? end.Line - 1 : end.Line;
                last = Math.Max(last, line);
            }
            else if (descendant is YMapping { IsFlow: true } or YSequence { IsFlow: true })
            {
                last = Math.Max(last, descendant.End.Line);
            }
        }

        return last;
    }
}
