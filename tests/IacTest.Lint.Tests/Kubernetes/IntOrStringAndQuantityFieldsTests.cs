using IacTest.Lint.Families.Kubernetes.Model;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// Every int-or-string and every quantity field of the committed schema, reached from a kind that serves it, accepts
/// both of its forms as the API server does (<c>maxSurge: 1</c> and <c>maxSurge: 25%</c>; <c>averageValue: 20</c> and
/// <c>averageValue: 500m</c>), and still rejects a value of neither form.
/// </summary>
public sealed class IntOrStringAndQuantityFieldsTests
{
    private static readonly string[] IntOrStringValues = ["20", "\"25%\"", "http"];
    private static readonly string[] QuantityValues = ["20", "0.5", "500m", "\"1Gi\"", "1e3"];

    public static TheoryData<string> Fields()
    {
        var data = new TheoryData<string>();
        foreach (var (type, field, _) in FormatFields())
        {
            data.Add($"{type}.{field}");
        }

        return data;
    }

    [Fact]
    public void The_schema_knows_the_int_or_string_and_quantity_fields_of_the_api()
    {
        // Given: fields the API types as IntOrString or resource.Quantity
        string[] known =
        [
            "V1RollingUpdateDeployment.maxSurge", "V1RollingUpdateDeployment.maxUnavailable",
            "V1RollingUpdateStatefulSetStrategy.maxUnavailable", "V1ServicePort.targetPort", "V1HTTPGetAction.port",
            "V1TCPSocketAction.port", "V1NetworkPolicyPort.port", "V1PodDisruptionBudgetSpec.minAvailable",
            "V2beta2MetricTarget.averageValue", "V2beta2MetricTarget.value", "V1ResourceRequirements.limits",
            "V1ResourceRequirements.requests", "V1EmptyDirVolumeSource.sizeLimit", "V1ResourceFieldSelector.divisor",
            "V1PodSpec.overhead",
        ];

        // When
        var fields = FormatFields().Select(f => $"{f.Type}.{f.Field}").ToHashSet();

        // Then
        known.Where(k => !fields.Contains(k)).ShouldBeEmpty();
        KubeSchema.Default.Types["V1ServiceBackendPort"].Fields["number"].ShouldBe("integer");
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Both_forms_pass_and_a_boolean_does_not(string qualifiedField)
    {
        // Given
        var (type, field, format) = FormatFields().Single(f => $"{f.Type}.{f.Field}" == qualifiedField);
        var (kind, path) = SchemaFieldWalker.PathTo(KubeSchema.Default, type, field);
        var values = format.Contains("quantity", StringComparison.Ordinal) ? QuantityValues : IntOrStringValues;

        foreach (var value in values)
        {
            // When
            var (text, _) = SchemaFieldWalker.Manifest(kind, path, format, value);
            var found = LintHarness.Lint("probe.yaml", text, "kubernetes-schema");

            // Then: the path is walked (no unknown field, no wrong type on the way) and the value fits
            found.Where(d => d.Rule is "kubernetes-schema[unknown-field]" or "kubernetes-schema[type]")
                .Select(d => d.ToString()).ShouldBeEmpty($"{kind} {string.Join('.', path.Select(p => p.Field))} = {value}\n{text}");
        }

        var (badText, badLine) = SchemaFieldWalker.Manifest(kind, path, format, "true");
        LintHarness.Lint("probe.yaml", badText, "kubernetes-schema")
            .Where(d => d.Rule is "kubernetes-schema[unknown-field]" or "kubernetes-schema[type]")
            .Select(d => $"{d.Line} {d.Rule}").ShouldBe([$"{badLine} kubernetes-schema[type]"], badText);
    }

    /// <summary>Every (type, field) whose format is int-or-string or quantity, alone or in a list or map.</summary>
    private static IEnumerable<(string Type, string Field, string Format)> FormatFields() => SchemaFieldWalker.FormatFields(KubeSchema.Default);
}
