using IacTest.Harness.Ansible;
using IacTest.Harness.Modules;

namespace IacTest.Harness.Tests.Modules;

public sealed class MissingArgumentSpecTests
{
    [Fact]
    public void A_role_without_argument_specs_says_so_instead_of_reporting_no_errors()
    {
        // Given: a Galaxy-style role with meta/main.yml but no argument specs
        var role = AnsibleRole.Load(Path.Combine(AppContext.BaseDirectory, "Rendering", "Roles", "nginx_vhosts"));

        // When
        var errors = role.ValidateArguments();

        // Then
        role.HasArgumentSpecs.ShouldBeFalse();
        var error = errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("argument_specs");
        error.Message.ShouldBe("role 'nginx_vhosts' has no argument specs (meta/argument_specs.yml, or argument_specs in meta/main.yml): nothing was validated");
        error.Location.ShouldBe(new SourceLocation(Path.Combine(role.Directory, "meta", "main.yml"), 1, 1));
    }

    [Fact]
    public void A_role_with_specs_and_valid_defaults_reads_as_no_errors()
    {
        // Given
        var role = AnsibleRole.Load(TestPaths.Role("web_users"));

        // When / Then
        role.HasArgumentSpecs.ShouldBeTrue();
        role.ValidateArguments().ShouldBeEmpty();
    }
}
