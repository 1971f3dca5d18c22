using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Rules;

/// <summary>
/// Rules and configuration sources are registered by hand (reflection does not survive Native AOT): these tests
/// find every class by reflection here, where it is allowed, so a new class that was not registered fails loudly.
/// </summary>
public class BuiltInRegistrationTests
{
    [Fact]
    public void Every_rule_class_is_in_the_built_in_rules()
    {
        // Given
        var classes = ConcreteClassesOf(typeof(LintRule));

        // When
        var registered = BuiltInRules.Create().Select(r => r.GetType()).ToList();

        // Then
        classes.Except(registered).Select(t => t.FullName).ShouldBeEmpty("add these to BuiltInRules.Create()");
        registered.ShouldBeUnique();
    }

    [Fact]
    public void Every_configuration_source_class_is_in_the_built_in_sources()
    {
        // Given
        var classes = ConcreteClassesOf(typeof(IConfigurationSource));

        // When
        var registered = BuiltInConfigurationSources.Create().Select(s => s.GetType()).ToList();

        // Then
        classes.Except(registered).Select(t => t.FullName).ShouldBeEmpty("add these to BuiltInConfigurationSources.Create()");
        registered.ShouldBeUnique();
        BuiltInConfigurationSources.Create().Select(s => s.Order).ShouldBeInOrder();
    }

    private static List<Type> ConcreteClassesOf(Type baseType) =>
        baseType.Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && baseType.IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .ToList();
}
