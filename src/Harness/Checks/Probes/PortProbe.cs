using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>
/// port: <c>listening</c> and <c>ip</c> (the addresses listened on) for <c>tcp:80</c>, <c>tcp6:80</c>, <c>udp:53</c>,
/// <c>udp6:53</c>, read from <c>/proc/net</c> (no netstat/ss needed). <c>tcp</c> and <c>udp</c> include the IPv6 tables.
/// </summary>
/// <param name="Spec">The port, e.g. <c>tcp:80</c>.</param>
internal sealed record PortProbe(string Spec) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["listening", "ip"];

    private const string Script = """for f in tcp tcp6 udp udp6; do echo "# $f"; cat /proc/net/$f 2>/dev/null; done""";

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var separator = Spec.LastIndexOf(':');
        if (separator <= 0 || !int.TryParse(Spec.AsSpan(separator + 1), out var port))
        {
            throw new FormatException($"port '{Spec}' is not PROTOCOL:PORT (tcp:80, tcp6:80, udp:53, udp6:53)");
        }

        var protocol = Spec[..separator];
        var tables = protocol switch
        {
            "tcp" => new[] { "tcp", "tcp6" },
            "tcp6" => ["tcp6"],
            "udp" => ["udp", "udp6"],
            "udp6" => ["udp6"],
            _ => throw new FormatException($"port '{Spec}': protocol must be tcp, tcp6, udp or udp6"),
        };
        var facts = new ResourceFacts();
        var result = await Shell.RunQuickAsync(target, facts, "cat /proc/net/{tcp,tcp6,udp,udp6}", Script, [], ct).ConfigureAwait(false);
        var addresses = new List<string>();
        string? table = null;
        foreach (var line in result.Stdout.Split('\n'))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                table = line[2..];
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (table is null || !tables.Contains(table) || fields.Length < 4 || !fields[0].EndsWith(':'))
            {
                continue;
            }

            // TCP LISTEN is 0A; an unconnected UDP socket (a listener) is 07.
            var listening = table.StartsWith("tcp", StringComparison.Ordinal) ? fields[3] == "0A" : fields[3] == "07";
            var local = fields[1].Split(':');
            if (listening && ProcNet.ParsePort(local[1]) == port)
            {
                var address = ProcNet.ParseAddress(local[0]).ToString();
                if (!addresses.Contains(address))
                {
                    addresses.Add(address);
                }
            }
        }

        return facts.Set("listening", addresses.Count > 0).Set("ip", addresses);
    }
}
