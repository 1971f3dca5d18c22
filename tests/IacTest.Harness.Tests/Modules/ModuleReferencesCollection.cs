namespace IacTest.Harness.Tests.Modules;

/// <summary>
/// Tests that change what the whole test process sees, run apart from every other test (xunit runs a collection that
/// disables parallelization after the parallel ones): the docs runner's compiled examples carry module references
/// that <c>IacModules.All</c> reads, which changes every converge cache key, and its fleet sets the ssh client
/// configuration and the pipeline variables the pages read (<c>IACTEST_SSH_CONFIG</c>, …) for the process — an SSH
/// test running meanwhile would connect through a configuration that is removed when the fleet stops. A user's test
/// process has one fixed set of both, so this is the tests' own concern, not the harness's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ModuleReferencesCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process-wide module references and environment";
}
