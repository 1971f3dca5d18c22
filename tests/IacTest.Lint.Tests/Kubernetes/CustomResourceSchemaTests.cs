using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// A schema made from CustomResourceDefinitions by <c>eng/data/crd-schema.py</c> (Argo CD and Flux,
/// <c>Fixtures/kubernetes/crd/gitops-schema.json</c>) and given through the <c>schemas</c> option validates their
/// custom resources: int-or-string fields take both forms, open objects (Helm values) take anything.
/// </summary>
public sealed class CustomResourceSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(LintHarness.FixturesRoot, "kubernetes", "crd", "gitops-schema.json");
    private static readonly Lazy<KubeSchema> Schema = new(() =>
    {
        using var stream = File.OpenRead(SchemaPath);
        return KubeSchema.Load(stream);
    });

    public static TheoryData<string> Fields() => new(SchemaFieldWalker.FormatFields(Schema.Value).Select(f => $"{f.Type}.{f.Field}"));

    [Theory]
    [MemberData(nameof(Fields))]
    public void An_int_or_string_field_takes_both_forms(string qualifiedField)
    {
        // Given
        var (type, field, format) = SchemaFieldWalker.FormatFields(Schema.Value).Single(f => $"{f.Type}.{f.Field}" == qualifiedField);
        var (kind, path) = SchemaFieldWalker.PathTo(Schema.Value, type, field);

        foreach (var value in new[] { "3", "\"3\"", "25%" })
        {
            // When
            var found = Lint(SchemaFieldWalker.Manifest(kind, path, format, value).Text);

            // Then
            found.Where(d => d.Rule is "kubernetes-schema[unknown-field]" or "kubernetes-schema[type]" or "kubernetes-schema[skipped]")
                .Select(d => d.ToString()).ShouldBeEmpty();
        }

        var (badText, badLine) = SchemaFieldWalker.Manifest(kind, path, format, "true");
        Lint(badText).Where(d => d.Rule is "kubernetes-schema[unknown-field]" or "kubernetes-schema[type]")
            .Select(d => $"{d.Line} {d.Rule}").ShouldBe([$"{badLine} kubernetes-schema[type]"]);
    }

    [Fact]
    public void Gitops_objects_validate_clean_and_a_typo_is_found()
    {
        // Given
        var text = File.ReadAllText(Path.Combine(LintHarness.FixturesRoot, "kubernetes", "crd", "gitops.yaml"));

        // When
        var clean = Lint(text);
        var typo = Lint(text.Replace("    targetRevision: main", "    targetRevison: main", StringComparison.Ordinal));

        // Then
        clean.Select(d => d.ToString()).ShouldBeEmpty();
        typo.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ShouldBe(["30:5 kubernetes-schema[unknown-field]"]);
    }

    private static IReadOnlyList<LintDiagnostic> Lint(string text)
    {
        var configuration = new LintConfiguration();
        configuration.For("kubernetes-schema").Options["schemas"] = new[] { SchemaPath };
        var catalog = new RuleCatalog(BuiltInRules.Catalog.Rules.Where(r => r.Name == "kubernetes-schema"));
        return new LintEngine(catalog).LintText("gitops.yaml", text, configuration).Diagnostics;
    }
}
