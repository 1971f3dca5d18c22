using System.Reflection;
using IacTest.Harness.Images;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>
/// Feeds a theory one <see cref="Platform"/> per name, each its own test row: <c>debian:bookworm</c> (with Python),
/// <c>debian:trixie:systemd</c>, <c>debian:bullseye:plain</c>. With <see cref="RoleTheoryAttribute"/>, a platform the
/// role does not list in its metadata is a skipped row that says why.
/// </summary>
/// <example>
/// <code>
/// [RoleTheory("roles/nginx"), Platforms("debian:bookworm", "debian:trixie:systemd")]
/// public Task Converges(Platform platform) => new EnvironmentBuilder().WithPlatform(platform).ForRole("roles/nginx").RunAsync();
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PlatformsAttribute : DataAttribute
{
    /// <summary>Lists the platforms (<see cref="Platform.Parse"/>).</summary>
    public PlatformsAttribute(params string[] platforms) => Names = platforms;

    /// <summary>The platform names as written.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc />
    /// <exception cref="FormatException">A name is not a platform; the message says which and what is.</exception>
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Names.Count == 0
            ? throw new FormatException("[Platforms] lists no platform: name at least one, e.g. [Platforms(\"debian:bookworm\")].")
            : Names.Select(name => new object[] { Platform.Parse(name) }).ToList();
}
