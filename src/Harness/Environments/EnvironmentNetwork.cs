using IacTest.Harness.Engine;
using IacTest.Harness.Reaping;

namespace IacTest.Harness.Environments;

/// <summary>A throw-away bridge network, labelled like every harness resource, for environments that talk to each other.</summary>
public sealed class EnvironmentNetwork : IAsyncDisposable
{
    private readonly IEngineNetwork _network;

    private EnvironmentNetwork(IEngineNetwork network)
    {
        _network = network;
        Name = network.Name;
    }

    /// <summary>The network name (use it as <see cref="EnvironmentBuilder.WithNetwork(string, string[])"/>).</summary>
    public string Name { get; }

    /// <summary>Creates a fresh network named <c>iactest-&lt;session&gt;-net-&lt;n&gt;</c>.</summary>
    public static async Task<EnvironmentNetwork> CreateAsync(CancellationToken ct = default)
    {
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        await Reaper.ReapOnceAsync().ConfigureAwait(false);
        var network = await engine.CreateNetworkAsync($"iactest-{HarnessSession.Id}-net-{Interlocked.Increment(ref _counter)}", HarnessSession.Labels, ct)
            .ConfigureAwait(false);
        LiveResources.Track(ResourceKind.Network, network.Name);
        return new EnvironmentNetwork(network);
    }

    private static int _counter;

    /// <summary>Removes the network.</summary>
    public async ValueTask DisposeAsync()
    {
        await _network.DisposeAsync().ConfigureAwait(false);
        LiveResources.Forget(ResourceKind.Network, Name);
    }
}
