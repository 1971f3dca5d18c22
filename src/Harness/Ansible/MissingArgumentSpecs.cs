using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>
/// The answer of <see cref="AnsibleRole.ValidateArguments"/> for a role without argument specs: nothing was
/// validated, so "no errors" would claim a check that never ran.
/// </summary>
internal static class MissingArgumentSpecs
{
    /// <summary>The path of a missing-specs error, so a test can tell it from a value's error.</summary>
    public const string Path = "argument_specs";

    /// <summary>The error for <paramref name="role"/>, placed on <c>meta/main.yml</c> when the role has one.</summary>
    public static ArgumentValidationError ErrorFor(AnsibleRole role)
    {
        var metaMain = new[] { "main.yml", "main.yaml" }.Select(name => System.IO.Path.Combine(role.Directory, "meta", name)).FirstOrDefault(File.Exists);
        return new ArgumentValidationError(
            Path,
            $"role '{role.Name}' has no argument specs (meta/argument_specs.yml, or argument_specs in meta/main.yml): nothing was validated",
            metaMain is null ? null : new SourceLocation(metaMain, 1, 1));
    }
}
