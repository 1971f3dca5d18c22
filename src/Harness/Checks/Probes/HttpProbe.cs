using System.Globalization;
using IacTest.Harness.Environments;

namespace IacTest.Harness.Checks.Probes;

/// <summary>
/// http: <c>status</c>, <c>body</c>, <c>headers</c> (lines <c>Name: value</c>) of a request made from inside the
/// environment — with curl when present (https, redirects), else busybox <c>nc</c> or bash <c>/dev/tcp</c> (plain http).
/// </summary>
/// <param name="Url">The URL as seen from inside the environment.</param>
/// <param name="Timeout">Request timeout.</param>
public sealed record HttpProbe(Uri Url, TimeSpan Timeout) : IResourceProbe
{
    /// <summary>The request method.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>Request headers, <c>Name: value</c>.</summary>
    public IReadOnlyList<string> RequestHeaders { get; init; } = [];

    /// <summary>Accept any TLS certificate.</summary>
    public bool AllowInsecure { get; init; }

    /// <summary>Do not follow redirects (curl only; the raw fallbacks never follow).</summary>
    public bool NoFollowRedirects { get; init; }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["status", "body", "headers"];

    private const string Script = """
        url="$1"; t="$2"; method="$3"; flags="$4"; host="$5"; port="$6"; request="$7"; shift 7
        if command -v curl >/dev/null 2>&1; then
          for h in "$@"; do set -- "$@" -H "$h"; shift; done
          exec curl -sS -i -m "$t" $flags -X "$method" "$@" "$url"
        elif command -v nc >/dev/null 2>&1; then
          printf "$request" | timeout "$t" nc "$host" "$port"
        elif command -v bash >/dev/null 2>&1; then
          timeout "$t" bash -c 'exec 3<>"/dev/tcp/$0/$1"; printf "$2" >&3; cat <&3' "$host" "$port" "$request"
        else echo "no curl, nc or bash to make an HTTP request" >&2; exit 127; fi
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(IacEnvironment environment, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var seconds = Math.Max(1, (int)Math.Ceiling(Timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var flags = (AllowInsecure ? "-k " : "") + (NoFollowRedirects ? "" : "-L");
        var hostHeader = Url.IsDefaultPort ? Url.Host : $"{Url.Host}:{Url.Port}";
        var request = $"{Method} {Url.PathAndQuery} HTTP/1.0\\r\\nHost: {hostHeader}\\r\\nConnection: close\\r\\n"
            + string.Concat(RequestHeaders.Select(h => h.Replace("%", "%%", StringComparison.Ordinal) + "\\r\\n")) + "\\r\\n";
        var result = await Shell.RunAsync(environment, facts, $"curl -sS -i -m {seconds} {flags} -X {Method} {Url} (or nc/bash)", Script,
            [Url.ToString(), seconds, Method, flags, Url.Host, Url.Port.ToString(CultureInfo.InvariantCulture), request, .. RequestHeaders], ct).ConfigureAwait(false);
        var (status, headers, body) = Parse(result.Stdout);
        return facts.Set("status", status).Set("headers", headers).Set("body", body);
    }

    /// <summary>Splits a raw response (possibly several, after redirects) into the last status, headers and body.</summary>
    internal static (long? Status, List<string> Headers, string Body) Parse(string raw)
    {
        var text = raw;
        long? status = null;
        var headers = new List<string>();
        while (text.StartsWith("HTTP/", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var separatorLength = 4;
            if (end < 0)
            {
                end = text.IndexOf("\n\n", StringComparison.Ordinal);
                separatorLength = 2;
            }

            var head = end < 0 ? text : text[..end];
            text = end < 0 ? "" : text[(end + separatorLength)..];
            var lines = head.Replace("\r", "", StringComparison.Ordinal).Split('\n');
            var statusFields = lines[0].Split(' ');
            status = statusFields.Length > 1 && long.TryParse(statusFields[1], out var code) ? code : null;
            headers = lines.Skip(1).Where(l => l.Length > 0).ToList();
        }

        return (status, headers, text);
    }
}
