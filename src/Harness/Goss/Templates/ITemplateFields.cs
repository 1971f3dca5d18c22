namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// A value whose fields a template reads as Go reads a struct's fields and argument-less methods
/// (<c>(semver "1.2.3").Major</c>); it prints as its <see cref="object.ToString"/>, as Go prints a Stringer.
/// </summary>
internal interface ITemplateFields
{
    /// <summary>The field's value, or false when the value has no such field.</summary>
    bool TryGetField(string name, out object? value);
}
