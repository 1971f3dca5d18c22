using System.Reflection;
using System.Runtime.CompilerServices;
using IacTest.Harness.Environments;

namespace IacTest.Harness.Converge;

/// <summary>Connects converge runs and Molecule scenarios to environments.</summary>
public static class EnvironmentConvergeExtensions
{
    /// <summary>Adds the environment's container to the inventory (connection <c>community.docker.docker</c>).</summary>
    public static AnsiblePlaybookRun WithEnvironment(this AnsiblePlaybookRun run, IacEnvironment environment, string inventoryName = "instance") =>
        run.WithContainer(environment.ContainerName, inventoryName);

    /// <summary>The environment as a scenario instance; destroying the instance disposes the environment.</summary>
    public static ScenarioInstance AsScenarioInstance(this IacEnvironment environment) => new(environment.ContainerName, environment);

    /// <summary>
    /// The usual scenario: a fresh environment from <paramref name="builder"/>, the role applied to it as host
    /// <c>instance</c> (with <paramref name="configure"/> adding variables, tags, output), and an optional verify.
    /// A relative <paramref name="roleDirectory"/> is relative to the test project's folder.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The role folder does not exist (thrown here, before any container starts).</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static MoleculeScenario ForRole(
        this EnvironmentBuilder builder,
        string roleDirectory,
        Func<AnsiblePlaybookRun, AnsiblePlaybookRun>? configure = null,
        Func<ScenarioInstance, CancellationToken, Task>? verify = null)
    {
        // Resolved here: the calling test assembly knows its project folder; the deferred run below would not.
        var role = ProjectRelativePath.RequireDirectory(roleDirectory, Assembly.GetCallingAssembly(), "role folder");
        return new(
            builder,
            role,
            instance =>
            {
                var run = AnsiblePlaybookRun.Role(role).WithContainer(instance.ContainerName, "instance");
                return configure is null ? run : configure(run);
            },
            verify);
    }
}
