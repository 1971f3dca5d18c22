using System.Text.Json;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Terraform;

/// <summary>
/// One output of an applied module, as <c>terraform output -json</c> gives it. A sensitive output is registered with
/// <see cref="SecretMasker.Shared"/> the moment it is read, and its value is only handed out as a
/// <see cref="SecretValue"/> (<see cref="Secret"/>), whose <c>ToString</c> and assertion messages are masked.
/// </summary>
public sealed class TerraformOutput
{
    private readonly JsonElement _value;

    internal TerraformOutput(string name, bool sensitive, JsonElement type, JsonElement value)
    {
        Name = name;
        Sensitive = sensitive;
        Type = type;
        _value = value;
        if (sensitive)
        {
            SensitiveValues.RegisterAll(value);
        }
    }

    /// <summary>The output's name.</summary>
    public string Name { get; }

    /// <summary>True when the module declares it <c>sensitive = true</c>.</summary>
    public bool Sensitive { get; }

    /// <summary>Terraform's type of the value: <c>"string"</c>, <c>["list","string"]</c>, <c>["object",{…}]</c> ….</summary>
    public JsonElement Type { get; }

    /// <summary>The value as JSON.</summary>
    /// <exception cref="InvalidOperationException">When the output is sensitive: use <see cref="Secret"/>.</exception>
    public JsonElement Value => Sensitive
        ? throw new InvalidOperationException($"Output '{Name}' is sensitive: read it with Secret(), which never prints its value.")
        : _value;

    /// <summary>The value as a string.</summary>
    /// <exception cref="InvalidOperationException">When the output is sensitive or not a string.</exception>
    public string GetString() => Value.ValueKind == JsonValueKind.String
        ? Value.GetString()!
        : throw new InvalidOperationException($"Output '{Name}' is not a string but {Describe(Type)}.");

    /// <summary>The value as a whole number.</summary>
    /// <exception cref="InvalidOperationException">When the output is sensitive or not a whole number.</exception>
    public long GetInt64() => Value.ValueKind == JsonValueKind.Number && Value.TryGetInt64(out var number)
        ? number
        : throw new InvalidOperationException($"Output '{Name}' is not a whole number but {Describe(Type)}.");

    /// <summary>The value as a boolean.</summary>
    /// <exception cref="InvalidOperationException">When the output is sensitive or not a boolean.</exception>
    public bool GetBoolean() => Value.ValueKind is JsonValueKind.True or JsonValueKind.False
        ? Value.GetBoolean()
        : throw new InvalidOperationException($"Output '{Name}' is not a bool but {Describe(Type)}.");

    /// <summary>The value deserialised into <typeparamref name="T"/> (a list, a record of the object's attributes …).</summary>
    /// <exception cref="InvalidOperationException">When the output is sensitive or does not fit <typeparamref name="T"/>.</exception>
    public T Deserialize<T>()
    {
        try
        {
            return Value.Deserialize<T>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new InvalidOperationException($"Output '{Name}' is null.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Output '{Name}' ({Describe(Type)}) does not fit {typeof(T).Name}: {e.Message}", e);
        }
    }

    /// <summary>
    /// The value as a secret: a string output as itself, any other as its JSON text. Compare it with
    /// <c>SecretValue.Of(expected)</c>, so a failed assertion prints only masks.
    /// </summary>
    public SecretValue Secret() => SecretValue.Of(_value.ValueKind == JsonValueKind.String ? _value.GetString()! : _value.GetRawText());

    /// <summary><c>name = value</c>, the value masked when sensitive.</summary>
    public override string ToString() => $"{Name} = {(Sensitive ? SecretMasker.Placeholder : _value.GetRawText())}";

    private static string Describe(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => type.GetString()!,
        JsonValueKind.Undefined => "a value of unknown type",
        _ => type.GetRawText(),
    };
}
