using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IacTest.Lint.Yaml;

/// <summary>
/// Builds <see cref="YDocument"/>s from parser events without recursion, so deep nesting cannot overflow the stack.
/// </summary>
public static class YamlTree
{
    /// <summary>
    /// Flow collections nested deeper than this are not handed to YamlDotNet, whose scanner revisits every open
    /// level's pending key on every token: quadratic in the depth (100,000 levels took minutes; 10,000 take about a
    /// second). The structural checks stop well before (<c>LintConfiguration.MaxStructuralDepth</c> defaults to 1,000).
    /// </summary>
    internal const int MaxFlowNesting = 10_000;

    /// <summary>Parses every document of <paramref name="text"/>; a syntax error ends the stream.</summary>
    public static (IReadOnlyList<YDocument> Documents, YamlSyntaxError? Error) Parse(string text)
    {
        // Fewer brackets than the limit cannot nest deeper than it: the common case costs one vectorised count.
        if (CountFlowOpeners(text) <= MaxFlowNesting
            || PyYamlSyntax.Check(text, MaxFlowNesting) is not { TooDeep: { } tooDeep } verdict)
        {
            return Parse(new Parser(new StringReader(text)), new KeyPool(), text);
        }

        var head = text[..tooDeep.Index];
        var (documents, _) = Parse(new Parser(new StringReader(head)), new KeyPool(), head);
        return (documents, verdict.Error is { } error && error.Position.Offset < tooDeep.Index ? error
            : new YamlSyntaxError(tooDeep.ToPosition(), $"flow collections nested deeper than {MaxFlowNesting:N0} levels are not read"));
    }

    /// <summary>
    /// Parses <paramref name="text"/> and keeps the scanner's tokens, for rules that read tokens. Whether the text is
    /// valid and where its error is are yamllint's verdict (PyYAML's), not YamlDotNet's: the two disagree on some
    /// inputs and on many positions. With <paramref name="deferTokens"/> the tokens are not recorded by the parse but
    /// scanned again when first read, so that a caller done with the documents can let them go before the tokens exist.
    /// </summary>
    internal static YamlParse ParseWithTokens(string text, bool deferTokens = false)
    {
        var verdict = PyYamlSyntax.Check(text, MaxFlowNesting);

        // Past too deep a flow nesting the tokens and documents stop, as at a scanner error; the documents record the
        // depth so the structural checks are skipped with a note.
        var read = verdict.TooDeep is { } tooDeep ? text[..tooDeep.Index] : text;
        var keys = new KeyPool();
        var scanner = new RecordingScanner(read, text.Length, keys, keepTokens: !deferTokens);
        var (documents, _) = Parse(new Parser(scanner), keys, read);

        // On past the parser's first error to the scanner's: the comments there still suppress and the tokens are
        // still checked, as yamllint does.
        scanner.ScanToEnd();

        if (verdict.TooDeep is not null && documents.Count > 0)
        {
            documents[^1].MaxDepth = Math.Max(documents[^1].MaxDepth, verdict.MaxFlowLevel);
        }

        return deferTokens
            ? new YamlParse(documents, verdict.Error, scanner.Comments, read, text.Length, verdict.TooDeep is not null)
            : new YamlParse(documents, verdict.Error, scanner.Tokens, scanner.Comments, scanner.Failed || verdict.TooDeep is not null);
    }

    private static int CountFlowOpeners(string text)
    {
        var count = 0;
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny('[', '{'); at >= 0; at = rest.IndexOfAny('[', '{'))
        {
            count++;
            rest = rest[(at + 1)..];
            if (count > MaxFlowNesting)
            {
                break;
            }
        }

