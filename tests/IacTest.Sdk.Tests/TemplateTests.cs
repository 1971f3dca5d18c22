using IacTest.Harness.Targets;
using IacTest.Harness.Targets.Testing;
using IacTest.Harness.Xunit;

namespace IacTest.Sdk.Tests;

/// <summary>
/// The dotnet new templates as a user meets them: installed from the packed IacTest.Templates, generated, and run with
/// <c>dotnet test</c> against the SDK packed beside them. Each generated project passes as generated; the lint and the
/// audit it carries also fail when they should.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class TemplateTests(PackedSdkFixture sdk)
{
    [Fact]
    public async Task The_lint_template_as_generated_passes_and_defaults_to_the_packed_sdk()
    {
        // When: generated in an empty folder, with the feed that holds IacTest
        var project = await sdk.NewAsync("iactest-lint", "lint-empty", "-s", sdk.Feed);
        var test = await sdk.TestGeneratedAsync(project);

        // Then: the SDK version is the one packed with the templates, the starting configurations are written
        test.ExitCode.ShouldBe(0, test.Output);
        File.ReadAllText(Path.Combine(project.Folder, "lint-empty.csproj")).ShouldContain($"<Project Sdk=\"IacTest.Sdk/{sdk.Version}\">");
        File.Exists(Path.Combine(project.Folder, ".yamllint")).ShouldBeTrue();
        File.Exists(Path.Combine(project.Folder, ".ansible-lint")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(project.Folder, "nuget.config")).ShouldContain($"value=\"{sdk.Feed}\"");
    }

    [Fact]
    public async Task Without_a_package_source_no_nuget_config_is_written()
    {
        // When: IacTest comes from the sources the user already has (nuget.org, a company mirror)
        var project = await sdk.NewAsync("iactest-role", "role-from-nuget-org", "--role", "motd");

        // Then
        File.Exists(Path.Combine(project.Folder, "nuget.config")).ShouldBeFalse();
        File.Exists(Path.Combine(project.Folder, "roles", "motd", "tasks", "main.yml")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(project.Folder, "roles", "motd", "defaults", "main.yml")).ShouldContain("motd_port: 8080");
    }

    [Fact]
    public async Task The_lint_template_lints_the_repository_it_is_created_in_with_the_repository_configuration()
    {
        // Given: a repository of Ansible content and a Kubernetes manifest with its own .yamllint and .ansible-lint
        var repository = sdk.GeneratedFolder("lint-repository");
        repository.CopyFrom("samples/lint-only", "LintOnly.Tests.csproj", "BrokenFileTests.cs", "README.md", "broken", "global.json", "nuget.config", "bin", "obj");
        var teamConfiguration = File.ReadAllText(Path.Combine(repository.Folder, ".yamllint"));

        // When: the lint project is created at its root, keeping the team's configuration files
        var project = await sdk.NewAsync("iactest-lint", "lint-repository", "-s", sdk.Feed, "--lint-configs", "false");
        var clean = await sdk.TestGeneratedAsync(project);

        // Then
        File.ReadAllText(Path.Combine(project.Folder, ".yamllint")).ShouldBe(teamConfiguration);
        clean.ExitCode.ShouldBe(0, clean.Output);

        // And when a playbook with a trailing space and a short module name is added, dotnet test fails at their positions
        project.Write("playbooks/hotfix.yml", "---\n- name: Hotfix\n  hosts: web\n  tasks:\n    - name: Restart nginx \n      service:\n        name: nginx\n        state: restarted\n");
        var broken = await sdk.TestGeneratedAsync(project);
        broken.ExitCode.ShouldBe(1, broken.Output);
        broken.Output.ShouldContain("playbooks/hotfix.yml(5,26): error IAC0122: trailing spaces (trailing-spaces)");
        broken.Output.ShouldContain("playbooks/hotfix.yml(5,1): error IAC0206: Use FQCN for builtin module actions (service). (fqcn[action-core])");
    }

    [DockerFact]
    public async Task The_role_template_as_generated_lints_unit_tests_converges_and_smoke_checks_its_role()
    {
        // When
        var project = await sdk.NewAsync("iactest-role", "Acme.Web.Tests", "-n", "Acme.Web.Tests", "--role", "web", "-s", sdk.Feed);
        var test = await sdk.TestGeneratedAsync(project, new Dictionary<string, string> { ["IACTEST_REQUIRE_ENGINE"] = "1" });

        // Then: the role tests, the converge and idempotence, four goss rows and the C# smoke check all ran and passed,
        // beside one lint row per file the build's lint checked (six)
        test.ExitCode.ShouldBe(0, test.Output);
        test.Counts().ShouldBe((0, 12 + 6, 0), test.Output);
        File.Exists(Path.Combine(project.Folder, "roles", "web", "templates", "web.conf.j2")).ShouldBeTrue();
    }

    [Fact]
    public async Task The_drift_template_as_generated_checks_its_inventory_and_desired_state_and_skips_the_live_audit()
    {
        // When: no known_hosts for the audited hosts is given, as on a developer's machine
        var project = await sdk.NewAsync("iactest-drift", "Fleet.Audit", "-n", "Fleet.Audit", "-s", sdk.Feed);
        var test = await sdk.TestGeneratedAsync(project, new Dictionary<string, string> { ["AUDIT_KNOWN_HOSTS"] = "" });

        // Then: the two offline checks and a lint row for each of the two files the lint checked pass, the audit skips
        test.ExitCode.ShouldBe(0, test.Output);
        test.Counts().ShouldBe((0, 2 + 2, 1), test.Output);
        File.Exists(Path.Combine(project.Folder, "audit", "inventory", "hosts.ini")).ShouldBeTrue();
    }

    [DockerFact]
    public async Task The_drift_template_audits_the_hosts_of_the_repository_inventory_and_finds_a_hand_edit()
    {
        // Given: two sshd hosts, and the repository's own inventory (no example inventory is written beside it)
        await using var servers = await SshTestServers.StartAsync(2, "web");
        var repository = sdk.GeneratedFolder("fleet-repository");
        var hosts = string.Join('\n', servers.Servers.Select(s => $"{s.Name} ansible_host={s.Address} ansible_port={s.Port}"));
        repository.Write("inventories/production/hosts.ini", $"[web]\n{hosts}\n\n[prod:children]\nweb\n\n[control]\nlocalhost ansible_connection=local\n");
        repository.Write("inventories/production/group_vars/web.yml",
            $"---\nansible_user: {SshTestServers.User}\nansible_become: true\nansible_ssh_private_key_file: {servers.Key.PrivateKeyFile}\n");
        var project = await sdk.NewAsync("iactest-drift", "fleet-repository", "-s", sdk.Feed,
            "--inventory", "inventories/production/hosts.ini", "--pattern", "web:&prod");
        var live = new Dictionary<string, string> { ["AUDIT_KNOWN_HOSTS"] = servers.KnownHostsFile };

        // When
        var clean = await sdk.TestGeneratedAsync(project, live);

        // Then: two offline checks, two lint rows, and for each host seven goss resources and one C# check
        Directory.Exists(Path.Combine(project.Folder, "audit", "inventory")).ShouldBeFalse();
        clean.ExitCode.ShouldBe(0, clean.Output);
        clean.Counts().ShouldBe((0, 2 + 2 + (2 * 8), 0), clean.Output);

        // And when someone allows empty passwords on web2 by hand, that host's row fails
        (await servers.Servers[1].Environment.RunAsync(TargetCommand.Shell("echo 'PermitEmptyPasswords yes' >> /etc/ssh/sshd_config"))).EnsureSuccess();
        var drifted = await sdk.TestGeneratedAsync(project, live);
        drifted.ExitCode.ShouldBe(1, drifted.Output);
        drifted.Counts().ShouldBe((1, 1 + 2 + (2 * 8), 0), drifted.Output);
        drifted.Output.ShouldContain("web2 · file:/etc/ssh/sshd_config");
    }
}
