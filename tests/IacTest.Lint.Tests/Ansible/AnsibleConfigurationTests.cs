using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Ansible;

/// <summary>.ansible-lint and # noqa as ansible-lint reads them.</summary>
public sealed class AnsibleConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-ansible-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (ConfigurationDiscovery.Result Loaded, IReadOnlyList<(int Line, string Rule)> Found) Run(string config, string playbook)
    {
        File.WriteAllText(Path.Combine(_folder, ".ansible-lint"), config);
        var path = Path.Combine(_folder, "site.yml");
        File.WriteAllText(path, playbook);
        var loaded = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = _folder });
        var found = new LintEngine().LintPath(path, loaded.Configuration).Diagnostics
            .Where(d => d.Code.StartsWith("IAC02", StringComparison.Ordinal)).Select(d => (d.Line, d.Rule)).ToList();
        return (loaded, found);
    }

    private const string Playbook = "---\n- name: Play\n  hosts: all\n  tasks:\n    - name: Run\n      command: /bin/true\n";

    [Fact]
    public void Skip_list_and_warn_list_apply_by_rule_and_sub_id()
    {
        var (loaded, found) = Run("skip_list:\n  - no-changed-when\nwarn_list:\n  - fqcn[action-core]\n", Playbook);

        loaded.Problems.ShouldBeEmpty();
        found.ShouldBe([(5, "fqcn[action-core]")]);
    }

    [Fact]
    public void An_unknown_key_is_a_positioned_configuration_error()
    {
        var (loaded, _) = Run("skip_list: [fqcn]\nskiplist:\n  - name\n", Playbook);

        loaded.Problems.Select(p => (p.Line, p.Column, p.Code)).ShouldBe([(2, 1, EngineRules.ConfigCode)]);
    }

    [Fact]
    public void Noqa_on_any_line_of_a_task_skips_the_rule_for_the_whole_task()
    {
        var (_, found) = Run("---\n", "---\n- name: Play\n  hosts: all\n  tasks:\n    - name: Run\n      command: /bin/true\n      become: true  # noqa: no-changed-when fqcn\n"
            + "    - name: Again\n      ansible.builtin.command: /bin/true\n");

        found.ShouldBe([(8, "no-changed-when")]);
    }

    [Fact]
    public void A_bare_noqa_skips_nothing_as_in_ansible_lint()
    {
        // Given a task whose only noqa names no rule (ansible-lint 6.13.1 reports both findings of this very task)
        var (_, found) = Run("---\n", "---\n- name: Configure web hosts\n  hosts: web\n  tasks:\n    - name: Refresh package cache\n"
            + "      ansible.builtin.command: apt-get update  # noqa\n");

        // Then every finding of the task is reported
        found.ShouldBe([(5, "command-instead-of-module"), (5, "no-changed-when")], ignoreOrder: true);
    }

    [Fact]
    public void Kinds_classify_paths_before_the_defaults()
    {
        // Given a task file in a folder ansible-lint's defaults do not know
        Directory.CreateDirectory(Path.Combine(_folder, "steps"));
        var path = Path.Combine(_folder, "steps", "install.yml");
        File.WriteAllText(path, "---\n- name: Install\n  command: /bin/true\n");

        IReadOnlyList<string> Lint(string config)
        {
            File.WriteAllText(Path.Combine(_folder, ".ansible-lint"), config);
            var loaded = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = _folder });
            loaded.Problems.ShouldBeEmpty();
            return new LintEngine().LintPath(path, loaded.Configuration).Diagnostics
                .Where(d => d.Code.StartsWith("IAC02", StringComparison.Ordinal)).Select(d => $"{d.Line} {d.Rule}").ToList();
        }

        // When it is declared a tasks file
        var asTasks = Lint("kinds:\n  - tasks: \"**/steps/*.yml\"\n");
        var asPlainYaml = Lint("kinds:\n  - yaml: \"**/steps/*.yml\"\n");

        // Then the task rules apply to it, and declaring it plain YAML turns them off
        asTasks.ShouldContain("2 no-changed-when");
        asTasks.ShouldContain("2 fqcn[action-core]");
        asPlainYaml.ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_kind_is_a_positioned_configuration_error()
    {
        var (loaded, _) = Run("kinds:\n  - playbook: \"**/plays/*.yml\"\n  - taskz: \"**/steps/*.yml\"\n", Playbook);

        var problem = loaded.Problems.ShouldHaveSingleItem();
        (problem.Line, problem.Column, problem.Code).ShouldBe((3, 5, EngineRules.ConfigCode));
        problem.Message.ShouldContain("unknown kind 'taskz'");
    }
}