        return count;
    }

    private static (IReadOnlyList<YDocument> Documents, YamlSyntaxError? Error) Parse(Parser parser, KeyPool keys, string text)
    {
        Position? endOfText = null;
        var lines = new YamlLineMap(text);
        var documents = new List<YDocument>();
        var anchors = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var open = new Stack<YNode>();

        // Short values repeat as keys do (true, present, 80, a list's tags): one string each saves a tenth of a list of
        // small mappings. Longer ones are mostly unique and not worth a lookup.
        var values = new KeyPool(maxLength: 16);
        var pendingKeys = new Stack<YNode?>();
        YDocument? document = null;

        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart start:
                        document = new YDocument
                        {
                            Start = At(start.Start),
                            HasExplicitStart = !start.IsImplicit,
                            Index = documents.Count,
                        };
                        anchors.Clear();
                        break;
                    case DocumentEnd end:
                        if (document is not null)
                        {
                            document.End = At(end.End);
                            document.HasExplicitEnd = !end.IsImplicit;
                            documents.Add(document);
                            document = null;
                        }

                        break;
                    case Scalar scalar:
                        var node = new YScalar(lines)
                        {
                            Value = values.Intern(scalar.Value, out var pooled),
                            Style = scalar.Style,
                            Start = At(scalar.Start),
                            End = At(scalar.End),
                            Anchor = AnchorOf(scalar),
                            Tag = TagOf(scalar),
                        };

                        // A plain value no other node shares is the text between its offsets: cut it from there when read.
                        if (!pooled && scalar.Style == ScalarStyle.Plain)
                        {
                            node.ReadValueFromSource();
                        }

                        Attach(node);
                        break;
                    case AnchorAlias alias:
                        anchors.TryGetValue(alias.Value.Value, out var target);
                        Attach(new YAlias(lines)
                        {
                            Name = alias.Value.Value,
                            Target = target,
                            Start = At(alias.Start),
                            End = At(alias.End),
                        });
                        break;
                    case SequenceStart sequenceStart:
                        Open(new YSequence(lines)
                        {
                            IsFlow = sequenceStart.Style == SequenceStyle.Flow,
                            Start = At(sequenceStart.Start),
                            Anchor = AnchorOf(sequenceStart),
                            Tag = TagOf(sequenceStart),
                        });
                        break;
                    case MappingStart mappingStart:
                        Open(new YMapping(lines)
                        {
                            IsFlow = mappingStart.Style == MappingStyle.Flow,
                            Start = At(mappingStart.Start),
                            Anchor = AnchorOf(mappingStart),
                            Tag = TagOf(mappingStart),
                        });
                        break;
                    case SequenceEnd or MappingEnd:
                        var closed = open.Pop();
                        pendingKeys.Pop();

                        // A list grown by doubling is up to half empty: a big file holds hundreds of thousands.
                        (closed as YSequence)?.Items.TrimExcess();
                        (closed as YMapping)?.Pairs.TrimExcess();
                        closed.End = At(current.End);
                        Attach(closed, alreadyCounted: true);
                        break;
                }
            }

            return (documents, null);
        }
        catch (YamlException exception)
        {
            if (document is not null)
            {
                documents.Add(document);
            }

            return (documents, new YamlSyntaxError(Position.From(exception.Start), CleanMessage(exception)));
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // The parser gives up on some malformed input without a position (an empty verbatim tag `!<>` throws an
            // ArgumentException): report where it had got to.
            if (document is not null)
            {
                documents.Add(document);
            }

            var at = parser.Current is { } last ? Position.From(last.End) : new Position(1, 1, 0);
            return (documents, new YamlSyntaxError(at, $"the YAML parser could not continue here ({exception.Message})"));
        }

        // YamlDotNet places the empty scalar of an empty document or a value missing at the very end one column past
        // the end of the stream (`---` alone: line 2, column 2, offset 4 of 3): such a node sits at the end of the text.
        Position At(Mark mark)
        {
            var position = Position.From(mark);
            return position.Offset <= text.Length ? position : endOfText ??= EndOf(text);
        }

        void Open(YNode node)
        {
            SetDepth(node);
            if (node.Anchor is not null)
            {
                anchors[node.Anchor] = node;
            }

            open.Push(node);
            pendingKeys.Push(null);
        }

        void SetDepth(YNode node)
        {
            node.Depth = open.Count;
            if (document is not null && node.Depth > document.MaxDepth)
            {
                document.MaxDepth = node.Depth;
            }
        }

        void Attach(YNode node, bool alreadyCounted = false)
        {
            if (!alreadyCounted)
            {
                SetDepth(node);
                if (node.Anchor is not null)
                {
                    anchors[node.Anchor] = node;
                }
            }

            if (open.Count == 0)
            {
                if (document is not null)
                {
                    document.Root = node;
                }

                return;
            }

            switch (open.Peek())
            {
                case YSequence sequence:
                    sequence.Items.Add(node);
                    break;
                case YMapping mapping:
                    var key = pendingKeys.Pop();
                    if (key is null)
                    {
                        if (node is YScalar scalarKey)
                        {
                            scalarKey.Value = keys.Intern(scalarKey.Value);
                        }

                        pendingKeys.Push(node);
                    }
                    else
                    {
                        mapping.Pairs.Add(new YPair(key, node));
                        pendingKeys.Push(null);
                    }

                    break;
            }
        }
    }

    /// <summary>The position just past the last character, lines counted at YAML's line breaks as the scanner counts them.</summary>
    private static Position EndOf(string text)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Position(line, text.Length - lineStart + 1, text.Length);
    }

    /// <summary>The parser's message without the position prefix YamlDotNet adds.</summary>
    private static string CleanMessage(YamlException exception)
    {
        var message = exception.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    private static string? AnchorOf(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

    private static string? TagOf(NodeEvent node) => node.Tag.IsEmpty ? null : node.Tag.Value;
}
