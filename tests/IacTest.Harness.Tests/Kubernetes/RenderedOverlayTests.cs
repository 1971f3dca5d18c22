using IacTest.Harness.Kubernetes;
using IacTest.Harness.Snapshots;

namespace IacTest.Harness.Tests.Kubernetes;

/// <summary>
/// Unit tests of a rendered Kustomize overlay, as a team writes them for its GitOps repository: policies over what
/// each environment renders, a snapshot of the rendered output, and what prod changes against staging.
/// </summary>
public sealed class RenderedOverlayTests
{
    private static readonly string Overlays = Path.Combine(AppContext.BaseDirectory, "Kubernetes", "Overlays", "checkout", "overlays");

    private static readonly Lazy<ManifestSet> Staging = new(() => ManifestSet.FromOverlay(Path.Combine(Overlays, "staging")));

    private static readonly Lazy<ManifestSet> Prod = new(() => ManifestSet.FromOverlay(Path.Combine(Overlays, "prod")));

    [Fact]
    public void Every_container_in_prod_has_requests_and_limits()
    {
        // When
        var containers = Prod.Value.Containers("checkout-prod");

        // Then: the worker's come from the prod patch, the api's from the base
        containers.Select(c => c.Name).ShouldBe(["api", "migrate", "worker"]);
        containers.ShouldAllBe(c => c.HasRequestsAndLimits);
        containers.Single(c => c.Name == "worker").Requests["cpu"].ShouldBe("500m");
    }

    [Fact]
    public void Staging_is_caught_without_requests_and_limits()
    {
        // When
        var missing = Staging.Value.Containers().Where(c => !c.HasRequestsAndLimits).Select(c => c.ToString());

        // Then
        missing.ShouldBe(
        [
            "Deployment/checkout-staging/checkout-worker container migrate (registry.example.com/checkout/migrations:3.2.0)",
            "Deployment/checkout-staging/checkout-worker container worker (registry.example.com/checkout/worker:latest)",
        ]);
    }

    [Fact]
    public void Image_tags_in_prod_are_pinned_and_staging_uses_latest_once()
    {
        // Then
        Prod.Value.Containers().ShouldAllBe(c => c.Image.IsPinned);
        Staging.Value.Containers().Where(c => !c.Image.IsPinned).Select(c => c.Image.Reference).ShouldBe(["registry.example.com/checkout/worker:latest"]);
        ContainerImage.Parse("registry.example.com:5000/api@sha256:abc").ShouldBe(new ContainerImage("registry.example.com:5000/api@sha256:abc", "registry.example.com:5000/api", null, "sha256:abc"));
    }

    [Fact]
    public void Rendered_objects_know_where_they_came_from()
    {
        // When
        var api = Prod.Value.Get("Deployment", "checkout-api");
        var env = Prod.Value.OfKind("ConfigMap").ShouldHaveSingleItem();

        // Then
        Path.GetFileName(api.Origin!.Path).ShouldBe("deployment.yaml");
        api.At("spec.replicas")!.ToPlain().ShouldBe(4L);
        api.At("spec.selector.matchLabels")!.GetText("app.kubernetes.io/name").ShouldBe("checkout");
        env.Name.ShouldStartWith("checkout-env-");
        env.Origin!.Generator.ShouldBe("ConfigMapGenerator");
        Prod.Value.Rendered!.Renderer.ShouldBe("built-in");
    }

    [Fact]
    public void The_prod_rendering_matches_its_snapshot()
    {
        // Then
        Snapshot.Match(Prod.Value.RenderedYaml, extension: "yaml");
    }

    [Fact]
    public void Prod_changes_against_staging_are_what_the_team_reviewed()
    {
        // When
        var diff = OverlayDiff.Between(Staging.Value, Prod.Value);

        // Then
        diff.Of("PodDisruptionBudget").ChangeKind.ShouldBe(ObjectChangeKind.Added);
        diff.Of("Deployment", "checkout-api").Diff.ShouldContain("+  replicas: 4");
        diff.Changes.Select(c => c.Title).ShouldBe(
        [
            "~ ConfigMap/checkout-staging/checkout-env-" + Staging.Value.OfKind("ConfigMap")[0].Name[^10..] + " -> ConfigMap/checkout-prod/" + Prod.Value.OfKind("ConfigMap")[0].Name,
            "~ Service/checkout-staging/checkout-api -> Service/checkout-prod/checkout-api",
            "~ Deployment/checkout-staging/checkout-api -> Deployment/checkout-prod/checkout-api",
            "~ Deployment/checkout-staging/checkout-worker -> Deployment/checkout-prod/checkout-worker",
            "+ PodDisruptionBudget/checkout-prod/checkout-api",
        ]);
        Snapshot.Match(diff.ToString(), extension: "diff");
    }

    [Fact]
    public void An_overlay_that_does_not_render_names_the_entry_at_fault()
    {
        // When
        var error = Should.Throw<OverlayRenderException>(() => ManifestSet.FromOverlay(Path.Combine(Overlays, "broken")));

        // Then
        error.Message.ShouldEndWith("kustomization.yaml(3,5): error: \"../../bsae\" does not exist (resolved to ../../bsae)");
    }
}
