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
        classes.Except(registered).Select(t => t.FullName).ShouldBeEmpty("add these to their family's list (AnsibleRules.Create(), KubernetesRules.Create(), …)");
        registered.ShouldBeUnique();
    }

    public static TheoryData<RuleFamily, string> FamilyLists => new()
    {
        { RuleFamily.Ansible, nameof(Families.Ansible.Rules.AnsibleRules) },
        { RuleFamily.Compose, nameof(Families.Compose.Rules.ComposeRules) },
        { RuleFamily.Kubernetes, nameof(Families.Kubernetes.Rules.KubernetesRules) },
        { RuleFamily.Secrets, nameof(Families.Secrets.Rules.SecretsRules) },
        { RuleFamily.Terraform, nameof(Families.Terraform.Rules.TerraformRules) },
        { RuleFamily.Yaml, nameof(Families.Yaml.Rules.YamlRules) },
    };

    [Theory]
    [MemberData(nameof(FamilyLists))]
    public void A_family_lists_exactly_the_rules_of_its_folder_and_family(RuleFamily family, string listName)
    {
        // Given the rules whose class lives in the family's folder, and the family's list
        var folderNamespace = $"IacTest.Lint.Families.{family}.Rules";
        var inFolder = ConcreteClassesOf(typeof(LintRule)).Where(t => t.Namespace == folderNamespace).ToList();
        var list = typeof(BuiltInRules).Assembly.GetType($"{folderNamespace}.{listName}", throwOnError: true)!;

        // When
        var listed = ((IReadOnlyList<LintRule>)list.GetMethod("Create")!.Invoke(null, null)!).ToList();

        // Then
        listed.Select(r => r.GetType()).ShouldBe(inFolder, ignoreOrder: true);
        listed.Where(r => r.Family != family).Select(r => r.Name).ShouldBeEmpty();
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
