using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Tests.Kubernetes;
using Shouldly;
using Xunit;

namespace IacTest.Lint.Tests.Kustomize;

/// <summary>
/// Linting a kustomization renders its overlay and checks the rendered objects; each finding is placed where the
/// offending value was written (the overlay's field, an inline or file patch, a component) under the check's own name.
/// </summary>
public sealed class KustomizeOverlayRuleTests
{
    private static string Repository => Path.Combine(LintHarness.FixturesRoot, "kustomize", "gitops");

    [Fact]
    public void A_value_set_by_the_overlay_is_reported_where_the_overlay_sets_it()
    {
        // When
        var findings = Lint("apps/shop/overlays/dev/kustomization.yaml");

        // Then: the image tag comes from `images`, hostNetwork from the inline patch
        findings.ShouldBe(
        [
            "apps/shop/overlays/dev/kustomization.yaml:22:13 host-network",
            "apps/shop/overlays/dev/kustomization.yaml:9:13 latest-tag",
        ]);
    }

    [Fact]
    public void A_container_added_by_a_component_is_reported_in_the_component()
    {
        // When
        var findings = Lint("apps/shop/overlays/staging/kustomization.yaml");

        // Then
        findings.ShouldBe(
        [
            "apps/shop/components/metrics/kustomization.yaml:16:11 drop-net-raw-capability",
            "apps/shop/components/metrics/kustomization.yaml:16:11 no-read-only-root-fs",
            "apps/shop/components/metrics/kustomization.yaml:16:11 run-as-non-root",
            "apps/shop/components/metrics/kustomization.yaml:16:11 unset-cpu-requirements",
            "apps/shop/components/metrics/kustomization.yaml:16:11 unset-memory-requirements",
            "apps/shop/components/metrics/kustomization.yaml:17:18 latest-tag",
        ]);
    }

    [Fact]
    public void Replicas_from_the_overlay_and_from_a_json_patch_are_placed_at_their_source()
    {
        // When
        var shop = Lint("apps/shop/overlays/prod/kustomization.yaml");
        var payments = Lint("apps/payments/overlays/prod/kustomization.yaml");

        // Then
        shop.ShouldContain("apps/shop/overlays/prod/kustomization.yaml:11:12 no-anti-affinity");
        shop.ShouldContain("apps/shop/overlays/prod/debug-sidecar.yaml:12:13 privileged-container");
        payments.ShouldBe(["apps/payments/overlays/prod/replicas.yaml:3:10 no-anti-affinity"]);
    }

    [Fact]
    public void A_patch_file_is_checked_through_its_overlay_not_as_an_object_of_its_own()
    {
        // When: the strategic-merge patch of the ledger sets only resources; its other fields are in the base
        var alone = LintResult("apps/payments/overlays/prod/statefulset-resources.yaml");
        var overlay = Lint("apps/payments/overlays/prod/kustomization.yaml");

        // Then: no "missing selector" or "no read-only root file system" for the fragment, and the overlay finds none there
        alone.Diagnostics.Where(d => d.Code.StartsWith("IAC04", StringComparison.Ordinal)).ShouldBeEmpty();
        overlay.ShouldNotContain(f => f.Contains("statefulset-resources.yaml", StringComparison.Ordinal));
        alone.Reads.Select(r => Path.GetRelativePath(Repository, r.Folder).Replace('\\', '/')).ShouldContain("apps/payments/overlays/prod");
    }

    [Fact]
    public void A_patch_whose_target_matches_nothing_is_reported_at_its_target()
    {
        // When
        var findings = LintResult("apps/shop/overlays/dev/kustomization.yaml").Diagnostics.Where(d => d.Rule == "kustomize-overlay");

        // Then
        findings.Select(d => $"{d.Line}:{d.Column} {d.Message}").ShouldBe(
            ["24:7 the patch targets Deployment \"cart\", which matches no object of the overlay, so it changes nothing"]);
    }

    [Fact]
    public void The_message_names_the_object_and_the_overlay()
    {
        // When
        var finding = LintResult("apps/shop/overlays/dev/kustomization.yaml").Diagnostics.First(d => d.Rule == "host-network");

        // Then
        finding.Code.ShouldBe("IAC0408");
        finding.Message.ShouldEndWith($"(in Deployment \"storefront-dev\" of the overlay {Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Repository, "apps", "shop", "overlays", "dev"))})");
    }

    [Fact]
    public void A_broken_overlay_is_reported_under_the_overlay_rule()
    {
        // When
        var result = LintResult("broken/missing-base/kustomization.yaml");

        // Then: the missing path is kustomization-resources' finding, not repeated
        result.Diagnostics.Where(d => d.Rule is "kustomize-overlay" or "kustomization-resources").Select(d => $"{d.Line}:{d.Column} {d.Rule} {d.Severity}")
            .ShouldBe(["3:5 kustomization-resources Error"]);
    }

    [Fact]
    public void A_cycle_and_an_unmatched_patch_are_errors_of_the_overlay_rule()
    {
        // When
        var cycle = LintResult("broken/cycle-a/kustomization.yaml").Diagnostics.Where(d => d.Rule == "kustomize-overlay");
        var unmatched = LintResult("broken/unmatched-patch/kustomization.yaml").Diagnostics.Where(d => d.Rule == "kustomize-overlay");

        // Then
        cycle.Select(d => $"{Path.GetFileName(d.File)} {d.Line}:{d.Column} {d.Message}").ShouldBe(
            [$"kustomization.yaml 1:1 the overlay does not render: {Path.Combine(Repository, "broken", "cycle-b", "kustomization.yaml")}(2,5): \"../cycle-a\" makes a cycle: ../cycle-a -> . -> ../cycle-a"]);
        unmatched.Select(d => $"{Path.GetFileName(d.File)} {d.Line}:{d.Column} {d.Severity}").ShouldBe(["checkout-replicas.yaml 1:1 Error"]);
    }

    [Fact]
    public void The_findings_depend_on_every_file_the_overlay_reads()
    {
        // When
        var reads = LintResult("apps/shop/overlays/prod/kustomization.yaml").Reads;

        // Then
        var byFolder = reads.ToDictionary(r => Path.GetRelativePath(Repository, r.Folder).Replace('\\', '/'), r => r.Suffixes);
        byFolder["apps/shop/base"].ShouldBe("Kustomization|deployment.yaml|kustomization.yaml|kustomization.yml|service.yaml|serviceaccount.yaml");
        byFolder["apps/shop/components/metrics"].ShouldBe("Kustomization|kustomization.yaml|kustomization.yml");
        byFolder["apps/shop/overlays/prod"].ShouldContain("debug-sidecar.yaml");
        byFolder["apps/shop/overlays/prod"].ShouldContain("service-type.json");
    }

    private static string[] Lint(string kustomization) =>
        LintResult(kustomization).Diagnostics
            .Where(d => d.Message.Contains(" of the overlay ", StringComparison.Ordinal))
            .Select(d => $"{Path.GetRelativePath(Repository, d.File).Replace('\\', '/')}:{d.Line}:{d.Column} {d.Rule}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static FileLintResult LintResult(string kustomization) =>
        new LintEngine().LintPath(Path.Combine(Repository, kustomization), new LintConfiguration());
}
