using IacTest.Harness.Converge;
using IacTest.Harness.Tests.Converge;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;

namespace IacTest.Harness.Tests.Scenarios;

public sealed class GalaxyNameTests(DebianTargetFixture target, ITestOutputHelper output) : IClassFixture<DebianTargetFixture>
{
    private const string Project = "Scenarios/Projects/galaxy";
    private const string MoleculeConverge = Project + "/roles/web_motd/molecule/default/converge.yml";

    private const string UnreachableGalaxy = "https://galaxy.iactest.invalid";

    private readonly List<string> transcripts = [];

    [DockerFact]
    public async Task A_roles_own_molecule_converge_naming_it_and_its_dependency_by_Galaxy_names_runs_unchanged()
    {
        // Given: converge.yml says `role: acme.web_motd` (its metadata's namespace and role_name), which depends on
        // `acme.banner`, vendored as roles/banner and mapped by an alias
        var run = AnsiblePlaybookRun.Playbook(MoleculeConverge)
            .WithRolesPath(Project + "/roles")
            .WithRoleAlias("acme.banner", Project + "/roles/banner")
            .WithContainer(target.Environment.ContainerName, "instance")
            .WithOutput(transcripts.Add);

        // When
        var result = await run.RunAsync();
        transcripts.ForEach(output.WriteLine);

        // Then
        result.Succeeded.ShouldBeTrue(result.Stderr);
        result.Tasks.Select(t => (t.Role, t.Task)).ShouldBe(
            [("acme.banner", "Write the network login banner"), ("acme.web_motd", "Write the message of the day")]);
        (await target.Environment.ReadFileAsync("/etc/issue.net")).ShouldBe("Authorised use only\n");
        (await target.Environment.ReadFileAsync("/etc/motd")).ShouldContain("This host serves shop.example.test.");
        transcripts.ShouldHaveSingleItem().Split('\n')[1].ShouldBe($"# {AnsibleInstall.Current}");
        result.Ansible.ShouldBe(AnsibleInstall.Current);
    }

    [Fact]
    public async Task A_dependency_known_by_no_folder_name_metadata_or_alias_fails_the_run_before_Ansible_starts_naming_it()
    {
        // Given: no alias for acme.banner, and a Galaxy server that cannot answer (the .invalid domain never resolves)
        var run = AnsiblePlaybookRun.Playbook(MoleculeConverge).WithRolesPath(Project + "/roles").WithGalaxyServer(UnreachableGalaxy).WithContainer("not-started", "instance");

        // When
        var result = await run.RunAsync();
        var error = await Should.ThrowAsync<AnsibleRunException>(() => run.ConvergeAsync());

        // Then
        result.Succeeded.ShouldBeFalse();
        result.Stderr.ShouldStartWith("ERROR! 1 role(s) the run needs are not available locally:\n  - the role 'acme.banner' was not found (required at ");
        error.Message.ShouldContain(result.Stderr);
        error.Message.ShouldContain(Path.Combine("web_motd", "meta", "main.yml") + ":15:");
        error.Message.ShouldContain("WithRoleAlias(\"geerlingguy.nginx\", \"roles/nginx\").");
        result.Stderr.Split('\n')[^1].ShouldStartWith($"Not downloaded: the Galaxy server {UnreachableGalaxy} does not answer (");
        result.Stderr.Split('\n')[^1].ShouldEndWith("), so acme.banner cannot be downloaded.");
    }

    [Fact]
    public async Task Every_role_of_a_requirements_file_missing_locally_is_named_with_its_line()
    {
        // Given: acme.banner is aliased; ntp (from git) and geerlingguy.ntp are not here
        var run = AnsiblePlaybookRun.Playbook(MoleculeConverge)
            .WithRolesPath(Project + "/roles")
            .WithRoleAlias("acme.banner", Project + "/roles/banner")
            .WithRequirements(Project + "/requirements.yml")
            .WithGalaxyServer(UnreachableGalaxy)
            .WithContainer("not-started", "instance");

        // When
        var result = await run.RunAsync();

        // Then
        var lines = result.Stderr.Split('\n');
        lines[0].ShouldBe("ERROR! 2 role(s) the run needs are not available locally:");
        lines[1].ShouldStartWith("  - the role 'ntp' was not found (required at ");
        lines[1].ShouldEndWith("requirements.yml:5:11)");
        lines[2].ShouldStartWith("  - the role 'geerlingguy.ntp' was not found (required at ");
        lines[2].ShouldEndWith("requirements.yml:9:10)");
        // Only the Galaxy-named one could come from Galaxy; the server does not answer, so neither is downloaded.
        lines[^1].ShouldStartWith($"Not downloaded: the Galaxy server {UnreachableGalaxy} does not answer (");
        lines[^1].ShouldEndWith("), so geerlingguy.ntp cannot be downloaded.");
    }
}
