using IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// Walks an overlay as Kustomize does before it builds anything: its kustomization, then the bases and components it
/// names, recursively. It finds what makes a build fail at the entry at fault (a path that does not exist, a folder
/// without a kustomization, a cycle), the Helm charts that cannot be rendered here, every file the build reads (the
/// overlay's findings depend on them), and the patches with their positions (a finding on a patched field points into
/// the patch).
/// </summary>
internal sealed class KustomizationTree
{
    /// <summary>The names Kustomize looks for in a folder, in its order.</summary>
    public static readonly string[] FileNames = KustomizationFile.FileNames;

    private readonly string? _helmCommand;
    private readonly (string File, YMapping Root)? _unsaved;
    private readonly List<KustomizeProblem> _problems = [];
    private readonly SortedSet<string> _filesRead = new(StringComparer.Ordinal);
    private readonly List<string> _folders = [];
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<string> _stack = [];

    private KustomizationTree(string? helmCommand, (string File, YMapping Root)? unsaved)
    {
        _helmCommand = helmCommand;
        _unsaved = unsaved;
    }

    /// <summary>Positioned problems: errors stop the build, warnings are parts not rendered.</summary>
    public IReadOnlyList<KustomizeProblem> Problems => _problems;

    /// <summary>Whether a problem stops the build.</summary>
    public bool HasErrors => _problems.Any(p => p.Severity == Severity.Error);

    /// <summary>Whether some part (a Helm chart) cannot be rendered here.</summary>
    public bool HasUnrenderedCharts { get; private set; }

    /// <summary>Every local file read, full paths, sorted.</summary>
    public IReadOnlyList<string> FilesRead => _filesRead.ToList();

    /// <summary>Every folder visited as a kustomization root.</summary>
    public IReadOnlyList<string> Folders => _folders;

    /// <summary>The kustomizations, outermost first.</summary>
    public List<KustomizationEntry> Kustomizations { get; } = [];

    /// <summary>The patches, in the order that wins a conflict: the overlay's, then its components', then its bases'.</summary>
    public List<KustomizePatch> Patches { get; } = [];

    /// <summary>The kustomization file of a folder, or null.</summary>
    public static string? KustomizationFileOf(string folder) => KustomizationFile.Of(folder);

    /// <summary>Walks the overlay in <paramref name="folder"/>.</summary>
    public static KustomizationTree Walk(string folder, string? helmCommand)
    {
        var tree = new KustomizationTree(helmCommand, null);
        tree.Visit(Path.GetFullPath(folder), null, null);
        return tree;
    }

    /// <summary>
    /// Walks an overlay whose kustomization is text not saved at <paramref name="file"/> (an editor's buffer, a
    /// rule's example): its entries are checked against the files beside that path.
    /// </summary>
    public static KustomizationTree WalkUnsaved(string file, YMapping root, string? helmCommand)
    {
        var full = Path.GetFullPath(file);
        var tree = new KustomizationTree(helmCommand, (full, root));
        tree.Visit(Path.GetDirectoryName(full) ?? ".", null, null);
        return tree;
    }

    private void Visit(string folder, string? fromFile, YScalar? fromEntry)
    {
        _folders.Add(folder);
        var file = _unsaved is { } unsaved && string.Equals(Path.GetDirectoryName(unsaved.File), folder, StringComparison.Ordinal) ? unsaved.File : KustomizationFileOf(folder);
        if (file is null)
        {
            Problem(fromFile ?? Path.Combine(folder, FileNames[0]), fromEntry, $"\"{fromEntry?.Value ?? folder}\" has no kustomization.yaml, kustomization.yml or Kustomization");
            return;
        }

        if (_stack.Contains(folder, StringComparer.Ordinal))
        {
            var cycle = string.Join(" -> ", _stack.SkipWhile(f => f != folder).Append(folder).Select(f => Relative(fromFile, f)));
            Problem(fromFile ?? file, fromEntry, $"\"{fromEntry?.Value}\" makes a cycle: {cycle}");
            return;
        }

        if (!_visited.Add(folder))
        {
            return;
        }

        _filesRead.Add(file);
        YMapping root;
        if (_unsaved is { } text && text.File == file)
        {
            root = text.Root;
        }
        else
        {
            var (documents, error) = YamlTree.Parse(ReadText(file));
            if (error is not null)
            {
                _problems.Add(new KustomizeProblem(file, error.Position.Line, error.Position.Column, Severity.Error, $"the kustomization does not parse: {error.Message}"));
                return;
            }

            if (documents.Count == 0 || documents[0].Root is not YMapping parsed)
            {
                _problems.Add(new KustomizeProblem(file, 1, 1, Severity.Error, "the kustomization is not a mapping"));
                return;
            }

            root = parsed;
        }

        var entry = new KustomizationEntry(file, root);
        Kustomizations.Add(entry);
        _stack.Add(folder);
        Patches.AddRange(PatchesOf(entry));
        ReadFiles(entry);
        foreach (var component in Scalars(root["components"]))
        {
            Child(entry, component, mustBeFolder: true);
        }

        foreach (var resource in Scalars(root["resources"]).Concat(Scalars(root["bases"])))
        {
            Child(entry, resource, mustBeFolder: false);
        }

        _stack.RemoveAt(_stack.Count - 1);
    }

