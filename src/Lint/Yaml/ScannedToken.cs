using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Yaml;

/// <summary>
/// A scanner token kept compact: kind, offsets and the one text a rule reads (a scalar's value, a tag's handle, an
/// anchor's name). YamlDotNet's token objects, with a mark object for each end, cost over 100 bytes a token and were
/// kept whole for every file.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Style">A scalar's style (plain for anything else).</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Value">The scalar's value, the tag's handle or the anchor's or alias's name; null otherwise.</param>
internal readonly record struct ScannedToken(ScannedTokenKind Kind, ScalarStyle Style, int Start, int End, string? Value)
{
    /// <summary>The compact form of a YamlDotNet token, or null for a comment (kept apart) or an unknown kind.</summary>
    public static ScannedToken? From(Token token)
    {
        ScannedTokenKind kind;
        string? value = null;
        var style = ScalarStyle.Plain;
        // Most frequent kinds first (a collection's files: scalars, keys and values, then block structure): each
        // case is a type test, and keys and values were tested last of twenty.
        switch (token)
        {
            case Scalar scalar:
                kind = ScannedTokenKind.Scalar;
                value = scalar.Value;
                style = scalar.Style;
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
            default: return null;
        }

        return new ScannedToken(kind, style, (int)token.Start.Index, (int)token.End.Index, value);
    }
}
