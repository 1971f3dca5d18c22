namespace IacTest.Lint.Yaml;

/// <summary>The kinds of <see cref="ScannedTokens"/>: YamlDotNet's token classes that the token rules read,
/// named after PyYAML's token classes as yamllint's rules tell them apart.</summary>
internal enum ScannedTokenKind : byte
{
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
    BlockEntry,
    FlowEntry,
    Key,
    Value,
    Alias,
    Anchor,
    Tag,
    Scalar,

    /// <summary>YamlDotNet reports some scanner errors as a token; nothing after it counts.</summary>
    Error,
}
