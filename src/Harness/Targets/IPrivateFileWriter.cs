namespace IacTest.Harness.Targets;

/// <summary>
/// A host with its own way to write a file only its owner may read, used instead of <c>cat</c> through standard
/// input: a container engine's exec has no standard input, but its copy sets the file mode.
/// </summary>
internal interface IPrivateFileWriter
{
    /// <summary>Writes <paramref name="content"/> (UTF-8) to a new file of mode 0600 at <paramref name="path"/>.</summary>
    Task WritePrivateFileAsync(string path, string content, CancellationToken ct);
}
