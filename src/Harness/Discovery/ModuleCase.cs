using Xunit.Abstractions;

namespace IacTest.Harness.Discovery;

/// <summary>One module found by <see cref="ModulesAttribute"/>: its name (the folder or file name) and full path.</summary>
public sealed class ModuleCase : IXunitSerializable
{
    /// <summary>For the serializer only.</summary>
    [Obsolete("For deserialization only.")]
    public ModuleCase()
    {
    }

    /// <summary>Creates a case.</summary>
    public ModuleCase(string name, string path)
    {
        Name = name;
        Path = path;
    }

    /// <summary>The module's name (what the test row shows).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The module's full path.</summary>
    public string Path { get; private set; } = string.Empty;

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        Name = info.GetValue<string>(nameof(Name));
        Path = info.GetValue<string>(nameof(Path));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Name), Name);
        info.AddValue(nameof(Path), Path);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
