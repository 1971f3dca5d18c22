using IacTest.Lint.Families.Kubernetes.Kustomize;
using IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;
using IacTest.Lint.Tests.Kubernetes;
using Shouldly;
using Xunit;

namespace IacTest.Lint.Tests.Kustomize;

/// <summary>
/// The built-in renderer against the real Kustomize on every kustomization of the fixtures (GitOps repositories,
/// overlays of the Kubernetes checks, Argo CD and Flux fleets): where it renders an overlay, the output is byte for
/// byte what <c>kubectl kustomize</c> prints for it, and each document has an origin; where it does not, it says which
/// feature it leaves to Kustomize. The real kubectl runs here, so a difference in Kustomize's behaviour shows at once.
/// </summary>
public sealed class BuiltinRendererCorpusTests
{
    // Overlays of common features only: the built-in renderer must render these itself (so the comparison cannot pass
    // by leaving everything to kubectl).
    private static readonly HashSet<string> RenderedBuiltIn = new(StringComparer.Ordinal)
    {
        "kustomize/platform/apps/orders/base",
        "kustomize/platform/apps/orders/overlays/edge",
        "kustomize/platform/apps/orders/overlays/prod",
        "kustomize/platform/apps/orders/overlays/staging",
        "kustomize/gitops/apps/shop/base",
        "kustomize/gitops/apps/shop/overlays/dev",
        "kustomize/gitops/apps/shop/overlays/prod",
        "kustomize/gitops/apps/shop/overlays/staging",
        "kustomize/gitops/apps/payments/base",
        "kustomize/gitops/apps/payments/overlays/prod",
    };

    public static TheoryData<string> Kustomizations()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(LintHarness.FixturesRoot, "kustomization.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(LintHarness.FixturesRoot, Path.GetDirectoryName(file)!).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Renders_what_kubectl_kustomize_prints_or_leaves_the_overlay_to_it(string folder)
    {
        // Given
        var full = Path.Combine(LintHarness.FixturesRoot, folder);
        var kubectl = KustomizeRenderer.Render(full, new KustomizeOptions { AlwaysKubectl = true });

        // When
        var builtin = BuiltinKustomizeRenderer.TryRender(full, out var reason);

        // Then
        if (RenderedBuiltIn.Contains(folder))
        {
            builtin.ShouldNotBeNull($"left to kubectl: {reason}");
        }

        if (builtin is { } rendered)
        {
            kubectl.Rendered.ShouldBeTrue($"kubectl does not render {folder}, which the built-in renderer renders");
            rendered.Yaml.ShouldBe(kubectl.Yaml);
            rendered.Resources.Count.ShouldBe(kubectl.Origins.Count);
            rendered.Resources.Select(o => o.Path ?? o.GeneratedIn).ShouldBe(kubectl.Origins.Select(o => o.Path ?? o.GeneratedIn));
        }
        else
        {
            reason.ShouldNotBeNullOrWhiteSpace();
            Console.WriteLine($"{folder}: left to kubectl: {reason}");
        }
    }
}
