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
