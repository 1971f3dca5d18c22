using IacTest.Lint.Families.Kubernetes.Model;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>Argo CD and Flux resources checked against the schemas of their published CRDs, each finding at its node.</summary>
public sealed class GitOpsSchemaTests
{
    [Fact]
    public void An_application_with_a_typo_a_wrong_type_and_no_destination_is_reported_at_each_node()
    {
        // Given
        const string yaml = """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: guestbook
              namespace: argocd
            spec:
              project: default
              source:
                repoURL: https://github.com/example/fleet.git
                targetRevison: main
                path: guestbook
                directory:
                  recurse: "yes"
              syncPolicy:
                automated:
                  prune: true
                retry:
                  limit: five
            """;

        // When
        var found = LintHarness.Lint("apps/guestbook.yaml", yaml, "kubernetes-schema");

        // Then
        LintHarness.Render(found).ShouldBe([
            "7:3 kubernetes-schema[required]",
            "10:5 kubernetes-schema[unknown-field]",
            "13:16 kubernetes-schema[type]",
            "18:14 kubernetes-schema[type]",
        ]);
        found.Select(d => d.Message).ShouldBe([
            "missing required field \"destination\" in ApplicationSpec",
            "unknown field \"targetRevison\" in ApplicationSpecSource",
            "ApplicationSpecSourceDirectory.recurse: expected boolean, got string",
            "ApplicationSpecSyncPolicyRetry.limit: expected integer, got string",
        ]);
    }

    [Fact]
    public void Flux_objects_are_checked_with_their_enumerated_values()
    {
        // Given
        const string yaml = """
            apiVersion: source.toolkit.fluxcd.io/v1
            kind: GitRepository
            metadata:
              name: podinfo
              namespace: flux-system
            spec:
              interval: 5m
              url: https://github.com/stefanprodan/podinfo
              provider: gitlab
              ref:
                branch: master
            ---
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: podinfo
              namespace: flux-system
            spec:
              interval: 10m
              path: ./kustomize
              prune: "true"
              sourceRef:
                kind: GitRepo
                name: podinfo
            """;

        // When
        var found = LintHarness.Lint("clusters/production/podinfo.yaml", yaml, "kubernetes-schema");

        // Then
        LintHarness.Render(found).ShouldBe([
            "9:13 kubernetes-schema[enum]",
            "21:10 kubernetes-schema[type]",
            "23:11 kubernetes-schema[enum]",
        ]);
        found[0].Message.ShouldBe("GitRepositorySpec.provider: \"gitlab\" is not one of generic, aws, azure, github");
        found[2].Message.ShouldBe("KustomizationSpecSourceRef.kind: \"GitRepo\" is not one of OCIRepository, GitRepository, Bucket, ExternalArtifact");
    }

    [Fact]
    public void A_flux_kind_at_a_version_no_longer_served_names_the_current_one()
    {
        const string yaml = """
            apiVersion: kustomize.toolkit.fluxcd.io/v1beta2
            kind: Kustomization
            metadata:
              name: apps
              namespace: flux-system
            spec:
              interval: 10m
              path: ./apps
              prune: true
              sourceRef:
                kind: GitRepository
                name: flux-system
            """;

        var found = LintHarness.Lint("clusters/production/apps.yaml", yaml, "kubernetes-schema");

        LintHarness.Render(found).ShouldBe(["1:13 kubernetes-schema[unknown-api]"]);
        found[0].Message.ShouldBe("Kustomization is not served in kustomize.toolkit.fluxcd.io/v1beta2: current releases serve kustomize.toolkit.fluxcd.io/v1");
    }

    [Fact]
    public void The_gitops_fixture_repositories_match_the_schemas()
    {
        // Given: every object of the two repositories, written as the projects document them
        var root = Path.Combine(LintHarness.FixturesRoot, "gitops");
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "conformance" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

        // When
        var found = files.SelectMany(f => LintHarness.LintFixture(Path.GetRelativePath(LintHarness.FixturesRoot, f), null, "kubernetes-schema"))
            .Where(d => d.Rule != "kubernetes-schema[skipped]").ToArray();

        // Then
        found.Select(d => $"{d.File}:{d.Line}:{d.Column} {d.Message}").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("argoproj.io/v1alpha1/Application")]
    [InlineData("argoproj.io/v1alpha1/ApplicationSet")]
    [InlineData("argoproj.io/v1alpha1/AppProject")]
    [InlineData("source.toolkit.fluxcd.io/v1/GitRepository")]
    [InlineData("source.toolkit.fluxcd.io/v1/OCIRepository")]
    [InlineData("source.toolkit.fluxcd.io/v1/HelmRepository")]
    [InlineData("kustomize.toolkit.fluxcd.io/v1/Kustomization")]
    [InlineData("helm.toolkit.fluxcd.io/v2/HelmRelease")]
    public void The_embedded_schema_serves_each_kind_with_its_spec(string kind)
    {
        var schema = KubeSchema.GitOps;

        schema.Kinds.ShouldContainKey(kind);
        schema.Types[schema.Kinds[kind]].Fields.ShouldContainKey("spec");
    }

    [Fact]
    public void The_int_or_string_fields_of_the_embedded_schema_take_both_forms()
    {
        // Given every int-or-string field the CRDs declare
        var fields = SchemaFieldWalker.FormatFields(KubeSchema.GitOps).ToArray();
        fields.ShouldNotBeEmpty();

        foreach (var (type, field, format) in fields)
        {
            var (kind, path) = SchemaFieldWalker.PathTo(KubeSchema.GitOps, type, field);
            foreach (var value in new[] { "3", "\"3\"", "25%" })
            {
                // When
                var found = LintHarness.Lint("gitops.yaml", SchemaFieldWalker.Manifest(kind, path, format, value).Text, "kubernetes-schema");

                // Then
                found.Where(d => d.Rule is "kubernetes-schema[unknown-field]" or "kubernetes-schema[type]" or "kubernetes-schema[skipped]")
                    .Select(d => $"{type}.{field}={value}: {d}").ShouldBeEmpty();
            }
        }
    }

    [Fact]
    public void Objects_written_for_a_schema_given_by_option_validate_clean_with_the_embedded_one()
    {
        var text = File.ReadAllText(Path.Combine(LintHarness.FixturesRoot, "kubernetes", "crd", "gitops.yaml"));

        var found = LintHarness.Lint("gitops.yaml", text, "kubernetes-schema");

        found.Select(d => d.ToString()).ShouldBeEmpty();
    }
}
