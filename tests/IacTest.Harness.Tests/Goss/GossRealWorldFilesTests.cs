using IacTest.Harness.Goss;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Goss;

/// <summary>Goss files shaped like those of real projects load whole: every resource, every attribute, no problem.</summary>
public sealed class GossRealWorldFilesTests
{
    [Theory]
    [InlineData("Goss/Fixtures/real/redis-role/molecule/default/goss.yaml", "Goss/Fixtures/real/redis-role/molecule/default/vars.yaml", 13, 28)]
    [InlineData("Goss/Fixtures/real/php-image/goss.yaml", null, 10, 16)]
    [InlineData("Goss/Fixtures/webshop/goss.yaml", "Goss/Fixtures/webshop/vars.yaml", 34, 57)]
    [InlineData("Goss/Fixtures/busybox.yaml", null, 25, -1)]
    [InlineData("Goss/Fixtures/debian.yaml", null, -1, -1)]
    [InlineData("samples/ansible-nginx/goss.yaml", null, 9, 19)]
    public void Loads_whole(string goss, string? vars, int resources, int attributes)
    {
        // When
        var suite = GossSuite.Load(GossDataAttribute.Locate(goss), vars: vars is null ? null : GossVars.Load(GossDataAttribute.Locate(vars)));

        // Then
        suite.Diagnostics.ShouldBeEmpty();
        suite.Resources.ShouldNotBeEmpty();
        if (resources >= 0)
        {
            suite.Resources.Count.ShouldBe(resources);
        }

        if (attributes >= 0)
        {
            suite.Resources.Sum(r => r.Check.Expectations.Count).ShouldBe(attributes);
        }
    }

    [Fact]
    public void The_redis_file_renders_its_vars_where_goss_would()
    {
        var suite = GossSuite.Load(GossDataAttribute.Locate("Goss/Fixtures/real/redis-role/molecule/default/goss.yaml"),
            vars: GossVars.Load(GossDataAttribute.Locate("Goss/Fixtures/real/redis-role/molecule/default/vars.yaml")));

        string Expected(string label, string attribute) => suite.Resources.Single(r => r.Label == label).Check.Expectations.Single(e => e.Key == attribute).Value.ToString()!;
        Expected("file:/etc/redis/redis.conf", "contents").ShouldBe(
            "have-patterns [\"/^port 6380$/\", \"/^bind 127.0.0.1  ::1$/\", \"!/^requirepass $/\", \"rename-command FLUSHALL \"\"\", \"rename-command CONFIG-OFF \"\"\"]");
        Expected("port:tcp:6380", "ip").ShouldBe("contain-elements [\"127.0.0.1\", \"::1\"]");
        Expected("command:redis-cli -p 6380 config get maxmemory", "stdout").ShouldBe("have-patterns [\"268435456\"]");
        Expected("kernel-param:net.core.somaxconn", "value").ShouldBe("ge 511");
        Expected("package:redis-server", "versions").ShouldBe("contain-elements [have-prefix \"5:7.0\"]");
    }
}
