using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a name lookup from inside the environment.</summary>
public sealed class DnsCheck(string name) : CheckBuilder<DnsCheck>("dns", name)
{
    private TimeSpan _timeout = TimeSpan.FromSeconds(2);
    private string? _server;

    /// <summary>The name resolves (or not).</summary>
    public DnsCheck Resolvable(bool resolvable = true) => Expect("resolvable", resolvable);

    /// <summary>Resolves to <paramref name="address"/> (among others).</summary>
    public DnsCheck HasAddress(string address) => Expect("addrs", Matcher.ContainElement(address));

    /// <summary>Any matcher on the list of addresses.</summary>
    public DnsCheck Addrs(Matcher addresses) => Expect("addrs", addresses);

    /// <summary>Asks this DNS server instead of the environment's resolver.</summary>
    public DnsCheck Server(string server)
    {
        _server = server;
        return this;
    }

    /// <summary>Lookup timeout (default 2 s).</summary>
    public DnsCheck Timeout(TimeSpan timeout)
    {
        _timeout = timeout;
        return this;
    }

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new DnsProbe(Id, _timeout, _server);
}
