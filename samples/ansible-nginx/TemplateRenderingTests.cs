namespace AnsibleNginx.Tests;

/// <summary>The role's templates rendered by the real Ansible, with the role's defaults, compared with committed snapshots.</summary>
public sealed class TemplateRenderingTests
{
    private static readonly AnsibleRole Nginx = AnsibleRole.Load(SamplePaths.NginxRole);
    private static readonly AnsibleTemplateRenderer Renderer = new();

    private static Dictionary<string, object?> ServerName() => new() { ["nginx_server_name"] = "www.example.test" };

    [Fact]
    public async Task The_site_configuration_matches_its_snapshot()
    {
        // When
        var text = await Renderer.RenderAsync(Nginx, "site.conf.j2", ServerName());

        // Then
        Snapshot.Match(text, extension: "conf");
    }

    [Fact]
    public async Task The_index_page_matches_its_snapshot()
    {
        // When
        var text = await Renderer.RenderAsync(Nginx, "index.html.j2", ServerName());

        // Then
        Snapshot.Match(text, extension: "html");
    }

    [Fact]
    public async Task Without_ipv6_the_site_listens_on_ipv4_only()
    {
        // Given
        var variables = ServerName();
        variables["nginx_listen_ipv6"] = false;
        variables["nginx_port"] = 8080;

        // When
        var text = await Renderer.RenderAsync(Nginx, "site.conf.j2", variables);

        // Then
        text.ShouldContain("    listen 8080 default_server;\n");
        text.ShouldNotContain("[::]");
    }

    [Fact]
    public async Task The_index_page_escapes_html_in_its_text()
    {
        // Given
        var variables = ServerName();
        variables["nginx_index_content"] = "Fish & <b>chips</b>";

        // When
        var text = await Renderer.RenderAsync(Nginx, "index.html.j2", variables);

        // Then
        text.ShouldContain("  <p>Fish &amp; &lt;b&gt;chips&lt;/b&gt;</p>\n");
    }
}
