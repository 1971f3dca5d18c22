namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>How to render: which <c>kubectl</c>, and a <c>helm</c> for the charts overlays name.</summary>
public sealed class KustomizeOptions
{
    /// <summary>The default options: <c>kubectl</c> from <c>IACTEST_KUBECTL</c> or the <c>PATH</c>, no helm.</summary>
    public static KustomizeOptions Default { get; } = new();

    /// <summary>The <c>kubectl</c> to run; null looks it up (<c>IACTEST_KUBECTL</c>, then the <c>PATH</c>).</summary>
    public string? KubectlPath { get; init; }

    /// <summary>
    /// The seam for Helm: a <c>helm</c> binary (or anything that answers as <c>helm template</c> does) that renders the
    /// <c>helmCharts</c> of a kustomization; Kustomize runs it with <c>--enable-helm --helm-command</c>. Null: charts are
    /// reported as not rendered and the overlay that names them is not rendered.
    /// </summary>
    public string? HelmCommand { get; init; }

    /// <summary>
    /// Render every overlay with <c>kubectl kustomize</c>, even those the built-in renderer renders (its output is the
    /// same; this is for comparing the two). Also set by <c>IACTEST_KUSTOMIZE=kubectl</c>.
    /// </summary>
    public bool AlwaysKubectl { get; init; } = Environment.GetEnvironmentVariable("IACTEST_KUSTOMIZE") == "kubectl";

    /// <summary>How long one rendering may take before it is stopped and reported.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
