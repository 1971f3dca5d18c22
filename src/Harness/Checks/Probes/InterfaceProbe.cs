using System.Globalization;
using System.Net;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>
/// interface: <c>exists</c>, <c>mtu</c>, <c>addrs</c> (<c>172.17.0.2/16</c>, <c>fe80::1/64</c>), read from
/// <c>/sys/class/net</c> and <c>/proc/net</c> so no <c>ip</c> tool is needed.
/// </summary>
/// <param name="Name">The interface, e.g. <c>eth0</c>.</param>
internal sealed record InterfaceProbe(string Name) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["exists", "mtu", "addrs"];

    private const string Script = """
        if [ -d "/sys/class/net/$1" ]; then echo "mtu $(cat /sys/class/net/$1/mtu)"; else echo absent; fi
        echo '#route'; cat /proc/net/route 2>/dev/null; echo '#inet6'; cat /proc/net/if_inet6 2>/dev/null; echo '#trie'; cat /proc/net/fib_trie 2>/dev/null
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var result = await Shell.RunQuickAsync(target, facts, $"cat /sys/class/net/{Name}/mtu /proc/net/route /proc/net/if_inet6 /proc/net/fib_trie", Script, [Name], ct).ConfigureAwait(false);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["head"] = [] };
        var current = sections["head"];
        foreach (var line in result.Stdout.Split('\n'))
        {
            if (line is "#route" or "#inet6" or "#trie")
            {
                current = sections[line] = [];
                continue;
            }

            current.Add(line);
        }

        var head = sections["head"].FirstOrDefault() ?? "absent";
        if (!head.StartsWith("mtu ", StringComparison.Ordinal))
        {
            return facts.Set("exists", false);
        }

        var addresses = new List<string>();
        addresses.AddRange(Ipv4Addresses(sections.GetValueOrDefault("#route") ?? [], sections.GetValueOrDefault("#trie") ?? []));
        foreach (var line in sections.GetValueOrDefault("#inet6") ?? [])
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 6 && fields[5] == Name)
            {
                var address = new IPAddress(Convert.FromHexString(fields[0]));
                addresses.Add($"{address}/{int.Parse(fields[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture)}");
            }
        }

        return facts.Set("exists", true).Set("mtu", long.Parse(head[4..], CultureInfo.InvariantCulture)).Set("addrs", addresses);
    }

    /// <summary>The local IPv4 addresses (fib_trie "/32 host LOCAL") that fall in one of this interface's routes.</summary>
    private List<string> Ipv4Addresses(List<string> route, List<string> trie)
    {
        var subnets = new List<(uint Network, uint Mask)>();
        foreach (var line in route.Skip(1))
        {
            var fields = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length >= 8 && fields[0] == Name && fields[1] != "00000000")
            {
                subnets.Add((ToHost(fields[1]), ToHost(fields[7])));
            }
        }

        if (Name == "lo")
        {
            subnets.Add((0x7F000000, 0xFF000000));
        }

        var result = new List<string>();
        string? last = null;
        foreach (var line in trie)
        {
            var text = line.Trim();
            if (text.StartsWith("|-- ", StringComparison.Ordinal))
            {
                last = text[4..];
            }
            else if (text == "/32 host LOCAL" && last is not null && IPAddress.TryParse(last, out var address))
            {
                var bytes = address.GetAddressBytes();
                var value = (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
                foreach (var (network, mask) in subnets)
                {
                    var entry = $"{last}/{System.Numerics.BitOperations.PopCount(mask)}";
                    if ((value & mask) == network && !result.Contains(entry))
                    {
                        result.Add(entry);
                    }
                }
            }
        }

        return result;
    }

    private static uint ToHost(string hex)
    {
        var value = uint.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        // /proc/net/route prints addresses as little-endian 32-bit words.
        return System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value);
    }
}
