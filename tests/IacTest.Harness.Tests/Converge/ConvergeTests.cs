using IacTest.Harness.Converge;
using IacTest.Harness.Tests.Modules;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;

namespace IacTest.Harness.Tests.Converge;

public sealed class ConvergeTests(DebianTargetFixture target, ITestOutputHelper output) : IClassFixture<DebianTargetFixture>
{
    private AnsiblePlaybookRun Role(string name) =>
        AnsiblePlaybookRun.Role(TestPaths.Role(name))
            .WithEnvironment(target.Environment)
            .WithFactGathering(false)
            .WithOutput(output.WriteLine);

    [DockerFact]
    public async Task A_non_idempotent_role_names_each_task_that_changed_and_skips_tagged_ones()
    {
        // Given
        var run = Role("not_idempotent");
        var first = await run.ConvergeAsync();

        // When
        var error = await Should.ThrowAsync<IdempotenceException>(() => run.ShouldBeIdempotentAsync());

        // Then
        first.For("instance").ShouldBe(new HostRecap("instance", Ok: 5, Changed: 5, Unreachable: 0, Failed: 0, Skipped: 0, Rescued: 0, Ignored: 0));
        var tasksFile = TestPaths.RoleFile("not_idempotent", "tasks/main.yml");
        error.ChangedTasks.Select(t => (t.Role, t.Task, t.Path))
            .ShouldBe([("not_idempotent", "Record the time of the run", tasksFile + ":8"), ("not_idempotent", "Append to the run log", tasksFile + ":11")]);
        error.SecondRun.Tasks.Select(t => t.Task).ShouldBe(["Write a stable file", "Record the time of the run", "Append to the run log"]);
        error.Message.ShouldStartWith("Not idempotent: the second run changed 2 task(s):\n  - 'Record the time of the run' on host 'instance' (");
        error.Message.ShouldNotContain("Refresh a cache");
        error.Message.ShouldNotContain("Rebuild an index");
    }

    [DockerFact]
    public async Task A_failing_task_is_named_with_its_file_line_message_and_the_output()
    {
        // When
        var error = await Should.ThrowAsync<AnsibleRunException>(() => Role("failing").ConvergeAsync());

        // Then
        var result = error.Result;
        result.ExitCode.ShouldBe(2);
        result.For("instance").ShouldBe(new HostRecap("instance", Ok: 2, Changed: 1, Unreachable: 0, Failed: 1, Skipped: 0, Rescued: 0, Ignored: 0));
        var failing = result.FailingTasks.ShouldHaveSingleItem();
        failing.Task.ShouldBe("Require the application configuration");
        failing.Path.ShouldBe(TestPaths.RoleFile("failing", "tasks/main.yml") + ":13");
        failing.Message.ShouldBe("Configuration /etc/app/app.conf is missing");
        error.Message.ShouldStartWith(
            "ansible-playbook failed (exit code 2).\n"
            + $"Task 'Require the application configuration' ({failing.Path}) failed on host 'instance': Configuration /etc/app/app.conf is missing\n");
        error.Message.ShouldContain("--- transcript ---\nPLAY [Converge]\nchanged: [instance] failing : Prepare the work folder (");
        error.Message.ShouldContain("PLAY RECAP\ninstance ok=2 changed=1 unreachable=0 failed=1 skipped=0 rescued=0 ignored=0\n");
        result.Tasks.ShouldNotContain(t => t.Task == "Never reached");
    }

    [DockerFact]
    public async Task Argument_specs_tags_check_and_diff_mode_reach_ansible()
    {
        // Given
        var run = Role("web_users");

        // When: a value outside the choices
        var invalid = await run.WithVariable("web_users_state", "gone").RunAsync();

        // Then Ansible's own argument validation stops the role
        invalid.Succeeded.ShouldBeFalse();
        var validation = invalid.FailingTasks.ShouldHaveSingleItem();
        validation.Task.ShouldStartWith("Validating arguments against arg spec 'main'");
        validation.Message.ShouldNotBeNull().ShouldContain("value of web_users_state must be one of: present, absent, got: gone");

        // When: check mode with diff, users tag only
        var check = await run.WithTags("users").InCheckMode().WithDiff().ConvergeAsync();

        // Then it reports the change with a diff, runs only the tagged task and changes nothing
        var users = check.ChangedTasks.ShouldHaveSingleItem();
        users.Task.ShouldBe("Write the users file");
        users.Result["diff"]!.ToJsonString().ShouldContain("alice:/bin/bash");
        check.Tasks.ShouldNotContain(t => t.Task == "Write the port file");
        (await target.Environment.ExecAsync("test", "-e", "/etc/web-users.conf")).ExitCode.ShouldBe(1);

        // When: for real
        var applied = await run.WithTags("users").ConvergeAsync();

        // Then
        applied.ChangedTasks.Select(t => t.Task).ShouldBe(["Write the users file"]);
        (await target.Environment.ReadFileAsync("/etc/web-users.conf")).ShouldBe("# port 8080\nalice:/bin/bash\nbob:/bin/sh\n");
        await run.WithTags("users").ShouldBeIdempotentAsync();
    }
}
