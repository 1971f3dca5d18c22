using IacTest.Harness.Modules;

namespace IacTest.Harness.Kubernetes;

/// <summary>An object that runs pods (a Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob) and its pod spec.</summary>
public sealed class KubernetesWorkload
{
    private KubernetesWorkload(KubernetesManifest manifest, ModuleNode podSpec)
    {
        Manifest = manifest;
        PodSpec = podSpec;
        Containers = Read(podSpec, "initContainers", isInit: true).Concat(Read(podSpec, "containers", isInit: false)).ToList();
    }

    /// <summary>The object.</summary>
    public KubernetesManifest Manifest { get; }

    /// <summary>Its pod spec (<c>spec</c> of a Pod, <c>spec.template.spec</c>, or a CronJob's job template's).</summary>
    public ModuleNode PodSpec { get; }

    /// <summary>Its init containers, then its containers.</summary>
    public IReadOnlyList<KubernetesContainer> Containers { get; }

    /// <summary><c>spec.replicas</c>, or null when unset or not a number.</summary>
    public long? Replicas => Manifest.At("spec.replicas")?.ToPlain() is long replicas ? replicas : null;

    /// <summary>The workload of <paramref name="manifest"/>, or null when it runs no pods.</summary>
    public static KubernetesWorkload? Of(KubernetesManifest manifest)
    {
        var podSpec = manifest.Kind switch
        {
            "Pod" => manifest.At("spec"),
            "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job" => manifest.At("spec.template.spec"),
            "CronJob" => manifest.At("spec.jobTemplate.spec.template.spec"),
            _ => null,
        };
        return podSpec is { Kind: ModuleNodeKind.Mapping } ? new KubernetesWorkload(manifest, podSpec) : null;
    }

    /// <inheritdoc />
    public override string ToString() => Manifest.ToString();

    private IEnumerable<KubernetesContainer> Read(ModuleNode podSpec, string key, bool isInit) =>
        podSpec[key] is { Kind: ModuleNodeKind.Sequence } list
            ? list.Items.Where(i => i.Kind == ModuleNodeKind.Mapping).Select(i => new KubernetesContainer(this, i, isInit))
            : [];
}
