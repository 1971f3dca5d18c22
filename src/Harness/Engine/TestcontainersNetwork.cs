using DotNet.Testcontainers.Networks;

namespace IacTest.Harness.Engine;

/// <summary>A network run by Testcontainers.</summary>
internal sealed class TestcontainersNetwork(INetwork network) : IEngineNetwork
{
    public string Name => network.Name;

    public async ValueTask DisposeAsync() => await network.DeleteAsync().ConfigureAwait(false);
}
