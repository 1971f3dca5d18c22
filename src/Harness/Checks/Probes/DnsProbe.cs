using System.Globalization;
using System.Net.Sockets;
using System.Net;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>
/// dns: <c>resolvable</c> and <c>addrs</c> of a host name as the environment resolves it (<c>getent ahosts</c> when
/// present, else <c>/etc/hosts</c> then <c>nslookup</c>); a <c>server</c> asks that server directly. A <c>A:</c> or
/// <c>AAAA:</c> prefix keeps only that family.
/// </summary>
/// <param name="Name">The name, optionally <c>A:name</c> / <c>AAAA:name</c>.</param>
/// <param name="Timeout">Lookup timeout.</param>
/// <param name="Server">A DNS server to ask instead of the environment's resolver.</param>
internal sealed record DnsProbe(string Name, TimeSpan Timeout, string? Server = null) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["resolvable", "addrs"];

    private const string Script = """
        n="$1"; t="$2"; s="$3"
        if [ -z "$s" ] && command -v getent >/dev/null 2>&1; then echo getent; timeout "$t" getent ahosts "$n"; exit 0; fi
        if [ -z "$s" ]; then echo hosts; awk -v n="$n" '$1 !~ /^#/ { for (i = 2; i <= NF; i++) if ($i == n) print $1 }' /etc/hosts; fi
        echo nslookup; timeout "$t" nslookup "$n" $s 2>&1
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var name = Name;
        AddressFamily? family = null;
        if (name.StartsWith("A:", StringComparison.Ordinal))
        {
            (name, family) = (name[2..], AddressFamily.InterNetwork);
        }
        else if (name.StartsWith("AAAA:", StringComparison.Ordinal))
        {
            (name, family) = (name[5..], AddressFamily.InterNetworkV6);
        }

        var facts = new ResourceFacts();
        var seconds = Math.Max(1, (int)Math.Ceiling(Timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var result = await Shell.RunAsync(target, facts, $"getent ahosts {name} (or /etc/hosts + nslookup {name} {Server})", Script,
            [name, seconds, Server ?? ""], ct).ConfigureAwait(false);
        var addresses = new List<string>();
        var mode = "";
        var afterName = false;
        foreach (var raw in result.Stdout.Split('\n'))
        {
            var line = raw.Trim();
            if (line is "getent" or "hosts" or "nslookup")
            {
                mode = line;
                continue;
            }

            string? candidate = mode switch
            {
                "getent" or "hosts" => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(),
                // nslookup prints the server first ("Address: 127.0.0.11:53"); answers come after "Name:".
                "nslookup" when line.StartsWith("Name:", StringComparison.Ordinal) => Mark(ref afterName),
                "nslookup" when afterName && line.StartsWith("Address", StringComparison.Ordinal) => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(),
                _ => null,
            };
            if (candidate is not null && IPAddress.TryParse(candidate, out var address)
                && (family is null || address.AddressFamily == family) && !addresses.Contains(address.ToString()))
            {
                addresses.Add(address.ToString());
            }
        }

        return facts.Set("resolvable", addresses.Count > 0).Set("addrs", addresses);
    }

    private static string? Mark(ref bool flag)
    {
        flag = true;
        return null;
    }
}
