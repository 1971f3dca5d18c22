using System.Globalization;

namespace IacTest.Lint.Hcl;

/// <summary>
/// Turns character offsets into HCL positions while walking forward once through the text: lines break at
/// <c>\n</c> and <c>\r\n</c>, columns count grapheme clusters, bytes count UTF-8 as HashiCorp's scanner does.
/// </summary>
internal sealed class SourceCursor(string text)
{
    private int _index;
    private HclPosition _position = HclPosition.Start;

    /// <summary>Steps over a leading byte order mark: its bytes count, its column does not (as in HCL).</summary>
    public void SkipByteOrderMark()
    {
        _index = 1;
        _position = new HclPosition(1, 1, 3);
    }

    /// <summary>The position of <paramref name="index"/>, which must not be before the last one asked for.</summary>
    public HclPosition At(int index)
    {
        if (index < _index)
        {
            // Asked to go back (rare: a heredoc marker split); start over rather than keep a history.
            _index = 0;
            _position = HclPosition.Start;
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                SkipByteOrderMark();
            }
        }

        while (_index < index)
        {
            var length = ClusterLength(_index, index);
            var bytes = Utf8Length(_index, length);
            var isLineBreak = text[_index] == '\n' || (length == 2 && text[_index] == '\r' && text[_index + 1] == '\n');
            _position = isLineBreak
                ? new HclPosition(_position.Line + 1, 1, _position.Byte + bytes)
                : new HclPosition(_position.Line, _position.Column + 1, _position.Byte + bytes);
            _index += length;
        }

        return _position;
    }

    private int ClusterLength(int index, int limit)
    {
        var c = text[index];
        if (c == '\r' && index + 1 < limit && text[index + 1] == '\n')
        {
            return 2;
        }

        if (c < 0x80 && (index + 1 >= text.Length || text[index + 1] < 0x80))
        {
            return 1;
        }

        var length = StringInfo.GetNextTextElementLength(text, index);
        return Math.Max(1, Math.Min(length, limit - index));
    }

    private int Utf8Length(int index, int length)
    {
        var bytes = 0;
        for (var i = index; i < index + length; i++)
        {
            var c = text[i];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
        }

        return bytes;
    }
}
