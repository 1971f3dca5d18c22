namespace IacTest.Harness.Engine;

/// <summary>The kinds of engine resources the harness creates and reaps.</summary>
public enum ResourceKind
{
    /// <summary>A container.</summary>
    Container,

    /// <summary>A network.</summary>
    Network,

    /// <summary>A volume.</summary>
    Volume,
}

/// <summary>A container, network or volume with its labels.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Id">Its id (the name for volumes).</param>
/// <param name="Name">Its name.</param>
/// <param name="Labels">Its labels.</param>
public sealed record LabelledResource(ResourceKind Kind, string Id, string Name, IReadOnlyDictionary<string, string> Labels);
