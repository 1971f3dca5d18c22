using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a port: <c>tcp:80</c>, <c>tcp6:80</c>, <c>udp:53</c>, <c>udp6:53</c>.</summary>
public sealed class PortCheck(string port) : CheckBuilder<PortCheck>("port", port)
{
    /// <summary>Something listens (or not).</summary>
    public PortCheck Listening(bool listening = true) => Expect("listening", listening);

    /// <summary>Listens on <paramref name="address"/> (e.g. <c>0.0.0.0</c>, <c>127.0.0.1</c>, <c>::</c>).</summary>
    public PortCheck OnAddress(string address) => Expect("ip", Matcher.ContainElement(address));

    /// <summary>Any matcher on the list of listening addresses.</summary>
    public PortCheck Ip(Matcher addresses) => Expect("ip", addresses);

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new PortProbe(Id);
}
