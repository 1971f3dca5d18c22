using System.Collections;

namespace IacTest.Lint.Yaml;

/// <summary>
/// An append-only list in fixed-size chunks: growing never copies and never leaves a doubled array half empty, which
/// for millions of tokens was as much memory as the tokens themselves.
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<T[]> _chunks = [];
    private int _count;

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public T this[int index] => (uint)index < (uint)_count
        ? _chunks[index >> ChunkBits][index & (ChunkSize - 1)]
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Adds an item at the end.</summary>
    public void Add(T item)
    {
        var offset = _count & (ChunkSize - 1);
        if (offset == 0)
        {
            // Small texts get a small first chunk; full-size chunks from the second on.
            _chunks.Add(new T[_chunks.Count == 0 ? 64 : ChunkSize]);
        }
        else if (_chunks.Count == 1 && offset == _chunks[0].Length)
        {
            var grown = new T[Math.Min(ChunkSize, offset * 4)];
            _chunks[0].CopyTo(grown, 0);
            _chunks[0] = grown;
        }

        _chunks[^1][offset] = item;
        _count++;
    }

    /// <summary>
    /// Lets go of the chunks wholly before <paramref name="index"/>, for a one-pass reader that owns the list and
    /// converts as it goes: the items it has read are garbage while the rest are converted. Reading them afterwards
    /// throws.
    /// </summary>
    public void ReleaseBefore(int index)
    {
        for (var chunk = Math.Min(index, _count) >> ChunkBits; --chunk >= 0 && _chunks[chunk] is not null;)
        {
            _chunks[chunk] = null!;
        }
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
