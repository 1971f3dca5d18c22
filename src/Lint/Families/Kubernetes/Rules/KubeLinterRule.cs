using IacTest.Lint.Classification;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// A kube-linter check: runs once per Kubernetes object and skips objects annotated with
/// <c>ignore-check.kube-linter.io/&lt;check&gt;</c> (or <c>kube-linter.io/ignore-all</c>).
/// </summary>
internal abstract class KubeLinterRule : LintRule
{
    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["kube-linter", "security"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kubernetes;

    /// <summary>
    /// What a cross-object check reads: every manifest of the checked file's folder, as kube-linter sees the whole
    /// folder it lints. One instance shared by those checks; a check declares it with <c>Reads =&gt; FolderManifests</c>.
    /// </summary>
    protected static RuleReads FolderManifests { get; } = RuleReads.FolderFiles(".yaml", ".yml");

    /// <summary>The kube-linter template the check is an instance of (its logic; the check adds parameters).</summary>
    public virtual string Template => Name;

    /// <inheritdoc />
    public override void Check(RuleContext context) => CheckObjects(context, static _ => true);

    /// <summary>
    /// Checks the objects of the file that <paramref name="inScope"/> accepts and that are not annotated to skip the
    /// check being run (<c>context.Rule</c>: this rule, or a custom check built from its template).
    /// </summary>
    internal void CheckObjects(RuleContext context, Func<KubeObject, bool> inScope)
    {
        if (SkipsPatch(context))
        {
            return;
        }

        foreach (var obj in KubeManifest.Objects(context.File))
        {
            if (inScope(obj) && !obj.IgnoresCheck(context.Rule.Name))
            {
                CheckObject(context, obj);
            }
        }
    }

    /// <summary>
    /// Whether the file is a patch a kustomization applies, checked through the overlays that render it instead; the
    /// answer depends on the kustomizations near it, which the file's result therefore reads.
    /// </summary>
    internal static bool SkipsPatch(RuleContext context)
    {
        foreach (var read in Kustomize.KustomizePatchFiles.Reads(context.File.Path))
        {
            context.AddRead(read);
        }

        return Kustomize.KustomizePatchFiles.IsPatch(context.File);
    }

    /// <summary>Checks one object that is not annotated to skip this check.</summary>
    protected abstract void CheckObject(RuleContext context, KubeObject obj);
}

/// <summary>A kube-linter check over each container of a workload's pod spec.</summary>
internal abstract class ContainerRule : KubeLinterRule
{
    /// <inheritdoc />
    protected sealed override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (PodSpecs.PodSpec(obj) is not { } podSpec)
        {
            return;
        }

        foreach (var container in PodSpecs.Containers(podSpec))
        {
            CheckContainer(context, obj, podSpec, container);
        }
    }

    /// <summary>Checks one container.</summary>
    protected abstract void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container);
}

/// <summary>A kube-linter check over a workload's pod spec.</summary>
internal abstract class PodSpecRule : KubeLinterRule
{
    /// <inheritdoc />
    protected sealed override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (PodSpecs.PodSpec(obj) is { } podSpec)
        {
            CheckPodSpec(context, obj, podSpec);
        }
    }

    /// <summary>Checks one pod spec.</summary>
    protected abstract void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec);
}

/// <summary>kube-linter's host-mounts template: hostPath volumes whose path matches <c>dirs</c>, reported where the path is.</summary>
internal abstract class HostMountRule : PodSpecRule
{
    /// <summary>The default <c>dirs</c> patterns of the check.</summary>
    protected abstract string[] DefaultDirs { get; }

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("dirs", RuleOptionType.StringList, DefaultDirs, "Patterns of the host paths that must not be mounted."),
    ];

    /// <inheritdoc />
    protected override void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec)
    {
        if (podSpec["volumes"] is not YSequence volumes)
        {
            return;
        }

        var dirs = context.Options.List("dirs");
        foreach (var volume in volumes.Items.OfType<YMapping>())
        {
            if (PodSpecs.At(volume, "hostPath", "path") is not YScalar path || !KubeRegex.AnyMatch(dirs, path.Value.TrimEnd('/') is { Length: > 0 } p ? p : "/"))
            {
                continue;
            }

            var volumeName = volume.GetScalar("name");
            foreach (var container in PodSpecs.Containers(podSpec))
            {
                if (container.Node["volumeMounts"] is YSequence mounts
                    && mounts.Items.OfType<YMapping>().Any(m => m.GetScalar("name") == volumeName))
                {
                    context.Report(path, $"host system directory \"{path.Value}\" is mounted on container \"{container.Name}\"");
                }
            }
        }
    }
}
