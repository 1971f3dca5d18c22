using System.Collections;
using IacTest.Harness.Checks;
using IacTest.Harness.Goss.Templates;
using IacTest.Lint.Yaml;

namespace IacTest.Harness.Goss;

/// <summary>
/// Reads the Goss format natively (no goss binary), as goss reads it: the file is first rendered as a Go template
/// (<c>.Vars</c>, <c>.Env</c>, <c>range</c>, <c>if</c>, functions), then every resource type and attribute of goss's
/// manual, <c>title</c>/<c>meta</c>/<c>skip</c>, and <c>gossfile</c> includes (paths, <c>*</c> globs, <c>file:</c>
/// and <c>skip:</c>). Every problem becomes a positioned diagnostic; the rest of the file — and the rest of a resource
/// with an unknown or bad attribute — still loads.
/// </summary>
internal static class GossLoader
{
    private static readonly string[] IncludeAttributes = ["file", "skip"];

    /// <summary>The resource types the loader knows.</summary>
    public static IReadOnlyCollection<string> ResourceTypes => (IReadOnlyCollection<string>)GossResourceType.All.Keys;

    public static GossSuite Load(string path, RetryPolicy retry, IReadOnlyDictionary<string, object?>? vars = null)
    {
        var full = Path.GetFullPath(path);
        var context = new LoadContext(retry, vars ?? new Dictionary<string, object?>(StringComparer.Ordinal), EnvironmentVariables());
        LoadInto(full, context, null);
        return new GossSuite(full, context.Resources, context.Diagnostics);
    }

    private sealed record LoadContext(RetryPolicy Retry, IReadOnlyDictionary<string, object?> Vars, IReadOnlyDictionary<string, object?> Environment)
    {
        public List<GossResource> Resources { get; } = [];

        public List<GossDiagnostic> Diagnostics { get; } = [];

        public HashSet<string> Open { get; } = [];
    }

    private static void LoadInto(string file, LoadContext context, GossDiagnostic? includedAt)
    {
        var diagnostics = context.Diagnostics;
        if (!File.Exists(file))
        {
            diagnostics.Add(includedAt is null ? new GossDiagnostic(file, 1, 1, "goss file not found") : includedAt with { Message = $"included goss file {file} not found" });
            return;
        }

        if (!context.Open.Add(file))
        {
            diagnostics.Add((includedAt ?? new GossDiagnostic(file, 1, 1, "")) with { Message = $"gossfile include cycle: {file} includes itself" });
            return;
        }

        var failedActions = new HashSet<string>(StringComparer.Ordinal);
        var (text, sourceLine) = GossTemplate.RenderWithLines(File.ReadAllText(file), Path.GetDirectoryName(file)!, context.Vars, context.Environment,
            (line, column, message) => diagnostics.Add(new GossDiagnostic(file, line, column, message)), failedActions);

        // Problems in the rendered text are reported on the line of the file that produced it.
        void Report(YNode node, string message) => diagnostics.Add(new GossDiagnostic(file, sourceLine(node.Start.Line), node.Start.Column, message));

        var (documents, error) = YamlTree.Parse(text);
        if (error is not null)
        {
            diagnostics.Add(new GossDiagnostic(file, sourceLine(error.Position.Line), error.Position.Column, "YAML syntax error: " + error.Message));
        }

        var reader = new GossResourceReader(file, context.Retry, Report, failedActions, sourceLine);
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
                        Include(file, include, context, reader, Report);
                    }

                    continue;
                }

                if (!GossResourceType.All.TryGetValue(type, out var spec))
                {
                    Report(section.Key, $"unknown resource type '{type}' (known: {string.Join(", ", GossResourceType.All.Keys.Append("gossfile"))})");
                    continue;
                }

                foreach (var entry in mapping.Pairs)
                {
                    if (reader.Read(type, spec, entry) is { } resource)
                    {
                        context.Resources.Add(resource);
                    }
                }
            }
        }

        context.Open.Remove(file);
    }

    /// <summary>
    /// One <c>gossfile</c> entry: the key is the path (or glob) unless <c>file:</c> names it; <c>skip: true</c> is the
    /// same as leaving the entry out.
    /// </summary>
    private static void Include(string file, YPair include, LoadContext context, GossResourceReader reader, Action<YNode, string> report)
    {
        var attributes = GossMatcherParser.Resolve(include.Value) as YMapping;
        if (attributes is null && GossMatcherParser.Resolve(include.Value) is not YScalar { IsNull: true })
        {
            report(include.Value, $"gossfile {include.KeyText}: expected a mapping such as {{}} or {{file: path, skip: false}}");
            return;
        }

        string? pattern = include.KeyText ?? "";
        foreach (var attribute in attributes?.Pairs ?? [])
        {
            var name = attribute.KeyText ?? "";
            if (!IncludeAttributes.Contains(name))
            {
                report(attribute.Key, $"gossfile {include.KeyText}: unknown attribute '{name}' (known: {string.Join(", ", IncludeAttributes)})");
            }
            else if (reader.HoldsTemplate(attribute.Value, $"gossfile {include.KeyText}: {name}"))
            {
                return;
            }
        }

        if (attributes?.GetScalar("skip") is "true" or "True")
        {
            return;
        }

        if (attributes?.GetScalar("file") is { Length: > 0 } named)
        {
            pattern = named;
        }

        var at = new GossDiagnostic(file, reader.SourceLine(include.Key.Start.Line), include.Key.Start.Column, "");
        var targets = Expand(Path.GetDirectoryName(file)!, pattern);
        if (targets.Count == 0)
        {
            context.Diagnostics.Add(at with { Message = $"gossfile '{pattern}' matches no file" });
        }

        foreach (var target in targets)
        {
            LoadInto(target, context, at);
        }
    }

    private static Dictionary<string, object?> EnvironmentVariables()
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string;
        }

        return variables;
    }

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
