using System.Globalization;
using System.Text.Json;

namespace IacTest.Harness.Terraform;

/// <summary>
/// One entry of a plan's <c>resource_changes</c>: which resource, what happens to it, and its attributes before
/// and after. Sensitive attributes are registered for masking when the plan is read.
/// </summary>
public sealed class TerraformResourceChange
{
    internal TerraformResourceChange(JsonElement change)
    {
        Address = TerraformJson.String(change, "address") ?? string.Empty;
        ModuleAddress = TerraformJson.String(change, "module_address");
        Mode = TerraformJson.String(change, "mode") ?? "managed";
        Type = TerraformJson.String(change, "type") ?? string.Empty;
        Name = TerraformJson.String(change, "name") ?? string.Empty;
        Index = TerraformJson.Optional(change, "index");
        ProviderName = TerraformJson.String(change, "provider_name") ?? string.Empty;
        ActionReason = TerraformJson.String(change, "action_reason");
        var body = change.TryGetProperty("change", out var c) ? c : default;
        Actions = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("actions", out var actions)
            ? [.. actions.EnumerateArray().Select(a => a.GetString() ?? string.Empty)]
            : [];
        Action = ActionOf(Actions);
        Before = TerraformJson.Optional(body, "before");
        After = TerraformJson.Optional(body, "after");
        AfterUnknown = TerraformJson.Optional(body, "after_unknown");
        SensitiveValues.RegisterMarked(Before, TerraformJson.Optional(body, "before_sensitive"));
        SensitiveValues.RegisterMarked(After, TerraformJson.Optional(body, "after_sensitive"));
    }

    /// <summary>The full address, e.g. <c>module.network.terraform_data.subnet["a"]</c>.</summary>
    public string Address { get; }

    /// <summary>The module it is in (<c>module.network</c>), or null in the root module.</summary>
    public string? ModuleAddress { get; }

    /// <summary><c>managed</c> for a resource, <c>data</c> for a data source.</summary>
    public string Mode { get; }

    /// <summary>The resource type, e.g. <c>terraform_data</c>.</summary>
    public string Type { get; }

    /// <summary>The resource name, e.g. <c>subnet</c>.</summary>
    public string Name { get; }

    /// <summary>The <c>count</c> index (a number) or <c>for_each</c> key (a string), or null.</summary>
    public JsonElement? Index { get; }

    /// <summary>The provider's full name, e.g. <c>terraform.io/builtin/terraform</c>.</summary>
    public string ProviderName { get; }

    /// <summary>Terraform's own list of actions, e.g. <c>["delete","create"]</c>.</summary>
    public IReadOnlyList<string> Actions { get; }

    /// <summary>The actions as one value.</summary>
    public TerraformChangeAction Action { get; }

    /// <summary>Why Terraform chose the action (<c>replace_because_cannot_update</c> …), or null.</summary>
    public string? ActionReason { get; }

    /// <summary>The attributes before the change (null for a create).</summary>
    public JsonElement? Before { get; }

    /// <summary>The attributes after the change as far as known at plan time (null for a delete).</summary>
    public JsonElement? After { get; }

    /// <summary>The shape of the attributes only known after apply (<c>true</c> where unknown).</summary>
    public JsonElement? AfterUnknown { get; }

    /// <summary>
    /// The planned value at <paramref name="path"/> (<c>input.greeting</c>, <c>tags.Name</c>, <c>ports.0</c>): object
    /// attributes and list indexes separated by dots.
    /// </summary>
    /// <exception cref="KeyNotFoundException">When there is no such attribute, or it is only known after apply; the message says which.</exception>
    public JsonElement AfterValue(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (IsKnownAfterApply(path))
        {
            throw new KeyNotFoundException($"{Address}: '{path}' is only known after apply.");
        }

        return Walk(After, path, "after");
    }

    /// <summary>The value at <paramref name="path"/> before the change (see <see cref="AfterValue"/> for the path form).</summary>
    /// <exception cref="KeyNotFoundException">When there is no such attribute.</exception>
    public JsonElement BeforeValue(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Walk(Before, path, "before");
    }

    /// <summary>True when the plan says the value at <paramref name="path"/> (or a value containing it) is only known after apply.</summary>
    public bool IsKnownAfterApply(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var current = AfterUnknown;
        foreach (var segment in path.Split('.'))
        {
            if (current is not { } node)
            {
                return false;
            }

            if (node.ValueKind == JsonValueKind.True)
            {
                return true;
            }

            current = Step(node, segment);
        }

        return current is { ValueKind: JsonValueKind.True };
    }

    /// <summary><c>address (action)</c>.</summary>
    public override string ToString() => $"{Address} ({Action})";

    internal static TerraformChangeAction ActionOf(IReadOnlyList<string> actions) => actions switch
    {
        ["create"] => TerraformChangeAction.Create,
        ["read"] => TerraformChangeAction.Read,
        ["update"] => TerraformChangeAction.Update,
        ["delete"] => TerraformChangeAction.Delete,
        ["forget"] => TerraformChangeAction.Forget,
        ["delete", "create"] or ["create", "delete"] => TerraformChangeAction.Replace,
        _ => TerraformChangeAction.NoOp,
    };

    private JsonElement Walk(JsonElement? root, string path, string side)
    {
        var current = root;
        var walked = new List<string>();
        foreach (var segment in path.Split('.'))
        {
            var next = current is { } node ? Step(node, segment) : null;
            if (next is null)
            {
                var at = walked.Count == 0 ? "the resource" : string.Join('.', walked);
                throw new KeyNotFoundException($"{Address}: no '{segment}' in {at} ({side} the change). It has: {Members(current)}.");
            }

            walked.Add(segment);
            current = next;
        }

        return current!.Value;
    }

    private static JsonElement? Step(JsonElement node, string segment) => node.ValueKind switch
    {
        JsonValueKind.Object => node.TryGetProperty(segment, out var child) ? child : null,
        JsonValueKind.Array => int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < node.GetArrayLength()
            ? node[index]
            : null,
        _ => null,
    };

    private static string Members(JsonElement? node) => node switch
    {
        { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Any() ? string.Join(", ", o.EnumerateObject().Select(p => p.Name)) : "no attributes",
        { ValueKind: JsonValueKind.Array } a => $"indexes 0 to {a.GetArrayLength() - 1}",
        null => "nothing (null)",
        { } other => $"a {other.ValueKind.ToString().ToLowerInvariant()} value",
    };
}
