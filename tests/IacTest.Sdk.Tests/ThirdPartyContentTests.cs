namespace IacTest.Sdk.Tests;

/// <summary>
/// Other people's code in a one-line project: a Galaxy role installed from requirements.yml, a folder marked
/// <c>IacVendored</c>, a role of the project's own with a configuration of its own, and roles linked into a second
/// folder, built with the packed SDK.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class ThirdPartyContentTests(PackedSdkFixture sdk)
{
    // A 191-character line: over ansible-lint's own limit (160), under the role's own (200).
    private static readonly string LongValue = new('x', 170);

    [Fact]
    public async Task Vendored_content_is_left_out_by_default_linted_as_warnings_or_as_errors_by_one_switch()
    {
        // Given a clean project of its own and third-party content with errors under the project's configuration
        var project = CreateProject("vendored");
        var galaxyRole = project.Write("roles/acme.docker/tasks/main.yml", "---\n- name: install docker   \n  ansible.builtin.package:\n    name: docker-ce\n");
        var marked = project.Write("third_party/monitoring/tasks/main.yml", "---\n- name: Install the agent\n  ansible.builtin.package:\n    name: agent   \n");

        // When it is built with the default, with warnings, with errors, and with a value that means nothing
        var byDefault = await project.BuildAsync();
        var asWarnings = await project.BuildAsync("-p:IacLintVendored=warning");
        var asErrors = await project.BuildAsync("-p:IacLintVendored=error");
        var wrong = await project.BuildAsync("-p:IacLintVendored=loud");

        // Then by default nothing of theirs is linted and the build passes
        byDefault.ExitCode.ShouldBe(0, byDefault.Output);
        byDefault.Output.ShouldNotContain("IAC0");

        // And with warnings their findings are warnings: seen, the build still passes
        asWarnings.ExitCode.ShouldBe(0, asWarnings.Output);
        asWarnings.Lines.ShouldContain(l => l.StartsWith($"{galaxyRole}(2,23): warning IAC0122", StringComparison.Ordinal), asWarnings.Output);
        asWarnings.Lines.ShouldContain(l => l.StartsWith($"{marked}(4,16): warning IAC0122", StringComparison.Ordinal), asWarnings.Output);
        asWarnings.Lines.ShouldNotContain(l => l.Contains(": error IAC", StringComparison.Ordinal));

        // And as the project's own they fail the build
        asErrors.ExitCode.ShouldNotBe(0);
        asErrors.Lines.ShouldContain(l => l.StartsWith($"{galaxyRole}(2,23): error IAC0122", StringComparison.Ordinal), asErrors.Output);

        // And a value that is not a mode is an error at the project
        wrong.ExitCode.ShouldNotBe(0);
        wrong.Output.ShouldContain("error IAC0003: IacLintVendored: 'loud' is not one of none, warning, error");
    }

    [Fact]
    public async Task A_role_with_its_own_configuration_and_a_symlinked_roles_folder_build_clean()
    {
        // Given a role whose own .yamllint allows long lines and whose .ansible-lint skips a rule, linked into playbooks/roles
        var project = CreateProject("nested");
        project.Write("roles/reporting/.yamllint", "---\nextends: default\nrules:\n  line-length:\n    max: 200\n");
        project.Write("roles/reporting/.ansible-lint", "---\nskip_list:\n  - name[casing]\n");
        project.Write("roles/reporting/defaults/main.yml", $"---\nreporting_banner: \"{LongValue}\"\n");
        project.Write("roles/reporting/tasks/main.yml", "---\n- name: render the report\n  ansible.builtin.debug:\n    msg: \"{{ reporting_banner }}\"\n");
        Directory.CreateDirectory(Path.Combine(project.Folder, "playbooks"));
        Directory.CreateSymbolicLink(Path.Combine(project.Folder, "playbooks", "roles"), Path.Combine("..", "roles"));

        // When it is built
        var build = await project.BuildAsync("-v:n");

        // Then the role is linted under its own configuration, once: nothing to report
        build.ExitCode.ShouldBe(0, build.Output);
        build.Output.ShouldNotContain("IAC0");
        build.Output.ShouldContain("linted 4 of 4 files");
    }

    private ConsumerProject CreateProject(string name)
    {
        var project = sdk.CreateProject(name, """
            <Project Sdk="IacTest.Sdk/$(Version)">
              <ItemGroup>
                <IacVendored Include="third_party/monitoring" />
              </ItemGroup>
            </Project>
            """);
        project.Write("requirements.yml", "---\nroles:\n  - name: acme.docker\n    src: https://git.example.com/acme/ansible-role-docker.git\n    version: 6.1.0\n");
        project.Write("site.yml", "---\n- name: Configure the hosts\n  hosts: all\n  roles:\n    - role: reporting\n");
        project.Write("SmokeTests.cs", "public class SmokeTests { [Fact] public void Runs() => true.ShouldBeTrue(); }\n");
        return project;
    }
}
