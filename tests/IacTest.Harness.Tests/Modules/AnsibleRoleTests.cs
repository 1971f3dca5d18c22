using IacTest.Harness.Ansible;
using IacTest.Harness.Modules;

namespace IacTest.Harness.Tests.Modules;

public sealed class AnsibleRoleTests
{
    private static readonly AnsibleRole Logrotate = AnsibleRole.Load(TestPaths.Role("logrotate_app"));

    [Fact]
    public void Defaults_keep_their_file_line_and_yaml_typed_values()
    {
        // Given the role loaded once

        // Then
        Logrotate.Name.ShouldBe("logrotate_app");
        Logrotate.Diagnostics.ShouldBeEmpty();
        Logrotate.Defaults.Keys.ShouldBe(["logrotate_app_name", "logrotate_app_logs", "logrotate_app_frequency", "logrotate_app_rotate", "logrotate_app_compress"]);
        var rotate = Logrotate.Defaults["logrotate_app_rotate"];
        rotate.Location.ShouldBe(new SourceLocation(TestPaths.RoleFile("logrotate_app", "defaults/main.yml"), 5, 1));
        rotate.PlainValue.ShouldBe(7L);
        Logrotate.Defaults["logrotate_app_compress"].PlainValue.ShouldBe(true);
        Logrotate.Defaults["logrotate_app_logs"].Value.Text.ShouldBe("/var/log/app/*.log");
        Logrotate.Vars.ShouldBeEmpty();
    }

    [Fact]
    public void Tasks_follow_imports_with_the_file_and_line_of_each_task()
    {
        // When
        var all = Logrotate.AllTasks.ToList();

        // Then
        all.Select(t => (t.Name, t.ShortAction, t.Location.Line)).ShouldBe(
        [
            ("Install logrotate", "apt", 2),
            ("Configure the application's log rotation", "import_tasks", 10),
            ("Create the log folder", "file", 2),
            ("Write the logrotate configuration", "template", 8),
            ("Install the maintenance notes", "copy", 15),
        ]);
        var import = Logrotate.Tasks[1];
        import.IncludeFile.ShouldBe("configure.yml");
        import.Tags.ShouldBe(["config"]);
        import.Included.Count.ShouldBe(3);
        var template = Logrotate.Task("Write the logrotate configuration");
        template.Location.File.ShouldBe(TestPaths.RoleFile("logrotate_app", "tasks/configure.yml"));
        template.Location.Column.ShouldBe(3);
        template.Argument("src").ShouldBe("logrotate.conf.j2");
        template.Notify.ShouldBe(["Check the logrotate configuration"]);
        Logrotate.Task("Install logrotate").Arguments!["install_recommends"]!.ToPlain().ShouldBe(false);
    }

    [Fact]
    public void Handlers_templates_files_meta_and_argument_specs_are_loaded()
    {
        // Then
        Logrotate.Handlers.Single().Name.ShouldBe("Check the logrotate configuration");
        Logrotate.Handlers.Single().Location.Line.ShouldBe(2);
        Logrotate.Templates.Select(t => t.RelativePath).ShouldBe(["logrotate.conf.j2"]);
        Logrotate.Files.Select(f => f.RelativePath).ShouldBe(["README.txt"]);
        Logrotate.Meta!["galaxy_info"]!.GetText("min_ansible_version").ShouldBe("2.14");
        Logrotate.Dependencies.ShouldBeEmpty();
        var spec = Logrotate.ArgumentSpecs["main"];
        spec.ShortDescription.ShouldBe("Rotate an application's logs");
        spec.Options.Keys.ShouldBe(["logrotate_app_name", "logrotate_app_logs", "logrotate_app_frequency", "logrotate_app_rotate", "logrotate_app_compress"]);
        spec.Options["logrotate_app_name"].Required.ShouldBeTrue();
        spec.Options["logrotate_app_name"].Location.ShouldBe(new SourceLocation(TestPaths.RoleFile("logrotate_app", "meta/argument_specs.yml"), 6, 7));
        spec.Options["logrotate_app_frequency"].Choices.ShouldBe(["daily", "weekly", "monthly"]);
        spec.Options["logrotate_app_rotate"].Type.ShouldBe("int");
    }

    [Fact]
    public void Unknown_task_or_template_names_the_ones_that_exist()
    {
        // When
        var task = Should.Throw<KeyNotFoundException>(() => Logrotate.Task("Restart"));
        var template = Should.Throw<KeyNotFoundException>(() => Logrotate.Template("missing.j2"));

        // Then
        task.Message.ShouldContain("'Install logrotate'");
        template.Message.ShouldEndWith("Templates: logrotate.conf.j2.");
    }

    [Fact]
    public void Bad_content_becomes_positioned_diagnostics_not_exceptions()
    {
        // Given a role with a syntax error, a missing include, a self include and a task without module
        var folder = Directory.CreateTempSubdirectory("iactest-role-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "tasks"));
        Directory.CreateDirectory(Path.Combine(folder, "defaults"));
        File.WriteAllText(Path.Combine(folder, "defaults", "main.yml"), "a: 1\nb: [1, 2\n");
        File.WriteAllText(Path.Combine(folder, "tasks", "main.yml"),
            "- name: missing\n  include_tasks: nowhere.yml\n- name: loop\n  import_tasks: main.yml\n- name: no module\n  when: true\n");

        try
        {
            // When
            var role = AnsibleRole.Load(folder);

            // Then
            role.Diagnostics.Select(d => (Path.GetRelativePath(folder, d.Location.File), d.Location.Line, d.Message)).ShouldBe(
            [
                ("defaults/main.yml", 3, "YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'."),
                ("tasks/main.yml", 2, "the included tasks file 'nowhere.yml' does not exist"),
                ("tasks/main.yml", 4, "'main.yml' includes itself (directly or through other files)"),
                ("tasks/main.yml", 5, "no module/action detected in task"),
            ]);
            role.Tasks.Count.ShouldBe(3);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
