using Xunit;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>
/// A theory that converges a role, with the role's metadata read at discovery, before any container starts: a row
/// whose <see cref="Images.Platform"/> the role's <c>galaxy_info.platforms</c> does not list, or every row when the
/// Ansible in use is older than its <c>min_ansible_version</c>, is skipped with the reason. Needs a container engine
/// as <see cref="DockerTheoryAttribute"/> does.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("IacTest.Harness.Xunit.RoleTheoryDiscoverer", "IacTest.Harness")]
public sealed class RoleTheoryAttribute : TheoryAttribute
{
    /// <summary>Names the role folder (relative to the test project's folder) and probes the engine.</summary>
    public RoleTheoryAttribute(string roleDirectory)
    {
        RoleDirectory = roleDirectory;
        if (EngineSkip.Reason() is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>The role folder as written.</summary>
    public string RoleDirectory { get; }
}
