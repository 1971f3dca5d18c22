namespace AnsibleNginx.Tests;

/// <summary>The integration tests share one converged container; xunit runs the tests of a collection one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ConvergedNginxCollection : ICollectionFixture<ConvergedNginx>
{
    public const string Name = "converged nginx";
}
