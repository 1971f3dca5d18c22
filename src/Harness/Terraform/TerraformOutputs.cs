using System.Collections;
using System.Text.Json;

namespace IacTest.Harness.Terraform;

/// <summary>The outputs of an applied module, by name (<c>terraform output -json</c>).</summary>
public sealed class TerraformOutputs : IReadOnlyDictionary<string, TerraformOutput>
{
    private readonly Dictionary<string, TerraformOutput> _outputs;

    private TerraformOutputs(Dictionary<string, TerraformOutput> outputs) => _outputs = outputs;

    /// <summary>The output named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">When the module has no such output; the message lists those it has.</exception>
    public TerraformOutput this[string name] => _outputs.TryGetValue(name, out var output)
        ? output
        : throw new KeyNotFoundException($"The module has no output '{name}'. Its outputs: {(Count == 0 ? "none" : string.Join(", ", Keys.Order(StringComparer.Ordinal)))}.");

    /// <inheritdoc />
    public IEnumerable<string> Keys => _outputs.Keys;

    /// <inheritdoc />
    public IEnumerable<TerraformOutput> Values => _outputs.Values;

    /// <inheritdoc />
    public int Count => _outputs.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _outputs.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TerraformOutput value) => _outputs.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, TerraformOutput>> GetEnumerator() => _outputs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Every output as <c>name = value</c>, one a line, sensitive ones masked.</summary>
    public override string ToString() => string.Join('\n', _outputs.Values.OrderBy(o => o.Name, StringComparer.Ordinal));

    /// <summary>Reads the object that <c>terraform output -json</c> prints, or the <c>outputs</c> of <c>show -json</c>.</summary>
    internal static TerraformOutputs Read(JsonElement outputs)
    {
        var byName = new Dictionary<string, TerraformOutput>(StringComparer.Ordinal);
        if (outputs.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in outputs.EnumerateObject())
            {
                var output = property.Value;
                byName[property.Name] = new TerraformOutput(
                    property.Name,
                    output.TryGetProperty("sensitive", out var sensitive) && sensitive.ValueKind == JsonValueKind.True,
                    output.TryGetProperty("type", out var type) ? type.Clone() : default,
                    output.TryGetProperty("value", out var value) ? value.Clone() : default);
            }
        }

        return new TerraformOutputs(byName);
    }
}
