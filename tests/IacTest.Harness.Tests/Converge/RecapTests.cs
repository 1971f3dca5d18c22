using IacTest.Harness.Converge;

namespace IacTest.Harness.Tests.Converge;

/// <summary>Recap and failure parsing against real ansible-playbook runs on localhost (harmless tasks, no container).</summary>
public sealed class RecapTests
{
    private static string Playbook(string name) => Path.Combine(AppContext.BaseDirectory, "Converge", "Playbooks", name);

    [Fact]
    public async Task Every_recap_field_and_task_status_is_parsed()
    {
        // When
        var result = await AnsiblePlaybookRun.Playbook(Playbook("recap.yml")).WithHost(AnsibleHost.Localhost()).RunAsync();

        // Then
        result.ExitCode.ShouldBe(0);
        result.Succeeded.ShouldBeTrue();
        result.For("localhost").ShouldBe(new HostRecap("localhost", Ok: 4, Changed: 2, Unreachable: 0, Failed: 0, Skipped: 1, Rescued: 1, Ignored: 1));
        result.Tasks.Select(t => (t.Task, t.Status, t.Path!.Split(':')[^1])).ShouldBe(
        [
            ("Say hello", AnsibleTaskStatus.Ok, "6"),
            ("Never on this host", AnsibleTaskStatus.Skipped, "10"),
            ("Fail but carry on", AnsibleTaskStatus.Failed, "15"),
            ("Break inside the block", AnsibleTaskStatus.Failed, "21"),
            ("Recover", AnsibleTaskStatus.Ok, "25"),
            ("Report a change", AnsibleTaskStatus.Changed, "29"),
        ]);
        result.Tasks[2].Message.ShouldBe("non-zero return code");
        result.Tasks[3].Message.ShouldBe("broken on purpose");
        result.FailingTasks.ShouldBeEmpty();
        result.Tasks.ShouldAllBe(t => t.Play == "Recap fields" && t.Role == null && t.Host == "localhost");
    }

    [Fact]
    public async Task A_playbook_Ansible_cannot_load_fails_with_its_error()
    {
        // When
        var error = await Should.ThrowAsync<AnsibleRunException>(() =>
            AnsiblePlaybookRun.Playbook(Playbook("broken.yml")).WithHost(AnsibleHost.Localhost()).ConvergeAsync());

        // Then
        error.Result.ExitCode.ShouldBe(4);
        error.Result.Recap.ShouldBeEmpty();
        error.Message.ShouldStartWith("ansible-playbook failed (exit code 4).\nAnsible stopped before running any task:\nERROR! We were unable to read either as JSON nor YAML");
        error.Message.ShouldContain("broken.yml': line 8, column 6");
    }

    [Fact]
    public async Task A_run_without_hosts_is_refused()
    {
        // When
        var error = await Should.ThrowAsync<InvalidOperationException>(() => AnsiblePlaybookRun.Playbook(Playbook("recap.yml")).RunAsync());

        // Then
        error.Message.ShouldBe("The run has no host: add one with WithContainer or WithHost.");
    }
}
