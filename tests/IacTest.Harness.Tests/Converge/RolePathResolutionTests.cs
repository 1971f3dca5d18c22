using IacTest.Harness.Converge;
using IacTest.Harness.Discovery;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;

namespace IacTest.Harness.Tests.Converge;

/// <summary>
/// Paths given to the converge API mean the project folder, as the docs write them, whatever the working directory
/// of the test (the output folder under bin/).
/// </summary>
public sealed class RolePathResolutionTests
{
    private static readonly string Project = ProjectFiles.DirectoryOf(typeof(RolePathResolutionTests).Assembly);

    [Fact]
    public void A_relative_role_path_resolves_against_the_project_folder_not_the_working_directory()
    {
        // Given the test runs in the output folder, not the project folder
        Environment.CurrentDirectory.ShouldNotBe(Project);

        // When a role is named as the project sees it
        var run = AnsiblePlaybookRun.Role("Roles/logrotate_app");

        // Then it is the project's role folder
        run.RolePath.ShouldBe(Path.Combine(Project, "Roles", "logrotate_app"));
    }

    [Fact]
    public void A_relative_roles_path_and_playbook_resolve_against_the_project_folder()
    {
        var run = AnsiblePlaybookRun.Playbook("Converge/Playbooks/recap.yml").WithRolesPath("Roles");

        run.PlaybookPath.ShouldBe(Path.Combine(Project, "Converge", "Playbooks", "recap.yml"));
        run.RolesPaths.ShouldBe([Path.Combine(Project, "Roles")]);
    }

    [Fact]
    public void A_missing_role_folder_fails_when_the_scenario_is_defined_naming_the_path()
    {
        // Given a builder that is never started: any container would start only in RunAsync
        var builder = new EnvironmentBuilder().WithBaseImage(BaseImage.DebianPython);

        // When the scenario names a role folder that does not exist
        var error = Should.Throw<DirectoryNotFoundException>(() => builder.ForRole("roles/no_such_role"));

        // Then the message names what was given and where it was looked for
        error.Message.ShouldBe(
            $"The role folder 'roles/no_such_role' does not exist: no {Path.Combine(Project, "roles", "no_such_role")} "
            + $"(relative to the project folder {Project}).");
    }

    [Fact]
    public void A_missing_absolute_role_folder_and_a_missing_playbook_fail_at_once_naming_the_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), "iactest-no-such-role");

        Should.Throw<DirectoryNotFoundException>(() => AnsiblePlaybookRun.Role(missing))
            .Message.ShouldBe($"The role folder {missing} does not exist.");
        Should.Throw<FileNotFoundException>(() => MoleculeScenario.VerifyPlaybook("molecule/default/verify.yml"))
            .Message.ShouldStartWith("The playbook 'molecule/default/verify.yml' does not exist: no ");
    }
}
