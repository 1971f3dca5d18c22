using IacTest.Harness.Ansible;
using IacTest.Harness.Converge;

namespace IacTest.Harness.Tests.Scenarios;

public sealed class AnsibleInstallTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("iactest-ansible-home-").FullName;

    [Fact]
    public void IACTEST_ANSIBLE_HOME_chooses_another_install_whose_path_and_version_are_reported()
    {
        // Given: a second install, the way a virtual environment lays one out (bin/ansible-playbook)
        var system = AnsibleInstall.Of("/usr/bin/ansible-playbook");
        Directory.CreateDirectory(Path.Combine(home, "bin"));
        var program = Path.Combine(home, "bin", "ansible-playbook");
        File.Copy("/usr/bin/ansible-playbook", program);

        // When
        string chosen;
        var previous = Environment.GetEnvironmentVariable("IACTEST_ANSIBLE_HOME");
        Environment.SetEnvironmentVariable("IACTEST_ANSIBLE_HOME", home);
        try
        {
            chosen = AnsibleTools.AnsiblePlaybook;
        }
        finally
        {
            Environment.SetEnvironmentVariable("IACTEST_ANSIBLE_HOME", previous);
        }

        var install = AnsibleInstall.Of(chosen);

        // Then
        chosen.ShouldBe(program);
        install.Program.ShouldBe(program);
        install.Version.ShouldBe(system.Version);
        install.ToString().ShouldBe($"ansible-core {system.Version} ({program})");
    }

    [Fact]
    public void A_home_without_ansible_playbook_is_a_clear_error_naming_the_variable()
    {
        // When
        var error = Should.Throw<InvalidOperationException>(() => AnsibleInstall.Of(Path.Combine(home, "bin", "ansible-playbook")));

        // Then
        error.Message.ShouldStartWith($"ansible-playbook not found at {Path.Combine(home, "bin", "ansible-playbook")}");
        error.Message.ShouldContain("point IACTEST_ANSIBLE_HOME at an install.");
    }

    [Fact]
    public void The_version_is_asked_once_per_machine_until_the_program_is_reinstalled()
    {
        // Given: a program that says its version and counts how often it is asked
        var program = Path.Combine(home, "ansible-playbook");
        var asked = Path.Combine(home, "asked");
        Install(program, asked, "2.99.1");

        // When: two test processes look it up (each probes: the per-process memo is not shared)
        var first = AnsibleInstall.Probe(program);
        var second = AnsibleInstall.Probe(program);

        // Then: it ran once, and both know its version
        File.ReadAllLines(asked).Length.ShouldBe(1);
        first.Version.ShouldBe(new Version(2, 99, 1));
        second.ShouldBe(first);

        // When: another version is installed in its place
        Install(program, asked, "2.99.10");
        var upgraded = AnsibleInstall.Probe(program);

        // Then: it is asked again
        File.ReadAllLines(asked).Length.ShouldBe(2);
        upgraded.Version.ShouldBe(new Version(2, 99, 10));
    }

    [Theory]
    [InlineData("ansible-playbook [core 2.14.18]", "2.14.18")]
    [InlineData("ansible-playbook [core 2.16.0rc1]", "2.16.0")]
    [InlineData("ansible-playbook 2.9.27", null)]
    public void The_version_is_read_from_the_first_line_of_version_output(string line, string? expected) =>
        AnsibleInstall.ParseVersionLine(line)?.ToString().ShouldBe(expected);

    public void Dispose() => Directory.Delete(home, recursive: true);

    private static void Install(string program, string asked, string version)
    {
        File.WriteAllText(program, $"#!/bin/sh\necho asked >> '{asked}'\necho 'ansible-playbook [core {version}]'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
