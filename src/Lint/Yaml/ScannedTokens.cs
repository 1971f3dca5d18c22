using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Yaml;

/// <summary>
/// The scanner's tokens kept compact, comments apart: per token its kind, PyYAML's scalar style, the offsets of its
/// ends and the one text a rule reads (a scalar's value, a tag's handle, an anchor's or alias's name), in parallel
/// arrays filled chunk by chunk. YamlDotNet's token objects cost over 100 bytes a token; a record per token 24, then a
/// second copy for the token rules; these columns cost 18 bytes a token, once, and growing never copies them.
/// </summary>
internal sealed class ScannedTokens
{
    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private readonly int _textLength;
    private readonly KeyPool _keys;
    private Chunk[] _chunks = new Chunk[4];
    private int _chunkCount;
    private ScannedTokenKind _previous = ScannedTokenKind.Error;

    /// <summary>
    /// Creates an empty list for the tokens of a text of <paramref name="textLength"/> characters; the scalars of
    /// keys share the strings of <paramref name="keys"/>.
    /// </summary>
    public ScannedTokens(int textLength, KeyPool keys)
    {
        _textLength = textLength;
        _keys = keys;
    }

    /// <summary>The number of tokens.</summary>
    public int Count { get; private set; }

    public ScannedTokenKind KindAt(int index) => _chunks[index >> ChunkBits].Kinds[index & ChunkMask];

    /// <summary>A scalar's style as PyYAML names it: <c>'\0'</c> plain, <c>'</c>, <c>"</c>, <c>|</c>, <c>&gt;</c>.</summary>
    public char StyleAt(int index) => (char)_chunks[index >> ChunkBits].Styles[index & ChunkMask];

    /// <summary>Offset of the first character, as PyYAML marks it.</summary>
    public int StartAt(int index) => _chunks[index >> ChunkBits].Starts[index & ChunkMask];

    /// <summary>Offset after the last character, as PyYAML marks it (a flow bracket covers its character).</summary>
    public int EndAt(int index) => _chunks[index >> ChunkBits].Ends[index & ChunkMask];

    /// <summary>The scalar's value, the tag's handle or the anchor's or alias's name; null otherwise.</summary>
    public string? ValueAt(int index) => _chunks[index >> ChunkBits].Values[index & ChunkMask];

    /// <summary>Adds a YamlDotNet token; a comment (kept apart) or an unknown kind is not added.</summary>
    public void Add(Token token)
    {
        ScannedTokenKind kind;
        string? value = null;
        var style = (byte)'\0';

        // Most frequent kinds first (a collection's files: scalars, keys and values, then block structure): each
        // case is a type test, and keys and values were tested last of twenty.
        switch (token)
        {
            case Scalar scalar:
                kind = ScannedTokenKind.Scalar;
                value = _previous == ScannedTokenKind.Key ? _keys.Intern(scalar.Value) : scalar.Value;
                style = scalar.Style switch
                {
                    ScalarStyle.SingleQuoted => (byte)'\'',
                    ScalarStyle.DoubleQuoted => (byte)'"',
                    ScalarStyle.Literal => (byte)'|',
                    ScalarStyle.Folded => (byte)'>',
                    _ => (byte)'\0',
                };
                break;
            case Key: kind = ScannedTokenKind.Key; break;
            case YamlDotNet.Core.Tokens.Value: kind = ScannedTokenKind.Value; break;
            case BlockEntry: kind = ScannedTokenKind.BlockEntry; break;
            case BlockEnd: kind = ScannedTokenKind.BlockEnd; break;
            case BlockMappingStart: kind = ScannedTokenKind.BlockMappingStart; break;
            case BlockSequenceStart: kind = ScannedTokenKind.BlockSequenceStart; break;
            case FlowEntry: kind = ScannedTokenKind.FlowEntry; break;
            case FlowSequenceStart: kind = ScannedTokenKind.FlowSequenceStart; break;
            case FlowSequenceEnd: kind = ScannedTokenKind.FlowSequenceEnd; break;
            case FlowMappingStart: kind = ScannedTokenKind.FlowMappingStart; break;
            case FlowMappingEnd: kind = ScannedTokenKind.FlowMappingEnd; break;
            case DocumentStart: kind = ScannedTokenKind.DocumentStart; break;
            case DocumentEnd: kind = ScannedTokenKind.DocumentEnd; break;
            case StreamStart: kind = ScannedTokenKind.StreamStart; break;
            case StreamEnd: kind = ScannedTokenKind.StreamEnd; break;
            case Tag tag:
                kind = ScannedTokenKind.Tag;
                value = tag.Handle;
                break;
            case Anchor anchor:
                kind = ScannedTokenKind.Anchor;
                value = anchor.Value.Value;
                break;
            case AnchorAlias alias:
                kind = ScannedTokenKind.Alias;
                value = alias.Value.Value;
                break;
            case VersionDirective or TagDirective: kind = ScannedTokenKind.Directive; break;
            case Error: kind = ScannedTokenKind.Error; break;
            default: return;
        }

        _previous = kind;

        // PyYAML's spans: the end of the stream is the end of the text (of all of it, when only a part was scanned),
        // and a flow bracket covers its character where YamlDotNet gives it an empty span.
        int start, end;
        if (kind == ScannedTokenKind.StreamEnd)
        {
            start = end = _textLength;
        }
        else
        {
            start = Math.Clamp((int)token.Start.Index, 0, _textLength);
            end = kind is ScannedTokenKind.FlowSequenceStart or ScannedTokenKind.FlowSequenceEnd or ScannedTokenKind.FlowMappingStart or ScannedTokenKind.FlowMappingEnd
                ? Math.Min(start + 1, _textLength)
                : Math.Clamp((int)token.End.Index, 0, _textLength);
        }

        var offset = Count & ChunkMask;
        if (offset == 0)
        {
            AddChunk();
        }
        else if (_chunkCount == 1 && offset == _chunks[0].Kinds.Length)
        {
            _chunks[0] = _chunks[0].Grown(Math.Min(ChunkSize, offset * 4));
        }

        var chunk = _chunks[_chunkCount - 1];
        chunk.Kinds[offset] = kind;
        chunk.Styles[offset] = style;
        chunk.Starts[offset] = start;
        chunk.Ends[offset] = end;
        chunk.Values[offset] = value;
        Count++;
    }

    private void AddChunk()
    {
        if (_chunkCount == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        // Small texts get a small first chunk; full-size chunks from the second on.
        _chunks[_chunkCount] = new Chunk(_chunkCount == 0 ? 64 : ChunkSize);
        _chunkCount++;
    }

    private sealed class Chunk(int size)
    {
        public ScannedTokenKind[] Kinds { get; } = new ScannedTokenKind[size];

        public byte[] Styles { get; } = new byte[size];

        public int[] Starts { get; } = new int[size];

        public int[] Ends { get; } = new int[size];

        public string?[] Values { get; } = new string?[size];

        public Chunk Grown(int size)
        {
            var grown = new Chunk(size);
            Kinds.CopyTo(grown.Kinds, 0);
            Styles.CopyTo(grown.Styles, 0);
            Starts.CopyTo(grown.Starts, 0);
            Ends.CopyTo(grown.Ends, 0);
            Values.CopyTo(grown.Values, 0);
            return grown;
        }
    }
}
