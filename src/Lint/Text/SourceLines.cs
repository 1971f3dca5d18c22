using System.Collections;

namespace IacTest.Lint.Text;

/// <summary>
/// The lines of a text, split on <c>\n</c>, kept as one array of line starts: a record per line cost four times the
/// memory, and a growing list up to twice that again.
/// </summary>
internal sealed class SourceLines : IReadOnlyList<SourceLine>
{
    private readonly int[] _starts;
    private readonly int _textLength;

    public SourceLines(string text)
    {
        _textLength = text.Length;
        var span = text.AsSpan();
        _starts = new int[span.Count('\n') + 1];
        var line = 1;
        for (var at = span.IndexOf('\n'); at >= 0; at = span.IndexOf('\n'))
        {
            _starts[line] = _starts[line - 1] + at + 1;
            span = span[(at + 1)..];
            line++;
        }
    }

    /// <inheritdoc />
    public int Count => _starts.Length;

    /// <inheritdoc />
    public SourceLine this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_starts.Length, nameof(index));
            var last = index == _starts.Length - 1;
            return new SourceLine(index + 1, _starts[index], last ? _textLength : _starts[index + 1] - 1, !last);
        }
    }

    /// <inheritdoc />
    public IEnumerator<SourceLine> GetEnumerator()
    {
        for (var i = 0; i < _starts.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
