using System.Collections.Concurrent;
using IacTest.Lint.Files;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>
/// What cross-object checks (dangling-*, non-existent-service-account, pdb-min-available, non-isolated-pod,
/// access-to-*, env-value-from, …) see besides the file itself: the manifests of the same folder, as kube-linter sees
/// every object of the folder it lints. Each file is reduced to a summary of what those checks ask about; the folder's
/// summaries are built once per folder state and shared across files and threads.
/// </summary>
internal sealed class KubeContext
{
    // A folder's listing is trusted for a moment, so linting many files of one folder lists it once, not once per file.
    private static readonly TimeSpan ListingLifetime = TimeSpan.FromSeconds(2);

    private static readonly ConcurrentDictionary<string, FolderEntry> Folders = new(StringComparer.Ordinal);

    private static readonly object ViewKey = new();

    // A rendered overlay is a whole set already: its objects see each other, not the files beside its kustomization.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LintFile, object> RenderedSets = new();

    private readonly List<Summary> _summaries;

    private KubeContext(List<Summary> summaries)
    {
        _summaries = summaries;
    }

    /// <summary>The context of a file: its own objects plus those of the other manifests in its folder (computed once per file).</summary>
    public static KubeContext For(LintFile file) => file.View(ViewKey, Create);

    /// <summary>Marks <paramref name="file"/> as a complete set of objects (a rendered overlay): its context is itself alone.</summary>
    internal static void UseAsWholeSet(LintFile file) => RenderedSets.AddOrUpdate(file, ViewKey);

    private static KubeContext Create(LintFile file)
    {
        var own = Summarize(KubeManifest.Objects(file));
        var summaries = new List<Summary> { own };
        if (RenderedSets.TryGetValue(file, out _))
        {
            return new KubeContext(summaries);
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(file.Path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return new KubeContext(summaries);
        }

        foreach (var (path, summary) in Folder(Path.GetDirectoryName(fullPath)))
        {
            if (!string.Equals(path, fullPath, StringComparison.Ordinal))
            {
                summaries.Add(summary);
            }
        }

        return new KubeContext(summaries);
    }

    /// <summary>Whether a pod template in <paramref name="ns"/> carries every label of <paramref name="selector"/>.</summary>
    public bool AnyPodMatches(string ns, IReadOnlyDictionary<string, string> selector) => AnyPodMatches(ns, LabelSelector.OfMap(selector));

    /// <summary>Whether a pod template in <paramref name="ns"/> satisfies <paramref name="selector"/>.</summary>
    public bool AnyPodMatches(string ns, LabelSelector selector) =>
        _summaries.Any(s => s.Workloads.Any(w => w.Namespace == ns && selector.Matches(w.PodLabels)));

    /// <summary>Whether a ServiceAccount of that name exists in <paramref name="ns"/>.</summary>
    public bool HasServiceAccount(string ns, string name) => _summaries.Any(s => s.ServiceAccounts.Contains((ns, name)));

    /// <summary>The workloads (deployment-like objects and Pods) of the scope.</summary>
    public IEnumerable<KubeWorkloadSummary> Workloads => _summaries.SelectMany(s => s.Workloads);

    /// <summary>The Services of the scope.</summary>
    public IEnumerable<KubeServiceSummary> Services => _summaries.SelectMany(s => s.Services);

    /// <summary>The pod selectors of the NetworkPolicies of the scope, with their namespaces.</summary>
    public IEnumerable<(string Namespace, LabelSelector PodSelector)> NetworkPolicies => _summaries.SelectMany(s => s.NetworkPolicies);

    /// <summary>The Roles and ClusterRoles of the scope.</summary>
    public IEnumerable<KubeRoleSummary> Roles => _summaries.SelectMany(s => s.Roles);

    /// <summary>The ConfigMaps and Secrets of the scope, with the keys of their data.</summary>
    public IEnumerable<KubeConfigSummary> Configs => _summaries.SelectMany(s => s.Configs);

    private static IEnumerable<KeyValuePair<string, Summary>> Folder(string? directory)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return [];
        }

        var now = DateTime.UtcNow;
        if (Folders.TryGetValue(directory, out var cached) && now - cached.ListedAt < ListingLifetime)
        {
            return cached.Files.Value;
        }

        string signature;
        FileInfo[] files;
        try
        {
            files = new DirectoryInfo(directory).GetFiles("*.*", SearchOption.TopDirectoryOnly)
                .Where(f => f.Extension is ".yaml" or ".yml").OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
            signature = string.Join('|', files.Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        var entry = Folders.AddOrUpdate(directory,
            _ => new FolderEntry(now, signature, new Lazy<Dictionary<string, Summary>>(() => Load(files))),
            (_, old) => old.Signature == signature ? old with { ListedAt = now } : new FolderEntry(now, signature, new Lazy<Dictionary<string, Summary>>(() => Load(files))));
        return entry.Files.Value;
    }

    private static Dictionary<string, Summary> Load(FileInfo[] files)
    {
        // One file after another: the engine already lints files in parallel, and a nested parallel loop here ran
        // while the other workers waited on this folder, starving the thread pool.
        var summaries = new Dictionary<string, Summary>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                if (file.Length > 16L * 1024 * 1024)
                {
                    continue;
                }

                var text = File.ReadAllText(file.FullName);
                if (!text.Contains("kind", StringComparison.Ordinal))
                {
                    continue;
                }

                // Summarized and dropped at once: handing these trees to the engine for reuse was measured slower,
                // as keeping them alive cost more in garbage collection than parsing each file again.
                summaries[file.FullName] = Summarize(KubeManifest.Read(YamlTree.Parse(text).Documents));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // An unreadable sibling only narrows the context; the file itself reports its own problems.
            }
        }

        return summaries;
    }

    private static Summary Summarize(IReadOnlyList<KubeObject> objects)
    {
        var summary = new Summary();
        foreach (var obj in objects)
        {
            switch (obj.Kind)
            {
                case "ServiceAccount" when obj.ApiVersion == "v1":
                    summary.ServiceAccounts.Add((obj.Namespace, obj.Name));
                    continue;
                case "Service" when obj.ApiVersion == "v1":
                    summary.Services.Add(KubeServiceSummary.Of(obj));
                    continue;
                case "NetworkPolicy":
                    summary.NetworkPolicies.Add((obj.Namespace, LabelSelector.Of(obj.Spec?["podSelector"] as YMapping)));
                    continue;
                case "Role" or "ClusterRole":
                    summary.Roles.Add(KubeRoleSummary.Of(obj));
                    continue;
                case "ConfigMap" or "Secret" when obj.ApiVersion == "v1":
                    summary.Configs.Add(KubeConfigSummary.Of(obj));
                    continue;
            }

            if (PodSpecs.PodTemplate(obj) is not null)
            {
                summary.Workloads.Add(KubeWorkloadSummary.Of(obj));
            }
        }

        return summary;
    }

    private sealed record FolderEntry(DateTime ListedAt, string Signature, Lazy<Dictionary<string, Summary>> Files);

    private sealed class Summary
    {
        public List<KubeWorkloadSummary> Workloads { get; } = [];

        public HashSet<(string Namespace, string Name)> ServiceAccounts { get; } = [];

        public List<KubeServiceSummary> Services { get; } = [];

        public List<(string Namespace, LabelSelector PodSelector)> NetworkPolicies { get; } = [];

        public List<KubeRoleSummary> Roles { get; } = [];

        public List<KubeConfigSummary> Configs { get; } = [];
    }
}
