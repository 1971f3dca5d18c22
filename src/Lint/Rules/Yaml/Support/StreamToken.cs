using IacTest.Lint.Yaml;

namespace IacTest.Lint.Rules.Yaml.Support;

/// <summary>One scanner token with PyYAML-compatible marks.</summary>
internal sealed class StreamToken
{
    public StreamToken(ScannedTokenKind kind, StreamMark start, StreamMark end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public ScannedTokenKind Kind { get; }

    public StreamMark Start { get; }

    public StreamMark End { get; }

    /// <summary>The scalar's value (scalars), or the tag handle (tags).</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>The scalar style as PyYAML names it: <c>'\0'</c> plain, <c>'</c>, <c>"</c>, <c>|</c>, <c>&gt;</c>.</summary>
    public char Style { get; init; }

    /// <summary>Whether a scalar is plain (no quotes, not a block scalar).</summary>
    public bool IsPlain => Kind == ScannedTokenKind.Scalar && Style == '\0';

    public bool Is(ScannedTokenKind kind) => Kind == kind;

    public override string ToString() => $"{Kind}@{Start.Line + 1}:{Start.Column + 1}";
}
