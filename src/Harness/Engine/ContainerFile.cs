namespace IacTest.Harness.Engine;

/// <summary>
/// Something put into a container before it starts: a host file, a host folder (every entry with one mode), or
/// text content.
/// </summary>
/// <param name="ContainerPath">Where it goes in the container.</param>
/// <param name="Mode">The mode of the file (of every entry for a folder).</param>
/// <param name="HostPath">The host file or folder, or null for <paramref name="Content"/>.</param>
/// <param name="IsDirectory">True when <paramref name="HostPath"/> is a folder.</param>
/// <param name="Content">The bytes to write when there is no host path.</param>
internal sealed record ContainerFile(string ContainerPath, UnixFileMode Mode, string? HostPath = null, bool IsDirectory = false, byte[]? Content = null);
