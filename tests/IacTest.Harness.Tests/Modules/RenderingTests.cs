using IacTest.Harness.Ansible;
using IacTest.Harness.Rendering;
using IacTest.Harness.Snapshots;

namespace IacTest.Harness.Tests.Modules;

public sealed class RenderingTests
{
    private static readonly AnsibleTemplateRenderer Renderer = new();

    [Fact]
    public async Task A_role_template_renders_with_its_defaults()
    {
        // Given
        var role = AnsibleRole.Load(TestPaths.Role("logrotate_app"));

        // When
        var text = await Renderer.RenderAsync(role, "logrotate.conf.j2");

        // Then
        Snapshot.Match(text, extension: "conf");
    }

    [Fact]
    public async Task Given_variables_win_over_defaults()
    {
        // Given
        var role = AnsibleRole.Load(TestPaths.Role("logrotate_app"));

        // When
        var text = await Renderer.RenderAsync(role, "logrotate.conf.j2", new Dictionary<string, object?>
        {
            ["logrotate_app_compress"] = false,
            ["logrotate_app_rotate"] = 30,
            ["logrotate_app_frequency"] = "weekly",
        });

        // Then
        text.ShouldBe("# Ansible managed\n/var/log/app/*.log {\n    weekly\n    rotate 30\n    missingok\n    notifempty\n}\n");
    }

    [Fact]
    public async Task Every_template_renders_in_one_run_and_failures_name_template_and_line()
    {
        // Given
        var role = AnsibleRole.Load(TestPaths.Role("broken_templates"));

        // When
        var results = await Renderer.RenderAllAsync(role, new Dictionary<string, object?> { ["greeting"] = "hello" });

        // Then
        results.Select(r => r.Template).ShouldBe(["fine.conf.j2", "unclosed.conf.j2", "undefined.conf.j2"]);
        results[0].Text.ShouldBe("fine: HELLO\n");

        var unclosed = results[1].Error.ShouldNotBeNull();
        unclosed.TemplatePath.ShouldBe(role.Template("unclosed.conf.j2").FullPath);
        unclosed.Line.ShouldBe(3); // where Jinja places an unexpected end: the start of the last text token
        unclosed.AnsibleMessage.ShouldStartWith("AnsibleError: template error while templating string: Unexpected end of template.");
        unclosed.Message.ShouldStartWith($"{unclosed.TemplatePath}:3: rendering failed: AnsibleError:");

        var undefined = results[2].Error.ShouldNotBeNull();
        undefined.Line.ShouldBe(3);
        undefined.AnsibleMessage.ShouldBe("AnsibleUndefinedVariable: 'missing_setting' is undefined. 'missing_setting' is undefined");
        Should.Throw<TemplateRenderException>(() => results[2].EnsureText()).ShouldBeSameAs(undefined);
    }

    [Fact]
    public async Task A_standalone_template_file_renders_and_a_missing_one_is_reported()
    {
        // Given
        var template = TestPaths.RoleFile("web_users", "templates/users.conf.j2");
        var variables = new Dictionary<string, object?>
        {
            ["web_users_port"] = 8443,
            ["web_users_list"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "carol" } },
        };

        // When
        var text = await Renderer.RenderFileAsync(template, variables);

        // Then
        text.ShouldBe("# port 8443\ncarol:/bin/sh\n");
        await Should.ThrowAsync<FileNotFoundException>(() => Renderer.RenderFileAsync(template + ".missing"));
    }
}
