namespace IacTest.Harness.Ansible;

/// <summary>A file shipped by a role under <c>templates/</c> or <c>files/</c>.</summary>
/// <param name="RelativePath">The path below the folder, with <c>/</c> separators (what a task's <c>src</c> names).</param>
/// <param name="FullPath">The full path on disk.</param>
public sealed record RoleFile(string RelativePath, string FullPath);
