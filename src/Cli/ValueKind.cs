namespace IacTest.Cli;

/// <summary>What an option's value is, for completion.</summary>
internal enum ValueKind
{
    /// <summary>One of a list of words.</summary>
    Words,

    /// <summary>A file path.</summary>
    File,

    /// <summary>A folder path.</summary>
    Folder,
}
