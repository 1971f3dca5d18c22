using IacTest.Harness.Converge;

namespace IacTest.Harness.Tests.Converge;

public sealed class AnsibleJsonReportTests
{
    // The shape ansible-core 2.14's json callback prints when fact gathering's setup module dies in the interpreter.
    private const string FailedGathering = """
        {"plays": [{"play": {"name": "Converge"}, "tasks": [{"task": {"name": "Gathering Facts", "path": ""},
          "hosts": {"instance": {"action": "gather_facts", "failed": true,
            "msg": "The following modules failed to execute: ansible.legacy.setup\n",
            "failed_modules": {"ansible.legacy.setup": {"failed": true, "msg": "MODULE FAILURE\nSee stdout/stderr for the exact error",
              "module_stderr": "/bin/sh: 1: /usr/bin/python3: not found\n", "module_stdout": "", "rc": 127}}}}}]}],
         "stats": {"instance": {"ok": 0, "changed": 0, "unreachable": 0, "failures": 1, "skipped": 0, "rescued": 0, "ignored": 0}}}
        """;

    [Fact]
    public void A_failed_facts_module_keeps_its_own_message_and_interpreter_output()
    {
        // When
        var (tasks, _) = AnsibleJsonReport.Parse(FailedGathering)!.Value;

        // Then
        var message = tasks.ShouldHaveSingleItem().Message!;
        message.ShouldContain("The following modules failed to execute: ansible.legacy.setup");
        message.ShouldContain("ansible.legacy.setup: MODULE FAILURE");
        message.ShouldContain("module stderr: /bin/sh: 1: /usr/bin/python3: not found");
        message.ShouldNotContain("module stdout:");
    }
}
