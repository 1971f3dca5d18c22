using IacTest.Harness.Ansible;
using IacTest.Harness.Modules;
using IacTest.Lint.Families.Ansible.Data;

namespace IacTest.Harness.Tests.Ansible;

/// <summary>The harness tells a task's keywords from its module with the lint engine's list, ansible-core's own.</summary>
public sealed class TaskKeywordsTests
{
    [Fact]
    public void Every_keyword_of_an_ansible_core_task_block_or_handler_is_one_to_the_harness()
    {
        // Given a task that sets each keyword of ansible-core's task, block and handler attributes before its module
        var keywords = AnsibleData.Keywords("task").Concat(AnsibleData.Keywords("block")).Concat(AnsibleData.Keywords("handler"))
            .Where(keyword => keyword is not ("name" or "action" or "local_action" or "args" or "block" or "rescue" or "always"))
            .Distinct().ToArray();
        keywords.ShouldContain("listen");
        keywords.ShouldContain("async");
        var folder = Directory.CreateTempSubdirectory("iactest-keywords-");
        try
        {
            var file = Path.Combine(folder.FullName, "main.yml");
            File.WriteAllText(file, "- name: Every keyword first\n" + string.Concat(keywords.Select(keyword => $"  {keyword}: x\n"))
                + "  with_items: [a]\n  ansible.builtin.debug:\n    msg: hello\n");
            var diagnostics = new List<ModuleDiagnostic>();

            // When
            var task = new TaskFileLoader(diagnostics, fallbackFolder: null).LoadFile(file).Single();

            // Then
            diagnostics.ShouldBeEmpty();
            task.Action.ShouldBe("ansible.builtin.debug");
            task.Argument("msg").ShouldBe("hello");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_handler_that_listens_before_naming_its_module_runs_that_module()
    {
        // Given a handler whose keywords come before its module, as ansible-core accepts
        var folder = Directory.CreateTempSubdirectory("iactest-keywords-");
        try
        {
            var file = Path.Combine(folder.FullName, "main.yml");
            File.WriteAllText(file, """
                ---
                - name: Restart the web server
                  listen: web config changed
                  become_exe: sudo
                  timeout: 30
                  ansible.builtin.service:
                    name: nginx
                    state: restarted
                """);
            var diagnostics = new List<ModuleDiagnostic>();

            // When
            var handlers = new TaskFileLoader(diagnostics, fallbackFolder: null).LoadFile(file);

            // Then
            diagnostics.ShouldBeEmpty();
            handlers.Single().Action.ShouldBe("ansible.builtin.service");
            handlers.Single().Argument("state").ShouldBe("restarted");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
