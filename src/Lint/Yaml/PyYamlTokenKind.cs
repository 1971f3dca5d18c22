namespace IacTest.Lint.Yaml;

// Kept apart from ScannedTokenKind: None is what the parser peeks past the end, and the check has no Error token.
/// <summary>The token kinds of PyYAML's scanner.</summary>
internal enum PyYamlTokenKind : byte
{
    None,
    StreamStart,
    StreamEnd,
    Directive,
    DocumentStart,
    DocumentEnd,
    BlockSequenceStart,
    BlockMappingStart,
    BlockEnd,
    FlowSequenceStart,
    FlowMappingStart,
    FlowSequenceEnd,
    FlowMappingEnd,
    Key,
    Value,
    BlockEntry,
    FlowEntry,
    Alias,
    Anchor,
    Tag,
    Scalar,
}
