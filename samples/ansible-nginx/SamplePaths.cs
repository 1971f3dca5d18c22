namespace AnsibleNginx.Tests;

/// <summary>Where the sample's Ansible files are: in the project folder, which the SDK records in the test assembly.</summary>
internal static class SamplePaths
{
    public static string Roles { get; } = ProjectFiles.Path("roles");

    public static string NginxRole { get; } = ProjectFiles.Path("roles", "nginx");

    public static string ConvergePlaybook { get; } = ProjectFiles.Path("playbooks", "converge.yml");
}
