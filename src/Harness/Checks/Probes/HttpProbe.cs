using System.Globalization;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>
/// http: <c>status</c>, <c>body</c>, <c>headers</c> (lines <c>Name: value</c>) of a request made from inside the
/// environment — with curl when present (https, redirects), else busybox <c>nc</c> or bash <c>/dev/tcp</c> (plain http).
/// </summary>
/// <param name="Url">The URL as seen from inside the environment.</param>
/// <param name="Timeout">Request timeout.</param>
internal sealed record HttpProbe(Uri Url, TimeSpan Timeout) : IResourceProbe
{
    /// <summary>The request method.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>Request headers, <c>Name: value</c>.</summary>
    public IReadOnlyList<string> RequestHeaders { get; init; } = [];

    /// <summary>Accept any TLS certificate.</summary>
    public bool AllowInsecure { get; init; }

    /// <summary>Do not follow redirects (curl only; the raw fallbacks never follow).</summary>
    public bool NoFollowRedirects { get; init; }

    /// <summary>The request body, or null for none; it reaches the request through a private file, like the headers.</summary>
    public string? RequestBody { get; init; }

    /// <summary>A proxy URL (<c>http://proxy:3128</c>) the request goes through, or null.</summary>
    public Uri? Proxy { get; init; }

    /// <summary>CA certificates (PEM) to trust, client certificate and its key, as paths inside the environment (curl only).</summary>
    public string? CaFile { get; init; }

    /// <inheritdoc cref="CaFile" />
    public string? CertFile { get; init; }

    /// <inheritdoc cref="CaFile" />
    public string? KeyFile { get; init; }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["status", "body", "headers"];

    // Request headers come from a private file ($8) when one could be written, so a token is in no process's
    // arguments (curl reads "-H @file"; the raw fallbacks append the file's lines to the request). A request body
    // comes from a private file too ($9). $5/$6 are where the raw fallbacks connect: the proxy when there is one.
    private const string Script = """
        url="$1"; t="$2"; method="$3"; flags="$4"; host="$5"; port="$6"; request="$7"; hf="$8"; bf="$9"; shift 9
        headers() { if [ -n "$hf" ]; then while IFS= read -r h || [ -n "$h" ]; do printf '%s\r\n' "$h"; done < "$hf"; fi; for h in "$@"; do printf '%s\r\n' "$h"; done; }
        body() { if [ -n "$bf" ]; then printf 'Content-Length: %s\r\n\r\n' "$(wc -c < "$bf" | tr -d ' ')"; cat "$bf"; else printf '\r\n'; fi; }
        if command -v curl >/dev/null 2>&1; then
          for h in "$@"; do set -- "$@" -H "$h"; shift; done
          if [ -n "$hf" ]; then set -- "$@" -H "@$hf"; fi
          if [ -n "$bf" ]; then set -- "$@" --data-binary "@$bf"; fi
          curl -sS -i -m "$t" $flags -X "$method" "$@" "$url"; rc=$?
        elif command -v nc >/dev/null 2>&1; then
          { printf "$request"; headers "$@"; body; } | timeout "$t" nc "$host" "$port"; rc=$?
        elif command -v bash >/dev/null 2>&1; then
          { printf "$request"; headers "$@"; body; } | timeout "$t" bash -c 'exec 3<>"/dev/tcp/$0/$1"; cat >&3; cat <&3' "$host" "$port"; rc=$?
        else echo "no curl, nc or bash to make an HTTP request" >&2; rc=127; fi
        if [ -n "$hf" ]; then rm -f "$hf"; fi
        if [ -n "$bf" ]; then rm -f "$bf"; fi
        exit $rc
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var seconds = Math.Max(1, (int)Math.Ceiling(Timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var flags = string.Join(' ', new[]
        {
            AllowInsecure ? "-k" : "", NoFollowRedirects ? "" : "-L", Proxy is null ? "" : $"--proxy {Proxy}",
            CaFile is null ? "" : $"--cacert {CaFile}", CertFile is null ? "" : $"--cert {CertFile}", KeyFile is null ? "" : $"--key {KeyFile}",
        }.Where(f => f.Length > 0));
        var hostHeader = Url.IsDefaultPort ? Url.Host : $"{Url.Host}:{Url.Port}";
        // Through a proxy the request line carries the absolute URL (RFC 9112, 3.2.2).
        var requestTarget = Proxy is null ? Url.PathAndQuery : Url.ToString();
        var request = $"{Method} {requestTarget} HTTP/1.0\\r\\nHost: {hostHeader}\\r\\nConnection: close\\r\\n";
        var headerFile = RequestHeaders.Count == 0 ? "" : await WritePrivateFileAsync(target, "headers", string.Concat(RequestHeaders.Select(h => h + "\n")), ct).ConfigureAwait(false);
        var bodyFile = RequestBody is null ? "" : await WritePrivateFileAsync(target, "body", RequestBody, ct).ConfigureAwait(false);
        if (RequestBody is not null && bodyFile.Length == 0)
        {
            throw new InvalidOperationException("the request body needs a writable /tmp in the environment");
        }

        var connectTo = Proxy ?? Url;
        var result = await Shell.RunAsync(target, facts, $"curl -sS -i -m {seconds} {flags} -X {Method} {Url} (or nc/bash)", Script,
            [Url.ToString(), seconds, Method, flags, connectTo.Host, connectTo.Port.ToString(CultureInfo.InvariantCulture), request, headerFile, bodyFile,
                .. headerFile.Length == 0 ? RequestHeaders : []], ct).ConfigureAwait(false);
        var (status, headers, body) = Parse(result.Stdout);
        return facts.Set("status", status).Set("headers", headers).Set("body", body);
    }

    /// <summary>The text in a new owner-only file of the environment, or "" when none can be written (no writable /tmp).</summary>
    private static async Task<string> WritePrivateFileAsync(ITargetHost target, string kind, string content, CancellationToken ct)
    {
        var path = $"/tmp/.iactest-{kind}-{Guid.NewGuid():N}";
        try
        {
            await target.WritePrivateFileAsync(path, content, ct).ConfigureAwait(false);
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
