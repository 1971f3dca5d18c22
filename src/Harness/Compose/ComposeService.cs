using IacTest.Harness.Modules;

namespace IacTest.Harness.Compose;

/// <summary>One service of a Compose project, after interpolation.</summary>
public sealed class ComposeService
{
    /// <summary>The service name.</summary>
    public required string Name { get; init; }

    /// <summary><c>image</c>, or null.</summary>
    public string? Image { get; init; }

    /// <summary>The <c>environment</c> entries (list or mapping form); a bare <c>KEY</c> has a null value.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary><c>ports</c> in short form (long-form entries as <c>published:target/protocol</c>).</summary>
    public IReadOnlyList<string> Ports { get; init; } = [];

    /// <summary><c>volumes</c> in short form (long-form entries as <c>source:target</c>).</summary>
    public IReadOnlyList<string> Volumes { get; init; } = [];

    /// <summary>The services named by <c>depends_on</c> (list or mapping form).</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>The whole service mapping, interpolated.</summary>
    public required ModuleNode Node { get; init; }

    /// <summary>Where the service's key is written.</summary>
    public required SourceLocation Location { get; init; }
}
