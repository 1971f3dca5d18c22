using System.Text.Json;

namespace IacTest.Harness.Terraform;

/// <summary>
/// What the working copy's state holds, read with <c>terraform show -json</c>: the resources Terraform manages now
/// (in every module) and the outputs. Empty after a successful destroy.
/// </summary>
public sealed class TerraformState
{
    internal TerraformState(JsonElement state)
    {
        var resources = new List<string>();
        var outputs = default(JsonElement);
        if (state.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            if (values.TryGetProperty("root_module", out var root))
            {
                Collect(root, resources);
            }

            values.TryGetProperty("outputs", out outputs);
        }

        ResourceAddresses = resources;
        Outputs = TerraformOutputs.Read(outputs);
    }

    /// <summary>The address of every resource and data source in the state, child modules included.</summary>
    public IReadOnlyList<string> ResourceAddresses { get; }

    /// <summary>The outputs recorded in the state.</summary>
    public TerraformOutputs Outputs { get; }

    /// <summary>True when the state holds no resource.</summary>
    public bool IsEmpty => ResourceAddresses.Count == 0;

    /// <summary>The addresses, one a line, or <c>(empty state)</c>.</summary>
    public override string ToString() => IsEmpty ? "(empty state)" : string.Join('\n', ResourceAddresses);

    private static void Collect(JsonElement module, List<string> into)
    {
        if (module.TryGetProperty("resources", out var resources) && resources.ValueKind == JsonValueKind.Array)
        {
            foreach (var resource in resources.EnumerateArray())
            {
                SensitiveValues.RegisterMarked(TerraformJson.Optional(resource, "values"), TerraformJson.Optional(resource, "sensitive_values"));
                into.Add(TerraformJson.String(resource, "address") ?? string.Empty);
            }
        }

        if (module.TryGetProperty("child_modules", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, into);
            }
        }
    }
}
