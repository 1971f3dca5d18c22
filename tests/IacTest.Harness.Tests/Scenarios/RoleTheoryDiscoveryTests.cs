using IacTest.Harness.Converge;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace IacTest.Harness.Tests.Scenarios;

public sealed class RoleTheoryDiscoveryTests
{
    [DockerFact]
    public void A_platform_the_role_does_not_list_is_a_skipped_row_that_says_why()
    {
        // Given: heartbeat lists Debian bookworm and trixie
        // When
        var rows = Discover(nameof(RoleTheorySamples.Heartbeat));

        // Then
        rows.Select(r => (r.Platform, r.Skip is not null)).ShouldBe(
            [("debian:bookworm:systemd", false), ("debian:trixie:systemd", false), ("debian:bullseye:systemd", true)]);
        rows[2].Skip.ShouldStartWith("role heartbeat does not list debian bullseye in its platforms (Debian bookworm, trixie at ");
        rows[2].Skip!.ShouldContain(Path.Combine("Roles", "heartbeat", "meta", "main.yml") + ":9:");
    }

    [DockerFact]
    public void A_role_that_needs_a_newer_Ansible_skips_every_row_naming_both_versions()
    {
        // Given: apt_sources needs ansible-core 2.15 (deb822_repository); the machine has Debian's 2.14
        var installed = AnsibleInstall.Current;
        if (installed.Version >= new Version(2, 15, 0))
        {
            return; // A newer Ansible runs the role: nothing to skip.
        }

        // When
        var rows = Discover(nameof(RoleTheorySamples.AptSources));

        // Then
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r.Skip != null);
        rows[0].Skip.ShouldStartWith("role apt_sources needs Ansible 2.15 or newer (min_ansible_version at ");
        rows[0].Skip!.ShouldContain($"the Ansible in use is ansible-core {installed.Version} ({installed.Program})");
    }

    [DockerFact]
    public void A_missing_role_folder_is_one_failing_test_naming_the_folder()
    {
        // When
        var cases = DiscoverCases(nameof(RoleTheorySamples.MissingRole));

        // Then
        var error = cases.ShouldHaveSingleItem().ShouldBeOfType<ExecutionErrorTestCase>();
        error.ErrorMessage.ShouldStartWith("[RoleTheory(\"Roles/no_such_role\")]: The role folder '");
        error.ErrorMessage.ShouldContain("no_such_role' does not exist.");
    }

    private static List<(string Platform, string? Skip)> Discover(string method) =>
        DiscoverCases(method).Select(c => (((Platform)c.TestMethodArguments[0]).Name, (string?)c.SkipReason)).ToList();

    private static List<IXunitTestCase> DiscoverCases(string method)
    {
        var type = typeof(RoleTheorySamples);
        var testClass = new TestClass(new TestCollection(new TestAssembly(Reflector.Wrap(type.Assembly)), null, "samples"), Reflector.Wrap(type));
        var testMethod = new TestMethod(testClass, Reflector.Wrap(type.GetMethod(method)!));
        var attribute = testMethod.Method.GetCustomAttributes(typeof(RoleTheoryAttribute)).Single();
        return new RoleTheoryDiscoverer(new NullMessageSink()).Discover(new DiscoveryOptions(), testMethod, attribute).ToList();
    }

    private sealed class DiscoveryOptions : ITestFrameworkDiscoveryOptions
    {
        public TValue GetValue<TValue>(string name) => default!;

        public void SetValue<TValue>(string name, TValue value)
        {
        }
    }
}
