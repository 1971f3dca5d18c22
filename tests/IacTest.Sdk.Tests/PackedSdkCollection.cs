namespace IacTest.Sdk.Tests;

/// <summary>All end-to-end tests share one packed SDK; they run one after another (each runs real builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackedSdkCollection : ICollectionFixture<PackedSdkFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "packed SDK";
}
