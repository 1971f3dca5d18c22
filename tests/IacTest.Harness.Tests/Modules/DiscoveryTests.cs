using IacTest.Harness.Ansible;
using IacTest.Harness.Discovery;
using IacTest.Harness.Snapshots;

namespace IacTest.Harness.Tests.Modules;

public sealed class DiscoveryTests
{
    [Theory]
    [Modules("Roles/*", Require = "tasks/main.yml")]
    public void Every_role_matches_its_outline_snapshot(ModuleCase role)
    {
        // When
        var model = AnsibleRole.Load(role.Path);

        // Then
        Snapshot.Match(RoleOutline.Describe(model), name: role.Name);
    }

    [Fact]
    public void Patterns_match_segments_and_requirements()
    {
        // Given
        var root = AppContext.BaseDirectory;

        // Then
        ModulesAttribute.Find(root, "Roles/*", "tasks/main.yml").Select(Path.GetFileName)
            .ShouldBe(["apt_sources", "broken_templates", "failing", "heartbeat", "logrotate_app", "not_idempotent", "web_users"]);
        ModulesAttribute.Find(root, "Roles/*", "meta/argument_specs.yml").Select(Path.GetFileName).ShouldBe(["logrotate_app", "web_users"]);
        ModulesAttribute.Find(root, "Roles/**/*.j2").Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).ShouldBe(
        [
            "Roles/broken_templates/templates/fine.conf.j2",
            "Roles/broken_templates/templates/unclosed.conf.j2",
            "Roles/broken_templates/templates/undefined.conf.j2",
            "Roles/heartbeat/templates/heartbeat.service.j2",
            "Roles/logrotate_app/templates/logrotate.conf.j2",
            "Roles/web_users/templates/users.conf.j2",
        ]);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_explains_itself()
    {
        // Given
        var attribute = new ModulesAttribute("charts/*");
        var method = typeof(DiscoveryTests).GetMethod(nameof(A_pattern_that_matches_nothing_explains_itself))!;

        // When
        var error = Should.Throw<InvalidOperationException>(() => attribute.GetData(method).ToList());

        // Then
        error.Message.ShouldBe($"[Modules(\"charts/*\")] on {method.Name} matched nothing under {ProjectFiles.Directory} or {AppContext.BaseDirectory}. Is the pattern relative to that folder?");
    }

    [Fact]
    public void The_project_folder_is_tried_first_then_the_output_folder_where_packaged_modules_are_copied()
    {
        // Given a file only the project folder has, and one only the output folder has
        var method = typeof(DiscoveryTests).GetMethod(nameof(The_project_folder_is_tried_first_then_the_output_folder_where_packaged_modules_are_copied))!;
        static string Single(ModulesAttribute attribute, System.Reflection.MethodInfo method) =>
            ((ModuleCase)attribute.GetData(method).ShouldHaveSingleItem()[0]).Path;

        // Then each is found where it is
        Single(new ModulesAttribute("IacTest.Harness.Tests.csproj"), method).ShouldBe(Path.Combine(ProjectFiles.Directory, "IacTest.Harness.Tests.csproj"));
        Single(new ModulesAttribute("IacTest.Harness.Tests.dll"), method).ShouldBe(Path.Combine(AppContext.BaseDirectory, "IacTest.Harness.Tests.dll"));
    }

    [Fact]
    public void Project_files_are_found_in_the_project_folder_recorded_by_the_build()
    {
        // Then: this project records its folder as the SDK does, and its test roles are there, not copies
        ProjectFiles.Directory.ShouldNotStartWith(AppContext.BaseDirectory);
        File.Exists(ProjectFiles.Path("Roles", "web_users", "tasks", "main.yml")).ShouldBeTrue();
        File.Exists(Path.Combine(ProjectFiles.Directory, "IacTest.Harness.Tests.csproj")).ShouldBeTrue();
    }

    [Fact]
    public void An_assembly_built_without_the_sdk_is_named_in_the_error()
    {
        // When
        var error = Should.Throw<InvalidOperationException>(() => ProjectFiles.DirectoryOf(typeof(Shouldly.Should).Assembly));

        // Then
        ProjectFiles.TryDirectoryOf(typeof(Shouldly.Should).Assembly).ShouldBeNull();
        error.Message.ShouldStartWith("Shouldly does not record its project folder: build it with the IacTest SDK");
    }
}
