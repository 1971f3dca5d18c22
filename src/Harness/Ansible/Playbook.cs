using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>A playbook file: its plays with their roles and tasks (static includes followed), with positions.</summary>
public sealed class Playbook
{
    private Playbook(string path, IReadOnlyList<Play> plays, IReadOnlyList<ModuleDiagnostic> diagnostics)
    {
        Path = path;
        Plays = plays;
        Diagnostics = diagnostics;
    }

    /// <summary>The playbook file (full path).</summary>
    public string Path { get; }

    /// <summary>The plays in order.</summary>
    public IReadOnlyList<Play> Plays { get; }

    /// <summary>Problems met while loading, with positions.</summary>
    public IReadOnlyList<ModuleDiagnostic> Diagnostics { get; }

    /// <summary>Every task of every play (pre_tasks, tasks, post_tasks, handlers), flattened depth first.</summary>
    public IEnumerable<AnsibleTask> AllTasks => Plays
        .SelectMany(play => play.PreTasks.Concat(play.Tasks).Concat(play.PostTasks).Concat(play.Handlers))
        .SelectMany(task => task.SelfAndDescendants());

    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">When the file does not exist.</exception>
    public static Playbook Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The playbook '{full}' does not exist.", full);
        }

        var diagnostics = new List<ModuleDiagnostic>();
        var folder = System.IO.Path.GetDirectoryName(full)!;
        var loader = new TaskFileLoader(diagnostics, fallbackFolder: null);
        var plays = new List<Play>();
        var root = YamlFileLoader.LoadSingle(full, diagnostics);
        if (root is not null && root.Kind != ModuleNodeKind.Sequence)
        {
            diagnostics.Add(new ModuleDiagnostic(root.Location, "a playbook must be a sequence of plays"));
        }
        else if (root is not null)
        {
            foreach (var node in root.Items)
            {
                if (node.Kind != ModuleNodeKind.Mapping)
                {
                    diagnostics.Add(new ModuleDiagnostic(node.Location, "a play must be a mapping"));
                    continue;
                }

                plays.Add(new Play
                {
                    Name = node.GetText("name"),
                    Hosts = node["hosts"] is { Kind: ModuleNodeKind.Sequence } hostList
                        ? string.Join(",", hostList.Items.Select(item => item.Text))
                        : node.GetText("hosts"),
                    ImportPlaybook = node.GetText("import_playbook") ?? node.GetText("ansible.builtin.import_playbook"),
                    Vars = node["vars"],
                    Roles = node["roles"] is { Kind: ModuleNodeKind.Sequence } roles ? roles.Items.Select(RoleOf).OfType<PlayRole>().ToList() : [],
                    PreTasks = Tasks(node, "pre_tasks"),
                    Tasks = Tasks(node, "tasks"),
                    PostTasks = Tasks(node, "post_tasks"),
                    Handlers = Tasks(node, "handlers"),
                    Node = node,
                });
            }
        }

        return new Playbook(full, plays, diagnostics);

        IReadOnlyList<AnsibleTask> Tasks(ModuleNode play, string key) => play[key] is { } list ? loader.LoadList(list, folder) : [];

        PlayRole? RoleOf(ModuleNode entry)
        {
            var name = entry.Kind == ModuleNodeKind.Scalar ? entry.Text : entry.GetText("role") ?? entry.GetText("name");
            if (name is null)
            {
                diagnostics.Add(new ModuleDiagnostic(entry.Location, "a roles entry must name its role"));
                return null;
            }

            return new PlayRole(name, entry);
        }
    }
}
