using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Data;
using IacTest.Lint.Families.Ansible.Jinja;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Text;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Tests.Ansible;

/// <summary>
/// Details of how Ansible and ansible-lint 6.13.1 read content: merge keys, old noqa names, brackets inside Jinja tags.
/// The expected orders were printed by Ansible's own loader (ansible.parsing.yaml.loader.AnsibleLoader).
/// </summary>
public sealed class AnsibleLoaderFidelityTests
{
    private const string Anchors = "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\n";

    [Theory]
    [InlineData("m: {<<: *a, name: n}\n", "x=1 y=1 name=n")]
    [InlineData("m: {<<: [*a, *b], name: n}\n", "y=1 z=2 x=1 name=n")]
    [InlineData("m: {name: n, <<: *b, y: 3}\n", "y=3 z=2 name=n")]
    [InlineData("m: {name: n}\n", "name=n")]
    public void Merge_keys_expand_as_Ansible_loads_them(string mapping, string expected)
    {
        // Given
        var (documents, _) = YamlTree.Parse(Anchors + mapping);
        var node = (YMapping)((YMapping)documents[0].Root!)["m"]!;

        // When
        var pairs = MergeKeys.Expand(node);

        // Then
        string.Join(' ', pairs.Select(p => $"{p.KeyText}={((YScalar)p.Value).Value}")).ShouldBe(expected);
    }

    [Fact]
    public void A_task_sees_the_keywords_and_action_a_merge_brings()
    {
        // Given
        const string text = "- name: Play\n  hosts: all\n  tasks:\n    - name: Merged\n      <<: &privileged\n        become: true\n        changed_when: false\n      ansible.builtin.command: id\n";

        // When
        var task = AnsibleContent.Of(new LintFile(SourceText.FromText("site.yml", text), FileKind.AnsiblePlaybook)).Tasks.Single();

        // Then
        task.ActionProblem.ShouldBeNull();
        task.Module.ShouldBe("command");
        task.Has("changed_when").ShouldBeTrue();
        task.Keys.ShouldBe(["become", "changed_when", "name", "ansible.builtin.command"]);
    }

    [Fact]
    public void A_handler_that_listens_before_naming_its_module_runs_that_module()
    {
        // Given a handler whose listen (a handler keyword, not a task's) comes before its module, as ansible-core accepts
        const string text = "- name: Play\n  hosts: all\n  handlers:\n    - name: Restart nginx\n      listen: web config changed\n"
            + "      ansible.builtin.service:\n        name: nginx\n        state: restarted\n";

        // When
        var handler = AnsibleContent.Of(new LintFile(SourceText.FromText("site.yml", text), FileKind.AnsiblePlaybook)).Tasks.Single();

        // Then the module is the action, listen a keyword
        handler.Section.ShouldBe(TaskSection.Handlers);
        handler.ActionProblem.ShouldBeNull();
        handler.Module.ShouldBe("service");
        handler.ArgumentText("state").ShouldBe("restarted");
        handler.Has("listen").ShouldBeTrue();
    }

    [Fact]
    public void The_keys_that_never_name_a_module_are_ansible_cores_task_and_handler_attributes()
    {
        // Then the lint engine and the harness read the same set, ansible-core's ModuleArgsParser's
        AnsibleData.NotActionKeys.ShouldContain("listen");
        AnsibleData.NotActionKeys.ShouldContain("static");
        AnsibleData.NotActionKeys.ShouldContain("local_action");
        AnsibleData.NotActionKeys.ShouldContain("notify");
        AnsibleData.NotActionKeys.ShouldNotContain("service");
        AnsibleData.TaskKeywords.Concat(AnsibleData.HandlerKeywords).Except(AnsibleData.NotActionKeys).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("unnamed-task", "name[missing]")]
    [InlineData("502", "name[missing]")]
    [InlineData("301", "no-changed-when")]
    [InlineData("fqcn-builtins", "fqcn[action-core]")]
    [InlineData("var-spacing", "jinja[spacing]")]
    [InlineData("no-changed-when", "no-changed-when")]
    public void Old_rule_names_in_noqa_resolve_to_current_ones(string written, string current) =>
        AnsibleData.CurrentRuleName(written).ShouldBe(current);

    [Theory]
    [InlineData("{{ {'a': {'b': x}} }}")]
    [InlineData("{{ [{'a': 1}, {'b': [2, {'c': 3}]}] }}")]
    [InlineData("{% set d = {'a': {'b': 1}} %}{{ d }}")]
    public void Brackets_balance_inside_a_Jinja_tag(string value) =>
        JinjaChecker.Check(value, implicitTemplate: false)?.SubId.ShouldNotBe("invalid");

    [Fact]
    public void An_unbalanced_dict_is_still_invalid() =>
        JinjaChecker.Check("{{ {'a': 1 }}", implicitTemplate: false).ShouldNotBeNull().SubId.ShouldBe("invalid");
}
