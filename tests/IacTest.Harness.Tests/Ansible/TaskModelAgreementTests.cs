using System.Text.Json;
using IacTest.Harness.Ansible;
using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Text;
using HarnessTask = IacTest.Harness.Ansible.AnsibleTask;
using LintTask = IacTest.Lint.Families.Ansible.Model.AnsibleTask;

namespace IacTest.Harness.Tests.Ansible;

/// <summary>
/// The harness and the linter read every shape of task as ansible-core does: module, arguments, keywords and block
/// nesting, field by field, against ansible-core's own reading (<c>TaskShapes/generate-expected.py</c>).
/// </summary>
public sealed class TaskModelAgreementTests
{
    private static readonly string Shapes = Path.Combine(AppContext.BaseDirectory, "Ansible", "TaskShapes");
    private static readonly string RoleFolder = Path.Combine(Shapes, "proxy");

    [Theory]
    [InlineData("tasks/main.yml")]
    [InlineData("tasks/hardening.yml")]
    [InlineData("tasks/logging.yml")]
    [InlineData("handlers/main.yml")]
    public void Harness_linter_and_ansible_core_agree_on_every_task_field(string file)
    {
        // Given a role whose tasks use every form ansible-core accepts, and ansible-core's reading of each task
        var expected = Expected(file);
        var role = AnsibleRole.Load(RoleFolder);

        // When the harness loads the role (includes followed) and the linter reads the file
        var harness = HarnessTasksOf(role, file).SelectMany(task => OwnTasks(task, 0)).ToList();
        var lintContent = LintContent(file);
        var lint = lintContent.Tasks;

        // Then
        role.Diagnostics.ShouldBeEmpty();
        lintContent.Problems.ShouldBeEmpty();
        harness.Count.ShouldBe(expected.Count);
        lint.Count.ShouldBe(expected.Count);
        var disagreements = new List<string>();
        for (var i = 0; i < expected.Count; i++)
        {
            disagreements.AddRange(Compare("harness", expected[i], HarnessView(harness[i].Task, harness[i].Depth)));
            disagreements.AddRange(Compare("lint", expected[i], LintView(lint[i])));
        }

        disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void A_task_with_two_modules_is_a_problem_with_ansible_cores_message_to_both_readers()
    {
        // Given a task naming two modules, which ansible-core refuses ("conflicting action statements")
        var folder = Directory.CreateTempSubdirectory("iactest-shapes-");
        try
        {
            var file = Path.Combine(folder.FullName, "main.yml");
            File.WriteAllText(file, "- name: Two modules\n  ansible.builtin.copy:\n    src: a\n  ansible.builtin.template:\n    src: b\n");
            var diagnostics = new List<IacTest.Harness.Modules.ModuleDiagnostic>();

            // When
            var harness = new TaskFileLoader(diagnostics, fallbackFolder: null).LoadFile(file).Single();
            var lint = AnsibleContent.Of(new LintFile(SourceText.FromText(file, File.ReadAllText(file)), FileKind.AnsibleTasks)).Tasks.Single();

            // Then
            lint.ActionProblem.ShouldBe("conflicting action statements: ansible.builtin.copy, ansible.builtin.template");
            harness.Action.ShouldBe(lint.Action);
            harness.Action.ShouldBe("ansible.builtin.copy");
            diagnostics.Select(d => (d.Location.Line, d.Message)).ShouldBe([(1, lint.ActionProblem!)]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Keywords_a_merge_key_brings_in_are_the_tasks_own_to_both_readers()
    {
        // Given a task taking its loop and become from an anchored mapping, as ansible-core's loader merges them
        var folder = Directory.CreateTempSubdirectory("iactest-shapes-");
        try
        {
            var file = Path.Combine(folder.FullName, "main.yml");
            File.WriteAllText(file, """
                - name: Create the service users
                  ansible.builtin.user: &user_defaults
                    shell: /usr/sbin/nologin
                    system: true
                  loop: &service_users [web, worker]
                  become: true
                - name: Create their home folders
                  <<: &privileged
                    become: true
                    loop: *service_users
                  ansible.builtin.file:
                    path: /srv/{{ item }}
                    state: directory
                - <<: *privileged
                  name: Lock their passwords
                  ansible.builtin.user:
                    <<: *user_defaults
                    name: "{{ item }}"
                    password_lock: true
                """);
            var diagnostics = new List<IacTest.Harness.Modules.ModuleDiagnostic>();

            // When
            var harness = new TaskFileLoader(diagnostics, fallbackFolder: null).LoadFile(file)[2];
            var lint = AnsibleContent.Of(new LintFile(SourceText.FromText(file, File.ReadAllText(file)), FileKind.AnsibleTasks)).Tasks[2];

            // Then
            diagnostics.ShouldBeEmpty();
            (harness.Become, lint.Become).ShouldBe((true, true));
            harness.Loop.ShouldNotBeNull().Items.Select(item => item.Text).ShouldBe(["web", "worker"]);
            lint.LoopKeyword.ShouldBe("loop");
            (harness.Argument("shell"), lint.ArgumentText("shell")).ShouldBe(("/usr/sbin/nologin", "/usr/sbin/nologin"));
            (harness.Argument("password_lock"), lint.ArgumentText("password_lock")).ShouldBe(("true", "true"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IReadOnlyList<HarnessTask> HarnessTasksOf(AnsibleRole role, string file) => file switch
    {
        "tasks/main.yml" => role.Tasks,
        "handlers/main.yml" => role.Handlers,
        // The included files are reached through the includes of tasks/main.yml, as the harness follows them.
        _ => role.AllTasks.Single(task => task.IncludeFile == Path.GetFileName(file)).Included,
    };

    private static IEnumerable<(HarnessTask Task, int Depth)> OwnTasks(HarnessTask task, int depth) =>
        new[] { (task, depth) }.Concat(task.Block.Concat(task.Rescue).Concat(task.Always).SelectMany(child => OwnTasks(child, depth + 1)));

    private static AnsibleContent LintContent(string file)
    {
        var path = Path.Combine(RoleFolder, file);
        var kind = file.StartsWith("handlers/", StringComparison.Ordinal) ? FileKind.AnsibleHandlers : FileKind.AnsibleTasks;
        return AnsibleContent.Of(new LintFile(SourceText.FromText(path, File.ReadAllText(path)), kind));
    }

    private static TaskView HarnessView(HarnessTask task, int depth) => new(
        task.Location.Line,
        depth,
        task.Name,
        task.Action,
        key => task.Argument(key),
        null,
        task.Tags,
        task.When,
        task.Notify,
        task.Loop is not null,
        task.Become);

    private static TaskView LintView(LintTask task)
    {
        var depth = 0;
        for (var parent = task.Parent; parent is not null; parent = parent.Parent)
        {
            depth++;
        }

        var keys = task.Arguments.Keys.Concat(task.RawParams is null ? [] : ["_raw_params"]).ToHashSet(StringComparer.Ordinal);
        return new TaskView(
            task.Line,
            depth,
            task.Name,
            task.IsBlock ? "block" : task.Action ?? "(none)",
            key => key == "_raw_params" ? task.RawParams : task.ArgumentText(key),
            keys,
            task.Tags,
            task.Conditions.Count == 0 ? null : string.Join(" and ", task.Conditions),
            task.Notify,
            task.Loop is not null,
            task.Become);
    }

    private static IEnumerable<string> Compare(string reader, ExpectedTask expected, TaskView actual)
    {
        var where = $"{reader}, line {expected.Line}";
        if (actual.Line != expected.Line || actual.Depth != expected.Depth)
        {
            yield return $"{where}: at line {actual.Line}, depth {actual.Depth}; ansible-core: depth {expected.Depth}";
        }

        if (actual.Name != expected.Name)
        {
            yield return $"{where}: name '{actual.Name}'; ansible-core: '{expected.Name}'";
        }

        if (actual.Action != expected.Action)
        {
            yield return $"{where}: action '{actual.Action}'; ansible-core: '{expected.Action}'";
        }

        if (actual.ArgumentNames is { } names && !names.SetEquals(expected.Arguments.Keys))
        {
            yield return $"{where}: arguments [{string.Join(", ", names.Order())}]; ansible-core: [{string.Join(", ", expected.Arguments.Keys.Order())}]";
        }

        foreach (var (key, value) in expected.Arguments)
        {
            var text = actual.Argument(key);
            // A list or mapping is compared by presence (the names above); the raw parameter by its words
            // (ansible-core keeps the spacing of the text, the task model joins the words with one space).
            var same = value is null || (key == "_raw_params" ? Words(text) == Words(value) : text == value);
            if (!same)
            {
                yield return $"{where}: argument {key} '{text}'; ansible-core: '{value}'";
            }
        }

        if (!actual.Tags.SequenceEqual(expected.Tags) || !actual.Notify.SequenceEqual(expected.Notify))
        {
            yield return $"{where}: tags [{string.Join(", ", actual.Tags)}], notify [{string.Join(", ", actual.Notify)}]; ansible-core: [{string.Join(", ", expected.Tags)}], [{string.Join(", ", expected.Notify)}]";
        }

        var when = expected.When.Count == 0 ? null : string.Join(" and ", expected.When);
        if (actual.When != when)
        {
            yield return $"{where}: when '{actual.When}'; ansible-core: '{when}'";
        }

        if (actual.HasLoop != expected.HasLoop || actual.Become != expected.Become)
        {
            yield return $"{where}: loop {actual.HasLoop}, become {actual.Become}; ansible-core: {expected.HasLoop}, {expected.Become}";
        }
    }

    private static string? Words(string? text) => text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<ExpectedTask> Expected(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shapes, "ansible-core.expected.json")));
        return document.RootElement.GetProperty(file).EnumerateArray().Select(task => new ExpectedTask(
            task.GetProperty("line").GetInt32(),
            task.GetProperty("depth").GetInt32(),
            task.GetProperty("name").GetString(),
            task.GetProperty("action").GetString()!,
            task.GetProperty("arguments").EnumerateObject().ToDictionary(argument => argument.Name, argument => argument.Value.GetString()),
            Strings(task.GetProperty("tags")),
            Strings(task.GetProperty("when")),
            Strings(task.GetProperty("notify")),
            task.GetProperty("loop").ValueKind != JsonValueKind.Null,
            task.GetProperty("become").ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null })).ToList();

        static List<string> Strings(JsonElement list) => list.EnumerateArray().Select(item => item.GetString()!).ToList();
    }

    private sealed record ExpectedTask(
        int Line, int Depth, string? Name, string Action, Dictionary<string, string?> Arguments,
        List<string> Tags, List<string> When, List<string> Notify, bool HasLoop, bool? Become);

    /// <summary>One reader's view of a task; <paramref name="ArgumentNames"/> is null when the reader cannot list them.</summary>
    private sealed record TaskView(
        int Line, int Depth, string? Name, string Action, Func<string, string?> Argument, HashSet<string>? ArgumentNames,
        IReadOnlyList<string> Tags, string? When, IReadOnlyList<string> Notify, bool HasLoop, bool? Become);
}