    private void Child(KustomizationEntry parent, YScalar entry, bool mustBeFolder)
    {
        if (IsRemote(entry.Value))
        {
            return;
        }

        var path = Path.GetFullPath(Path.Combine(parent.Folder, entry.Value));
        if (Directory.Exists(path))
        {
            Visit(path, parent.File, entry);
        }
        else if (File.Exists(path) && !mustBeFolder)
        {
            _filesRead.Add(path);
        }
        else
        {
            Problem(parent.File, entry, File.Exists(path)
                ? $"\"{entry.Value}\" is a file; a component is a folder with a kustomization"
                : $"\"{entry.Value}\" does not exist (resolved to {Relative(parent.File, path)})", missingPath: !File.Exists(path));
        }
    }

    private void ReadFiles(KustomizationEntry entry)
    {
        var root = entry.Root;
        foreach (var list in new[] { "crds", "configurations", "transformers", "generators", "validators" })
        {
            foreach (var value in Scalars(root[list]).Where(v => !v.Value.Contains('\n', StringComparison.Ordinal)))
            {
                ReadFile(entry, value);
            }
        }

        foreach (var generatorList in new[] { "configMapGenerator", "secretGenerator" })
        {
            foreach (var generator in Mappings(root[generatorList]))
            {
                foreach (var source in Scalars(generator["files"]))
                {
                    // "key=path" names the key; the path is after the first '='.
                    var equals = source.Value.IndexOf('=', StringComparison.Ordinal);
                    ReadFile(entry, source, equals < 0 ? source.Value : source.Value[(equals + 1)..]);
                }

                foreach (var env in Scalars(generator["envs"]).Concat(generator["env"] is YScalar single ? [single] : []))
                {
                    ReadFile(entry, env);
                }
            }
        }

        foreach (var chart in Mappings(root["helmCharts"]).Concat(Mappings(root["helmChartInflationGenerator"])))
        {
            if (_helmCommand is null)
            {
                HasUnrenderedCharts = true;
                var name = chart.GetScalar("name") ?? chart.GetScalar("chartName") ?? "?";
                var version = chart.GetScalar("version") ?? chart.GetScalar("chartVersion");
                _problems.Add(new KustomizeProblem(entry.File, chart.Start.Line, chart.Start.Column, Severity.Warning,
                    $"Helm chart \"{name}\"{(version is null ? string.Empty : $" {version}")} is not rendered: no helm command is configured, so this overlay and the objects of the chart are not checked"));
            }
        }
    }

    private void ReadFile(KustomizationEntry entry, YScalar value, string? path = null)
    {
        path ??= value.Value;
        if (IsRemote(path))
        {
            return;
        }

        var full = Path.GetFullPath(Path.Combine(entry.Folder, path.Trim()));
        if (File.Exists(full))
        {
            _filesRead.Add(full);
        }
        else
        {
            Problem(entry.File, value, $"\"{path}\" does not exist (resolved to {Relative(entry.File, full)})", missingPath: true);
        }
    }

