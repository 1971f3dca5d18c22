using IacTest.Lint.Classification;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// An Argo CD Application belongs to an AppProject the repository defines, and deploys only from the repositories and
/// to the clusters and namespaces that project allows: otherwise Argo CD refuses to sync it, which shows only in the
/// cluster, after the merge.
/// </summary>
internal sealed class ArgoAppProjectRule : LintRule
{
    // Argo CD's name for the cluster it runs in, and that cluster's API server address.
    private const string InCluster = "in-cluster";
    private const string InClusterServer = "https://kubernetes.default.svc";

    /// <inheritdoc />
    public override string Code => "IAC0495";

    /// <inheritdoc />
    public override string Name => "argocd-app-project";

    /// <inheritdoc />
    public override string Title => "Argo CD Applications must belong to a defined AppProject that allows their source and destination";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["gitops", "correctness", "security"];

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["project", "source", "destination"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kubernetes;

    /// <inheritdoc />
    public override RuleReads Reads => RuleReads.RepositoryFiles(".yaml", ".yml");

    /// <inheritdoc />
    public override bool ReadsOtherFilesFor(LintFile file) => GitOpsObjects.In(file);

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        GitOpsRepositoryOptions.Declared[0],
        new("external-projects", RuleOptionType.StringList, Array.Empty<string>(),
            "AppProjects defined outside the repository (by the Argo CD installation, another repository) that Applications may name; their rules are not known, so their Applications' sources and destinations are not checked."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "An Argo CD `Application` (and the Application template of an `ApplicationSet`) names its AppProject in `spec.project`. The project must be one a YAML file of the repository defines (`project`), or `default`, which Argo CD creates and which allows everything unless the repository redefines it, or one listed in `external-projects`. When the project is defined in the repository, each source's `repoURL` must be allowed by its `sourceRepos` (`source`) and the `destination` by its `destinations` (`destination`), matched as Argo CD matches them: URLs compared in Argo CD's normal form (lower case, without `.git`, `git@host:path` as `git@host/path`), glob patterns in which `*` stays within one segment of a URL and matches anything in a server or namespace, and patterns starting with `!` that deny what they match whatever else allows it (as Argo CD's code reads a `!` source pattern, one that does not match a URL counts as allowing it: `sourceRepos: ['!https://github.com/example/secrets']` alone allows every other repository). A destination is allowed when its `server` or `name` and its `namespace` match one entry; `in-cluster` and `https://kubernetes.default.svc` name the same cluster. A destination given only by a cluster `name` is compared with a project entry that gives only a `server` (and the other way round) as Argo CD does, through the server the name stands for, which only Argo CD knows: it is reported only when the answer does not hang on that (a denied namespace, no entry for the name). Values filled in by a template (`{{cluster}}`) are not checked. The rule reads the repository's YAML files, so the build cache lints the file again when they change.";

    /// <inheritdoc />
    public override string BadExample =>
        "apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata:\n  name: payments\n  namespace: argocd\nspec:\n  sourceRepos:\n    - https://github.com/example/payments-*\n  destinations:\n    - server: https://kubernetes.default.svc\n      namespace: payments-*\n---\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ledger\n  namespace: argocd\nspec:\n  project: payments\n  source:\n    repoURL: https://github.com/example/ledger.git\n    targetRevision: v1.8.0\n    path: deploy\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: kube-system\n";

    /// <inheritdoc />
    public override string GoodExample =>
        "apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata:\n  name: payments\n  namespace: argocd\nspec:\n  sourceRepos:\n    - https://github.com/example/payments-*\n  destinations:\n    - server: https://kubernetes.default.svc\n      namespace: payments-*\n---\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ledger\n  namespace: argocd\nspec:\n  project: payments\n  source:\n    repoURL: https://github.com/example/payments-ledger.git\n    targetRevision: v1.8.0\n    path: deploy\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: payments-ledger\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var objects = KubeManifest.Objects(context.File);
        List<ArgoProject>? projects = null;
        var repositoryKnown = false;
        foreach (var obj in objects)
        {
            if (ArgoSource.ApplicationSpec(obj) is not { } spec)
            {
                continue;
            }

            var projectNode = spec["project"] as YScalar;
            var name = projectNode is { IsNull: false, Value.Length: > 0 } ? projectNode.Value : "default";
            if (ArgoSource.IsTemplated(name) || context.Options.List("external-projects").Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            if (projects is null)
            {
                (projects, repositoryKnown) = Projects(context, objects);
            }

            var project = projects.FirstOrDefault(p => p.Name == name);
            if (project is null)
            {
                // Argo CD's own default project allows everything; without the repository, other projects are unknown.
                if (name != "default" && repositoryKnown)
                {
                    var defined = projects.Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                    context.Report((YNode?)projectNode ?? obj.Anchor,
                        $"AppProject \"{name}\" is not defined in the repository ({(defined.Length == 0 ? "it defines none" : "defined: " + string.Join(", ", defined))}; projects defined elsewhere belong in external-projects)",
                        "project");
                }

                continue;
            }

            foreach (var source in ArgoSource.Of(obj))
            {
                if (source.Node["repoURL"] is YScalar { IsNull: false } repoUrl && !ArgoSource.IsTemplated(repoUrl.Value) && !IsSourcePermitted(project, repoUrl.Value))
                {
                    context.Report(repoUrl,
                        $"repoURL \"{repoUrl.Value}\" is not allowed by AppProject \"{project.Name}\" (sourceRepos: {List(project.SourceRepos)})", "source");
                }
            }

            if (spec["destination"] is YMapping destination)
            {
                CheckDestination(context, project, destination);
            }
        }
    }

    private static void CheckDestination(RuleContext context, ArgoProject project, YMapping destination)
    {
        var server = destination.GetScalar("server") ?? string.Empty;
        var cluster = destination.GetScalar("name") ?? string.Empty;
        var ns = destination.GetScalar("namespace") ?? string.Empty;
        if (ArgoSource.IsTemplated(server) || ArgoSource.IsTemplated(cluster) || ArgoSource.IsTemplated(ns))
        {
            return;
        }

        if (server.Length == 0 && cluster == InCluster)
        {
            server = InClusterServer;
        }
        else if (cluster.Length == 0 && server == InClusterServer)
        {
            cluster = InCluster;
        }

        if (IsDestinationPermitted(project, server, cluster, ns) is not false)
        {
            return;
        }

        var where = server.Length > 0 && destination.GetScalar("server") is not null ? $"server \"{server}\"" : $"cluster \"{cluster}\"";
        var at = (YNode?)(destination["server"] as YScalar) ?? (YNode?)(destination["name"] as YScalar) ?? destination;
        var allowed = project.Destinations.Select(d => $"{(d.Server.Length > 0 ? d.Server : d.Name)} {(d.Namespace.Length > 0 ? d.Namespace : "\"\"")}");
        context.Report(at, $"destination {where}, namespace \"{ns}\" is not allowed by AppProject \"{project.Name}\" (destinations: {List(allowed.ToArray())})", "destination");
    }

    // As Argo CD's AppProject.IsSourcePermitted: some pattern matches and no deny pattern rejects.
    private static bool IsSourcePermitted(ArgoProject project, string repoUrl)
    {
        var url = NormalizeGitUrl(repoUrl);
        var matched = false;
        foreach (var entry in project.SourceRepos)
        {
            var deny = IsDeny(entry);
            var pattern = NormalizeGitUrl(deny ? entry[1..] : entry);
            if (GlobMatch(deny ? "!" + pattern : pattern, url, ArgoGlob.Dialect.Segments))
            {
                matched = true;
            }
            else if (deny)
            {
                return false;
            }
        }

        return matched;
    }

    // As Argo CD's AppProject.isDestinationMatched: an entry matches by server or name and by namespace; a deny entry
    // that does not match (its negation fails) rejects the destination. A cluster given only by name is matched by
    // Argo CD through the server it stands for too, and one given by server through its name: which is which only Argo
    // CD knows, so a comparison with the missing one is unknown (null), and so is the answer when it hangs on one.
    private static bool? IsDestinationPermitted(ArgoProject project, string server, string cluster, string ns)
    {
        var any = false;
        var unknown = false;
        foreach (var entry in project.Destinations)
        {
            var nameMatched = Compare(entry.Name, cluster);
            var serverMatched = Compare(entry.Server, server);
            bool? namespaceMatched = GlobMatch(entry.Namespace, ns, ArgoGlob.Dialect.Greedy);
            var matched = And(Or(serverMatched, nameMatched), namespaceMatched);
            if (matched == true)
            {
                any = true;
                continue;
            }

            var denied = Or(Or(And(Not(nameMatched), IsDeny(entry.Name)), And(Not(serverMatched), IsDeny(entry.Server))), And(Not(namespaceMatched), IsDeny(entry.Namespace)));
            if (matched == false && denied == true)
            {
                return false;
            }

            unknown |= matched is null || denied is null;
        }

        return unknown ? null : any;
    }

    private static bool? Compare(string pattern, string value) =>
        value.Length > 0 ? GlobMatch(pattern, value, ArgoGlob.Dialect.Greedy) : pattern == "*" ? true : pattern.Length == 0 ? false : null;

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a == true && b == true ? true : null;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a == false && b == false ? false : null;

    private static bool? Not(bool? a) => a is null ? null : !a;

    private static bool GlobMatch(string pattern, string value, ArgoGlob.Dialect dialect) =>
        IsDeny(pattern) ? !ArgoGlob.Matches(pattern[1..], value, dialect) : pattern == "*" || ArgoGlob.Matches(pattern, value, dialect);

    private static bool IsDeny(string pattern) => pattern.StartsWith('!');


    // Argo CD's git.NormalizeGitURL: lower case, git@host:path as git@host/path, no ssh:// and no .git.
    private static string NormalizeGitUrl(string url)
    {
        var text = url.Trim().ToLowerInvariant();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0 && text.IndexOf('@') is var at and > 0 && text.IndexOf(':', at) is var colon and > 0)
        {
            text = text[..colon] + "/" + text[(colon + 1)..];
        }
        else if (text.StartsWith("ssh://", StringComparison.Ordinal))
        {
            text = text["ssh://".Length..];
        }

        return text.EndsWith(".git", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "none" : string.Join(", ", values);

    private static (List<ArgoProject> Projects, bool RepositoryKnown) Projects(RuleContext context, IReadOnlyList<KubeObject> objects)
    {
        string own;
        try
        {
            own = Path.GetFullPath(context.File.Path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            own = context.File.Path;
        }

        var projects = ArgoProject.In(objects, own).ToList();
        var repository = GitOpsRepository.Find(context.File.Path, context.Options.String(GitOpsRepositoryOptions.Root), []);
        if (repository is not null)
        {
            projects.AddRange(repository.ProjectsExcept(context.File.Path));
        }

        return (projects, repository is not null);
    }
}
