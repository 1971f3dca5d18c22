namespace IacTest.Harness.Tests.Modules;

/// <summary>
/// Tests that load assemblies carrying module references (the docs runner's compiled examples) change what
/// <c>IacModules.All</c> reads from the process, and with it every converge cache key; a test that compares two keys
/// of one scenario must not run while they load. A user's test process has one fixed set, so this is the tests' own
/// concern, not the cache's.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ModuleReferencesCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process-wide module references";
}
