using System.Text.Json;
using System.Text.Json.Nodes;
using IacTest.Harness.Ansible;
using IacTest.Harness.Reaping;

namespace IacTest.Harness.Rendering;

/// <summary>
/// Writes what one rendering run of <c>ansible-playbook</c> needs: the play, and for a role a rendering copy of
/// it whose <c>tasks/</c> holds one more tasks file. The copy links every other folder of the role, so Ansible
/// loads the role's defaults, vars, templates and plugins itself, at its own precedence, and leaves out
/// <c>meta/</c> (dependencies would run) and <c>handlers/</c>.
/// </summary>
internal static class RenderPlay
{
    /// <summary>The name of the task that renders; results are found by it.</summary>
    public const string RenderTaskName = "iactest render";

    /// <summary>The name of the task that lists the defined variables after rendering.</summary>
    public const string DefinedTaskName = "iactest defined variables";

    private const string TasksFile = "iactest_render";

    /// <summary>The play (JSON, which is YAML) rendering <c>iactest_templates</c>, in a role copy when one is given.</summary>
    public static string Playbook(string? roleCopy)
    {
        var play = new JsonObject
        {
            ["name"] = "render templates",
            ["hosts"] = "localhost",
            // Facts come from the facts preset (a fact cache), never from this machine.
            ["gather_facts"] = false,
            ["tasks"] = roleCopy is null
                ? JsonSerializer.SerializeToNode(RenderTasks())
                : new JsonArray(new JsonObject
                {
                    ["ansible.builtin.import_role"] = new JsonObject { ["name"] = roleCopy, ["tasks_from"] = TasksFile },
                }),
        };
        return new JsonArray(play).ToJsonString();
    }

    /// <summary>Writes the rendering copy of <paramref name="role"/> under <paramref name="root"/>; returns its folder.</summary>
    public static string WriteRoleCopy(AnsibleRole role, string root, IReadOnlyList<object?> variableTasks)
    {
        // Same folder name as the role, so role_name stays the role's own.
        var copy = Path.Combine(root, "roles", role.Name);
        var tasks = Path.Combine(copy, "tasks");
        Directory.CreateDirectory(tasks);
        foreach (var entry in Directory.EnumerateFileSystemEntries(role.Directory))
        {
            var name = Path.GetFileName(entry);
            if (name is not ("tasks" or "meta" or "handlers"))
            {
                Link(Path.Combine(copy, name), entry);
            }
        }

        var roleTasks = Path.Combine(role.Directory, "tasks");
        if (Directory.Exists(roleTasks))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(roleTasks))
            {
                Link(Path.Combine(tasks, Path.GetFileName(entry)), entry);
            }
        }

        var taskList = variableTasks.Concat(RenderTasks()).ToList();
        OwnedTempFolders.WriteOwnerOnly(Path.Combine(tasks, TasksFile + ".yml"), JsonSerializer.Serialize(taskList));
        return copy;
    }

    private static List<object?> RenderTasks() =>
    [
        new Dictionary<string, object?>
        {
            ["name"] = RenderTaskName,
            ["ansible.builtin.template"] = new Dictionary<string, object?> { ["src"] = "{{ iactest_template.src }}", ["dest"] = "{{ iactest_template.dest }}" },
            ["loop"] = "{{ iactest_templates }}",
            // Not `item`: a template written for a loop reads the `item` the test gives.
            ["loop_control"] = new Dictionary<string, object?> { ["loop_var"] = "iactest_template", ["label"] = "{{ iactest_template.src }}" },
            ["ignore_errors"] = true,
        },
        new Dictionary<string, object?>
        {
            ["name"] = DefinedTaskName,
            ["ansible.builtin.debug"] = new Dictionary<string, object?> { ["msg"] = "{{ query('ansible.builtin.varnames', '.+') }}" },
        },
    ];

    private static void Link(string path, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }
    }
}
