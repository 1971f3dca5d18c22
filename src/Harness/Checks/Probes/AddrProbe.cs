using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>addr: <c>reachable</c> — a TCP connection from inside the environment to <c>tcp://host:port</c> succeeds in time.</summary>
/// <param name="Address">The address, <c>tcp://host:port</c>.</param>
/// <param name="Timeout">Connection timeout.</param>
internal sealed record AddrProbe(string Address, TimeSpan Timeout) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["reachable"];

    private const string Script = """
        h="$1"; p="$2"; t="$3"
        if command -v bash >/dev/null 2>&1; then
          if timeout "$t" bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$h" "$p"; then echo reachable; else echo unreachable; fi
        else
          out=$(timeout "$t" nc -w "$t" "$h" "$p" </dev/null 2>&1); rc=$?; [ -n "$out" ] && echo "$out"
          case "$out" in *"can't connect"*|*"bad address"*|*"timed out"*|*"refused"*) echo unreachable ;;
            *) if [ $rc -eq 0 ] || [ $rc -eq 143 ]; then echo reachable; else echo unreachable; fi ;; esac
        fi
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var (host, port, seconds) = TcpTarget.Parse(Address, Timeout);
        var facts = new ResourceFacts();
        var result = await Shell.RunAsync(target, facts, $"connect {host}:{port} (bash /dev/tcp or nc, {seconds} s)", Script,
            [host, port, seconds], ct).ConfigureAwait(false);
        return facts.Set("reachable", result.Stdout.TrimEnd().EndsWith("\nreachable", StringComparison.Ordinal) || result.Stdout.Trim() == "reachable");
    }
}
