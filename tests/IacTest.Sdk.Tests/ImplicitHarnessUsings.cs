using System.Reflection;
using System.Xml.Linq;
using IacTest.Harness.Environments;

namespace IacTest.Sdk.Tests;

/// <summary>The harness namespaces the SDK imports implicitly, read from Sdk.targets, and a type of each.</summary>
internal static class ImplicitHarnessUsings
{
    /// <summary>
    /// Public harness namespaces a test does not need: the engine and reaper work below environments, the probes are
    /// built by the checks DSL, the SSH test servers serve the harness's own tests and samples, and live progress is
    /// written by the harness's own steps and test attributes.
    /// </summary>
    public static readonly IReadOnlyList<string> LeftOut =
    [
        "IacTest.Harness.Checks.Probes", "IacTest.Harness.Engine", "IacTest.Harness.Progress", "IacTest.Harness.Reaping", "IacTest.Harness.Targets.Testing",
    ];

    /// <summary>The <c>IacTest.Harness.*</c> implicit usings of Sdk.targets.</summary>
    public static IReadOnlyList<string> Declared() =>
        [.. XDocument.Load(Path.Combine(PackedSdkFixture.RepositoryRoot, "src", "Sdk", "Sdk", "Sdk.targets"))
            .Descendants("Using")
            .Select(u => (string)u.Attribute("Include")!)
            .Where(n => n.StartsWith("IacTest.Harness.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>Every namespace of the harness holding a public type.</summary>
    public static IReadOnlyList<string> PublicNamespaces() =>
        [.. typeof(EnvironmentBuilder).Assembly.GetExportedTypes().Select(t => t.Namespace!).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>One public, non-generic, top-level type of <paramref name="ns"/>, by name, to name without a using.</summary>
    public static string ATypeOf(string ns) => typeof(EnvironmentBuilder).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == ns && !t.IsNested && !t.IsGenericTypeDefinition && t.GetCustomAttribute<ObsoleteAttribute>() is null)
        .Select(t => t.Name)
        .Order(StringComparer.Ordinal)
        .First();
}
