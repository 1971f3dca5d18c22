using System.Globalization;
using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Probes;
using IacTest.Lint.Yaml;

namespace IacTest.Harness.Goss;

/// <summary>
/// Reads the Goss format natively (no goss binary): resource types, attributes, matchers, <c>title</c>/<c>meta</c>/
/// <c>skip</c>, and <c>gossfile</c> includes (relative paths and <c>*</c> globs). Every problem becomes a positioned
/// diagnostic; the rest of the file still loads.
/// </summary>
internal static class GossLoader
{
    private sealed record Spec(string[] Attributes, string[] PatternAttributes, string[] Options, Func<string, Options, IReadOnlyList<KeyValuePair<string, Matcher>>, IResourceProbe> Probe);

    private sealed record Options(IReadOnlyDictionary<string, YNode> Values)
    {
        public string? Text(string key) => Values.TryGetValue(key, out var node) && GossMatcherParser.Resolve(node) is YScalar s ? s.Value : null;

        public bool Flag(string key) => Text(key) is "true" or "True";

        public TimeSpan Milliseconds(string key, TimeSpan fallback) =>
            Text(key) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? TimeSpan.FromMilliseconds(ms) : fallback;

        public List<string> List(string key) => Values.TryGetValue(key, out var node) && GossMatcherParser.Resolve(node) is YSequence seq
            ? seq.Items.Select(GossMatcherParser.Resolve).OfType<YScalar>().Select(s => s.Value).ToList() : [];
    }

    private static readonly string[] Common = ["title", "meta", "skip"];

    private static readonly Dictionary<string, Spec> Specs = new(StringComparer.Ordinal)
    {
        ["file"] = new(["exists", "mode", "owner", "group", "filetype", "contents", "contains", "md5", "sha256", "sha512", "size", "linked-to"], ["contents", "contains"], [],
            (id, _, e) => new FileProbe(id, e.Any(x => x.Key == "contents"), FileProbe.DigestsAmong(e.Select(x => x.Key)))),
        ["package"] = new(["installed", "versions"], [], [], (id, _, _) => new PackageProbe(id)),
        ["service"] = new(["enabled", "running"], [], [], (id, _, _) => new ServiceProbe(id)),
        ["port"] = new(["listening", "ip"], [], [], (id, _, _) => new PortProbe(id)),
        ["http"] = new(["status", "body", "headers"], ["body", "headers"], ["timeout", "method", "request-headers", "allow-insecure", "no-follow-redirects"],
            (id, o, _) => new HttpProbe(new Uri(id), o.Milliseconds("timeout", TimeSpan.FromSeconds(5)))
            {
                Method = o.Text("method") ?? "GET",
                RequestHeaders = o.List("request-headers"),
                AllowInsecure = o.Flag("allow-insecure"),
                NoFollowRedirects = o.Flag("no-follow-redirects"),
            }),
        ["command"] = new(["exit-status", "stdout", "stderr"], ["stdout", "stderr"], ["timeout", "exec"],
            (id, o, _) => new CommandProbe(o.Text("exec") ?? id, o.Milliseconds("timeout", TimeSpan.FromSeconds(10)))),
        ["user"] = new(["exists", "uid", "gid", "groups", "home", "shell"], [], [], (id, _, _) => new UserProbe(id)),
        ["group"] = new(["exists", "gid"], [], [], (id, _, _) => new GroupProbe(id)),
        ["process"] = new(["running"], [], [], (id, _, _) => new ProcessProbe(id)),
        ["addr"] = new(["reachable"], [], ["timeout"], (id, o, _) => new AddrProbe(id, o.Milliseconds("timeout", TimeSpan.FromSeconds(2)))),
        ["dns"] = new(["resolvable", "addrs"], [], ["timeout", "server"], (id, o, _) => new DnsProbe(id, o.Milliseconds("timeout", TimeSpan.FromSeconds(2)), o.Text("server"))),
        ["kernel-param"] = new(["value"], [], [], (id, _, _) => new KernelParamProbe(id)),
        ["mount"] = new(["exists", "opts", "vfs-opts", "source", "filesystem"], [], ["timeout"], (id, _, _) => new MountProbe(id)),
        ["interface"] = new(["exists", "addrs", "mtu"], [], [], (id, _, _) => new InterfaceProbe(id)),
    };

    /// <summary>The resource types the loader knows.</summary>
    public static IReadOnlyCollection<string> ResourceTypes => Specs.Keys;

    public static GossSuite Load(string path, RetryPolicy retry, IReadOnlyDictionary<string, object?>? vars = null)
    {
        var full = Path.GetFullPath(path);
        var resources = new List<GossResource>();
        var diagnostics = new List<GossDiagnostic>();
        LoadInto(full, retry, vars, resources, diagnostics, [], null);
        return new GossSuite(full, resources, diagnostics);
    }

