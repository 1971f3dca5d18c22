using IacTest.Harness.Checks.Probes;
using IacTest.Harness.Checks;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Goss;

/// <summary>
/// goss's addr <c>reachable</c> with <c>local-address</c>: the connection leaves from that local address. bash's
/// <c>/dev/tcp</c> and busybox <c>nc</c> cannot choose it, so this uses python3, else an <c>nc</c> with <c>-s</c>; a
/// machine with neither is an error that says so (never a silent connection from another address).
/// </summary>
/// <param name="Address">The address, <c>tcp://host:port</c>.</param>
/// <param name="LocalAddress">The local address to connect from.</param>
/// <param name="Timeout">Connection timeout.</param>
internal sealed record LocalAddressAddrProbe(string Address, string LocalAddress, TimeSpan Timeout) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["reachable"];

    private const string Script = """
        h="$1"; p="$2"; t="$3"; l="$4"
        if command -v python3 >/dev/null 2>&1; then
          python3 -c 'import socket,sys
        h,p,t,l=sys.argv[1],int(sys.argv[2]),float(sys.argv[3]),sys.argv[4]
        try:
            s=socket.create_connection((h,p),timeout=t,source_address=(l,0)); s.close(); print("reachable")
        except OSError as e:
            print(e); print("unreachable")' "$h" "$p" "$t" "$l"
        elif nc -h 2>&1 | grep -q -- ' -s '; then
          if timeout "$t" nc -z -w "$t" -s "$l" "$h" "$p"; then echo reachable; else echo unreachable; fi
        else echo "no python3 and no nc with -s to connect from $l" >&2; exit 127; fi
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var (host, port, seconds) = TcpTarget.Parse(Address, Timeout);
        var facts = new ResourceFacts();
        var result = await Shell.RunAsync(target, facts, $"connect {host}:{port} from {LocalAddress} (python3 or nc -s, {seconds} s)", Script,
            [host, port, seconds, LocalAddress], ct).ConfigureAwait(false);
        if (result.ExitCode == 127)
        {
            throw new InvalidOperationException(result.Stderr.Trim());
        }

        return facts.Set("reachable", result.Stdout.TrimEnd().EndsWith("reachable", StringComparison.Ordinal)
            && !result.Stdout.TrimEnd().EndsWith("unreachable", StringComparison.Ordinal));
    }
}
