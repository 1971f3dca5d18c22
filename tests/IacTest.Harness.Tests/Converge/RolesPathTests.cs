using IacTest.Harness.Converge;

namespace IacTest.Harness.Tests.Converge;

/// <summary>A repository with <c>playbooks/</c> and <c>roles/</c> side by side, run on the test machine itself (no engine needed).</summary>
public sealed class RolesPathTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("iactest-roles-path-").FullName;

    public RolesPathTests()
    {
        Directory.CreateDirectory(Path.Combine(_repository, "playbooks"));
        Directory.CreateDirectory(Path.Combine(_repository, "roles", "greet", "tasks"));
        File.WriteAllText(Path.Combine(_repository, "playbooks", "site.yml"),
            "- name: Site\n  hosts: all\n  gather_facts: false\n  roles:\n    - role: greet\n");
        File.WriteAllText(Path.Combine(_repository, "roles", "greet", "tasks", "main.yml"),
            "- name: Say hello\n  ansible.builtin.debug:\n    msg: hello\n");
    }

    [Fact]
    public async Task A_playbook_finds_its_roles_in_a_folder_given_as_roles_path()
    {
        // Given
        var run = AnsiblePlaybookRun.Playbook(Path.Combine(_repository, "playbooks", "site.yml")).WithHost(AnsibleHost.Localhost());

        // When
        var withoutRolesPath = await run.RunAsync();
        var withRolesPath = await run.WithRolesPath(Path.Combine(_repository, "roles")).ConvergeAsync();

        // Then
        withoutRolesPath.Succeeded.ShouldBeFalse();
        (withoutRolesPath.Stdout + withoutRolesPath.Stderr).ShouldContain("the role 'greet' was not found");
        withRolesPath.Tasks.Select(t => (t.Role, t.Task)).ShouldBe([("greet", "Say hello")]);
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);
}
