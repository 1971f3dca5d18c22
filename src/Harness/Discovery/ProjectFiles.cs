using System.Reflection;
using System.Runtime.CompilerServices;

namespace IacTest.Harness.Discovery;

/// <summary>
/// The test project's own folder, where its roles, manifests and compose files live. Projects built with the
/// IacTest SDK record that folder in the test assembly (<c>AssemblyMetadata("IacTest.ProjectDirectory", …)</c>),
/// so tests read the sources in place instead of copies in the output folder.
/// </summary>
public static class ProjectFiles
{
    /// <summary>The metadata key the SDK writes into every test assembly.</summary>
    public const string MetadataKey = "IacTest.ProjectDirectory";

    /// <summary>The project folder of the calling test assembly.</summary>
    /// <exception cref="InvalidOperationException">The assembly was not built with the IacTest SDK.</exception>
    public static string Directory
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        get => DirectoryOf(Assembly.GetCallingAssembly());
    }

    /// <summary>A path inside the project folder of the calling test assembly, e.g. <c>Path("roles", "nginx")</c>.</summary>
    /// <exception cref="InvalidOperationException">The assembly was not built with the IacTest SDK.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string Path(params string[] relative) =>
        System.IO.Path.Combine([DirectoryOf(Assembly.GetCallingAssembly()), .. relative]);

    /// <summary>The project folder recorded in <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidOperationException">The assembly carries no project folder.</exception>
    public static string DirectoryOf(Assembly assembly) =>
        TryDirectoryOf(assembly)
        ?? throw new InvalidOperationException(
            $"{assembly.GetName().Name} does not record its project folder: build it with the IacTest SDK "
            + $"(<Project Sdk=\"IacTest.Sdk\">) or add [assembly: AssemblyMetadata(\"{MetadataKey}\", \"…\")].");

    /// <summary>The project folder recorded in <paramref name="assembly"/>, or null when there is none.</summary>
    public static string? TryDirectoryOf(Assembly assembly) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == MetadataKey)?.Value;
}
