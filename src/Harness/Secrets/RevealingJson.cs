using System.Text.Json;
using System.Text.Json.Serialization;

namespace IacTest.Harness.Secrets;

/// <summary>
/// JSON options that write a <see cref="SecretValue"/> as its real value. Used only for files the tools under test
/// read (extra vars, written owner-only and deleted after the run); anything printed serialises secrets masked.
/// </summary>
internal static class RevealingJson
{
    public static JsonSerializerOptions Options { get; } = new() { Converters = { new Converter() } };

    private sealed class Converter : JsonConverter<SecretValue>
    {
        public override SecretValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, SecretValue value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Reveal());
    }
}
