namespace IacTest.Harness.Modules;

/// <summary>
/// A module the test project references through a package (an <c>IacModuleReference</c> item in MSBuild): where its
/// files are and where they came from.
/// </summary>
/// <param name="Name">The module's name: its folder name, and the role name Ansible knows it by.</param>
/// <param name="Path">The module's folder (full path): its copy beside the test assembly, or the restored package.</param>
/// <param name="Kind"><c>ansible-role</c>, <c>ansible-collection</c>, <c>kubernetes</c>, <c>compose</c> or <c>files</c>.</param>
/// <param name="PackageId">The package that holds the module, or null when the project declared it itself.</param>
/// <param name="Version">The package's version, or null.</param>
public sealed record IacModuleReference(string Name, string Path, string Kind, string? PackageId, string? Version)
{
    /// <summary>The kind of an Ansible role.</summary>
    public const string AnsibleRoleKind = "ansible-role";

    /// <summary>The kind of an Ansible collection.</summary>
    public const string AnsibleCollectionKind = "ansible-collection";

    /// <summary>Whether the module is an Ansible role.</summary>
    public bool IsAnsibleRole => Kind == AnsibleRoleKind;

    /// <summary>Whether the module is an Ansible collection (found by Ansible through its collections path).</summary>
    public bool IsAnsibleCollection => Kind == AnsibleCollectionKind;
}
