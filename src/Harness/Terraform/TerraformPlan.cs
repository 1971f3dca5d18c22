using System.Text.Json;

namespace IacTest.Harness.Terraform;

/// <summary>
/// A saved plan read with <c>terraform show -json</c>: what would be added, changed, destroyed or replaced, with the
/// attributes before and after, and the outputs' changes. Everything the plan marks sensitive (variables, attributes,
/// outputs) is registered for masking as the plan is read.
/// </summary>
public sealed class TerraformPlan
{
    internal TerraformPlan(JsonElement plan, string planFile)
    {
        PlanFile = planFile;
        FormatVersion = TerraformJson.String(plan, "format_version") ?? string.Empty;
        TerraformVersion = TerraformJson.String(plan, "terraform_version") ?? string.Empty;
        Errored = plan.TryGetProperty("errored", out var errored) && errored.ValueKind == JsonValueKind.True;
        RegisterSensitiveVariables(plan);
        ResourceChanges = plan.TryGetProperty("resource_changes", out var changes) && changes.ValueKind == JsonValueKind.Array
            ? [.. changes.EnumerateArray().Select(c => new TerraformResourceChange(c))]
            : [];
        var outputs = new Dictionary<string, TerraformOutputChange>(StringComparer.Ordinal);
        if (plan.TryGetProperty("output_changes", out var outputChanges) && outputChanges.ValueKind == JsonValueKind.Object)
        {
            foreach (var output in outputChanges.EnumerateObject())
            {
                outputs[output.Name] = new TerraformOutputChange(output.Name, output.Value);
            }
        }

        OutputChanges = outputs;
    }

    /// <summary>The JSON format version of the plan representation, e.g. <c>1.2</c>.</summary>
    public string FormatVersion { get; }

    /// <summary>The Terraform version that made the plan.</summary>
    public string TerraformVersion { get; }

    /// <summary>True when planning stopped on an error (the plan is then partial).</summary>
    public bool Errored { get; }

    /// <summary>Every resource change, in Terraform's order (no-ops and data reads included).</summary>
    public IReadOnlyList<TerraformResourceChange> ResourceChanges { get; }

    /// <summary>The resources to create. Terraform's "N to add" also counts <see cref="ToReplace"/>.</summary>
    public IReadOnlyList<TerraformResourceChange> ToAdd => Where(TerraformChangeAction.Create);

    /// <summary>The resources to update in place.</summary>
    public IReadOnlyList<TerraformResourceChange> ToChange => Where(TerraformChangeAction.Update);

    /// <summary>The resources to destroy. Terraform's "N to destroy" also counts <see cref="ToReplace"/>.</summary>
    public IReadOnlyList<TerraformResourceChange> ToDestroy => Where(TerraformChangeAction.Delete);

    /// <summary>The resources to destroy and create again.</summary>
    public IReadOnlyList<TerraformResourceChange> ToReplace => Where(TerraformChangeAction.Replace);

    /// <summary>True when the plan changes no resource and no output.</summary>
    public bool IsEmpty => ResourceChanges.All(c => c.Action is TerraformChangeAction.NoOp or TerraformChangeAction.Read)
        && OutputChanges.Values.All(o => o.Action == TerraformChangeAction.NoOp);

    /// <summary>The changes of the outputs, by name.</summary>
    public IReadOnlyDictionary<string, TerraformOutputChange> OutputChanges { get; }

    /// <summary>The saved plan file in the working copy (for <see cref="TerraformWorkingCopy.ApplyAsync(TerraformPlan, CancellationToken)"/>).</summary>
    internal string PlanFile { get; }

    /// <summary>The change of the resource at <paramref name="address"/>.</summary>
    /// <exception cref="KeyNotFoundException">When the plan has none; the message lists the addresses it has.</exception>
    public TerraformResourceChange Resource(string address)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        return ResourceChanges.FirstOrDefault(c => string.Equals(c.Address, address, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException($"The plan has no change for '{address}'. It has: {(ResourceChanges.Count == 0 ? "none" : string.Join(", ", ResourceChanges.Select(c => c.Address)))}.");
    }

    /// <summary>Terraform's own summary line: <c>Plan: 2 to add, 0 to change, 0 to destroy.</c> (replacements count in add and destroy).</summary>
    public override string ToString()
    {
        var replace = ToReplace.Count;
        return $"Plan: {ToAdd.Count + replace} to add, {ToChange.Count} to change, {ToDestroy.Count + replace} to destroy.";
    }

    private List<TerraformResourceChange> Where(TerraformChangeAction action) => [.. ResourceChanges.Where(c => c.Action == action)];

    // The plan's `variables` carry every input in clear text; the configuration says which ones are sensitive.
    private static void RegisterSensitiveVariables(JsonElement plan)
    {
        if (!plan.TryGetProperty("variables", out var values) || values.ValueKind != JsonValueKind.Object
            || !plan.TryGetProperty("configuration", out var configuration)
            || !configuration.TryGetProperty("root_module", out var root)
            || !root.TryGetProperty("variables", out var declared) || declared.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var variable in declared.EnumerateObject())
        {
            if (variable.Value.TryGetProperty("sensitive", out var sensitive) && sensitive.ValueKind == JsonValueKind.True
                && values.TryGetProperty(variable.Name, out var value) && value.TryGetProperty("value", out var v))
            {
                SensitiveValues.RegisterAll(v);
            }
        }
    }
}