    private IEnumerable<KustomizePatch> PatchesOf(KustomizationEntry entry)
    {
        var root = entry.Root;
        var patches = new List<KustomizePatch>();
        foreach (var patch in Mappings(root["patches"]).Concat(Mappings(root["patchesJson6902"])))
        {
            var target = patch["target"] as YMapping;
            var kind = target?.GetScalar("kind");
            var name = target?.GetScalar("name");
            var entryNode = (YNode?)target ?? patch;
            if (patch["path"] is YScalar path)
            {
                patches.AddRange(FromFile(entry, path, kind, name).Select(p => p with { DeclaredIn = entry.File, Entry = entryNode }));
            }
            else if (patch["patch"] is YScalar inline)
            {
                patches.AddRange(Inline(entry, inline, kind, name).Select(p => p with { DeclaredIn = entry.File, Entry = entryNode }));
            }
        }

        foreach (var value in Scalars(root["patchesStrategicMerge"]))
        {
            patches.AddRange((value.Value.Contains('\n', StringComparison.Ordinal) ? Inline(entry, value, null, null) : FromFile(entry, value, null, null))
                .Select(p => p with { DeclaredIn = entry.File, Entry = value }));
        }

        return patches;
    }

    private IEnumerable<KustomizePatch> FromFile(KustomizationEntry entry, YScalar path, string? kind, string? name)
    {
        var full = Path.GetFullPath(Path.Combine(entry.Folder, path.Value.Trim()));
        if (!File.Exists(full))
        {
            Problem(entry.File, path, $"patch \"{path.Value}\" does not exist (resolved to {Relative(entry.File, full)})", missingPath: true);
            return [];
        }

        _filesRead.Add(full);
        var (documents, error) = YamlTree.Parse(ReadText(full));
        if (error is not null)
        {
            _problems.Add(new KustomizeProblem(full, error.Position.Line, error.Position.Column, Severity.Error, $"the patch does not parse: {error.Message}"));
            return [];
        }

        return documents.Where(d => d.Root is not null).Select(d => Patch(full, d.Root!, kind, name, static p => p));
    }

    private static IEnumerable<KustomizePatch> Inline(KustomizationEntry entry, YScalar text, string? kind, string? name)
    {
        var (documents, error) = YamlTree.Parse(text.Value);
        if (error is not null)
        {
            return [];
        }

        var placement = InlinePlacement(entry.File, text);
        return documents.Where(d => d.Root is not null).Select(d => Patch(entry.File, d.Root!, kind, name, placement));
    }

    private static KustomizePatch Patch(string file, YNode body, string? kind, string? name, Func<Position, Position> placement)
    {
        // A strategic-merge patch without a target names its object itself.
        if (body is YMapping mapping)
        {
            kind ??= mapping.GetScalar("kind");
            name ??= (mapping["metadata"] as YMapping)?.GetScalar("name");
        }

        return new KustomizePatch(file, body, kind, name, placement);
    }

    // A block scalar's text starts on the line after its indicator, every line shifted by the block's indentation;
    // any other style is mapped to the scalar's own start, the closest honest position.
    private static Func<Position, Position> InlinePlacement(string file, YScalar text)
    {
        if (text.Style is not (YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded))
        {
            return _ => text.Start;
        }

        var lines = ReadText(file).Split('\n');
        var firstContent = text.Start.Line; // 0-based index of the line after the indicator line
        var indent = 0;
        for (var i = firstContent; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                indent = lines[i].Length - lines[i].TrimStart(' ').Length;
                break;
            }
        }

        return p => new Position(text.Start.Line + p.Line, indent + p.Column, 0);
    }

    private void Problem(string file, YScalar? entry, string message, bool missingPath = false) =>
        _problems.Add(new KustomizeProblem(file, entry?.Start.Line ?? 1, entry?.Start.Column ?? 1, Severity.Error, message) { IsMissingPath = missingPath });

    private static bool IsRemote(string value) =>
        value.Contains("://", StringComparison.Ordinal) || value.StartsWith("github.com/", StringComparison.Ordinal)
        || value.StartsWith("git@", StringComparison.Ordinal) || value.StartsWith("oci:", StringComparison.Ordinal);

    private static IEnumerable<YScalar> Scalars(YNode? node) =>
        node is YSequence sequence ? sequence.Items.OfType<YScalar>().Where(s => s.Value.Trim().Length > 0) : [];

    private static IEnumerable<YMapping> Mappings(YNode? node) => node is YSequence sequence ? sequence.Items.OfType<YMapping>() : [];

    private static string Relative(string? fromFile, string path) =>
        fromFile is null ? path : Path.GetRelativePath(Path.GetDirectoryName(fromFile) ?? ".", path);

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
