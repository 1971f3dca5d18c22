using IacTest.Lint.Engine;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;

// Not "Architecture": that would hide System.Runtime.InteropServices.Architecture from the other test namespaces.
namespace IacTest.Harness.Tests.Layering;

/// <summary>
/// The namespaces of an assembly form layers: none depends, through any chain, on a namespace that depends on it.
/// A cycle makes every namespace in it one unit that cannot be understood, tested or moved alone.
/// </summary>
public sealed class NamespaceCycleTests
{
    public static TheoryData<string> Assemblies => new()
    {
        typeof(LintEngine).Assembly.Location,
        typeof(IacTest.Harness.Environments.IacEnvironment).Assembly.Location,
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_namespace_depends_on_itself_through_others(string assemblyPath)
    {
        // Given
        var graph = NamespaceGraph.Read(assemblyPath);

        // When
        var cycles = graph.Cycles();

        // Then
        cycles.ShouldBeEmpty($"namespace cycles in {Path.GetFileName(assemblyPath)}:\n{string.Join("\n", cycles)}");
    }

    [Fact]
    public void The_graph_holds_the_dependencies_the_compiled_code_has()
    {
        // Given the engine, whose methods call the rules' Check and return diagnostics
        var graph = NamespaceGraph.Read(typeof(LintEngine).Assembly.Location);

        // Then
        graph.Edges["IacTest.Lint.Engine"].Keys.ShouldContain("IacTest.Lint.Diagnostics");
        graph.Edges.Keys.ShouldNotContain(string.Empty);
    }

    [Fact]
    public void A_cycle_is_named_with_the_path_around_it_and_an_example_of_each_step()
    {
        // Given A -> B -> C -> A, and D -> A outside the cycle
        var graph = new NamespaceDependencies(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["A"] = new Dictionary<string, string> { ["B"] = "A1 uses B1" },
            ["B"] = new Dictionary<string, string> { ["C"] = "B1 uses C1" },
            ["C"] = new Dictionary<string, string> { ["A"] = "C1 uses A1" },
            ["D"] = new Dictionary<string, string> { ["A"] = "D1 uses A1" },
        });

        // When
        var cycles = graph.Cycles();

        // Then
        cycles.ShouldBe(["3 namespaces depend on each other (A, B, C), for example: A -> B (A1 uses B1) -> C (B1 uses C1) -> A (C1 uses A1); the dependencies among them: A -> B (A1 uses B1); B -> C (B1 uses C1); C -> A (C1 uses A1)"]);
    }

    [Fact]
    public void Layers_without_a_cycle_pass()
    {
        // Given A -> B -> C and A -> C
        var graph = new NamespaceDependencies(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["A"] = new Dictionary<string, string> { ["B"] = "x", ["C"] = "y" },
            ["B"] = new Dictionary<string, string> { ["C"] = "z" },
        });

        // Then
        graph.Cycles().ShouldBeEmpty();
    }
}
