using IacTest.Harness.Goss;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Goss;

/// <summary>The webshop suite (includes with file:/skip:, a vars file, range/if/printf/sprig) loads whole.</summary>
public sealed class GossWebshopSuiteTests
{
    public static readonly string[] Rows =
    [
        "http:http://127.0.0.1:8080/api/items (create an item as WEBSHOP)", "http:http://127.0.0.1:8080/old-cart", "http:http://127.0.0.1:8080/admin",
        "http:http://backend.internal/health", "http:http://127.0.0.1:8080/health?verbose=1", "http:http://127.0.0.1:8080/api/status (status document)",
        "addr:tcp://127.0.0.1:8080", "addr:tcp://127.0.0.1:8080", "port:tcp:8080", "service:shop", "process:shop", "file:/etc/shop/shop.conf",
        "package:python3-minimal", "package:dpkg", "package:python3", "mount:/scratch", "mount:/", "command:cat /etc/shop/version", "dns:localhost", "interface:lo",
        "kernel-param:kernel.ostype",
        "matching:site-name-is-lower-case", "matching:env-path-has-usr", "matching:every-user-has-a-uid", "matching:site-from-env-or-default",
        "matching:first-word-of-banner", "matching:metrics-switch", "matching:api-item-pattern", "matching:version-list",
        "matching:feature-switches", "matching:feature-switches-as-json",
        "user:shop", "user:deploy", "group:www-data",
    ];

    [Fact]
    public void Every_resource_of_the_suite_loads_with_every_attribute()
    {
        // Given
        var vars = GossVars.Load(GossDataAttribute.Locate("Goss/Fixtures/webshop/vars.yaml"), "api.password");

        // When
        var suite = GossSuite.Load(GossDataAttribute.Locate("Goss/Fixtures/webshop/goss.yaml"), vars: vars);

        // Then: nothing dropped, nothing reported; the skipped includes (one of them not even YAML) are not read
        suite.Diagnostics.ShouldBeEmpty();
        suite.Resources.Select(r => r.Label).ShouldBe(Rows);
        var attributes = suite.Resources.Sum(r => r.Check.Expectations.Count);
        attributes.ShouldBe(57);
    }

    [Fact]
    public void Rendered_values_are_what_goss_would_compare()
    {
        var vars = GossVars.Load(GossDataAttribute.Locate("Goss/Fixtures/webshop/vars.yaml"), "api.password");

        var suite = GossSuite.Load(GossDataAttribute.Locate("Goss/Fixtures/webshop/goss.yaml"), vars: vars);

        string Expected(string label, string attribute) => suite.Resources.Single(r => r.Label == label).Check.Expectations.Single(e => e.Key == attribute).Value.ToString()!;
        Expected("command:cat /etc/shop/version", "stdout").ShouldBe("have-patterns [\"webshop-007\"]");
        Expected("file:/etc/shop/shop.conf", "contents").ShouldBe("have-patterns [\"log_level = info\", \"/listen = 8080/\"]");
        Expected("user:shop", "groups").ShouldBe("contain-elements [\"shop\", \"www-data\"]");
        Expected("package:python3", "versions").ShouldBe("contain-elements [have-prefix \"3.11\"]");
        var content = (string name) => suite.Resources.Single(r => r.Label == "matching:" + name).Check.Probe.GetType().GetProperty("Content")!.GetValue(suite.Resources.Single(r => r.Label == "matching:" + name).Check.Probe);
        content("every-user-has-a-uid").ShouldBe(new List<string> { "shop:1201", "deploy:1202" });
        content("first-word-of-banner").ShouldBe("blue");
        content("metrics-switch").ShouldBe("on");
        content("env-path-has-usr").ShouldBe(true);
        content("site-from-env-or-default").ShouldBe("webshop");
    }
}
