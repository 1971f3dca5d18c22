using System.Text;
using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Goss;

/// <summary>
/// What one goss resource type reads: the attributes it checks, which of them take goss patterns for a plain list,
/// the options that shape the probe, the attribute that overrides the resource's key (goss's <c>path</c>, <c>url</c>,
/// <c>exec</c>…; "defaults to hash key" in goss's manual), and how to make the probe.
/// </summary>
internal sealed record GossResourceType(
    string[] Attributes,
    string[] PatternAttributes,
    string[] Options,
    string? IdAttribute,
    Func<string, GossOptions, IReadOnlyList<KeyValuePair<string, Matcher>>, IResourceProbe> Probe)
{
    /// <summary>Attributes every resource has.</summary>
    public static readonly string[] Common = ["title", "meta", "skip"];

    /// <summary>Every name this type knows, for "unknown attribute" messages.</summary>
    public IEnumerable<string> Known => Attributes.Concat(Options).Concat(IdAttribute is null ? [] : [IdAttribute]).Concat(Common);

    /// <summary>The resource types of goss's manual.</summary>
    public static readonly IReadOnlyDictionary<string, GossResourceType> All = new Dictionary<string, GossResourceType>(StringComparer.Ordinal)
    {
        ["file"] = new(["exists", "mode", "owner", "group", "filetype", "contents", "contains", "md5", "sha256", "sha512", "size", "linked-to"], ["contents", "contains"], [], "path",
            (id, _, e) => new FileProbe(id, GossOptions.Expects(e, "contents"), FileProbe.DigestsAmong(e.Select(x => x.Key)))),
        ["package"] = new(["installed", "versions"], [], [], "name", (id, _, _) => new PackageProbe(id)),
        ["service"] = new(["enabled", "running", "runlevels"], [], [], "name",
            (id, _, e) => GossOptions.Expects(e, "runlevels") ? new ServiceRunlevelsProbe(new ServiceProbe(id)) : new ServiceProbe(id)),
        ["port"] = new(["listening", "ip"], [], [], "port", (id, _, _) => new PortProbe(id)),
        ["http"] = new(["status", "body", "headers"], ["body", "headers"],
            ["timeout", "method", "request-headers", "request-body", "allow-insecure", "no-follow-redirects", "username", "password", "proxy", "ca-file", "cert-file", "key-file"], "url",
            (id, o, _) => new HttpProbe(new Uri(id), o.Milliseconds("timeout", TimeSpan.FromSeconds(5)))
            {
                Method = o.Text("method") ?? "GET",
                RequestHeaders = [.. o.List("request-headers"), .. BasicAuthorization(o)],
                RequestBody = o.Text("request-body"),
                AllowInsecure = o.Flag("allow-insecure"),
                NoFollowRedirects = o.Flag("no-follow-redirects"),
                Proxy = o.Text("proxy") is { Length: > 0 } proxy ? new Uri(proxy) : null,
                CaFile = NonEmpty(o.Text("ca-file")),
                CertFile = NonEmpty(o.Text("cert-file")),
                KeyFile = NonEmpty(o.Text("key-file")),
            }),
        ["command"] = new(["exit-status", "stdout", "stderr"], ["stdout", "stderr"], ["timeout"], "exec",
            (id, o, _) => new CommandProbe(id, o.Milliseconds("timeout", TimeSpan.FromSeconds(10)))),
        ["user"] = new(["exists", "uid", "gid", "groups", "home", "shell"], [], [], "username", (id, _, _) => new UserProbe(id)),
        ["group"] = new(["exists", "gid"], [], [], "groupname", (id, _, _) => new GroupProbe(id)),
        ["process"] = new(["running"], [], [], "comm", (id, _, _) => new ProcessProbe(id)),
        ["addr"] = new(["reachable"], [], ["timeout", "local-address"], "address",
            (id, o, _) => o.Text("local-address") is { Length: > 0 } local
                ? new LocalAddressAddrProbe(id, local, o.Milliseconds("timeout", TimeSpan.FromSeconds(2)))
                : new AddrProbe(id, o.Milliseconds("timeout", TimeSpan.FromSeconds(2)))),
        ["dns"] = new(["resolvable", "addrs"], [], ["timeout", "server"], "resolve",
            (id, o, _) => new DnsProbe(id, o.Milliseconds("timeout", TimeSpan.FromSeconds(2)), o.Text("server"))),
        ["kernel-param"] = new(["value"], [], [], "name", (id, _, _) => new KernelParamProbe(id)),
        ["mount"] = new(["exists", "opts", "vfs-opts", "source", "filesystem", "usage"], [], ["timeout"], "mountpoint",
            (id, _, e) => GossOptions.Expects(e, "usage") ? new MountUsageProbe(new MountProbe(id)) : new MountProbe(id)),
        ["interface"] = new(["exists", "addrs", "mtu"], [], [], "name", (id, _, _) => new InterfaceProbe(id)),
        ["matching"] = new(["matches"], [], ["content"], null, (_, o, _) => new MatchingProbe(o.Value("content"))),
    };

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>goss's username/password become a basic Authorization header, which travels in the private header file.</summary>
    private static string[] BasicAuthorization(GossOptions options)
    {
        if (options.Text("username") is not { Length: > 0 } user)
        {
            return [];
        }

        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{options.Text("password") ?? ""}"));
        if (!string.IsNullOrEmpty(options.Text("password")))
        {
            // The encoded credentials carry the password: masked wherever they might be printed.
            _ = new Secrets.SecretValue(credentials);
        }

        return ["Authorization: Basic " + credentials];
    }
}
