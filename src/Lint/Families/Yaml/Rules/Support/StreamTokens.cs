using System.Collections;

namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>The tokens of a <see cref="YamlLintStream"/>, in order: views of its token table's rows.</summary>
internal sealed class StreamTokens : IReadOnlyList<StreamToken>
{
    private readonly YamlLintStream _stream;

    internal StreamTokens(YamlLintStream stream, int count)
    {
        _stream = stream;
        Count = count;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public StreamToken this[int index] => (uint)index < (uint)Count
        ? new StreamToken(_stream, index)
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public IEnumerator<StreamToken> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new StreamToken(_stream, i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
