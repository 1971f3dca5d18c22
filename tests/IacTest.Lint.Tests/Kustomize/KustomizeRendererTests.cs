using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Kubernetes.Kustomize;
using IacTest.Lint.Tests.Kubernetes;
using Shouldly;
using Xunit;

namespace IacTest.Lint.Tests.Kustomize;

/// <summary>
/// The renderer against the real Kustomize: every overlay of the fixture GitOps repository (bases, components,
/// generators with hash suffixes, prefixes and suffixes, namespaces, labels, annotations, images by tag, name and
/// digest, replicas, strategic-merge and JSON 6902 patches from files and inline, the deprecated forms too) renders
/// byte for byte what <c>kubectl kustomize</c> printed (<c>expected/</c>, written by
/// <c>eng/conformance/kustomize/render-expected.sh</c>); broken overlays are positioned errors.
/// </summary>
public sealed class KustomizeRendererTests
{
    private static string Repository => Path.Combine(LintHarness.FixturesRoot, "kustomize", "gitops");

    public static TheoryData<string> Overlays()
    {
        var data = new TheoryData<string>();
        foreach (var expected in Directory.GetFiles(Path.Combine(LintHarness.FixturesRoot, "kustomize", "expected"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(expected));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Renders_the_overlay_as_kubectl_kustomize_prints_it(string name)
    {
        // Given
        var overlay = Path.Combine(Repository, name.Replace('_', Path.DirectorySeparatorChar));
        var expected = File.ReadAllText(Path.Combine(LintHarness.FixturesRoot, "kustomize", "expected", name + ".yaml"));

        // When
        var render = KustomizeRenderer.Render(overlay);
        var byKubectl = KustomizeRenderer.Render(overlay, new KustomizeOptions { AlwaysKubectl = true });

        // Then: the built-in renderer renders each of these overlays, as kubectl does
        render.Problems.Where(p => p.Severity == Severity.Error).ShouldBeEmpty();
        render.Rendered.ShouldBeTrue();
        render.Renderer.ShouldBe("built-in");
        render.Yaml.ShouldBe(expected);
        byKubectl.Renderer.ShouldBe(KustomizeRenderer.KubectlRenderer);
        byKubectl.Yaml.ShouldBe(expected);
        render.Origins.Count.ShouldBe(expected.Split("\n---\n").Length);
    }

    [Fact]
    public void Origins_name_the_manifest_read_and_the_kustomization_that_generated()
    {
        // Given
        var overlay = Path.Combine(Repository, "apps", "shop", "overlays", "prod");

        // When
        var render = KustomizeRenderer.Render(overlay);

        // Then: documents in Kustomize's order (Namespace, ServiceAccount, ConfigMap, Service, Deployment)
        var origins = render.Origins;
        origins[0].Path.ShouldBe(Path.Combine(overlay, "namespace.yaml"));
        origins[1].Path.ShouldBe(Path.Combine(Repository, "apps", "shop", "base", "serviceaccount.yaml"));
        origins[2].Path.ShouldBeNull();
        origins[2].GeneratedIn.ShouldBe(Path.Combine(Repository, "apps", "shop", "base", "kustomization.yaml"));
        origins[2].Generator.ShouldBe("ConfigMapGenerator");
        origins[4].TransformedIn.ShouldContain(Path.Combine(Repository, "apps", "shop", "components", "metrics", "kustomization.yaml"));
        render.FilesRead.ShouldContain(Path.Combine(overlay, "debug-sidecar.yaml"));
        render.FilesRead.ShouldContain(Path.Combine(overlay, "service-type.json"));
        render.FilesRead.ShouldContain(Path.Combine(Repository, "apps", "shop", "base", "deployment.yaml"));
    }

    [Fact]
    public void Generator_sources_are_files_the_overlay_reads()
    {
        // When
        var render = KustomizeRenderer.Render(Path.Combine(Repository, "apps", "payments", "overlays", "prod"));

        // Then
        var files = render.FilesRead.Select(f => Path.GetRelativePath(Repository, f).Replace('\\', '/')).ToArray();
        files.ShouldBe(
        [
            "apps/payments/base/application.properties",
            "apps/payments/base/db.env",
            "apps/payments/base/kustomization.yaml",
            "apps/payments/base/rate-limits.conf",
            "apps/payments/base/service.yaml",
            "apps/payments/base/statefulset.yaml",
            "apps/payments/overlays/prod/kustomization.yaml",
            "apps/payments/overlays/prod/replicas.yaml",
            "apps/payments/overlays/prod/statefulset-resources.yaml",
        ]);
    }

    [Theory]
    [InlineData("broken/missing-base", "broken/missing-base/kustomization.yaml", 3, 5, "\"../../apps/shop/bsae\" does not exist (resolved to ../../apps/shop/bsae)")]
    [InlineData("broken/cycle-a", "broken/cycle-b/kustomization.yaml", 2, 5, "\"../cycle-a\" makes a cycle: ../cycle-a -> . -> ../cycle-a")]
    [InlineData("broken/unmatched-patch", "broken/unmatched-patch/checkout-replicas.yaml", 1, 1, "the patch of Deployment \"checkout\" matches no object of the overlay, so it does not render")]
    public void A_broken_overlay_is_an_error_at_the_entry_at_fault(string overlay, string file, int line, int column, string message)
    {
        // When
        var render = KustomizeRenderer.Render(Path.Combine(Repository, overlay));

        // Then
        render.Rendered.ShouldBeFalse();
        var problem = render.Problems.ShouldHaveSingleItem();
        Path.GetRelativePath(Repository, problem.File).Replace('\\', '/').ShouldBe(file);
        (problem.Line, problem.Column, problem.Severity, problem.Message).ShouldBe((line, column, Severity.Error, message));
    }

    [Fact]
    public void A_helm_chart_is_reported_as_not_rendered_never_skipped()
    {
        // When
        var render = KustomizeRenderer.Render(Path.Combine(Repository, "infrastructure", "ingress-nginx"));

        // Then
        render.Rendered.ShouldBeFalse();
        var problem = render.Problems.ShouldHaveSingleItem();
        (problem.Line, problem.Column, problem.Severity).ShouldBe((5, 5, Severity.Warning));
        problem.Message.ShouldBe("Helm chart \"ingress-nginx\" 4.11.3 is not rendered: no helm command is configured, so this overlay and the objects of the chart are not checked");
    }

    [Fact]
    public void Without_kubectl_an_overlay_of_common_features_is_still_rendered()
    {
        // When
        var render = KustomizeRenderer.Render(Path.Combine(Repository, "apps", "shop", "overlays", "prod"),
            new KustomizeOptions { KubectlPath = Path.Combine(Repository, "no-such-kubectl") });

        // Then
        render.Rendered.ShouldBeTrue();
        render.Renderer.ShouldBe("built-in");
        render.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Without_kubectl_an_overlay_that_needs_kustomize_is_reported_as_not_rendered_with_the_feature()
    {
        // Given: replacements are a transformer only Kustomize itself runs
        var overlay = Directory.CreateTempSubdirectory("iactest-replacements-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(overlay, "kustomization.yaml"),
                "resources:\n  - service.yaml\nreplacements:\n  - source:\n      kind: Service\n      fieldPath: metadata.name\n    targets: []\n");
            File.WriteAllText(Path.Combine(overlay, "service.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n");

            // When
            var render = KustomizeRenderer.Render(overlay, new KustomizeOptions { KubectlPath = Path.Combine(overlay, "no-such-kubectl") });

            // Then
            render.Rendered.ShouldBeFalse();
            render.Renderer.ShouldBe("none");
            var warning = render.Problems.ShouldHaveSingleItem();
            warning.Severity.ShouldBe(Severity.Warning);
            warning.Message.ShouldContain("the kustomization field replacements");
        }
        finally
        {
            Directory.Delete(overlay, recursive: true);
        }
    }
}
