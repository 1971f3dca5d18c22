using System.Text.Json.Nodes;

namespace IacTest.Harness.Rendering;

/// <summary>
/// The facts of a platform (<c>ansible_os_family</c>, <c>ansible_distribution</c>, …) for rendering "as on" that
/// platform without a machine. Presets are gathered with the real <c>ansible -m setup</c> from the harness's base
/// images (<c>eng/gather-facts.sh</c>) and keep only what describes the platform: host names, addresses, kernel,
/// CPUs, memory, mounts and dates are left out, so a template that reads one fails as undefined.
/// </summary>
public sealed class PlatformFacts
{
    private PlatformFacts(string name, JsonObject facts)
    {
        Name = name;
        Facts = facts;
    }

    /// <summary>Debian 12 (bookworm), x86_64, connecting as root: gathered from <c>iactest/debian-python</c>.</summary>
    public static PlatformFacts Debian12 { get; } = FromResource("debian-12");

    /// <summary>The preset's name, e.g. <c>debian-12</c>.</summary>
    public string Name { get; }

    /// <summary>The facts as <c>ansible -m setup</c> returns them (<c>ansible_</c>-prefixed names).</summary>
    public JsonObject Facts { get; }

    /// <summary>
    /// Facts from a JSON object of <c>ansible_</c>-prefixed names, e.g. the <c>ansible_facts</c> of
    /// <c>ansible HOST -m setup --tree DIR</c>, or a preset changed with <see cref="With"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="json"/> is not a JSON object.</exception>
    public static PlatformFacts FromJson(string name, string json)
    {
        var node = JsonNode.Parse(json);
        if (node is JsonObject { } root)
        {
            return new PlatformFacts(name, root["ansible_facts"] is JsonObject facts ? (JsonObject)facts.DeepClone() : root);
        }

        throw new ArgumentException($"The facts '{name}' are not a JSON object.", nameof(json));
    }

    /// <summary>A copy with one fact set (or replaced), e.g. <c>With("ansible_processor_vcpus", 4)</c>.</summary>
    public PlatformFacts With(string fact, object? value)
    {
        var facts = (JsonObject)Facts.DeepClone();
        facts[fact] = value is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(value);
        return new PlatformFacts(Name, facts);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static PlatformFacts FromResource(string name)
    {
        using var stream = typeof(PlatformFacts).Assembly.GetManifestResourceStream($"IacTest.Harness.Rendering.Facts.{name}.json")
            ?? throw new InvalidOperationException($"The facts preset '{name}' is missing from the harness assembly.");
        using var reader = new StreamReader(stream);
        return FromJson(name, reader.ReadToEnd());
    }
}
