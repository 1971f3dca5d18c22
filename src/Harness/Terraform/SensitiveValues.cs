using System.Text.Json;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Terraform;

/// <summary>
/// Registers with <see cref="SecretMasker.Shared"/> what Terraform marks sensitive, so no message, log line or
/// <c>ToString</c> of the harness prints it. Terraform's JSON (plan, state, outputs) carries sensitive values in
/// clear text, with a parallel "sensitive" shape (<c>true</c> for a whole value, or an object/array of flags).
/// </summary>
internal static class SensitiveValues
{
    /// <summary>Registers every leaf of <paramref name="value"/>.</summary>
    public static void RegisterAll(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    RegisterAll(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    RegisterAll(item);
                }

                break;
            case JsonValueKind.String:
                Register(value.GetString()!);
                break;
            case JsonValueKind.Number:
                Register(value.GetRawText());
                break;
        }

        // A composite printed whole (an exception quoting it) is masked as a whole too.
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Register(value.GetRawText());
        }
    }

    /// <summary>Registers the parts of <paramref name="value"/> that <paramref name="sensitive"/> marks.</summary>
    public static void RegisterMarked(JsonElement? value, JsonElement? sensitive)
    {
        if (value is not { } v || sensitive is not { } s)
        {
            return;
        }

        switch (s.ValueKind)
        {
            case JsonValueKind.True:
                RegisterAll(v);
                break;
            case JsonValueKind.Object when v.ValueKind == JsonValueKind.Object:
                foreach (var flag in s.EnumerateObject())
                {
                    if (v.TryGetProperty(flag.Name, out var child))
                    {
                        RegisterMarked(child, flag.Value);
                    }
                }

                break;
            case JsonValueKind.Array when v.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var flag in s.EnumerateArray())
                {
                    if (index < v.GetArrayLength())
                    {
                        RegisterMarked(v[index], flag);
                    }

                    index++;
                }

                break;
        }
    }

    private static void Register(string text)
    {
        // The masker refuses values too short to mask without blanking ordinary words; Terraform marks those too.
        if (text.Length >= SecretMasker.MinimumLength)
        {
            SecretMasker.Shared.Add(text);
        }
    }
}
