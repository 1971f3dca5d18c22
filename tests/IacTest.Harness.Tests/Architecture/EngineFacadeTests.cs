using IacTest.Harness.Engine;
using IacTest.Harness.Environments;
using IacTest.Harness.Xunit;

// Not "Architecture": that would hide System.Runtime.InteropServices.Architecture from the other test namespaces.
namespace IacTest.Harness.Tests.Layering;

/// <summary>
/// The container engine is reached through one facade (<c>IContainerEngine</c>): only the engine namespace uses the
/// engine libraries, so changing a transport touches one folder. Read from the compiled assembly, like the cycle test.
/// </summary>
public sealed class EngineFacadeTests
{
    private const string EngineNamespace = "IacTest.Harness.Engine";

    [Fact]
    public void Only_the_engine_namespace_uses_testcontainers_or_the_docker_client()
    {
        // Given every namespace of the harness with the assemblies its compiled code uses
        var uses = NamespaceGraph.ExternalUses(typeof(IacEnvironment).Assembly.Location);

        // When the uses of the engine libraries outside the engine namespace are listed
        var outside = uses
            .Where(n => n.Key != EngineNamespace && !n.Key.StartsWith(EngineNamespace + ".", StringComparison.Ordinal))
            .SelectMany(n => n.Value.Where(a => IsEngineLibrary(a.Key)).Select(a => $"{n.Key} -> {a.Key} ({a.Value})"))
            .ToList();

        // Then there are none, while the engine namespace itself uses them (the reader sees such uses at all)
        outside.ShouldBeEmpty();
        uses[EngineNamespace].Keys.Where(IsEngineLibrary).ShouldBe(["Docker.DotNet", "Testcontainers"], ignoreOrder: true);
    }

    [Fact]
    public void The_engine_namespace_depends_on_no_other_harness_namespace()
    {
        // Given the harness's namespace graph
        var graph = NamespaceGraph.Read(typeof(IacEnvironment).Assembly.Location);

        // Then the engine is the bottom layer: everything may use it, it uses nothing of the harness
        graph.Edges[EngineNamespace].Keys.ShouldBeEmpty();
        graph.Edges["IacTest.Harness.Environments"].Keys.ShouldContain(EngineNamespace);
    }

    [DockerFact]
    public async Task The_facade_answers_with_the_engine_the_probe_found()
    {
        // When the facade is asked twice
        var first = await ContainerEngine.ConnectAsync();
        var second = await ContainerEngine.ConnectAsync();

        // Then it is one engine, the probed one, and it answers an image question through its own transport
        second.ShouldBeSameAs(first);
        first.Info.ShouldBe((await DockerEngine.ProbeAsync()).Info);
        (await first.ImageExistsAsync("iactest/no-such-image:0")).ShouldBeFalse();
        (await first.GetImageIdAsync("iactest/no-such-image:0")).ShouldBeNull();
    }

    private static bool IsEngineLibrary(string assembly) =>
        assembly == "Testcontainers" || assembly.StartsWith("Docker.DotNet", StringComparison.Ordinal);
}
