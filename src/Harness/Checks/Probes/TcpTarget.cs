using System.Globalization;

namespace IacTest.Harness.Checks.Probes;

/// <summary>
/// The target of an addr check, as the probe scripts take it: host (brackets of an IPv6 literal removed), port and
/// timeout in whole seconds (at least one: <c>timeout</c> and <c>nc -w</c> take no fractions).
/// </summary>
/// <param name="Host">The host.</param>
/// <param name="Port">The port, in the invariant culture.</param>
/// <param name="Seconds">The timeout in whole seconds, rounded up, in the invariant culture.</param>
internal readonly record struct TcpTarget(string Host, string Port, string Seconds)
{
    /// <summary>The target of <paramref name="address"/> (<c>tcp://host:port</c>); any other form is an error that names it.</summary>
    /// <exception cref="FormatException">The address is not <c>tcp://host:port</c>.</exception>
    public static TcpTarget Parse(string address, TimeSpan timeout)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != "tcp" || uri.Port <= 0)
        {
            throw new FormatException($"addr '{address}' is not tcp://host:port (udp cannot be checked for reachability)");
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new TcpTarget(uri.Host.Trim('[', ']'), uri.Port.ToString(CultureInfo.InvariantCulture), seconds);
    }
}
