using IacTest.Lint.Classification;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// The path patterns of an ApplicationSet's Git generators match something in this repository: a pattern that matches
/// nothing generates no Application, silently, and an Application that used to be generated is pruned.
/// </summary>
internal sealed class ApplicationSetGitGeneratorRule : LintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0496";

    /// <inheritdoc />
    public override string Name => "applicationset-git-generator";

    /// <inheritdoc />
    public override string Title => "ApplicationSet Git generator paths must match folders and files of the repository";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["gitops", "correctness"];

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["directories", "files", "excluded", "pattern"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kubernetes;

    /// <inheritdoc />
    public override RuleReads Reads => RuleReads.RepositoryFiles(".yaml", ".yml", ".json");

    /// <inheritdoc />
    public override bool ReadsOtherFilesFor(LintFile file) => GitOpsObjects.In(file);

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options => GitOpsRepositoryOptions.Declared;

    /// <inheritdoc />
    public override string Description =>
        "The Git generators of an Argo CD `ApplicationSet` (also inside `matrix` and `merge` generators) generate one Application per folder that `directories[].path` matches, or per file that `files[].path` matches. When the generator's `repoURL` is this repository (one of its Git remotes or of the `repository-urls` option, as for `gitops-source-path`), each pattern is matched against the repository's folders and files, relative to its root, as Argo CD matches them: a directory pattern with Go's `path.Match` (`*` and `?` stay within one folder name, `[a-z]` classes), a file pattern with the greedy globbing Argo CD uses by default (`*` crosses folders) or the strict one it offers (`**` for any depth); a file pattern is reported only when neither matches. A pattern that matches nothing is reported (`directories`, `files`), so is an included pattern whose every folder an `exclude: true` pattern removes (`excluded`: exclusions win whatever their order) and an exclusion that matches no folder, which excludes nothing; a pattern that is not a valid glob is reported as such (`pattern`). Patterns filled in by a template are not checked. The rule reads the repository's folders and its YAML and JSON files, so the build cache lints the file again when they change.";

    /// <inheritdoc />
    public override string BadExample =>
        "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: addons\n  namespace: argocd\nspec:\n  goTemplate: true\n  generators:\n    - git:\n        repoURL: https://github.com/example/fleet.git\n        revision: main\n        directories:\n          - path: addons/[a-z*\n  template:\n    metadata:\n      name: '{{.path.basename}}'\n    spec:\n      project: default\n      source:\n        repoURL: https://github.com/example/fleet.git\n        targetRevision: main\n        path: '{{.path.path}}'\n      destination:\n        server: https://kubernetes.default.svc\n        namespace: '{{.path.basename}}'\n";

    /// <inheritdoc />
    public override string GoodExample =>
        "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: addons\n  namespace: argocd\nspec:\n  goTemplate: true\n  generators:\n    - git:\n        repoURL: https://github.com/example/fleet.git\n        revision: main\n        directories:\n          - path: addons/*\n          - path: addons/experimental\n            exclude: true\n  template:\n    metadata:\n      name: '{{.path.basename}}'\n    spec:\n      project: default\n      source:\n        repoURL: https://github.com/example/fleet.git\n        targetRevision: main\n        path: '{{.path.path}}'\n      destination:\n        server: https://kubernetes.default.svc\n        namespace: '{{.path.basename}}'\n";

    /// <inheritdoc />
    public override string ExamplePath => "apps/addons.yaml";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        GitOpsRepository? repository = null;
        var looked = false;
        foreach (var obj in KubeManifest.Objects(context.File))
        {
            if (obj.Group != ArgoSource.Group || obj.Kind != "ApplicationSet" || obj.Spec?["generators"] is not YSequence generators)
            {
                continue;
            }

            foreach (var git in GitGenerators(generators))
            {
                // A pattern that is not a glob fails the generator whatever the repository.
                var directories = Patterns(git, "directories");
                var files = Patterns(git, "files");
                var validDirectories = directories.Where(p => Valid(context, p.Path, "directory", ArgoGlob.Dialect.GoPath)).ToList();
                var validFiles = files.Where(p => Valid(context, p.Path, "file", ArgoGlob.Dialect.Greedy)).ToList();
                var url = git.GetScalar("repoURL") ?? string.Empty;
                if (url.Length == 0 || ArgoSource.IsTemplated(url))
                {
                    continue;
                }

                if (!looked)
                {
                    repository = GitOpsRepositoryOptions.Find(context);
                    looked = true;
                }

                if (repository is null || !repository.IsThisRepository(url))
                {
                    continue;
                }

                var tree = repository.Tree();
                CheckDirectories(context, validDirectories, tree.Folders);
                CheckFiles(context, validFiles, tree.Files);
            }
        }
    }

    // The git generators of a list, with those nested in matrix and merge generators.
    private static IEnumerable<YMapping> GitGenerators(YSequence generators)
    {
        foreach (var generator in generators.Items.OfType<YMapping>())
        {
            if (generator["git"] is YMapping git)
            {
                yield return git;
            }

            foreach (var combining in new[] { "matrix", "merge" })
            {
                if ((generator[combining] as YMapping)?["generators"] is YSequence nested)
                {
                    foreach (var inner in GitGenerators(nested))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static List<(YScalar Path, bool Exclude)> Patterns(YMapping git, string key) =>
        (git[key] as YSequence)?.Items.OfType<YMapping>()
            .Where(item => item["path"] is YScalar { IsNull: false } path && !ArgoSource.IsTemplated(path.Value))
            .Select(item => ((YScalar)item["path"]!, item.GetScalar("exclude") is "true" or "True"))
            .ToList() ?? [];

    private static bool Valid(RuleContext context, YScalar path, string what, ArgoGlob.Dialect dialect)
    {
        if (ArgoGlob.ToRegex(path.Value, dialect) is not null)
        {
            return true;
        }

        context.Report(path, $"{what} pattern \"{path.Value}\" is not a valid glob (a class or a group left open, or a trailing \\), so the generator fails", "pattern");
        return false;
    }

    private static void CheckDirectories(RuleContext context, List<(YScalar Path, bool Exclude)> patterns, IReadOnlyList<string> folders)
    {
        var compiled = patterns.Select(p => (p.Path, p.Exclude, Regex: ArgoGlob.ToRegex(p.Path.Value, ArgoGlob.Dialect.GoPath)!)).ToList();
        var excluded = compiled.Where(c => c.Exclude).ToList();
        foreach (var (path, exclude, regex) in compiled)
        {
            var matches = folders.Where(f => regex.IsMatch(f)).ToList();
            if (matches.Count == 0)
            {
                context.Report(path, exclude
                    ? $"exclude pattern \"{path.Value}\" matches no folder of this repository, so it excludes nothing"
                    : $"directory pattern \"{path.Value}\" matches no folder of this repository, so it generates no Application", "directories");
            }
            else if (!exclude && matches.All(f => excluded.Any(e => e.Regex.IsMatch(f))))
            {
                context.Report(path, $"directory pattern \"{path.Value}\" matches only folders an exclude pattern removes ({string.Join(", ", matches.Take(3))}{(matches.Count > 3 ? ", …" : string.Empty)}), so it generates no Application", "excluded");
            }
        }
    }

    private static void CheckFiles(RuleContext context, List<(YScalar Path, bool Exclude)> patterns, IReadOnlyList<string> files)
    {
        foreach (var (path, exclude) in patterns)
        {
            var greedy = ArgoGlob.ToRegex(path.Value, ArgoGlob.Dialect.Greedy)!;
            var strict = ArgoGlob.ToRegex(path.Value, ArgoGlob.Dialect.DoubleStar)!;
            if (!files.Any(f => greedy.IsMatch(f) || strict.IsMatch(f)))
            {
                context.Report(path, exclude
                    ? $"exclude pattern \"{path.Value}\" matches no file of this repository, so it excludes nothing"
                    : $"file pattern \"{path.Value}\" matches no file of this repository, so it generates no Application", "files");
            }
        }
    }
}
