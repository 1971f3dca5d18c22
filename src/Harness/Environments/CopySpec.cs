namespace IacTest.Harness.Environments;

/// <summary>A host file or directory copied into an environment before it starts.</summary>
/// <param name="HostPath">The file or directory on the host.</param>
/// <param name="ContainerPath">Where it lands: the file path, or the directory whose content it becomes.</param>
/// <param name="ReadOnly">True: copied without write permission (mode 0555/0444 style) — the module is not for editing.</param>
/// <param name="IsDirectory">True for a directory.</param>
internal sealed record CopySpec(string HostPath, string ContainerPath, bool ReadOnly, bool IsDirectory);
