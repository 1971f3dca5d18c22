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

    // Request headers come from a private file ($8) when one could be written, so a token is in no process's
    // arguments (curl reads "-H @file"; the raw fallbacks append the file's lines to the request).
    private const string Script = """
        url="$1"; t="$2"; method="$3"; flags="$4"; host="$5"; port="$6"; request="$7"; hf="$8"; shift 8
        headers() { if [ -n "$hf" ]; then while IFS= read -r h || [ -n "$h" ]; do printf '%s\r\n' "$h"; done < "$hf"; fi; for h in "$@"; do printf '%s\r\n' "$h"; done; }
        if command -v curl >/dev/null 2>&1; then
          for h in "$@"; do set -- "$@" -H "$h"; shift; done
          if [ -n "$hf" ]; then set -- "$@" -H "@$hf"; fi
          curl -sS -i -m "$t" $flags -X "$method" "$@" "$url"; rc=$?
        elif command -v nc >/dev/null 2>&1; then
          { printf "$request"; headers "$@"; printf '\r\n'; } | timeout "$t" nc "$host" "$port"; rc=$?
        elif command -v bash >/dev/null 2>&1; then
          { printf "$request"; headers "$@"; printf '\r\n'; } | timeout "$t" bash -c 'exec 3<>"/dev/tcp/$0/$1"; cat >&3; cat <&3' "$host" "$port"; rc=$?
        else echo "no curl, nc or bash to make an HTTP request" >&2; rc=127; fi
        if [ -n "$hf" ]; then rm -f "$hf"; fi
        exit $rc
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(IacEnvironment environment, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var seconds = Math.Max(1, (int)Math.Ceiling(Timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var flags = (AllowInsecure ? "-k " : "") + (NoFollowRedirects ? "" : "-L");
        var hostHeader = Url.IsDefaultPort ? Url.Host : $"{Url.Host}:{Url.Port}";
        var request = $"{Method} {Url.PathAndQuery} HTTP/1.0\\r\\nHost: {hostHeader}\\r\\nConnection: close\\r\\n";
        var headerFile = RequestHeaders.Count == 0 ? "" : await WriteHeaderFileAsync(environment, ct).ConfigureAwait(false);
        var result = await Shell.RunAsync(environment, facts, $"curl -sS -i -m {seconds} {flags} -X {Method} {Url} (or nc/bash)", Script,
            [Url.ToString(), seconds, Method, flags, Url.Host, Url.Port.ToString(CultureInfo.InvariantCulture), request, headerFile,
                .. headerFile.Length == 0 ? RequestHeaders : []], ct).ConfigureAwait(false);
        var (status, headers, body) = Parse(result.Stdout);
        return facts.Set("status", status).Set("headers", headers).Set("body", body);
    }

    /// <summary>The headers in a new owner-only file of the environment, or "" when none can be written (no writable /tmp).</summary>
    private async Task<string> WriteHeaderFileAsync(IacEnvironment environment, CancellationToken ct)
    {
        var path = $"/tmp/.iactest-headers-{Guid.NewGuid():N}";
        try
        {
            await environment.WritePrivateFileAsync(path, string.Concat(RequestHeaders.Select(h => h + "\n")), ct).ConfigureAwait(false);
            return path;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A read-only root file system: the headers go as arguments, as they must reach the server.
            return "";
        }
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
