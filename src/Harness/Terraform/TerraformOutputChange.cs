using System.Text.Json;

namespace IacTest.Harness.Terraform;

/// <summary>One entry of a plan's <c>output_changes</c>.</summary>
public sealed class TerraformOutputChange
{
    internal TerraformOutputChange(string name, JsonElement change)
    {
        Name = name;
        Actions = change.TryGetProperty("actions", out var actions) ? [.. actions.EnumerateArray().Select(a => a.GetString() ?? string.Empty)] : [];
        Action = TerraformResourceChange.ActionOf(Actions);
        var afterSensitive = TerraformJson.Optional(change, "after_sensitive");
        Sensitive = afterSensitive is { ValueKind: JsonValueKind.True };
        KnownAfterApply = change.TryGetProperty("after_unknown", out var unknown) && unknown.ValueKind == JsonValueKind.True;
        var after = TerraformJson.Optional(change, "after");
        SensitiveValues.RegisterMarked(after, afterSensitive);
        SensitiveValues.RegisterMarked(TerraformJson.Optional(change, "before"), TerraformJson.Optional(change, "before_sensitive"));
        After = Sensitive ? null : after;
    }

    /// <summary>The output's name.</summary>
    public string Name { get; }

    /// <summary>Terraform's list of actions.</summary>
    public IReadOnlyList<string> Actions { get; }

    /// <summary>The actions as one value.</summary>
    public TerraformChangeAction Action { get; }

    /// <summary>True when the output is sensitive: <see cref="After"/> is then withheld (and its value masked everywhere).</summary>
    public bool Sensitive { get; }

    /// <summary>True when its value is only known after apply.</summary>
    public bool KnownAfterApply { get; }

    /// <summary>The planned value, or null when unknown until apply, sensitive, or the output goes away.</summary>
    public JsonElement? After { get; }

    /// <inheritdoc />
    public override string ToString() => $"output.{Name} ({Action})";
}
