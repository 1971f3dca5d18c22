using IacTest.Harness.Drift;

namespace IacTest.Harness.Tests.Drift;

public sealed class StateHostListTests
{
    private const string ListPath = "/srv/audit/hosts.txt";

    [Fact]
    public void Reads_names_addresses_and_settings_with_comments_and_relative_keys()
    {
        // Given
        const string text = """
            # bastions of the eu region
            bastion-eu1  10.20.0.11  user=deploy key=keys/audit become=true
            bastion-eu2  bastion-eu2.internal port=2222   # moved behind the new firewall

            """;

        // When
        var hosts = StateHostList.Parse(text, ListPath);

        // Then
        hosts.ShouldBe(
        [
            new DriftHost("bastion-eu1", "10.20.0.11") { User = "deploy", KeyFile = "/srv/audit/keys/audit", Become = true },
            new DriftHost("bastion-eu2", "bastion-eu2.internal") { Port = 2222 },
        ]);
    }

    [Fact]
    public void Expands_environment_variables_and_names_a_missing_one_with_its_position()
    {
        // Given
        var name = "IACTEST_TEST_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, "/run/secrets/audit_key");

        // When
        var hosts = StateHostList.Parse($"web1 10.0.0.5 key=${{{name}}}\n", ListPath);
        var missing = Should.Throw<StateHostListException>(() => StateHostList.Parse("web1 10.0.0.5\nweb2 ${IACTEST_TEST_NOT_SET_ANYWHERE}\n", ListPath));

        // Then
        hosts.Single().KeyFile.ShouldBe("/run/secrets/audit_key");
        missing.Message.ShouldBe($"{ListPath}(2,6): environment variable IACTEST_TEST_NOT_SET_ANYWHERE is not set");
    }

    [Theory]
    [InlineData("web1\n", "(1,1): host web1 has no address: write 'name address [key=value …]'")]
    [InlineData("web1 a\nweb1 b\n", "(2,1): host web1 is listed twice")]
    [InlineData("web1 a port=70000\n", "(1,8): port must be a number from 1 to 65535, not '70000'")]
    [InlineData("web1 a become=yes\n", "(1,8): become must be true or false, not 'yes'")]
    [InlineData("web1 a  ansible_host=b\n", "(1,9): unknown setting 'ansible_host' (port, user, key, become)")]
    [InlineData("web1 a deploy\n", "(1,8): 'deploy' is not a key=value setting (port, user, key, become)")]
    public void Every_mistake_is_reported_at_its_line_and_column(string text, string expected)
    {
        Should.Throw<StateHostListException>(() => StateHostList.Parse(text, ListPath)).Message.ShouldBe(ListPath + expected);
    }
}
