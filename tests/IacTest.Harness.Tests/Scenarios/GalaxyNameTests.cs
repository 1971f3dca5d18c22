using IacTest.Harness.Converge;
using IacTest.Harness.Tests.Converge;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;

namespace IacTest.Harness.Tests.Scenarios;

public sealed class GalaxyNameTests(DebianTargetFixture target, ITestOutputHelper output) : IClassFixture<DebianTargetFixture>
{
    private const string Project = "Scenarios/Projects/galaxy";
    private const string MoleculeConverge = Project + "/roles/web_motd/molecule/default/converge.yml";

    [DockerFact]
    public async Task A_roles_own_molecule_converge_naming_it_and_its_dependency_by_Galaxy_names_runs_unchanged()
    {
        // Given: converge.yml says `role: acme.web_motd` (its metadata's namespace and role_name), which depends on
        // `acme.banner`, vendored as roles/banner and mapped by an alias
        var run = AnsiblePlaybookRun.Playbook(MoleculeConverge)
            .WithRolesPath(Project + "/roles")
            .WithRoleAlias("acme.banner", Project + "/roles/banner")
            .WithContainer(target.Environment.ContainerName, "instance")
            .WithOutput(output.WriteLine);

        // When
        var result = await run.RunAsync();

        // Then
        result.Succeeded.ShouldBeTrue(result.Stderr);
        result.Tasks.Select(t => (t.Role, t.Task)).ShouldBe(
            [("acme.banner", "Write the network login banner"), ("acme.web_motd", "Write the message of the day")]);
        (await target.Environment.ReadFileAsync("/etc/issue.net")).ShouldBe("Authorised use only\n");
        (await target.Environment.ReadFileAsync("/etc/motd")).ShouldContain("This host serves shop.example.test.");
    }

    [Fact]
    public async Task A_dependency_known_by_no_folder_name_metadata_or_alias_fails_before_Ansible_runs_naming_it()
    {
        // Given: no alias for acme.banner
        var run = AnsiblePlaybookRun.Playbook(MoleculeConverge).WithRolesPath(Project + "/roles").WithContainer("not-started", "instance");

        // When
        var error = await Should.ThrowAsync<RoleDependencyException>(() => run.RunAsync());

        // Then
        error.Message.ShouldStartWith("1 role(s) the run needs are not available locally:\n  - 'acme.banner' (required at ");
        error.Message.ShouldContain(Path.Combine("web_motd", "meta", "main.yml") + ":15:");
        error.Message.ShouldContain("WithRoleAlias(\"geerlingguy.nginx\", \"roles/nginx\"); nothing is downloaded from Galaxy.");
    }

    [Fact]
    public async Task Every_role_of_a_requirements_file_missing_locally_is_named_with_its_line()
    {
        // Given: acme.banner is aliased; ntp (from git) and geerlingguy.ntp are not here
        var run = AnsiblePlaybookRun.Playbook(MoleculeConverge)
            .WithRolesPath(Project + "/roles")
            .WithRoleAlias("acme.banner", Project + "/roles/banner")
            .WithRequirements(Project + "/requirements.yml")
            .WithContainer("not-started", "instance");

        // When
        var error = await Should.ThrowAsync<RoleDependencyException>(() => run.RunAsync());

        // Then
        var lines = error.Message.Split('\n');
        lines[0].ShouldBe("2 role(s) the run needs are not available locally:");
        lines[1].ShouldStartWith("  - 'ntp' (required at ");
        lines[1].ShouldEndWith("requirements.yml:5:11)");
        lines[2].ShouldStartWith("  - 'geerlingguy.ntp' (required at ");
        lines[2].ShouldEndWith("requirements.yml:9:10)");
    }
}
