using System.Reflection;

namespace AnsibleNginx.Tests;

/// <summary>Where the sample's Ansible files are: the project folder, which the SDK records in the test assembly.</summary>
internal static class SamplePaths
{
    public static string Project { get; } = typeof(SamplePaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "IacTest.ProjectDirectory").Value!;

    public static string Roles => Path.Combine(Project, "roles");

    public static string NginxRole => Path.Combine(Roles, "nginx");

    public static string ConvergePlaybook => Path.Combine(Project, "playbooks", "converge.yml");
}
