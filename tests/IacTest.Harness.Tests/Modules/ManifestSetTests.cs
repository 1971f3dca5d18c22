using IacTest.Harness.Kubernetes;

namespace IacTest.Harness.Tests.Modules;

public sealed class ManifestSetTests
{
    private static readonly ManifestSet Set = ManifestSet.Load(TestPaths.Sample("k8s"));

    [Fact]
    public void Every_document_and_list_item_is_an_object_with_file_and_line()
    {
        // Then
        Set.Manifests.Select(m => (m.ToString(), Path.GetFileName(m.Location.File), m.Location.Line, m.DocumentIndex)).ShouldBe(
        [
            ("Namespace/shop", "app.yaml", 1, 0),
            ("Deployment/shop/web", "app.yaml", 6, 1),
            ("Service/shop/web", "app.yaml", 30, 2),
            ("ConfigMap/shop/web-config", "config.yml", 4, 0),
            ("ConfigMap/staging/web-config", "config.yml", 11, 0),
        ]);
    }

    [Fact]
    public void Objects_are_found_by_kind_name_and_namespace()
    {
        // When
        var deployment = Set.Get("Deployment", "web");
        var staging = Set.Get("ConfigMap", "web-config", "staging");

        // Then
        deployment.Labels.ShouldBe(new Dictionary<string, string> { ["app"] = "web", ["tier"] = "frontend" });
        deployment.At("spec.replicas")!.ToPlain().ShouldBe(2L);
        var image = deployment.At("spec.template.spec.containers[0].image")!;
        (image.Text, image.Location.Line, image.Location.Column).ShouldBe(("nginx:1.25", 26, 18));
        staging.At("data.mode")!.Text.ShouldBe("staging");
        Set.OfKind("ConfigMap").Count.ShouldBe(2);
        Should.Throw<KeyNotFoundException>(() => Set.Get("Service", "api")).Message.ShouldStartWith("No Service named 'api'. Objects: Namespace/shop, Deployment/shop/web,");
    }

    [Fact]
    public void A_document_that_is_no_object_is_a_diagnostic()
    {
        // Then
        Set.Diagnostics.Select(d => (Path.GetFileName(d.Location.File), d.Location.Line, d.Message))
            .ShouldBe([("config.yml", 19, "the document is not a Kubernetes object (it needs apiVersion and kind)")]);
    }
}
