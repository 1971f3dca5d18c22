using IacTest.Lint.Classification;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Ansible.Data;
using IacTest.Lint.Families.Ansible.Jinja;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Text;

namespace IacTest.Lint.Tests.Ansible;

/// <summary>The task model, free-form parsing and the Jinja checker.</summary>
public sealed class AnsibleModelTests
{
    private static AnsibleContent Content(string text, FileKind kind = FileKind.AnsiblePlaybook) =>
        AnsibleContent.Of(new LintFile(SourceText.FromText("site.yml", text), kind));

    [Fact]
    public void Tasks_of_plays_blocks_and_handlers_are_listed_in_order_with_their_actions()
    {
        // Given
        const string text = "- name: Play\n  hosts: all\n  tasks:\n    - name: Block\n      block:\n        - name: Inner\n          copy: src=a dest=b\n"
            + "      rescue:\n        - name: Rescue\n          ansible.builtin.command: ls -l\n          args:\n            chdir: /tmp\n"
            + "  handlers:\n    - name: Handler\n      local_action: ansible.builtin.debug msg=hi\n";

        // When
        var tasks = Content(text).Tasks;

        // Then
        tasks.Select(t => (t.Line, t.Action, t.Section)).ShouldBe([
            (4, "block/always/rescue", TaskSection.Tasks), (6, "copy", TaskSection.Tasks),
            (9, "ansible.builtin.command", TaskSection.Tasks), (14, "ansible.builtin.debug", TaskSection.Handlers)]);
        tasks[1].ArgumentText("dest").ShouldBe("b");
        tasks[2].Module.ShouldBe("command");
        tasks[2].RawParams.ShouldBe("ls -l");
        tasks[2].ArgumentText("chdir").ShouldBe("/tmp");
        tasks[3].ArgumentText("msg").ShouldBe("hi");
    }

    [Fact]
    public void Free_form_keeps_quoted_and_templated_words_whole()
    {
        var parsed = FreeFormArguments.Parse("creates=/tmp/x echo \"a b\" {{ c d }} chdir=/srv", checkRaw: true);

        parsed.Arguments.Select(a => (a.Key, a.Value)).ShouldBe([("creates", "/tmp/x"), ("chdir", "/srv")]);
        parsed.RawParams.ShouldBe("echo \"a b\" {{ c d }}");
    }

    [Theory]
    [InlineData("{{ foo }}", false, null)]
    [InlineData("{{foo}}", false, "spacing")]
    [InlineData("{{ foo|default('x') }}", false, "spacing")]
    [InlineData("{{ foo | default('x') }}", false, null)]
    [InlineData("{{ x ~ y }}", false, null)]
    [InlineData("{{ foo( }}", false, "invalid")]
    [InlineData("{{ foo }", false, "invalid")]
    [InlineData("{% iff x %}y{% endif %}", false, "invalid")]
    [InlineData("{% if x %}y{% endif %}", false, null)]
    [InlineData("{{ enabled }}", true, "spacing")]
    [InlineData("x is defined and y", true, null)]
    public void Jinja_is_checked_for_validity_and_spacing(string value, bool implicitTemplate, string? subId)
    {
        JinjaChecker.Check(value, implicitTemplate)?.SubId.ShouldBe(subId);
        if (subId is null)
        {
            JinjaChecker.Check(value, implicitTemplate).ShouldBeNull();
        }
    }

    [Theory]
    [InlineData("roles/web/tasks/main.yml", FileKind.AnsibleTasks)]
    [InlineData("roles/web/handlers/main.yml", FileKind.AnsibleHandlers)]
    [InlineData("roles/web/meta/main.yml", FileKind.AnsibleMeta)]
    [InlineData("roles/web/meta/argument_specs.yml", FileKind.AnsibleArgumentSpecs)]
    [InlineData("inventory/group_vars/all.yml", FileKind.AnsibleVars)]
    [InlineData("inventory/hosts.yml", FileKind.AnsibleInventory)]
    [InlineData("playbooks/site.yml", FileKind.AnsiblePlaybook)]
    [InlineData("roles/web/templates/app.yml", FileKind.Yaml)]
    [InlineData("roles/web/defaults/main.yml", FileKind.AnsibleVars)]
    [InlineData("host_vars/web1.yml", FileKind.AnsibleVars)]
    [InlineData("repo/.yamllint", FileKind.Yaml)]
    [InlineData("/srv/repo/roles/web/tasks/main.yml", FileKind.AnsibleTasks)]
    [InlineData("/srv/repo/./roles/web/handlers/../handlers/main.yml", FileKind.AnsibleHandlers)]
    public void Kinds_follow_ansible_lint_path_patterns(string path, FileKind kind)
    {
        AnsibleKinds.FromPath(path).ShouldBe(kind);
    }

    [Theory]
    [InlineData("**/tasks/**/*.{yaml,yml}", new[] { "/tasks/" })]
    [InlineData("**/{host_vars,group_vars,vars,defaults}/**/*.{yaml,yml}", new[] { "host_vars", "group_vars", "vars", "defaults" })]
    [InlineData("**/{.ansible-lint,.yamllint}", new[] { ".ansible-lint", ".yamllint" })]
    [InlineData("**/*.j2", new[] { ".j2" })]
    public void A_pattern_runs_only_on_paths_holding_text_it_requires(string glob, string[] anyOf)
    {
        AnsibleKinds.RequiredText(glob).ShouldBe(anyOf);
    }
}
