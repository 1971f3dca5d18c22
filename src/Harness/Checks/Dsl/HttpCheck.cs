using IacTest.Harness.Checks.Probes;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on an HTTP answer, requested from inside the environment.</summary>
public sealed class HttpCheck(string url) : CheckBuilder<HttpCheck>("http", url)
{
    private TimeSpan _timeout = TimeSpan.FromSeconds(5);
    private string _method = "GET";
    private readonly List<string> _headers = [];
    private bool _insecure;
    private bool _noFollow;

    /// <summary>Status code.</summary>
    public HttpCheck Status(Matcher status) => Expect("status", status);

    /// <summary>Each pattern occurs in the body.</summary>
    public HttpCheck BodyContains(params string[] patterns) => Expect("body", Matcher.HavePatterns(patterns));

    /// <summary>Any matcher on the body.</summary>
    public HttpCheck Body(Matcher body) => Expect("body", body);

    /// <summary>Each pattern occurs in the response headers (lines <c>Name: value</c>).</summary>
    public HttpCheck HeaderContains(params string[] patterns) => Expect("headers", Matcher.HavePatterns(patterns));

    /// <summary>Request timeout (default 5 s).</summary>
    public HttpCheck Timeout(TimeSpan timeout)
    {
        _timeout = timeout;
        return this;
    }

    /// <summary>Request method (default GET).</summary>
    public HttpCheck Method(string method)
    {
        _method = method;
        return this;
    }

    /// <summary>Adds a request header.</summary>
    public HttpCheck RequestHeader(string name, string value)
    {
        _headers.Add($"{name}: {value}");
        return this;
    }

    /// <summary>Adds a request header whose value is a secret (e.g. a bearer token); it is masked in every report.</summary>
    public HttpCheck RequestHeader(string name, SecretValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return RequestHeader(name, value.Reveal());
    }

    /// <summary>Accepts any TLS certificate.</summary>
    public HttpCheck AllowInsecure()
    {
        _insecure = true;
        return this;
    }

    /// <summary>Does not follow redirects.</summary>
    public HttpCheck NoFollowRedirects()
    {
        _noFollow = true;
        return this;
    }

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new HttpProbe(new Uri(Id), _timeout)
    {
        Method = _method,
        RequestHeaders = _headers.ToList(),
        AllowInsecure = _insecure,
        NoFollowRedirects = _noFollow,
    };
}
