using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Rules;

/// <summary>
/// The public API gives rules as <see cref="LintRule"/> (each family's list, <c>BuiltInRules</c>): a rule's class
/// is an implementation detail a later version may split, merge or rename, so none is public.
/// </summary>
public class RuleVisibilityTests
{
    [Fact]
    public void No_rule_class_is_public()
    {
        // Given every type a user of the library can name
        var exported = typeof(LintRule).Assembly.GetExportedTypes();

        // When the rules are picked out, the base class every rule reports its metadata through aside
        var publicRules = exported.Where(t => t != typeof(LintRule) && typeof(LintRule).IsAssignableFrom(t)).Select(t => t.FullName);

        // Then
        publicRules.ShouldBeEmpty("declare rule classes (and their family's base classes) internal");
    }
}
