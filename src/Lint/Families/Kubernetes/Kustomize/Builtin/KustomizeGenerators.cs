using System.Text;

namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// <c>configMapGenerator</c> and <c>secretGenerator</c>: an object per entry, its data from literals
/// (<c>KEY=value</c>, quotes around the value dropped), files (the key is the file name, or <c>key=path</c>) and env
/// files (<c>KEY=value</c> lines, <c>#</c> comments), labels and annotations from the entry's and the kustomization's
/// <c>generatorOptions</c>, and the content hash added to its name at the end of the build unless disabled.
/// <c>behavior: merge</c> and <c>replace</c> change the object of the same name a base made.
/// </summary>
internal static class KustomizeGenerators
{
    public static void Run(KustomizationFile kustomization, List<BuiltinResource> resources)
    {
        var options = kustomization.Root.Map("generatorOptions");
        foreach (var (list, kind) in new[] { ("configMapGenerator", "ConfigMap"), ("secretGenerator", "Secret") })
        {
            foreach (var item in kustomization.Root.List(list)?.Items ?? [])
            {
                if (item is not KMap entry || entry.String("name") is not { } name)
                {
                    throw new KustomizeUnsupportedException($"a {list} entry without a name");
                }

                Generate(kustomization, resources, options, entry, kind, name);
            }
        }
    }

    private static void Generate(KustomizationFile kustomization, List<BuiltinResource> resources, KMap? options, KMap entry, string kind, string name)
    {
        foreach (var key in entry.Entries.Keys)
        {
            if (key is not ("name" or "namespace" or "behavior" or "literals" or "files" or "envs" or "env" or "options" or "type"))
            {
                throw new KustomizeUnsupportedException($"the generator field {key}");
            }
        }

        var data = new KMap();
        foreach (var literal in Strings(entry.List("literals")))
        {
            var equals = literal.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new KustomizeUnsupportedException($"the literal {literal}");
            }

            Add(data, literal[..equals], Unquote(literal[(equals + 1)..]));
        }

        foreach (var source in Strings(entry.List("files")))
        {
            var equals = source.IndexOf('=', StringComparison.Ordinal);
            var path = equals < 0 ? source : source[(equals + 1)..];
            var key = equals < 0 ? Path.GetFileName(path) : source[..equals];
            Add(data, key, ReadText(kustomization, path));
        }

        foreach (var env in Strings(entry.List("envs")).Concat(entry.String("env") is { } single ? [single] : []))
        {
            foreach (var raw in ReadText(kustomization, env).Split('\n'))
            {
                var line = raw.TrimEnd('\r').TrimStart();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0 || line.Contains('"', StringComparison.Ordinal) || line.Contains('\'', StringComparison.Ordinal) || line != line.Trim())
                {
                    throw new KustomizeUnsupportedException($"the env line {line}");
                }

                Add(data, line[..equals], line[(equals + 1)..]);
            }
        }

        var metadata = new KMap();
        metadata.Entries["name"] = KScalar.Of(name);
        if (entry.String("namespace") is { } ns)
        {
            metadata.Entries["namespace"] = KScalar.Of(ns);
        }

        var entryOptions = entry.Map("options");
        foreach (var field in new[] { "labels", "annotations" })
        {
            var pairs = new KMap();
            foreach (var source in new[] { options?.Map(field), entryOptions?.Map(field) })
            {
                foreach (var (key, value) in source?.Entries ?? [])
                {
                    pairs.Entries[key] = value.Clone();
                }
            }

            if (pairs.Entries.Count > 0)
            {
                metadata.Entries[field] = pairs;
            }
        }

        foreach (var source in new[] { options, entryOptions })
        {
            foreach (var key in source?.Entries.Keys ?? Enumerable.Empty<string>())
            {
                if (key is not ("labels" or "annotations" or "disableNameSuffixHash"))
                {
                    throw new KustomizeUnsupportedException($"the generator option {key}");
                }
            }
        }

        var disableHash = entryOptions?["disableNameSuffixHash"] is KScalar { Text: "true" }
            || entryOptions?["disableNameSuffixHash"] is null && options?["disableNameSuffixHash"] is KScalar { Text: "true" };
        var body = new KMap();
        body.Entries["apiVersion"] = KScalar.Of("v1");
        body.Entries["kind"] = KScalar.Of(kind);
        body.Entries["metadata"] = metadata;
        if (kind == "Secret")
        {
            body.Entries["type"] = KScalar.Of(entry.String("type") ?? "Opaque");
            foreach (var key in data.Entries.Keys.ToList())
            {
                data.Entries[key] = KScalar.Of(Convert.ToBase64String(Encoding.UTF8.GetBytes(((KScalar)data.Entries[key]).Text)));
            }
        }

        if (data.Entries.Count > 0)
        {
            body.Entries["data"] = data;
        }

        var behavior = entry.String("behavior") ?? "create";
        if (behavior == "create")
        {
            resources.Add(new BuiltinResource(body) { GeneratedIn = kustomization.File, Generator = kind + "Generator", NeedsHash = !disableHash });
            return;
        }

        var existing = resources.Where(r => r.Kind == kind && r.Names.Contains(name, StringComparer.Ordinal)
            && (entry.String("namespace") is not { } wanted || Effective(r.Namespace) == Effective(wanted))).ToList();
        if (existing.Count != 1 || behavior is not ("merge" or "replace"))
        {
            throw new KustomizeUnsupportedException($"the generator behavior {behavior} of {name}");
        }

        var target = existing[0];
        if (behavior == "replace")
        {
            target.Body.Entries.Remove("data");
        }

        if (data.Entries.Count > 0)
        {
            var targetData = target.Body.GetOrAddMap("data");
            foreach (var (key, value) in data.Entries)
            {
                targetData.Entries[key] = value;
            }
        }

        foreach (var field in new[] { "labels", "annotations" })
        {
            if (metadata.Map(field) is { } pairs)
            {
                var into = target.Body.GetOrAddMap("metadata").GetOrAddMap(field);
                foreach (var (key, value) in pairs.Entries)
                {
                    into.Entries[key] = value;
                }
            }
        }

        target.NeedsHash = target.NeedsHash && !disableHash;
        target.Transformed(kustomization.File);
    }

    private static string Effective(string ns) => ns.Length == 0 ? "default" : ns;

    private static void Add(KMap data, string key, string value)
    {
        if (!data.Entries.TryAdd(key, KScalar.Of(value)))
        {
            throw new KustomizeUnsupportedException($"the key {key} generated twice");
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'') ? value[1..^1] : value;

    private static IEnumerable<string> Strings(KList? list) =>
        (list?.Items ?? []).Select(i => i is KScalar { Type: KScalarType.String } s ? s.Text : throw new KustomizeUnsupportedException("a generator source that is not a string"));

    private static string ReadText(KustomizationFile kustomization, string path)
    {
        var full = Path.GetFullPath(Path.Combine(kustomization.Folder, path));
        BuiltinKustomizeRenderer.RequireWithin(kustomization, full, path);
        try
        {
            var bytes = File.ReadAllBytes(full);
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException)
        {
            throw new KustomizeUnsupportedException($"the generator source {path}");
        }
    }
}