    private static void LoadInto(
        string file, RetryPolicy retry, IReadOnlyDictionary<string, object?>? vars, List<GossResource> resources, List<GossDiagnostic> diagnostics, HashSet<string> open, GossDiagnostic? includedAt)
    {
        if (!File.Exists(file))
        {
            diagnostics.Add(includedAt is null ? new GossDiagnostic(file, 1, 1, "goss file not found") : includedAt with { Message = $"included goss file {file} not found" });
            return;
        }

        if (!open.Add(file))
        {
            diagnostics.Add((includedAt ?? new GossDiagnostic(file, 1, 1, "")) with { Message = $"gossfile include cycle: {file} includes itself" });
            return;
        }

        void Report(YNode node, string message) => diagnostics.Add(new GossDiagnostic(file, node.Start.Line, node.Start.Column, message));

        var text = GossVars.Render(File.ReadAllText(file), vars, (line, column, message) => diagnostics.Add(new GossDiagnostic(file, line, column, message)));
        var (documents, error) = YamlTree.Parse(text);
        if (error is not null)
        {
            diagnostics.Add(new GossDiagnostic(file, error.Position.Line, error.Position.Column, "YAML syntax error: " + error.Message));
        }

        var matchers = new GossMatcherParser(Report);
        foreach (var document in documents)
        {
            if (document.Root is null || document.Root is YScalar { IsNull: true })
            {
                continue;
            }

            if (GossMatcherParser.Resolve(document.Root) is not YMapping root)
            {
                Report(document.Root, "a goss file is a mapping of resource types (file, port, …)");
                continue;
            }

            foreach (var section in root.Pairs)
            {
                var type = section.KeyText ?? "";
                var entries = GossMatcherParser.Resolve(section.Value);
                if (entries is YScalar { IsNull: true })
                {
                    continue;
                }

                if (entries is not YMapping mapping)
                {
                    Report(section.Value, $"'{type}' must map each resource to its attributes");
                    continue;
                }

                if (type == "gossfile")
                {
                    foreach (var include in mapping.Pairs)
                    {
                        var attributes = GossMatcherParser.Resolve(include.Value) as YMapping;
                        if (attributes?.GetScalar("skip") is "true")
                        {
                            continue;
                        }

                        var pattern = include.KeyText ?? "";
                        var at = new GossDiagnostic(file, include.Key.Start.Line, include.Key.Start.Column, "");
                        var targets = Expand(Path.GetDirectoryName(file)!, pattern);
                        if (targets.Count == 0)
                        {
                            diagnostics.Add(at with { Message = $"gossfile '{pattern}' matches no file" });
                        }

                        foreach (var target in targets)
                        {
                            LoadInto(target, retry, vars, resources, diagnostics, open, at);
                        }
                    }

                    continue;
                }

                if (!Specs.TryGetValue(type, out var spec))
                {
                    Report(section.Key, $"unknown resource type '{type}' (known: {string.Join(", ", Specs.Keys.Append("gossfile"))})");
                    continue;
                }

                foreach (var entry in mapping.Pairs)
                {
                    var resource = Build(type, spec, entry, file, retry, matchers, Report);
                    if (resource is not null)
                    {
                        resources.Add(resource);
                    }
                }
            }
        }

        open.Remove(file);
    }

    private static GossResource? Build(string type, Spec spec, YPair entry, string file, RetryPolicy retry, GossMatcherParser matchers, Action<YNode, string> report)
    {
        var id = entry.KeyText;
        if (string.IsNullOrEmpty(id))
        {
            report(entry.Key, $"{type}: the resource name must be a non-empty text");
            return null;
        }

        if (GossMatcherParser.Resolve(entry.Value) is not YMapping attributes)
        {
            report(entry.Value, $"{type} {id}: expected a mapping of attributes");
            return null;
        }

        var expectations = new List<KeyValuePair<string, Matcher>>();
        var options = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var valid = true;
        string? title = null;
        var skip = false;
        foreach (var attribute in attributes.Pairs)
        {
            var name = attribute.KeyText ?? "";
            if (name == "title")
            {
                title = (GossMatcherParser.Resolve(attribute.Value) as YScalar)?.Value;
            }
            else if (name == "skip")
            {
                skip = (GossMatcherParser.Resolve(attribute.Value) as YScalar)?.Value is "true" or "True";
            }
            else if (Common.Contains(name))
            {
                // meta is for people and reports; it does not change the check.
            }
            else if (spec.Options.Contains(name))
            {
                options[name] = attribute.Value;
                if (name == "timeout" && !IsNumber(attribute.Value))
                {
                    report(attribute.Value, $"{type} {id}: timeout is in milliseconds (a number)");
                    valid = false;
                }
            }
            else if (spec.Attributes.Contains(name))
            {
                var meaning = spec.PatternAttributes.Contains(name) ? ListMeaning.Patterns : ListMeaning.Elements;
                var matcher = matchers.Parse(attribute.Value, meaning);
                if (matcher is null)
                {
                    valid = false;
                    continue;
                }

                expectations.Add(new(name == "contains" ? "contents" : name, matcher));
            }
            else
            {
                report(attribute.Key, $"{type} {id}: unknown attribute '{name}' (known: {string.Join(", ", spec.Attributes.Concat(spec.Options).Concat(Common))})");
                valid = false;
            }
        }

        if (!valid)
        {
            return null;
        }

        if (expectations.Count == 0 && !skip)
        {
            report(entry.Key, $"{type} {id}: no attribute to check");
            return null;
        }

        if (type == "http" && !Uri.TryCreate(id, UriKind.Absolute, out _))
        {
            report(entry.Key, $"http {id}: not an absolute URL");
            return null;
        }

        var probe = spec.Probe(id, new Options(options), expectations);
        var check = new ResourceCheck(type, id, probe, expectations, retry) { Title = title, Skip = skip };
        return new GossResource(file, entry.Key.Start.Line, check);
    }

    private static bool IsNumber(YNode node) =>
        GossMatcherParser.Resolve(node) is YScalar s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static List<string> Expand(string directory, string pattern)
    {
        var path = Path.IsPathRooted(pattern) ? pattern : Path.Combine(directory, pattern);
        var name = Path.GetFileName(path);
        var parent = Path.GetDirectoryName(path)!;
        if (!name.Contains('*', StringComparison.Ordinal) && !name.Contains('?', StringComparison.Ordinal))
        {
            return File.Exists(path) ? [Path.GetFullPath(path)] : [];
        }

        return Directory.Exists(parent)
            ? Directory.GetFiles(parent, name).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
