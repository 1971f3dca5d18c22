using IacTest.Harness.Rendering;
using static IacTest.Harness.Tests.Rendering.RenderingFixtures;

namespace IacTest.Harness.Tests.Rendering;

public sealed class LoopTemplateRenderingTests
{
    private static readonly AnsibleTemplateRenderer Renderer = new();

    [Fact]
    public async Task A_loop_template_renders_with_the_item_the_test_gives()
    {
        // Given: one entry of nginx_vhosts, as the role's loop would pass it
        var role = NginxVhosts();
        var item = Vars(("server_name", "example.com www.example.com"), ("root", "/srv/www/example"), ("listen", 8080));

        // When
        var results = await Renderer.RenderTemplatesAsync(role, ["vhost.j2"], Vars(("item", item)));

        // Then
        results[0].Error.ShouldBeNull();
        results[0].Text.ShouldBe(
            "#\n# Ansible managed\n#\nserver {\n    listen 8080;\n    server_name example.com www.example.com;\n"
            + "    root /srv/www/example;\n    index index.html index.htm;\n}\n");
    }

    [Fact]
    public async Task A_loop_template_rendered_without_an_item_is_not_ok_and_names_item_and_its_line()
    {
        // Given: the template guards server_name and root with `is defined`, so Ansible renders it without item
        var role = NginxVhosts();

        // When
        var results = await Renderer.RenderTemplatesAsync(role, ["vhost.j2"]);

        // Then
        var error = results[0].Error.ShouldNotBeNull();
        error.Line.ShouldBe(3);
        error.Message.ShouldContain("vhost.j2:3: rendering failed: 'item' is undefined");
    }

    [Fact]
    public async Task RenderAll_reports_each_loop_template_by_the_item_given()
    {
        // Given: an item for vhost.j2 that lacks what upstream.j2 reads unguarded
        var role = NginxVhosts();
        var item = Vars(("server_name", "shop.example.com"), ("root", "/srv/shop"), ("name", "shop"));

        // When
        var results = await new AnsibleTemplateRenderer { Facts = PlatformFacts.Debian12 }.RenderAllAsync(role, Vars(("item", item)));

        // Then
        results.Select(r => (r.Template, r.IsOk)).ShouldBe([("nginx.conf.j2", true), ("upstream.j2", false), ("vhost.j2", true)]);
        results[2].Text.ShouldNotBeNull().ShouldContain("    server_name shop.example.com;\n    root /srv/shop;\n");
        var upstream = results[1].Error.ShouldNotBeNull();
        upstream.UndefinedVariable.ShouldBe("item.servers");
        upstream.Line.ShouldBe(6);
        upstream.Message.ShouldContain("upstream.j2:6: rendering failed:");
        upstream.Message.ShouldContain("'item.servers' is undefined");
    }
}
