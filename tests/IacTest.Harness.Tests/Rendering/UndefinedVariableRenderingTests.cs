using IacTest.Harness.Rendering;
using static IacTest.Harness.Tests.Rendering.RenderingFixtures;

namespace IacTest.Harness.Tests.Rendering;

public sealed class UndefinedVariableRenderingTests
{
    private static readonly AnsibleTemplateRenderer Renderer = new();

    [Fact]
    public async Task A_variable_guarded_by_is_defined_and_given_nowhere_makes_the_result_not_ok()
    {
        // Given: an upstream whose optional `strategy` is guarded, and no `item` at all
        var role = NginxVhosts();

        // When
        var results = await Renderer.RenderTemplatesAsync(role, ["upstream.j2"], Vars(("item", Vars(("name", "api"), ("servers", new List<object?> { "10.0.0.1:8080" })))));
        var withoutItem = await Renderer.RenderTemplatesAsync(role, ["vhost.j2"], Vars(("nginx_listen_port", 81)));

        // Then: a missing key of a given item is the item's business; a missing top-level name is not
        results[0].IsOk.ShouldBeTrue();
        results[0].Text.ShouldBe("#\n# Ansible managed\n#\nupstream api {\n    server 10.0.0.1:8080;\n}\n");
        var error = withoutItem[0].Error.ShouldNotBeNull();
        error.UndefinedVariable.ShouldBe("item");
        withoutItem[0].Text.ShouldNotBeNull().ShouldContain("listen 81;"); // what Ansible wrote, kept for diagnosis
        Should.Throw<TemplateRenderException>(() => withoutItem[0].EnsureText()).ShouldBeSameAs(error);
    }

    [Fact]
    public async Task A_variable_the_test_declares_optional_may_stay_undefined()
    {
        // Given
        var renderer = new AnsibleTemplateRenderer { OptionalVariables = ["item"] };

        // When
        var results = await renderer.RenderTemplatesAsync(NginxVhosts(), ["vhost.j2"]);

        // Then
        results[0].IsOk.ShouldBeTrue();
        results[0].Text.ShouldBe("#\n# Ansible managed\n#\nserver {\n    listen 80;\n    index index.html index.htm;\n}\n");
    }

    [Fact]
    public async Task An_undefined_variable_Ansible_rejects_is_named_with_its_line()
    {
        // Given: no platform, so nothing sets nginx_user
        var role = NginxVhosts();

        // When
        var error = await Should.ThrowAsync<TemplateRenderException>(() => Renderer.RenderAsync(role, "nginx.conf.j2"));

        // Then
        error.UndefinedVariable.ShouldBe("nginx_user");
        error.Line.ShouldBe(2);
        error.Message.ShouldContain("nginx.conf.j2:2: rendering failed: AnsibleUndefinedVariable: 'nginx_user' is undefined");
    }
}
