using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a network address, <c>tcp://host:port</c>, as seen from inside the environment.</summary>
public sealed class AddrCheck(string address) : CheckBuilder<AddrCheck>("addr", address)
{
    private TimeSpan _timeout = TimeSpan.FromSeconds(2);

    /// <summary>A connection succeeds (or not).</summary>
    public AddrCheck Reachable(bool reachable = true) => Expect("reachable", reachable);

    /// <summary>Connection timeout (default 2 s).</summary>
    public AddrCheck Timeout(TimeSpan timeout)
    {
        _timeout = timeout;
        return this;
    }

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new AddrProbe(Id, _timeout);
}
