using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>
/// One scanner token with PyYAML-compatible marks: a view of one row of its stream's token table. A token object per
/// token cost 64 bytes with its reference, the largest share of a big file's memory; a row costs 26.
/// </summary>
internal readonly struct StreamToken : IEquatable<StreamToken>
{
    private readonly YamlLintStream _stream;

    internal StreamToken(YamlLintStream stream, int index)
    {
        _stream = stream;
        Index = index;
    }

    /// <summary>The token's position in the stream.</summary>
    public int Index { get; }

    public ScannedTokenKind Kind => _stream.KindOf(Index);

    public StreamMark Start => _stream.StartOf(Index);

    public StreamMark End => _stream.EndOf(Index);

    /// <summary>The scalar's value (scalars), the tag handle (tags) or the name (anchors, aliases); empty otherwise.</summary>
    public string Value => _stream.ValueOf(Index);

    /// <summary>The scalar style as PyYAML names it: <c>'\0'</c> plain, <c>'</c>, <c>"</c>, <c>|</c>, <c>&gt;</c>.</summary>
    public char Style => _stream.StyleOf(Index);

    /// <summary>Whether a scalar is plain (no quotes, not a block scalar).</summary>
    public bool IsPlain => Kind == ScannedTokenKind.Scalar && Style == '\0';

    public bool Is(ScannedTokenKind kind) => Kind == kind;

    public bool Equals(StreamToken other) => ReferenceEquals(_stream, other._stream) && Index == other.Index;

    public override bool Equals(object? obj) => obj is StreamToken other && Equals(other);

    public override int GetHashCode() => Index;

    public static bool operator ==(StreamToken left, StreamToken right) => left.Equals(right);

    public static bool operator !=(StreamToken left, StreamToken right) => !left.Equals(right);

    public override string ToString() => $"{Kind}@{Start.Line + 1}:{Start.Column + 1}";
}
