using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a network interface.</summary>
public sealed class InterfaceCheck(string name) : CheckBuilder<InterfaceCheck>("interface", name)
{
    /// <summary>Exists (or not).</summary>
    public InterfaceCheck Exists(bool exists = true) => Expect("exists", exists);

    /// <summary>MTU.</summary>
    public InterfaceCheck Mtu(Matcher mtu) => Expect("mtu", mtu);

    /// <summary>Has address <paramref name="cidr"/> (e.g. <c>127.0.0.1/8</c>).</summary>
    public InterfaceCheck HasAddress(string cidr) => Expect("addrs", Matcher.ContainElement(cidr));

    /// <summary>Any matcher on the list of addresses (CIDR notation).</summary>
    public InterfaceCheck Addrs(Matcher addresses) => Expect("addrs", addresses);

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new InterfaceProbe(Id);
}
