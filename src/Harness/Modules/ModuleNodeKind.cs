namespace IacTest.Harness.Modules;

/// <summary>The shape of a <see cref="ModuleNode"/>.</summary>
public enum ModuleNodeKind
{
    /// <summary>A scalar (string, number, boolean or null as written).</summary>
    Scalar,

    /// <summary>A sequence of nodes.</summary>
    Sequence,

    /// <summary>A mapping of string keys to nodes.</summary>
    Mapping,
}
