namespace IacTest.Cli;

/// <summary>What an option's value is, for completion.</summary>
internal enum ValueKind
{
    /// <summary>One of a list of words.</summary>
    Words,

    /// <summary>Words of a list separated by commas (<c>yaml,ansible</c>): each one is completed after the last comma.</summary>
    WordList,

    /// <summary>A value of the user's own (a number, a URL, inline YAML): nothing to offer, but not a file either.</summary>
    Text,

    /// <summary>A file path.</summary>
    File,

    /// <summary>A folder path.</summary>
    Folder,
}
